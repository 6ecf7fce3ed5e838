"""A goal's place: a record whose municipality names only other places ranks lower, methods and the region's records do not."""
import json
from dataclasses import replace

import pytest

from knowledge_base import import_file
from knowledge_base.search import GoalContext, Tuning, match_goals

from .fake_embedder import FakeEmbedder

SUMMARY = "Vrijwilligers nemen de zorg van mantelzorgers een middag over."
RECORDS = [
    {"id": "P1", "type": "project", "title": "Respijt", "summary": SUMMARY, "municipality": "Wolderdijk"},
    {"id": "P2", "type": "project", "title": "Respijt", "summary": SUMMARY, "municipality": "Brakelveen, Wolderdijk"},
    {"id": "R1", "type": "result", "title": "Respijt", "summary": SUMMARY, "project": "P1"},  # Wolderdijk, by its project
    {"id": "R2", "type": "result", "title": "Respijt", "summary": SUMMARY, "municipality": "Hessum-Aa"},
    {"id": "M1", "type": "method", "title": "Respijt", "summary": SUMMARY},
]
GOAL = "Vrijwilligers nemen de zorg van mantelzorgers over"
RANK_ONLY = Tuning(keyword_weight=0, back_link_weight=0, link_drop=None, result_context=0)


@pytest.fixture
def places_db(db):
    import_file(db, json.dumps(RECORDS).encode())
    return db


def _scores(db, place: str, penalty: float) -> dict[str, float]:
    tuning = replace(RANK_ONLY, place_penalty=penalty)
    hits = match_goals(db, [GOAL], FakeEmbedder(), tuning=tuning, contexts=[GoalContext("", place)])[0]
    return {hit.ref: hit.score for hit in hits}


def test_a_record_of_another_municipality_ranks_lower(places_db):
    before, after = _scores(places_db, "Hessum-Aa", 0.0), _scores(places_db, "Hessum-Aa", 1.0)
    assert after["R2"] == pytest.approx(before["R2"])  # names the goal's place
    assert after["M1"] == pytest.approx(before["M1"])  # a method has no place
    for ref in ("P1", "P2", "R1"):  # Wolderdijk and Brakelveen only; R1 through its project
        assert after[ref] == pytest.approx(before[ref] - 1.0)


def test_a_record_of_the_whole_region_keeps_its_score(places_db):
    before, after = _scores(places_db, "Brakelveen", 0.0), _scores(places_db, "Brakelveen", 1.0)
    assert after["P2"] == pytest.approx(before["P2"]) and after["P1"] == pytest.approx(before["P1"] - 1.0)


def test_a_place_no_record_names_changes_nothing(places_db):
    assert _scores(places_db, "Tjaarsveen", 1.0) == _scores(places_db, "Tjaarsveen", 0.0)
