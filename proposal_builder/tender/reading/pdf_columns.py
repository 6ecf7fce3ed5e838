"""Put the lines of a two-column PDF page in reading order: left column, then right, band by band."""

import statistics
from collections import Counter
from dataclasses import replace

from .pdf_layout import ALIGN, Chunk, VisualLine, visual_lines

MIN_COLUMN_LINES = 6  # fewer lines in the right column: a table or a note, not a text column
COLUMN_SHARE = 0.2  # share of the page's lines that must have text in the right column
FULL = 0.6  # column lines of running text reach at least this share of the column width
TABLE_SHARE = 0.3  # share of the right-column lines with three or more cells that makes them table rows
MAX_CROSSING = 0.25  # share of lines running over both columns (titles, headers) a two-column page can have


def reading_order(chunks: list[Chunk], page_width: float, gutter_before: float | None = None,
                  walls: list[tuple[float, float, float]] = ()) -> tuple[list[VisualLine], float | None]:
    """The page's visual lines in reading order, and the x where its second column starts (None for one column).
    A two-column page is read column by column; a page after a two-column page that has text at that page's
    column start and none over it is set in the same columns, however few lines its right column holds (the end
    of a document filling a last page partly). `walls`: the page's vertical rules, which part a line's cells."""
    lines = visual_lines(chunks, walls)
    gutter = column_start(lines, page_width)
    if gutter is None and gutter_before is not None and _continues(lines, gutter_before):
        gutter = gutter_before
    if gutter is None:
        return lines, None
    margin = min(chunk.x for chunk in chunks)
    ordered, band = [], []
    for line in lines:
        if _crosses(line, gutter, margin):  # a title or running header over both columns closes a band
            ordered += _by_column(band, gutter) + [line]
            band = []
        else:
            band.append(line)
    return ordered + _by_column(band, gutter), gutter


def _continues(lines: list[VisualLine], start: float) -> bool:
    """True when a page keeps a two-column layout that starts its second column at start: some lines begin
    there and, but for a title or running header, none runs over it."""
    if not any(abs(chunk.x - start) <= ALIGN for line in lines for chunk in line.chunks):
        return False
    margin = min(chunk.x for line in lines for chunk in line.chunks)
    return sum(_crosses(line, start, margin) for line in lines) <= 2 and not _table_side(lines, start)


def column_start(lines: list[VisualLine], page_width: float) -> float | None:
    """The x where the second text column starts, or None when the page is not set in two columns."""
    middle = [chunk.x for line in lines for chunk in line.chunks if 0.3 * page_width < chunk.x < 0.7 * page_width]
    if not middle or not lines:
        return None
    start = Counter(round(x / ALIGN) for x in middle).most_common(1)[0][0] * ALIGN
    right = [line for line in lines if any(abs(chunk.x - start) <= ALIGN for chunk in line.chunks)]
    if len(right) < max(MIN_COLUMN_LINES, COLUMN_SHARE * len(_beside(lines, right))):
        return None
    if sum(len(line.cells) >= 3 for line in right) > TABLE_SHARE * len(right):
        return None  # the middle edge is a column of tables with three or more cells to a row
    if _table_side(_beside(lines, right), start):
        return None  # cells apart on one side of the middle edge: table columns, not columns of text
    margin = min(chunk.x for line in lines for chunk in line.chunks)
    within = [line for line in lines if not _crosses(line, start, margin)]
    if len(within) < (1 - MAX_CROSSING) * len(lines):
        return None  # mostly full-width text: a table in a one-column page
    return start if _running_text(within, start, margin) else None


def _table_side(lines: list[VisualLine], start: float) -> bool:
    """True when on either side of the middle edge many lines hold two cells or more: a column of text holds one."""
    for on_side in (lambda x: x < start - ALIGN, lambda x: x >= start - ALIGN):
        counts = [n for n in (sum(on_side(cell[0].x) for cell in line.cells) for line in lines) if n]
        if sum(n >= 2 for n in counts) > TABLE_SHARE * len(counts):
            return True
    return False


def _beside(lines: list[VisualLine], right: list[VisualLine]) -> list[VisualLine]:
    """The page's lines from the top of the right column to its bottom: a last page may fill it only partly."""
    top, bottom = max(line.y for line in right), min(line.y for line in right)
    return [line for line in lines if bottom - ALIGN <= line.y <= top + ALIGN]


def _running_text(lines: list[VisualLine], start: float, margin: float) -> bool:
    """True when both columns hold wrapped text that fills them, unlike a table with a short value column."""
    left = [max(c.end for c in line.chunks if c.x < start - ALIGN) for line in lines if any(c.x < start - ALIGN for c in line.chunks)]
    right = [max(c.end for c in line.chunks if c.x >= start - ALIGN) for line in lines if any(c.x >= start - ALIGN for c in line.chunks)]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return False
    left_full = statistics.median(left) - margin >= FULL * (start - margin)
    right_edge = sorted(right)[int(len(right) * 0.9)]
    return left_full and statistics.median(right) - start >= FULL * (right_edge - start)


def _crosses(line: VisualLine, start: float, margin: float) -> bool:
    """True for text over both columns; chunk ends are estimates, so a line from the margin must reach well over."""
    width = start - margin
    return any(
        chunk.x < start - ALIGN and (chunk.end > start + 0.15 * width or chunk.x > margin + width / 2 and chunk.end > start + ALIGN)
        for chunk in line.chunks
    )


def _by_column(lines: list[VisualLine], start: float) -> list[VisualLine]:
    """The band's left-column lines, then its right-column lines."""
    left = _part(lines, lambda chunk: chunk.x < start - ALIGN)
    right = _part(lines, lambda chunk: chunk.x >= start - ALIGN)
    right = [replace(line, column=start) for line in right]  # its lines indent from the column's edge, not the page's
    if right:
        right[0] = replace(right[0], page_start=True)  # its distance to the left column's last line means nothing
    return left + right


def _part(lines: list[VisualLine], keep) -> list[VisualLine]:
    chunks = [chunk for line in lines for chunk in line.chunks if keep(chunk)]
    return visual_lines(chunks) if chunks else []
