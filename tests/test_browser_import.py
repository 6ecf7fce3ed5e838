"""The import preview and the choice per conflict in a real browser (Debian's Chromium, headless)."""
import json

import pytest
from playwright.sync_api import expect

from knowledge_base import export_json, get_record, import_file, open_db

from .test_import_preview import OURS, THEIRS


def _preview(page, tmp_path, items, name="kb.json"):
    upload = tmp_path / name
    upload.write_text(json.dumps(items))
    page.goto("/kennisbank/import")
    page.set_input_files("input[name=file]", str(upload))
    page.click("input[type=submit][name=submit]")


@pytest.mark.browser
def test_preview_then_choose_per_conflict_and_import(page, db_path, tmp_path):
    db = open_db(db_path)
    import_file(db, json.dumps(OURS), user="anna")
    before = export_json(db)
    _preview(page, tmp_path, THEIRS, "hun-kennisbank.json")
    expect(page.locator("h2")).to_contain_text("Voorvertoning van hun-kennisbank.json")
    expect(page.locator(".counts")).to_contain_text("1 toegevoegd, 2 bijgewerkt, 1 ongewijzigd")
    expect(page.locator("tr[data-ref=P01] table.differences")).to_contain_text("Wijkteam Noord")
    assert export_json(db) == before  # the preview wrote nothing

    page.check("input[name=keuze-M01][value=keep]")
    page.check("input[name=keuze-P01][value=new]")
    page.click("input[type=submit][value=Importeren]")
    expect(page.locator(".flash.success")).to_contain_text("Import van hun-kennisbank.json voltooid")
    expect(page.locator("a[href='/kennisbank/P01-2']")).to_be_visible()
    assert get_record(db, "M01")["title"] == "Maatjes"
    assert get_record(db, "P01")["title"] == "Samen in de Wijk"
    assert get_record(db, "P01-2")["title"] == "Wijkteam Noord"
    assert get_record(db, "M02")["title"] == "Nieuw bij hen"


@pytest.mark.browser
def test_cancelled_preview_imports_nothing(page, db_path, tmp_path):
    db = open_db(db_path)
    _preview(page, tmp_path, THEIRS)
    page.click("button:has-text('Annuleren')")
    expect(page.locator(".flash")).to_contain_text("De import is geannuleerd")
    assert export_json(db).strip() == "[]"
