"""Records proposed from a document, reviewed in a real browser (Debian's Chromium, headless)."""
import pytest
from playwright.sync_api import expect

from knowledge_base import list_records, open_db

REPORT = ("JAARVERSLAG 2025 WELZIJN OOSTRAND\n\nVoorwoord\nIn 2025 bereikten we 9.300 inwoners.\n\n"
          "Ouderen\n\nKoffie op Zondag\nKoffie op Zondag brengt sinds 2021 ouderen in de gemeente Oostrand samen. "
          "In 2025 namen 212 ouderen deel. We werken met de methodiek Buurtcirkels, erkend als goed onderbouwd.\n\n"
          "Jeugd\n\nStraatcoaches Oost\nStraatcoaches Oost is er voor jongeren in Oostrand. De coaches voerden "
          "1.240 straatgesprekken met jongeren.\n\nFinanciën\nDe baten bedroegen € 4.812.000.\n")


@pytest.mark.browser
def test_upload_edit_reject_accept(page, db_path, tmp_path):
    document = tmp_path / "jaarverslag.txt"
    document.write_text(REPORT, encoding="utf-8")
    page.goto("/kennisbank/import")
    page.click("a:has-text('Records voorstellen uit een document')")
    page.set_input_files("input[name=file]", str(document))
    page.click("input[type=submit][name=submit]")
    expect(page.locator("h1")).to_have_text("Voorgestelde records beoordelen")
    candidates = page.locator("fieldset.candidate")
    expect(candidates).to_have_count(3)  # one method, two projects; the foreword and finances are skipped
    def candidate(title):
        return candidates.filter(has=page.locator("legend", has_text=title))

    coffee = candidate("Koffie op Zondag")
    expect(coffee.locator("textarea[name$=results]")).to_have_value("ouderen deel | 212 | ouderen")
    coffee.locator("input[name$='-title']").fill("Koffie op Zondag Oostrand")
    coffee.locator("input[value=accept]").check()
    candidate("Buurtcirkels").locator("input[value=accept]").check()
    page.click("input[type=submit][name=submit]")  # one candidate undecided: nothing is imported
    expect(page.locator("fieldset p.error").first).to_contain_text("Kies accepteren of afwijzen")
    assert list_records(open_db(db_path)) == []
    candidate("Straatcoaches Oost").locator("input[value=reject]").check()
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".counts")).to_contain_text("2 toegevoegd")
    records = {r["title"]: r for r in list_records(open_db(db_path))}
    assert set(records) == {"Koffie op Zondag Oostrand", "Buurtcirkels"}
    assert records["Koffie op Zondag Oostrand"]["methods"] == [records["Buurtcirkels"]["ref"]]


@pytest.mark.browser
def test_a_file_that_is_no_document_gets_a_dutch_message(page, tmp_path):
    bad = tmp_path / "kennisbank.json"
    bad.write_text('[{"id": "P01"}]', encoding="utf-8")
    page.goto("/kennisbank/voorstellen/")
    page.set_input_files("input[name=file]", str(bad))
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".field p.error")).to_contain_text("niet ondersteund")
