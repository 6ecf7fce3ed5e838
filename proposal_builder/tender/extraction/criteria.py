"""Award criteria with their weights, page or word limits and goals: the entry point and the criterion type."""

from ..reading.blocks import Block
from .criterion_merge import find_criteria
from .criterion_reading import CRITERIA_HEADING, FOOTNOTE_MARK, PERCENT_RE, POINTS_RE, Criterion, bare_name, weighted

__all__ = ["CRITERIA_HEADING", "FOOTNOTE_MARK", "PERCENT_RE", "POINTS_RE", "Criterion", "bare_name", "extract_criteria",
           "weighted"]


def extract_criteria(blocks: list[Block]) -> list[Criterion]:
    """The tender's award criteria from every way of writing them, each once (criterion_merge.py)."""
    return find_criteria(blocks)
