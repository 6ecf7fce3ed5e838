"""The codes a tender gives its goals ("A1", "R3", "D2.1", "2b", "Resultaat 1.2"), in a number column, opening the
goal's line or in its heading.

Other parts of the tender name goals by these codes: a criterion ("de resultaten R1 tot en met R3",
goal_labels.py) and a monitoring table elsewhere whose rows start with the code ("A3 | aandeel mantelzorgers
... | 10%", targets.py).
"""
from __future__ import annotations

import re

from ..goal import Goal
from ..reading.blocks import TABLE_ROW, Block

NUMBER_COLUMNS = ("nr", "nr.", "nummer", "no", "no.", "#", "doel nr", "doelnummer")
GOAL_WORD = r"(?:doel(?:stelling)?(?:en)?|resulta(?:at|ten)|effect(?:en)?)"
# "R3", "A1", "D2.1", or a number with a letter as goals numbered per theme or lot ("Doelstelling 2b.")
CODE = r"(?:[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,2}[a-z])"
# A result numbered within its theme or lot ("Resultaat 1.2", "doel 2.3"): a code only after the goal word, as a bare
# "1.2" is a paragraph number
DOTTED = r"\d{1,2}\.\d{1,2}"
CODE_OPENING = re.compile(rf"^\s*(?:(?:(?i:{GOAL_WORD})\s+)?({CODE})|(?i:{GOAL_WORD})\s+({DOTTED}))\s*[.:)–-]?\s+(?=\S)")
# A heading naming the one goal below it by its code: "Resultaat 1.2 Ondersteuning dichtbij", "Doel A3"
CODE_HEADING = re.compile(rf"^\s*(?i:{GOAL_WORD})\s+({CODE}|{DOTTED})\b")


def goal_codes(goals: list[Goal], at: dict[int, Block]) -> dict[str, int]:
    """Per code a goal carries (in a number column, opening its line or in the heading right above it), its place
    (1-based); a code used twice (a heading over several goals) counts none."""
    codes: dict[str, int] = {}
    seen: set[str] = set()
    for place, goal in enumerate(goals, 1):
        cell = next((v.strip().rstrip(".") for k, v in goal.attributes.items()
                     if k.strip().lower() in NUMBER_COLUMNS + ("code",)), "")
        block = at.get(goal.block) if goal.block is not None else None
        opening = CODE_OPENING.match(block.text) if block is not None and block.kind != TABLE_ROW else None
        heading = CODE_HEADING.match(goal.section[-1]) if goal.section else None
        # in a code column a bare capital names the goal too ("Code | Doel", "A | Bewoners lossen ... op"), and so does a
        # dotted number, the goal numbered within its lot or theme ("Nr. | Doel", "1.4 | Op ten minste zes plekken ...")
        code = cell if re.fullmatch(CODE, cell) or re.fullmatch(rf"[A-Z]|{DOTTED}", cell) else \
            next(filter(None, opening.groups()), "") if opening else \
            heading.group(1) if heading else ""
        if code in seen:
            codes.pop(code, None)
        elif code:
            codes[code] = place
            seen.add(code)
    return codes
