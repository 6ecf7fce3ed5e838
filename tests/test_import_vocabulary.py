"""Values in people's own wording are mapped to the stored vocabulary; unknown ones are kept as written."""
import json

import pytest

from knowledge_base import get_record, import_file, list_records
from knowledge_base import vocabulary
from knowledge_base.record_notices import record_notices
from knowledge_base.records import EVIDENCE_LEVELS, RECORD_TYPES

LEVELS = [
    ("goed beschreven", "goed beschreven"),
    ("Goed Beschreven", "goed beschreven"),
    ("goed onderbouwd", "goed onderbouwd"),
    ("Erkend als goed onderbouwd", "goed onderbouwd"),
    ("Goed onderbouwd (erkend)", "goed onderbouwd"),
    ("Theoretisch goed onderbouwd", "goed onderbouwd"),
    ("GOED ONDERBOUWD", "goed onderbouwd"),
    ("Effectief", "effectief"),
    ("effectief – eerste aanwijzingen voor effectiviteit", "effectief - eerste aanwijzingen"),
    ("Effectief — goede aanwijzingen voor effectiviteit", "effectief - goede aanwijzingen"),
    ("effectief - sterke aanwijzingen voor effectiviteit", "effectief - sterke aanwijzingen"),
    ("Effectief: goede aanwijzingen", "effectief - goede aanwijzingen"),
    ("Eerste aanwijzingen voor effectiviteit", "effectief - eerste aanwijzingen"),
    ("Effectief volgens sterke aanwijzingen", "effectief - sterke aanwijzingen"),
    ("effectief - eerste aanwijzingen", "effectief - eerste aanwijzingen"),
    ("Niveau 3", "effectief - goede aanwijzingen"),
    ("Bewezen effectief", "effectief"),
    ("niet erkend", ""),
    ("In beoordeling", ""),
    ("", ""),
    (None, ""),
]


@pytest.mark.parametrize("written, stored", LEVELS)
def test_recognition_levels_as_people_write_them(written, stored):
    mapped = vocabulary.evidence_level(written)
    assert mapped.known and mapped.value == stored
    assert mapped.value in EVIDENCE_LEVELS


@pytest.mark.parametrize("written", ["super", "erkend door de gemeente", "5 sterren"])
def test_an_unknown_level_is_not_guessed(written):
    assert not vocabulary.evidence_level(written).known


def test_every_rule_maps_its_own_example():
    for rules, mapper in ((vocabulary.EVIDENCE_RULES, vocabulary.evidence_level),
                          (vocabulary.FLAG_RULES, vocabulary.flag)):
        for rule in rules:
            if rule.example:
                assert mapper(rule.example).rule == rule.name, rule


@pytest.mark.parametrize("written, stored", [
    ("project", "project"), ("Projecten", "project"), ("methodiek", "method"), ("Methode", "method"),
    ("interventie", "method"), ("RESULTAAT", "result"), ("resultaten", "result"), ("Methodiek ", "method"),
])
def test_record_types_in_dutch_and_english(written, stored):
    assert vocabulary.record_type(written, RECORD_TYPES).value == stored


@pytest.mark.parametrize("written, stored", [
    ("ja", True), ("Ja", True), ("JA", True), ("yes", True), (1, True), (True, True), ("x", True),
    ("nee", False), ("Nee", False), ("", False), (None, False), (0, False), (False, False),
])
def test_yes_and_no(written, stored):
    mapped = vocabulary.flag(written)
    assert mapped.known and mapped.value is stored


@pytest.mark.parametrize("written, stored", [
    ("2021-05-01", "2021-05-01"), ("1-5-2021", "2021-05-01"), ("01/05/2021", "2021-05-01"),
    ("1 mei 2021", "2021-05-01"), ("14 sept. 2022", "2022-09-14"),
])
def test_recognition_dates(written, stored):
    assert vocabulary.recognition_date(written).value == stored


MOVISIE_FILE = [
    {"id": "M1", "type": "Methodiek", "title": "Maatjes", "evidence_level": "Effectief: goede aanwijzingen",
     "databank": "Movisie", "recognised_on": "1 mei 2021"},
    {"id": "M2", "type": "methodiek", "title": "Buurtcirkel", "evidence_level": "Erkend als goed onderbouwd"},
    {"id": "M3", "type": "method", "title": "Huiskamer", "evidence_level": "vijf sterren"},
    {"id": "P1", "type": "Project", "title": "Samen", "methods": ["M1", "M2", "M3", "M9"],
     "results": [{"indicator": "deelnemers", "value": "40", "story": "Meneer A.", "consent": "Ja"}]},
    {"id": "R1", "type": "Resultaat", "title": "Minder eenzaam", "project": "P1", "consent": "ja",
     "pseudonymised": "misschien"},
    {"id": "R2", "type": "resultaat", "title": "Los resultaat", "project": "P7"},
]


def test_a_file_in_movisies_wording_imports_whole(db):
    report = import_file(db, json.dumps(MOVISIE_FILE))
    assert report.count("added") == 6 and report.count("rejected") == 0
    assert get_record(db, "M1")["evidence_level"] == "effectief - goede aanwijzingen"
    assert get_record(db, "M1")["recognised_on"] == "2021-05-01"
    assert get_record(db, "M2")["evidence_level"] == "goed onderbouwd"
    assert get_record(db, "P1")["results"][0]["consent"] is True
    assert get_record(db, "R1")["consent"] is True and get_record(db, "R1")["pseudonymised"] is False
    warnings = {line.ref: line.warnings for line in report.lines}
    assert warnings["M1"] == [] and warnings["M2"] == []
    assert warnings["P1"] == ["Gekoppelde methodiek M9 bestaat niet."]
    assert warnings["R2"] == ["Gekoppeld project P7 bestaat niet."]
    assert "misschien" in warnings["R1"][0]


def test_an_unknown_level_is_kept_as_written_and_shown_on_the_record(db):
    report = import_file(db, json.dumps(MOVISIE_FILE))
    m3 = get_record(db, "M3")
    assert m3["evidence_level"] == "" and m3["extra"]["evidence_level_as_written"] == "vijf sterren"
    assert "‘vijf sterren’ is niet herkend" in next(l for l in report.lines if l.ref == "M3").warnings[0]
    assert any("vijf sterren" in notice for notice in record_notices(db, m3))


@pytest.mark.parametrize("item, reason", [
    ({"type": "method", "title": "Zonder id"}, "referentie"),
    ({"id": "M5", "title": "Zonder type"}, "type"),
    ({"id": "M5", "type": "boek", "title": "Onbekend type"}, "type"),
    ({"id": "M5", "type": "method"}, "titel"),
    ({"id": "M5", "type": "method", "title": "x", "themes": 5}, "themes"),
])
def test_only_what_cannot_be_stored_is_refused(db, item, reason):
    report = import_file(db, json.dumps([item, {"id": "M6", "type": "methodiek", "title": "Goed"}]))
    refused = [line for line in report.lines if line.outcome == "rejected"]
    assert len(refused) == 1 and reason in refused[0].reason.lower()
    assert [r["ref"] for r in list_records(db)] == ["M6"]


def test_inline_results_written_as_lines_import_as_results(db):
    item = {"id": "P2", "type": "project", "title": "Taal aan Tafel",
            "results": ["deelnemers | 45 | personen | ", "doorverwezen | 12 | personen | Mevrouw B. | toestemming"]}
    report = import_file(db, json.dumps([item, {**item, "id": "P3", "results": "deelnemers | 30 | personen"}]))
    assert report.count("added") == 2
    results = get_record(db, "P2")["results"]
    assert [(r["indicator"], r["value"], r["unit"]) for r in results] == [
        ("deelnemers", "45", "personen"), ("doorverwezen", "12", "personen")]
    assert results[1]["story"] == "Mevrouw B." and results[1]["consent"] is True and results[0]["consent"] is False
    assert get_record(db, "P3")["results"][0]["value"] == "30"
