"""Tender intake in a real browser (Debian's Chromium, headless): paste or upload, then edit the goals."""
import pytest
from playwright.sync_api import expect

from .tender_samples import docx_bytes
from .test_views_tenders import DOCX, GOAL_TEXTS, PASTED

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _goal_texts(page):
    return page.locator("li.goal textarea[name$='-text']")


def _expect_goals(page, texts: list[str]) -> None:
    """The goal list shows exactly these texts, in this order."""
    expect(_goal_texts(page)).to_have_count(len(texts))
    assert _goal_texts(page).evaluate_all("fields => fields.map(f => f.value)") == texts


def _press(page, action: str):
    with page.expect_navigation():
        page.click(f"button[name=action][value='{action}']")


@pytest.mark.browser
def test_paste_a_tender_then_edit_delete_merge_reorder_and_save(page):
    page.goto("/aanbestedingen/nieuw")
    page.fill("textarea[name=text]", PASTED)
    page.click("button:has-text('Inlezen')")
    expect(page.locator("h1")).to_have_text("Uitvraag Welzijn Ouderen Zaanstad 2027")
    _expect_goals(page, GOAL_TEXTS)
    expect(page.locator("table.facts-table")).to_contain_text("1 maart 2027, 12:00 uur")

    page.fill("textarea[name='goals-0-text']", "Minder ouderen voelen zich eenzaam in 2028.")
    page.select_option("select[name='goals-0-kind']", "output")
    _press(page, "save")
    expect(page.locator(".flash.success")).to_have_text("De doelen zijn opgeslagen.")
    _press(page, "delete:3")  # the table goal
    _press(page, "merge:1")
    _press(page, "down:0")
    _press(page, "save")

    page.reload()
    _expect_goals(page, [f"{GOAL_TEXTS[1]} {GOAL_TEXTS[2]}",
                                              "Minder ouderen voelen zich eenzaam in 2028."])
    expect(page.locator("select[name='goals-1-kind']")).to_have_value("output")


@pytest.mark.browser
def test_a_goal_links_to_its_highlighted_source_and_a_block_becomes_a_goal(page):
    page.goto("/aanbestedingen/nieuw")
    page.fill("textarea[name=text]", PASTED)
    page.click("button:has-text('Inlezen')")
    page.click("#doel-2 a.source-link")
    target = page.locator(":target")
    expect(target).to_contain_text(GOAL_TEXTS[1])
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 241, 168)"  # highlighted by the :target rule

    intro = page.locator(".src-block", has_text="De gemeente Zaanstad zoekt")
    with page.expect_navigation():
        intro.locator("button.add-block").click()
    expect(_goal_texts(page).first).to_have_value(
        "De gemeente Zaanstad zoekt een aanbieder voor welzijnswerk voor ouderen.")
    expect(page.locator("li.goal")).to_have_count(5)


@pytest.mark.browser
def test_upload_a_docx_and_refuse_an_oversized_file_before_sending(page):
    page.goto("/aanbestedingen/nieuw")
    page.fill("input[name=title]", "Mijn titel")
    page.set_input_files("input[name=file]", files=[{
        "name": "te-groot.txt", "mimeType": "text/plain", "buffer": b"x" * (21 * 1024 * 1024)}])
    expect(page.locator(".size-error")).to_contain_text("groter dan 20 MB")
    posts = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
    page.click("button:has-text('Inlezen')")
    page.wait_for_timeout(500)  # time for a submit to start, were it not stopped
    assert posts == []
    expect(page.locator("input[name=title]")).to_have_value("Mijn titel")  # nothing typed is lost

    page.set_input_files("input[name=file]", files=[{
        "name": "uitvraag.docx", "mimeType": DOCX_MIME, "buffer": docx_bytes(DOCX)}])
    expect(page.locator(".size-error")).to_be_hidden()
    page.click("button:has-text('Inlezen')")
    expect(page.locator("h1")).to_have_text("Mijn titel")
    _expect_goals(page, ["Jongeren voelen zich gezien en gehoord in hun wijk.",
                                              "Minder jongeren veroorzaken overlast op straat."])
    expect(page.locator("table.facts-table")).to_contain_text("uitvraag.docx")
