"""The places a draft leaves to fill, each with the chapter it stands in and where the director fixes it: once in
the organisation profile or the answer library (for every proposal after), at a goal in the workbench, or in the
document itself."""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge_base.library_types import field_labels

from .document import PLACEHOLDER_TEXT, Heading, Outline, Paragraph, Run, Table
from .goal_section import goal_heading

# Where a kind of place is fixed, in Dutch; `{0}` is what the place's fix names (a profile field, a proof kind, ...).
WHERE = {"profile": "in het organisatieprofiel: {0}", "proof": "bij certificaten en bewijzen: voeg ‘{0}’ toe",
         "text": "in de antwoordbibliotheek: een standaardtekst over {0}",
         "goal": "in de werkbank bij doel {0}: kies bewijs of schrijf een eigen alinea", "": "in het document zelf"}


@dataclass(frozen=True)
class Place:
    """One place left to fill: the chapter (and row) it stands in, what belongs there and where it is fixed."""

    chapter: str
    what: str
    fix: str = ""  # "profile:cao", "proof:HKZ", "text:kwaliteit", "goal:3"; "" is the document itself

    @property
    def kind(self) -> str:
        return self.fix.partition(":")[0]

    @property
    def target(self) -> str:
        return self.fix.partition(":")[2]

    @property
    def where(self) -> str:
        """Where the director fixes it, in Dutch."""
        target = field_labels().get(self.target, self.target).lower() if self.kind == "profile" else self.target
        return WHERE.get(self.kind, WHERE[""]).format(target)


def places_left(outline: Outline, goals: list) -> list[Place]:
    """Every placeholder in the draft's paragraphs and table cells, in reading order; one in a goal's section is
    fixed at that goal in the workbench unless it names its own place."""
    numbers = {goal_heading(goal): n for n, goal in enumerate(goals, start=1)}
    chapter, goal, found = "", None, []
    for block in outline.blocks:
        if isinstance(block, Heading):
            chapter = block.text if block.level == 1 else chapter
            goal = numbers.get(block.text) if block.level == 2 else None if block.level == 1 else goal
        elif isinstance(block, Paragraph):
            found += [_place(chapter, "", run, goal) for run in block.runs if run.mark == "placeholder"]
        elif isinstance(block, Table):
            found += [_place(chapter, _row_name(row), run, goal) for row in block.rows for cell in row
                      for line in cell for run in line if run.mark == "placeholder"]
    return found


def _row_name(row: list) -> str:
    """The first cell's text, shortened: the requirement or budget line a cell belongs to."""
    text = " ".join("".join(run.text for run in line) for line in row[0]).strip()
    return text if len(text) <= 80 else text[:77].rsplit(" ", 1)[0] + " …"


def _place(chapter: str, row: str, run: Run, goal: int | None) -> Place:
    what = re.sub(rf"^{re.escape(PLACEHOLDER_TEXT)}:\s*|^\[|\]$", "", run.text.strip()).rstrip("]")
    fix = run.fix or (f"goal:{goal}" if goal else "")
    return Place(chapter, f"{row}: {what}" if row else what, fix)
