"""Goals listed apart by what they are (effects, results, prestaties), each list numbered from 1, and the goals a text
names within one of them: "effect 1 en 2, resultaat 1", "het eerste doel en de resultaten 1 en 2", "de prestaties 1 en
3", "alle doelen uit artikel 2 en alle prestaties uit artikel 3".
"""

import re

from ..goal import Goal
from ..reading.blocks import TABLE_ROW, Block

RANGE = re.compile(r"(\d{1,2})\s*(?:tot\s+en\s+met|t/m|[-–]|tot)\s*(\d{1,2})", re.IGNORECASE)
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
            "negende": 9, "tiende": 10}
# the word a list is named by, cut to what its forms share ("resultaat", "resultaten" -> "resulta")
STEMS = ("doel", "effect", "resulta", "prestati")
NOUN = r"(?P<noun>doel(?:stelling)?(?:en)?|resulta(?:at|ten)|effect(?:en)?|prestaties?)"
QUALIFIED = re.compile(rf"\b{NOUN}\s+(?P<numbers>(?:\d{{1,2}}\s*(?:,|\ben\b|tot\s+en\s+met|t/m|[-–]|\btot\b)\s*)*\d{{1,2}})\b"
                       r"(?!\s*(?:%|procent|jaar|[.,]\d))", re.IGNORECASE)
# "het derde doel", "het eerste en het tweede doel", "de eerste, tweede en derde prestatie"
ORDINAL_WORD = '|'.join(ORDINALS)
# ... also with a word between ("het tweede beoogde effect")
BETWEEN = r"(?:\s+(?:beoogde|gewenste|genoemde|maatschappelijke))?"
ORDINAL = re.compile(rf"\b(?:het|de)\s+(?P<ordinal>(?:{ORDINAL_WORD})(?:\s*(?:,|\ben\b)\s*(?:het\s+|de\s+)?(?:{ORDINAL_WORD}))*)"
                     rf"{BETWEEN}\s+{NOUN}\b", re.IGNORECASE)
# "alle prestaties", "de beoogde effecten", "de twee resultaten die voor alle thema's gelden": the whole list (not
# "de effecten B1 tot en met B4", nor "de doelen van thema A"); "de doelen en prestaties": both lists
PLURAL = r"(?:doel(?:stelling)?en|resultaten|effecten|prestaties)"
EVERY = re.compile(r"\b(?:alle|de)\s+(?:(?:beoogde|maatschappelijke|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+){0,2}"
                   rf"(?P<noun>{PLURAL})(?:\s+en\s+(?:de\s+|alle\s+)?(?P<also>{PLURAL}))?\b"
                   r"(?!\s+(?:\d|[A-Z]{1,2}\d|(?:uit|in|van)\s+(?:de\s+|het\s+)?(?:tabel|thema|opgave|perceel|onderdeel|domein)\b))",
                   re.IGNORECASE)
LEAD_IN = re.compile(rf"\bvolgende\s+(?:\w+\s+)?{NOUN}", re.IGNORECASE)
# "Per thema is een beoogd effect vastgesteld:": a lead-in closing on a colon names its list by its last such word
COLON_LEAD = re.compile(rf"\b{NOUN}\b(?!.*\b{NOUN.replace('?P<noun>', '?:')}\b)[^.:]*:\s*$", re.IGNORECASE)
OWN_LABEL = re.compile(r"^\s*((?:[\wÀ-ÿ-]+\s+){0,2}[\wÀ-ÿ-]+)\s*:")
LABEL_WORDS = 6  # a line above a list that names it ("Resultaten") is short


def noun_lists(goals: list[Goal], at: dict[int, Block]) -> dict[str, list[int]]:
    """Per word ("effect", "resulta", ...) the places (1-based) of the goals listed under a heading, label or column of
    that name; goals under no such name form the "doel" list when no heading names goals so. Empty unless the goals
    fall into two lists or more."""
    lists: dict[str, list[int]] = {}
    unnamed = []
    for place, goal in enumerate(goals, 1):
        stems = {stem for stem in STEMS if stem in _name(goal, at)}
        if len(stems) == 1:
            lists.setdefault(stems.pop(), []).append(place)
        elif not stems:
            unnamed.append(place)
    if unnamed and "doel" not in lists:
        lists["doel"] = unnamed
    return lists if len(lists) >= 2 else {}


def _name(goal: Goal, at: dict[int, Block]) -> str:
    """What names the list a goal stands in: its heading, the short line above its run, its column's header."""
    block = at.get(goal.block) if goal.block is not None else None
    parts = list(goal.section[-1:])
    if block is not None and block.kind == TABLE_ROW and block.header:
        column = next((i for i, cell in enumerate(block.cells) if goal.text[:30] in cell), None)
        parts += [block.header[column]] if column is not None and column < len(block.header) else []
    elif block is not None:
        parts += [label.group(1)] if (label := OWN_LABEL.match(block.text)) else []  # "Beoogd effect: Inwoners ..."
        position = block.position - 1
        while (above := at.get(position)) is not None and above.kind == block.kind:
            position -= 1
        lead = (LEAD_IN.search(above.text) or COLON_LEAD.search(above.text)) if above is not None else None  # "... de volgende resultaten vastgesteld."
        parts += [above.text] if above is not None and len(above.text.split()) <= LABEL_WORDS else [lead.group(0)] if lead else []
    return " ".join(parts).lower()


def in_lists(text: str, lists: dict[str, list[int]]) -> tuple[list[int], str]:
    """The places of the goals a text names within a list of its kind, and the text without those references (for the
    other readings of a reference); nothing when the goals are not listed apart."""
    if not lists:
        return [], text
    found: list[int] = []

    def take(match: re.Match, numbers: list[int]) -> str:
        listed = lists.get(_stem(match.group("noun")))
        if listed is None or not numbers or not all(0 < n <= len(listed) for n in numbers):
            return match.group(0)
        found.extend(listed[n - 1] for n in numbers)
        return " "

    text = QUALIFIED.sub(lambda m: take(m, numbers_in(m.group("numbers"))), text)
    text = ORDINAL.sub(lambda m: take(m, [ORDINALS[word.lower()] for word in re.findall(ORDINAL_WORD, m.group("ordinal"), re.IGNORECASE)]),
                       text)
    text = EVERY.sub(lambda m: _every(m, lists, found), text)
    return sorted(set(found)), text


def _every(match: re.Match, lists: dict[str, list[int]], found: list[int]) -> str:
    """The goals of each list a reference names whole ("de doelen en prestaties"), or the reference left as it is."""
    named = [lists.get(_stem(noun)) for noun in (match.group("noun"), match.group("also")) if noun]
    if not all(named):
        return match.group(0)
    found.extend(place for listed in named for place in listed)
    return " "


def _stem(noun: str) -> str:
    return next(stem for stem in STEMS if noun.lower().startswith(stem[:6]))


def numbers_in(text: str) -> list[int]:
    """The numbers of a reference in order, ranges spelled out: "1 tot en met 3, 5" gives [1, 2, 3, 5]."""
    numbers: list[int] = []
    for part in re.split(r",|\ben\b", RANGE.sub(lambda m: f"{m.group(1)}:{m.group(2)}", text)):
        low, _, high = part.strip().partition(":")
        if low.isdigit():
            numbers += list(range(int(low), int(high) + 1)) if high.isdigit() and int(high) - int(low) < 30 else [int(low)]
    return numbers
