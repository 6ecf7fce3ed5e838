"""Checks before download: numbers trace to records, every goal has a section, length vs page limit."""
from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.text.paragraph import Paragraph as DocxParagraph
from pypdf import PdfReader

from knowledge_base.records import META_FIELDS

from .. import dutch
from .evidence import used_records
from .goal_section import goal_heading
from .libreoffice import RenderError, docx_to_pdf, find_soffice
from .models import DraftRequest

WORDS_PER_PAGE = 500
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
DATE = re.compile(r"\b\d{1,2} (?:%s) \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b"
                  % "|".join(dutch.MONTHS), re.IGNORECASE)
SOURCE = re.compile(r"\(bron: [^)]*\)")
SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
# Fields whose digits are identifiers, not figures a draft could copy.
NOT_FIGURES = META_FIELDS | {"ref", "type", "project", "methods"}


@dataclass
class UntracedNumber:
    """A number in the draft that no used record contains, with the text around it."""

    number: str
    context: str


@dataclass
class CheckReport:
    """The outcome of all checks, with Dutch warnings for the director."""

    untraced: list[UntracedNumber] = field(default_factory=list)
    missing_goals: list[str] = field(default_factory=list)
    pages: int | None = None
    pages_estimated: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.warnings


def body_paragraphs(docx_bytes: bytes) -> list[tuple[str, str]]:
    """(text, style name) of every body paragraph, table cells included, in document order."""
    document = docx.Document(io.BytesIO(docx_bytes))
    # Style names from ids in one pass; python-docx's per-paragraph style lookup is slow.
    names = {style.style_id: style.name for style in document.styles}
    default = next((s.style_id for s in document.styles
                    if s.type == WD_STYLE_TYPE.PARAGRAPH and s.element.default), "")
    found = []
    for item in document.iter_inner_content():
        paragraphs = [item] if isinstance(item, DocxParagraph) else [
            p for row in item.rows for cell in row.cells for p in cell.paragraphs]
        found += [(p.text, names.get(p._p.style or default, "")) for p in paragraphs]
    return found


def _values(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_FIGURES:
                yield from _values(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _values(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def record_numbers(records: list[dict]) -> set[str]:
    """Every number written anywhere in the records' content fields."""
    return {n for record in records for text in _values(record) for n in NUMBER.findall(text)}


def _tender_texts(request: DraftRequest) -> list[str]:
    tender = request.tender
    texts = [tender.title, tender.municipality, tender.organisation, *tender.criteria,
             str(tender.date), dutch.date(tender.date) if tender.date else ""]
    for goal in request.goals:
        texts += [goal.text.strip(), goal_heading(goal), goal.section_text, goal.indicator, goal.target]
    return sorted((t.strip() for t in texts if t and t.strip()), key=len, reverse=True)


def _strip_given(text: str, style: str, tender_texts: list[str], refs: list[str]) -> str:
    if style.startswith(("Heading", "Title")):
        text = SECTION_NUMBER.sub("", text)
    text = DATE.sub(" ", SOURCE.sub(" ", text))
    for given in tender_texts:  # longest first, so a goal is removed before its shortened heading
        text = text.replace(given, " ")
    for ref in refs:
        text = re.sub(rf"(?<![\w.,]){re.escape(ref)}(?![\w])", " ", text)
    return text


def check_numbers(docx_bytes: bytes, request: DraftRequest) -> list[UntracedNumber]:
    """Numbers in the draft that appear in none of the used records (tender text, dates, refs aside)."""
    return _untraced(body_paragraphs(docx_bytes), request)


def _untraced(paragraphs: list[tuple[str, str]], request: DraftRequest) -> list[UntracedNumber]:
    records = used_records(request)
    allowed = record_numbers(records)
    refs = sorted((r.get("ref", "") for r in records if r.get("ref")), key=len, reverse=True)
    tender_texts = _tender_texts(request)
    untraced = []
    for text, style in paragraphs:
        remaining = _strip_given(text, style, tender_texts, refs)
        for number in NUMBER.findall(remaining):
            if number not in allowed:
                untraced.append(UntracedNumber(number, " ".join(text.split())[:160]))
    return untraced


def check_goal_sections(docx_bytes: bytes, request: DraftRequest) -> list[str]:
    """Goals without their own section: a heading followed by the goal quoted literally."""
    return _missing_sections(body_paragraphs(docx_bytes), request)


def _missing_sections(paragraphs: list[tuple[str, str]], request: DraftRequest) -> list[str]:
    texts = [" ".join(text.split()) for text, _ in paragraphs]
    missing, start = [], 0
    for goal in request.goals:
        heading, quote = goal_heading(goal), " ".join(f"“{goal.text.strip()}”".split())
        found = next((i for i in range(start, len(texts) - 1)
                      if texts[i] == heading and texts[i + 1] == quote), None)
        if found is None:
            missing.append(goal.text.strip())
        else:
            start = found + 2
    return missing


def estimate_pages(docx_bytes: bytes) -> int:
    """Pages estimated from the word count, at about 500 words a page."""
    words = sum(len(text.split()) for text, _ in body_paragraphs(docx_bytes))
    return max(1, math.ceil(words / WORDS_PER_PAGE))


def count_pages(docx_bytes: bytes, soffice: str | None = None,
                workdir: str | Path | None = None) -> tuple[int, bool]:
    """(pages, estimated): rendered by LibreOffice (in `workdir`) when available, else estimated from words."""
    soffice = soffice if soffice is not None else find_soffice()
    if soffice:
        try:
            return len(PdfReader(io.BytesIO(docx_to_pdf(docx_bytes, soffice, workdir))).pages), False
        except RenderError:
            pass  # fall back to the estimate; the warning says it is one
    return estimate_pages(docx_bytes), True


def check_length(docx_bytes: bytes, page_limit: int | None, soffice: str | None = None,
                 workdir: str | Path | None = None) -> tuple[int | None, bool, list[str]]:
    """(pages, estimated, Dutch warnings) against the tender's page limit; nothing without a limit."""
    if not page_limit:
        return None, False, []
    pages, estimated = count_pages(docx_bytes, soffice, workdir)
    counted = (f"naar schatting {pages} pagina's (geschat op ongeveer {WORDS_PER_PAGE} woorden per "
               "pagina, omdat LibreOffice niet beschikbaar is)" if estimated else f"{pages} pagina's")
    if pages <= page_limit:
        return pages, estimated, []
    return pages, estimated, [
        f"Het concept telt {counted}, inclusief titelpagina en bijlage; de uitvraag staat maximaal "
        f"{page_limit} pagina's toe. Kort de tekst in of controleer wat volgens de uitvraag meetelt."]


def check_draft(docx_bytes: bytes, request: DraftRequest, soffice: str | None = None,
                workdir: str | Path | None = None) -> CheckReport:
    """Run every check on a draft and collect the warnings for the director (LibreOffice renders in `workdir`)."""
    paragraphs = body_paragraphs(docx_bytes)
    report = CheckReport(untraced=_untraced(paragraphs, request),
                         missing_goals=_missing_sections(paragraphs, request))
    report.pages, report.pages_estimated, length_warnings = check_length(
        docx_bytes, request.tender.page_limit, soffice, workdir)
    report.warnings += [f"Het getal {u.number} is niet herleidbaar tot een gebruikte bron uit de "
                        f"kennisbank: “{u.context}”" for u in report.untraced]
    report.warnings += [f"Het doel “{goal}” heeft geen eigen paragraaf in het concept."
                        for goal in report.missing_goals]
    report.warnings += length_warnings
    return report
