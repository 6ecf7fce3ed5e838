"""Rebuild tables set as text inside a narrow column: each row a paragraph, its cells apart by two or more spaces.

A table in a text column of a two-column PDF often has no cell positions to align: every row is written as one
run of text that wraps within the column ("A2 Burenconflicten  aantal meldingen van burenoverlast bij" /
"politie en Kustwonen  486 (2026)  400"). The header is a paragraph of short cells apart by wide spaces; each row
below it is a paragraph that, its wrapped lines joined, holds as many cells.
"""

import re
from dataclasses import dataclass

from .blocks import wrap_join
from .lines import Line
from .markers import split_bullet

SPACED_RE = re.compile(r"\s{2,}")
MAX_HEADER_WORDS = 8  # a header cell names its column in a few words; a longer run is a sentence
MAX_HEADER_LINES = 2


@dataclass
class SpacedLine:
    """A line read from a PDF with its text as set (inner runs of spaces kept) and whether it opens a page or column."""

    line: Line
    raw: str | None  # None for a line that is no single run of text (a row of a table with positioned cells)
    column_start: bool = False


def spaced_tables(items: list[SpacedLine]) -> list[Line]:
    """The lines, with each table of space-separated cells replaced by its rows (header first)."""
    out: list[Line] = []
    index = 0
    while index < len(items):
        found = _table(items, index) if _opens_paragraph(items, index) else None
        if found:
            rows, index = found
            out += [Line(" | ".join(row), cells=row) for row in rows]
        else:
            out.append(items[index].line)
            index += 1
    return out


def _opens_paragraph(items: list[SpacedLine], index: int) -> bool:
    item = items[index]
    return item.raw is not None and (index == 0 or item.line.gap_before or item.column_start or items[index - 1].raw is None)


def _table(items: list[SpacedLine], start: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a header paragraph of two or more short cells starts here and at least one
    row of as many cells follows it; else None."""
    end = _paragraph_end(items, start)
    if end - start > MAX_HEADER_LINES or split_bullet(items[start].line.text):
        return None
    header = _cells(items[start:end])
    if len(header) < 2 or not all(_names_column(cell) for cell in header):
        return None
    rows = [header]
    while end < len(items) and items[end].raw is not None:
        row_end = _paragraph_end(items, end)
        cells = _cells(items[end:row_end])
        if row_end < len(items) and items[row_end].column_start and _same_font(items[end], items[row_end]):
            # a row running on at the top of the next column or page: what stands there is no row of its own
            following = _paragraph_end(items, row_end)
            if len(_cells(items[row_end:following])) != len(header) and len(_cells(items[end:following])) == len(header):
                row_end, cells = following, _cells(items[end:following])
        if len(cells) != len(header) or items[start].line.size > items[end].line.size + 0.5:
            break  # a heading set larger is no header row
        rows.append(cells)
        end = row_end
    return (rows, end) if len(rows) >= 2 else None


def _names_column(cell: str) -> bool:
    """A header cell: a few words (or an abbreviation such as "Nr."), not a sentence nor a separator ("|")."""
    words = cell.split()
    sentence = len(words) > 1 and cell[-1:] in ".!?;:"
    return len(words) <= MAX_HEADER_WORDS and not sentence and bool(re.search(r"\w", cell))


def _paragraph_end(items: list[SpacedLine], start: int) -> int:
    """The index after the paragraph that starts at start: its lines follow without a gap or a column break."""
    end = start + 1
    while end < len(items) and _same_font(items[start], items[end]) and not items[end].line.gap_before \
            and not items[end].column_start:
        end += 1
    return end


def _same_font(first: SpacedLine, other: SpacedLine) -> bool:
    """Whether a line is one run of text in the font of the first line of its paragraph (a heading is not)."""
    return other.raw is not None and (other.line.size, other.line.bold) == (first.line.size, first.line.bold)


def _cells(items: list[SpacedLine]) -> list[str]:
    """The cells of a paragraph's text: its wrapped lines joined; a break at a run of spaces parts two cells."""
    text = ""
    for item in items:
        raw = item.raw or ""
        if not text:
            text = raw
        elif text.endswith(" ") or raw.startswith(" "):
            text = text.rstrip() + "  " + raw.lstrip()
        else:
            drop, separator = wrap_join(text[-80:], raw.lstrip())
            text = text[: len(text) - drop] + separator + raw.lstrip()
    return [" ".join(cell.split()) for cell in SPACED_RE.split(text.strip())]
