"""Unattended picks prefer a method, project and result that belong together (issue 11)."""
import pytest

from knowledge_base.search import Hit
from proposal_builder.matching import slot_fit
from proposal_builder.matching.evidence import LINK_MARGIN, PICK_MARGIN, linked_refs, pick_evidence
from proposal_builder.tender import Goal

GOAL = Goal("Jongeren in de wijk veroorzaken minder overlast op straat.")
RECORDS = {
    "P1": {"ref": "P1", "type": "project", "title": "Straathoekwerk Havenkwartier", "methods": ["M1"],
           "summary": "Jongerenwerkers op straat in het Havenkwartier.", "target_group": "jongeren"},
    "M1": {"ref": "M1", "type": "method", "title": "Straathoekwerk", "summary": "Outreachend werken met jongeren.",
           "target_group": "jongeren"},
    "M2": {"ref": "M2", "type": "method", "title": "Buurtsport", "summary": "Sport op pleinen met jongeren.",
           "target_group": "jongeren"},
    "R1": {"ref": "R1", "type": "result", "title": "Minder meldingen", "project": "P1", "value": "-31",
           "unit": "%", "summary": "Meldingen jeugdoverlast.", "target_group": "jongeren"},
}


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    """These are the hand rules, which decide when the slot-fit model is switched off (test_slot_fit.py: the model)."""
    monkeypatch.setattr(slot_fit, "ENABLED", False)


def hit(ref, score, strength="strong"):
    return Hit(ref, RECORDS[ref]["type"], RECORDS[ref]["title"], score, "", False, strength=strength, pick_strong=strength == "strong")


def test_linked_refs_follow_a_projects_methods_and_results_a_methods_projects_and_a_results_project():
    assert linked_refs("P1", RECORDS) == {"P1", "M1", "R1"}
    assert linked_refs("M1", RECORDS) == {"M1", "P1", "R1"}
    assert linked_refs("R1", RECORDS) == {"R1", "P1", "M1"}
    assert linked_refs("M2", RECORDS) == {"M2"}


def test_the_best_projects_own_method_fills_the_slot_the_pick_margin_left_empty():
    below = 5.0 - PICK_MARGIN - LINK_MARGIN / 2  # under the pick margin, within the link margin
    hits = [hit("P1", 5.0), hit("R1", 4.6), hit("M1", below), hit("M2", below)]
    assert pick_evidence(hits, RECORDS, GOAL) == ["M1", "P1", "R1"]


def test_an_unlinked_method_as_far_below_stays_out():
    below = 5.0 - PICK_MARGIN - LINK_MARGIN / 2
    hits = [hit("P1", 5.0), hit("R1", 4.6), hit("M2", below)]
    assert pick_evidence(hits, RECORDS, GOAL) == ["P1", "R1"]


def test_a_linked_record_beyond_the_link_margin_or_weak_stays_out():
    too_far = 5.0 - PICK_MARGIN - LINK_MARGIN - 0.1
    assert pick_evidence([hit("P1", 5.0), hit("M1", too_far)], RECORDS, GOAL) == ["P1"]
    near = 5.0 - PICK_MARGIN - 0.1
    assert pick_evidence([hit("P1", 5.0), hit("M1", near, "weak")], RECORDS, GOAL) == ["P1"]


def test_without_a_strong_anchor_nothing_is_added_by_its_links():
    near = 5.0 - PICK_MARGIN - 0.1
    assert pick_evidence([hit("P1", 5.0, "fair"), hit("M1", near)], RECORDS, GOAL) == ["P1"]


def test_a_strong_result_brings_its_project_and_that_projects_method_when_they_fit_the_goal():
    below = 5.0 - PICK_MARGIN - LINK_MARGIN / 2  # the result alone is within the pick margin
    hits = [hit("R1", 5.0), hit("M1", below, "fair"), hit("M2", below), hit("P1", below, "fair")]
    assert pick_evidence(hits, RECORDS, GOAL) == ["M1", "P1", "R1"]
    for_elderly = {**RECORDS, "M1": {**RECORDS["M1"], "target_group": "ouderen"}}  # linked, but not for this goal
    assert pick_evidence(hits, for_elderly, GOAL) == ["P1", "R1"]


def test_a_result_that_is_no_strong_match_brings_nothing_by_its_links():
    below = 5.0 - PICK_MARGIN - LINK_MARGIN / 2
    assert pick_evidence([hit("R1", 5.0, "fair"), hit("P1", below, "fair")], RECORDS, GOAL) == ["R1"]


def test_the_picking_reads_its_own_strong_mark_not_the_pages_label():
    # the label "sterk" weighs how much of the goal a record's words hold; the draft's picking keeps its own
    # calibrated mark (calibration.PICK_STRONG_SCORES), which the drafts were measured with
    near = 5.0 - PICK_MARGIN - LINK_MARGIN / 2
    labelled_fair = Hit("P1", "project", RECORDS["P1"]["title"], 5.0, "", False, strength="fair", pick_strong=True)
    assert pick_evidence([labelled_fair, hit("M1", near)], RECORDS, GOAL) == ["M1", "P1"]
    labelled_strong = Hit("P1", "project", RECORDS["P1"]["title"], 5.0, "", False, strength="strong", pick_strong=False)
    assert pick_evidence([labelled_strong, hit("M1", near)], RECORDS, GOAL) == ["P1"]
