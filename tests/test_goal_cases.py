"""Goal extraction cases from tests/cases/goal_cases.json: a pasted tender text gives exactly these goals."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from proposal_builder.tender import analyse_text, read_pasted
from proposal_builder.tender.extraction.goals import capitalised, explain, tidy

CASES = json.loads((Path(__file__).parent / "cases" / "goal_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_goal_case(case):
    goals = analyse_text(case["text"]).goals
    assert [goal.text for goal in goals] == case["goals"]
    if "kinds" in case:
        assert [goal.kind for goal in goals] == case["kinds"]
    assert not set(case.get("not", [])) & {goal.text for goal in goals}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_a_case_names_a_goal_or_a_candidate_that_is_none(case):
    candidates = {capitalised(tidy(decision.candidate.text)) for decision in explain(read_pasted(case["text"]))}
    assert case["goals"] or case.get("not")
    assert set(case.get("not", [])) <= candidates


def test_case_names_are_unique():
    assert len({case["name"] for case in CASES}) == len(CASES)
