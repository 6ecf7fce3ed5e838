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
from dataclasses import asdict, dataclass, field, replace

from ..reading.blocks import HEADING, TABLE_ROW, Block
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
# The words of a lot one bids or applies for on its own, and an assignment not split into lots
CHOICE = r"(?i:perceel|kavel)"
CHOICE_WORD = re.compile(rf"{CHOICE}\b")
ONE_ASSIGNMENT = re.compile(r"\b(?:er\s+zijn\s+geen|kent\s+geen|zonder)\s+percelen\b|\bniet\s+in\s+percelen\s+(?:verdeeld|opgedeeld|"
                            r"opgesplitst)\b", re.IGNORECASE)
# A list item naming a perceel: "Perceel 1: Informele zorg en vrijwillige inzet (…);", "perceel 2 – Jongerenwerk kernen: …"
LISTED = re.compile(rf"^\W*(?P<word>{CHOICE})\s+(?P<label>\d{{1,2}}|[A-Z])\s*[:–—-]\s*(?P<name>[^(:;,.]{{2,70}}?)\s*(?:[(:;,.]|$)")
NAME_COLUMNS = {"omschrijving", "naam", "onderdeel", "titel", "perceel", "inhoud"}
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
    """The tender's lots in order, each with the goals that stand in its section (under its heading, or after its
    line up to the next one); [] when the tender names none. Lots only listed (a list or table of percelen) hold no
    goals here: `lot_goals.link_goals` adds the goals the tender ties to them elsewhere."""
    markers = _choice_level([(block, lot) for block in blocks if (lot := marker(block.text, block.kind))])
    listed = [] if len({lot.title for _, lot in markers}) >= 2 else listed_lots(blocks)
    lots = listed or _once([lot for _, lot in markers])
    if ONE_ASSIGNMENT.search(" ".join(block.text for block in blocks if block.kind != TABLE_ROW)):
        lots = [lot for lot in lots if CHOICE_WORD.match(lot.label)]  # "onderdelen" of one assignment are no lots
    if not listed:
        for lot in lots:
            lot.block = next(block.position for block, found in markers if found.title == lot.title)
        starts = [(block, next(lot for lot in lots if lot.title == found.title)) for block, found in markers
                  if any(lot.title == found.title for lot in lots)]
        at = {block.position: block for block in blocks}
        for number, position in enumerate(goal_blocks, start=1):
            owner = _owner(at.get(position), starts)
            if owner is not None and number not in owner.goals:
                owner.goals.append(number)
    _table_facts(blocks, lots)
    area = area_places([block.text for block in blocks])
    for lot in lots:
        texts = [goal_texts[n - 1] for n in lot.goals if n <= len(goal_texts)]
        named = [place for place in area if any(re.search(rf"\b{re.escape(place)}\b", text) for text in texts)]
        lot.places = lot.places or named or list(area)
        lot.page_limit = lot.page_limit or _per_lot_limit(blocks, lot)
        lot.budget = next((part["amount"] for part in budget_parts if _names(part["name"], lot)), None)
    return lots


def _owner(block: Block | None, starts: list[tuple[Block, Lot]]) -> Lot | None:
    """The lot a goal's block stands under: the last lot before it whose heading is in its heading path (or that is
    a line, not a heading, or any lot where the block's path is unknown); None before the first lot or outside
    every lot heading's section."""
    if block is None:
        return None
    for start, lot in reversed(starts):
        if start.position < block.position and (start.kind != HEADING or not block.section or start.text in block.section):
            return lot
    return None


def _choice_level(markers: list[tuple[Block, Lot]]) -> list[tuple[Block, Lot]]:
    """Percelen (kavels) where the tender names them: the themes or result areas inside a perceel are no lots of
    their own ("Perceel 1 …" above "Resultaatgebied 1 …")."""
    chosen = [(block, lot) for block, lot in markers if CHOICE_WORD.match(lot.label)]
    return chosen if len({lot.title for _, lot in chosen}) >= 2 else markers


def listed_lots(blocks: list[Block]) -> list[Lot]:
    """The percelen a tender lists without a section each: list items ("Perceel 1: Informele zorg en vrijwillige
    inzet (…);", "~ Perceel 1 – Jongerenwerk Ravensloot-stad: maximaal € 385.000 per jaar") or the rows of a table of
    percelen ("| Perceel 1 Jongerenwerk | € 410.000 |", "| 1 | Respijtzorg aan huis | € 640.000 |"), each with the
    block that names it; [] unless two or more."""
    found: dict[str, Lot] = {}
    for block in blocks:
        lot = _listed_item(block) if block.kind == "list_item" else _table_lot(block) if block.kind == TABLE_ROW else None
        if lot is not None and lot.label not in found:
            lot.block = block.position
            found[lot.label] = lot
    return list(found.values()) if len(found) >= 2 else []


def _listed_item(block: Block) -> Lot | None:
    if (found := LISTED.match(block.text)) is None:
        return None
    return Lot(_capital(found["name"].strip(" -–—")), _label(found["word"], found["label"]))


def _table_lot(block: Block) -> Lot | None:
    """The perceel a row of a table of percelen names: by its first cell, or its number and the name column."""
    header, cells = [h.strip().lower() for h in block.header], [c.strip() for c in block.cells]
    if len(header) < 2 or len(cells) != len(header) or not re.fullmatch(rf"{CHOICE}", header[0]):
        return None
    if (whole := re.fullmatch(rf"(?:{CHOICE}\s+)?(\d{{1,2}}|[A-Z])\s*[–—:.-]?\s+(?P<name>{_NAME})", cells[0])):
        return Lot(_capital(whole["name"].strip()), _label(header[0], whole[1]))
    if (bare := re.fullmatch(rf"(?:{CHOICE}\s+)?(\d{{1,2}}|[A-Z])", cells[0])) and header[1] in NAME_COLUMNS and cells[1]:
        return Lot(_capital(cells[1]), _label(header[0], bare[1]))
    return None


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def own_goals(lots: list[Lot]) -> list[Lot]:
    """The lots, each with only its own goals: a goal in every one of two or more lots (one "voor alle percelen") is
    none's own, so a draft answering the lots apart answers it once, outside them."""
    shared = set.intersection(*(set(lot.goals) for lot in lots)) if len(lots) >= 2 else set()
    return [replace(lot, goals=[n for n in lot.goals if n not in shared]) if shared else lot for lot in lots]


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
    word = re.match(rf"\W*({GROUP_WORD})", text, re.IGNORECASE)[1]
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


def _per_lot_limit(blocks: list[Block], lot: Lot) -> int | None:
    """A page limit the tender sets for each lot ("niet meer dan twee A4'tjes per perceel"), by the lot's own word: a
    limit "per resultaatgebied" inside a perceel is no perceel's."""
    word = re.escape(lot.label.split()[0]) if lot.label else GROUP_WORD
    per_lot = re.compile(rf"\bper\s+{word}\b", re.IGNORECASE)
    return next((limit for block in blocks if block.kind != TABLE_ROW and per_lot.search(block.text)
                 for sentence in split_sentences(block.text)
                 if per_lot.search(sentence) and (limit := page_limit_in(sentence))), None)
