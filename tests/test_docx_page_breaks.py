"""Page breaks in the rendered draft: a chapter that starts on a new page never leaves a blank page behind."""
from __future__ import annotations

import io
import shutil

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from proposal_builder.drafting.docx_writer import render
from proposal_builder.drafting.document import Heading, Outline, PageBreak, Run, Table, para
from proposal_builder.drafting.libreoffice import docx_to_pdf
from proposal_builder.drafting.models import TenderInfo

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
TENDER = TenderInfo(title="Welzijn in de dorpen", municipality="Mepperdam", organisation="Stichting Proef",
                    municipalities=["Mepperdam"])


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _units(lines_before_table: range) -> Outline:
    """One unit per count: that many lines of text, a table, then a break and the next unit's heading.
    Over the range the table's end moves down the page past its foot, as a budget table does in a draft."""
    blocks = []
    for n in lines_before_table:
        blocks += [Heading(f"Eenheid {n}", 1, numbered=False), *(para(f"Regel {i} van eenheid {n}.") for i in range(n))]
        rows = 1 + n % 7  # rows are taller than lines of text: together they reach every spot near the foot
        blocks += [Table(["Kostenpost", "Bedrag"], [[[[Run("Post")]], [[Run("[bedrag]")]]]] * rows),
                   PageBreak()]
    return Outline(blocks=[*blocks, Heading("Bijlage: gebruikte bronnen", 1, numbered=False), para("Slot.")])


def test_a_break_is_carried_by_the_next_heading_not_a_paragraph_of_its_own():
    data, _ = render(_units(range(2, 4)), TENDER)
    body = docx.Document(io.BytesIO(data)).element.body
    paragraphs = [p for p in body if p.tag == qn("w:p")]
    break_only = [p for p in paragraphs if p.findall(".//" + qn("w:br")) and not _text(p).strip()]
    assert break_only == []
    starting_a_page = [_text(p) for p in paragraphs if p.find(qn("w:pPr") + "/" + qn("w:pageBreakBefore")) is not None]
    assert starting_a_page == ["Eenheid 3", "Bijlage: gebruikte bronnen"]


def test_the_spacer_after_a_table_goes_before_a_break():
    data, _ = render(_units(range(2, 3)), TENDER)
    body = [child for child in docx.Document(io.BytesIO(data)).element.body if child.tag != qn("w:sectPr")]
    appendix = next(i for i, child in enumerate(body) if _text(child).startswith("Bijlage"))
    assert body[appendix - 1].tag == qn("w:tbl")


def _content_lines(page) -> list[str]:
    """The page's lines without the running header (organisation, subject) and footer (municipality, page)."""
    furniture = (TENDER.organisation, TENDER.title, "Pagina ")
    return [line for line in (page.extract_text() or "").splitlines()
            if line.strip() and not any(part in line for part in furniture)]


@needs_soffice
def test_no_rendered_page_is_blank_wherever_the_table_ends():
    outline = _units(range(10, 56))  # one line at a time over more than a page
    pdf = PdfReader(io.BytesIO(docx_to_pdf(render(outline, TENDER)[0])))
    blank = [number for number, page in enumerate(pdf.pages, 1) if not _content_lines(page)]
    assert blank == []
    assert sum("Eenheid" in (page.extract_text() or "") for page in pdf.pages) == 46  # each unit on its own page
