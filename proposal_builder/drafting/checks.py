"""Checks before download: numbers trace to records, every goal has a section, evidence fits, no repeats,
placeholders, targets restated, goals that are probably none, and pages per chapter against the limits; each
finding says where to fix it."""
from __future__ import annotations

import io
import re
from decimal import Decimal, InvalidOperation
from dataclasses import dataclass, field

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.text.paragraph import Paragraph as DocxParagraph

from knowledge_base.records import META_FIELDS

from .. import dutch
from ..tender.goal import LOW_CHANCE, OBLIGATION
from . import wording
from .anonymity import names_left
from .chapters import APPENDIX_TITLE, proposal_title
from .document import PLACEHOLDER_TEXT, Table
from .docx_writer import header_subject
from .fitting import PageCount, apart, count_pages, limits_set
from .goal_section import goal_heading
from .models import Draft, DraftRequest
from .places import Place, places_left
from .plan import criterion_titles

WORDS_PER_PAGE = 500
NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:\s+miljoen)?")
SENTENCE_END = re.compile(r"[.!?…:;][”’\"')]?$")
REPEAT_WORDS = 8  # a paragraph this long that appears twice is a repeat
# A short line that only points back to where something is described ("Activiteiten: Op Adem (zie
# paragraaf 1.1)") is the describe-once rule at work under each goal that uses it, not a repeat.
REFERENCE_BACK = re.compile(r"\(" + re.escape(wording.TEMPLATES["see"]).replace(r"\{where\}", r"[\d.]+") + r"\)\.?$")
REFERENCE_WORDS = 16
DATE = re.compile(r"\b\d{1,2} (?:%s) \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b"
                  % "|".join(dutch.MONTHS), re.IGNORECASE)
SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
CROSS_REFERENCE = re.compile(r"\bparagra(?:af|fen)\s+\d+(?:\.\d+)*(?:(?:,\s*|\s+en\s+)\d+(?:\.\d+)*)*")
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
    chapter_pages: dict[str, tuple[int, int]] = field(default_factory=dict)  # title -> (pages, budget)
    placeholders: int = 0
    places: list[Place] = field(default_factory=list)  # each place left, with where it is fixed
    findings: list[tuple[str, int | None]] = field(default_factory=list)  # (Dutch text, goal number to fix it at)

    @property
    def warnings(self) -> list[str]:
        return [text for text, _ in self.findings]

    @property
    def other_findings(self) -> list[str]:
        """Findings tied to no goal that are not shown already in rows of their own (the untraced numbers, the
        goals without a section): what a page lists under "Overige punten"."""
        apart = {untraced_text(u) for u in self.untraced} | {missing_text(goal) for goal in self.missing_goals}
        return [text for text, goal in self.findings if goal is None and text not in apart]

    @property
    def ok(self) -> bool:
        return not self.warnings


def untraced_text(untraced: UntracedNumber) -> str:
    """The finding for a number no used record holds."""
    return f"Het getal {untraced.number} is niet herleidbaar tot een gebruikte bron uit de kennisbank: “{untraced.context}”"


def missing_text(goal: str) -> str:
    """The finding for a goal without a section of its own."""
    return f"Het doel “{goal}” heeft geen eigen paragraaf in het concept."


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


def canonical(number: str) -> set[str]:
    """The values a written number may stand for: "1.100" is 1100 (Dutch) or 1.1; "4,3" is 4.3; "1,1 miljoen" 1100000."""
    text = number.strip()
    factor = Decimal(1_000_000) if text.endswith("miljoen") else Decimal(1)
    text = text.removesuffix("miljoen").strip()
    readings = {text.replace(".", "").replace(",", "."), text.replace(",", "")}
    values = set()
    for reading in readings:
        try:
            values.add(format((Decimal(reading) * factor).normalize(), "f"))
        except InvalidOperation:
            continue
    return values


def record_numbers(records: list[dict]) -> set[str]:
    """Every number written anywhere in the records' content fields, as the values it may stand for."""
    return {value for record in records for text in _values(record) for n in NUMBER.findall(text)
            for value in canonical(n)}


def _tender_texts(request: DraftRequest) -> list[str]:
    tender = request.tender
    texts = [tender.title, tender.municipality, tender.organisation, tender.budget, str(tender.date),
             proposal_title(tender), header_subject(tender),
             dutch.date(tender.date) if tender.date else "", *tender.municipalities]
    for criterion, title in zip(tender.criteria, criterion_titles(tender.criteria)):  # the title with its code
        texts += [criterion.name, title, criterion.weight, f"maximaal {wording.pages(criterion.page_limit)}"]
    for goal in request.goals:
        texts += [goal.text.strip(), goal.text.strip().rstrip("."), goal_heading(goal), goal.section_text,
                  goal.indicator, goal.target]
    texts += [r.get("text", "") for r in tender.requirements]
    return sorted((t.strip() for t in texts if t and t.strip()), key=len, reverse=True)


def _strip_given(text: str, style: str, tender_texts: list[str], refs: list[str]) -> str:
    if style.startswith(("Heading", "Title")):
        text = SECTION_NUMBER.sub("", text)
    text = CROSS_REFERENCE.sub(" ", DATE.sub(" ", text))
    for given in tender_texts:  # longest first, so a goal is removed before its shortened heading; whole words
        text = re.sub(rf"(?<![\w.,]){re.escape(given)}(?![\w])", " ", text)  # only: "40" is not in "640"
    for ref in refs:
        text = re.sub(rf"(?<![\w.,]){re.escape(ref)}(?![\w])", " ", text)
    return text


def check_numbers(docx_bytes: bytes, request: DraftRequest) -> list[UntracedNumber]:
    """Numbers in the draft that appear in none of the used records (tender text, dates, refs aside)."""
    return _untraced(body_paragraphs(docx_bytes), request)


def _untraced(paragraphs: list[tuple[str, str]], request: DraftRequest, derived: list[str] = ()) -> list[UntracedNumber]:
    """`derived`: figures the draft computed from the records or profile ("0,8 fte × € 82.000 = € 65.600")."""
    records = list(request.records.values()) + request.library.records()
    tender_texts = _tender_texts(request) + list(derived)
    # A figure the tender itself gives (a goal's indicator '75-plussers', a target '25 bewoners')
    # is traced to the tender, also where the draft words its sentence otherwise.
    allowed = record_numbers(records) | {value for text in tender_texts for n in NUMBER.findall(text)
                                         for value in canonical(n)}
    refs = sorted((r.get("ref", "") for r in records if r.get("ref")), key=len, reverse=True)
    untraced = []
    for text, style in paragraphs:
        remaining = _strip_given(text, style, tender_texts, refs)
        for number in NUMBER.findall(remaining):
            if not canonical(number) & allowed:
                untraced.append(UntracedNumber(number, " ".join(text.split())[:160]))
    return untraced


def check_goal_sections(docx_bytes: bytes, request: DraftRequest) -> list[str]:
    """Goals without their own section: a heading of their own (level 2) in the draft."""
    return _missing_sections(body_paragraphs(docx_bytes), request)


def _missing_sections(paragraphs: list[tuple[str, str]], request: DraftRequest) -> list[str]:
    headings = {" ".join(text.split()) for text, style in paragraphs if style == "Heading 2"}
    return [goal.text.strip() for goal in request.goals if goal_heading(goal) not in headings]


def repeated_paragraphs(paragraphs: list[tuple[str, str]], labels: frozenset[str] = frozenset()) -> list[str]:
    """Body paragraphs of some length that appear more than once, before the appendix of sources (which names
    the title of every record the text cites, by design). `labels` (`table_labels`) are table cells that name
    something without a sentence, such as the same approach for two goals in the overview: a table that
    names it twice repeats no paragraph."""
    seen, repeated, sources = set(), [], False
    for text, style in paragraphs:
        key = " ".join(text.split())
        sources = key == APPENDIX_TITLE if style.startswith("Heading") else sources
        if sources or (key in labels and not SENTENCE_END.search(key)):
            continue
        if len(key.split()) >= REPEAT_WORDS and not style.startswith(("Heading", "Title")) \
                and not key.startswith(PLACEHOLDER_TEXT) and not _reference_back(key):
            if key in seen and key not in repeated:
                repeated.append(key)
            seen.add(key)
    return repeated


def table_labels(draft: Draft) -> frozenset[str]:
    """Every line of the draft's table cells, as `body_paragraphs` reads it."""
    return frozenset(" ".join("".join(run.text for run in line).split()) for block in draft.outline.blocks
                     if isinstance(block, Table) for row in block.rows for cell in row for line in cell)


def _reference_back(text: str) -> bool:
    return len(text.split()) <= REFERENCE_WORDS and bool(REFERENCE_BACK.search(text))


def placeholders_left(draft: Draft) -> int:
    """How many places the director must still fill in: in paragraphs and in table cells."""
    return len(places_left(draft.outline, []))


def goal_sections(paragraphs: list[tuple[str, str]], request: DraftRequest) -> dict[str, str]:
    """Per goal heading the text of its own section (heading included, up to the next goal or chapter), lower case."""
    names, found, current = {goal_heading(goal) for goal in request.goals}, {}, None
    for text, style in paragraphs:
        key = " ".join(text.split())
        if style in ("Heading 1", "Heading 2"):
            current = key if style == "Heading 2" and key in names else None
        if current:
            found[current] = f"{found.get(current, '')} {key.lower()}"
    return found


def target_restated(goal, sections: dict[str, str]) -> bool:
    """Whether the goal's target stands in its own section (`goal_sections`), as written or the Dutch way."""
    text = sections.get(goal_heading(goal), "")
    return any(t.lower() in text for t in (" ".join(goal.target.split()), wording.target_text(goal.target)))


def _goal_findings(paragraphs: list[tuple[str, str]], request: DraftRequest, draft: Draft) -> list[tuple[str, int | None]]:
    sections = goal_sections(paragraphs, request)
    found = [(f"De streefwaarde van doel {n} (‘{goal.target}’) staat niet in de paragraaf van dat doel.", n)
             for n, goal in enumerate(request.goals, start=1) if goal.target and not target_restated(goal, sections)]
    doubted = {n for _, n in doubt_findings(request)}  # asked whether they are goals at all, not to be filled
    for notice in draft.notices:
        match = re.search(r"\bdoel (\d+)\b", notice)
        number = int(match.group(1)) if match else None
        if "past niet" in notice or ("geen passend bewijs" in notice and number not in doubted):
            found.append((notice, number))
    return found


# Why extraction doubts a goal (Goal.doubt), as the check before download says it.
DOUBT_TEXTS = {LOW_CHANCE: "de zin leest eerder als toelichting dan als doel van de gemeente",
               OBLIGATION: "de uitvraag vraagt dit ook als eis aan de aanbieder"}


def doubt_findings(request: DraftRequest) -> list[tuple[str, int]]:
    """Per goal extraction doubts (Goal.doubt) the question whether it is a goal at all; it gets evidence only at
    the slot-fit model's stricter bar, so it may stand empty."""
    return [(f"Controleer of dit een doel is: doel {n} ‘{goal.text[:120]}’ — {DOUBT_TEXTS[goal.doubt]}. "
             "Is het geen doel, verwijder het dan in de werkbank.", n)
            for n, goal in enumerate(request.goals, start=1) if goal.doubt in DOUBT_TEXTS]


def anonymity_findings(paragraphs: list[str], request: DraftRequest) -> list[tuple[str, None]]:
    """For a tender assessed anonymously, every name of the organisation, its projects or its people still in
    the draft (typed in by the director, or in a record's text)."""
    if not request.tender.anonymous:
        return []
    return [(f"De uitvraag laat het plan geanonimiseerd beoordelen, maar het concept noemt ‘{name}’ "
             f"({n} keer). Haal de naam weg.", None) for name, n in names_left(paragraphs, request).items()]


def stale_findings(draft: Draft, request: DraftRequest) -> list[tuple[str, None]]:
    """A warning for every stale record the draft uses: chosen evidence and the library's records."""
    used = [*(r.get("ref") for r in draft.outline.used_records), *draft.outline.library_used]
    titles = {r.get("ref"): r.get("title", "") for r in list(request.records.values()) + request.library.records()}
    return [(f"Verouderd: {ref} ‘{titles.get(ref, '')}’ staat in het concept, maar {request.library.stale[ref]}. "
             "Werk het bij in de kennisbank of laat het weg.", None)
            for ref in dict.fromkeys(used) if ref in request.library.stale]


def check_draft(draft: Draft, request: DraftRequest, soffice: str | None = None, workdir=None) -> CheckReport:
    """Run every check on a draft and collect the findings for the director (LibreOffice renders in `workdir`)."""
    paragraphs = body_paragraphs(draft.docx)
    report = CheckReport(untraced=_untraced(paragraphs, request, draft.outline.derived), missing_goals=_missing_sections(paragraphs, request),
                         places=places_left(draft.outline, request.goals))
    report.placeholders = len(report.places)
    report.findings += [(untraced_text(u), None) for u in report.untraced]
    report.findings += [(missing_text(goal), None) for goal in report.missing_goals]
    report.findings += [(f"Deze alinea staat twee keer in het concept: “{text[:120]}”", None)
                        for text in repeated_paragraphs(paragraphs, table_labels(draft))]
    report.findings += doubt_findings(request)
    report.findings += _goal_findings(paragraphs, request, draft)
    report.findings += stale_findings(draft, request)
    report.findings += anonymity_findings([text for text, _ in paragraphs], request)
    report.findings += _length_findings(report, draft, request, soffice, workdir)
    return report


def _length_findings(report: CheckReport, draft: Draft, request: DraftRequest, soffice, workdir) -> list[tuple[str, None]]:
    limit = request.page_limit
    pages: PageCount | None = draft.pages
    if pages is None and limits_set(request):
        pages = count_pages(draft.docx, draft.outline, soffice, workdir, apart(request.tender))
    if pages is None:
        return []
    report.pages, report.pages_estimated = pages.counted, pages.estimated
    report.chapter_pages = {title: (pages.chapters.get(title, 0), budget) for title, budget in pages.budgets.items()}
    how = f" (geschat op ongeveer {WORDS_PER_PAGE} woorden per pagina)" if pages.estimated else ""
    return [(text + how + " Kort de tekst in of kies minder bewijs.", None) for text in pages.over(limit)]
