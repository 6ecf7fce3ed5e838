"""The tender's lots on its page, each linked to the sentence it was read from, corrected by the director in a
real browser (JavaScript on)."""
import pytest
from playwright.sync_api import expect

from .lot_samples import LOTS_TENDER
from .tender_samples import docx_bytes

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.browser
def test_the_lots_are_shown_with_their_source_and_corrected_on_the_tender_page(page):
    page.goto("/aanbestedingen/nieuw")
    page.set_input_files("input[name=file]", files=[{"name": "openhouse.docx", "mimeType": DOCX_MIME,
                                                     "buffer": docx_bytes(LOTS_TENDER)}])
    page.click("button:has-text('Inlezen')")
    lots = page.locator("#feit-percelen")
    expect(lots).to_contain_text("Perceel 1 Mantelzorg")
    expect(lots.locator("tbody tr").nth(1)).to_contain_text("Zaanstad")
    expect(lots.locator("tbody tr").nth(1)).not_to_contain_text("Wormer")
    expect(lots.locator("tbody tr").nth(0)).to_contain_text("€ 120.000")
    link = lots.locator("a", has_text="Perceel 2 Geldzorgen")
    target = link.get_attribute("href")
    expect(page.locator(target)).to_contain_text("Perceel 2 Geldzorgen")  # the block it was read from
    page.click("summary:has-text('Gegevens corrigeren')")
    page.check("input[name='facts-lots-0-remove']")
    corrections = {"1-places": "Zaanstad, Wormer", "1-page_limit": "3",  # lot 2 everywhere, three pages
                   "2-label": "Perceel 3", "2-name": "Ontmoeting", "2-goals": "1, 2"}  # a new lot
    for name, value in corrections.items():
        page.fill(f"input[name='facts-lots-{name}']", value)
    with page.expect_navigation():
        page.click("button:has-text('Gegevens opslaan')")
    expect(page.locator(".flash.success")).to_contain_text("opgeslagen")
    rows = page.locator("#feit-percelen tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Perceel 2 Geldzorgen")
    expect(rows.nth(0)).to_contain_text("Zaanstad, Wormer")
    expect(rows.nth(0).locator("td.figure")).to_have_text("3")
    expect(rows.nth(1)).to_contain_text("Perceel 3 Ontmoeting")
    expect(rows.nth(1)).to_contain_text("1, 2")
