"""The tender page's facts: sources, "niet gevonden — vul in", corrections, non-tenders refused,
undo for a deleted goal and the "verlopen" mark."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from knowledge_base.saved_tenders import save_tender
from proposal_builder.web.views.tender_display import expired

from .tender_samples import docx_bytes
from .test_tender_facts import TABLES
from .test_views_tenders import _all_tenders, _press, _stored, _tender_id, _text, _upload


def _xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


NOT_TENDERS = {
    "json": (lambda: json.dumps([{"doel": "x"}]).encode(), "tender.json", "JSON-bestand"),
    "xlsx": (_xlsx, "budget.xlsx", "spreadsheet"),
    "csv": (lambda: b"naam;bedrag;jaar\nA;100;2027\nB;200;2027\nC;300;2028\n", "budget.csv", "spreadsheet"),
    "png": (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "scan.png", "afbeelding"),
    "empty": (lambda: b"  \n ", "leeg.txt", "leeg"),
}


@pytest.mark.parametrize("name", list(NOT_TENDERS))
def test_a_file_that_is_no_tender_is_refused_in_dutch_and_nothing_is_stored(director, db, name):
    make, filename, words = NOT_TENDERS[name]
    response = _upload(director, make(), filename)
    assert response.status_code == 422 and words in _text(response)
    assert _all_tenders(db) == []


def test_pasted_json_is_refused_too(director, db):
    response = director.post("/aanbestedingen/nieuw", data={"text": '{"title": "x", "goals": []}'})
    assert response.status_code == 422 and "JSON-bestand" in _text(response)
    assert _all_tenders(db) == []


@pytest.fixture
def tables_id(director):
    return _tender_id(_upload(director, docx_bytes(TABLES), "leidraad.docx"))


def test_each_fact_shows_its_source_or_asks_to_be_filled_in(director, db, tables_id):
    page = _text(director.get(f"/aanbestedingen/{tables_id}"))
    procedure = page.split('id="feit-procedure"')[1].split("</tr>")[0]
    assert "openbare procedure" in procedure and 'href="#blok-1"' in procedure
    deadline = page.split('id="feit-deadline"')[1].split("</tr>")[0]
    assert "niet gevonden — vul in" in deadline
    assert "geen limiet" not in page and "noemt geen" not in page
    assert "Geschiktheidseis" in page or "Minimumeis" in page


def _facts_post(tender: dict, **changes) -> dict:
    data = {"facts-version": str(tender["version"]), "facts-title": tender["title"], "facts-route": tender["route"]}
    data.update({f"facts-{key}": value for key, value in changes.items()})
    return data


def test_every_fact_can_be_corrected_including_rows(director, db, tables_id):
    tender = _stored(db, tables_id)
    response = director.post(f"/aanbestedingen/{tables_id}/gegevens", data=_facts_post(
        tender, municipality="Rivierstad en Oeverland", procedure="meervoudig onderhandse procedure",
        deadline="2027-04-01 12:00", budget="€ 400.000", budget_per_year="ja", page_limit="8",
        word_limit="3000", excluding_appendices="nee", page_limit_part="activiteitenplan",
        target_groups="mantelzorgers, jonge mantelzorgers",
        **{"criteria-0-name": "K1 Aanpak", "criteria-0-weight": "70%", "criteria-0-goals": "1, 2",
           "criteria-0-kind": "quality", "criteria-1-name": "Prijs", "criteria-1-weight": "30%",
           "criteria-1-kind": "price", "requirements-0-text": "Een HKZ-keurmerk.", "requirements-0-kind": "suitability",
           "requirements-1-text": "Weg ermee", "requirements-1-remove": "y",
           "budget_parts-0-name": "Noord", "budget_parts-0-amount": "€ 250.000",
           "budget_parts-1-name": "Zuid", "budget_parts-1-amount": "150000"}))
    assert response.status_code == 302
    saved = _stored(db, tables_id)
    assert saved["municipalities"] == ["Rivierstad", "Oeverland"] and saved["procedure"].startswith("meervoudig")
    assert (saved["deadline"], saved["budget"], saved["budget_per_year"]) == ("2027-04-01T12:00", "€ 400.000 per jaar", True)
    assert (saved["page_limit"], saved["word_limit"], saved["excluding_appendices"]) == (8, 3000, False)
    assert saved["page_limit_part"] == "activiteitenplan"
    assert [(c["name"], c["goals"], c["kind"]) for c in saved["criteria"]] == [("K1 Aanpak", [1, 2], "quality"), ("Prijs", [], "price")]
    assert [(r["text"], r["kind"]) for r in saved["requirements"]] == [("Een HKZ-keurmerk.", "suitability")]
    assert [(p["name"], p["amount"]) for p in saved["budget_parts"]] == [("Noord", 250000), ("Zuid", 150000)]
    assert saved["target_groups"] == ["mantelzorgers", "jonge mantelzorgers"]


def test_a_deleted_goal_can_be_put_back_in_its_place(director, db, tables_id):
    before = [g["text"] for g in _stored(db, tables_id)["goals"]]
    _press(director, db, tables_id, "delete:0")
    page = _text(director.get(f"/aanbestedingen/{tables_id}"))
    assert "Ongedaan maken" in page and before[0] in page
    response = director.post(f"/aanbestedingen/{tables_id}/doelen/ongedaan")
    assert response.status_code == 302 and response.headers["Location"].endswith("#doel-1")
    assert [g["text"] for g in _stored(db, tables_id)["goals"]] == before
    assert "Ongedaan maken" not in _text(director.get(f"/aanbestedingen/{tables_id}"))


def test_a_passed_deadline_is_marked_verlopen_on_the_list_and_the_page(director, db):
    old = save_tender(db, {"title": "Oud", "deadline": "2020-01-15T12:00"})
    new = save_tender(db, {"title": "Nieuw", "deadline": "2999-01-15"})
    listing = _text(director.get("/aanbestedingen/"))
    assert listing.count("verlopen") == 1
    assert "verlopen" in _text(director.get(f"/aanbestedingen/{old['id']}"))
    assert "verlopen" not in _text(director.get(f"/aanbestedingen/{new['id']}"))


@pytest.mark.parametrize("deadline, result", [("2026-12-05", True), ("2026-12-06T09:00", False), ("", False), (None, False)])
def test_expired_compares_with_today_in_amsterdam(deadline, result):
    noon = 1796558400  # 2026-12-06 12:00 UTC
    assert expired(deadline, now=noon) is result


def test_the_source_shown_is_the_sentence_that_states_the_fact(director):
    from .test_tender_facts import PROSE
    tender_id = _tender_id(_upload(director, docx_bytes([(k, v[1] if k == "number" else v) for k, v in PROSE]),
                                   "offerte.docx"))
    page = _text(director.get(f"/aanbestedingen/{tender_id}"))
    deadline = page.split('id="feit-deadline"')[1].split("</tr>")[0]
    assert "24 maart 2027 om 12.00 uur" in deadline and "Vragen kunt u" not in deadline


def _tender_page(director, title: str, *lines: str) -> str:
    """The tender page of a pasted text: a title, lines, one goal."""
    text = "\n".join([title, *lines, "Doelen", "- Minder inwoners voelen zich eenzaam."])
    return _text(director.post("/aanbestedingen/nieuw", data={"text": text}, follow_redirects=True))


def test_without_a_page_or_word_limit_its_details_are_not_asked_and_an_open_house_needs_no_criteria(director):
    page = _tender_page(director, "Open House Meedoen Testdorp 2027",
                        "De gemeente Testdorp nodigt aanbieders uit tot toetreding via een Open House-procedure.")
    assert 'id="feit-page_limit"' in page and 'id="feit-word_limit"' in page  # asked: "niet gevonden — vul in"
    assert 'id="feit-page_limit_part"' not in page and 'id="feit-excluding_appendices"' not in page
    criteria = page.split('id="feit-criteria"')[1].split("</table>")[0]
    assert "Open House vraagt u toetreding aan" in criteria and "niet gevonden" not in criteria


def test_with_a_page_limit_its_details_are_asked(director):
    page = _tender_page(director, "Uitvraag Welzijn Testdorp 2027", "Het plan van aanpak telt maximaal 10 pagina's.")
    assert "maximaal 10 pagina’s" in page
    assert 'id="feit-page_limit_part"' in page and 'id="feit-excluding_appendices"' in page


def test_the_choice_of_lots_follows_a_lot_renamed_in_the_corrections_and_is_dropped_with_a_lot_removed(director, db):
    from .lot_samples import COLUMN_TENDER
    tender_id = _tender_id(_upload(director, docx_bytes(COLUMN_TENDER), "leidraad.docx"))
    tender = _stored(db, tender_id)
    response = director.post(f"/aanbestedingen/{tender_id}/percelen",
                             data={"version": str(tender["version"]), "lot": ["Perceel 1 Jongerenwerk", "Perceel 2 Straatwerk"]})
    assert response.status_code == 302 and _stored(db, tender_id)["chosen_lots"] == ["Perceel 1 Jongerenwerk",
                                                                                     "Perceel 2 Straatwerk"]
    tender = _stored(db, tender_id)
    rows = {"lots-0-label": "Perceel 1", "lots-0-name": "Jongerenwerk en activiteiten", "lots-0-goals": "1, 2, 4",
            "lots-1-label": "Perceel 2", "lots-1-name": "Straatwerk", "lots-1-goals": "3, 4", "lots-1-remove": "y"}
    response = director.post(f"/aanbestedingen/{tender_id}/gegevens", data=_facts_post(tender, **rows),
                             follow_redirects=True)
    assert "kies opnieuw waarop u inschrijft" in _text(response)
    assert _stored(db, tender_id)["chosen_lots"] == ["Perceel 1 Jongerenwerk en activiteiten"]
