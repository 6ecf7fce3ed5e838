"""What an award criterion covers beyond its weight: the goals it names, its kind, limits stated below it."""

import re
from collections import Counter

from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from ..goal import EFFECT, OUTPUT, Goal
from .areas import coded_goals, group_goals
from .criterion_reading import FOOTNOTE_MARK, Criterion, bare_name
from .criterion_goal_words import (chapter_goals, coded_in_text, goals_about, heading_goals, labelled_goals, legal_goals,
                                   part_goals, part_ordinal_goals, theme_goals)
from .criterion_texts import descriptions, held, names_criterion, places
from .goal_labels import GoalLabels
from .limits import PAGE_WORD, PAGES_RE, page_limit_in, word_limit_in
from .numbers import to_int
from .sentences import split_sentences

# "effecten A tot en met D", "effect E": goals labelled by capital letter, in the tender's order
LETTER_REFERENCE = re.compile(
    r"\b(?:[Dd]oel(?:en)?|[Ee]ffect(?:en)?|[Rr]esultaat|[Rr]esultaten)\s+"
    r"((?:[A-H]\s*(?:,|\ben\b|tot\s+en\s+met|t/m|[-–])\s*)*[A-H])\b"
)
RANGE = re.compile(r"(\d{1,2})\s*(?:tot\s+en\s+met|t/m|[-–]|tot)\s*(\d{1,2})", re.IGNORECASE)
GOAL_COLUMN = re.compile(r"\bdoel|\bresulta(?:at|ten)\b|\beffect(?:en)?\b", re.IGNORECASE)  # "Doelen", "Resultaten"
# A limit for several criteria or the whole plan ("Het plan (K1, K2 en K3 samen) telt in totaal maximaal zeven A4'tjes")
# is none of the criterion it follows.
# ... nor is one for the quality part as a whole ("Het kwalitatieve deel van uw inschrijving telt maximaal negen pagina's")
SHARED_LIMIT = re.compile(r"\bin\s+totaal\b|\bsamen\b|\balle\s+(?:criteria|onderdelen)\b|\bkwalitatieve\s+deel\b|"
                          r"\bkwaliteitsplan\b", re.IGNORECASE)
# The kinds of criteria, first match wins; the rest is quality.
KINDS = (
    ("price", re.compile(r"\b(prijs|prijzen|tarie(f|ven)|inschrijvingssom|prijsblad|kosten)\b(?!\s*-?effectiviteit)", re.IGNORECASE)),
    # also as the end of a compound: "Kwaliteitsinterview", "Eindpresentatie", "Verificatiegesprek" (not any "…gesprek":
    # "Werkwijze keukentafelgesprek" is about the work)
    ("interview", re.compile(r"(interview|presentatie|pitch|\bgesprek|(?:kennismakings|verificatie|kwaliteits)gesprek)\b",
                             re.IGNORECASE)),
)
# "Aanpak per resultaatgebied", "de aanpak van alle doelen": every goal
# ... and "de doelen van het thema waarvoor u aanvraagt": the goals of whichever theme, so all of them
# "de doelen van het thema", "de effecten van het gekozen thema", "de doelen van het onderdeel waarvoor ...": the goals
# of whichever theme or part is chosen, so all of them
# ... and "het beoogde resultaat van het thema": the result of whichever theme is applied for, so all of them; also
# "de doelen van het deelthema waarvoor u aanvraagt", "de doelen van de gekozen thema's", "het deel waarvoor u aanvraagt"
WHOLE_PART = re.compile(r"\b(?:de|het)\s+(?:beoogde\s+)?(?:doelen|effecten|resultaten|resultaat|doel|effect)\s+van\s+"
                        r"(?:het|uw|de)\s+(?:gekozen\s+)?(?:(?:deel|sub)?(?:thema|onderdeel|perceel|opgave)(?:['’]?s|en|n)?|deel\s+waar(?:voor|op))\b",
                        re.IGNORECASE)
# "alle doelen", "alle drie de doelen"
ALL_GOALS = re.compile(r"\balle\s+(?:(?P<count>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+)?(?:de\s+)?"
                       r"(?:doelen|doelstellingen|resultaten)\b", re.IGNORECASE)
# "de gevraagde prestaties", "de beoogde effecten": every goal of that kind, where the tender sets both kinds
OF_KIND = re.compile(r"\b(?:de|alle)\s+(?:(?P<effect>beoogde\s+(?:maatschappelijke\s+)?effecten)|(?P<output>gevraagde\s+prestaties))\b",
                     re.IGNORECASE)
EVERY_GOAL = re.compile(r"\bper\s+(?:(?:beoogd|maatschappelijk)e?\s+){0,2}(?:resultaatgebied|doel(?:stelling)?|resultaat|effect)\b|"
                        rf"{ALL_GOALS.pattern}|"
                        rf"{WHOLE_PART.pattern}",
                        re.IGNORECASE)
# A ticked cell of a cross table, and a cell naming a goal by its number ("1 Eenzaamheid", "Doel 2")
CROSS = re.compile(r"^\s*(?:x|✓|✔|✗|●|ja|v)\s*$", re.IGNORECASE)
GOAL_CELL = re.compile(r"^\s*(?:doel(?:stelling)?\s*|resultaat\s*|effect\s*)?(\d{1,2})\b\.?(?!\s*(?:%|procent))", re.IGNORECASE)
ABOUT_ONE = re.compile(r"^\s*(?:bij|voor|over)\s+(?:het\s+|de\s+)?(?:criterium\s+)?", re.IGNORECASE)  # "Bij het plan ..."
BELOW = 4  # blocks under a criterion that may still describe it
FOOTNOTE_LINE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})\s*(.+)$")  # "² maximaal vier pagina's A4" under a table


def lettered_goals(text: str, count: int) -> list[int]:
    """The goal numbers a text names by letter ("effecten A tot en met D" gives [1, 2, 3, 4]), within the goals found."""
    numbers: list[int] = []
    for match in LETTER_REFERENCE.finditer(text):
        numbers += _expand(re.sub(r"\b[A-H]\b", lambda m: str(ord(m.group(0)) - ord("A") + 1), match.group(1)))
    return [n for n in dict.fromkeys(numbers) if n <= count] if numbers and max(numbers) <= count else []


def _expand(text: str) -> list[int]:
    numbers = []
    for part in re.split(r",|\ben\b", RANGE.sub(lambda m: f"{m.group(1)}:{m.group(2)}", text)):
        low, _, high = part.strip().partition(":")
        if low.isdigit():
            numbers += list(range(int(low), int(high) + 1)) if high.isdigit() and int(high) - int(low) < 30 else [int(low)]
    return numbers


def criterion_kind(name: str) -> str:
    """"price", "interview" or "quality" by the criterion's name."""
    return next((kind for kind, pattern in KINDS if pattern.search(name)), "quality")


def complete_criteria(criteria: list[Criterion], blocks: list[Block], goals: list[Goal] = ()) -> set[int]:
    """Fill goals, kind and limits stated below each criterion; return the blocks whose limits were used.

    A criterion that names a group of goals ("resultaatgebied B") instead of numbers covers the goals under it.
    """
    at = {block.position: block for block in blocks}
    starts = sorted({p for c in criteria for p in places(c)})
    taken: set[int] = set()
    labels = GoalLabels(list(goals), blocks, {c.code or c.name.split()[0] for c in criteria if c.name})
    for criterion in criteria:
        criterion.kind = criterion.kind or criterion_kind(criterion.name)
        for block in (at[p] for p in places(criterion) if p in at):  # where it is written, also where it is repeated
            criterion.goals = criterion.goals or _goals_where_written(criterion, block, criteria, goals, blocks, labels)
            if _describes_one(block, criteria):
                taken |= _below(criterion, block, blocks, starts, labels, criteria)
        if criterion.position not in at:  # typed in, not read
            criterion.goals = criterion.goals or _goals_in(criterion.name, goals, blocks, labels)
    for criterion in criteria:
        criterion.goals = criterion.goals or labels.numbers(lettered_goals(_text_below(criterion, at), len(goals)))
    taken |= _described(criteria, blocks, goals, labels)
    taken |= _described_under_their_name(criteria, blocks, labels)
    taken |= _paragraph_per_criterion(criteria, blocks)
    taken |= _named_in_sentences(criteria, blocks, goals, labels)
    taken |= _limit_per_criterion(criteria, blocks)
    _crossed(criteria, blocks, len(goals), labels)
    taken |= _footnoted_limits(criteria, at)
    taken |= {c.position for c in criteria if c.page_limit or c.word_limit}
    return taken


def _goals_where_written(criterion: Criterion, block: Block, criteria: list[Criterion], goals, blocks: list[Block],
                         labels: GoalLabels) -> list[int]:
    """The goals named in the block that states the criterion: its name, its table row, its item, or a paragraph
    holding it alone."""
    # cells apart: in "Bijdrage aan de doelen | 40" the weight after the word "doelen" names no goal 40
    own = criterion.name + " | " + " | ".join(block.cells) + " | " + _goal_cells(block)
    own += " " + block.text if block.kind in (LIST_ITEM, PARAGRAPH) and held(block, criteria) == 1 else ""
    at = {b.position: b for b in blocks}
    return _listed_codes(block, labels) or _goals_in(own, goals, blocks, labels) or labels.numbers(lettered_goals(own, len(goals))) or \
        theme_goals(own, goals) or chapter_goals(own, goals) or coded_in_text(own, goals, at) or part_goals(criterion.name, goals)


def _listed_codes(block: Block, labels: GoalLabels) -> list[int]:
    """A "Doelen" cell listing the goals' own codes, of one kind or mixed ("A, C", "B, R3"): their places, when every item
    is a code the goals carry."""
    found: list[int] = []
    for header, cell in zip(block.header, block.cells):
        items = [item.strip() for item in re.split(r",|;|\ben\b", cell) if item.strip()]
        if GOAL_COLUMN.search(header) and items and all(item in labels.codes for item in items):
            found += [labels.codes[item] for item in items]
    return sorted(set(found))


def _goals_in(text: str, goals, blocks: list[Block], labels: GoalLabels) -> list[int]:
    """The goals a criterion's own text names: by number, code, place or table, by group, or all of them."""
    return part_ordinal_goals(text, goals) or labels.referenced(text) or legal_goals(text, goals, {b.position: b for b in blocks}) or \
        group_goals(text, list(goals), blocks) or coded_goals(text, list(goals), blocks) or _every_goal(text, goals, labels) or \
        heading_goals(text, goals)


def _described(criteria: list[Criterion], blocks: list[Block], goals, labels: GoalLabels) -> set[int]:
    """Goals and a limit of its own from each passage that describes one criterion (criterion_texts.py); return the
    blocks all of whose limits went to criteria."""
    used: dict[int, list[str]] = {}
    for criterion, text, position in descriptions(criteria, blocks):
        criterion.goals = criterion.goals or _goals_in(text, goals, blocks, labels)
        # a limit of its own: in a clause with one limit, not shared with other criteria or the whole plan
        mine = [c for c in _clauses(text) if page_limit_in(c) and len(PAGES_RE.findall(c)) == 1 and not SHARED_LIMIT.search(c)]
        if not criterion.page_limit and mine:
            criterion.page_limit = page_limit_in(mine[0])
            used.setdefault(position, []).extend(mine)
    at = {block.position: block for block in blocks}
    return {position for position, clauses in used.items()
            if all(any(mine in clause for mine in clauses) for clause in _clauses(at[position].text) if page_limit_in(clause))}


def _clauses(text: str) -> list[str]:
    """The sentences of a text, split again at ";"."""
    return [clause for sentence in split_sentences(text) for clause in re.split(r";\s*", sentence) if clause]


def _paragraph_per_criterion(criteria: list[Criterion], blocks: list[Block]) -> set[int]:
    """A paragraph opening on one criterion ("Bij het plan van aanpak kijken wij ... Dit deel is niet langer dan vier
    pagina's.") gives that criterion the page limit it states; return the paragraphs used."""
    used: set[int] = set()
    for block in blocks:
        sentences = split_sentences(block.text) if block.kind in (PARAGRAPH, LIST_ITEM) else []
        opening = ABOUT_ONE.match(sentences[0]) if sentences else None
        named = [c for c in criteria if opening and names_criterion(sentences[0][:opening.end() + 80], c)]
        if len(named) != 1 or named[0].page_limit:
            continue
        own = " ".join(s for s in sentences if not SHARED_LIMIT.search(s))
        if (pages := page_limit_in(own)):
            named[0].page_limit = pages
            used.add(block.position)
    return used


def _crossed(criteria: list[Criterion], blocks: list[Block], count: int, labels: GoalLabels) -> None:
    """Goals ticked in a cross table: goal rows under criterion columns ("Doel | K1 | K2", "1 Eenzaamheid | x | "),
    or criterion rows under goal columns ("Criterium | Doel 1 | Doel 2"); for criteria without goals."""
    crossed: dict[int, list[int]] = {}
    for row in blocks:
        if row.kind != TABLE_ROW or len(row.header) < 3 or len(row.cells) != len(row.header):
            continue
        by_column = [_named_one(header, criteria) for header in row.header[1:]]
        goal = _goal_of_row(row.cells[0], count)
        if goal and all(c is not None for c in by_column):  # goal rows, criterion columns
            for criterion, cell in zip(by_column, row.cells[1:]):
                if CROSS.match(cell):
                    crossed.setdefault(id(criterion), []).append(goal)
        elif (criterion := _named_one(row.cells[0], criteria)) is not None:  # criterion rows, goal columns
            columns = [_goal_of_row(header, count) for header in row.header[1:]]
            if all(columns):
                crossed.setdefault(id(criterion), []).extend(g for g, cell in zip(columns, row.cells[1:]) if CROSS.match(cell))
    for criterion in criteria:
        if not criterion.goals and crossed.get(id(criterion)):
            criterion.goals = sorted(set(labels.numbers(sorted(set(crossed[id(criterion)])))))


def _named_one(text: str, criteria: list[Criterion]) -> Criterion | None:
    """The one criterion a header or cell names by code or name ("K1", "Visie op sociaal werk")."""
    named = [c for c in criteria if names_criterion(text, c) or bare_name(text) == bare_name(c.name)]
    return named[0] if len(named) == 1 else None


def _goal_of_row(cell: str, count: int) -> int | None:
    """The goal a cell names by its number: "1 Eenzaamheid", "Doel 2", "3."; None beyond the goals found."""
    match = GOAL_CELL.match(cell)
    number = int(match.group(1)) if match else 0
    return number if 0 < number <= count else None


def _text_below(criterion: Criterion, at: dict[int, Block]) -> str:
    """The text of the few blocks under a criterion's heading, up to the next heading."""
    texts, position = [], criterion.position + 1
    while position <= criterion.position + BELOW and (block := at.get(position)) is not None and block.kind != HEADING:
        texts.append(block.text)
        position += 1
    heading = at.get(criterion.position)
    return " ".join(texts) if heading is not None and heading.kind == HEADING else ""


def _every_goal(text: str, goals, labels: GoalLabels) -> list[int]:
    """A criterion "per resultaatgebied" or on "alle doelen" covers every goal (all_goals); one on "de beoogde
    effecten" or "de gevraagde prestaties" every goal of that kind (of_kind)."""
    return of_kind(text, goals) or (all_goals(text, goals, labels) if EVERY_GOAL.search(text) else [])


def of_kind(text: str, goals) -> list[int]:
    """Every goal of the kind a text names as a whole ("de beoogde effecten van de opgaven", "de gevraagde
    prestaties"), where the goals are of both kinds; else []."""
    named = OF_KIND.search(text)
    if not named or {goal.kind for goal in goals} != {EFFECT, OUTPUT}:
        return []
    wanted = EFFECT if named.group("effect") else OUTPUT
    return [n for n, goal in enumerate(goals, 1) if goal.kind == wanted]


def all_goals(text: str, goals, labels: GoalLabels) -> list[int]:
    """Every goal; but where the tender numbers some goals as its own ("Doel 1." to "Doel 5.", the activities listed
    apart), the goals it numbers; and "alle drie doelen" where more were read counts three: the goals of one kind when
    exactly three are of it, else the first three."""
    counted = ALL_GOALS.search(text)
    count = to_int(counted.group("count")) if counted and counted.group("count") else None
    numbered = sorted(labels.places.values())
    every = numbered if 2 <= len(numbered) < len(goals) else list(range(1, len(goals) + 1))
    if not count or count >= len(every):
        return every
    # effects first ("alle drie doelen" beside three effects and three outputs means the effects), in a fixed order: a
    # set's order changes with each run's string hashing
    kinds = {kind: [n for n, goal in enumerate(goals, 1) if goal.kind == kind] for kind in (EFFECT, OUTPUT)}
    return next((numbers for numbers in kinds.values() if len(numbers) == count), every[:count])


def _named_in_sentences(criteria: list[Criterion], blocks: list[Block], goals, labels: GoalLabels) -> set[int]:
    """A sentence that names one criterion (by name, code or question number) and goals gives that criterion its
    goals: "Bij Samenwerking met huisartsen beschrijft u hoe u de doelstellingen 1 en 4 bereikt.", "Bij vraag 2 kijken
    wij vooral naar Minder overlast en Op tijd hulp" (goals under those labels); one naming one criterion and one page
    limit of its own its limit ("K1 gaat over doel 1 en 2 en telt maximaal 4 pagina's"). Return the blocks all of whose
    limits went to criteria."""
    questions = _question_numbers(criteria, blocks)
    used: set[int] = set()
    for block in blocks:
        if block.kind == HEADING:
            continue
        sentences = split_sentences(block.text)
        limits = [s for s in sentences if PAGES_RE.search(s)] if PAGE_WORD.search(block.text) else []  # the cheap test first
        assigned = [s for s in limits if _own_limit(s, [c for c in criteria if _opens_on(s, c)])]
        used |= {block.position} if limits and len(assigned) == len(limits) else set()
        for sentence in sentences:
            # "Bij de aanpak gaat het om alle drie de doelen; bij de inbedding in de wijk om doel 2 en 3": per clause
            for part in (CLAUSES.split(sentence) if CLAUSES.search(sentence) else []) + [sentence]:
                every = all_goals(part, goals, labels) if ALL_GOALS.search(part) or WHOLE_PART.search(part) else []
                # "de doelen van het thema waarvoor u aanvraagt: voor thema 1 de doelen 1 tot en met 3, ...": all of them
                numbers = (every if WHOLE_PART.search(part) else []) or labels.referenced(part) or every or coded_goals(part, list(goals), blocks) or \
                    heading_goals(part, goals) or labelled_goals(part, goals) or goals_about(part, goals)
                number = _referenced_number(part)
                named = [questions[number]] if number in questions else \
                    [criteria[number - 1]] if number and not questions and number <= len(criteria) and \
                    (ORDINAL_REFERENCE.match(part) or NUMBERED_CRITERION.match(part)) else \
                    [c for c in criteria if names_criterion(part, c)]
                if numbers and len(named) == 1 and not named[0].goals:
                    named[0].goals = numbers
    return used


def _opens_on(sentence: str, criterion: Criterion) -> bool:
    """Whether a sentence opens on the criterion: on its code ("K1 telt ..."), or on its whole name after "Bij" or
    "Voor" ("Voor het plan van aanpak heeft u ..."); not on the name as subject ("Het plan van aanpak telt maximaal 10
    pagina's" is the whole plan) nor on a word holding it ("Het kwaliteitsplan omvat ...")."""
    code = criterion.code.lower()
    if code and re.match(rf"{re.escape(code)}(?![\w.-])", sentence.strip().lower()):
        return True
    opening = OPENS.match(sentence.strip())
    rest = sentence.strip()[opening.end():].lower()
    name = bare_name(criterion.name)
    return bool(opening.group(1)) and len(name) >= 4 and re.match(rf"{re.escape(name)}(?![\w-])", rest) is not None


def _own_limit(sentence: str, named: list[Criterion]) -> bool:
    """Give the one criterion a sentence names the one page limit it states, unless shared; whether it took it."""
    if len(named) != 1 or len(PAGES_RE.findall(sentence)) != 1 or SHARED_LIMIT.search(sentence):
        return False
    named[0].page_limit = named[0].page_limit or page_limit_in(sentence)
    return named[0].page_limit == page_limit_in(sentence)


OPENS = re.compile(r"^((?:bij|voor|over|in)\s+)?(?:het\s+|de\s+)?(?:(?:sub)?criterium\s+)?", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:geen|niet)\b", re.IGNORECASE)
# "Beantwoord elk kwaliteitscriterium in maximaal twee pagina's", "per subcriterium maximaal drie pagina's"
EACH_CRITERION = re.compile(r"\b(?:per|elk|ieder)e?\s+(?:(?:kwaliteits|sub|gunnings|beoordelings|deel)?criterium|onderdeel|subvraag)\b",
                            re.IGNORECASE)


def _limit_per_criterion(criteria: list[Criterion], blocks: list[Block]) -> set[int]:
    """A page limit stated for each criterion is the own limit of every quality criterion without one; return the
    blocks stating it."""
    used: set[int] = set()
    for block in blocks if any(c.kind != "price" and not c.page_limit for c in criteria) else []:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if EACH_CRITERION.search(sentence) and len(PAGES_RE.findall(sentence)) == 1 and not SHARED_LIMIT.search(sentence) \
                    and not NEGATED.search(sentence):
                for criterion in criteria:
                    criterion.page_limit = criterion.page_limit or (page_limit_in(sentence) if criterion.kind != "price" else None)
                used.add(block.position)
    return used


# clauses of one sentence, each about its own criterion: "...; bij de inbedding ...", "..., bij vraag 3 naar Meedoen",
# "... naar het tweede doel, bij Samenwerking met ketenpartners naar het derde doel"
CLAUSES = re.compile(r";\s*|,\s*(?=(?:en\s+)?(?:bij|voor)\s+)", re.IGNORECASE)
# "Bij vraag 2 kijken wij ...": a clause opening on the number of a question in the tender's numbered list
# ("Criterium 1 gaat over de beoogde effecten": a criterion by its number as the subject)
QUESTION_REFERENCE = re.compile(r"^\s*(?:(?:bij|voor|in)\s+)?(?:vraag|criterium|onderdeel)\s+(\d{1,2})\b(?!\s*(?:tot|t/m|[-–,]|en\b))",
                                re.IGNORECASE)
NUMBERED_CRITERION = re.compile(r"^\s*(?:(?:bij|voor|in)\s+)?criterium\s+\d", re.IGNORECASE)


ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste")
# "Bij het tweede criterium gaat het om ...", "en bij het vierde criterium om doel 5": a criterion by its place
ORDINAL_REFERENCE = re.compile(rf"^\s*(?:en\s+)?(?:bij|voor|in)\s+het\s+({'|'.join(ORDINALS)})\s+"
                               r"(?:criterium|onderdeel|beoordelingspunt|aspect|vraag)\b", re.IGNORECASE)


def _referenced_number(part: str) -> int:
    """The number of the criterion a clause opens on, by number ("Bij vraag 2") or place ("Bij het tweede
    criterium"); 0 for none."""
    asked, placed = QUESTION_REFERENCE.match(part), ORDINAL_REFERENCE.match(part)
    return int(asked.group(1)) if asked else ORDINALS.index(placed.group(1).lower()) + 1 if placed else 0


def _question_numbers(criteria: list[Criterion], blocks: list[Block]) -> dict[int, Criterion]:
    """Criteria read from a numbered list by the item's number, counting the items that are no criterion; an item that
    names several criteria ("1. ... op de volgende criteria: a (35 punten), b (25 punten)") numbers none of them."""
    own = Counter(c.position for c in criteria)
    at, numbered, run, level = {c.position: c for c in criteria if own[c.position] == 1}, {}, 0, None
    for block in blocks:
        if block.kind != LIST_ITEM or not block.numbered:
            run, level = (run, level) if block.kind == LIST_ITEM else (0, None)
            continue
        level = block.level if level is None else level
        if block.level == level:  # sub-items keep the number of their item
            run += 1
            if block.position in at:
                numbered[run] = at[block.position]
    return numbered


def _described_under_their_name(criteria: list[Criterion], blocks: list[Block], labels: GoalLabels) -> set[int]:
    """A heading or bold line named after a criterion found elsewhere (a table, a sentence) describes it below."""
    names = {bare_name(c.name): c for c in criteria}
    starts = sorted({b.position for b in blocks if b.kind == HEADING or _short_line(b)})
    used: set[int] = set()
    for block in blocks:
        criterion = names.get(bare_name(block.text)) if block.kind == HEADING or _short_line(block) else None
        if criterion is not None and criterion.position != block.position:
            used |= _below(criterion, block, blocks, starts, labels)
    return used


def _footnoted_limits(criteria: list[Criterion], at: dict[int, Block]) -> set[int]:
    """A criterion row whose name carries a footnote marker takes the limit of the footnote below its table."""
    used: set[int] = set()
    for criterion in criteria:
        row = at.get(criterion.position)
        mark = next((m for cell in row.cells if (m := FOOTNOTE_MARK.search(cell)) and m.start()), None) \
            if row is not None and row.kind == TABLE_ROW else None
        if not mark or criterion.page_limit:
            continue
        position = criterion.position
        while at.get(position + 1) is not None and at[position + 1].kind == TABLE_ROW:
            position += 1
        for following in (at.get(position + step) for step in range(1, BELOW + 2)):
            note = FOOTNOTE_LINE.match(following.text) if following is not None and following.kind != HEADING else None
            if note and note.group(1) == mark.group(0).strip() and (pages := page_limit_in(note.group(2))):
                criterion.page_limit, criterion.word_limit = pages, criterion.word_limit or word_limit_in(note.group(2))
                used.add(following.position)
    return used


def _short_line(block: Block) -> bool:
    """A bold pseudo-heading, or a line read as a list item by its code ("K1 Plan van aanpak" → "Plan van aanpak")."""
    return block.kind in (PARAGRAPH, LIST_ITEM) and len(block.text.split()) <= 10 and \
        not block.text.rstrip().endswith((".", ":", ";"))


def _goal_cells(block: Block) -> str:
    """A table row's cells under a "Doelen" column, read as goal numbers ("1, 2 en 3") or letters ("A, B en C")."""
    cells = [(_column_noun(header), cell) for header, cell in zip(block.header, block.cells) if GOAL_COLUMN.search(header)]
    if not block.header:  # no header row: a cell that is a list or range of numbers names goals
        cells = [("doelen", cell) for cell in block.cells[1:] if RANGE.search(cell) or re.search(r"\d\s*(,|\ben\b)\s*\d", cell)]
    # numbers, or capital letters as prose names lettered goals ("A, B en C", LETTER_REFERENCE); under a column naming
    # results or effects ("Past bij resultaat") the numbers count within that list, where results are numbered apart
    # ... and a cell saying "alle" links every goal (all_goals)
    return " ".join("alle doelen" if ALL_CELL.fullmatch(cell) else f"{noun} {cell}" for noun, cell in cells
                    if re.fullmatch(r"(?:\d{1,2}|\s|,|en|tot|met|t/m|[-–])+|(?:[A-H]|\s|,|en|tot|met|t/m|[-–])+", cell)
                    or ALL_CELL.fullmatch(cell))


ALL_CELL = re.compile(r"\s*(?:alle(?:\s+(?:doelen|doelstellingen|resultaten|effecten))?|allemaal)\s*\.?\s*", re.IGNORECASE)


COLUMN_NOUN = re.compile(r"\b(resulta(?:at|ten)|effect(?:en)?|prestaties?)\b", re.IGNORECASE)


def _column_noun(header: str) -> str:
    """The goals a column names its numbers by: "resultaten" under "Past bij resultaat", else "doelen"."""
    noun = COLUMN_NOUN.search(header)
    word = noun.group(1).lower() if noun else ""
    return next((plural for stem, plural in (("resulta", "resultaten"), ("effect", "effecten"), ("presta", "prestaties"))
                 if word.startswith(stem)), "doelen")


def _describes_one(block: Block, criteria: list[Criterion]) -> bool:
    """A heading or a short paragraph (a bold pseudo-heading) that holds this criterion alone."""
    short = block.kind == PARAGRAPH and len(block.text.split()) <= 15
    return (block.kind == HEADING or short) and held(block, criteria) == 1


def _below(criterion: Criterion, block: Block, blocks: list[Block], starts: list[int], labels: GoalLabels,
           criteria: list[Criterion] = ()) -> set[int]:
    """Goals and limits in the few blocks after the criterion, up to the next criterion or heading; a block naming
    another criterion ("Bij het criterium Vrijwillige inzet ... doel B2") is about that one."""
    later = [s for s in starts if s > block.position]
    stop = min(later[0] if later else len(blocks), block.position + 1 + BELOW)
    used = set()
    for following in blocks[block.position + 1: stop]:
        if following.kind == HEADING and following.level <= max(block.level, 1):
            break
        if any(names_criterion(following.text, other) for other in criteria if other is not criterion):
            continue
        # "Beschrijf hoe u bijdraagt aan de doelen van opgave A": the goals under that part
        criterion.goals = criterion.goals or labels.referenced(following.text) or chapter_goals(following.text, labels.goals) \
            or of_kind(following.text, labels.goals)
        own = " ".join(s for s in split_sentences(following.text) if not SHARED_LIMIT.search(s))
        pages, words = page_limit_in(own), word_limit_in(own)
        if (pages and not criterion.page_limit) or (words and not criterion.word_limit):
            criterion.page_limit, criterion.word_limit = criterion.page_limit or pages, criterion.word_limit or words
            used.add(following.position)
    return used
