"""The new tender facts through the store, the intake record and `tender goals --json`."""
from __future__ import annotations

import json

from click.testing import CliRunner

from knowledge_base.saved_tenders import get_tender, save_tender
from proposal_builder.cli import cli
from proposal_builder.tender import analyse_tender
from proposal_builder.tender.intake import tender_record

from .test_tender_facts import TABLES, PROSE, _analyse
from .tender_samples import docx_bytes


def test_new_facts_survive_the_store(db):
    saved = save_tender(db, {
        "title": "T", "municipalities": ["A", "B"], "procedure": "openbare procedure", "budget_per_year": False,
        "budget_parts": [{"name": "Perceel 1", "amount": 5.0}], "excluding_appendices": True,
        "requirements": [{"text": "Een VOG.", "kind": "wish", "block": 3}, {"text": "Iets", "kind": "??"}, {"text": " "}],
        "criteria": [{"name": "K1", "weight": "40%", "goals": [3, "1", 0]}], "facts_sources": {"deadline": 4}})
    again = get_tender(db, saved["id"])
    assert again["municipalities"] == ["A", "B"] and again["budget_per_year"] is False
    assert again["excluding_appendices"] is True and again["facts_sources"] == {"deadline": 4}
    assert [(r["kind"], r["block"]) for r in again["requirements"]] == [("wish", 3), ("minimum", None)]
    assert again["criteria"][0]["goals"] == [1, 3] and again["criteria"][0]["kind"] == ""


def test_unknown_facts_stay_none(db):
    again = get_tender(db, save_tender(db, {"title": "T"})["id"])
    assert (again["budget_per_year"], again["excluding_appendices"], again["requirements"]) == (None, None, [])


def test_intake_record_joins_the_municipalities_for_display():
    record = tender_record(_analyse("docx", PROSE))
    assert record["municipality"] == "Kempenhorst, Ellestein en Gansveld"
    assert record["municipalities"] == ["Kempenhorst", "Ellestein", "Gansveld"]
    assert record["procedure"] == "openbare procedure" and record["excluding_appendices"] is True
    assert record["budget_per_year"] is False and len(record["budget_parts"]) == 2
    typed = tender_record(_analyse("docx", PROSE), municipality="Gansveld en Ellestein")
    assert typed["municipalities"] == ["Gansveld", "Ellestein"]


def test_tender_goals_json_adds_the_new_keys_and_keeps_the_old(tmp_path):
    path = tmp_path / "leidraad.docx"
    path.write_bytes(docx_bytes(TABLES))
    result = CliRunner().invoke(cli, ["tender", "goals", str(path), "--json"])
    data = json.loads(result.output)
    assert {"goals", "criteria", "page_limit", "deadline", "route", "budget", "target_groups"} <= set(data)
    assert data["municipalities"] == ["Rivierstad"]
    assert [(r["text"][:14], r["kind"]) for r in data["requirements"]] == [("De inschrijver", "suitability"), ("De inschrijver", "wish")]
    assert data["criteria"][0]["goals"] == [1, 2]
    assert data["goals"][0]["indicator"].startswith("Aandeel") and data["goals"][0]["target"] == "80% in 2029"
