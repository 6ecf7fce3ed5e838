"""A goal's kind: a result measuring the other kind (a count for an effect goal, a share for an output goal) ranks lower."""
import json
from dataclasses import replace

import pytest

from knowledge_base import import_file
from knowledge_base.search import GoalContext, Tuning, match_goals

from .fake_embedder import FakeEmbedder

SUMMARY = "Mantelzorgers voeren een balansgesprek met een consulent."
VALUES = {"R1": "312", "R2": "68%", "R3": "8 op 10", "R4": "van 6,9 naar 5,1", "R5": "3 van de 4", "R6": "71 procent"}
RECORDS = [{"id": ref, "type": "result", "title": "Balansgesprekken", "summary": SUMMARY, "value": value,
            "indicator": "mantelzorgers"} for ref, value in VALUES.items()]
RECORDS.append({"id": "M1", "type": "method", "title": "Balansgesprekken", "summary": SUMMARY})
RANK_ONLY = Tuning(keyword_weight=0, back_link_weight=0, link_drop=None, result_context=0, method_link_drop=None)


def _scores(db, kind: str, penalty: float) -> dict[str, float]:
    import_file(db, json.dumps(RECORDS).encode())
    tuning = replace(RANK_ONLY, kind_penalty=penalty)
    hits = match_goals(db, ["Mantelzorgers voeren een balansgesprek"], FakeEmbedder(), tuning=tuning,
                       contexts=[GoalContext(kind=kind)])[0]
    return {hit.ref: hit.score for hit in hits}


@pytest.mark.parametrize("kind, lowered", [("effect", {"R1"}), ("output", {"R2", "R3", "R4", "R5", "R6"}), ("", set())])
def test_a_result_of_the_other_kind_ranks_lower(db, kind, lowered):
    before, after = _scores(db, kind, 0.0), _scores(db, kind, 0.5)
    assert {ref for ref in before if after[ref] == pytest.approx(before[ref] - 0.5)} == lowered
    assert {ref for ref in before if after[ref] == pytest.approx(before[ref])} == set(before) - lowered
