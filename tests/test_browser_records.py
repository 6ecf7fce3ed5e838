"""Curating the knowledge base in a real browser (Debian's Chromium, headless)."""
import pytest
from playwright.sync_api import expect


@pytest.mark.browser
def test_add_method_then_project_linking_it_and_find_it_by_search(page):
    page.goto("/kennisbank/nieuw/method")
    page.fill("input[name=title]", "Buurtcirkel")
    page.select_option("select[name=evidence_level]", "goed onderbouwd")
    page.fill("input[name=databank]", "Databank Effectieve sociale interventies (Movisie)")
    page.fill("input[name=recognised_on]", "2021-05-01")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".flash.success")).to_contain_text("Methodiek M01 is toegevoegd")

    page.goto("/kennisbank/nieuw/project")
    page.fill("input[name=title]", "Samen Sterk in Kanaleneiland")
    page.fill("input[name=municipality]", "Utrecht")
    page.fill("input[name=period]", "2022-2024")
    page.check("input[name=methods][value=M01]")
    page.fill("textarea[name=results]", "deelnemers | 85 | bewoners | Meneer K. kookt nu voor de buren.")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".flash.success")).to_contain_text("Project P01 is toegevoegd")

    page.goto("/kennisbank/")
    filters = page.locator("form.filters")  # the list's own keyword filter, not the header's search
    filters.locator("input[name=q]").fill("kanaleneiland")
    filters.locator("button[type=submit]").click()
    expect(page.locator(".counts")).to_contain_text("1 record gevonden")
    page.click("a:has-text('Samen Sterk in Kanaleneiland')")
    methods = page.locator("h2:has-text('Methodieken') + table")
    expect(methods).to_contain_text("Buurtcirkel")
    expect(methods).to_contain_text("goed onderbouwd")
    expect(page.locator("td.figure")).to_have_text("85")
