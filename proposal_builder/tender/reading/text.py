"""Read pasted or .txt tender text into blocks."""

import re
from collections import Counter
from dataclasses import replace

from .blocks import Block
from .lines import Line, blocks_from_lines
from .markers import split_bullet

TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A page label as a PDF viewer copies it: "Pagina 3 van 9", "3/9", "- 3 -" (a bare number could be data).
PAGE_LABEL_RE = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|/|of|uit)\s*\d{1,4})?|\d{1,4}\s*(?:van|/|of|uit)\s*\d{1,4}|[-–]\s*\d{1,4}\s*[-–])$",
    re.IGNORECASE,
)


def read_text(text: str) -> list[Block]:
    """Return the blocks of plain text: markdown-ish headings, lists, blank-line paragraphs."""
    return blocks_from_lines(drop_page_furniture(text_lines(text)))


def drop_page_furniture(lines: list[Line]) -> list[Line]:
    """Drop page labels, and running headers or footers next to them, from text copied out of a PDF."""
    labels = [i for i, line in enumerate(lines) if PAGE_LABEL_RE.match(line.text)]
    if not labels:
        return lines
    texts = Counter(line.text for line in lines)
    beside = {j for i in labels for j in (i - 1, i + 1) if 0 < j < len(lines)}
    running = {text for text in (lines[j].text for j in beside) if texts[text] >= 2}
    # the running text only where it stands, next to a page label: elsewhere the same words are the tender's own (a
    # heading the header repeats)
    furniture = set(labels) | {j for j in beside if lines[j].text in running}
    kept, after_break = [], False
    for index, line in enumerate(lines):
        if index in furniture:
            after_break = True
            continue
        # a paragraph may run on across the page break: the blank lines around the furniture say nothing
        kept.append(replace(line, gap_before=False, after_page_break=True) if after_break else line)
        after_break = False
    return kept


def text_lines(text: str) -> list[Line]:
    """Split text into lines, noting blank lines before, indentation and table cells."""
    lines: list[Line] = []
    sparse: list[list[str] | None] = []
    gap = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip() or TABLE_SEPARATOR_RE.match(raw):
            gap = gap or not raw.strip()
            continue
        expanded = raw.expandtabs(4) if "\t" not in raw.strip() else raw
        indent = len(expanded) - len(expanded.lstrip())
        lines.append(Line(raw.strip(), gap_before=gap, indent=indent, cells=_cells(raw)))
        sparse.append(_tab_cells(raw))
        gap = False
    return _spaced_tables(_sparse_rows(lines, sparse))


def _tab_cells(raw: str) -> list[str] | None:
    """The cells of a tab-separated line, however few are filled ("Personeelskosten\t\t" in a form to fill in)."""
    row = raw.strip(" \r\n")
    return [cell.strip() for cell in row.split("\t")] if "\t" in row else None


def _sparse_rows(lines: list[Line], sparse: list[list[str] | None]) -> list[Line]:
    """Tab-separated lines with one cell filled are rows too where they stand in a table of as many columns: the
    cost lines of a budget form ("Personeelskosten\t\t" under "Kostenpost\t2027\t2028")."""
    result = list(lines)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):  # a run reached from the row above, then below
        for index in order:
            beside = [result[j].cells for j in (index - 1, index + 1) if 0 <= j < len(result)]
            cells = sparse[index]
            if result[index].cells is None and cells and any(row is not None and len(row) == len(cells) for row in beside):
                result[index] = replace(result[index], cells=cells)
    return result


SPACED_CELLS_RE = re.compile(r"\s{2,}")


def _spaced_tables(lines: list[Line]) -> list[Line]:
    """Rows copied out of a PDF table, cells apart by two or more spaces: a run of two or more lines with as many cells.
    A row with one cell fewer left one empty: its first where it is indented under the first cell ("  K2 Samenwerking
    20%" below "Kwaliteit  K1 Aanpak  30%", merged with the one above), one in its widest gap where that spans two
    ("Prijs      35%"), else its last."""
    counts = [len(SPACED_CELLS_RE.split(line.text)) if line.cells is None and not split_bullet(line.text) else 0
              for line in lines]  # "•  Het aandeel ..." is a bullet followed by spaces, not a row
    result, index = list(lines), 0
    while index < len(lines):
        end, short = index, set()
        while end < len(lines) and counts[end] >= 2:
            if end > index and counts[end] + 1 == counts[index] and not lines[end].gap_before:  # a blank line ends it
                short.add(end)
            elif counts[end] != counts[index]:
                break
            end += 1
        if end - index - len(short) >= 2:
            for row in range(index, end):
                cells = SPACED_CELLS_RE.split(lines[row].text)
                result[row] = replace(lines[row], cells=_with_empty_cell(lines[row], lines[index], cells) if row in short else cells)
        index = max(end, index + 1)
    return result


def _with_empty_cell(line: Line, first: Line, cells: list[str]) -> list[str]:
    """The cells of a row short of one, with the empty one put back where the row shows it."""
    if line.indent >= first.indent + 2:
        return ["", *cells]
    gaps = [len(gap) for gap in SPACED_CELLS_RE.findall(line.text)]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    return [*cells[:widest + 1], "", *cells[widest + 1:]] if gaps[widest] >= 4 else [*cells, ""]


def _cells(raw: str) -> list[str] | None:
    """Cells of a tab-separated or |-delimited table row, else None."""
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return [c.strip() for c in stripped.strip("|").split("|")]
    if "\t" in stripped:
        cells = [c.strip() for c in raw.strip(" \r\n").split("\t")]  # empty cells (merged ones) keep their column
        return cells if sum(1 for c in cells if c) >= 2 else None
    return None
