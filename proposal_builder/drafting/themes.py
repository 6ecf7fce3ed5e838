"""The themes (or parts, result areas) an Open House lets a provider apply for, and where each is carried out.

Read from the tender's own blocks: a line or heading that names a theme ("Thema 2 Grip op geld",
"Resultaatgebied 1 Onafhankelijke cliëntondersteuning", "Thema Ontmoeting: vrij toegankelijke inloop …"),
the goals that follow it up to the next one, and a table of themes against places whose cells say yes
or no ("| Thema | Brakelsveen | Tervoorde |"). Where no such table says where, a theme is carried out in
the places its goals name among those the tender lists as the whole area ("de kernen Wisseloord,
Buinerzand en Lutjevenne"), else in the whole area, else in the tender's municipalities, narrowed to
those the knowledge base shows the organisation works in when it names any of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..tender.extraction.numbers import NUMBER

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


@dataclass
class Theme:
    """One theme of the tender: its label and name, the goals under it (0-based) and where it is carried out."""

    name: str
    label: str = ""
    goals: list[int] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # from the tender's table of themes against places

    @property
    def title(self) -> str:
        """"Thema 2 Grip op geld" as the tender names it, or the name alone."""
        return f"{self.label} {self.name}".strip() if self.label else self.name


def find_themes(blocks: list[dict], goal_blocks: list[int | None]) -> list[Theme]:
    """The tender's themes in order, each with the goals (by their block positions) that follow it."""
    markers = [(block.get("position", n), theme) for n, block in enumerate(blocks) if (theme := _marker(block))]
    themes = _once([theme for _, theme in markers])
    starts = [(position, next(t for t in themes if t.title == theme.title)) for position, theme in markers]
    for index, at in enumerate(goal_blocks):
        owner = next((theme for position, theme in reversed(starts) if at is not None and position < at), None)
        if owner is not None and index not in owner.goals:
            owner.goals.append(index)
    _table_places(blocks, themes)
    return themes


def section_themes(sections: list[list[str]]) -> list[Theme]:
    """The themes named in the goals' heading paths (for goals without the tender's blocks), with their goals."""
    themes: dict[str, Theme] = {}
    for index, path in enumerate(sections):
        found = next((theme for heading in reversed(path) if (theme := _marker({"text": heading}))), None)
        if found is not None:
            themes.setdefault(found.title, found).goals.append(index)
    return list(themes.values())


def _marker(block: dict) -> Theme | None:
    text = " ".join(str(block.get("text") or "").replace("*", " ").split())
    if block.get("kind") == "table_row" or len(text.split()) > MARKER_WORDS and not NAMED.match(text):
        return None
    if (found := LABELLED.match(text)) and len(text.split()) <= MARKER_WORDS:
        return Theme(found["name"].strip(" -–"), _label(text, found["label"]))
    if (found := NAMED.match(text)) and block.get("kind") == "list_item":
        return Theme(found["name"].strip(), _label(text, ""))
    return None


def _label(text: str, number: str) -> str:
    word = re.match(rf"\W*({GROUP_WORD})", text)[1]
    return f"{word.capitalize()} {number}".strip()


def _once(themes: list[Theme]) -> list[Theme]:
    """Each theme once: a tender may name a theme again (a heading and a table row)."""
    kept: dict[str, Theme] = {}
    for theme in themes:
        kept.setdefault(theme.title, theme)
    return list(kept.values())


def _table_places(blocks: list[dict], themes: list[Theme]) -> None:
    """Fill each theme's places from a table of themes against places ("1 Digitaal meedoen | ja | nee")."""
    for block in blocks:
        header, cells = list(block.get("header") or []), list(block.get("cells") or [])
        if block.get("kind") != "table_row" or len(header) < 2 or len(cells) != len(header) \
                or not re.match(rf"\W*(?:{GROUP_WORD})", header[0]) \
                or not all(YES.match(c) or NO.match(c) for c in cells[1:]):
            continue
        theme = _row_theme(cells[0], themes)
        if theme is not None:
            theme.places = [place.strip() for place, cell in zip(header[1:], cells[1:]) if YES.match(cell)]


def _row_theme(cell: str, themes: list[Theme]) -> Theme | None:
    """The theme a table row names by its number ("2 Grip op geld", "Thema 2") or its name."""
    number = re.match(rf"\W*(?:{GROUP_WORD}\s+)?(\d{{1,2}}|[A-Z])\b", cell)
    for theme in themes:
        if number and theme.label.split()[-1:] == [number[1]]:
            return theme
        if theme.name.lower() in cell.lower():
            return theme
    return None


def area_places(blocks: list[dict]) -> list[str]:
    """The places the tender names as its whole area ("De gemeente bestaat uit de kernen A, B en C")."""
    for block in blocks:
        text = str(block.get("text") or "")
        for found in AREA.finditer(text):
            if COUNTED.search(text[max(0, found.start() - 20):found.start() + 40]):
                return [p.strip() for p in re.split(r"\s*,\s*|\s+en\s+", found["places"]) if p.strip()]
    return []


def theme_places(theme: Theme, goal_texts: list[str], area: list[str], municipalities: list[str],
                 worked: set[str]) -> list[str]:
    """Where we carry a theme out: the tender's table for it; else the places of the area its goals name,
    else the whole area; else the municipalities, narrowed to those the organisation works in (`worked`,
    lower case) when it works in any of them."""
    if theme.places:
        return theme.places
    named = [place for place in area if any(re.search(rf"\b{re.escape(place)}\b", text) for text in goal_texts)]
    if named or area:
        return named or area
    return [m for m in municipalities if m.lower() in worked] or list(municipalities)


def places_worked(records: list[dict], working_area: str = "") -> set[str]:
    """The places (lower case) the knowledge base shows the organisation working in: the municipality of
    each record it uses and the profile's working area, split on commas and "en"."""
    texts = [str(r.get("municipality") or "") for r in records] + [working_area]
    return {part.strip().lower() for text in texts for part in re.split(r"\s*,\s*|\s+en\s+", text) if part.strip()}
