"""Criteria listed without weights, when the tender gives none with weights: "We beoordelen uw offerte op de
volgende onderdelen:" followed by short items ("Aanpak buurtbemiddeling (doelen 1 t/m 3)")."""

import re

from ..reading.blocks import HEADING, LIST_ITEM, Block
from .criterion_reading import CRITERIA_HEADING, POINTS_RE, PERCENT_RE, Criterion, award_lead_in

MAX_WORDS = 12
# "(doelen 1 t/m 3)", "(doel 4 en 5)": which goals the item covers, no part of its name
GOALS_IN_BRACKETS = re.compile(r"\s*\((?:[^()]*\bdoel|[^()]*\d)[^()]*\)\s*$", re.IGNORECASE)


def listed_without_weights(blocks: list[Block]) -> list[Criterion]:
    """The first list after an award lead-in in a criteria section whose short items carry no weight."""
    for index, block in enumerate(blocks):
        if block.kind == HEADING or not award_lead_in(block.text) or not _in_criteria_section(block):
            continue
        items = _items_after(blocks, index)
        if len(items) >= 2 and all(_plain_item(item.text) for item in items):
            return [Criterion(GOALS_IN_BRACKETS.sub("", item.text).strip(" .;"), position=item.position) for item in items]
    return []


def _in_criteria_section(block: Block) -> bool:
    return any(CRITERIA_HEADING.search(heading) for heading in block.section)


def _items_after(blocks: list[Block], index: int) -> list[Block]:
    items = []
    for block in blocks[index + 1:]:
        if block.kind != LIST_ITEM:
            break
        items.append(block)
    return items


def _plain_item(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS and not POINTS_RE.search(text) and not PERCENT_RE.search(text)
