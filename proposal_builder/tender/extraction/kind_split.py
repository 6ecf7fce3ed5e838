"""A tender's own split of its goals into effects and results, read from its headings.

A tender that heads one section "Beoogde maatschappelijke effecten" and another "Resultaten" (or "Prestaties") says
itself which of its goals are effects and which are outputs; the goals under each heading take that kind, whatever
their wording suggests. A tender with only one of the two headings says nothing about kinds, and its goals keep
the kind their wording gives.
"""

import re

from ..goal import EFFECT, OUTPUT
from ..reading.blocks import HEADING, Block
from .sections import ADMIN, GOAL, heading_kind

EFFECT_HEADING = re.compile(r"\beffect(en)?\b|\boutcome|\bimpact\b", re.IGNORECASE)
RESULT_HEADING = re.compile(r"\bresultat(en)?\b|\bresultaat\b|\bprestaties?\b|\boutput\b", re.IGNORECASE)


def heading_kinds(blocks: list[Block]) -> dict[str, str]:
    """Per heading text that names one side of the split, EFFECT or OUTPUT; {} unless the tender has both sides,
    each with text under it."""
    kinds: dict[str, str] = {}
    held = {heading for block in blocks if block.kind != HEADING for heading in block.section}
    for block in blocks:
        # a goal section's heading only: "Gunningscriterium 1 – Aanpak en resultaten" splits nothing
        in_goal_section = block.kind == HEADING and all(heading_kind(h) != ADMIN for h in block.section) and \
            heading_kind(block.text) == GOAL
        if in_goal_section and block.text in held and (kind := _side(block.text)):
            kinds[block.text] = kind
    return kinds if {EFFECT, OUTPUT} <= set(kinds.values()) else {}


def _side(heading: str) -> str:
    effect, result = EFFECT_HEADING.search(heading), RESULT_HEADING.search(heading)
    return EFFECT if effect and not result else OUTPUT if result and not effect else ""


def split_kind(section: list[str], kinds: dict[str, str]) -> str:
    """The kind the nearest heading of a section gives by the tender's own split, or ""."""
    return next((kinds[heading] for heading in reversed(section) if heading in kinds), "")
