"""Read pasted or .txt tender text into blocks."""

import re

from .blocks import Block
from .lines import Line, blocks_from_lines

TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read_text(text: str) -> list[Block]:
    """Return the blocks of plain text: markdown-ish headings, lists, blank-line paragraphs."""
    return blocks_from_lines(text_lines(text))


def text_lines(text: str) -> list[Line]:
    """Split text into lines, noting blank lines before, indentation and table cells."""
    lines: list[Line] = []
    gap = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip() or TABLE_SEPARATOR_RE.match(raw):
            gap = gap or not raw.strip()
            continue
        expanded = raw.expandtabs(4) if "\t" not in raw.strip() else raw
        indent = len(expanded) - len(expanded.lstrip())
        lines.append(Line(raw.strip(), gap_before=gap, indent=indent, cells=_cells(raw)))
        gap = False
    return lines


def _cells(raw: str) -> list[str] | None:
    """Cells of a tab-separated or |-delimited table row, else None."""
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return [c.strip() for c in stripped.strip("|").split("|")]
    if "\t" in stripped:
        cells = [c.strip() for c in stripped.split("\t") if c.strip()]
        return cells if len(cells) >= 2 else None
    return None
