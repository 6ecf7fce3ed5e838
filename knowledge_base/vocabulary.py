"""The ways people write the knowledge base's vocabularies, mapped to the stored words.

An import file written by hand says "Effectief: goede aanwijzingen", "Erkend als goed
onderbouwd", "Methodiek" or "ja"; the store holds `effectief - goede aanwijzingen`, `goed
onderbouwd`, `method` and True. Each table below is a list of rules (name, pattern, stored
value, optional note, example) walked in order; the first rule that matches wins. A value no
rule knows is reported as unknown, so the caller keeps it as written with a warning.

The recognition levels follow the shared Dutch recognition system (Movisie's Databank
Effectieve sociale interventies, NJi's Databank Effectieve jeugdinterventies, Trimbos):
goed beschreven (a description judgement, no recognition), goed onderbouwd (level 1) and
effectief with eerste (2), goede (3) or sterke (4) aanwijzingen voor effectiviteit.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Rule:
    """One way of writing a value: a regular expression over the folded text and what it stores."""

    name: str
    pattern: str
    value: object
    note: str = ""
    example: str = ""

    def matches(self, folded: str) -> bool:
        """Whether the folded text is written this way."""
        return re.search(self.pattern, folded) is not None


@dataclass(frozen=True)
class Mapped:
    """The outcome of mapping one written value: the stored value, or `known=False`."""

    value: object
    known: bool
    rule: str = ""
    note: str = ""


_NONE = r"^(?:niet erkend|geen(?: erkenning)?|in beoordeling|nog niet beoordeeld|afgewezen|nee|n ?v ?t|onbekend)$"

EVIDENCE_RULES = [
    Rule("empty", r"^$", ""),
    Rule("not recognised", _NONE, "", example="Niet erkend"),
    Rule("under review", r"\b(?:in beoordeling|aangemeld|beoordeling loopt)\b", "",
         "in beoordeling telt nog niet als erkenning; opgeslagen zonder erkenningsniveau",
         "Goed onderbouwd (in beoordeling)"),
    Rule("strong indications", r"\bsterke aanwijzingen\b", "effectief - sterke aanwijzingen",
         example="Effectief – sterke aanwijzingen voor effectiviteit"),
    Rule("good indications", r"\bgoede aanwijzingen\b", "effectief - goede aanwijzingen",
         example="Effectief: goede aanwijzingen"),
    Rule("first indications", r"\beerste aanwijzingen\b", "effectief - eerste aanwijzingen",
         example="Eerste aanwijzingen voor effectiviteit"),
    Rule("level 4", r"^(?:erkend )?(?:op )?niveau (?:4|iv)\b", "effectief - sterke aanwijzingen", example="niveau 4"),
    Rule("level 3", r"^(?:erkend )?(?:op )?niveau (?:3|iii)\b", "effectief - goede aanwijzingen", example="niveau 3"),
    Rule("level 2", r"^(?:erkend )?(?:op )?niveau (?:2|ii)\b", "effectief - eerste aanwijzingen", example="niveau 2"),
    Rule("level 1", r"^(?:erkend )?(?:op )?niveau (?:1|i)\b", "goed onderbouwd", example="niveau 1"),
    Rule("proven effective (NJi, before 2013)", r"\bbewezen effectief\b", "effectief",
         "oude NJi-term 'bewezen effectief'; opgeslagen als 'effectief' zonder mate van aanwijzingen",
         "Bewezen effectief"),
    Rule("probably effective (NJi, before 2013)", r"\bwaarschijnlijk effectief\b", "effectief",
         "oude NJi-term 'waarschijnlijk effectief'; opgeslagen als 'effectief' zonder mate van aanwijzingen",
         "Waarschijnlijk effectief"),
    Rule("not effective", r"\bniet effectief\b", "", "'niet effectief' is geen erkenning", "Niet effectief"),
    Rule("effective", r"\beffectief\b", "effectief", example="Erkend als effectief"),
    Rule("well founded", r"\bgoed onderbouwd\b", "goed onderbouwd",
         example="Theoretisch goed onderbouwd"),
    Rule("well described", r"\bgoed beschreven\b", "goed beschreven", example="Goed Beschreven"),
]

# Record types: the stored word, English and Dutch names, singular and plural.
TYPE_RULES = [
    Rule("project", r"^(?:project|projecten|programma)$", "project", example="Project"),
    Rule("method", r"^(?:method|methods|methode|methodes|methodiek|methodieken|interventie|interventies|"
                   r"werkwijze|aanpak)$", "method", example="methodiek"),
    Rule("result", r"^(?:result|results|resultaat|resultaten|uitkomst|uitkomsten|effect|effecten)$",
         "result", example="Resultaat"),
]

FLAG_RULES = [
    Rule("yes", r"^(?:ja|j|yes|y|true|waar|1|x|v|aan|on|gegeven|verleend|akkoord|wel)$", True, example="Ja"),
    Rule("no", r"^(?:nee|n|no|false|onwaar|0|uit|off|niet|geen|niet gegeven|)$", False, example="nee"),
]


MONTHS = {name: number for number, names in enumerate([
    ("januari", "jan"), ("februari", "feb"), ("maart", "mrt", "mar"), ("april", "apr"), ("mei",),
    ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"), ("september", "sep", "sept"),
    ("oktober", "okt", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_DATE_FORMS = [  # (pattern over the folded text, order of the groups: year, month, day)
    (r"^(\d{4}) (\d{1,2}) (\d{1,2})$", (1, 2, 3)),
    (r"^(\d{1,2}) (\d{1,2}) (\d{4})$", (3, 2, 1)),
    (r"^(\d{1,2}) ([a-z]+) (\d{4})$", (3, 2, 1)),
]


def fold(text: str) -> str:
    """Text as the rules read it: lower case, accents kept, dashes, colons and brackets as spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u2010-\u2015\u2212\-:;,.()\[\]'\"‘’“”/|*_]+", " ", text)
    return " ".join(text.split())


def map_value(value, rules: list[Rule]) -> Mapped:
    """The stored value for `value` by the first rule that matches, or Mapped(value, known=False)."""
    folded = fold("" if value is None else str(value))
    for rule in rules:
        if rule.matches(folded):
            return Mapped(rule.value, True, rule.name, rule.note)
    return Mapped(value, False)


def evidence_level(value) -> Mapped:
    """A recognition level as written → the stored level."""
    return map_value(value, EVIDENCE_RULES)


def record_type(value, known_types: dict[str, str]) -> Mapped:
    """A record type as written → the stored type; `known_types` maps stored types to their Dutch names."""
    folded = fold("" if value is None else str(value))
    for key, label in known_types.items():  # types added later are known by their key and label
        if folded in (fold(key), fold(label)):
            return Mapped(key, True, key)
    return map_value(value, TYPE_RULES)


def flag(value) -> Mapped:
    """A yes/no flag as written (a JSON boolean, 0/1, "ja", "Nee") → True or False."""
    if isinstance(value, bool):
        return Mapped(value, True, "boolean")
    if value is None:
        return Mapped(False, True, "empty")
    return map_value(value, FLAG_RULES)


def recognition_date(value) -> Mapped:
    """A date as written (2021-05-01, 1-5-2021, 01/05/2021, "1 mei 2021") → YYYY-MM-DD."""
    folded = fold("" if value is None else str(value))
    if not folded:
        return Mapped("", True, "empty")
    folded = re.sub(r"^(\d{4}) (\d{2}) (\d{2})t.*$", r"\1 \2 \3", folded)  # a spreadsheet's date and time
    for pattern, (y, m, d) in _DATE_FORMS:
        if found := re.match(pattern, folded):
            month = found.group(m)
            month = MONTHS.get(month) if not month.isdigit() else int(month)
            if month and _valid(int(found.group(y)), month, int(found.group(d))):
                return Mapped(f"{found.group(y)}-{month:02d}-{int(found.group(d)):02d}", True, "date")
    return Mapped(value, False)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
