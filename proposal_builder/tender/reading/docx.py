"""Read a .docx tender into blocks: headings, lists and tables in document order."""

import io
import re
import zipfile

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from . import markers
from .blocks import LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, BlockBuilder, clean_text
from .errors import TenderReadError
from .sniffing import check_zip_safety

HEADING_STYLE_RE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
HEADER_WORDS = re.compile(
    r"doel|indicator|streef|nulmeting|resultaat|effect|criteri|weging|punten|omschrijving|"
    r"activiteit|prestatie|datum|onderdeel|thema|naam|maximaal|score|toelichting",
    re.IGNORECASE,
)


def read_docx(data: bytes) -> list[Block]:
    """Return the blocks of a .docx file after checking the archive is safe to open."""
    check_zip_safety(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise TenderReadError("corrupt_docx") from None
    return _DocxWalker(document).blocks()


class _DocxWalker:
    """Walk the document body and feed each paragraph and table to a BlockBuilder."""

    def __init__(self, document):
        self.document = document
        self.builder = BlockBuilder()
        self.numbering = _numbering_formats(document)
        self.pseudo_level = 2
        self.styled: tuple[int, str] | None = None  # the last heading Word's own style ranked: (level, text)

    def blocks(self) -> list[Block]:
        self._walk(self.document.element.body)
        return self.builder.blocks

    def _walk(self, parent) -> None:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                self._paragraph(Paragraph(child, self.document))
            elif child.tag == qn("w:tbl"):
                self._table(Table(child, self.document))
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._walk(content)

    def _paragraph(self, paragraph: Paragraph) -> None:
        text = clean_text(paragraph.text)
        if not text:
            return
        level = _heading_level(paragraph)
        if level:
            self.pseudo_level = level + 1
            self.styled = (level, text)
            self.builder.heading(text, level)
            return
        numbering = _list_numbering(paragraph, self.numbering)
        if numbering:
            ilvl, numbered = numbering
            self.builder.add(LIST_ITEM, text, level=ilvl, numbered=numbered)
            return
        self._plain_paragraph(paragraph, text)

    def _plain_paragraph(self, paragraph: Paragraph, text: str) -> None:
        """A paragraph without heading style or numbering: look at its text and weight."""
        bullet = markers.split_bullet(text) or markers.split_number(text)
        # a bold title opening on a code ("K1a Aanpak van de doelen – 300 punten"): a sub-heading, not a coded item
        bullet = None if bullet and markers.CODE_ITEM_RE.match(text) and _is_bold(paragraph) and \
            markers.heading_shaped(text, 12) else bullet
        numbered_heading = markers.numbered_heading(text)
        if numbered_heading and (_is_bold(paragraph) or "." in text.split()[0].strip(".")):
            level = self._numbered_level(numbered_heading[0])
            self.pseudo_level = level + 1
            self.builder.heading(text, level)
        elif bullet:
            self.builder.add(LIST_ITEM, bullet[1], numbered=bool(markers.split_number(text)))
        elif _is_bold(paragraph) and markers.heading_shaped(text, 12):
            self.builder.heading(text, self.pseudo_level)
        elif markers.caps_heading(text) and markers.heading_shaped(text, 10):
            self.builder.heading(text, 1)  # "WAT WILLEN WE BEREIKEN" typed in capitals
        elif _style_name(paragraph).lower().startswith(("list", "lijst")):
            self.builder.add(LIST_ITEM, text, numbered="number" in _style_name(paragraph).lower())
        else:
            self.builder.add(PARAGRAPH, text)

    def _numbered_level(self, depth: int) -> int:
        """The level of a numbered heading typed as a plain paragraph ("1. Bijdrage aan de effecten – 30 punten" in
        bold): its number's depth, or, under a heading Word's style ranks and which carries no number of its own
        ("Hoe beoordelen wij uw aanvraag?"), that depth below it: such a series is the styled heading's parts, as
        `heading_series` ranks a series that begins under a ranked heading. Under a numbered styled heading
        ("2 Doelen") the plain numbers continue or nest in its own series, so their depth stands."""
        if self.styled is None or markers.NUMBERED_HEADING_RE.match(self.styled[1]):
            return depth
        return self.styled[0] + depth

    def _table(self, table: Table) -> None:
        rows = [_row_cells(row) for row in table.rows]
        rows = [row for row in rows if any(row)]
        width = max((len(row) for row in rows), default=0)
        if width <= 1:  # a framed note: read its text as paragraphs
            for row in rows:
                for line in row[0].split("\n") if row else []:
                    self.builder.add(PARAGRAPH, line)
            return
        header = rows[0] if len(rows) > 1 and _is_header_row(table, rows[0]) else []
        body = rows[1:] if header else rows
        sub_header = _sub_header(table) if header and len(body) > 1 else None
        if sub_header:
            header, body = sub_header, body[1:]
        for row in body:
            cells = [clean_text(cell) for cell in row]
            self.builder.add(TABLE_ROW, " | ".join(c for c in cells if c), cells=cells, header=header)


def _paragraph_style(paragraph: Paragraph):
    """The paragraph's style, None when it names one the document lacks. Looked up once per style id and
    document: python-docx searches the styles part on every lookup (the default style by XPath), which was
    85 % of reading a 20-page .docx."""
    cache = paragraph.part.__dict__.setdefault("_style_by_id", {})
    style_id = paragraph._p.style  # noqa: SLF001 - the id python-docx itself looks the style up by
    if style_id not in cache:
        try:
            cache[style_id] = paragraph.style
        except (KeyError, ValueError):
            cache[style_id] = None
    return cache[style_id]


def _style_chain(paragraph: Paragraph):
    """The paragraph's style and the styles it is based on, nearest first."""
    style = _paragraph_style(paragraph)
    seen = 0
    while style is not None and seen < 10:
        yield style
        style, seen = style.base_style, seen + 1


def _style_name(paragraph: Paragraph) -> str:
    style = next(_style_chain(paragraph), None)
    return (style.name or "") if style is not None else ""


def _heading_level(paragraph: Paragraph) -> int:
    """Heading level from the style name (Heading/Kop N, Title) or outline level; 0 otherwise."""
    for style in _style_chain(paragraph):
        name = style.name or ""
        match = HEADING_STYLE_RE.match(name)
        if match:
            return int(match.group(1))
        if name.lower() in ("title", "titel"):
            return 1
    for element in [paragraph._p] + [s.element for s in _style_chain(paragraph)]:
        outline = element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None and outline.get(qn("w:val"), "9").isdigit() and int(outline.get(qn("w:val"))) < 9:
            return int(outline.get(qn("w:val"))) + 1
    return 0


def _list_numbering(paragraph: Paragraph, formats: dict) -> tuple[int, bool] | None:
    """(nesting level, numbered) when Word numbering applies to the paragraph, else None."""
    for element in [paragraph._p] + [s.element for s in _style_chain(paragraph)]:
        num_pr = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            continue
        num_id = _val(num_pr.find(qn("w:numId")))
        if num_id in (None, "0"):
            return None  # numbering explicitly switched off
        ilvl = _level(_val(num_pr.find(qn("w:ilvl")))) or _style_depth(paragraph)
        return ilvl, formats.get((num_id, ilvl), "decimal") != "bullet"
    return None


def _style_depth(paragraph: Paragraph) -> int:
    """Nesting implied by styles such as "List Bullet 2" (depth 1)."""
    match = re.search(r"(?:list|lijst)\D*(\d)$", _style_name(paragraph), re.IGNORECASE)
    return int(match.group(1)) - 1 if match else 0


def _level(value: str | None) -> int:
    """A numbering level as Word writes it (0-8); anything else (a crafted "x1", "99999") is 0."""
    return int(value) if value and value.isdigit() and int(value) <= 8 else 0


def _val(element) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _numbering_formats(document) -> dict:
    """Map (numId, level) to the number format ("bullet", "decimal", ...)."""
    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}
    abstract = {}
    for node in numbering.findall(qn("w:abstractNum")):
        levels = {_level(lvl.get(qn("w:ilvl"))): _val(lvl.find(qn("w:numFmt"))) for lvl in node.findall(qn("w:lvl"))}
        abstract[node.get(qn("w:abstractNumId"))] = levels
    formats = {}
    for num in numbering.findall(qn("w:num")):
        levels = abstract.get(_val(num.find(qn("w:abstractNumId"))), {})
        for ilvl, fmt in levels.items():
            formats[(num.get(qn("w:numId")), ilvl)] = fmt
    return formats


def _is_bold(paragraph: Paragraph) -> bool:
    """True when every run with text is bold, directly or through its style."""
    style_bold = any(s.font.bold for s in _style_chain(paragraph) if s.font.bold is not None)
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)


def _row_cells(row) -> list[str]:
    """Cell texts of a row, with horizontally merged cells counted once."""
    cells, previous = [], None
    for cell in row.cells:
        if cell._tc is not previous:
            cells.append("\n".join(p.text for p in cell.paragraphs).strip())
        previous = cell._tc
    return cells


def _sub_header(table: Table) -> list[str] | None:
    """Two header rows ("Streefwaarde" over "2026 | 2029"): one header per column, or None for a one-row header."""
    top, second = ([clean_text(cell.text) for cell in table.rows[i].cells] for i in (0, 1))
    spans = [i for i in range(1, len(top)) if table.rows[0].cells[i]._tc is table.rows[0].cells[i - 1]._tc]
    if not spans or len(second) != len(top) or any(markers.words(text) > 4 for text in second):
        return None
    under_span = {i for s in spans for i in (s - 1, s)}
    if any(second[i] in ("", top[i]) for i in under_span) or any(second[i] not in ("", top[i]) for i in range(len(top)) if i not in under_span):
        return None
    return [top[i] if i not in under_span else f"{top[i]} {second[i]}" for i in range(len(top))]


def _is_header_row(table: Table, cells: list[str]) -> bool:
    """True when the first row labels the columns rather than holding data."""
    texts = [clean_text(c) for c in cells]
    if not all(texts) or any(markers.words(t) > 6 or t.endswith(":") for t in texts):
        return False
    # a year labels its column ("Thema | 2028 | 2029 | Totaal"), as in a pasted or PDF table; other figures are data
    if any(re.fullmatch(r"[\d.,%€ -]+", t) and not re.fullmatch(r"(?:19|20)\d\d", t) or markers.VALUE_CELL_RE.match(t)
           for t in texts):
        return False
    first_row_bold = all(_is_bold(p) for cell in table.rows[0].cells for p in cell.paragraphs if p.text.strip())
    return first_row_bold or len(texts) >= 3 or any(HEADER_WORDS.search(t) for t in texts)
