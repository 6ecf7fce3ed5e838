"""Sentences that change a fact stated earlier: a nota van inlichtingen, a rectification, "verschoven naar".

A later change wins over the original: the deadline moved to another date, a page limit raised or lowered.
"""

import re

from ..reading.blocks import Block

AMENDING_SECTION = re.compile(r"nota\s+van\s+inlichtingen|inlichtingen|rectificatie|erratum|wijziging|aanvulling", re.IGNORECASE)
CHANGE = re.compile(
    r"\b(verschoven|verschuift|verplaatst|gewijzigd|wijzigt|verlengd|verhoogd|verlaagd|aangepast|"
    r"in\s+plaats\s+van|in\s+afwijking\s+van|nieuwe\s+(sluitingsdatum|datum|termijn|maximum))\b",
    re.IGNORECASE,
)
# Where the old value stands: "van 4 juni naar", "in plaats van acht pagina's".
OLD_VALUE = re.compile(r"\b(?:in\s+plaats\s+van|van|was|vóór|voor)\s*$", re.IGNORECASE)
# "tien in plaats van acht pagina's": the new number comes first, the unit only after the old one.
INSTEAD_OF = re.compile(r"\b(\w+)\s+in\s+plaats\s+van\s+\w+\s+(?=pagina|woorden|kantje|a4)", re.IGNORECASE)


def amends(block: Block, sentence: str) -> bool:
    """Whether a sentence changes an earlier fact: it says so, or it stands in a nota van inlichtingen."""
    if sentence.rstrip().endswith("?") or re.match(r"\s*vraag\b", sentence, re.IGNORECASE):
        return False  # the question asks for a change; the answer makes it
    return bool(CHANGE.search(sentence) or any(AMENDING_SECTION.search(h) for h in block.section))


def is_old_value(sentence: str, offset: int) -> bool:
    """Whether the value at offset is the one being replaced ("verschoven van 4 juni naar 18 juni")."""
    return bool(OLD_VALUE.search(sentence[max(0, offset - 20): offset]))


def instead_of(sentence: str) -> str:
    """The sentence with "tien in plaats van acht pagina's" read as "tien pagina's"."""
    return INSTEAD_OF.sub(lambda m: f"{m.group(1)} ", sentence)
