"""Correcting every fact of a tender, and undoing a goal's deletion, in a real browser (JavaScript on)."""
import pytest
from playwright.sync_api import expect

from .tender_samples import docx_bytes
from .test_tender_facts import TABLES

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _upload(page):
    page.goto("/aanbestedingen/nieuw")
    page.set_input_files("input[name=file]", files=[{"name": "leidraad.docx", "mimeType": DOCX_MIME,
                                                     "buffer": docx_bytes(TABLES)}])
    page.click("button:has-text('Inlezen')")
    expect(page.locator("h1")).to_contain_text("Aanbestedingsleidraad Mantelzorg Rivierstad")


def _fact(page, key: str):
    return page.locator(f"#feit-{key}")


@pytest.mark.browser
def test_every_fact_is_corrected_on_the_tender_page(page):
    _upload(page)
    expect(_fact(page, "deadline")).to_contain_text("niet gevonden — vul in")
    expect(_fact(page, "anonymous")).to_have_count(0)  # the tender does not say so: no row
    expect(_fact(page, "procedure").locator("a.fact-source")).to_have_attribute("href", "#blok-1")
    page.click("summary:has-text('Gegevens corrigeren')")
    for name, value in {"municipality": "Rivierstad en Oeverland", "procedure": "openbare procedure",
                        "deadline": "1 april 2027 12.00 uur", "budget": "€ 350.000", "page_limit": "10",
                        "word_limit": "4000", "target_groups": "mantelzorgers"}.items():
        page.fill(f"input[name='facts-{name}']", value)
    page.select_option("select[name='facts-budget_per_year']", "ja")
    page.select_option("select[name='facts-excluding_appendices']", "ja")
    page.select_option("select[name='facts-page_limit_part']", "activiteitenplan")
    page.select_option("select[name='facts-anonymous']", "ja")
    page.fill("input[name='facts-criteria-0-goals']", "1")
    page.check("input[name='facts-criteria-1-remove']")
    page.fill("input[name='facts-criteria-3-name']", "Duurzaamheid")
    page.fill("input[name='facts-criteria-3-weight']", "5%")
    page.select_option("select[name='facts-requirements-1-kind']", "admission")
    page.fill("textarea[name='facts-requirements-2-text']", "De inschrijver neemt deel aan het wijkoverleg.")
    page.fill("input[name='facts-requirements-2-proof']", "Verslag van het laatste overleg")
    page.fill("input[name='facts-budget_parts-2-name']", "Perceel 3 West")
    page.fill("input[name='facts-budget_parts-2-amount']", "€ 50.000")
    with page.expect_navigation():
        page.click("button:has-text('Gegevens opslaan')")
    expect(page.locator(".flash.success")).to_contain_text("opgeslagen")
    expect(_fact(page, "municipality")).to_contain_text("Rivierstad en Oeverland")
    expect(_fact(page, "deadline")).to_contain_text("1 april 2027, 12:00 uur")
    expect(_fact(page, "budget")).to_contain_text("€ 350.000 per jaar")
    expect(_fact(page, "budget_parts")).to_contain_text("Perceel 3 West: € 50.000")
    expect(_fact(page, "page_limit")).to_contain_text("maximaal 10 pagina’s")
    expect(_fact(page, "excluding_appendices")).to_contain_text("tellen niet mee")
    expect(_fact(page, "page_limit_part")).to_contain_text("het activiteitenplan")
    expect(_fact(page, "anonymous")).to_contain_text("geanonimiseerd")
    criteria = page.locator("#feit-criteria")
    expect(criteria).not_to_contain_text("Interview")
    expect(criteria).to_contain_text("Duurzaamheid")
    expect(page.locator("#feit-eisen")).to_contain_text("Toelatingseis")
    expect(page.locator("#feit-eisen")).to_contain_text("wijkoverleg")
    expect(page.locator("#feit-eisen")).to_contain_text("Bewijs: Verslag van het laatste overleg")


@pytest.mark.browser
def test_a_deleted_goal_comes_back_with_undo(page):
    _upload(page)
    first = page.locator("textarea[name='goals-0-text']").input_value()
    with page.expect_navigation():
        page.click("button[name=action][value='delete:0']")
    expect(page.locator(".flash.undo")).to_contain_text(first)
    with page.expect_navigation():
        page.click(".flash.undo button:has-text('Ongedaan maken')")
    expect(page.locator("textarea[name='goals-0-text']")).to_have_value(first)
