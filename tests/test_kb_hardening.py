"""Malformed records are refused one by one, text is cleaned at every boundary, no page is
cached (findings 4, 5 and 9 of issue 15)."""
import io
import json

import pytest

from knowledge_base import get_record, import_file, list_records, save_record
from knowledge_base.privacy import record_warnings
from knowledge_base.records import RecordError
from knowledge_base.transfer import ImportFormatError
from proposal_builder.drafting.document import Heading, Outline, Run, para
from proposal_builder.drafting.docx_writer import render
from proposal_builder.drafting.models import TenderInfo

from .conftest import PASSWORD

GOOD = {"id": "M1", "type": "method", "title": "Maatjesproject"}
MALFORMED = {
    "themes as a number": {"id": "B1", "type": "method", "title": "x", "themes": 5},
    "lone surrogate": {"id": "B2", "type": "method", "title": "Maatjes\ud800"},
    "deep nesting": {"id": "B3", "type": "method", "title": "x", "extra": json.loads("[" * 50 + "]" * 50)},
    "nested extra field": {"id": "B4", "type": "method", "title": "x", "notes": json.loads('{"a":' * 30 + "1" + "}" * 30)},
    "NaN title": {"id": "B5", "type": "method", "title": float("nan")},
    "NUL in summary": {"id": "B6", "type": "method", "title": "x", "summary": "a\x00b"},
    "a story of 100 KB": {"id": "B7", "type": "result", "title": "x", "story": "a" * 100_000},
    "reserved reference": {"id": "export", "type": "method", "title": "x"},
    "results not a list": {"id": "B8", "type": "project", "title": "x", "results": "veel"},
    "themes holding objects": {"id": "B9", "type": "method", "title": "x", "themes": [{"a": 1}]},
}


def _file(*items) -> bytes:
    # allow_nan and a surrogate escape write exactly what a crafted file holds
    return json.dumps(list(items), allow_nan=True).encode()


@pytest.mark.parametrize("kind", MALFORMED)
def test_each_malformed_record_is_refused_alone(db, kind):
    report = import_file(db, _file(GOOD, MALFORMED[kind]))
    outcomes = [line.outcome for line in report.lines]
    assert sorted(outcomes) == ["added", "rejected"], report.lines
    assert [r["ref"] for r in list_records(db)] == ["M1"]
    assert all(line.reason for line in report.lines if line.outcome == "rejected")


def test_a_file_nested_too_deep_is_refused_in_dutch(db):
    with pytest.raises(ImportFormatError, match="te diep genest"):
        import_file(db, b"[" * 200_000 + b"]" * 200_000)


def test_the_import_page_reports_malformed_records_instead_of_a_500(client, db):
    client.post("/inloggen", data={"username": "medewerker", "password": PASSWORD})
    data = {"file": (io.BytesIO(_file(GOOD, *MALFORMED.values())), "kb.json")}
    preview = client.post("/kennisbank/import", data=data, content_type="multipart/form-data",
                          follow_redirects=True)
    assert preview.status_code == 200
    assert "wordt afgewezen" in preview.get_data(as_text=True)
    response = client.post(preview.request.path, data={"submit": "Importeren"})
    assert response.status_code == 200
    assert "afgewezen" in response.get_data(as_text=True)
    assert get_record(db, "M1")


def test_control_characters_are_removed_and_text_normalised(db):
    record, _ = save_record(db, {"ref": "M2", "type": "method", "title": "Cafe\u0301 \x1b[1m",
                                 "summary": "Regel een\x0c\r\nregel twee\tmet tab"})
    assert record["title"] == "Café [1m"
    assert record["summary"] == "Regel een\nregel twee\tmet tab"


def test_a_form_feed_typed_into_the_form_is_dropped(client, db):
    save_record(db, {"ref": "M3", "type": "method", "title": "Oud"})
    client.post("/inloggen", data={"username": "medewerker", "password": PASSWORD})
    client.post("/kennisbank/M3/bewerken", data={"ref": "M3", "title": "Nieuw", "summary": "Een\x0cbreuk",
                                                 "version": "1"})
    assert get_record(db, "M3")["summary"] == "Eenbreuk"


def test_nul_typed_into_a_form_is_refused_before_any_page_shows_it(client, db):
    save_record(db, {"ref": "M4", "type": "method", "title": "Oud"})
    client.post("/inloggen", data={"username": "medewerker", "password": PASSWORD})
    response = client.post("/kennisbank/M4/bewerken", data={"ref": "M4", "title": "Nieuw\x00", "version": "1"})
    assert response.status_code == 400 and "ongeldig teken" in response.get_data(as_text=True)
    assert "\x00" not in response.get_data(as_text=True)
    assert get_record(db, "M4")["title"] == "Oud"


def test_the_word_writer_drops_what_xml_cannot_hold():
    outline = Outline(blocks=[Heading("Aanpak\x0c"), para("Samenvatting met\x0c form feed\x00 en \ud800.")])
    data, _ = render(outline, TenderInfo(title="Uitvraag\x0b", municipality="Zaanstad", organisation="De Brug"))
    assert data.startswith(b"PK")


def test_reserved_references_are_refused(db):
    for ref in ("nieuw", "Export", "prullenbak", "import"):
        with pytest.raises(RecordError):
            save_record(db, {"ref": ref, "type": "method", "title": "x"})


def test_privacy_check_on_a_long_story_finds_the_address_and_stays_linear():
    story = "a" * 200_000 + " mail mij op jan.jansen@example.nl " + "b." * 50_000
    assert any("e-mail" in w.lower() for w in record_warnings({"type": "result", "story": story, "title": "",
                                                                "summary": ""}))


def test_pages_and_downloads_are_not_cached(client, db):
    save_record(db, GOOD | {"ref": "M1"})
    client.post("/inloggen", data={"username": "medewerker", "password": PASSWORD})
    for path in ("/kennisbank/M1", "/kennisbank/export", "/kennisbank/", "/inloggen"):
        assert client.get(path).headers["Cache-Control"] == "no-store", path
    static = client.get("/static/style.css")
    assert "no-store" not in static.headers.get("Cache-Control", "")
    static.close()


def test_a_stored_record_with_a_form_feed_still_drafts():
    """A record saved before cleaning existed (a form feed in its summary) no longer breaks the draft."""
    from proposal_builder.drafting import draft_proposal
    from tests.drafting_samples import METHOD, open_docx, sample_request

    request = sample_request()
    request.goals[0].own_text, request.tender.title = "Eigen\x0c tekst\x00", "Sociale\x0c basis"
    request.records[METHOD["ref"]] = {**METHOD, "title": "Maatjes\x0cproject", "summary": "Maatjes\x0c bezoeken."}
    document = open_docx(draft_proposal(request).docx)
    assert any("Maatjesproject" in p.text for p in document.paragraphs)
    assert all("\x0c" not in p.text for p in document.paragraphs)
