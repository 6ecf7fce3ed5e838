"""Checks before download: traceable numbers, a section per goal, length against the page limit."""
import io
import shutil

import pytest
from pypdf import PdfReader

from proposal_builder.drafting import (check_draft, check_goal_sections, check_length, check_numbers,
                                       draft_proposal)
from proposal_builder.drafting.libreoffice import docx_to_pdf
from tests.drafting_samples import GOAL_TEXTS, open_docx, sample_request

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def request_and_docx():
    request = sample_request()
    return request, draft_proposal(request).docx


def test_planted_figure_is_caught(request_and_docx):
    request, data = request_and_docx
    document = open_docx(data)
    document.paragraphs[20].add_run(" Wij bereikten 4.321 deelnemers.")
    untraced = check_numbers(saved(document), request)
    assert [u.number for u in untraced] == ["4.321"]
    assert "Wij bereikten 4.321 deelnemers." in untraced[0].context


def test_changed_record_value_is_caught(request_and_docx):
    request, data = request_and_docx
    document = open_docx(data)
    paragraph = next(p for p in document.paragraphs if "72%" in p.text)
    for run in paragraph.runs:
        run.text = run.text.replace("72%", "77%")
    assert [u.number for u in check_numbers(saved(document), request)] == ["77"]


def test_generated_draft_traces_all_numbers_leaving_tender_figures_dates_and_refs_aside(request_and_docx):
    request, data = request_and_docx
    text = "\n".join(p.text for p in open_docx(data).paragraphs)
    # The goal's own 2027 and 8%, the recognition date and the refs are all in the draft.
    assert "2027" in text and "14 maart 2022" in text and "(bron: M01)" in text
    assert check_numbers(data, request) == []


def test_tender_date_written_as_text_is_not_flagged():
    request = sample_request()
    request.tender.date = "week 46, 2025"
    assert check_numbers(draft_proposal(request).docx, request) == []


def test_figure_in_directors_own_paragraph_is_reported():
    request = sample_request()
    request.goals[1].own_text = "Wij ondersteunen nu 240 mantelzorgers."
    untraced = check_numbers(draft_proposal(request).docx, request)
    assert [u.number for u in untraced] == ["240"]


def test_every_goal_has_a_section(request_and_docx):
    request, data = request_and_docx
    assert check_goal_sections(data, request) == []


def test_goal_whose_section_was_removed_is_reported(request_and_docx):
    request, data = request_and_docx
    document = open_docx(data)
    quote = next(p for p in document.paragraphs if p.text == f"“{GOAL_TEXTS[1]}”")
    quote._p.getparent().remove(quote._p)
    assert check_goal_sections(saved(document), request) == [GOAL_TEXTS[1]]


def test_no_page_limit_means_no_length_check(request_and_docx):
    assert check_length(request_and_docx[1], None) == (None, False, [])


def test_length_estimated_from_words_without_libreoffice(request_and_docx):
    pages, estimated, warnings = check_length(request_and_docx[1], 1, soffice="")
    assert estimated and pages >= 2
    assert "naar schatting" in warnings[0] and "maximaal 1 pagina's" in warnings[0]


@needs_soffice
def test_length_counted_with_libreoffice_warns_over_limit(request_and_docx):
    data = request_and_docx[1]
    pdf_pages = len(PdfReader(io.BytesIO(docx_to_pdf(data))).pages)
    pages, estimated, warnings = check_length(data, pdf_pages - 1)
    assert (pages, estimated) == (pdf_pages, False)
    assert warnings == [f"Het concept telt {pdf_pages} pagina's, inclusief titelpagina en bijlage; de "
                        f"uitvraag staat maximaal {pdf_pages - 1} pagina's toe. Kort de tekst in of "
                        "controleer wat volgens de uitvraag meetelt."]
    assert check_length(data, pdf_pages)[2] == []  # exactly at the limit: no warning


def test_check_draft_collects_dutch_warnings():
    request = sample_request(page_limit=1)
    request.goals[0].own_text = "In 2024 hielpen wij 999 ouderen."
    report = check_draft(draft_proposal(request).docx, request, soffice="")
    assert not report.ok and report.pages_estimated
    assert any("999" in w and "niet herleidbaar" in w for w in report.warnings)
    assert any("maximaal 1 pagina's" in w for w in report.warnings)
    assert report.missing_goals == []
