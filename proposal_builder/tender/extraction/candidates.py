"""Turn a tender's blocks into goal candidates: the sentences, list items and table cells that may state a goal."""

import re
from collections.abc import Iterator
from dataclasses import replace

from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from ..reading.markers import PART_HEADING_RE
from . import lexicon as cues
from .areas import GROUP_HEADING
from .features import LIST, PROSE, TABLE, Candidate, is_question_line
from .kind_split import heading_kinds, split_kind
from .measured_goals import ONE_GOAL_HEADING, measures_named_goal
from .section_roles import section_roles
from .sections import ADMIN, CONTEXT, GOAL, SectionClassifier, heading_kind
from .sentences import split_sentences
from .targets import measures_above

QUESTIONS_HEADING = re.compile(r"^\W*[\d.]*\s*(de\s+)?vragen\s*:?\s*$", re.IGNORECASE)
INLINE_LABEL_RE = re.compile(r"^([A-Z][^:.;?!]{2,40}):\s+(\S.*)$")  # "Wat we willen: inwoners ..."
# A list item that names its goal by number before stating it ("Doel 3: Inwoners ...", "Resultaat 2.1 – ...")
# A bulleted item that opens on its own code ("- 1a. In ten minste twee kernen ..."): the code names it, the rest states it
OWN_CODE = re.compile(r"^\s*\(?\d{1,2}[a-z]?[.)]\s+(?=\S)")
NUMBERED_GOAL_LABEL = re.compile(r"^(?:beoogd(?:e)?\s+)?(?:doel|doelstelling|subdoel|resultaat|effect|opgave)\s+"
                                 r"(?P<number>\d{1,2}(?:\.\d{1,2})*|[A-Z])\s*[:.)–—-]\s+(?=\S)", re.IGNORECASE)


def candidates(blocks: list[Block], classifier: SectionClassifier) -> Iterator[tuple[Block, Candidate]]:
    """Every candidate of the blocks with its block, in document order."""
    lead_in, bare, introducing, disowned = "", bare_lines(blocks), list_introductions(blocks), disowned_paragraphs(blocks)
    # the introduction's statement of purpose is the tender's goal only where no section states goals
    stated_elsewhere = any(block.kind != HEADING and classifier.classify(block) == GOAL for block in blocks)
    previous_kind, kinds, tabled = "", heading_kinds(blocks), goal_table_chapters(blocks, classifier)
    roles = section_roles(blocks, classifier)
    said = ""  # the sentence before, in the run of paragraphs under the current heading
    previous: Block | None = None
    for block in blocks:
        before, previous_kind = previous_kind, block.kind
        said = said if block.kind == PARAGRAPH else ""
        if block.kind == HEADING:
            # a lead-in ("Per thema geeft de gemeente aan wat zij wil bereiken.") carries on over the part headings it announces
            lead_in = lead_in if GROUP_HEADING.match(block.text) else ""
            continue
        found = block_candidates(block, classifier, lead_in)
        if found and block.position in disowned:
            found[-1].disowned = True
        if found and block.kind == PARAGRAPH and measures_named_goal(block.section):
            for candidate in found:  # "2.3 Indicatoren en streefwaarden > Doel 3": that goal's measure
                candidate.measurement_paragraph = True
        elif found and block.kind == PARAGRAPH and before == HEADING and ONE_GOAL_HEADING.match(block.section[-1]):
            found[0].opens_goal_heading = True
        for candidate in found:
            candidate.introduction = candidate.introduction and not stated_elsewhere
            candidate.bare_line = block.position in bare
            candidate.introduces_list = block.position in introducing
            candidate.split_kind = split_kind(block.section, kinds)
            candidate.role, candidate.chapter = roles[block.position], classifier.chapter(block)
            candidate.beside_goal_table = block.kind != TABLE_ROW and block.section[:1] in tabled
            # after a sentence announcing it ("Het college stelt voor dit thema één doel.", "Ons tweede doel gaat over
            # snelheid."), also where a PDF's line breaks split the paragraph
            candidate.announced = block.kind == PARAGRAPH and bool(cues.ANNOUNCES_GOAL.search(said))
            said = candidate.text if block.kind == PARAGRAPH else ""
            yield block, candidate
        if block.kind not in (LIST_ITEM, TABLE_ROW) or announces_items(block):
            lead_in = block.text
        elif block.kind == TABLE_ROW and announces_items(previous):
            lead_in = ""  # an item's announcement holds for the items under it, not for the items after its table
        previous = block


def announces_items(block: Block | None) -> bool:
    """A list item announcing the items nested under it ("1. Subsidie kan worden verstrekt voor:")."""
    return bool(block) and block.kind == LIST_ITEM and block.text.rstrip().endswith(":")


GOAL_TABLE_ROWS = 2


def goal_table_chapters(blocks: list[Block], classifier: SectionClassifier) -> list[list[str]]:
    """The chapters (first headings) holding a goal table of two rows or more in a goal section: there the table
    states the goals, and the prose around it explains them."""
    counts: dict[str, int] = {}
    for block in blocks:
        if block.kind == TABLE_ROW and block.section and classifier.classify(block) == GOAL:
            header = [h.strip() for h in block.header]
            if goal_column(block, header, GOAL)[1] == "goal":
                counts[block.section[0]] = counts.get(block.section[0], 0) + 1
    return [[chapter] for chapter, n in counts.items() if n >= GOAL_TABLE_ROWS]


def disowned_paragraphs(blocks: list[Block]) -> set[int]:
    """Paragraphs whose last sentence the next paragraph disowns ("De regio onderschrijft die ambitie, maar neemt haar
    niet als eigen doel over.")."""
    return {block.position for block, following in zip(blocks, blocks[1:])
            if block.kind == following.kind == PARAGRAPH and following.section == block.section
            and cues.DISOWNS.search(split_sentences(following.text)[0])}


SHORT_LABEL_WORDS = 4  # "Wat we willen" between a paragraph and its list


def list_introductions(blocks: list[Block]) -> set[int]:
    """Paragraphs right before a list in their section (short label lines aside): what the list then spells out
    item by item ("De vier gemeenten willen dat ...", then "Doel 1 – ...")."""
    introducing, waiting = set(), []
    for block in blocks:
        if block.kind == PARAGRAPH:
            # a short question ("Hoe volgen we het?") introduces the list itself, as a heading would
            label = len(block.text.split()) <= SHORT_LABEL_WORDS and not is_question_line(block.text) and \
                waiting and waiting[-1].section == block.section
            waiting = waiting + [block] if label else [block]
            continue
        if block.kind == LIST_ITEM and measures_above(block.text):
            continue  # "Meten we met: ...", "Streefwaarde: ...": the measure of the paragraph above, no list it sums up
        if block.kind == LIST_ITEM:
            introducing.update(b.position for b in waiting if b.section == block.section)
        waiting = []
    return introducing


def bare_lines(blocks: list[Block]) -> set[int]:
    """Paragraphs of one short sentence standing in a run of two or more under one heading without list items:
    a list whose bullets were lost (a web page pasted as text), read as its items."""
    runs, run = [], []
    for block in blocks:
        if block.kind == PARAGRAPH and _one_short_sentence(block.text) and (not run or run[-1].section == block.section):
            run.append(block)
            continue
        runs.append(run)
        run = [block] if block.kind == PARAGRAPH and _one_short_sentence(block.text) else []
    runs.append(run)
    # a section that shows real list items kept its bullets: its short paragraphs are prose
    listed = [block.section for block in blocks if block.kind == LIST_ITEM]
    return {block.position for run in runs if len(run) >= 2 and run[0].section not in listed for block in run}


def _one_short_sentence(text: str) -> bool:
    return len(split_sentences(text)) == 1 and 5 <= len(text.split()) <= 30 and text.rstrip().endswith(".")


def block_candidates(block: Block, classifier: SectionClassifier, lead_in: str) -> list[Candidate]:
    """A table row's goal cell, a list item, or the sentences of a paragraph, each with its context."""
    section = classifier.classify(block)
    hint = output_section(block.section)
    if block.kind == TABLE_ROW:
        return table_candidates(block, section, hint)
    source = LIST if block.kind == LIST_ITEM else PROSE
    if section == ADMIN:
        questions = questions_section(block, classifier)
        return [Candidate(s, source, section, questions_section=questions, output_hint=hint) for s in split_sentences(block.text)]
    if section == CONTEXT:
        intro = in_introduction(block, classifier)
        return [Candidate(s, source, section, introduction=intro, output_hint=hint) for s in split_sentences(block.text)]
    label = NUMBERED_GOAL_LABEL.match(block.text)
    if source == LIST or label:  # a list item, or a paragraph opening with its goal's number ("Doelstelling 2 — …")
        own = block.text[label.end():] if label else OWN_CODE.sub("", block.text, count=1) if source == LIST else block.text
        text = without_measure(goal_sentence(own))
        part = bool(block.section) and bool(PART_HEADING_RE.match(block.section[-1]))
        hint = hint or source == LIST and delivers_lead_in(lead_in)
        return [Candidate(text, source, section, lead_in=lead_in_kind(lead_in), output_hint=hint, labelled=bool(label),
                          under_part_heading=part)]
    return paragraph_candidates(block.text, section, hint)


def paragraph_candidates(text: str, section: str, hint: bool) -> list[Candidate]:
    """The sentences of a paragraph; one opening with a heading-like label ("Wat we willen: ...") takes its kind."""
    match = INLINE_LABEL_RE.match(text)
    label_kind = heading_kind(match.group(1)) if match else ""
    labelled = False
    if label_kind in (GOAL, ADMIN):
        label, text, section = match.group(1), match.group(2), label_kind
        hint = hint or bool(cues.OUTPUT_HEADING.search(label))
        labelled = bool(label_kind == GOAL and cues.GOAL_LABEL.search(label))  # "Beoogd resultaat: ..."
    sentences = split_sentences(text)
    disowned = [bool(cues.DISOWNS.search(following)) for following in sentences[1:]] + [False]
    # a sentence whose next one says how it is measured, unless it speaks of measuring itself
    measured = [measures(following) and not MEASURING.search(s) for s, following in zip(sentences, sentences[1:])] + [False]
    # a paragraph opening on how the goal above it is measured ("Wij meten dit aan ...") is that goal's measure throughout
    measuring = bool(sentences) and measures_above(sentences[0])
    return [Candidate(s, PROSE, section, labelled=labelled, output_hint=hint, disowned=d, later_sentence=i > 0,
                      measured_next=m, measurement_paragraph=measuring)
            for i, (s, d, m) in enumerate(zip(sentences, disowned, measured))]


def measures(sentence: str) -> bool:
    """A sentence saying how the one before it is measured ("We meten dit met ...", "Indicator: ...")."""
    bare_measure = cues.INDICATOR.search(sentence) and not cues.MAIN_VERB.search(sentence)  # "percentage afgesloten zaken 70%"
    return bool(cues.MEASURE_OF_GOAL.search(sentence) or measures_above(sentence) or bare_measure)


# "1. Bewoners kennen hun buren. 2. Inwoners ..." in one cell: a numbered list whose line breaks were lost
CELL_ITEM = re.compile(r"(?:^|(?<=[.;:]))\s*(\d{1,2})[.)]\s+(?=[A-ZÀ-Ý])")


def numbered_items(text: str) -> list[str]:
    """The items of a numbered list written in one cell (one item: its text without its number), when its
    numbers follow each other; else []."""
    parts = CELL_ITEM.split(text)
    numbers, items = [int(n) for n in parts[1::2]], [item.strip() for item in parts[2::2]]
    if not numbers or parts[0].strip() or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return []
    return items if all(items) else []


# A sentence on how a goal is followed up ("Wij volgen dit met het aandeel ...", "Als maat gebruiken wij ...")
MEASURING = re.compile(r"\b(volgen|meten|gemeten|maat|indicator|streefwaarde|nulmeting|aandeel|percentage|daalt|stijgt)\b"
                       r"|\d\s*(%|procent)", re.IGNORECASE)


def goal_sentence(text: str) -> str:
    """A list item stating a goal and then how it is measured: the goal is its first sentence (the others
    still give its indicator and target)."""
    sentences = split_sentences(text)
    if len(sentences) >= 2 and not MEASURING.search(sentences[0]) and all(MEASURING.search(s) for s in sentences[1:]):
        return sentences[0]
    return text


def without_measure(text: str) -> str:
    """A list item without the bracket that says how its goal is measured ("... ondernemen (indicator: ...;
    streefwaarde: ...)."): the goal is the text before it (the bracket still gives indicator and target)."""
    return cues.MEASUREMENT_BRACKET.sub("", text) or text


def table_candidates(block: Block, section: str, hint: bool) -> list[Candidate]:
    """A table row's goal cell as one candidate, or one per item when it holds a numbered list; and the cell of a
    column asking what the provider delivers for it, beside the goal column, as an output of its own."""
    candidate = table_candidate(block, section, hint)
    items = numbered_items(candidate.text) if candidate.column else []
    found = [replace(candidate, text=item) for item in items] or [candidate]
    delivery = delivery_column(block, candidate)
    if delivery is None:
        return found
    header = [h.strip().lower() for h in block.header]
    # the delivery's own columns (itself, "Zo meten wij de prestatie") go with it, the goal's stay with the goal
    own = {header[i] for i, name in enumerate(header) if i == delivery or cues.OUTPUT_COLUMN.search(name)}
    goal = [replace(c, attributes={k: v for k, v in c.attributes.items() if k not in own}) for c in found]
    attributes = {name: cell for i, (name, cell) in enumerate(zip(header, block.cells))
                  if cell and i != delivery and cell != candidate.text}
    return goal + [Candidate(block.cells[delivery], TABLE, section, column="output", output_hint=True,
                             attributes=attributes)]


# A column asking what the provider delivers ("Wat vragen wij van u?", "Gevraagde prestatie"), not how it is measured
# ("Zo meten wij de prestatie", "Prestatie-indicator")
MEASURING_HEADER = re.compile(r"\b(?:meten|meet|gemeten|meetbaar|nulmeting)\b|indicator|streefwaarde", re.IGNORECASE)
DELIVERY_WORDS = 5  # a delivery is a sentence, not a label ("Huisbezoeken")


def delivery_column(block: Block, candidate: Candidate) -> int | None:
    """Beside a goal column, the column that states what is asked of the provider for it, when its cell is a
    sentence of its own; None otherwise."""
    if candidate.column != "goal":
        return None
    header = [h.strip() for h in block.header]
    for i, name in enumerate(header):
        if i >= len(block.cells) or block.cells[i] == candidate.text or MEASURING_HEADER.search(name):
            continue
        asked = cues.ASKED_OF_PROVIDER.search(name) or cues.OUTPUT_COLUMN.search(name)
        cell = block.cells[i].strip()
        if asked and len(cell.split()) >= DELIVERY_WORDS and not cues.INDICATOR.search(cell):
            return i
    return None


def table_candidate(block: Block, section: str, hint: bool) -> Candidate:
    """The cell of a table row in its goal column (or its longest cell, without one), the other cells as attributes."""
    header = [h.strip() for h in block.header]
    column, role, output_column = goal_column(block, header, section)
    if column is None:
        return Candidate(max(block.cells, key=len, default=""), TABLE, section, output_hint=hint)
    text = block.cells[column] if column < len(block.cells) else ""
    attributes = {header[i].lower(): cell for i, cell in enumerate(block.cells) if i != column and i < len(header) and cell}
    return Candidate(text, TABLE, section, column=role, output_hint=hint or column == output_column, attributes=attributes)


def goal_column(block: Block, header: list[str], section: str) -> tuple[int | None, str, int | None]:
    """The column holding the goal, its role ("goal", "output" or "first"), and the output column."""
    # of several goal-like columns ("Opgave | Resultaat"), the one holding the sentence
    goal_columns = [i for i, h in enumerate(header) if cues.GOAL_COLUMN.search(h) and i < len(block.cells)]
    output_column = next((i for i, h in enumerate(header) if cues.OUTPUT_COLUMN.search(h)), None)
    if goal_columns:
        # ... though not a cell that names a measure ("Aandeel cliënten dat ...: 80%"), however long
        stating = [i for i in goal_columns if not cues.INDICATOR.search(block.cells[i].strip())] or goal_columns
        return max(stating, key=lambda i: len(block.cells[i].split())), "goal", output_column
    if output_column is not None and section == GOAL:
        return output_column, "output", output_column
    if section == GOAL and not header:
        return 0, "first", output_column
    return None, "", output_column


def lead_in_kind(lead_in: str) -> str:
    """GOAL or ADMIN for a paragraph ending in ":" (or a short question line) that announces a list; "" otherwise."""
    # "Hoe volgen we het?" or "Beoogd resultaat voor de inwoner" set as plain text: a heading in all but style
    if is_question_line(lead_in) or is_label_line(lead_in):
        kind = heading_kind(lead_in.strip())
        if cues.ASKED_OF_PROVIDER.search(lead_in):
            return ADMIN  # "Wat verwachten we van de aanbieder": its duties
        return ADMIN if kind in (ADMIN, CONTEXT) else kind if kind == GOAL else ""
    sentences = split_sentences(lead_in)
    last = sentences[-1] if sentences else ""
    if not lead_in.rstrip().endswith(":"):
        # "Per thema geeft de gemeente aan wat zij wil bereiken.": a sentence announcing the goals that follow
        return GOAL if cues.META.search(last) and cues.GOAL_LEAD_IN.search(last) and not cues.NON_GOAL_LEAD_IN.search(last) else ""
    if cues.CONTRIBUTES_LEAD_IN.search(last):
        return GOAL
    if cues.NON_GOAL_LEAD_IN.search(last) or (cues.ASKED_OF_PROVIDER.search(last) and not cues.NAMES_GOALS.search(last)):
        return ADMIN  # also "Wat we in elk geval van jullie vragen:", though not "... van de opdrachtnemer de volgende resultaten:"
    if cues.GOAL_LEAD_IN.search(last):
        return GOAL
    # "Wat willen we bereiken? Drie dingen:": the question before a bare count asks for the goals
    asked = sentences[-2] if len(sentences) > 1 else ""
    return GOAL if is_question_line(asked) and heading_kind(asked.strip()) == GOAL else ""


# A lead-in naming what the provider delivers ("... levert de opdrachtnemer ten minste de volgende prestaties:", "Wat wij
# in ieder geval verwachten van de uitvoering:"): its items are outputs, unless it names what they contribute to
DELIVERY_LEAD_IN = re.compile(r"\bprestaties?\b|\blever(t|en)\b|\buitvoering\b|\bactiviteiten\b|\bdienstverlening\b",
                              re.IGNORECASE)


def delivers_lead_in(lead_in: str) -> bool:
    """A lead-in ending in a colon whose last sentence names deliveries, not what they contribute to."""
    last = (split_sentences(lead_in) or [""])[-1]
    return lead_in.rstrip().endswith(":") and bool(DELIVERY_LEAD_IN.search(last)) and not cues.CONTRIBUTES_LEAD_IN.search(last)


LABEL_LINE_WORDS = 8


def is_label_line(text: str) -> bool:
    """A short line without end punctuation ("Wat we willen"): a heading set as a plain paragraph."""
    text = text.strip()
    return 0 < len(text.split()) <= LABEL_LINE_WORDS and text[-1:] not in ".:;?!," and text[:1].isupper()


def questions_section(block: Block, classifier: SectionClassifier) -> bool:
    """An admin section only because its own heading is "Vragen": it may list the questions a plan must answer."""
    headings = classifier.headings(tuple(block.section))
    return bool(headings) and bool(QUESTIONS_HEADING.search(headings[-1])) and all(
        heading_kind(h) != ADMIN for h in headings[:-1]
    )


def in_introduction(block: Block, classifier: SectionClassifier) -> bool:
    headings = classifier.headings(tuple(block.section))
    return bool(headings) and bool(cues.INTRO_HEADING.search(headings[-1]))


def output_section(section: list[str]) -> bool:
    """True when the nearest heading that speaks of goals or deliveries speaks of deliveries ("Prestatie-eisen > 3.1 ...")."""
    for heading in reversed(section):
        if cues.OUTPUT_HEADING.search(heading):
            return True
        if cues.GOAL_HEADING.search(heading):
            return False
    return False
