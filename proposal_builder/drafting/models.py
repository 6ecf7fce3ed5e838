"""Plain values going into drafting: the tender, its goals with the chosen evidence records, the result."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..dutch import unshouted
from ..tender.extraction.lots import Lot, own_goals
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
    code: str = ""  # the tender's own code when it stands apart from the name ("K1 | Plan van aanpak")

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
                   value.get("page_limit") or None, goals, str(value.get("kind") or ""), str(value.get("code") or "").strip())

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
    lots: list[Lot] = field(default_factory=list)  # the lots or themes (saved shape or Lot), goals 1-based
    area: list[str] = field(default_factory=list)  # the places the tender names as its whole area
    anonymous: bool = False  # assessed without the tenderer's name: the draft names no organisation, project or person
    ambition: str = ""  # the municipality's overarching ambition above the goals; the summary opens with it
    bid_lots: list[str] = field(default_factory=list)  # the lots this draft bids for, when fewer than all are chosen

    def __post_init__(self):
        self.criteria = [CriterionInfo.of(c) for c in self.criteria or [] if c]
        self.lots = own_goals([lot if isinstance(lot, Lot) else Lot.of(lot) for lot in self.lots or [] if lot])
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


def lots_apart(tender: TenderInfo, goal_count: int) -> list[tuple[Lot, list[int]]]:
    """The lots an admission application answers in chapters of their own, each with its goals (0-based): an
    Open House answering two or more lots; a goal the director put under two lots is answered under the first.
    [] otherwise (a subsidy's themes are answered in its activity plan)."""
    if tender.route != "open house":
        return []
    lots, placed = [], set()
    for lot in tender.lots:
        goals = [n - 1 for n in lot.goals if 0 < n <= goal_count and n - 1 not in placed]
        placed.update(goals)
        lots += [(lot, goals)] if goals else []
    return lots if len(lots) >= 2 else []


@dataclass
class DraftRequest:
    """Everything needed to write one draft."""

    tender: TenderInfo
    goals: list[Goal]  # each with the refs of its chosen evidence
    records: dict[str, dict] = field(default_factory=dict)  # the chosen knowledge-base records by ref
    # Refs that match each goal itself (by goal number, 1-based); None: not measured, all chosen count as fitting.
    fits: dict[int, set[str]] | None = None
    library: Library = field(default_factory=Library)  # the answer library's choice (empty: placeholders stay)

    def answered_lots(self) -> list[Lot]:
        """The lots with at least one of the draft's goals: the ones this draft answers."""
        return [lot for lot in self.tender.lots if any(0 < n <= len(self.goals) for n in lot.goals)]

    @property
    def page_limit(self) -> int | None:
        """The limit for the whole draft. A limit the tender sets per lot is each lot's when the draft answers
        several lots in chapters of their own (`lots_apart`), unless the tender's limit is larger: a total beside
        them; when it answers one lot, that lot's limit is the whole's."""
        limit, answered = self.tender.page_limit, self.answered_lots()
        per_lot = [lot.page_limit for lot, _ in lots_apart(self.tender, len(self.goals)) if lot.page_limit]
        if per_lot:
            return limit if limit and limit > max(per_lot) else None
        if len(answered) == 1 and answered[0].page_limit:
            return min(limit or answered[0].page_limit, answered[0].page_limit)
        return limit

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
