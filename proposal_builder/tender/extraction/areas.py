"""Goals grouped under a labelled heading ("Resultaatgebied B: Sterke sociale basis", "Thema 2") and the
criteria that name such a group instead of goal numbers ("de aanpak van resultaatgebied B en C")."""

import re

from ..goal import Goal
from ..reading.blocks import HEADING, PARAGRAPH, Block

# The words a tender groups its goals by; each is followed by a letter or a number.
GROUP_WORDS = r"resultaatgebied(?:en)?|thema['’]?s?|opgaven?|domein(?:en)?|pijlers?|speerpunt(?:en)?|programmalijn(?:en)?|lijn(?:en)?"
_LABEL = r"(?:[A-Z]|\d{1,2})\b"
REFERENCE = re.compile(rf"\b({GROUP_WORDS})\s+({_LABEL}(?:\s*(?:,|\ben\b|t/m|tot\s+en\s+met)\s*{_LABEL})*)")
GROUP_HEADING = re.compile(rf"^\s*({GROUP_WORDS})\s+({_LABEL})", re.IGNORECASE)


def group_goals(text: str, goals: list[Goal], blocks: list[Block]) -> list[int]:
    """The numbers (1-based, in the tender's order) of the goals under the groups a text names."""
    groups = _groups(goals, blocks)
    numbers: list[int] = []
    for match in REFERENCE.finditer(text):
        word = _stem(match.group(1))
        for label in _labels(match.group(2)):
            numbers += groups.get((word, label.upper()), [])
    return sorted(set(numbers))


def _labels(text: str) -> list[str]:
    """"B en C" gives [B, C]; "1 t/m 3" gives [1, 2, 3]; "A t/m C" gives [A, B, C]."""
    labels = re.findall(_LABEL, text)
    ranged = re.search(r"(\w+)\s*(?:t/m|tot\s+en\s+met)\s*(\w+)", text)
    if ranged and len(labels) == 2:
        low, high = ranged.groups()
        if low.isdigit() and high.isdigit():
            return [str(n) for n in range(int(low), int(high) + 1)]
        if len(low) == len(high) == 1 and low.isalpha() and high.isalpha():
            return [chr(c) for c in range(ord(low.upper()), ord(high.upper()) + 1)]
    return labels


def _stem(word: str) -> str:
    return re.sub(r"(?:en|['’]?s)$", "", word.lower())


def _groups(goals: list[Goal], blocks: list[Block]) -> dict[tuple[str, str], list[int]]:
    """Per (group word, label) the numbers of the goals between its heading and the next group heading."""
    starts = [(b.position, b.level if b.kind == HEADING else 99, match) for b in blocks
              if (b.kind == HEADING or _bold_line(b)) and (match := GROUP_HEADING.match(b.text))]
    at = {b.position: b for b in blocks}
    listed = [g for g in goals if g.block in at and at[g.block].numbered]
    goals = listed or goals  # a tender that numbers its goals counts only those: a goal sentence in prose has no number
    groups: dict[tuple[str, str], list[int]] = {}
    for index, (position, level, match) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else _section_end(blocks, position, level)
        key = (_stem(match.group(1)), match.group(2).upper())
        groups[key] = [n for n, goal in enumerate(goals, 1) if goal.block is not None and position < goal.block < end]
    return groups


def _bold_line(block: Block) -> bool:
    return block.kind == PARAGRAPH and len(block.text.split()) <= 12 and not block.text.rstrip().endswith(".")


def _section_end(blocks: list[Block], position: int, level: int) -> int:
    """The position of the next heading at the same or a higher level than a group heading's."""
    return next((b.position for b in blocks if b.position > position and b.kind == HEADING
                 and b.level <= min(level, 98)), len(blocks) + 1) if level != 99 else next(
        (b.position for b in blocks if b.position > position and b.kind == HEADING), len(blocks) + 1)


# "A1 tot en met C2", "B2 en C1": goals coded by their group's letter and their place in it
CODE = r"\b([A-Z])(\d{1,2})\b"
CODE_RANGE = re.compile(rf"{CODE}\s*(?:t/m|tot\s+en\s+met|[-–])\s*{CODE}")


def coded_goals(text: str, goals: list[Goal], blocks: list[Block]) -> list[int]:
    """The numbers of the goals a text names by code ("doelen A1 tot en met C2"), where a letter is a group's label."""
    if not re.search(CODE, text):
        return []  # most sentences name no code: the groups (a pass over every block) are not needed
    places = {label: numbers for (_, label), numbers in _groups(goals, blocks).items() if label.isalpha()}
    number = lambda letter, place: places[letter][int(place) - 1] if letter in places and 0 < int(place) <= len(places[letter]) else None
    found: list[int] = []
    for match in CODE_RANGE.finditer(text):
        low, high = number(*match.group(1, 2)), number(*match.group(3, 4))
        found += list(range(low, high + 1)) if low and high and low <= high else []
    for match in re.finditer(CODE, CODE_RANGE.sub(" ", text)):
        found += [n] if (n := number(*match.group(1, 2))) else []
    return sorted(set(found))
