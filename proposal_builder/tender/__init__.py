"""Tender intake: read a tender (.docx, .pdf, text) into blocks, then extract its goals and facts; no Flask."""

from . import goal_edits
from .extraction import TenderAnalysis, analyse_blocks
from .extraction.criteria import Criterion
from .extraction.deadline import Deadline
from .extraction.facts import Budget
from .goal import EFFECT, KIND_DESCRIPTIONS, KIND_LABELS, OUTPUT, Goal
from .reading import DEFAULT_MAX_BYTES, read_pasted, read_tender
from .reading.blocks import Block
from .reading.errors import TenderReadError

__all__ = [
    "Block", "Budget", "Criterion", "Deadline", "EFFECT", "Goal", "KIND_DESCRIPTIONS", "KIND_LABELS", "OUTPUT",
    "TenderAnalysis", "TenderReadError", "DEFAULT_MAX_BYTES", "analyse_blocks", "analyse_tender", "analyse_text",
    "goal_edits", "read_pasted", "read_tender",
]


def analyse_tender(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> TenderAnalysis:
    """Read an uploaded tender and extract its goals; raise TenderReadError when unreadable."""
    return analyse_blocks(read_tender(data, filename, max_bytes))


def analyse_text(text: str) -> TenderAnalysis:
    """Extract goals from pasted tender text; raise TenderReadError when it is empty."""
    return analyse_blocks(read_pasted(text))
