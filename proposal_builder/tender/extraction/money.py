"""How the budget is split: amounts per theme, lot (perceel) or part, from tables, lists and sentences."""

import re

from ..reading.blocks import HEADING, LIST_ITEM, TABLE_ROW, Block
from .facts import AMOUNT_RE, parse_amount
from .sentences import split_sentences

BUDGET_PLACE = re.compile(r"budget|plafond|bedrag|percel|perceel|kavel|financi|middelen|verdeling|subsidie", re.IGNORECASE)
# Rows and lines that are no part: totals, years, tariffs, thresholds.
NOT_A_PART = re.compile(
    r"^\s*(totaal|total|subtotaal|som)\b|^\s*(19|20)\d\d\b|\bjaar\s*\d|\btarie|\bper\s+(uur|dagdeel|deelnemer|traject|cliënt|"
    r"client|bezoek|maand|week)\b|\b(onder|boven|lager\s+dan|hoger\s+dan|minder\s+dan|meer\s+dan)\s*(€|eur)|\bomzet|\bdrempel",
    re.IGNORECASE,
)
# Words that end a part's name in a sentence: "perceel A Jeugd is jaarlijks € 120.000".
NAME_END = re.compile(r"\s+(?:is|zijn|krijgt|krijgen|bedraagt|ontvangt|jaarlijks|per\s+jaar|beschikbaar|maximaal|"
                      r"totaal|ongeveer|circa)\b.*$", re.IGNORECASE)
# In a sentence: "€ 250.000 (is bestemd) voor thema Gezond opgroeien" or "perceel 2 Noord: € 300.000".
AMOUNT = r"(?:€|eur(?:o)?\b\.?)\s*\d[\d.\s]*\d(?:,\d{1,2}|,-{1,2})?(?:\s*(?:miljoen|mln\.?))?"
LABEL = r"(?:het\s+|de\s+)?((?:thema|perceel|kavel|deelplafond|onderdeel|programma|lijn)\s+[^,;:€()]{1,60}?)"
SENTENCE_PARTS = (
    re.compile(rf"({AMOUNT})\s+(?:\w+\s+){{0,3}}?(?:voor|aan)\s+{LABEL}(?=\s*(?:[,;.]|\ben\b|$))", re.IGNORECASE),
    re.compile(rf"{LABEL}\s*(?::|bedraagt|is|krijgt|ontvangt)?\s*(?:maximaal\s+)?({AMOUNT})", re.IGNORECASE),
)


def extract_budget_parts(blocks: list[Block], payers: list[str] = ()) -> list[dict]:
    """The budget's parts as [{name, amount}]; [] unless at least two parts are named together.

    What each municipality pays (`payers`) is how the budget is funded, not a part of it.
    """
    for reader in (_table_parts, _list_parts, _sentence_parts):
        parts = [part for part in reader(blocks) if not _payer(part["name"], payers)]
        if len(parts) >= 2:
            return parts
    return []


def _payer(name: str, payers: list[str]) -> bool:
    name = re.sub(r"^gemeente\s+", "", name, flags=re.IGNORECASE).strip().lower()
    return name in {payer.lower() for payer in payers}


def _part(name: str, amount_text: str) -> dict | None:
    match = AMOUNT_RE.search(amount_text)
    name = NAME_END.split(" ".join(name.strip(" :-–.").split()))[0]
    if not match or not name or NOT_A_PART.search(name) or len(name.split()) > 10:
        return None
    return {"name": name[:1].upper() + name[1:], "amount": parse_amount(match)}


def _table_parts(blocks: list[Block]) -> list[dict]:
    """Rows of a budget table: a label cell and an amount cell; one table, the first that has two."""
    tables: dict[tuple, list[dict]] = {}
    for block in blocks:
        if block.kind != TABLE_ROW or not _budget_place(block, " ".join(block.header)):
            continue
        label = next((c for c in block.cells if c and not AMOUNT_RE.search(c)), "")
        amount = next((c for c in block.cells if AMOUNT_RE.search(c)), "")
        part = _part(label, amount) if amount and not NOT_A_PART.search(" ".join(block.cells)) else None
        if part:
            tables.setdefault((tuple(block.header), tuple(block.section)), []).append(part)
    return next((parts for parts in tables.values() if len(parts) >= 2), [])


def _list_parts(blocks: list[Block]) -> list[dict]:
    """List items such as "Perceel 1 Noord: € 300.000" under a budget heading or lead-in."""
    parts, lead = [], ""
    for block in blocks:
        if block.kind != LIST_ITEM:
            lead = block.text
            if len(parts) >= 2:
                return parts
            parts = []
            continue
        match = AMOUNT_RE.search(block.text)
        if match and _budget_place(block, lead) and not NOT_A_PART.search(block.text):
            part = _part(block.text[: match.start()].rstrip(" :(") or block.text[match.end():], block.text[match.start():])
            parts += [part] if part else []
    return parts


def _sentence_parts(blocks: list[Block]) -> list[dict]:
    """Parts named in one sentence with two or more amounts."""
    for block in blocks:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if len(AMOUNT_RE.findall(sentence)) < 2 or NOT_A_PART.search(sentence):
                continue
            for pattern in SENTENCE_PARTS:
                found = [_sentence_part(match) for match in pattern.finditer(sentence)]
                found = [part for part in found if part]
                if len(found) >= 2:
                    return found
    return []


def _sentence_part(match: re.Match) -> dict | None:
    first, second = match.group(1), match.group(2)
    return _part(second, first) if AMOUNT_RE.match(first) else _part(first, second)


def _budget_place(block: Block, extra: str) -> bool:
    return bool(BUDGET_PLACE.search(" ".join(block.section[-2:]) + " " + extra))
