"""Which goals belong to which lot, where the tender says so apart from its lot sections.

A goal table with a lot column ("| Nr. | Perceel | Beoogd effect |", a cell "2", "1 en 2" or "alle"), a goal item that
names its lot ("voor perceel 1: een vaste cliëntondersteuner …", "voor beide percelen: …") or a sentence that assigns
goals by number ("De doelen 1 en 2 horen bij perceel 1, de doelen 3 en 4 bij perceel 2") ties a goal to its lots,
over the section it stands in. A goal the tender ties to no lot (a goal list "voor beide percelen samen", before
the lots are described) belongs to every lot.
"""
from __future__ import annotations

import re

from ..goal import Goal
from ..reading.blocks import TABLE_ROW, Block
from .goal_numbers import own_number
from .lots import GROUP_WORD, Lot
from .sentences import split_sentences

EVERY = re.compile(r"^\W*(?:alle|beide|allemaal|alle percelen|beide percelen)\W*$", re.IGNORECASE)
# "voor perceel 1:", "Perceel 2 –", "voor beide percelen:" at the start of a goal item
ITEM_LOT = re.compile(rf"^\W*(?:voor\s+)?(?:(?P<every>alle|beide)\s+(?:{GROUP_WORD}|percelen|thema's)|{GROUP_WORD}\s+"
                      rf"(?P<label>\d{{1,2}}|[A-Z]))\s*[:–—-]", re.IGNORECASE)
# A list's lead-in for every lot: "Voor alle thema's gelden daarnaast de volgende resultaten:", "voor beide percelen samen"
FOR_EVERY = re.compile(rf"\b(?:voor|in|bij)\s+(?:alle|beide)\s+(?:(?:drie|twee|vier)\s+)?(?:percelen|thema's|kavels|onderdelen)\b",
                       re.IGNORECASE)
_NUMBERS = r"\d{1,2}(?:\s*(?:,|en|tot en met|t/m|-|–)\s*\d{1,2})*"
# "De doelen 1 en 2 horen bij perceel 1", "de doelen 3 en 4 bij perceel 2", "doel 5 valt onder perceel 3"; a hedge
# ("Doel 4 geldt vooral voor perceel 2") ties nothing
ASSIGNED = re.compile(rf"\bdoel(?:en|stellingen|stelling)?\s+(?P<numbers>{_NUMBERS})\s+(?:(?:horen|hoort|behoren|behoort|vallen|valt|"
                      rf"gelden|geldt|zijn|is)\s+)?(?:bij|onder|voor)\s+"
                      rf"{GROUP_WORD}\s+(?P<label>\d{{1,2}}|[A-Z])\b", re.IGNORECASE)


def link_goals(lots: list[Lot], blocks: list[Block], goals: list[Goal]) -> list[Lot]:
    """The lots with the goals the tender ties to them (1-based, in order); a goal tied to none joins every lot."""
    if len(lots) < 2:
        return lots
    at = {block.position: block for block in blocks}
    tied = _assigned_in_prose(blocks, lots, goals, at)
    for number, goal in enumerate(goals, start=1):
        block = at.get(goal.block) if goal.block is not None else None
        named = _column_lots(block, lots) if block is not None else None
        if named is None and block is not None:
            named = _item_lots(block.text, lots) or _lead_in_lots(block, at, lots)
        named = named if named is not None else tied.get(number)
        if named is not None:
            for lot in lots:
                lot.goals = [n for n in lot.goals if n != number] + ([number] if lot in named else [])
    owned = {n for lot in lots for n in lot.goals}
    for lot in lots:
        lot.goals = sorted(set(lot.goals) | {n for n in range(1, len(goals) + 1) if n not in owned})
    return lots


def _lot_of(label: str, lots: list[Lot]) -> Lot | None:
    return next((lot for lot in lots if lot.label.split()[-1:] == [label.upper()]), None)


def _column_lots(block: Block, lots: list[Lot]) -> list[Lot] | None:
    """The lots a goal row's lot column names ("2", "Perceel 1", "1 en 2", "alle"), or None without such a column."""
    if block.kind != TABLE_ROW:
        return None
    for name, cell in zip(block.header, block.cells):
        if re.fullmatch(rf"\W*{GROUP_WORD}\W*", name.strip()):
            if EVERY.match(cell):
                return list(lots)
            named = [lot for label in re.findall(r"\b(\d{1,2}|[A-Z])\b", cell) if (lot := _lot_of(label, lots))]
            return named or None
    return None


def _item_lots(text: str, lots: list[Lot]) -> list[Lot] | None:
    """The lots a goal item names at its start ("voor perceel 1: …", "voor beide percelen: …"), or None."""
    found = ITEM_LOT.match(text)
    if found is None:
        return None
    if found["every"]:
        return list(lots)
    lot = _lot_of(found["label"], lots)
    return [lot] if lot is not None else None


def _lead_in_lots(block: Block, at: dict[int, Block], lots: list[Lot]) -> list[Lot] | None:
    """Every lot, for a goal item or row whose list is introduced "voor alle thema's" / "voor beide percelen" ("Voor
    alle thema's gelden daarnaast de volgende resultaten:"); else None."""
    position = block.position - 1
    while (before := at.get(position)) is not None and before.kind in ("list_item", TABLE_ROW) and before.section == block.section:
        position -= 1
    lead = at.get(position)
    if block.kind in ("list_item", TABLE_ROW) and lead is not None and lead.section == block.section and \
            lead.kind != "heading" and FOR_EVERY.search(split_sentences(lead.text)[-1] if lead.text else ""):
        return list(lots)
    return None


def _assigned_in_prose(blocks: list[Block], lots: list[Lot], goals: list[Goal], at: dict[int, Block]) -> dict[int, list[Lot]]:
    """Goal numbers (1-based, as found) a sentence assigns to a lot: "De doelen 1 en 2 horen bij perceel 1, de doelen 3
    en 4 bij perceel 2". The tender's own goal numbers count where it numbers its goals."""
    own = {number: n for n, goal in enumerate(goals, start=1) if (number := own_number(goal, at)) is not None}
    tied: dict[int, list[Lot]] = {}
    for block in blocks:
        if block.kind == TABLE_ROW or "doel" not in block.text.lower():
            continue
        for found in ASSIGNED.finditer(block.text):
            lot = _lot_of(found["label"], lots)
            for tender_number in _numbers(found["numbers"]):
                number = own.get(tender_number) if own else tender_number
                if lot is not None and number is not None and 0 < number <= len(goals):
                    tied.setdefault(number, []).append(lot)
    return tied


def _numbers(text: str) -> list[int]:
    """"1 en 2" → [1, 2]; "1 tot en met 4" → [1, 2, 3, 4]."""
    numbers = []
    for part in re.split(r"\s*(?:,|\ben\b)\s*", text):
        span = re.fullmatch(r"(\d{1,2})\s*(?:tot en met|t/m|-|–)\s*(\d{1,2})", part.strip())
        if span:
            numbers += list(range(int(span[1]), int(span[2]) + 1))
        elif part.strip().isdigit():
            numbers.append(int(part.strip()))
    return numbers
