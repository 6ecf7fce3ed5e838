"""Headings of one labelled series ("Artikel 1", "Artikel 2", "Kerndoel 1: ...") in text whose layout does not rank them.

In pasted text, or a PDF whose headings share one style, a heading's level is guessed line by line; a series keeps the
level of its first heading, and a series that begins under a numbered or labelled heading ("Thema 1" under "Artikel 2",
"Artikel 1" under "Hoofdstuk 1", "Doel 1" under "2.3 Indicatoren") ranks below it, as reStructuredText ranks heading
styles by the order they appear in; a chapter series ("Hoofdstuk 1", "Deel A") stands under none.
"""

import re

from .markers import NUMBERED_HEADING_RE

# A label word and the heading's number or letter in its series ("Thema 2", "Deel B", "Kerndoel 3:"); not a dotted number
# ("Artikel 3.1", a level below) nor a year ("Wmo 2015")
SERIES_RE = re.compile(r"^(?P<word>[A-Za-z]{3,})\s+(?P<number>\d{1,2}|[IVX]{1,4}|[A-Z])(?![\w.,/-]*\d)\b")
# a chapter's own number: "Hoofdstuk 6 ...", "6 Gunningscriteria", "6. Gunningscriteria"; not "6.1 ..."
CHAPTER_NUMBER_RE = re.compile(r"^(?:(?:hoofdstuk|deel)\s+)?(\d{1,2})(?![\d.]*\d)\.?\s", re.IGNORECASE)
FIRST = ("1", "I", "A", "a")
CHAPTER_WORDS = ("hoofdstuk", "deel")  # a chapter series stands on its own, under no other heading


class HeadingSeries:
    """The level each series of labelled headings took, by its label word."""

    def __init__(self):
        self.levels: dict[str, int] = {}

    def level(self, text: str, level: int, open_headings: list[tuple[int, str]]) -> int:
        """The level for a heading guessed at `level`, given the headings still open above it ((level, text), outer first)."""
        match = SERIES_RE.match(text)
        if not match:
            return level
        word = match.group("word").lower()
        if word in self.levels and match.group("number") not in FIRST:
            return self.levels[word]
        if match.group("number") in FIRST and word not in CHAPTER_WORDS and open_headings and _ranked(open_headings[-1][1]):
            level = max(level, open_headings[-1][0] + 1)  # a series that begins under a ranked heading is its part
        self.levels[word] = level
        return level


def below_chapter(text: str, level: int, open_headings: list[tuple[int, str]]) -> int:
    """The level for a dotted-numbered heading guessed at `level` ("6.1 Verdeling van de punten"): below the open heading
    its first number belongs to ("Hoofdstuk 6 Gunningscriteria", "6 Gunningscriteria"), wherever the layout ranked that
    one (a PDF whose title takes the top size sets the chapters one size down, as deep as "6.1" counts)."""
    match = NUMBERED_HEADING_RE.match(text)
    parts = match.group(1).split(".") if match else []
    if len(parts) < 2:
        return level
    for open_level, heading in reversed(open_headings):
        own = CHAPTER_NUMBER_RE.match(heading)
        if own and own.group(1) == parts[0]:
            return max(level, open_level + len(parts) - 1)
    return level


def _ranked(heading: str) -> bool:
    """A heading whose rank its text states: numbered ("2.3 Indicatoren") or of a labelled series ("Artikel 2"); a plain
    title line's rank was itself guessed ("Beschikbaar budget" above "Thema 1" is no chapter the themes belong to)."""
    return bool(NUMBERED_HEADING_RE.match(heading) or SERIES_RE.match(heading))
