"""How well each goal is covered by the evidence chosen for it, and what its matches make available.

A goal is *well covered* when the chosen evidence shows how we work (a method or project) and
what we achieved (a result with a figure), the two halves of a goal's section in the draft;
*thinly covered* when one of the two is missing; *not covered* when nothing was chosen. Apart
from that, `available` gives the level the chosen evidence and the strong (not weak) matches
together would reach: what taking the recommended evidence could achieve. Search always ranks
every record, so "only weak matches" is what a goal the knowledge base does not cover looks
like; the calibrated weak flag says a match is probably unrelated. No Flask.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from knowledge_base.search import Hit

from .evidence import has_number

LEVELS = {"good": "Goed gedekt", "thin": "Dun gedekt", "none": "Niet gedekt"}
REASONS = {
    "good": "passende aanpak en een resultaat met een cijfer",
    "no_figure": "wel een passende aanpak, maar geen resultaat met een cijfer",
    "no_approach": "wel een resultaat met een cijfer, maar geen passende methodiek of project",
    "none": "nog niets gekozen",
    "empty": "niets gekozen en geen treffers in de kennisbank",
}
# What the knowledge base offers, shown apart from what was chosen.
AVAILABLE = {"good": "genoeg bewijs beschikbaar", "thin": "deels bewijs beschikbaar",
             "none": "alleen zwakke treffers"}
# The columns of the goals × evidence table; "figure" is any result with a number.
COLUMNS = {"method": "Methodiek", "project": "Project", "figure": "Resultaat met cijfer"}
STATES = {"chosen": "gekozen", "strong": "sterke treffer", "weak": "zwakke treffer", "none": "geen"}
_RANK = {"chosen": 3, "strong": 2, "weak": 1, "none": 0}


@dataclass
class Cell:
    """The best evidence of one column for one goal: its state and the record, if any."""

    state: str = "none"
    ref: str = ""
    title: str = ""

    @property
    def label(self) -> str:
        return STATES[self.state]


@dataclass
class GoalCoverage:
    """One goal's coverage by what was chosen, the reason in Dutch, what is available, the best evidence per column."""

    level: str
    reason: str
    cells: dict[str, Cell] = field(default_factory=dict)
    available: str = "none"  # the level chosen evidence and strong matches together would reach

    @property
    def label(self) -> str:
        return LEVELS[self.level]

    @property
    def available_label(self) -> str:
        return AVAILABLE[self.available]


def _columns(record: dict) -> list[str]:
    columns = [record["type"]] if record["type"] in COLUMNS else []
    return columns + (["figure"] if has_number(record) else [])


def _candidates(hits: list[Hit], chosen: list[str], records: dict[str, dict]):
    """(state, record) for every chosen record and every match, chosen first."""
    for ref in chosen:
        if ref in records:
            yield "chosen", records[ref]
    for hit in hits:
        if hit.ref in records and hit.ref not in chosen:
            yield ("weak" if hit.weak else "strong"), records[hit.ref]


def _level(fits: set[str]) -> tuple[str, str]:
    """The level and the reason's key for the columns that hold fitting evidence."""
    if not fits:
        return "none", "none"
    if "figure" not in fits:
        return "thin", "no_figure"
    if not fits & {"method", "project"}:
        return "thin", "no_approach"
    return "good", "good"


def goal_coverage(hits: list[Hit], chosen: list[str], records: dict[str, dict]) -> GoalCoverage:
    """The coverage of one goal by the refs chosen for it, with what its matches make available."""
    cells = {column: Cell() for column in COLUMNS}
    for state, record in _candidates(hits, chosen, records):
        for column in _columns(record):
            if _RANK[state] > _RANK[cells[column].state]:
                cells[column] = Cell(state, record["ref"], record.get("title", ""))
    level, reason = _level({column for column, cell in cells.items() if cell.state == "chosen"})
    available, _ = _level({column for column, cell in cells.items() if cell.state in ("chosen", "strong")})
    if reason == "none" and not hits:
        reason = "empty"
    return GoalCoverage(level, REASONS[reason], cells, available)


def summary(coverages: list[GoalCoverage], by: str = "level") -> dict[str, int]:
    """How many goals are at each level (`by="available"`: what is available), in the order good, thin, none."""
    return {level: sum(getattr(c, by) == level for c in coverages) for level in LEVELS}
