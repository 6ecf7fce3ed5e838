"""Erasing personal data from a record's history, stories hidden from the lezer, inline-result consent in drafts."""
import json

import pytest

from knowledge_base import get_record, history, save_record
from knowledge_base.erasure import ErasureError, erase_text, erasures
from knowledge_base.records import normalise
from proposal_builder.drafting import DraftRequest, TenderInfo, draft_proposal
from proposal_builder.tender import Goal

from .drafting_samples import body_texts, open_docx

STORY = "Mevrouw Jansen (06-12345678) gaat weer naar de markt."
RESULT = {"ref": "R01", "type": "result", "title": "Minder eenzaam", "indicator": "minder eenzaam",
          "value": "68", "unit": "%", "story": STORY, "consent": True}
PROJECT = {"ref": "P01", "type": "project", "title": "Samen", "results": [
    {"indicator": "deelnemers", "value": "40", "story": "Meneer Jansen kookt weer.", "consent": True}]}


@pytest.fixture
def kb(db):
    save_record(db, RESULT, user="anna")
    save_record(db, {**RESULT, "story": "Mevrouw J. gaat weer naar de markt."}, user="anna")
    save_record(db, PROJECT, user="anna")
    return db


def _everything(db) -> str:
    """Every stored text of the database's record tables, as one string."""
    rows = [json.dumps(list(row)) for table in ("records", "record_history", "record_erasures")
            for row in db.execute(f"SELECT * FROM {table}")]
    return "\n".join(rows)


def test_erasure_replaces_the_text_in_every_version_and_keeps_their_structure(kb):
    before = history(kb, "R01")
    done = erase_text(kb, "R01", "jansen", user="bert")
    after = history(kb, "R01")
    assert [e["version"] for e in after] == [e["version"] for e in before]
    assert [sorted(e["snapshot"]) for e in after] == [sorted(e["snapshot"]) for e in before]
    assert after[-1]["snapshot"]["story"] == "Mevrouw [verwijderd] (06-12345678) gaat weer naar de markt."
    assert done.fields == ["story"] and done.versions == 1 and done.erased_by == "bert"


def test_erasure_reaches_inline_results_and_the_live_record(kb):
    erase_text(kb, "P01", "Meneer Jansen", user="bert")
    assert get_record(kb, "P01")["results"][0]["story"] == "[verwijderd] kookt weer."
    assert all("Jansen" not in json.dumps(e["snapshot"]) for e in history(kb, "P01"))
    assert get_record(kb, "P01")["results"][0]["consent"] is True


def test_the_log_holds_who_when_and_which_fields_but_never_the_text(kb):
    erase_text(kb, "R01", "06-12345678", user="bert")
    assert "06-12345678" not in _everything(kb)
    [logged] = erasures(kb, "R01")
    assert (logged.ref, logged.fields, logged.erased_by) == ("R01", ["story"], "bert")


@pytest.mark.parametrize("text, message", [("", "minstens 3"), ("ab", "minstens 3"), ("x" * 301, "hooguit"),
                                           ("Pietersen", "niets gewijzigd")])
def test_bad_erasures_change_nothing_and_log_nothing(kb, text, message):
    before = _everything(kb)
    with pytest.raises(ErasureError, match=message):
        erase_text(kb, "R01", text, user="bert")
    assert _everything(kb) == before and erasures(kb, "R01") == []


def test_an_unknown_record_is_a_key_error(kb):
    with pytest.raises(KeyError):
        erase_text(kb, "R99", "Jansen")


# --- in the browser's pages ------------------------------------------------------------------

def test_medewerker_erases_from_the_history_page(client, auth, kb):
    auth.login("medewerker")
    page = client.post("/kennisbank/R01/geschiedenis/wissen", data={"text": "Jansen"}, follow_redirects=True)
    text = page.get_data(as_text=True)
    assert "vervangen door [verwijderd] in Verhaal (1 versie in de geschiedenis)" in text
    assert "Jansen" not in text and "verwijderde persoonsgegevens uit" in text


def test_an_erasure_that_finds_nothing_says_so(client, auth, kb):
    auth.login("medewerker")
    response = client.post("/kennisbank/R01/geschiedenis/wissen", data={"text": "Pietersen"})
    assert response.status_code == 422 and "er is niets gewijzigd" in response.get_data(as_text=True)


def test_lezer_cannot_erase_and_sees_no_story_in_history(client, auth, kb):
    auth.login("lezer")
    assert client.post("/kennisbank/R01/geschiedenis/wissen", data={"text": "Jansen"}).status_code == 403
    assert "Jansen" in history(kb, "R01")[-1]["snapshot"]["story"]
    for ref in ("R01", "P01"):
        page = client.get(f"/kennisbank/{ref}/geschiedenis").get_data(as_text=True)
        assert "Jansen" not in page and "Mevrouw J." not in page
        assert "Verhalen over cliënten staan voor uw rol niet in de geschiedenis" in page
        assert "Persoonsgegevens uit de geschiedenis verwijderen" not in page


def test_medewerker_sees_stories_in_history(client, auth, kb):
    auth.login("medewerker")
    assert "Mevrouw J. gaat weer naar de markt." in client.get("/kennisbank/R01/geschiedenis").get_data(as_text=True)


# --- inline results' consent in a draft ----------------------------------------------------

@pytest.mark.parametrize("consent", [True, False])
def test_an_inline_story_reaches_a_draft_only_with_consent(consent):
    project = normalise({"ref": "P01", "type": "project", "title": "Samen Thuis", "municipality": "Zaanstad",
                         "period": "2023", "summary": "Maatjes voor ouderen.", "results": [
                             {"indicator": "deelnemers die zich minder eenzaam voelen", "value": "72", "unit": "%",
                              "story": "Meneer J. wandelt elke dinsdag met zijn maatje.",
                              "consent": "ja" if consent else "nee"}]})
    goal = Goal("Minder inwoners voelen zich eenzaam.", evidence=["P01"])
    tender = TenderInfo("Sociale basis Zaanstad", "Zaanstad", "Stichting Welzijn", "2025-11-14", None, [], "")
    text = "\n".join(body_texts(open_docx(draft_proposal(DraftRequest(tender, [goal], {"P01": project})).docx)))
    assert ("Meneer J. wandelt elke dinsdag met zijn maatje." in text) is consent
