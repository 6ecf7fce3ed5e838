"""Tender intake: read a tender (.docx, .pdf, text) and extract its goals and facts; no Flask."""

from .blocks import Block
from .criteria import Criterion
from .deadline import Deadline
from .errors import TenderReadError
from .extraction import TenderAnalysis, analyse_blocks
from .facts import Budget
from .goals import Goal
from .reading import DEFAULT_MAX_BYTES, read_pasted, read_tender

__all__ = [
    "Block", "Budget", "Criterion", "Deadline", "Goal", "TenderAnalysis", "TenderReadError",
    "DEFAULT_MAX_BYTES", "analyse_blocks", "analyse_tender", "analyse_text", "read_pasted", "read_tender",
]


def analyse_tender(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> TenderAnalysis:
    """Read an uploaded tender and extract its goals; raise TenderReadError when unreadable."""
    return analyse_blocks(read_tender(data, filename, max_bytes))


def analyse_text(text: str) -> TenderAnalysis:
    """Extract goals from pasted tender text; raise TenderReadError when it is empty."""
    return analyse_blocks(read_pasted(text))
