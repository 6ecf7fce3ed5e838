"""Plain values going into drafting: the tender, its goals with the chosen evidence records, the result."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..dutch import unshouted
from ..tender.goal import Goal
from .document import Outline

PRICE = re.compile(r"\b(prijs|prijzen|tarief|tarieven|kosten|financi[eë]le aanbieding|inschrijfsom)\b", re.IGNORECASE)
INTERVIEW = re.compile(r"\b(interview|presentatie|gesprek|pitch|mondelinge toelichting)\b", re.IGNORECASE)
WEIGHT_PART = re.compile(r"^(?P<name>.*?)\s*\((?P<weight>[^()]*\d[^()]*)\)\s*$")


@dataclass
class CriterionInfo:
    """An award criterion as the draft uses it: its name, weight, page budget and the goals it covers."""

    name: str
    weight: str = ""
    page_limit: int | None = None
    goals: list[int] = field(default_factory=list)  # 1-based goal numbers the tender assigns to it
    kind: str = ""  # "quality", "price" or "interview"; guessed from the name when not given

    def __post_init__(self):
        if not self.kind:
            self.kind = "price" if PRICE.search(self.name) else "interview" if INTERVIEW.search(self.name) else "quality"

    @classmethod
    def of(cls, value) -> "CriterionInfo":
        """A criterion from the saved shape (a dict) or a line such as "Impact en kwaliteit (60 punten)"."""
        if isinstance(value, CriterionInfo):
            return value
        if isinstance(value, str):
            match = WEIGHT_PART.match(value.strip())
            return cls(match["name"], match["weight"]) if match else cls(value.strip())
        goals = [int(n) for n in value.get("goals") or [] if str(n).isdigit()]
        return cls(str(value.get("name") or "").strip(), str(value.get("weight") or "").strip(),
                   value.get("page_limit") or None, goals, str(value.get("kind") or ""))

    @property
    def line(self) -> str:
        """The criterion as one line, e.g. "Impact en kwaliteit (60 punten)"."""
        return f"{self.name} ({self.weight})" if self.weight else self.name


@dataclass
class TenderInfo:
    """What the draft needs to know about the tender itself."""

    title: str
    municipality: str
    organisation: str
    date: dt.date | str = ""  # a date or ISO string; shown as "12 maart 2025"
    page_limit: int | None = None
    criteria: list[CriterionInfo] = field(default_factory=list)  # award criteria, in the tender's order
    route: str = ""  # "aanbesteding", "subsidie", "open house" or "" when not recognised
    municipalities: list[str] = field(default_factory=list)  # all of them for a joint tender
    requirements: list[dict] = field(default_factory=list)  # {text, kind}: eisen, toelatingseisen, wensen
    budget: str = ""  # as the tender states it, e.g. "€ 450.000 per jaar"
    deadline: str = ""  # ISO date (and time) of submission
    excluding_appendices: bool | None = None  # whether appendices count against the page limit
    page_limit_part: str = ""  # the part the page limit is for ("activiteitenplan"); "" for the whole
    blocks: list[dict] = field(default_factory=list)  # the tender's text blocks (saved shape): its themes and places

    def __post_init__(self):
        self.criteria = [CriterionInfo.of(c) for c in self.criteria or [] if c]
        if not self.municipalities and self.municipality:
            self.municipalities = [self.municipality]
        self.title = unshouted(self.title, self.municipalities)  # a title set in capitals reads as a sentence


@dataclass
class Library:
    """The organisation's answer library as chosen for this tender (`matching.library`): records, best fit first."""

    organisation: dict | None = None  # the organisation profile
    team: list[dict] = field(default_factory=list)  # team members who may be named, fitting the goals
    partners: list[dict] = field(default_factory=list)
    proofs: list[dict] = field(default_factory=list)  # certificates and other proofs
    texts: list[dict] = field(default_factory=list)  # standard texts, best fit to the tender's words first
    asked: list[str] = field(default_factory=list)  # standard-text topics the tender's own words name
    stale: dict[str, str] = field(default_factory=dict)  # ref -> why it is stale, for every record that is

    def records(self) -> list[dict]:
        """Every library record the draft may use (its numbers trace to these)."""
        return ([self.organisation] if self.organisation else []) + self.team + self.partners + self.proofs + self.texts


@dataclass
class DraftRequest:
    """Everything needed to write one draft."""

    tender: TenderInfo
    goals: list[Goal]  # each with the refs of its chosen evidence
    records: dict[str, dict] = field(default_factory=dict)  # the chosen knowledge-base records by ref
    # Refs that match each goal itself (by goal number, 1-based); None: not measured, all chosen count as fitting.
    fits: dict[int, set[str]] | None = None
    library: Library = field(default_factory=Library)  # the answer library's choice (empty: placeholders stay)

    def evidence(self, goal: Goal) -> list[dict]:
        """The records chosen for a goal, in the director's order; refs not in `records` are left out."""
        return [self.records[ref] for ref in goal.evidence if ref in self.records]

    def fitting(self, number: int, goal: Goal) -> tuple[list[dict], list[dict]]:
        """(fitting, off-topic) records chosen for goal `number` (1-based)."""
        chosen = self.evidence(goal)
        if self.fits is None:
            return chosen, []
        fit = self.fits.get(number, set())
        return [r for r in chosen if r.get("ref") in fit], [r for r in chosen if r.get("ref") not in fit]


@dataclass
class Draft:
    """A finished draft: the .docx bytes, the outline it was written from and notices for the director."""

    docx: bytes
    outline: Outline
    notices: list[str]
    pages: object | None = None  # a fitting.PageCount when the tender sets page limits
