"""Counting a draft's pages: a LibreOffice render that fails once (a busy machine) is tried again before the draft
falls back on an estimate; one that keeps failing gives the estimate."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.drafting import fitting
from proposal_builder.drafting.document import Heading, Outline, Paragraph, Run
from proposal_builder.drafting.libreoffice import RenderError


def _pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Pagina {number + 1}")
    return bytes(pdf.output())


def _flaky(failures: int):
    calls = []

    def render(docx_bytes, soffice=None, workdir=None):
        calls.append(1)
        if len(calls) <= failures:
            raise RenderError("LibreOffice kon het concept niet omzetten naar PDF.")
        return _pdf(3)
    return render, calls


def _outline() -> Outline:
    return Outline(blocks=[Heading("1 Aanpak", 1), Paragraph([Run("Tekst " * 40)])])


def test_a_render_that_fails_once_is_tried_again_and_counted(monkeypatch):
    render, calls = _flaky(failures=1)
    monkeypatch.setattr(fitting, "docx_to_pdf", render)
    count = fitting.count_pages(b"docx", _outline(), soffice="/usr/bin/soffice")
    assert len(calls) == 2 and count.total == 3 and not count.estimated


def test_a_render_that_keeps_failing_gives_the_estimate(monkeypatch):
    render, calls = _flaky(failures=5)
    monkeypatch.setattr(fitting, "docx_to_pdf", render)
    count = fitting.count_pages(b"docx", _outline(), soffice="/usr/bin/soffice")
    assert len(calls) == fitting.RENDER_TRIES and count.estimated
