"""The browser import in two steps through the test client: preview, then confirm with choices."""
import io
import json
import re

import pytest

from knowledge_base import export_json, get_record, import_file

from .conftest import PASSWORD
from .test_import_preview import OURS, THEIRS


@pytest.fixture
def ours(db):
    import_file(db, json.dumps(OURS), user="anna")
    return db


def _preview(client, items):
    return client.post("/kennisbank/import", content_type="multipart/form-data", follow_redirects=True,
                       data={"file": (io.BytesIO(json.dumps(items).encode()), "hun-kennisbank.json")})


def test_upload_shows_the_preview_and_writes_nothing(client, auth, ours):
    auth.login("medewerker")
    before = export_json(ours)
    page = _preview(client, THEIRS).get_data(as_text=True)
    assert "Voorvertoning van hun-kennisbank.json" in page and "Er is nog niets gewijzigd" in page
    assert "1 toegevoegd, 2 bijgewerkt, 1 ongewijzigd, 0 afgewezen" in page
    assert "Wijkteam Noord" in page and "Samen in de Wijk" in page  # the difference, both sides
    assert page.count('name="keuze-') == 2 * 3  # three choices for each of the two conflicts
    assert export_json(ours) == before


def test_confirm_applies_the_choice_per_conflict(client, auth, ours):
    auth.login("medewerker")
    preview = _preview(client, THEIRS)
    page = client.post(preview.request.path, data={"keuze-M01": "keep", "keuze-P01": "new"}).get_data(as_text=True)
    assert "Import van hun-kennisbank.json voltooid" in page
    assert get_record(ours, "M01")["title"] == "Maatjes"
    assert get_record(ours, "P01")["title"] == "Samen in de Wijk"
    assert get_record(ours, "P01-2")["title"] == "Wijkteam Noord"
    # the preview is used up: a second confirm imports nothing
    again = client.post(preview.request.path, data={}, follow_redirects=True).get_data(as_text=True)
    assert "bestaat niet meer" in again


def test_a_forged_choice_falls_back_to_update(client, auth, ours):
    auth.login("medewerker")
    preview = _preview(client, THEIRS)
    client.post(preview.request.path, data={"keuze-P01": "drop table"})
    assert get_record(ours, "P01")["title"] == "Wijkteam Noord"


def test_another_account_cannot_use_the_preview(client, auth, ours):
    auth.login("medewerker")
    url = _preview(client, THEIRS).request.path
    auth.logout()
    auth.login("directeur")
    assert "bestaat niet meer" in client.post(url, data={}, follow_redirects=True).get_data(as_text=True)
    assert get_record(ours, "P01")["title"] == "Samen in de Wijk"


def test_cancel_drops_the_upload(client, auth, ours):
    auth.login("medewerker")
    url = _preview(client, THEIRS).request.path
    assert "geannuleerd" in client.post(url + "/annuleren", follow_redirects=True).get_data(as_text=True)
    client.post(url, data={})
    assert get_record(ours, "P01")["title"] == "Samen in de Wijk"


@pytest.mark.parametrize("url", ["/kennisbank/import/" + "a" * 32, "/kennisbank/import/../../x"])
def test_unknown_tokens_lead_back_to_the_upload(client, auth, db, url):
    auth.login("medewerker")
    response = client.post(url, data={})
    assert response.status_code in (302, 404)


def test_lezer_may_not_preview_or_confirm(client, auth, ours):
    auth.login("medewerker")
    url = _preview(client, THEIRS).request.path
    auth.logout()
    auth.login("lezer")
    assert client.get(url).status_code == 403 and client.post(url, data={}).status_code == 403
    assert get_record(ours, "P01")["title"] == "Samen in de Wijk"


def _token(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def test_confirm_without_csrf_token_is_refused(csrf_app, db):
    import_file(db, json.dumps(OURS), user="anna")
    client = csrf_app.test_client()
    login = client.get("/inloggen").get_data(as_text=True)
    client.post("/inloggen", data={"csrf_token": _token(login), "username": "medewerker", "password": PASSWORD})
    token = _token(client.get("/kennisbank/import").get_data(as_text=True))
    preview = client.post("/kennisbank/import", content_type="multipart/form-data", follow_redirects=True,
                          data={"csrf_token": token, "file": (io.BytesIO(json.dumps(THEIRS).encode()), "kb.json")})
    assert "Voorvertoning" in preview.get_data(as_text=True)
    refused = client.post(preview.request.path, data={"keuze-P01": "update"})
    assert refused.status_code == 400
    assert get_record(db, "P01")["title"] == "Samen in de Wijk"
    client.post(preview.request.path, data={"csrf_token": token, "keuze-P01": "update"})
    assert get_record(db, "P01")["title"] == "Wijkteam Noord"


def test_the_record_page_shows_missing_links_and_values_kept_as_written(client, auth, db):
    import_file(db, json.dumps([{"id": "P1", "type": "project", "title": "X", "methods": ["M9"]},
                                {"id": "M1", "type": "method", "title": "Y", "evidence_level": "top"}]))
    auth.login("lezer")
    assert "Gekoppelde methodiek M9 bestaat niet." in client.get("/kennisbank/P1").get_data(as_text=True)
    assert "Erkenningsniveau ‘top’ is niet herkend" in client.get("/kennisbank/M1").get_data(as_text=True)


def test_a_project_with_a_missing_method_can_still_be_edited(client, auth, db):
    import_file(db, json.dumps([{"id": "P1", "type": "project", "title": "X", "methods": ["M9"]}]))
    auth.login("medewerker")
    page = client.get("/kennisbank/P1/bewerken").get_data(as_text=True)
    assert "M9 — bestaat niet" in page
    client.post("/kennisbank/P1/bewerken", data={"ref": "P1", "title": "Nieuw", "methods": ["M9"], "version": "1"})
    assert get_record(db, "P1")["title"] == "Nieuw" and get_record(db, "P1")["methods"] == ["M9"]


@pytest.mark.parametrize("content, message", [
    (b"", "leeg"), (b"{kapot", "geen geldige JSON"), (b"[1]", "geen object"), (b"\xff\xfe\x00", "UTF-8"),
])
def test_a_bad_file_gets_a_dutch_message_and_no_preview(client, auth, ours, content, message):
    auth.login("medewerker")
    response = client.post("/kennisbank/import", content_type="multipart/form-data",
                           data={"file": (io.BytesIO(content), "kb.json")})
    text = response.get_data(as_text=True)
    assert response.status_code == 422 and message in text and "Er is niets gewijzigd." in text


def test_xlsx_export_downloads_and_previews_back_as_unchanged(client, auth, ours):
    auth.login("medewerker")
    assert "Exporteren (Excel)" in client.get("/kennisbank/").get_data(as_text=True)
    download = client.get("/kennisbank/export.xlsx")
    assert download.headers["Content-Disposition"].startswith("attachment;") and download.data[:2] == b"PK"
    preview = client.post("/kennisbank/import", content_type="multipart/form-data", follow_redirects=True,
                          data={"file": (io.BytesIO(download.data), "kennisbank.xlsx")})
    assert "0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd, 0 afgewezen" in preview.get_data(as_text=True)


def test_one_choice_applies_to_every_conflict(client, auth, ours):
    auth.login("medewerker")
    preview = _preview(client, THEIRS)
    assert 'name="alle-conflicten"' in preview.get_data(as_text=True)  # two conflicts: the choice for all is offered
    client.post(preview.request.path, data={"alle-conflicten": "keep", "keuze-P01": "update"})
    assert get_record(ours, "M01")["title"] == "Maatjes" and get_record(ours, "P01")["title"] == "Samen in de Wijk"
    assert get_record(ours, "P01-2") is None
