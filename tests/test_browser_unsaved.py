"""Work in progress survives a hurried click in real Chromium: the page asks before changes are lost,
and the tender facts stay readable beside the criteria."""
import pytest
from playwright.sync_api import expect

from .tender_samples import docx_bytes
from .test_browser_tenders import DOCX_MIME
from .test_views_tenders import DOCX, GOAL_TEXTS, PASTED

pytestmark = pytest.mark.browser
CHANGED = "Minder ouderen voelen zich eenzaam in heel Zaanstad."


def _pasted_tender(page) -> None:
    page.goto("/aanbestedingen/nieuw")
    page.fill("textarea[name=text]", PASTED)
    page.click("button:has-text('Inlezen')")
    expect(page.locator("#doel-1 textarea")).to_have_value(GOAL_TEXTS[0])


def _answer_dialogs(page, accept: bool) -> list[str]:
    """Answer every confirm on the page with OK (accept) or Annuleren; return what they asked."""
    asked = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()
    page.on("dialog", answer)
    return asked


def test_saving_the_facts_after_changing_a_goal_asks_first_and_cancel_keeps_the_goal(page):
    _pasted_tender(page)
    asked = _answer_dialogs(page, accept=False)
    page.fill("#doel-1 textarea", CHANGED)
    page.click("summary:has-text('Gegevens corrigeren')")
    page.click("button:has-text('Gegevens opslaan')")
    assert asked and "nog niet zijn opgeslagen" in asked[0]
    expect(page.locator("#doel-1 textarea")).to_have_value(CHANGED)  # still on the page, nothing sent
    with page.expect_navigation():
        page.click("#goal-form .panel-head button[value=save]")  # saving the goals themselves asks nothing
    assert len(asked) == 1
    page.reload()
    expect(page.locator("#doel-1 textarea")).to_have_value(CHANGED)


def test_leaving_for_the_workbench_with_a_changed_goal_goes_on_after_ok(page):
    _pasted_tender(page)
    asked = _answer_dialogs(page, accept=True)
    page.fill("#doel-1 textarea", CHANGED)
    with page.expect_navigation():
        page.click("text=Naar de werkbank: bewijs kiezen")
    assert len(asked) == 1 and page.url.endswith("/werkbank")


def test_an_unchanged_page_or_a_change_undone_leaves_without_asking(page):
    _pasted_tender(page)
    asked = _answer_dialogs(page, accept=False)
    page.fill("#doel-1 textarea", CHANGED)
    page.fill("#doel-1 textarea", GOAL_TEXTS[0])  # typed back: nothing would be lost
    page.click("a.source-link >> nth=0")  # a link within the page never asks
    with page.expect_navigation():
        page.click("text=Naar de werkbank: bewijs kiezen")
    assert asked == []


def test_facts_with_a_long_file_name_stay_beside_the_criteria_without_overlap(page):
    page.goto("/aanbestedingen/nieuw")
    name = "aanbestedingsleidraad_sociaal_werk_met_een_heel_lange_bestandsnaam_zonder_spaties_2027.docx"
    page.set_input_files("input[type=file]", {"name": name, "mimeType": DOCX_MIME, "buffer": docx_bytes(DOCX)})
    page.click("button:has-text('Inlezen')")
    expect(page.locator("#feit-criteria")).to_contain_text("Plan van aanpak")
    facts = page.locator("table.facts-table").bounding_box()
    criteria = page.locator("#feit-criteria").bounding_box()
    requirements = page.locator("#feit-eisen").bounding_box()
    assert facts["x"] + facts["width"] <= criteria["x"]  # side by side, not over each other
    assert requirements["x"] == criteria["x"] and requirements["y"] >= criteria["y"] + criteria["height"]
