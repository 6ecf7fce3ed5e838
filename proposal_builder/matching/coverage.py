"""How well the knowledge base covers each goal, from its matches and the evidence chosen for it.

Evidence *fits* a goal when the director chose it or it is a strong (not weak) match. A goal is
*well covered* when the fitting evidence shows how we work (a method or project) and what we
achieved (a result with a figure), the two halves of a goal's section in the draft; *thinly
covered* when one of the two is missing; *not covered* when nothing fits: nothing was chosen
and every match is weak. Search always ranks every record, so "only weak matches" is what an
uncovered goal looks like; the calibrated weak flag says a match is probably unrelated. No Flask.
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
    "none": "niets gekozen en alleen zwakke treffers",
    "empty": "niets gekozen en geen treffers in de kennisbank",
}
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
    """One goal's coverage level, the reason in Dutch and the best evidence per column."""

    level: str
    reason: str
    cells: dict[str, Cell] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return LEVELS[self.level]


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


def goal_coverage(hits: list[Hit], chosen: list[str], records: dict[str, dict]) -> GoalCoverage:
    """The coverage of one goal from its matches, the refs chosen for it and the records by ref."""
    cells = {column: Cell() for column in COLUMNS}
    for state, record in _candidates(hits, chosen, records):
        for column in _columns(record):
            if _RANK[state] > _RANK[cells[column].state]:
                cells[column] = Cell(state, record["ref"], record.get("title", ""))
    fits = {column for column, cell in cells.items() if cell.state in ("chosen", "strong")}
    if not fits:
        return GoalCoverage("none", REASONS["none" if hits else "empty"], cells)
    if "figure" not in fits:
        return GoalCoverage("thin", REASONS["no_figure"], cells)
    if not fits & {"method", "project"}:
        return GoalCoverage("thin", REASONS["no_approach"], cells)
    return GoalCoverage("good", REASONS["good"], cells)


def summary(coverages: list[GoalCoverage]) -> dict[str, int]:
    """How many goals are at each level, in the order good, thin, none."""
    return {level: sum(c.level == level for c in coverages) for level in LEVELS}
