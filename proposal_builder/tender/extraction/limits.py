"""Page and word limits in digits or Dutch number words, and whether appendices count."""

import re

from ..reading.blocks import HEADING, TABLE_ROW, Block
from .amendments import amends, instead_of
from .numbers import NUMBER, to_int
from .sentences import split_sentences

_BEFORE = r"(?:maximaal|max\.?|ten hoogste|hooguit|niet meer dan|maximum van|omvang van|in totaal|uit|telt)?\s*"
PAGES_RE = re.compile(
    _BEFORE + rf"\b({NUMBER})\s*(?:\(\d+\)\s*)?(?:pagina(?:'?s)?\b|pag\.|blz\.?|kantjes|a4['’]?s?|zijden)(?:\s*a4)?",
    re.IGNORECASE,
)
WORDS_RE = re.compile(_BEFORE + rf"\b({NUMBER})\s*(?:\(\d[\d.]*\)\s*)?woorden\b", re.IGNORECASE)
WHOLE_PROPOSAL = re.compile(
    r"\b(plan van aanpak|inschrijving|offerte|aanvraag|activiteitenplan|voorstel|projectplan|aanmelding|"
    r"uw plan|het plan|totaal|in totaal|beantwoording|kwalitatieve? deel|uitwerking|kwaliteitsplan|werkplan|"
    r"beschrijving|document|aanbod|notitie|samen(?!\s+met))\b",  # "Samen dus hooguit vier pagina's": the parts summed
    re.IGNORECASE,
)
# A limit for one part only: a CV, one question, one appendix, one criterion.
PART_LIMIT = re.compile(
    r"\bper\s+(criterium|onderdeel|vraag|deelvraag|thema)\b|\b(cv|curriculum|samenvatting|referentie|"
    r"bijlage\s+\d|begroting\s+(telt|mag))\b",
    re.IGNORECASE,
)
# What a limit may leave out: the appendices and the parts usually handed in beside the plan.
_PART = r"(?:bijlagen?|begroting|cv['’]?s?|curricul\w*|voorblad|inhoudsopgave|referenties|prijsblad|literatuurlijst)"
_ONE = rf"(?:(?:de|het|uw|eventuele|alle|een)\s+)?{_PART}"
_APPENDICES = rf"{_ONE}(?:\s*(?:,|\ben\b|\bof\b)\s*{_ONE})*"
EXCLUDING = re.compile("|".join((
    rf"\b(?:exclusief|excl\.?|buiten)\s+{_APPENDICES}",
    r"\bzonder\s+(?:de\s+|eventuele\s+)?bijlagen\b",
    # "bijlagen niet meegerekend", "de begroting en de bijlagen tellen daarbij niet mee", "hoeft u niet mee te tellen"
    rf"\b{_APPENDICES}\s+(?:[\w']+\s+){{0,3}}?niet\s+(?:mee(?:geteld|gerekend)?\b|mee\s+te\s+tellen|inbegrepen)",
    rf"\b{_APPENDICES}\s+(?:vallen|blijven)\s+(?:\w+\s+)?buiten",
)), re.IGNORECASE)
INCLUDING = re.compile(rf"\b(inclusief|incl\.?)\s+{_APPENDICES}|\b{_APPENDICES}\s+(tellen|telt|worden|wordt)\s+(ook\s+)?mee", re.IGNORECASE)
# A sentence about the size of the proposal, where "exclusief bijlagen" may stand apart from the number.
SIZE_WORDS = re.compile(r"\bomvang|\bmaximum|\bmaximale|limiet|pagina|\bwoorden\b|a4", re.IGNORECASE)
# "per resultaatgebied", "per thema": in the limit's own clause, the limit is for each of those parts. A lot
# (perceel, kavel) or the tenderer is no part: one proposal is written per lot, so its limit is the proposal's.
PER_UNIT = re.compile(r"\bper\s+(?!(?:pagina|kant|zijde|a4|week|maand|jaar|dag|uur|perce|kavel|lot|deelopdracht|"
                      r"inschrij|aanbieder|aanvra|offerte|organisatie)\w*\b)[a-zà-ü]{3,}", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;:()]|\b(?:waarin|waarbij|waarvan|zodat|en dat)\b", re.IGNORECASE)
PAGE_WORD = re.compile(r"pagina|pag\.|blz|kantje|a4|zijden", re.IGNORECASE)
MIN_WORDS = 50  # "in twee woorden" is no limit


def page_limit_in(text: str) -> int | None:
    """The page limit stated in a text, if any ("maximaal twaalf pagina's A4")."""
    if not PAGE_WORD.search(text):  # cheap test first: the number pattern is long
        return None
    for match in PAGES_RE.finditer(text):
        value = to_int(match.group(1))
        if value and value <= 500:
            return value
    return None


def word_limit_in(text: str) -> int | None:
    """The word limit stated in a text, if any ("duizend woorden", "1.500 woorden")."""
    if "woorden" not in text.lower():
        return None
    for match in WORDS_RE.finditer(text):
        value = to_int(match.group(1))
        if value and value >= MIN_WORDS:
            return value
    return None


def appendices_excluded(text: str) -> bool | None:
    """True for "exclusief bijlagen", False for "inclusief bijlagen", None when the text does not say."""
    if EXCLUDING.search(text):
        return True
    if INCLUDING.search(text):
        return False
    return None


def column_limit(block: Block, unit: str) -> int | None:
    """A bare number in a table column headed with the unit ("Max. pagina's | 4")."""
    for header, cell in zip(block.header, block.cells):
        if re.search(unit, header, re.IGNORECASE) and re.fullmatch(r"\s*\d{1,5}\s*", cell or ""):
            return int(cell)
    return None


def proposal_limits(blocks: list[Block], taken: set[int]) -> tuple[int | None, int | None, bool | None]:
    """The page and word limit for the whole proposal and whether appendices are excluded.

    `taken` holds the positions of blocks whose limits belong to one criterion. A sentence that
    names the proposal wins; else the only limit stated outside the criteria.
    """
    named, loose, changed = [], [], []
    for block in blocks:
        if block.position in taken or block.kind in (HEADING, TABLE_ROW):
            continue
        for sentence in split_sentences(block.text):
            if PART_LIMIT.search(EXCLUDING.sub("", sentence)) or _per_unit(sentence) or not (page_limit_in(sentence)
                                                                          or word_limit_in(sentence)):
                continue
            (named if WHOLE_PROPOSAL.search(sentence) else loose).append((sentence, block.text))
            if amends(block, sentence):  # a limit changed later (nota van inlichtingen) wins over the original
                changed.append((instead_of(sentence), block.text))
    named = changed[::-1] + named  # the last change stands
    pages = _first(named, page_limit_in) or _first(loose, page_limit_in)
    words = _first(named, word_limit_in) or _first(loose, word_limit_in)
    chosen = {found[1] for found in (pages, words) if found}
    said = [appendices_excluded(text) for sentence, paragraph in named + loose if sentence in chosen
            for text in (sentence, paragraph)]
    said += [appendices_excluded(sentence) for sentence in _size_sentences(blocks)]
    return pages and pages[0], words and words[0], next((e for e in said if e is not None), None)


def _size_sentences(blocks: list[Block]) -> list[str]:
    """Sentences on the size of the proposal or its parts ("De maximale omvang geldt exclusief bijlagen")."""
    return [sentence for block in blocks if block.kind != HEADING
            for sentence in split_sentences(block.text) if SIZE_WORDS.search(sentence)]


def _per_unit(sentence: str) -> bool:
    """Whether the clause that states a limit sets it per part ("per resultaatgebied ... maximaal 2 pagina's")."""
    return any(PER_UNIT.search(clause) and (page_limit_in(clause) or word_limit_in(clause))
               for clause in CLAUSE_END.split(sentence) if clause)


def _first(found: list[tuple[str, str]], read) -> tuple[int, str] | None:
    """The first limit `read` finds in the sentences, with its sentence."""
    return next(((value, sentence) for sentence, _ in found if (value := read(sentence))), None)
