"""Plain values going into drafting: the tender, its goals with the chosen evidence records, the result."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..tender.goal import Goal
from .document import Outline

@dataclass
class TenderInfo:
    """What the draft needs to know about the tender itself."""

    title: str
    municipality: str
    organisation: str
    date: dt.date | str = ""  # a date or ISO string; shown as "12 maart 2025"
    page_limit: int | None = None
    criteria: list[str] = field(default_factory=list)  # award criteria, as written in the tender


@dataclass
class DraftRequest:
    """Everything needed to write one draft."""

    tender: TenderInfo
    goals: list[Goal]  # each with the refs of its chosen evidence
    records: dict[str, dict] = field(default_factory=dict)  # the chosen knowledge-base records by ref

    def evidence(self, goal: Goal) -> list[dict]:
        """The records chosen for a goal, in the director's order; refs not in `records` are left out."""
        return [self.records[ref] for ref in goal.evidence if ref in self.records]


@dataclass
class Draft:
    """A finished draft: the .docx bytes, the outline it was written from and notices for the director."""

    docx: bytes
    outline: Outline
    notices: list[str]
