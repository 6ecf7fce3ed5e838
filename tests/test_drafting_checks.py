"""Checks before download: traceable numbers, a section per goal, repeats, placeholders, targets, length."""
import io
import shutil
from dataclasses import replace

import pytest
from pypdf import PdfReader

from proposal_builder.drafting import check_draft, check_goal_sections, check_numbers, draft_proposal
from proposal_builder.drafting.chapters import APPENDIX_TITLE
from proposal_builder.drafting.checks import body_paragraphs, canonical, repeated_paragraphs
from proposal_builder.drafting.libreoffice import docx_to_pdf
from tests.drafting_samples import GOAL_TEXTS, open_docx, sample_request

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def request_and_draft():
    request = sample_request()
    return request, draft_proposal(request)


def test_planted_figure_is_caught(request_and_draft):
    request, draft = request_and_draft
    document = open_docx(draft.docx)
    document.paragraphs[12].add_run(" Wij bereikten 4.321 deelnemers.")
    untraced = check_numbers(saved(document), request)
    assert [u.number for u in untraced] == ["4.321"]
    assert "Wij bereikten 4.321 deelnemers." in untraced[0].context


def test_changed_record_value_is_caught(request_and_draft):
    request, draft = request_and_draft
    document = open_docx(draft.docx)
    paragraph = next(p for p in document.paragraphs if "72%" in p.text)
    for run in paragraph.runs:
        run.text = run.text.replace("72%", "77%")
    assert [u.number for u in check_numbers(saved(document), request)] == ["77"]


def test_generated_draft_traces_all_numbers_leaving_tender_figures_dates_and_refs_aside(request_and_draft):
    request, draft = request_and_draft
    text = "\n".join(p.text for p in open_docx(draft.docx).paragraphs)
    assert "2027" in text and "14 maart 2022" in text and "(M01)" in text
    assert check_numbers(draft.docx, request) == []


@pytest.mark.parametrize("written, stored", [("1.100.000", "1100000"), ("4,3", "4.3"), ("1,1 miljoen", "1100000"),
                                             ("1.860", "1860"), ("58", "58")])
def test_a_number_written_the_dutch_way_matches_its_stored_value(written, stored):
    assert canonical(written) & canonical(stored)


def test_a_figure_the_tender_gives_is_traced_also_in_other_words():
    request = sample_request()
    request.goals[0].indicator = "Aandeel 75-plussers dat zich ernstig eenzaam voelt (gezondheidsmonitor)"
    request.goals[0].target = "ten minste 25 bewoners per kern"
    document = open_docx(draft_proposal(request).docx)
    document.paragraphs[12].add_run(" Wij volgen hoeveel 75-plussers meedoen en streven naar 25 deelnemers per kern;"
                                    " vorig jaar waren het er 19.")
    assert [u.number for u in check_numbers(saved(document), request)] == ["19"]


def test_tender_date_written_as_text_is_not_flagged():
    request = sample_request()
    request.tender.date = "week 46, 2025"
    assert check_numbers(draft_proposal(request).docx, request) == []


def test_a_tender_figure_inside_a_record_figure_neither_hides_nor_breaks_it():
    request = sample_request()
    request.goals[1].target = "40"  # the tender's "40" must not be cut out of our "240", leaving a stray "2"
    request.goals[1].own_text = "Wij ondersteunen nu 240 mantelzorgers."
    assert [u.number for u in check_numbers(draft_proposal(request).docx, request)] == ["240"]


def test_figure_in_directors_own_paragraph_is_reported():
    request = sample_request()
    request.goals[1].own_text = "Wij ondersteunen nu 240 mantelzorgers."
    untraced = check_numbers(draft_proposal(request).docx, request)
    assert [u.number for u in untraced] == ["240"]


def test_every_goal_has_a_section(request_and_draft):
    request, draft = request_and_draft
    assert check_goal_sections(draft.docx, request) == []


def test_goal_whose_section_was_removed_is_reported(request_and_draft):
    request, draft = request_and_draft
    document = open_docx(draft.docx)
    heading = next(p for p in document.paragraphs if p.text == GOAL_TEXTS[1].rstrip("."))
    heading._p.getparent().remove(heading._p)
    assert check_goal_sections(saved(document), request) == [GOAL_TEXTS[1]]


def test_a_repeated_paragraph_is_found(request_and_draft):
    document = open_docx(request_and_draft[1].docx)
    repeated = "Wij werken wijkgericht en bouwen voort op wat er al is in de buurt."
    appendix = next(p for p in document.paragraphs if p.text == APPENDIX_TITLE)
    appendix.insert_paragraph_before(repeated)
    appendix.insert_paragraph_before(repeated)
    assert repeated_paragraphs(body_paragraphs(saved(document))) == [repeated]
    assert repeated_paragraphs(body_paragraphs(request_and_draft[1].docx)) == []


def test_a_long_record_title_named_in_the_text_and_in_the_appendix_of_sources_is_no_repeat(request_and_draft):
    document = open_docx(request_and_draft[1].docx)
    title = "Samen aan tafel: eenzaamheid onder ouderen in Beekvelde en Veenmarke"
    appendix = next(p for p in document.paragraphs if p.text == APPENDIX_TITLE)
    appendix.insert_paragraph_before(title)  # in the body, as the overview names a project
    document.tables[-1].add_row().cells[2].text = title  # the appendix lists every source by its title
    assert repeated_paragraphs(body_paragraphs(saved(document))) == []
    appendix.insert_paragraph_before(title)  # twice in the body is a repeat
    assert repeated_paragraphs(body_paragraphs(saved(document))) == [title]


def test_a_short_line_referring_back_under_two_goals_is_no_repeat(request_and_draft):
    document = open_docx(request_and_draft[1].docx)
    reference = "Activiteiten: Op Adem: coaching en respijt voor mantelzorgers (zie paragraaf 1.1)"
    longer = ("Wij zetten Op Adem in, met coaching en respijt voor mantelzorgers in alle wijken van de stad, "
              "samen met de huisartsen (zie paragraaf 1.1)")
    appendix = next(p for p in document.paragraphs if p.text == APPENDIX_TITLE)
    for text in (reference, reference, longer, longer):
        appendix.insert_paragraph_before(text)
    assert repeated_paragraphs(body_paragraphs(saved(document))) == [longer]


def test_report_counts_placeholders_and_a_target_not_restated(request_and_draft):
    request, draft = request_and_draft
    report = check_draft(draft, request, soffice="")
    no_evidence = [(f, goal) for f, goal in report.findings if goal == 3 and "geen passend bewijs" in f]
    # goal 3 without evidence, and goal 2's approach: only a result without its project was chosen (the key message
    # is written from the records)
    assert report.placeholders == 2 and report.findings == no_evidence and len(no_evidence) == 1  # 8% in 2027 restated
    request.goals[1].target = "90% in 2028"
    report = check_draft(draft, request, soffice="")
    assert ("De streefwaarde van doel 2 (‘90% in 2028’) staat niet in de paragraaf van dat doel.", 2) in report.findings
    request.goals[1].target = "8% in 2027"  # in the draft, under goal 1, but not in goal 2's own section
    report = check_draft(draft, request, soffice="")
    assert ("De streefwaarde van doel 2 (‘8% in 2027’) staat niet in de paragraaf van dat doel.", 2) in report.findings
    request.goals[1].target = ""


def test_no_page_limit_means_no_length_check(request_and_draft):
    request, draft = request_and_draft
    report = check_draft(draft, request, soffice="")
    assert report.pages is None and report.chapter_pages == {}


def test_length_estimated_from_words_without_libreoffice():
    request = sample_request(page_limit=1)
    draft = draft_proposal(request, soffice="")
    report = check_draft(draft, request, soffice="")
    assert report.pages_estimated and report.pages >= 2
    assert any("staat er 1 toe" in w and "geschat" in w for w in report.warnings)


@needs_soffice
def test_length_counted_with_libreoffice_warns_over_limit():
    request = sample_request(page_limit=1)
    draft = draft_proposal(request)
    pdf_pages = len(PdfReader(io.BytesIO(docx_to_pdf(draft.docx))).pages)
    report = check_draft(draft, request)
    assert (report.pages, report.pages_estimated) == (pdf_pages, False)
    expected = f"Het concept telt {pdf_pages} pagina's; de uitvraag staat er 1 toe. Kort de tekst in of kies minder bewijs."
    assert expected in report.warnings
    request.tender.page_limit = pdf_pages
    assert not any("pagina's" in w for w in check_draft(draft_proposal(request), request).warnings)  # at the limit


def test_check_draft_collects_dutch_warnings():
    request = sample_request(page_limit=1)
    request.goals[0].own_text = "In 2024 hielpen wij 999 ouderen."
    report = check_draft(draft_proposal(request, soffice=""), request, soffice="")
    assert not report.ok and report.pages_estimated
    assert any("999" in w and "niet herleidbaar" in w for w in report.warnings)
    assert report.missing_goals == []


def test_other_findings_leave_out_what_has_a_row_of_its_own(request_and_draft):
    request, draft = request_and_draft
    document = open_docx(draft.docx)
    document.paragraphs[12].add_run(" Wij bereikten 4.321 deelnemers.")
    report = check_draft(replace(draft, docx=saved(document)), request)
    assert [u.number for u in report.untraced] == ["4.321"]
    assert any("4.321" in text for text in report.warnings)  # the command line still lists it
    assert not any("4.321" in text for text in report.other_findings)  # the page shows it in its own row


def test_the_overview_naming_one_approach_for_two_goals_repeats_no_paragraph():
    request = sample_request(criteria=())
    long_name = "Ontmoetingscentra voor mensen met dementie en hun mantelzorgers"
    request.records["M01"] = dict(request.records["M01"], title=long_name)
    request.goals[1].evidence = ["M01", "R02"]  # the same method for the first two goals
    draft = draft_proposal(request, soffice="")
    cells = [cell.text for table in open_docx(draft.docx).tables for row in table.rows for cell in row.cells]
    assert cells.count(long_name) == 2  # the overview table names it per goal
    findings = [finding for finding, _ in check_draft(draft, request, soffice="").findings]
    assert not any("twee keer" in finding for finding in findings)
