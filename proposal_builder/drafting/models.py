"""Plain values going into drafting: the tender, its goals with the chosen evidence, the result."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .blocks import Outline

GOAL_KINDS = {"effect": "beoogd maatschappelijk effect", "output": "beoogde prestatie (output)"}


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
class GoalDraft:
    """One goal of the municipality with the evidence the director chose for it."""

    text: str
    section: str = ""
    kind: str = "effect"  # "effect" or "output"
    indicator: str = ""
    target: str = ""  # the streefwaarde, as written in the tender
    own_text: str = ""  # the director's own paragraph, printed as is
    evidence: list[dict] = field(default_factory=list)  # knowledge-base record dicts


@dataclass
class DraftRequest:
    """Everything needed to write one draft."""

    tender: TenderInfo
    goals: list[GoalDraft]


@dataclass
class Draft:
    """A finished draft: the .docx bytes, the outline it was written from and notices for the director."""

    docx: bytes
    outline: Outline
    notices: list[str]
