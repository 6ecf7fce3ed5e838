"""The .docx reader looks each paragraph style up once per document; what it reads stays the same."""
from __future__ import annotations

import io

import docx

from proposal_builder.tender.reading import read_now
from proposal_builder.tender.reading.blocks import HEADING, LIST_ITEM, PARAGRAPH


def _document_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Doelen", level=1)
    document.add_paragraph("Inwoners voelen zich minder eenzaam.", style="List Bullet")
    document.add_heading("Gunning", level=1)
    document.add_paragraph("Kwaliteit weegt 60%.")
    odd = document.add_paragraph("Een alinea met een stijl die niet bestaat.")
    odd._p.get_or_add_pPr().get_or_add_pStyle().val = "BestaatNiet"  # noqa: SLF001
    document.add_paragraph("Nog een doel in de lijst.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_repeated_styles_and_an_unknown_style_read_as_before():
    blocks = read_now(_document_bytes())
    assert [(b.kind, b.text) for b in blocks] == [
        (HEADING, "Doelen"), (LIST_ITEM, "Inwoners voelen zich minder eenzaam."), (HEADING, "Gunning"),
        (PARAGRAPH, "Kwaliteit weegt 60%."), (PARAGRAPH, "Een alinea met een stijl die niet bestaat."),
        (LIST_ITEM, "Nog een doel in de lijst.")]


def test_two_documents_read_in_one_process_keep_their_own_styles():
    first = docx.Document()
    first.add_paragraph("Eerste kop", style="Heading 1")
    second = docx.Document()
    second.add_paragraph("Gewone tekst zonder kopstijl die lang genoeg is om geen kop te lijken.")
    for document, kind in ((first, HEADING), (second, PARAGRAPH)):
        buffer = io.BytesIO()
        document.save(buffer)
        assert [b.kind for b in read_now(buffer.getvalue())] == [kind]
