"""Matching (no Flask): per goal the ranked evidence with its reasons, the picks, and the coverage."""
from .coverage import COLUMNS, LEVELS, GoalCoverage, goal_coverage, summary
from .evidence import PICK_MARGIN, TOP_HITS, fetch_records, has_number, match_tender_goals, pick_evidence

__all__ = [
    "COLUMNS", "LEVELS", "PICK_MARGIN", "TOP_HITS", "GoalCoverage", "fetch_records", "goal_coverage",
    "has_number", "match_tender_goals", "pick_evidence", "summary",
]
