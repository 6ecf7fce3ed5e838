"""Fit a draft to the tender's page limits: count pages per chapter, and lower the detail until it fits.

When a chapter or the whole runs over, what scores least goes first: the overview table, then the
third piece of evidence and our own extra indicators, then a method's description, then the story,
and last the cover's page of its own.
"""
from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field

from pypdf import PdfReader

from . import wording
from .docx_writer import render
from .document import Heading, Outline, Paragraph, Table
from .goal_section import Detail
from .libreoffice import RenderError, docx_to_pdf, find_soffice
from .models import Draft, DraftRequest
from .outline import build_outline

WORDS_PER_PAGE = 500
# Ever leaner versions of the draft, tried in order until it fits: (overview table, detail).
STEPS = (
    (True, Detail()),
    (False, Detail()),
    (False, Detail(results=2, own_measures=1)),
    (False, Detail(methods=1, results=2, own_measures=1, describe=False)),
    (False, Detail(methods=1, projects=0, results=1, own_measures=1, describe=False, story=False)),
    (False, Detail(methods=1, projects=0, results=1, own_measures=1, describe=False, story=False, cover=False)),
)


@dataclass
class PageCount:
    """Pages of the whole draft and of each chapter with a budget, counted or estimated."""

    total: int
    chapters: dict[str, int] = field(default_factory=dict)
    budgets: dict[str, int] = field(default_factory=dict)
    estimated: bool = False
    step: int = 0  # how many leaner versions were needed
    appendices: int = 0  # pages from the first appendix on
    excluding: bool = False  # whether the tender leaves appendices out of its limit
    outside: int = 0  # pages of chapters the limit does not count (the budget beside an activity plan)

    @property
    def counted(self) -> int:
        """The pages that count against the tender's limit."""
        return (self.total - self.appendices if self.excluding else self.total) - self.outside

    def over(self, limit: int | None) -> list[str]:
        """Dutch findings for every budget exceeded (the whole against `limit`)."""
        found = [f"Hoofdstuk ‘{title}’ telt {wording.pages(self.chapters.get(title, 0))}; de uitvraag staat er "
                 f"{budget} toe." for title, budget in self.budgets.items() if self.chapters.get(title, 0) > budget]
        if limit and self.counted > limit:
            apart = " zonder bijlagen" if self.excluding and self.appendices else ""
            found.append(f"Het concept telt {wording.pages(self.counted)}{apart}; de uitvraag staat er {limit} toe.")
        return found


def draft_within_limits(request: DraftRequest, template=None, soffice: str | None = None, workdir=None) -> Draft:
    """The fullest draft that fits the page limits (the leanest one when none fits), with its page count."""
    limited = limits_set(request)
    draft = None
    for step, (overview, detail) in enumerate(STEPS if limited else STEPS[:1]):
        outline = build_outline(request, detail, overview)
        data, style_notices = render(outline, request.tender, template)
        draft = Draft(data, outline, outline.notices + style_notices)
        if not limited:
            return draft
        draft.pages = count_pages(data, outline, soffice, workdir, apart(request.tender))
        draft.pages.step = step
        if not draft.pages.over(request.page_limit):
            return draft
    return draft


def limits_set(request: DraftRequest) -> bool:
    """Whether the tender limits the draft's pages: in all, per criterion or per lot."""
    return bool(request.page_limit or any(c.page_limit for c in request.tender.criteria)
                or any(lot.page_limit for lot in request.answered_lots()))


def apart(tender) -> bool:
    """Whether the appendices stand apart from the page limit: the tender says so, or the limit is the
    activity plan's (`page_limit_part`), which the appendices and the budget are handed in beside."""
    return bool(tender.excluding_appendices or tender.page_limit_part)


def count_pages(docx_bytes: bytes, outline: Outline, soffice: str | None = None, workdir=None,
                excluding: bool = False) -> PageCount:
    """Pages in all and per chapter with a budget: rendered by LibreOffice when it is there, else estimated.
    With `excluding` (the tender leaves appendices out), the appendices do not count against the limit;
    nor do the outline's chapters outside the limit."""
    soffice = soffice if soffice is not None else find_soffice()
    if soffice:
        try:
            pages = _rendered_pages(docx_bytes, soffice, workdir)
            count = PageCount(len(pages), _chapter_pages(pages, outline), dict(outline.budgets))
            count.appendices = _appendix_pages(pages, outline)
            count.outside = sum(_chapter_pages(pages, outline, outline.outside_limit).values())
        except RenderError:
            count = estimate(outline)  # the report says it is estimated
    else:
        count = estimate(outline)
    count.excluding = excluding
    return count


RENDER_TRIES = 2  # LibreOffice now and then fails to start on a busy machine: once more before the estimate


def _rendered_pages(docx_bytes: bytes, soffice: str, workdir=None) -> list[str]:
    """The text of each page LibreOffice renders; a failed render is tried again, RENDER_TRIES times in all."""
    def render() -> list[str]:
        return [page.extract_text() or "" for page in PdfReader(io.BytesIO(docx_to_pdf(docx_bytes, soffice, workdir))).pages]
    for _ in range(RENDER_TRIES - 1):
        try:
            return render()
        except RenderError:
            pass
    return render()


APPENDIX = "Bijlage"  # the word that opens every appendix's heading


def _appendix_pages(pages: list[str], outline: Outline) -> int:
    """The pages from the first appendix's heading to the end (0 without appendices)."""
    titles = [b.text for b in outline.blocks if isinstance(b, Heading) and b.level == 1]
    starts = [(title, page) for title, page, _ in _chapter_starts(pages, titles) if title.startswith(APPENDIX)]
    return len(pages) - starts[0][1] if starts else 0


HEADER_LINES = 2  # the running header's lines above a page's first heading


def _chapter_pages(pages: list[str], outline: Outline, titles=None) -> dict[str, int]:
    """Per chapter with a budget (or of `titles`), the pages from its heading up to where the next chapter starts."""
    starts = _chapter_starts(pages, [b.text for b in outline.blocks if isinstance(b, Heading) and b.level == 1])
    wanted = outline.budgets if titles is None else titles
    counted = {}
    for i, (title, first, _) in enumerate(starts):
        if title in wanted:
            last = len(pages) - 1
            if i + 1 < len(starts):
                _, next_page, at_top = starts[i + 1]
                last = next_page - 1 if at_top else next_page
            counted[title] = max(1, last - first + 1)
    return counted


def _chapter_starts(pages: list[str], titles: list[str]) -> list[tuple[str, int, bool]]:
    """(title, page, whether it opens the page) of each chapter heading found, in order."""
    lines = [[" ".join(line.split()) for line in text.splitlines() if line.strip()] for text in pages]
    starts, page = [], 0
    for title in titles:
        words = " ".join(title.split())[:40]
        for p in range(page, len(lines)):
            at = next((i for i, line in enumerate(lines[p]) if _opens(line, words)), None)
            if at is not None:
                starts.append((title, p, at <= HEADER_LINES - 1 or at == 0))
                page = p
                break
    return starts


def _opens(line: str, words: str) -> bool:
    """A line that is the heading: the words, perhaps after the chapter's number."""
    return re.sub(r"^\d+(?:\.\d+)*\s+", "", line).startswith(words)


def estimate(outline: Outline) -> PageCount:
    """Pages from the word count, about 500 a page, per chapter and in all."""
    words: dict[str, int] = {}
    current = ""
    for block in outline.blocks:
        if isinstance(block, Heading) and block.level == 1:
            current = block.text
        words[current] = words.get(current, 0) + _words(block)
    pages = {title: max(1, math.ceil(n / WORDS_PER_PAGE)) for title, n in words.items() if title in outline.budgets}
    appendix = sum(n for title, n in words.items() if title.startswith(APPENDIX))
    outside = sum(n for title, n in words.items() if title in outline.outside_limit)
    return PageCount(max(1, math.ceil(sum(words.values()) / WORDS_PER_PAGE)) + 1, pages, dict(outline.budgets), True,
                     appendices=math.ceil(appendix / WORDS_PER_PAGE), outside=outside // WORDS_PER_PAGE)


def _words(block) -> int:
    if isinstance(block, Paragraph):
        return len(block.text.split())
    if isinstance(block, Table):
        return sum(len(run.text.split()) for row in block.rows for cell in row for line in cell for run in line) + 20
    return len(re.findall(r"\w+", getattr(block, "text", "")))
