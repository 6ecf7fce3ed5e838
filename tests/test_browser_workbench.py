"""The workbench in real Chromium: tick evidence, save, reload, search and add, see the draft made, download it."""
import pytest

from .drafting_samples import open_docx
from .workbench_kb import GOALS, add_tender

pytestmark = pytest.mark.browser


@pytest.fixture
def tender(demo_slice, live_server) -> dict:
    """A saved tender in the served database, with the demo slice and its index."""
    return add_tender(demo_slice)


def test_choices_are_kept_after_saving_and_reloading(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    page.check("#doel-2 input[type=checkbox][value=M03]")
    page.fill("#doel-2 textarea", "Getrainde vrijwilligers komen thuis.")
    page.click("#save")
    assert "Uw keuzes zijn opgeslagen" in page.inner_text("main")
    page.reload()
    assert page.is_checked("#doel-2 input[type=checkbox][value=M03]")
    assert not page.is_checked("#doel-2 input[type=checkbox][value=R04]")
    assert page.input_value("#doel-2 textarea") == "Getrainde vrijwilligers komen thuis."


def test_search_with_enter_then_add_a_record_to_a_goal(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    page.fill("#doel-4 textarea", "Tekst die blijft staan.")
    page.fill("#doel-4 input[type=search]", "maatjes")
    page.press("#doel-4 input[type=search]", "Enter")  # the goal's own search, not the save button
    page.wait_for_selector("#doel-4 .wb-results")
    page.click("#doel-4 button[name=add][value='3:M05']")
    page.wait_for_selector("#doel-4 .wb-results >> text=al gekozen")
    assert page.is_checked("#doel-4 input[type=checkbox][value=M05]")
    assert page.input_value("#doel-4 textarea") == "Tekst die blijft staan."


def test_draft_shows_its_progress_then_the_checks_then_downloads_as_word(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    page.check("#doel-1 input[type=checkbox][value=R06]")
    page.click("#save")
    with page.expect_response(lambda r: r.url.endswith("/concept")) as first:
        page.click("text=Concept en controles")
    assert "Het concept wordt gemaakt…" in first.value.text()  # made in the background, the page answers at once
    page.wait_for_selector("text=Paragraaf per doel", timeout=60_000)  # draft.js reloads once it is made
    assert page.locator("#draft-progress").count() == 0
    with page.expect_download() as info:
        page.click("text=Concept downloaden (.docx)")
    download = info.value
    assert download.suggested_filename == "voorstel-informele-zorg-oostervaart-2028.docx"
    document = open_docx(download.path().read_bytes())
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == [goal["text"].rstrip(".") for goal in GOALS]


def test_opening_the_checks_page_says_at_once_that_it_takes_a_moment(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    # click() runs the listeners synchronously; the note is there before the next page loads.
    note = page.evaluate("""() => {
        const tab = [...document.querySelectorAll('nav.wb-tabs a')].find(a => a.textContent.includes('Concept'));
        tab.click();
        return document.getElementById('busy-note').textContent; }""")
    assert "Het concept wordt gemaakt" in note
    page.wait_for_url("**/concept")
    page.wait_for_selector("text=Paragraaf per doel", timeout=60_000)
    assert page.locator("#busy-note").count() == 0


def test_taking_the_recommended_evidence_ticks_it_and_counts_it_as_chosen(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    assert "4 niet gedekt" in page.inner_text(".wb-summary")
    recommended = page.eval_on_selector_all("#doel-2 tr.recommended input[type=checkbox]", "boxes => boxes.map(b => b.value)")
    assert recommended and not any(page.is_checked(f"#doel-2 input[value={ref}]") for ref in recommended)
    page.click("#doel-2 button[name=recommend]")
    assert "Aanbevolen bewijs overgenomen" in page.inner_text("main")
    assert all(page.is_checked(f"#doel-2 input[value={ref}]") for ref in recommended)
    assert "Goed gedekt" in page.inner_text("#doel-2 .goal-head")
    assert "1 goed gedekt" in page.inner_text(".wb-summary") and "3 niet gedekt" in page.inner_text(".wb-summary")


def test_taking_all_recommendations_then_unticking_one_changes_the_chosen_counts(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    page.click("#recommend-all")
    summary = page.inner_text(".wb-summary")
    assert "2 goed gedekt" in summary and "1 dun gedekt" in summary and "1 niet gedekt" in summary
    assert page.locator("#recommend-all").count() == 0  # nothing left to take
    assert page.get_attribute(".wb-nav a[href='#doel-2']", "class") == "cov-good"
    for box in page.query_selector_all("#doel-2 input[type=checkbox]:checked"):
        box.uncheck()
    page.click("#save")
    summary = page.inner_text(".wb-summary")
    assert "1 goed gedekt" in summary and "1 dun gedekt" in summary and "2 niet gedekt" in summary
    assert page.get_attribute(".wb-nav a[href='#doel-2']", "class") == "cov-none"


def test_more_evidence_opens_behind_meer_tonen(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    hidden = page.locator("#doel-2 details.wb-more input[type=checkbox]").first
    assert not hidden.is_visible()
    page.click("#doel-2 details.wb-more summary")
    assert hidden.is_visible()


def test_the_review_state_goes_from_concept_to_approved_and_shows_on_the_start_page(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    assert page.inner_text(".review-state") == "Concept"
    page.click("text=Ter review aanbieden")
    assert page.inner_text(".review-state") == "Ter review" and "directeur" in page.inner_text(".wb-review")
    page.click("text=Goedkeuren")
    assert page.inner_text(".review-state") == "Goedgekeurd"
    page.goto("/")
    assert "Goedgekeurd" in page.inner_text("td.review-approved") and "directeur" in page.inner_text("td.review-approved")


def test_own_paragraph_and_search_sit_side_by_side_and_results_take_the_whole_width(page, tender):
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    own = page.locator("#doel-4 textarea").bounding_box()
    search = page.locator("#doel-4 .wb-search").bounding_box()
    assert search["x"] >= own["x"] + own["width"] and search["y"] < own["y"] + own["height"]  # beside, not below
    page.fill("#doel-4 input[type=search]", "maatjes")
    page.press("#doel-4 input[type=search]", "Enter")
    page.wait_for_selector("#doel-4 .wb-results")
    card = page.locator("#doel-4").bounding_box()
    results = page.locator("#doel-4 .wb-results").bounding_box()
    assert results["width"] > card["width"] * 0.8
