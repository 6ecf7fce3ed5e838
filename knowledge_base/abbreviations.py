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
    """A short hash of the table: the index is rebuilt when it changes."""
    return hashlib.sha1(DATA.read_bytes()).hexdigest()[:8]


def _written_out(match: re.Match, table: dict[str, Abbreviation], plural: bool = False) -> str:
    found = table[match["word"].lower()]
    tail, end = match["tail"] or "", match["end"] or ""
    if plural and not tail and end != "-" and found.plural:
        return found.plural  # a group written short: "jonge mz" are jonge mantelzorgers
    if tail and not found.plural:
        return match[0]  # "cas" is no plural of "ca"
    if end == "-" and not tail and found.compound:
        return found.compound  # "mz-waardering" → "mantelzorgwaardering", "vw-werk" → "vrijwilligerswerk"
    return (found.plural if tail else found.singular) + (end if end == "-" else "")


def expand(text: str, keep_capitals: bool = False, plural: bool = False, reader: bool = False) -> str:
    """`text` with every abbreviation of the table written out; with `keep_capitals`, as a reader wants it, only
    shorthand written in lower case ("jw", "Jw", "vw's"): an acronym in capitals ("MDT", "JGZ Lindeland") stays, for it
    may be part of a name; with `plural`, for a group or a unit, in the plural where the table has one ("75+ en mz":
    "75+ en mantelzorgers"); with `reader`, for a draft, the reader's table too ("hb", "t/m": READER_DATA)."""
    pattern, table = _table(reader)
    if not text:
        return text
    return pattern.sub(lambda match: match[0] if keep_capitals and match["word"].isupper()
                       else _written_out(match, table, plural), text)
