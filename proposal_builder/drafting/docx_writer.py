"""Render an outline to .docx bytes in the styles of a house-style template."""
from __future__ import annotations

import io
import re

from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from . import wording
from .document import Heading, Outline, PageBreak, Paragraph, Run, Table
from .models import TenderInfo
from .template import StyleMap, open_template

FALLBACK_HEADING_SIZES = {1: 16, 2: 13, 3: 11}
# Characters XML 1.0 cannot hold (a form feed pasted into a summary made every draft fail): dropped.
_NOT_XML = dict.fromkeys([*(c for c in range(0x20) if c not in (0x09, 0x0a, 0x0d)), 0xfffe, 0xffff,
                          *range(0xd800, 0xe000)])


def xml_safe(text: str) -> str:
    """The text without the control characters and lone surrogates Word's XML cannot hold."""
    return text if text.isascii() and text.isprintable() else text.translate(_NOT_XML)


def _add_paragraph(container, styles: StyleMap, name: str | None):
    """A new paragraph in `container`, its style set by id (python-docx's lookup by name is slow)."""
    paragraph = container.add_paragraph()
    name = name or styles.paragraph.get("body")
    if name:
        paragraph._p.style = styles.ids[name]
    return paragraph


def _mark_run(run, mark: str, styles: StyleMap) -> None:
    if mark == "bold":
        run.bold = True
    elif mark == "italic":
        run.italic = True
    elif styles.character.get(mark):
        run._r.style = styles.ids[styles.character[mark]]
    elif mark == "placeholder":
        run.bold = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    elif mark == "source":
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor(0x6B, 0x6B, 0x6B)


def _add_runs(paragraph, runs: list[Run], styles: StyleMap) -> None:
    for run in runs:
        _mark_run(paragraph.add_run(xml_safe(run.text)), run.mark, styles)


def _paragraph(document, block: Paragraph, styles: StyleMap) -> None:
    style = styles.paragraph.get(block.role)
    runs = block.runs
    if block.role == "bullet" and not style:
        runs = [Run("• "), *runs]
    paragraph = _add_paragraph(document, styles, style)
    _add_runs(paragraph, runs, styles)
    if block.role == "story":
        paragraph.paragraph_format.left_indent = Cm(0.63)
    if not style and block.role in ("title", "subtitle", "quote"):
        for run in paragraph.runs:  # no such style in the template: format directly
            run.bold = block.role == "title" or None
            run.italic = block.role == "quote" or None
            run.font.size = Pt({"title": 24, "subtitle": 13, "quote": 11}[block.role])


def _heading(document, block: Heading, styles: StyleMap) -> None:
    style = styles.paragraph.get(f"heading{block.level}")
    paragraph = _add_paragraph(document, styles, style)
    run = paragraph.add_run(xml_safe(block.text))
    if not style:
        run.bold = True
        run.font.size = Pt(FALLBACK_HEADING_SIZES.get(block.level, 11))
        paragraph.paragraph_format.keep_with_next = True
    if not block.numbered:
        # numId 0 switches off the numbering a heading style may carry.
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = 0


def _fill_cell(cell, lines: list[list[Run]], styles: StyleMap) -> None:
    for i, line in enumerate(lines or [[]]):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(1), Pt(3), 1.0
        _add_runs(paragraph, line, styles)


def _table(document, block: Table, styles: StyleMap) -> None:
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
    if styles.table:
        table.style = styles.table
    table.autofit = False
    for column, width in zip(table.columns, block.widths_cm):
        column.width = Cm(width)  # the grid, which LibreOffice follows; cells below for Word
    # Repeat the header row on every page the table spans.
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    cells = [[[Run(text, "bold")]] for text in block.header]
    for row, contents in zip(table.rows, [cells, *block.rows]):
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))  # rows stay whole
        for i, (cell, lines) in enumerate(zip(row.cells, contents)):
            if block.widths_cm:
                cell.width = Cm(block.widths_cm[i])
            _fill_cell(cell, lines, styles)
    _add_paragraph(document, styles, None)  # breathing space after the table


def _is_spacer(element) -> bool:
    """An empty body paragraph: no text, no break, no section properties."""
    return element.tag == qn("w:p") and not any(
        child.tag in (qn("w:t"), qn("w:br"), qn("w:sectPr"), qn("w:drawing")) for child in element.iter())


def _drop_trailing_spacer(body) -> None:
    """Before a page break, the breathing space after a table goes: at the foot of a full page it would
    spill onto a page of its own and the break would leave that page blank."""
    children = [child for child in body if child.tag != qn("w:sectPr")]
    if len(children) > 1 and _is_spacer(children[-1]) and children[-2].tag == qn("w:tbl"):
        body.remove(children[-1])


def _break_before(document, element) -> None:
    """Start `element` on a new page: a paragraph carries the break itself (no page-break paragraph of
    its own that could land alone on an otherwise empty page); a table gets a break paragraph before it."""
    if element.tag == qn("w:p"):
        element.get_or_add_pPr().pageBreakBefore_val = True
    else:
        breaker = document.add_page_break()._p
        element.addprevious(breaker)


HEADER_CHARACTERS = 60  # the header's right half; longer subjects would run into the organisation's name
HANGING = frozenset({"en", "of", "van", "de", "het", "een", "in", "voor", "met", "op", "aan", "naar", "tot", "bij", "te"})


def header_subject(tender: TenderInfo) -> str:
    """The proposal's subject for the page header, short enough to stay clear of the organisation's name:
    without the municipalities' names first (the footer names them), then cut after a whole word that
    does not leave a phrase hanging ("… Marveen en")."""
    text = wording.subject(tender.title, tender.municipalities)
    if len(text) <= HEADER_CHARACTERS:
        return text
    names = "|".join(re.escape(name) for name in tender.municipalities if name)
    if names:
        text = re.sub(rf"(?:\s*,\s*|\s+en\s+|\s+)(?:{names})\b", "", text).strip(" ,")
        text = re.sub(r"\s+(?:in|voor|van)\s+(?:de\s+)?(?:gemeenten?\s+)?(?=\d|$)", " ", text).strip()
    if len(text) <= HEADER_CHARACTERS:
        return text
    words = text[:HEADER_CHARACTERS + 1].split()[:-1]
    while words and words[-1].lower().strip(",") in HANGING:
        words.pop()
    return " ".join(words).rstrip(",;:–—-")


def render(outline: Outline, tender: TenderInfo, template=None) -> tuple[bytes, list[str]]:
    """Write the outline into the template; return the .docx bytes and style notices."""
    values = {"{organisatie}": "" if tender.anonymous else tender.organisation, "{aanbesteding}": header_subject(tender),
              "{gemeente}": wording.place(tender.municipalities),
              "{gemeenten}": wording.capitalised(wording.municipalities(tender.municipalities).removeprefix("de "))}
    values = {key: xml_safe(value) for key, value in values.items()}
    document, styles = open_template(template, values)
    body = document.element.body
    break_pending = False
    for block in outline.blocks:
        if isinstance(block, PageBreak):
            _drop_trailing_spacer(body)
            break_pending = True
            continue
        added_at = len(body) - 1  # the body ends in its sectPr; new blocks go in before it
        if isinstance(block, Heading):
            _heading(document, block, styles)
        elif isinstance(block, Paragraph):
            _paragraph(document, block, styles)
        elif isinstance(block, Table):
            _table(document, block, styles)
        if break_pending:
            _break_before(document, body[added_at])
            break_pending = False
    document.core_properties.title = xml_safe(wording.proposal_title(tender))
    document.core_properties.author = "" if tender.anonymous else xml_safe(tender.organisation)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), styles.notices
