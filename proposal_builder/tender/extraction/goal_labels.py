"""The labels a tender gives its goals, and the goals a text names by them.

A goal is labelled by its own number ("Doel 4: ...", a "Nr." column), its own code ("R3" in a "Nr." column,
"R3 Mantelzorgers krijgen ..."), its place in the list ("het tweede doel") and the table that holds it ("Tabel 2",
"de tabel in hoofdstuk 3"). A criterion's text refers to goals by any of these, often by several at once:
"hoe u bijdraagt aan effect 1 en effect 2 en hoe u de resultaten R1 tot en met R3 behaalt". Every reference is
turned into the goal's place in the list found (1-based), the way a criterion stores its goals.
"""

import re
from typing import NamedTuple

from ..goal import Goal
from ..reading.blocks import HEADING, TABLE_ROW, Block
from .goal_codes import CODE, DOTTED, GOAL_WORD, goal_codes
from .goal_lists import BETWEEN, ORDINALS, in_lists, noun_lists, numbers_in
from .goal_numbers import own_number

# "doelstellingen 1 tot en met 5", "effect 4", "doelen 1-3", "doel 1 en doel 2"
NUMBERED = re.compile(rf"\b{GOAL_WORD}\s+((?:\d{{1,2}}\s*(?:,|\ben\b|tot\s+en\s+met|t/m|[-–]|\btot\b)\s*)*\d{{1,2}})\b"
                      r"(?!\s*(?:%|procent|jaar|[.,]\d))", re.IGNORECASE)
# "het tweede doel", "het derde resultaat"
# ... also several before one noun: "het eerste en het tweede doel", "het eerste, tweede en vierde doel"
_ORDINAL = f"(?:{'|'.join(ORDINALS)})"
ORDINAL = re.compile(rf"\b(?:het|de)\s+({_ORDINAL}(?:\s*(?:,|\ben\b)\s*(?:(?:het|de)\s+)?{_ORDINAL})*){BETWEEN}\s+{GOAL_WORD}\b",
                     re.IGNORECASE)
# Goals named by dotted codes after the goal word, one or a run: "resultaat 1.2", "resultaat 2.1 en 2.3"
DOTTED_RUN = re.compile(rf"\b(?i:{GOAL_WORD})\s+({DOTTED}(?:\s*(?:,|\ben\b)\s*{DOTTED})*)\b")
# ... or a range of them: "doelen 1.1 tot en met 1.6", "resultaat 2.1-2.3"
DOTTED_RANGE = re.compile(rf"\b(?i:{GOAL_WORD})\s+(\d{{1,2}})\.(\d{{1,2}})\s*(?:tot\s+en\s+met|t/m|[-–])\s*\1\.(\d{{1,2}})\b",
                          re.IGNORECASE)
# A goal's own code ("R3", "A1", "D2.1", goal_codes.py) in a range or alone
CODE_RANGE = re.compile(rf"\b({CODE})\s*(?:tot\s+en\s+met|t/m|[-–])\s*({CODE})\b")
CODE_WORD = re.compile(rf"\b({CODE})\b")
# "de indicatoren uit tabel 2", "per beoogd effect uit tabel 2", "de doelen uit de tabel in hoofdstuk 3"
TABLE_REFERENCE = re.compile(r"\b(?:doel\w*|effect\w*|resulta\w*|indicator\w*|streefwaarde\w*)\b[^.;:]{0,40}?"
                             r"\b(?:uit|in|van)\s+(?:de\s+)?tabel(?:\s+(?P<number>\d{1,2}))?"
                             r"(?:\s+(?:in|uit|van)\s+(?:hoofdstuk|paragraaf)\s+(?P<chapter>\d{1,2}(?:\.\d{1,2})*))?",
                             re.IGNORECASE)
# "het resultaat van de vaste inloopplekken", "het doel over vrijwilligers": one goal by the words of its text
ABOUT = re.compile(r"\b(?:het|de)\s+(?:doel|resultaat|effect)\s+(?:over|rond|van)\s+(?:de\s+|het\s+)?([^.,;:()]{4,80})",
                   re.IGNORECASE)
CAPTION = re.compile(r"^\s*(?:\w+\s+){0,3}?tabel\s+(\d{1,2})\b", re.IGNORECASE)
CAPTION_BEFORE = 3  # blocks above a table that may hold its caption ("Tabel 2 bevat de beoogde effecten ...")


class GoalTable(NamedTuple):
    """A table holding goals: the number of its caption ("Tabel 2"), its heading path, the places of its goals."""

    caption: str
    section: list[str]
    goals: list[int]


class GoalLabels:
    """The goals found, by the tender's own numbers, codes and tables."""

    def __init__(self, goals: list[Goal], blocks: list[Block], taken: set[str] = frozenset()):
        """`taken` holds codes that name something else (the criteria's "K1"): no goal is named by them."""
        at = {block.position: block for block in blocks}
        self.goals = goals
        self.words = [_stems(goal.text) for goal in goals]
        self.places = _own_places(goals, at)
        # the goals the tender lists (in a list or a table): its "doel 2" and "het tweede doel" count only these,
        # not an ambition sentence in prose before them
        self.listed = [place for place, goal in enumerate(goals, 1) if goal.found_as in ("list", "table")]
        self.codes = {code: place for code, place in goal_codes(goals, at).items() if code not in taken}
        self.tables = _tables(goals, blocks)
        self.lists = noun_lists(goals, at)  # effects and results numbered apart

    def numbers(self, numbers: list[int]) -> list[int]:
        """Numbers the tender gives its goals as places in the list found: by the goals' own numbers when they carry
        numbers that name every number asked for; else counting the goals it lists (an ambition sentence in prose
        before the list has no number); else the numbers are the places."""
        if self.places and numbers and all(n in self.places for n in numbers):
            return [self.places[n] for n in numbers]
        if not self.places and numbers and all(0 < n <= len(self.listed) for n in numbers):
            return [self.listed[n - 1] for n in numbers]
        return list(numbers)

    def referenced(self, text: str) -> list[int]:
        """The places of the goals a text names by number (within the list of its kind: "resultaat 1" when effects and
        results are numbered apart), place in the list, code or table."""
        listed, text = in_lists(text, self.lists)
        found = listed + self.numbers(numbered(text)) + self.numbers(_ordinals(text)) + self.coded(text) + self.in_tables(text) + \
            self.about(text)
        return sorted(set(found))

    def about(self, text: str) -> list[int]:
        """The goal "het resultaat van de vaste inloopplekken" means: the one goal sharing most of those words, two at
        least ("het doel van de subsidie" names none)."""
        found = []
        for match in ABOUT.finditer(text):
            shared = [len(_stems(match.group(1)) & words) for words in self.words]
            best = max(shared, default=0)
            found += [shared.index(best) + 1] if best >= 2 and shared.count(best) == 1 else []
        return found

    def coded(self, text: str) -> list[int]:
        """The goals a text names by their own codes: "resultaat R5", "R1 tot en met R3", "resultaat 1.2"."""
        if not self.codes:
            return []
        found: list[int] = []
        for low, high in CODE_RANGE.findall(text):
            found += [self.codes[code] for code in _code_range(low, high) if code in self.codes]
        found += [self.codes[code] for code in CODE_WORD.findall(CODE_RANGE.sub(" ", text)) if code in self.codes]
        # "resultaat 1.2", "resultaat 2.1 en 2.3", "de resultaten 1.1, 1.2 en 1.4"
        found += [self.codes[code] for run in DOTTED_RUN.findall(text) for code in re.findall(DOTTED, run) if code in self.codes]
        found += [self.codes[f"{major}.{minor}"] for major, low, high in DOTTED_RANGE.findall(text)
                  for minor in range(int(low), int(high) + 1) if f"{major}.{minor}" in self.codes]
        return found

    def in_tables(self, text: str) -> list[int]:
        """The goals of the table a text names: "de indicatoren uit tabel 2", "de tabel in hoofdstuk 3"."""
        found: list[int] = []
        for match in TABLE_REFERENCE.finditer(text):
            number, chapter = match.group("number"), match.group("chapter")
            tables = [t for t in self.tables if (not number or t.caption == number)
                      and (not chapter or any(re.match(rf"\s*(?:hoofdstuk\s+|paragraaf\s+)?{re.escape(chapter)}\b", h,
                                                       re.IGNORECASE) for h in t.section))]
            if len(tables) == 1 or (tables and (number or chapter)):
                found += [place for table in tables for place in table.goals]
        return found


def numbered(text: str) -> list[int]:
    """The goal numbers a text names, in order: "doelstellingen 1 tot en met 3" gives [1, 2, 3]."""
    return list(dict.fromkeys(number for match in NUMBERED.finditer(text) for number in numbers_in(match.group(1))))


def _stems(text: str) -> set[str]:
    """The longer words of a text cut to their first six letters ("inloopplekken" and "inloopplek" are one)."""
    return {word[:6] for word in re.findall(r"\w{5,}", text.lower())}


def _ordinals(text: str) -> list[int]:
    return [ORDINALS[word.lower()] for run in ORDINAL.findall(text) for word in re.findall(_ORDINAL, run, re.IGNORECASE)]


def _code_range(low: str, high: str) -> list[str]:
    """"R1" to "R3" gives R1, R2, R3 (same letters, numbers in between)."""
    parts = [re.fullmatch(r"([A-Z]+)(\d+)", c) for c in (low, high)]
    if not all(parts):
        return [low, high]  # "2a" to "2c", "D2.1" to "D2.3": the ends only
    (low_letters, low_number), (high_letters, high_number) = (part.groups() for part in parts)
    if low_letters != high_letters or int(high_number) - int(low_number) > 30:
        return [low, high]
    return [f"{low_letters}{n}" for n in range(int(low_number), int(high_number) + 1)]


def _own_places(goals: list[Goal], at: dict[int, Block]) -> dict[int, int]:
    """Per number the tender gives a goal, its place in the list found; none when the goals carry no numbers of
    their own or the same number twice (numbered per theme). Numbers that are their places already stay: "doel 2" then
    names the second goal, not the second goal of a list (outputs listed after goals numbered in prose)."""
    numbers = [own_number(goal, at) for goal in goals]
    places = {number: i + 1 for i, number in enumerate(numbers) if number is not None}
    if len(places) < 2 or len(places) != len([n for n in numbers if n is not None]):
        return {}
    return places


def _tables(goals: list[Goal], blocks: list[Block]) -> list[GoalTable]:
    """The tables that hold goals, in order."""
    tables: list[GoalTable] = []
    at = {block.position: block for block in blocks}
    previous = None
    for place, goal in enumerate(goals, 1):
        row = at.get(goal.block) if goal.block is not None else None
        if row is None or row.kind != TABLE_ROW:
            continue
        first = _first_row(row, at)
        if previous != first:
            tables.append(GoalTable(_caption(first, at), at[first].section, []))
            previous = first
        tables[-1].goals.append(place)
    return tables


def _first_row(row: Block, at: dict[int, Block]) -> int:
    position = row.position
    while (above := at.get(position - 1)) is not None and above.kind == TABLE_ROW and above.header == row.header:
        position -= 1
    return position


def _caption(first: int, at: dict[int, Block]) -> str:
    """The number of the caption just above a table ("Tabel 2: ...", "Tabel 2 bevat ..."), or ""."""
    for position in range(first - 1, first - 1 - CAPTION_BEFORE, -1):
        block = at.get(position)
        if block is None or block.kind == TABLE_ROW:
            break
        caption = CAPTION.match(block.text)
        if caption:
            return caption.group(1)
        if block.kind == HEADING:
            break
    return ""
