"""The lots or themes a tender is split into (percelen, thema's, resultaatgebieden), each with its goals, budget,
places and page limit where the tender gives them.

A lot is named by a short line or heading ("Thema 2 Grip op geld", "Perceel 1 – Vervoer en boodschappen",
"Resultaatgebied 3: Welzijn op recept") or a list item naming a theme by a word ("Thema Ontmoeting: vrij
toegankelijke inloop …"); the goals that follow it up to the next one are its goals. Its places come from a
table of lots against places whose cells say yes or no ("| Thema | Brakelsveen | Tervoorde |"), else from the
places of the tender's whole area its goals name ("de kernen Wisseloord, Buinerzand en Lutjevenne"), else
the whole area. Its budget is the budget part that names it; its page limit a limit stated "per perceel"
("twee A4'tjes per perceel") or in its row of a table of lots.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..reading.blocks import TABLE_ROW, Block
from .limits import column_limit, page_limit_in
from .numbers import NUMBER
from .sentences import split_sentences

GROUP_WORD = r"(?i:thema|perceel|kavel|onderdeel|resultaatgebied|domein|pijler|speerpunt|programmalijn)"
_NAME = r"[A-ZÀ-Ý][^.;:|]{1,70}?"
# "Thema 2 Grip op geld", "Thema 1 – Dorpsondersteuning", "Resultaatgebied 3: Welzijn op recept"
LABELLED = re.compile(rf"^\W*(?:{GROUP_WORD})\s+(?P<label>\d{{1,2}}|[A-Z]|[IVX]{{1,4}})\b\s*[–—:.\-)]?\s*(?P<name>{_NAME})"
                      r"[\s*]*$")
# "Thema Ontmoeting: vrij toegankelijke inloop …": a theme named by a word, then what it holds
NAMED = re.compile(rf"^\W*(?:{GROUP_WORD})\s+(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){{0,3}}?)\s*:\s+\S")
MARKER_WORDS = 12  # a line naming a theme is short; a longer one is prose about themes
YES = re.compile(r"^\s*(?:ja|x|✓|✔|v|wel|\+)\s*$", re.IGNORECASE)
NO = re.compile(r"^\s*(?:nee|-|–|—|niet|geen)?\s*$", re.IGNORECASE)
_PLACE = r"[A-ZÀ-Ý][\w'’-]*(?:[ -](?:(?:aan|op|den|de|van)\s+)?[A-ZÀ-Ý][\w'’-]*)*"
# The whole area, in the tender's words: "bestaat uit de kernen A, B en C", "haar vier kernen – A, B, C en D"
AREA = re.compile(rf"(?:bestaat uit|omvat|haar|zijn|de|alle)\s+(?:de\s+)?(?:{NUMBER}\s+)?(?:kernen|dorpen|wijken|stadsdelen)"
                  rf"\s*[–—:-]?\s*(?P<places>{_PLACE}(?:\s*,\s*{_PLACE})*\s+en\s+{_PLACE})")
COUNTED = re.compile(rf"(?:bestaat uit|omvat|haar\s+{NUMBER}|de\s+{NUMBER}|alle\s+{NUMBER})\s+(?:de\s+)?(?:kernen|dorpen|wijken)",
                     re.IGNORECASE)
# A line naming two lots at once ("Perceel 1 Mantelzorgondersteuning en perceel 2 Vrijwillige inzet") is about
# the lots, not the start of one
SEVERAL = re.compile(rf"\b(?:en|of)\s+{GROUP_WORD}\s+(?:\d{{1,2}}|[A-Z])\b")
# A limit for each lot: "niet meer dan twee A4'tjes per perceel", "per thema maximaal 8 pagina's"
PER_LOT = re.compile(rf"\bper\s+{GROUP_WORD}\b")


@dataclass
class Lot:
    """One lot or theme: its label and name, its goals (1-based numbers), budget, places and page limit, and
    the position of the block that names it."""

    name: str
    label: str = ""  # "Perceel 1", "Thema 2"; "" when the tender names it by a word only
    goals: list[int] = field(default_factory=list)
    budget: float | None = None  # euros, when the tender gives the lot's own budget
    places: list[str] = field(default_factory=list)
    page_limit: int | None = None
    block: int | None = None

    @property
    def title(self) -> str:
        """"Thema 2 Grip op geld" as the tender names it, or the name alone."""
        return f"{self.label} {self.name}".strip() if self.label else self.name

    def to_dict(self) -> dict:
        """The lot as saved with the tender."""
        return asdict(self)

    @classmethod
    def of(cls, saved: dict) -> "Lot":
        """A lot from its saved shape."""
        return cls(str(saved.get("name") or ""), str(saved.get("label") or ""),
                   [int(n) for n in saved.get("goals") or [] if str(n).isdigit()], saved.get("budget"),
                   [str(p) for p in saved.get("places") or []], saved.get("page_limit") or None, saved.get("block"))


def extract_lots(blocks: list[Block], goal_blocks: list[int | None], goal_texts: list[str],
                 budget_parts: list[dict] = ()) -> list[Lot]:
    """The tender's lots in order, each with the goals (by their block positions) that follow it; [] when the
    tender names none."""
    markers = [(block.position, lot) for block in blocks if (lot := marker(block.text, block.kind))]
    lots = _once([lot for _, lot in markers])
    for lot in lots:
        lot.block = next(position for position, found in markers if found.title == lot.title)
    starts = [(position, next(lot for lot in lots if lot.title == found.title)) for position, found in markers]
    for number, at in enumerate(goal_blocks, start=1):
        owner = next((lot for position, lot in reversed(starts) if at is not None and position < at), None)
        if owner is not None and number not in owner.goals:
            owner.goals.append(number)
    _table_facts(blocks, lots)
    area = area_places([block.text for block in blocks])
    for lot in lots:
        texts = [goal_texts[n - 1] for n in lot.goals if n <= len(goal_texts)]
        named = [place for place in area if any(re.search(rf"\b{re.escape(place)}\b", text) for text in texts)]
        lot.places = lot.places or named or list(area)
        lot.page_limit = lot.page_limit or _per_lot_limit(blocks)
        lot.budget = next((part["amount"] for part in budget_parts if _names(part["name"], lot)), None)
    return lots


def named_parts(parts: list[dict], lots: list[Lot]) -> list[dict]:
    """Budget parts named by a lot's bare label ("perceel 1 € 560.000") take the lot's full name where the tender gives
    one ("Perceel 1 Vroegsignalering van betalingsachterstanden")."""
    bare = re.compile(rf"^\W*{GROUP_WORD}\s+(\d{{1,2}}|[A-Z])\W*$")
    return [dict(part, name=lot.title) if bare.match(part["name"]) and (lot := _row_lot(part["name"], lots)) is not None
            and lot.name else part for part in parts]


def marker(text: str, kind: str = "") -> Lot | None:
    """The lot a short line or heading names ("Thema 2 Grip op geld"), else None."""
    text = " ".join(str(text or "").replace("*", " ").split())
    text = re.sub(rf"^\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+(?={GROUP_WORD}\s)", "", text)  # "4.1 Perceel 1 ...": the section number
    if kind == TABLE_ROW or len(text.split()) > MARKER_WORDS and not NAMED.match(text):
        return None
    if (found := LABELLED.match(text)) and len(text.split()) <= MARKER_WORDS and not SEVERAL.search(found["name"]):
        return Lot(found["name"].strip(" -–"), _label(text, found["label"]))
    if (found := NAMED.match(text)) and kind == "list_item":
        return Lot(found["name"].strip(), _label(text, ""))
    return None


def area_places(texts: list[str]) -> list[str]:
    """The places the tender names as its whole area ("De gemeente bestaat uit de kernen A, B en C")."""
    for text in texts:
        for found in AREA.finditer(text):
            if COUNTED.search(text[max(0, found.start() - 20):found.start() + 40]):
                return [p.strip() for p in re.split(r"\s*,\s*|\s+en\s+", found["places"]) if p.strip()]
    return []


def _label(text: str, number: str) -> str:
    word = re.match(rf"\W*({GROUP_WORD})", text)[1]
    return f"{word.capitalize()} {number}".strip()


def _once(lots: list[Lot]) -> list[Lot]:
    """Each lot once: a tender may name a lot again (a heading and a table row)."""
    kept: dict[str, Lot] = {}
    for lot in lots:
        kept.setdefault(lot.title, lot)
    return list(kept.values())


def _table_facts(blocks: list[Block], lots: list[Lot]) -> None:
    """Each lot's places from a table of lots against places ("1 Digitaal meedoen | ja | nee"), and its page
    limit from a table of lots with a pages column."""
    for block in blocks:
        header, cells = list(block.header), list(block.cells)
        if block.kind != TABLE_ROW or len(header) < 2 or len(cells) != len(header) \
                or not re.match(rf"\W*(?:{GROUP_WORD})", header[0]) or (lot := _row_lot(cells[0], lots)) is None:
            continue
        if all(YES.match(c) or NO.match(c) for c in cells[1:]):
            lot.places = [place.strip() for place, cell in zip(header[1:], cells[1:]) if YES.match(cell)]
        lot.page_limit = lot.page_limit or column_limit(block, "pagina|blz|kantje|a4")


def _row_lot(cell: str, lots: list[Lot]) -> Lot | None:
    """The lot a table row names by its number ("2 Grip op geld", "Thema 2") or its name."""
    return next((lot for lot in lots if _names(cell, lot)), None)


def _names(text: str, lot: Lot) -> bool:
    """Whether a text names the lot: by its number ("Perceel 2", "2 Grip op geld") or its name."""
    number = re.match(rf"\W*(?:{GROUP_WORD}\s+)?(\d{{1,2}}|[A-Z])\b", text)
    return bool(number and lot.label.split()[-1:] == [number[1]]) or lot.name.lower() in text.lower()


def names_lot(text: str, lot: Lot) -> bool:
    """Whether a sentence names the lot anywhere: by its label ("voor perceel 1 is ...") or its full name."""
    label = re.escape(lot.label).replace(r"\ ", r"\s+")
    return bool(lot.label and re.search(rf"\b{label}\b", text, re.IGNORECASE)) or \
        (len(lot.name) >= 6 and lot.name.lower() in text.lower())


def _per_lot_limit(blocks: list[Block]) -> int | None:
    """A page limit the tender sets for each lot ("niet meer dan twee A4'tjes per perceel")."""
    return next((limit for block in blocks if block.kind != TABLE_ROW and PER_LOT.search(block.text)
                 for sentence in split_sentences(block.text)
                 if PER_LOT.search(sentence) and (limit := page_limit_in(sentence))), None)
