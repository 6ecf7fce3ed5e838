"""Curating the knowledge base through the Flask test client."""
import io
import json
import shutil

import pytest

from knowledge_base import (delete_record, export_json, get_record, history, list_records, open_db,
                            save_record)
from knowledge_base.users import get_user
from proposal_builder.web.views import records as records_views

from .conftest import FIXTURES, PASSWORD, _make_app

METHOD = {"ref": "M01", "type": "method", "title": "Maatjesproject", "themes": ["eenzaamheid"],
          "evidence_level": "goed onderbouwd", "databank": "Databank Effectieve sociale interventies",
          "recognised_on": "2021-05-01"}
PROJECT = {"ref": "P01", "type": "project", "title": "Samen in de Wijk", "municipality": "Zaanstad",
           "period": "2021-2023", "themes": ["eenzaamheid"], "partners": ["Bibliotheek Zaanstad"],
           "methods": ["M01"], "results": [{"indicator": "deelnemers", "value": "120", "unit": "personen",
                                            "story": "Mevrouw A. gaat weer naar de markt."}]}
RESULT = {"ref": "R01", "type": "result", "title": "Minder eenzaam", "project": "P01",
          "indicator": "minder eenzaam", "value": "68", "unit": "%", "period": "2023",
          "story": "Meneer B. komt weer buiten.", "consent": True, "pseudonymised": True,
          "municipality": "Deventer", "themes": ["mantelzorg"]}
PRIVATE = {**RESULT, "ref": "R02", "consent": False, "pseudonymised": False, "themes": [],
           "municipality": "", "story": "Mevrouw Jansen (06-12345678) doet mee.", "project": ""}
MARKUP = {"ref": "X1", "type": "method", "title": "<script>alert(1)</script>", "themes": ["<b>x</b>"]}
ALL = ["M01", "P01", "R01", "R02", "X1"]


@pytest.fixture
def kb(db):
    """The test database with one method, one project linking it and one result."""
    for record in (METHOD, PROJECT, RESULT):
        save_record(db, record, user="anna")
    return db


@pytest.fixture(scope="module")
def reader(tmp_path_factory, accounts_template):
    """A client logged in as lezer on one seeded database, shared by the tests that only read."""
    path = tmp_path_factory.mktemp("reader") / "kb.sqlite"
    shutil.copy(accounts_template, path)
    app = _make_app(path)
    with app.app_context():
        db = open_db(path)
        for record in (METHOD, PROJECT, RESULT, PRIVATE, MARKUP):
            save_record(db, record, user="anna")
        db.conn.close()
    client = app.test_client()
    client.post("/inloggen", data={"username": "lezer", "password": PASSWORD})
    return client


def _text(response) -> str:
    return response.get_data(as_text=True)


def _form(record: dict, **changes) -> dict:
    """A record as the edit form posts it."""
    data = {k: v for k, v in record.items() if k not in {"type", "results", "consent", "pseudonymised"}}
    data.update(themes=", ".join(record.get("themes", [])), partners=", ".join(record.get("partners", [])))
    data["results"] = "\n".join(" | ".join(item.values()) for item in record.get("results", []))
    for flag in ("consent", "pseudonymised"):
        if record.get(flag):
            data[flag] = "y"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_list_shows_records_with_counts(reader):
    page = _text(reader.get("/kennisbank/"))
    assert all(f">{ref}</a>" in page for ref in ALL)
    assert "5 records" in page and "1 project," in page and "2 methodieken," in page


@pytest.mark.parametrize("query, expected", [
    ("type=project", ["P01"]),
    ("theme=mantelzorg", ["R01"]),
    ("municipality=Zaanstad", ["P01"]),
    ("year=2022", ["P01"]),
    ("q=bibliotheek", ["P01"]),          # a partner
    ("q=buiten", ["R01"]),               # a story
    ("q=onderbouwd", ["M01"]),           # the evidence level
    ("q=eenzaam&type=result", ["R01", "R02"]),
])
def test_list_filters_and_keyword_search(reader, query, expected):
    page = _text(reader.get(f"/kennisbank/?{query}"))
    assert [ref for ref in ALL if f">{ref}</a>" in page] == expected


def test_list_links_to_search_by_meaning_with_the_query(reader):
    page = _text(reader.get("/kennisbank/?q=zorgende+naasten&type=result"))
    assert '<a href="/zoeken?q=zorgende+naasten&amp;type=result"' in page and "Zoek op betekenis" in page
    assert '<a href="/zoeken"' in _text(reader.get("/kennisbank/"))  # without a query: the empty search page


def test_unknown_filter_value_is_ignored_with_message(reader):
    response = reader.get("/kennisbank/?theme=bestaat-niet")
    assert response.status_code == 200
    assert "Onbekend thema" in _text(response) and "5 records" in _text(response)


def test_project_page_shows_methods_with_evidence_results_and_history_link(reader):
    page = _text(reader.get("/kennisbank/P01"))
    assert "Maatjesproject" in page and "goed onderbouwd" in page
    assert "120" in page and "Mevrouw A. gaat weer naar de markt." in page
    assert 'href="/kennisbank/R01"' in page
    # the project's own figures and the results with a record of their own, told apart by their headings
    assert page.index("Cijfers in de projectbeschrijving") < page.index("120") \
        < page.index("Resultaten met een eigen record") < page.index('href="/kennisbank/R01"')
    assert "/kennisbank/P01/geschiedenis" in page
    assert "Bewerken" not in page  # a lezer sees no edit button


def test_method_page_shows_evidence_and_projects_using_it(reader):
    page = _text(reader.get("/kennisbank/M01"))
    assert "badge level-good" in page and "erkend op 1 mei 2021" in page  # a Dutch date, not ISO
    assert 'href="/kennisbank/P01"' in page


def test_result_page_shows_consent_flags_and_privacy_warnings(reader):
    assert "Toestemming vastgelegd" in _text(reader.get("/kennisbank/R01"))
    page = _text(reader.get("/kennisbank/R02"))
    assert "Geen toestemming vastgelegd" in page and "Niet gepseudonimiseerd" in page
    assert "Mevrouw Jansen" in page and "telefoonnummer" in page


def test_markup_in_fields_is_escaped(reader):
    for url in ("/kennisbank/", "/kennisbank/X1", "/kennisbank/X1/geschiedenis"):
        page = _text(reader.get(url))
        assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page, url
        assert "<b>x</b>" not in page


def test_times_are_shown_in_amsterdam_time(client, auth, kb):
    kb.execute("UPDATE records SET created_at = '2026-07-01T22:30:00+00:00', "
               "updated_at = '2026-11-27T02:10:00+00:00' WHERE ref = 'M01'")
    kb.execute("UPDATE record_history SET changed_at = '2026-11-27T02:10:00+00:00' WHERE ref = 'M01'")
    kb.conn.commit()
    auth.login("lezer")
    page = _text(client.get("/kennisbank/M01"))
    assert "aangemaakt 2 juli 2026, 00:30" in page and "laatst gewijzigd 27 november 2026, 03:10" in page
    assert "27 november 2026, 03:10" in _text(client.get("/kennisbank/M01/geschiedenis"))


def test_unknown_record_or_type_is_404(client, auth, kb):
    auth.login("medewerker")
    assert client.get("/kennisbank/X99").status_code == 404
    assert client.get("/kennisbank/nieuw/boek").status_code == 404


def test_add_method(client, auth, db):
    auth.login("medewerker")
    assert 'value="M01"' in _text(client.get("/kennisbank/nieuw/method"))  # suggested ref
    response = client.post("/kennisbank/nieuw/method", data=_form(METHOD))
    assert response.headers["Location"] == "/kennisbank/M01"
    stored = get_record(db, "M01")
    assert stored["evidence_level"] == "goed onderbouwd" and stored["created_by"] == "medewerker"


def test_add_project_linking_a_method(client, auth, db):
    save_record(db, METHOD)
    auth.login("medewerker")
    assert 'value="M01"' in _text(client.get("/kennisbank/nieuw/project"))  # the checkbox
    response = client.post("/kennisbank/nieuw/project", data=_form(PROJECT), follow_redirects=True)
    assert "Project P01 is toegevoegd" in _text(response)
    stored = get_record(db, "P01")
    assert stored["methods"] == ["M01"]
    assert stored["results"] == [{**PROJECT["results"][0], "consent": False, "pseudonymised": False}]


def test_add_result_choosing_its_project(client, auth, db):
    save_record(db, METHOD)
    save_record(db, PROJECT)
    auth.login("medewerker")
    assert '<option selected value="P01">' in _text(client.get("/kennisbank/nieuw/result?project=P01"))
    client.post("/kennisbank/nieuw/result", data=_form(RESULT))
    stored = get_record(db, "R01")
    assert (stored["project"], stored["value"], stored["consent"]) == ("P01", "68", True)
    assert 'href="/kennisbank/R01"' in _text(client.get("/kennisbank/P01"))


def test_invalid_input_shows_dutch_errors_and_keeps_input(client, auth, db):
    auth.login("medewerker")
    response = client.post("/kennisbank/nieuw/method", data=_form(
        METHOD, title="", databank="", summary="Mijn lange tekst"))
    page = _text(response)
    assert response.status_code == 200
    assert "Vul een titel in." in page and "Noem de databank" in page
    assert "Mijn lange tekst" in page
    assert get_record(db, "M01") is None


def test_taken_ref_is_refused_on_add(client, auth, kb):
    auth.login("medewerker")
    page = _text(client.post("/kennisbank/nieuw/method", data=_form(METHOD, title="Ander")))
    assert "al in gebruik" in page
    assert get_record(kb, "M01")["title"] == "Maatjesproject"


@pytest.mark.parametrize("record, changes, field, value", [
    (METHOD, {"evidence_level": "effectief", "themes": "eenzaamheid, vrijwilligers"},
     "themes", ["eenzaamheid", "vrijwilligers"]),
    (PROJECT, {"methods": None, "results": "bereik | 200 | personen | Meneer K. | toestemming"},
     "results", [{"indicator": "bereik", "value": "200", "unit": "personen", "story": "Meneer K.",
                  "consent": True, "pseudonymised": False}]),
    (RESULT, {"value": "3,5", "consent": None}, "consent", False),
])
def test_edit_each_type(client, auth, kb, record, changes, field, value):
    auth.login("medewerker")
    ref = record["ref"]
    assert get_record(kb, ref)["title"] in _text(client.get(f"/kennisbank/{ref}/bewerken"))
    client.post(f"/kennisbank/{ref}/bewerken", data=_form(record, version="1", **changes))
    stored = get_record(kb, ref)
    assert stored[field] == value
    assert (stored["version"], stored["updated_by"]) == (2, "medewerker")


def test_edit_cannot_change_the_ref(client, auth, kb):
    auth.login("medewerker")
    client.post("/kennisbank/M01/bewerken", data=_form(METHOD, ref="M77", version="1", title="Nieuw"))
    assert get_record(kb, "M01")["title"] == "Nieuw" and get_record(kb, "M77") is None


def test_edit_keeps_unknown_imported_fields(client, auth, kb):
    save_record(kb, {**METHOD, "funder": "Fonds X"})
    auth.login("medewerker")
    client.post("/kennisbank/M01/bewerken", data=_form(METHOD, version="2", title="Nieuw"))
    assert get_record(kb, "M01")["extra"] == {"funder": "Fonds X"}


def test_story_with_personal_data_is_saved_with_a_warning(client, auth, kb):
    auth.login("medewerker")
    response = client.post("/kennisbank/R01/bewerken", follow_redirects=True, data=_form(
        RESULT, version="1", story="Piet de Vries, Kerkstraat 12, BSN 111222333."))
    page = _text(response)
    assert "Resultaat R01 is opgeslagen" in page
    assert "Let op, privacy" in page and "BSN" in page and "adres" in page
    findings = page.split("Let op, privacy", 1)[1].split("privacy-warnings", 1)[0]
    assert "BSN" not in findings  # the flash does not repeat the findings listed on the record page
    assert get_record(kb, "R01")["story"].startswith("Piet de Vries")


def test_conflicting_edit_is_caught_and_input_kept(client, auth, kb):
    save_record(kb, {**METHOD, "summary": "Versie van Bert"}, user="bert")  # now version 2
    auth.login("medewerker")
    response = client.post("/kennisbank/M01/bewerken", data=_form(
        METHOD, version="1", summary="Mijn eigen tekst"))
    page = _text(response)
    assert response.status_code == 409
    assert "bert heeft dit record intussen gewijzigd" in page
    assert "Versie van Bert" in page and "Mijn eigen tekst" in page
    assert 'name="version" type="hidden" value="2"' in page
    assert get_record(kb, "M01")["summary"] == "Versie van Bert"
    # Saving again after seeing the conflict is a deliberate overwrite.
    client.post("/kennisbank/M01/bewerken", data=_form(METHOD, version="2", summary="Mijn eigen tekst"))
    assert get_record(kb, "M01")["summary"] == "Mijn eigen tekst"


def test_record_binned_while_editing_shows_conflict_and_keeps_input(client, auth, kb):
    delete_record(kb, "M01", user="bert")
    auth.login("medewerker")
    response = client.post("/kennisbank/M01/bewerken", data=_form(METHOD, version="1", summary="Mijn tekst"))
    assert response.status_code == 409
    assert "naar de prullenbak verplaatst" in _text(response) and "Mijn tekst" in _text(response)
    client.post("/kennisbank/M01/bewerken", data=_form(METHOD, version="2", summary="Mijn tekst"))
    assert get_record(kb, "M01")["summary"] == "Mijn tekst"  # saved and back from the bin


def test_add_never_overwrites_a_ref_taken_meanwhile(client, auth, kb, monkeypatch):
    # The taken-ref check ran before someone else saved M01 (simulated by an empty list).
    monkeypatch.setattr(records_views, "_all_refs", lambda db: set())
    auth.login("medewerker")
    page = _text(client.post("/kennisbank/nieuw/method", data=_form(METHOD, title="Ander")))
    assert "zojuist in gebruik genomen" in page
    assert get_record(kb, "M01")["title"] == "Maatjesproject"


def test_delete_to_bin_and_restore(client, auth, kb):
    auth.login("medewerker")
    assert "P01" in _text(client.get("/kennisbank/M01/verwijderen"))  # linked project warned
    response = client.post("/kennisbank/M01/verwijderen", follow_redirects=True)
    assert "staat in de prullenbak" in _text(response)
    assert get_record(kb, "M01") is None
    assert "M01" in _text(client.get("/kennisbank/prullenbak"))
    client.post("/kennisbank/M01/terugzetten")
    assert get_record(kb, "M01")["deleted_at"] is None
    assert "De prullenbak is leeg" in _text(client.get("/kennisbank/prullenbak"))


def test_history_lists_versions_and_restores_an_old_one(client, auth, kb):
    save_record(kb, {**METHOD, "title": "Maatjes 2.0"}, user="bert")
    auth.login("medewerker")
    page = _text(client.get("/kennisbank/M01/geschiedenis"))
    assert "bert" in page and "Titel" in page  # who and which field changed
    assert "/kennisbank/M01/geschiedenis/1/terugzetten" in page
    response = client.post("/kennisbank/M01/geschiedenis/1/terugzetten", follow_redirects=True)
    assert "Versie 1 van M01 is teruggezet" in _text(response)
    assert get_record(kb, "M01")["title"] == "Maatjesproject"
    assert history(kb, "M01")[0]["action"] == "reverted"
    assert client.post("/kennisbank/M01/geschiedenis/99/terugzetten").status_code == 404


def _preview(client, content: bytes):
    """Upload a file: the answer is the preview (or the upload page with its error)."""
    return client.post("/kennisbank/import", content_type="multipart/form-data", follow_redirects=True,
                       data={"file": (io.BytesIO(content), "kb.json")})


def _upload(client, content: bytes):
    """Upload a file and confirm its preview: the answer is the import's report."""
    preview = _preview(client, content)
    if preview.request.path == "/kennisbank/import":
        return preview
    return client.post(preview.request.path, data={"submit": "Importeren"})


def test_import_good_file_reports_each_record(client, auth, db):
    auth.login("medewerker")
    items = json.loads((FIXTURES / "small_kb.json").read_text())
    items.append({"id": "X1", "type": "boek", "title": "?"})
    page = _text(_upload(client, json.dumps(items).encode()))
    assert "3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 1 afgewezen" in page
    assert "outcome-rejected" in page and "type" in page
    assert {r["ref"] for r in list_records(db)} == {"M01", "P01", "R01"}


def test_import_twice_changes_nothing(client, auth, db):
    auth.login("medewerker")
    content = (FIXTURES / "small_kb.json").read_bytes()
    _upload(client, content)
    before = export_json(db)
    assert "0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd" in _text(_upload(client, content))
    assert export_json(db) == before


@pytest.mark.parametrize("content, message", [
    (b"", "leeg"), (b"{not json", "geen geldige JSON"), (b"[1, 2]", "geen object"),
    (b"PK\x03\x04\xff\xfe", "UTF-8"),
])
def test_malformed_import_changes_nothing(client, auth, kb, content, message):
    auth.login("medewerker")
    before = export_json(kb)
    page = _text(_upload(client, content))
    assert message in page and "Er is niets gewijzigd." in page
    assert export_json(kb) == before


def test_import_without_file_asks_for_one(client, auth, db):
    auth.login("medewerker")
    assert "Kies een JSON-bestand" in _text(client.post("/kennisbank/import", data={}))


def test_export_downloads_json_that_round_trips(client, auth, kb, tmp_path):
    auth.login("medewerker")
    response = client.get("/kennisbank/export")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.mimetype == "application/json"
    assert response.get_data() == export_json(kb).encode()


MEMBER_ONLY_GETS = ["/kennisbank/nieuw/project", "/kennisbank/M01/bewerken", "/kennisbank/M01/verwijderen",
                    "/kennisbank/prullenbak", "/kennisbank/import", "/kennisbank/export"]
MEMBER_ONLY_POSTS = ["/kennisbank/nieuw/method", "/kennisbank/M01/bewerken", "/kennisbank/M01/verwijderen",
                     "/kennisbank/M01/terugzetten", "/kennisbank/M01/geschiedenis/1/terugzetten",
                     "/kennisbank/import"]
READ_PAGES = ["/kennisbank/", "/kennisbank/M01", "/kennisbank/M01/geschiedenis"]


def test_lezer_reads_but_cannot_change_anything(client, auth, kb):
    auth.login("lezer")
    assert [client.get(url).status_code for url in READ_PAGES] == [200] * len(READ_PAGES)
    assert [client.get(url).status_code for url in MEMBER_ONLY_GETS] == [403] * len(MEMBER_ONLY_GETS)
    data = _form(METHOD, ref="M02", title="Gewijzigd", version="1")
    assert [client.post(url, data=data).status_code for url in MEMBER_ONLY_POSTS] == [403] * len(MEMBER_ONLY_POSTS)
    assert get_record(kb, "M01")["version"] == 1 and get_record(kb, "M02") is None


@pytest.mark.parametrize("role", ["medewerker", "directeur", "beheerder"])
def test_medewerker_and_up_may_curate(client, auth, kb, role):
    auth.login(role)
    assert [client.get(url).status_code for url in MEMBER_ONLY_GETS] == [200] * len(MEMBER_ONLY_GETS)


def test_anonymous_is_sent_to_login(client, kb):
    for url in READ_PAGES + MEMBER_ONLY_GETS:
        response = client.get(url)
        assert response.status_code == 302 and "/inloggen" in response.headers["Location"], url
    for url in MEMBER_ONLY_POSTS:
        assert client.post(url, data={}).status_code == 302, url
    assert get_record(kb, "M01")["version"] == 1


def test_delete_without_csrf_token_is_refused(csrf_app, db):
    save_record(db, METHOD)
    client = csrf_app.test_client()
    with client.session_transaction() as session:
        # Logged in directly: the log-in form itself needs a token too.
        session["_user_id"] = str(get_user(db, "medewerker")["id"])
    response = client.post("/kennisbank/M01/verwijderen")
    assert response.status_code == 400
    assert get_record(db, "M01") is not None


def test_a_long_list_is_paged_keeping_its_filters(client, auth, db):
    for n in range(1, 36):
        save_record(db, {"ref": f"P{n:02d}", "type": "project", "title": f"Buurtproject {n}",
                         "themes": ["eenzaamheid"]}, user="anna")
    auth.login("lezer")
    first = _text(client.get("/kennisbank/?theme=eenzaamheid"))
    assert sum(f">P{n:02d}</a>" in first for n in range(1, 36)) == records_views.RECORDS_PER_PAGE
    assert "35 records</strong> gevonden" in first and "1–30 van 35 · pagina 1 van 2" in first
    assert 'href="/kennisbank/?pagina=2&amp;theme=eenzaamheid" rel="next"' in first
    second = _text(client.get("/kennisbank/?theme=eenzaamheid&pagina=2"))
    assert sum(f">P{n:02d}</a>" in second for n in range(1, 36)) == 5 and "31–35 van 35" in second
    assert _text(client.get("/kennisbank/?theme=eenzaamheid&pagina=99")).count("pagina 2 van 2") == 1


def test_a_short_list_has_no_pager(reader):
    assert 'class="pager"' not in _text(reader.get("/kennisbank/"))


def test_pager_numbers_leave_out_the_far_pages():
    from proposal_builder.web.paging import Page

    page = Page.of(list(range(1000)), 17, 30)
    assert page.numbers() == [1, None, 15, 16, 17, 18, 19, None, 34]
    assert (page.first, page.last, page.count) == (481, 510, 34)
    assert Page.of([], 3, 30).numbers() == [1] and Page.of([], 3, 30).first == 0
