"""Sections that measure one goal stated elsewhere: "2.3 Indicatoren en streefwaarden > Doel 3"."""

import re

from . import lexicon as cues

# A heading naming one goal by its number ("Doel A1", "Doelstelling 2: Mantelzorgers ...")
ONE_GOAL_HEADING = re.compile(r"^(?:beoogd(?:e)?\s+)?(?:doel|doelstelling|subdoel|resultaat|effect)\s+"
                              r"(?:[A-Z]?\d{1,2}(?:\.\d{1,2})*[a-z]?|[A-Z])\b", re.IGNORECASE)


def measures_named_goal(section: list[str]) -> bool:
    """A section headed by one goal ("Doel 3") inside a section on how the goals are measured ("Indicatoren en
    streefwaarden"): what stands in it is that goal's indicator and target, not a goal of its own."""
    return len(section) >= 2 and bool(ONE_GOAL_HEADING.match(section[-1])) and \
        any(cues.MEASUREMENT_HEADING.search(heading) for heading in section[:-1])
