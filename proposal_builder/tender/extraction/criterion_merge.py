"""One list of award criteria from every way a tender writes them: a table, a list, a sentence with several weights,
a sentence per criterion. The same criterion read twice (a table and the prose or annex that restates it) becomes one,
with the weight, limits, code and goals of both; a grouping that the criteria below it make up ("kwaliteit (70%)"
over three weighted parts), a sentence about scoring ("De commissie kent per criterium 0, 25, 50 of 100% toe") and
a share that a complete table leaves no room for are no criteria.
"""

import re

from ..reading.blocks import HEADING, Block
from .criterion_reading import CRITERIA_HEADING, Criterion, bare_name, read_criteria
from .criterion_totals import without_totals
from .criterion_layouts import as_written, joined_wraps, turned_tables, unstacked_rows, with_digit_weights
from .criterion_tree import without_parents
from .prose_criteria import named_one_by_one
from .unweighted_criteria import listed_without_weights

WHOLES = (100.0, 1000.0)  # the totals weights add up to
# "Kwaliteit", "de kwaliteit", "Kwalitatieve criteria": a name that groups the quality criteria
GROUPING = re.compile(r"^(?:de\s+|het\s+)?(?:kwaliteit(?:scriteria|sdeel)?|kwalitatieve?(?:\s+(?:criteria|deel|beoordeling))?|"
                      r"gunningscriteri(?:a|um)\s+kwaliteit)$", re.IGNORECASE)
# A sentence about how points are given is no criterion: "De beoordelingscommissie kent per kwaliteitscriterium 0,",
# "De inschrijver met de laagste prijs krijgt", "Op een schaal van 0" (but a question is: "Hoe krijgt u ... in beeld?")
SCORING = re.compile(r"^(?:de|het|een|elke|iedere)\s+(?:\S+\s+){0,6}?(?:kent|kennen|krijgt|krijgen|scoort|scoren|behaalt|"
                     r"behalen|vermenigvuldig\w*|toegekend)\b|\d\s*,\s*$|^(?:de|een)\s+(?:beoordelings)?commissie\b|"
                     r"\bschaal\s+van\b", re.IGNORECASE)
FREE_TEXT = ("line", "prose")  # readings that take a whole line or clause as the name
ARTICLE = re.compile(r"^(?:de|het|een)\s+", re.IGNORECASE)


def find_criteria(blocks: list[Block]) -> list[Criterion]:
    """The tender's award criteria from all ways of writing them, each once, in the order the tender names them; else
    a list of criteria without weights."""
    written, blocks = blocks, unstacked_rows(turned_tables(joined_wraps(with_digit_weights(blocks))))
    found = without_totals(read_criteria(blocks))
    one_by_one = named_one_by_one(blocks)
    if found or len(one_by_one) >= 2:
        found = merge(found, one_by_one, blocks)
    at = {block.position: block.text.lower() for block in blocks}
    as_written(found, written)
    return sorted(found, key=lambda c: (c.place or (c.position,), _offset(c, at.get(c.position, "")))) or \
        listed_without_weights(blocks)


def _offset(criterion: Criterion, text: str) -> int:
    """Where in its block a criterion is named, so that criteria read from one paragraph keep its order."""
    found = re.search(rf"(?<![\w-]){re.escape(key(criterion.name))}(?![\w-])", text)  # not "prijs-kwaliteitverhouding"
    return found.start() if found else len(text)


def merge(criteria: list[Criterion], more: list[Criterion], blocks: list[Block] = ()) -> list[Criterion]:
    """The criteria with those read elsewhere added, each criterion once, as one tree: a criterion read in a summary
    table and again in its own subsection is one, and the sub-criteria under that subsection replace it where they make
    up its weight (criterion_tree.py); groupings and scoring sentences left out."""
    kept: list[Criterion] = []
    for criterion in [*criteria, *more]:
        same = next((c for c in kept if same_criterion(c, criterion)), None)
        if same is None:
            kept.append(criterion)
        else:
            _fill(same, criterion)
    kept = without_parents(_with_subsections(kept, list(blocks)), list(blocks), _value, _unit)
    kept = [c for c in kept if c.source == "table" or not SCORING.search(c.name)]
    # a share of 100% beside two or more criteria is the top of a scale ("kent de commissie 0, 25, ... of 100 procent
    # van de punten toe"), not a criterion: it would leave nothing for the others
    kept = [c for c in kept if not (c.percentage == 100 and c.source != "table" and len(kept) >= 3)]
    # a weight of nothing is a score, not a share of the award: "Een aanvraag die op een criterium 0 punten ... behaalt"
    kept = [c for c in kept if not (c.weight and _value(c) == 0)]
    return _without_strays(_without_groupings(_without_stated_total(kept)))


def _with_subsections(criteria: list[Criterion], blocks: list[Block]) -> list[Criterion]:
    """The criteria, each with the heading of its own subsection where that heading names it without a weight ("5.3
    Werkwijze" below the summary table's "Werkwijze | 30%"): the same criterion, whose sub-criteria stand under it
    (criterion_tree.py)."""
    headings = [b for b in blocks if b.kind == HEADING and any(CRITERIA_HEADING.search(h) for h in b.section[:-1])]
    for criterion in criteria:
        named = [h for h in headings if key(h.text) == key(criterion.name)]
        if len(named) == 1 and named[0].position not in (criterion.position, *criterion.also):
            criterion.also.append(named[0].position)
    return criteria


def key(name: str) -> str:
    """A criterion's name to compare: without code, number or article, lower case, one space between words."""
    return " ".join(ARTICLE.sub("", bare_name(name)).split())


def same_criterion(a: Criterion, b: Criterion) -> bool:
    """The same criterion read twice: the same name or code, or one name inside the other with the same weight."""
    if key(a.name) == key(b.name) or (a.code and a.code == b.code):
        return True
    short, long = sorted((key(a.name), key(b.name)), key=len)
    same_weight = _value(a) == _value(b) and _unit(a) == _unit(b)
    return same_weight and len(short) >= 6 and re.search(rf"\b{re.escape(short)}\b", long) is not None


def _fill(criterion: Criterion, other: Criterion) -> None:
    """What the other reading adds: weight, limits, code, goals, and its name when it has no article before it."""
    if ARTICLE.match(criterion.name) and not ARTICLE.match(other.name) and key(criterion.name) == key(other.name):
        criterion.name = other.name
    # a line or sentence read whole ("Voor het derde onderdeel, Samenwerking in de wijk, zijn") holds the name another
    # reading took apart
    if criterion.source in FREE_TEXT and other.source not in FREE_TEXT and len(key(other.name)) >= 4 and \
            re.search(rf"\b{re.escape(key(other.name))}\b", key(criterion.name)) and key(other.name) != key(criterion.name):
        criterion.name, criterion.source = other.name, other.source
    if not criterion.weight and other.weight:
        criterion.weight, criterion.points, criterion.percentage = other.weight, other.points, other.percentage
    criterion.page_limit = criterion.page_limit or other.page_limit
    criterion.word_limit = criterion.word_limit or other.word_limit
    criterion.code = criterion.code or other.code
    criterion.goals = criterion.goals or other.goals
    criterion.also += [p for p in [other.position, *other.also] if p != criterion.position and p not in criterion.also]


def _without_groupings(criteria: list[Criterion]) -> list[Criterion]:
    """Drop a grouping ("Kwaliteit 70%", or a sub-heading that took its weight) that the quality criteria make up: the others of its unit add up to a whole
    without it but not with it, or the criteria scored in another unit ("Voor kwaliteit zijn 100 punten te behalen:
    het plan van aanpak (50 punten), ...") add up to a whole of their own or to its share ("De kwaliteit weegt voor 70
    procent ... visie (30 punten), aanpak (25 punten) en samenwerking (15 punten)")."""
    kept = []
    for criterion in criteria:
        total = sum(_value(c) for c in criteria if _unit(c) == _unit(criterion))
        parts = [c for c in criteria if _unit(c) != _unit(criterion)]
        without_it = total not in WHOLES and total - _value(criterion) in WHOLES
        made_up = without_it or (len(parts) >= 2 and sum(_value(c) for c in parts) in (*WHOLES, _value(criterion)))
        # a sub-heading read as a criterion from the weight in its text ("E.1 Verdeling" over "... op kwaliteit (70%) en
        # prijs (30%)") that the others make a whole without is that grouping too
        if not (GROUPING.match(criterion.name.strip()) and made_up or criterion.source == "heading" and without_it):
            kept.append(criterion)
    return kept


def _without_stated_total(criteria: list[Criterion]) -> list[Criterion]:
    """Drop a weight read from text that all the other criteria of its unit make up, and with which they would not make
    a whole: the total to be had ("Iedere aanvraag kan in totaal 100 punten behalen"), the root of the tree."""
    def total(criterion: Criterion) -> bool:
        others = [c for c in criteria if c is not criterion and _unit(c) == _unit(criterion)]
        whole = sum(_value(c) for c in others)
        return criterion.source != "table" and len(others) >= 2 and _value(criterion) == whole and \
            whole + _value(criterion) not in WHOLES
    return [c for c in criteria if not total(c)]


def _without_strays(criteria: list[Criterion]) -> list[Criterion]:
    """Drop a criterion read from running text that a complete table has no room for: the table's weights of
    that unit add up to a whole already ("De inschrijver met de laagste prijs krijgt 30 punten" below it)."""
    table = [c for c in criteria if c.source == "table"]
    whole = {unit for unit in {_unit(c) for c in table}
             if len([c for c in table if _unit(c) == unit]) >= 2 and sum(_value(c) for c in table if _unit(c) == unit) in WHOLES}
    return [c for c in criteria if c.source == "table" or _unit(c) not in whole or not _value(c)]


def _value(criterion: Criterion) -> float:
    return criterion.percentage if criterion.percentage is not None else criterion.points or 0.0


def _unit(criterion: Criterion) -> str:
    return "%" if criterion.percentage is not None else "points"
