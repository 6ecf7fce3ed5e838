"""Coverage per goal: well, thinly or not covered by the chosen evidence, with what is available apart."""
from knowledge_base.records import normalise
from knowledge_base.search import Hit
from proposal_builder.matching.coverage import goal_coverage, summary

from .drafting_samples import METHOD, PROJECT, RESULT_CONSENT

BARE_PROJECT = normalise({"ref": "P02", "type": "project", "title": "Buurtkamer"})
RECORDS = {r["ref"]: r for r in (METHOD, PROJECT, RESULT_CONSENT, BARE_PROJECT)}


def hit(ref: str, weak: bool = False) -> Hit:
    return Hit(ref, RECORDS[ref]["type"], RECORDS[ref]["title"], 1.0, "waarom", weak)


def test_strong_matches_make_good_coverage_available_but_count_only_once_chosen():
    coverage = goal_coverage([hit("M01"), hit("R01")], [], RECORDS)
    assert (coverage.level, coverage.label, coverage.reason) == ("none", "Niet gedekt", "nog niets gekozen")
    assert coverage.available == "good" and coverage.available_label == "genoeg bewijs beschikbaar"
    assert coverage.cells["method"].state == "strong" and coverage.cells["figure"].ref == "R01"
    chosen = goal_coverage([hit("M01"), hit("R01")], ["M01", "R01"], RECORDS)
    assert (chosen.level, chosen.label, chosen.available) == ("good", "Goed gedekt", "good")


def test_chosen_approach_without_a_figure_is_thin():
    coverage = goal_coverage([hit("M01"), hit("P02"), hit("R01", weak=True)], ["M01"], RECORDS)
    assert (coverage.level, coverage.label) == ("thin", "Dun gedekt")
    assert "cijfer" in coverage.reason and coverage.cells["figure"].state == "weak"
    assert coverage.available == "thin"


def test_a_chosen_figure_without_method_or_project_is_thin():
    coverage = goal_coverage([hit("R01"), hit("M01", weak=True)], ["R01"], RECORDS)
    assert coverage.level == "thin" and "methodiek" in coverage.reason


def test_only_weak_matches_and_nothing_chosen_is_not_covered_nor_available():
    coverage = goal_coverage([hit("M01", weak=True), hit("R01", weak=True)], [], RECORDS)
    assert (coverage.level, coverage.available) == ("none", "none")
    assert coverage.available_label == "alleen zwakke treffers"
    assert goal_coverage([], [], RECORDS).reason.endswith("geen treffers in de kennisbank")


def test_chosen_evidence_counts_even_when_its_match_was_weak():
    coverage = goal_coverage([hit("P01", weak=True)], ["P01"], RECORDS)
    assert coverage.level == "good"  # the project carries an inline result with a number
    assert coverage.cells["project"].state == "chosen" and coverage.cells["figure"].state == "chosen"


def test_summary_counts_goals_per_level_chosen_or_available():
    levels = [goal_coverage(h, c, RECORDS) for h, c in (([hit("M01"), hit("R01")], ["M01", "R01"]),
                                                        ([hit("M01"), hit("R01")], []), ([], []))]
    assert summary(levels) == {"good": 1, "thin": 0, "none": 2}
    assert summary(levels, by="available") == {"good": 2, "thin": 0, "none": 1}
