"""Abbreviations as staff write them ("mz", "vw's", "MZM"), written out for the index and queries.

A knowledge base kept by busy staff says "vw's nemen de zorg over zodat mz even weg kan"; a
tender says "vrijwilligers" and "mantelzorgers". Neither the model nor the Dutch stemmer knows
"mz", so such a record was found by neither. The table is data (`data/abbreviations.txt`, one
abbreviation a line with its singular, plural and compound form), so an organisation adds its own.
What is shown stays as written; only what is embedded and what the keyword table holds is expanded.
A draft writes out shorthand for its reader from this table and `data/abbreviations_reader.txt`, which holds
shorthand measured not to help search (the index and the queries leave it as written).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "abbreviations.txt"
READER_DATA = DATA.with_name("abbreviations_reader.txt")
CONTEXT_DATA = DATA.with_name("abbreviations_context.txt")  # shorthand with several meanings: by the words around it


@dataclass(frozen=True)
class Abbreviation:
    """One abbreviation: the ways it is written and the words it stands for."""

    written: tuple[str, ...]
    singular: str
    plural: str = ""
    compound: str = ""  # its form as the first part of a compound: "mz-waardering" → mantelzorgwaardering


def parse(text: str) -> list[Abbreviation]:
    """The abbreviations of a table in the data file's format (comments and blank lines skipped)."""
    table = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        written, meaning = (part.strip() for part in line.split("=", 1))
        forms = [form.strip() for form in meaning.split("|")] + ["", ""]
        table.append(Abbreviation(tuple(w.strip().lower() for w in written.split(",")), *forms[:3]))
    return table


def _pattern(table: list[Abbreviation]) -> re.Pattern:
    written = sorted({re.escape(w) for a in table for w in a.written}, key=len, reverse=True)
    return re.compile(r"(?<![\w'.@])(?P<word>" + "|".join(written) + r")(?P<tail>'s|'ers|ers|s)?"
                      r"(?P<end>\.(?=\s+\d)|-(?=\w))?(?:(?<=-)|(?![\w']))", re.IGNORECASE)


@lru_cache(maxsize=2)
def _table(reader: bool = False) -> tuple[re.Pattern, dict[str, Abbreviation]]:
    table = parse(DATA.read_text(encoding="utf-8"))
    if reader:
        table += parse(READER_DATA.read_text(encoding="utf-8"))
    return _pattern(table), {w: a for a in table for w in a.written}


def version() -> str:
    """A short hash of the tables search reads (the table and the shorthand decided by context): the index is
    rebuilt when one changes."""
    return hashlib.sha1(DATA.read_bytes() + CONTEXT_DATA.read_bytes()).hexdigest()[:8]


# A count just before shorthand ("20 hh", "negentien hh", "38 vw"): more than one, so a reader gets the plural. Not for
# search: the stems are the same, and the changed embedding only reshuffled near ties (round 11's "74 mz ingevuld" moved
# a partial result above a relevant one and the draft lost the goal's relevant evidence).
COUNTED = re.compile(r"(?<![\w,.])(?:\d*[02-9]|\d+[.,]\d+|\d{2,}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
                     r"\w+tien|\w+tig|\w*honderd\w*|\w*duizend\w*)\s+$", re.IGNORECASE)


def _written_out(match: re.Match, table: dict[str, Abbreviation], plural: bool = False, reader: bool = False) -> str:
    found = table[match["word"].lower()]
    tail, end = match["tail"] or "", match["end"] or ""
    plural = plural or reader and bool(COUNTED.search(match.string, 0, match.start()))
    if plural and not tail and end != "-" and found.plural:
        return found.plural  # a group written short or counted: "jonge mz" are jonge mantelzorgers, "20 hh" huishoudens
    if tail and not found.plural:
        return match[0]  # "cas" is no plural of "ca"
    if end == "-" and not tail and found.compound:
        return found.compound  # "mz-waardering" → "mantelzorgwaardering", "vw-werk" → "vrijwilligerswerk"
    return (found.plural if tail else found.singular) + (end if end == "-" else "")


@dataclass(frozen=True)
class InContext:
    """One meaning of shorthand that has several, with the words before and after that decide it."""

    written: str
    meaning: str
    before: re.Pattern
    after: re.Pattern


@lru_cache(maxsize=1)
def _in_context() -> tuple[re.Pattern | None, dict[str, list[InContext]]]:
    meanings: dict[str, list[InContext]] = {}
    for line in CONTEXT_DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        written, rest = (part.strip() for part in line.split("=", 1))
        meaning, before, after = (part.strip() for part in (rest.split("||") + ["", ""])[:3])
        meanings.setdefault(written.lower(), []).append(InContext(
            written.lower(), meaning, re.compile(f"(?:{before})$" if before else "$"), re.compile(after or "")))
    words = sorted((re.escape(w) for w in meanings), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'.@])(?:" + "|".join(words) + r")(?![\w'])", re.IGNORECASE) if words else None
    return pattern, meanings


def _decided(text: str) -> str:
    """`text` with shorthand of several meanings written out where the words around it decide the meaning ("gem. 9
    maanden" → "gemiddeld 9 maanden", "voor gem. Lindewaerde" → "voor gemeente Lindewaerde"), else as written."""
    pattern, meanings = _in_context()

    def meant(match: re.Match) -> str:
        for option in meanings[match[0].lower()]:
            if option.before.search(text[:match.start()]) and option.after.match(text[match.end():]):
                return option.meaning[:1].upper() + option.meaning[1:] if match[0][:1].isupper() else option.meaning
        return match[0]
    return pattern.sub(meant, text) if pattern else text


def expand(text: str, keep_capitals: bool = False, plural: bool = False, reader: bool = False) -> str:
    """`text` with every abbreviation of the table written out; with `keep_capitals`, as a reader wants it, only
    shorthand written in lower case ("jw", "Jw", "vw's"): an acronym in capitals ("MDT", "JGZ Lindeland") stays, for it
    may be part of a name; with `plural`, for a group or a unit, in the plural where the table has one ("75+ en mz":
    "75+ en mantelzorgers"); with `reader`, for a draft, the reader's table too ("hb", "t/m": READER_DATA). Shorthand of
    several meanings is written out where the words around it decide one (CONTEXT_DATA), for search and reader alike."""
    pattern, table = _table(reader)
    if not text:
        return text
    text = _decided(text)
    return pattern.sub(lambda match: match[0] if keep_capitals and match["word"].isupper()
                       else _written_out(match, table, plural, reader), text)
