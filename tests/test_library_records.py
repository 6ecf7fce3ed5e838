"""The answer library curated like the other records: forms in the real app, history, bin, import/export."""
import json

import pytest

from knowledge_base import export_json, get_record, history, import_file, list_records, save_record
from knowledge_base.index import index_status

FORMS = {
    "organisation": {"ref": "ORG01", "title": "Stichting Welzijn De Brug", "summary": "Welzijn in de wijk.",
                     "mission": "Iedereen doet mee.", "size": "85 medewerkers en 340 vrijwilligers",
                     "working_area": "Zaanstad en Wormerland", "proposition": "Wij zitten in elke wijk."},
    "team_member": {"ref": "TM01", "title": "Sanne de Vries", "role": "opbouwwerker", "hours": "32",
                    "expertise": "bewonersinitiatieven, eenzaamheid", "registration": "Registerplein 123",
                    "consent": "y"},
    "partner": {"ref": "PA01", "title": "GGD Zaanstreek", "partner_role": "doorverwijzing", "since": "2018"},
    "proof": {"ref": "BW01", "title": "HKZ-certificaat", "proof_kind": "HKZ", "number": "HKZ-4411",
              "valid_until": "2027-06-30"},
    "standard_text": {"ref": "ST01", "title": "Meldcode", "topic": "meldcode",
                      "summary": "Wij werken met de meldcode huiselijk geweld en kindermishandeling.",
                      "short": "Wij werken met de meldcode.",
                      "variants": "open house | kort | Wij volgen de meldcode en het afwegingskader."},
}
OWN = {"organisation": ("mission", "Iedereen doet mee."), "team_member": ("role", "opbouwwerker"),
       "partner": ("since", "2018"), "proof": ("proof_kind", "HKZ"), "standard_text": ("topic", "meldcode")}


@pytest.fixture
def curator(auth):
    auth.login("medewerker")
    return auth.client


@pytest.mark.parametrize("kind", list(FORMS))
def test_each_library_type_is_added_shown_edited_and_kept_in_history(curator, app, kind):
    form = {**FORMS[kind], "owner": "kwaliteit", "review_on": "2030-01-01"}
    page = curator.get(f"/kennisbank/nieuw/{kind}").get_data(as_text=True)
    assert "Eigenaar" in page and "Herzien op" in page
    response = curator.post(f"/kennisbank/nieuw/{kind}", data=form)
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        from proposal_builder.web.request_db import get_db
        record = get_record(get_db(), form["ref"])
    name, value = OWN[kind]
    assert record["type"] == kind and record["extra"][name] == value
    assert record["owner"] == "kwaliteit" and record["review_on"] == "2030-01-01"
    page = curator.get(f"/kennisbank/{form['ref']}").get_data(as_text=True)
    assert value in page and "(uit import)" not in page
    edited = curator.post(f"/kennisbank/{form['ref']}/bewerken", data={**form, name: "", "version": "1"})
    assert edited.status_code == 302
    changes = curator.get(f"/kennisbank/{form['ref']}/geschiedenis").get_data(as_text=True)
    assert "versie" in changes.lower() and value in changes  # the old value is in version 1's contents


def test_team_member_and_standard_text_keep_consent_and_variants(curator, db):
    curator.post("/kennisbank/nieuw/team_member", data=FORMS["team_member"])
    curator.post("/kennisbank/nieuw/standard_text", data=FORMS["standard_text"])
    assert get_record(db, "TM01")["consent"] is True
    variants = get_record(db, "ST01")["extra"]["variants"]
    assert variants == [{"route": "open house", "length": "kort",
                         "text": "Wij volgen de meldcode en het afwegingskader."}]


@pytest.mark.parametrize("kind, field, value, message", [
    ("proof", "valid_until", "31-12-2027", "JJJJ-MM-DD"),
    ("team_member", "hours", "veel", "aantal uren"),
    ("partner", "since", "lang geleden", "jaartal"),
    ("standard_text", "variants", "overal | middel | tekst", "onbekende route of lengte"),
    ("organisation", "review_on", "morgen", "JJJJ-MM-DD"),
])
def test_bad_library_input_is_refused_in_dutch_at_its_field(curator, db, kind, field, value, message):
    response = curator.post(f"/kennisbank/nieuw/{kind}", data={**FORMS[kind], field: value})
    assert response.status_code == 200 and message in response.get_data(as_text=True)
    assert get_record(db, FORMS[kind]["ref"]) is None


def test_library_records_go_to_the_bin_and_back(curator, db):
    curator.post("/kennisbank/nieuw/proof", data=FORMS["proof"])
    curator.post("/kennisbank/BW01/verwijderen")
    assert get_record(db, "BW01") is None and "BW01" in curator.get("/kennisbank/prullenbak").get_data(as_text=True)
    curator.post("/kennisbank/BW01/terugzetten")
    assert get_record(db, "BW01")["extra"]["number"] == "HKZ-4411"
    assert [e["action"] for e in history(db, "BW01")] == ["restored", "deleted", "added"]


def test_list_filters_by_library_type_and_names_what_each_is(curator, db):
    for kind in FORMS:
        curator.post(f"/kennisbank/nieuw/{kind}", data=FORMS[kind])
    page = curator.get("/kennisbank/?type=proof").get_data(as_text=True)
    assert ">BW01</a>" in page and ">TM01</a>" not in page and "HKZ" in page
    assert "5 uit de antwoordbibliotheek" in curator.get("/kennisbank/").get_data(as_text=True)


def test_library_round_trips_through_export_and_import(db, tmp_path):
    from knowledge_base import open_db
    records = [
        {"id": "TM01", "type": "team_member", "title": "Sanne", "role": "opbouwwerker", "hours": "32",
         "consent": True, "owner": "hr", "review_on": "2027-01-01", "eigen_veld": "blijft"},
        {"id": "ST01", "type": "standard_text", "title": "Privacy", "topic": "privacy", "summary": "AVG.",
         "variants": [{"route": "subsidie", "length": "kort", "text": "Wij volgen de AVG."}]},
        {"id": "BW01", "type": "proof", "title": "KvK", "proof_kind": "KvK", "number": "41234567"},
        {"id": "PA01", "type": "partner", "title": "Bibliotheek", "partner_role": "locatie", "since": "2019"},
        {"id": "ORG01", "type": "organisation", "title": "De Brug", "mission": "Meedoen."},
    ]
    report = import_file(db, json.dumps(records))
    assert report.count("added") == 5, report.lines
    exported = export_json(db)
    other = open_db(tmp_path / "other.sqlite")
    assert import_file(other, exported).count("added") == 5
    assert export_json(other) == exported
    assert import_file(other, exported).count("unchanged") == 5
    back = {r["id"]: r for r in json.loads(exported)}
    assert back["TM01"]["eigen_veld"] == "blijft" and back["TM01"]["review_on"] == "2027-01-01"
    assert back["ST01"]["variants"][0]["text"] == "Wij volgen de AVG."


def test_library_stays_out_of_the_search_index(db):
    save_record(db, {"ref": "ST01", "type": "standard_text", "title": "Privacy", "summary": "AVG."})
    save_record(db, {"ref": "M01", "type": "method", "title": "Maatjes"})
    status = index_status(db, "any-model")
    assert status.records == 1 and status.pending == 1
    assert {r["type"] for r in list_records(db)} == {"standard_text", "method"}


def test_evidence_records_keep_their_hash_without_owner_or_review_date(db):
    from knowledge_base.records import content_hash, normalise
    plain = normalise({"ref": "M01", "type": "method", "title": "Maatjes"})
    assert content_hash(plain) == content_hash({**plain, "owner": "", "review_on": ""})
    assert content_hash(plain) != content_hash({**plain, "owner": "anna"})
