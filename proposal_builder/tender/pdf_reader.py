"""Read a text PDF into blocks: lines with font facts, page furniture removed."""

import io
import re
from collections import Counter

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from .blocks import Block
from .errors import TenderReadError
from .lines import Line, blocks_from_lines

PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:van|/|of|uit)\s*\d{1,4})?$",
    re.IGNORECASE,
)
MIN_TEXT_CHARS = 20


def read_pdf(data: bytes) -> list[Block]:
    """Return the blocks of a PDF that contains text."""
    pages = [_page_lines(page) for page in _open(data).pages]
    if sum(len(line.text) for page in pages for line in page) < MIN_TEXT_CHARS:
        raise TenderReadError("scanned_pdf")
    lines = [line for page in _drop_furniture(pages) for line in page]
    return blocks_from_lines(lines)


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
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        raise TenderReadError("corrupt_pdf") from None


class _LineCollector:
    """Visitor for pypdf's text extraction that keeps each line's position and font."""

    def __init__(self):
        self.lines: list[dict] = []
        self.current = self._new()

    @staticmethod
    def _new() -> dict:
        return {"parts": [], "y": None, "x": None, "sizes": Counter(), "bold": 0, "chars": 0}

    def visit(self, text, cm, tm, font_dict, font_size) -> None:
        pieces = text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                self.flush()
            if piece:
                self._add(piece, cm, tm, font_dict, font_size)

    def _add(self, piece, cm, tm, font_dict, font_size) -> None:
        line = self.current
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if line["y"] is None and piece.strip():
            line["y"], line["x"] = y, x
        line["parts"].append(piece)
        chars = len(piece.strip())
        line["sizes"][round(font_size * scale, 1)] += chars
        font = str((font_dict or {}).get("/BaseFont", ""))
        if re.search(r"bold|black|heavy|semibold|demi", font, re.IGNORECASE):
            line["bold"] += chars
        line["chars"] += chars

    def flush(self) -> None:
        if self.current["chars"]:
            self.lines.append(self.current)
        self.current = self._new()


def _page_lines(page) -> list[Line]:
    """Extract a page's lines with size, weight, indent and the gap above each."""
    collector = _LineCollector()
    try:
        page.extract_text(visitor_text=collector.visit)
    except (PdfReadError, ValueError, KeyError, TypeError, ZeroDivisionError):
        raise TenderReadError("corrupt_pdf") from None
    collector.flush()
    raw = collector.lines
    if not raw:
        return []
    margin = min(r["x"] for r in raw if r["x"] is not None)
    steps = [abs(a["y"] - b["y"]) for a, b in zip(raw, raw[1:]) if a["y"] is not None and b["y"] is not None]
    usual = _usual_step(steps)
    lines = []
    for index, r in enumerate(raw):
        size = r["sizes"].most_common(1)[0][0] if r["sizes"] else 0.0
        gap = index > 0 and usual > 0 and _step(raw, index) > usual * 1.4
        text = "".join(r["parts"]).strip()
        lines.append(Line(text, gap_before=gap, bold=r["bold"] > r["chars"] * 0.6, size=size, indent=(r["x"] or margin) - margin))
    return lines


def _step(raw: list[dict], index: int) -> float:
    a, b = raw[index - 1]["y"], raw[index]["y"]
    return abs(a - b) if a is not None and b is not None else 0.0


def _usual_step(steps: list[float]) -> float:
    """The most common distance between lines: the body line height."""
    rounded = Counter(round(s) for s in steps if s > 1)
    return float(rounded.most_common(1)[0][0]) if rounded else 0.0


def _drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers and running headers/footers that repeat across pages."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    edge = Counter()
    for page in pages:
        edge.update({key(line) for line in page[:3] + page[-3:]})
    repeated = {k for k, n in edge.items() if len(pages) >= 2 and n >= max(2, len(pages) * 0.5)}
    cleaned = []
    for page in pages:
        ends = set(range(min(3, len(page)))) | set(range(max(0, len(page) - 3), len(page)))
        kept = [line for i, line in enumerate(page) if not (i in ends and (key(line) in repeated or PAGE_NUMBER_RE.match(line.text)))]
        cleaned.append(kept)
    return cleaned
