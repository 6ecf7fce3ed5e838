"""Page and word limits in digits or Dutch number words, and whether appendices count."""

import re

from ..reading.blocks import HEADING, TABLE_ROW, Block
from .amendments import amends, instead_of
from .numbers import NUMBER, WORD_NUMBER, to_int
from .sentences import split_sentences

_BEFORE = r"(?:maximaal|max\.?|ten hoogste|hooguit|niet meer dan|maximum van|omvang van|in totaal|uit|telt)?\s*"
# "13 (dertien) pagina's", "4.000 (vierduizend) woorden", "twaalf (12) pagina's": the number written twice
_AGAIN = rf"(?:\((?:\d[\d.]*|{WORD_NUMBER})\)\s*)?"
PAGES_RE = re.compile(
    _BEFORE + rf"\b({NUMBER})\s*{_AGAIN}(?:pagina(?:'?s)?\b|pag\.|blz\.?|kantjes|a4['’]?s?|zijden)(?:\s*a4)?",
    re.IGNORECASE,
)
WORDS_RE = re.compile(_BEFORE + rf"\b({NUMBER})\s*{_AGAIN}woorden\b", re.IGNORECASE)
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
_PART = r"(?:bijlagen?|begroting|cv['’]?s?|curricul\w*|voorblad|inhoudsopgave|referenties|prijsblad|literatuurlijst|bewijsstukken)"
_ONE = rf"(?:(?:de|het|uw|eventuele|alle|een)\s+)?(?:[a-z]+e\s+)?{_PART}"  # "de verplichte bijlagen"
_APPENDICES = rf"{_ONE}(?:\s*(?:,|\ben\b|\bof\b)\s*{_ONE})*"
EXCLUDING = re.compile("|".join((
    rf"\b(?:exclusief|excl\.?|buiten)\s+{_APPENDICES}",
    r"\bzonder\s+(?:de\s+|eventuele\s+)?bijlagen\b",
    # "bijlagen niet meegerekend", "de begroting en de bijlagen tellen daarbij niet mee", "hoeft u niet mee te tellen"
    # "Bijlagen, zoals uw VOG's en de Eigen Verklaring, tellen niet mee": an aside between commas
    # "Bijlagen, het UEA en het prijsformulier tellen niet mee", "De begroting, het jaarverslag en de statuten tellen niet
    # mee": more parts named beside them, a word each
    rf"\b{_APPENDICES}(?:\s*,[^,.;]{{1,80}},|(?:\s*(?:,|\ben\b)\s*(?:(?:de|het|uw|een)\s+)?[\wÀ-ÿ'’-]+){{1,4}}?)?"
    rf"\s+(?:[\w']+\s+){{0,3}}?niet\s+(?:(?:worden|wordt)\s+)?"
    r"(?:mee(?:geteld|gerekend)?\b|mee\s+te\s+tellen|inbegrepen)",
    # "Bewijsstukken ... stuurt u als bijlage mee; die tellen niet mee voor het aantal pagina's"
    r"\bbijlagen?\b[^.]{0,60}?\b(?:die|deze)\s+tellen\s+niet\s+mee",
    rf"\b{_APPENDICES}\s+(?:vallen|blijven)\s+(?:\w+\s+)?(?:daar)?buiten",
)), re.IGNORECASE)
# What is left out, with its examples: "exclusief bijlagen zoals cv's en referenties" names no part with its own limit
EXCLUDED = re.compile(rf"(?:{EXCLUDING.pattern})(?:,?\s+(?:zoals|waaronder|bijvoorbeeld)\s+[^.;()]*)?", re.IGNORECASE)
# The appendices themselves, not only a cover page or a table of contents left out of the count
APPENDIX_WORD = re.compile(r"bijlage|begroting|cv|curricul|referenties|prijsblad|bewijsstukken", re.IGNORECASE)
# "bijlagen wel" after what does not count: the appendices do
APPENDICES_COUNT = re.compile(r"\bbijlagen?\s+(?:tellen\s+|telt\s+)?wel\b", re.IGNORECASE)
INCLUDING = re.compile(rf"\b(inclusief|incl\.?)\s+{_APPENDICES}|\b{_APPENDICES}\s+(tellen|telt|worden|wordt)\s+(ook\s+)?mee|"
                       rf"\b{_APPENDICES}\s+(?:meegerekend|meegeteld|inbegrepen)\b|"
                       rf"{APPENDICES_COUNT.pattern}", re.IGNORECASE)
# A sentence about the size of the proposal, where "exclusief bijlagen" may stand apart from the number.
SIZE_WORDS = re.compile(r"\bomvang|\bmaximum|\bmaximale|limiet|pagina|\bwoorden\b|a4", re.IGNORECASE)
# "per resultaatgebied", "per thema": in the limit's own clause, the limit is for each of those parts. A lot
# (perceel, kavel) or the tenderer is no part: one proposal is written per lot, so its limit is the proposal's.
PER_UNIT = re.compile(r"\bper\s+(?!(?:pagina|kant|zijde|a4|week|maand|jaar|dag|uur|perce|kavel|lot|deelopdracht|"
                      r"inschrij|aanbieder|aanvra|offerte|organisatie)\w*\b)[a-zà-ü]{3,}", re.IGNORECASE)
# Nor is a theme applied for one by one: "Het activiteitenplan telt per thema maximaal 8 pagina's", "Beschrijf per thema
# waarvoor u zich aanmeldt uw werkwijze in maximaal 600 woorden" (but "Het plan telt 4 pagina's per thema" is per part);
# so is a product or service of an Open House ("maximaal 600 woorden per product waarvoor u zich aanmeldt")
PER_THEME = re.compile(r"\bper\s+(?:thema|product|dienst)\b", re.IGNORECASE)
APPLYING = re.compile(r"\bwaarvoor\s+u\b|\baanvraagt\b|\baanmeldt\b|\bactiviteitenplan\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;:()]|\b(?:waarin|waarbij|waarvan|zodat|en dat)\b", re.IGNORECASE)
PAGE_WORD = re.compile(r"pagina|pag\.|blz|kantje|a4|zijden", re.IGNORECASE)
MIN_WORDS = 50  # "in twee woorden" is no limit
ASIDE = re.compile(r"\([^()]*\)")
IN_TOTAL = re.compile(r"\bin\s+totaal\b", re.IGNORECASE)
TOTAL_ROW = re.compile(r"^\s*(?:totaal|total)\b", re.IGNORECASE)


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
    if APPENDICES_COUNT.search(text):
        return False
    excluded = [match.group(0) for match in EXCLUDING.finditer(text) if APPENDIX_WORD.search(match.group(0))]
    included = [match.group(0) for match in INCLUDING.finditer(text)]
    # "inclusief eventuele bijlagen; het prijsblad en de eigen verklaring tellen niet mee": the appendices count
    if any(_names_appendices(part) for part in included) and not any(_names_appendices(part) for part in excluded):
        return False
    return True if excluded else False if included else None


def _names_appendices(text: str) -> bool:
    return "bijlage" in text.lower()


def column_limit(block: Block, unit: str) -> int | None:
    """A bare number in a table column headed with the unit ("Max. pagina's | 4")."""
    for header, cell in zip(block.header, block.cells):
        if re.search(unit, header, re.IGNORECASE) and re.fullmatch(r"\s*\d{1,5}\s*", cell or ""):
            return int(cell)
    return None


# The activity plan (werkplan, projectplan) handed in beside a budget, as the subject of the page limit
# ("een activiteitenplan van maximaal 6 pagina's", "Het werkplan telt ten hoogste acht pagina's").
PLAN_PART = re.compile(r"\b(activiteitenplan|werkplan|projectplan)\w*\s+(?:[\w']+\s+){0,3}?"
                       + _BEFORE + rf"(?:{NUMBER})\s*(?:\(\d+\)\s*)?(?:pagina|pag\.|blz|kantje|a4|zijde)",
                       re.IGNORECASE)
# ... unless it holds the budget or is the application as a whole
WITH_BUDGET = re.compile(r"\b(?:inclusief|incl\.?|met|en)\s+(?:de\s+)?begroting|\baanvraag\b.{0,40}\b(?:telt|bestaat)",
                         re.IGNORECASE)


def limit_part(sentence: str) -> str:
    """The part of the proposal a page limit is for: "activiteitenplan" when the sentence limits the
    activity plan (werkplan, projectplan) handed in beside the budget, or leaves the budget out of the
    limit ("Het plan is maximaal 5 pagina's A4, exclusief de begroting"); "" when it limits the whole."""
    sentence = sentence or ""
    plan = PLAN_PART.search(sentence) and not WITH_BUDGET.search(sentence)
    budget_apart = any("begroting" in found.group(0).lower() for found in EXCLUDING.finditer(sentence))
    return "activiteitenplan" if plan or budget_apart else ""


def proposal_limits(blocks: list[Block], taken: set[int]) -> tuple[int | None, int | None, bool | None, str]:
    """The page and word limit for the whole proposal, whether appendices are excluded and the part the
    page limit is for ("" for the whole; see `limit_part`).

    `taken` holds the positions of blocks whose limits belong to one criterion. A sentence that
    names the proposal wins; else the only limit stated outside the criteria.
    """
    named, loose, changed = [], [], []
    for block in blocks:
        if block.kind in (HEADING, TABLE_ROW):
            continue
        for sentence in split_sentences(block.text):
            # a block whose limit is one criterion's may still state the total ("Uw offerte telt in totaal ...")
            if block.position in taken and not IN_TOTAL.search(sentence):
                continue
            if not (page_limit_in(sentence) or word_limit_in(sentence)) or _part_limit(sentence) or _per_unit(sentence):
                continue
            (named if WHOLE_PROPOSAL.search(sentence) else loose).append((sentence, block.text))
            if amends(block, sentence):  # a limit changed later (nota van inlichtingen) wins over the original
                changed.append((instead_of(sentence), block.text))
    # the last change stands; then a total ("in totaal"), then a sentence with one limit before one listing several
    named = changed[::-1] + sorted(named, key=lambda found: (not IN_TOTAL.search(found[0]), _limits(found[0]) > 1))
    total_row = _total_row(blocks)
    pages = _first(named, page_limit_in) or total_row or _first(loose, page_limit_in)
    words = _first(named, word_limit_in) or _first(loose, word_limit_in)
    chosen = {found[1] for found in (pages, words) if found}
    said = [appendices_excluded(text) for sentence, paragraph in named + loose if sentence in chosen
            for text in (sentence, paragraph)]
    said += [appendices_excluded(sentence) for sentence in _size_sentences(blocks)]
    return (pages and pages[0], words and words[0], next((e for e in said if e is not None), None),
            limit_part(pages[1]) if pages else "")


def _part_limit(sentence: str) -> bool:
    """Whether the limit is for one part ("De samenvatting telt maximaal één pagina"): a part named before the first
    limit; one named after it ("..., met per criterium ten hoogste het aantal pagina's uit de tabel", "...; het
    cv-overzicht telt niet mee") is about something else."""
    first = min((m.end() for m in (PAGES_RE.search(sentence), WORDS_RE.search(sentence)) if m), default=len(sentence))
    # a part named in brackets refers to where something is ("een eigen verklaring (bijlage 2)"): not the limit's subject
    return bool(PART_LIMIT.search(ASIDE.sub(" ", EXCLUDED.sub("", _applied_theme(sentence[:first])))))


def _applied_theme(sentence: str) -> str:
    """The sentence without "per thema" when themes are applied for one by one: its limit is the application's."""
    return PER_THEME.sub(" ", sentence) if APPLYING.search(sentence) else sentence


def _limits(sentence: str) -> int:
    """How many page limits a sentence states."""
    return len(PAGES_RE.findall(sentence)) if PAGE_WORD.search(sentence) else 0


def _total_row(blocks: list[Block]) -> tuple[int, str] | None:
    """The page limit in the Totaal row of a criteria table ("Totaal | 100 | 8" under "Max. pagina's")."""
    for block in blocks:
        if block.kind == TABLE_ROW and block.cells and TOTAL_ROW.match(block.cells[0]) and \
                (pages := column_limit(block, "pagina|blz|kantje")):
            return pages, block.text
    return None


def _size_sentences(blocks: list[Block]) -> list[str]:
    """Sentences on the size of the proposal or its parts ("De maximale omvang geldt exclusief bijlagen")."""
    return [sentence for block in blocks if block.kind != HEADING
            for sentence in split_sentences(block.text) if SIZE_WORDS.search(sentence)]


def _per_unit(sentence: str) -> bool:
    """Whether the clause that states a limit sets it per part ("per resultaatgebied ... maximaal 2 pagina's")."""
    sentence = _applied_theme(sentence)
    return any(PER_UNIT.search(clause) and (page_limit_in(clause) or word_limit_in(clause))
               for clause in CLAUSE_END.split(sentence) if clause)


def _first(found: list[tuple[str, str]], read) -> tuple[int, str] | None:
    """The first limit `read` finds in the sentences, with its sentence."""
    return next(((value, sentence) for sentence, _ in found if (value := read(sentence))), None)
