"""Read a text PDF into blocks: lines with font facts, page furniture removed."""

import io
import re
from collections import Counter

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from .blocks import Block
from .errors import MAX_PAGES, TenderReadError, too_many
from .lines import Line, blocks_from_lines
from .pdf_columns import reading_order
from .pdf_layout import MIN_RULE, Chunk, VisualLine, cell_text, find_tables, mark_rules, mend_cells, set_text, words_of
from .pdf_spaced import SpacedLine, spaced_tables

PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:van|/|of|uit)\s*\d{1,4})?$",
    re.IGNORECASE,
)
MIN_TEXT_CHARS = 20


def read_pdf(data: bytes) -> list[Block]:
    """Return the blocks of a PDF that contains text (at most MAX_PAGES pages)."""
    reader = _open(data)
    if len(reader.pages) > MAX_PAGES:
        raise too_many("pages", len(reader.pages))
    pages, gutter, columns = [], None, False
    for page in reader.pages:
        lines, gutter = _page_lines(page, gutter)
        pages.append(lines)
        columns = columns or gutter is not None
    if sum(len(line.text) for page in pages for line in page) < MIN_TEXT_CHARS:
        raise TenderReadError("scanned_pdf")
    return blocks_from_lines(_to_lines(_drop_furniture(pages), columns))


def _open(data: bytes) -> PdfReader:
    """Open the PDF, accepting files encrypted with an empty user password only."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise TenderReadError("encrypted_pdf")
        len(reader.pages)  # touch the page tree so damage shows here
        return reader
    except FileNotDecryptedError:
        raise TenderReadError("encrypted_pdf") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise TenderReadError("corrupt_pdf") from None


class _ChunkCollector:
    """Visitor for pypdf's text extraction that keeps each text run's position and font, and the horizontal rules
    drawn on the page (a table's cell borders: rectangles and lines), as (y, x from, x to)."""

    def __init__(self):
        self.chunks: list[Chunk] = []
        self.rules: list[tuple[float, float, float]] = []
        self.walls: list[tuple[float, float, float]] = []  # vertical rules: a ruled table's column borders (x, y from, y to)
        self._point: tuple[float, float] | None = None

    def draw(self, operator, args, cm, tm) -> None:
        """Keep the edges of rectangles ("re") and straight lines ("m" ... "l"): horizontal ones as rules, upright
        ones as walls."""
        try:
            numbers = [float(a) for a in args]
        except (TypeError, ValueError):
            return
        if operator == b"re" and len(numbers) == 4:
            x, y, width, height = numbers
            self._edge(cm, x, y, x + width, y)
            if abs(height) > MIN_RULE:  # a cell's box: its bottom edge too (a thin filled bar is one rule)
                self._edge(cm, x, y + height, x + width, y + height)
            self._edge(cm, x, y, x, y + height)
            if abs(width) > MIN_RULE:  # a cell's box: its right edge too (a thin upright bar is one wall)
                self._edge(cm, x + width, y, x + width, y + height)
        elif operator == b"m" and len(numbers) == 2:
            self._point = (numbers[0], numbers[1])
        elif operator == b"l" and len(numbers) == 2 and self._point is not None:
            (x0, y0), (x1, y1) = self._point, numbers
            self._edge(cm, x0, y0, x1, y1)
            self._point = (x1, y1)

    def _edge(self, cm, x0: float, y0: float, x1: float, y1: float) -> None:
        """A straight edge on the page: a rule (y, x from, x to) when it runs level, a wall (x, y from, y to) when it
        stands upright, either only when at least four times MIN_RULE long."""
        (a, ya), (b, yb) = _apply(cm, x0, y0), _apply(cm, x1, y1)
        if abs(ya - yb) < 0.5 and abs(b - a) >= MIN_RULE * 4:
            self.rules.append((ya, min(a, b), max(a, b)))
        elif abs(a - b) < 0.5 and abs(yb - ya) >= MIN_RULE * 4:
            self.walls.append((a, min(ya, yb), max(ya, yb)))

    def visit(self, text, cm, tm, font_dict, font_size) -> None:
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = str((font_dict or {}).get("/BaseFont", ""))
        bold = bool(re.search(r"bold|black|heavy|semibold|demi", font, re.IGNORECASE))
        for piece in text.split("\n"):
            if piece.strip():
                self.chunks.append(Chunk(x, y, piece, round(font_size * scale, 1), bold))


def _apply(cm, x: float, y: float) -> tuple[float, float]:
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]


def _page_lines(page, gutter_before: float | None = None) -> tuple[list[VisualLine], float | None]:
    """A page's visual lines in reading order, each marked when a drawn rule runs right above it, and where its
    second text column starts (None for one column); gutter_before is the previous page's."""
    collector = _ChunkCollector()
    try:
        page.extract_text(visitor_text=collector.visit, visitor_operand_before=collector.draw)
    except (PdfReadError, ValueError, KeyError, TypeError, ZeroDivisionError, RecursionError):
        raise TenderReadError("corrupt_pdf") from None
    lines, gutter = reading_order(collector.chunks, float(page.mediabox.width), gutter_before, collector.walls)
    return mark_rules(lines, collector.rules), gutter


def _to_lines(pages: list[list[VisualLine]], columns: bool = False) -> list[Line]:
    """Lines with size, weight, indent and the gap above each; tables (even across pages) become rows, in a document
    set in two columns also those set in a column as runs of text (see `pdf_spaced`)."""
    margin = min((line.cells[0][0].x for page in pages for line in page), default=0.0)
    steps = [(a.y - b.y, _size(a), _size(b)) for page in pages for a, b in zip(page, page[1:])]
    body = Counter(size for _, size, _ in steps).most_common(1)[0][0] if steps else 0.0
    usual = _usual_step(steps, body)
    for page in pages:
        if page:
            page[0].page_start = True
    lines: list[SpacedLine] = []
    previous = None
    items = find_tables([line for page in pages for line in page])
    vocabulary = set().union(*(words_of(item.text) for item in items if not isinstance(item, list)))
    for item in items:
        if isinstance(item, list):
            lines += [SpacedLine(Line(" | ".join(row), cells=row), None) for row in mend_cells(item, vocabulary)]
            previous = None
            continue
        height = usual if _size(item) <= body + 0.5 else max(usual, _size(item) * 1.2)  # a title's lines stand further apart
        gap = previous is not None and not item.page_start and usual > 0 and previous.y - item.y > height * 1.25
        lines.append(SpacedLine(_line(item, gap, margin), _raw_text(item) if columns else None, item.page_start))
        previous = item
    return spaced_tables(lines)


def _raw_text(visual: VisualLine) -> str | None:
    """The text of a line that is one run of text, its spaces as set (a run of them may part two cells); None for a
    line of cells apart by wide gaps. Read only in a document set in two columns: a one-column PDF sets its tables in
    positioned cells, and a run of spaces there is a word processor's spacing (LibreOffice's, in a centred title)."""
    return set_text(visual.chunks) if len(visual.cells) == 1 else None


def _line(visual: VisualLine, gap: bool, margin: float) -> Line:
    chunks = visual.chunks
    chars = sum(len(c.text.strip()) for c in chunks) or 1
    sizes = Counter()
    for chunk in chunks:
        sizes[chunk.size] += len(chunk.text.strip())
    bold = sum(len(c.text.strip()) for c in chunks if c.bold) > chars * 0.6
    text = " ".join(cell_text(cell) for cell in visual.cells)
    left = margin if visual.column is None else visual.column
    return Line(text, gap_before=gap, bold=bold, size=sizes.most_common(1)[0][0], indent=chunks[0].x - left)


def _size(line: VisualLine) -> float:
    return max(chunk.size for chunk in line.chunks)


def _usual_step(steps: list[tuple[float, float, float]], body: float) -> float:
    """The body line height: the smallest common distance between two lines of body text (font size body).

    Not simply the most common distance: in a document of one-line paragraphs that is the paragraph spacing.
    """
    rounded = Counter(round(step) for step, above, below in steps if above == below == body and step >= body * 0.9)
    if not rounded:
        rounded = Counter(round(step) for step, _, _ in steps if step > 1)
    common = [step for step, n in rounded.items() if n >= max(3, 0.15 * sum(rounded.values()))]
    return float(min(common) if common else rounded.most_common(1)[0][0]) if rounded else 0.0


def _drop_furniture(pages: list[list[VisualLine]]) -> list[list[VisualLine]]:
    """Remove page numbers and running headers/footers that repeat across pages."""
    def key(line: VisualLine) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    edge = Counter()
    for page in pages:
        edge.update({key(line) for line in page[:3] + page[-3:]})
    repeated = {k for k, n in edge.items() if len(pages) >= 2 and n >= max(2, len(pages) * 0.5)}
    cleaned = []
    for page in pages:
        ends = set(range(min(3, len(page)))) | set(range(max(0, len(page) - 3), len(page)))
        kept, dropped = [], set()
        for i, line in enumerate(page):
            # A bare number is a page number only as the page's first or last line: one just below
            # the top line ends a title wrapped over lines ("... Veenmarke 2027–" / "2030").
            number = PAGE_NUMBER_RE.match(line.text) and (i in (0, len(page) - 1) or not line.text.strip().isdigit())
            furniture = i in ends and (key(line) in repeated or number)
            # A page carries its running header once: the same words again (page 1's title under a
            # header that repeats it) are the document's own.
            if furniture and key(line) not in dropped:
                dropped.add(key(line))
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned
