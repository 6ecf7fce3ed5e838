"""Find the tender's goals in its blocks: numbered or bulleted lists, goal tables and prose."""

import re
from ..goal import EFFECT, OUTPUT, Goal
from . import lexicon as cues
from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .sections import ADMIN, CONTEXT, GOAL, SectionClassifier, heading_kind
from .sentences import split_sentences

QUESTIONS_HEADING = re.compile(r"^\W*[\d.]*\s*(de\s+)?vragen\s*:?\s*$", re.IGNORECASE)
INLINE_LABEL_RE = re.compile(r"^([A-Z][^:.;?!]{2,40}):\s+(\S.*)$")  # "Wat we willen: inwoners ..."
PEOPLE = re.compile(
    r"\b(inwoners|bewoners|ouderen|senioren|jongeren|jeugd(igen)?|kinderen|ouders|gezinnen|mantelzorgers|"
    r"vrijwilligers|deelnemers|mensen|statushouders|nieuwkomers|cliënten|huishoudens|buurten|wijken|"
    r"organisaties|professionals|signalen|leerlingen|werkzoekenden|minima|\d\d-plussers|iedereen|"
    r"niemand|netwerk\w*|partners|bezoekers|alleenstaanden|zorgvragers|naasten|buren)\b",
    re.IGNORECASE,
)


def extract_goals(blocks: list[Block], classifier: SectionClassifier | None = None) -> list[Goal]:
    """Return the goals found in the blocks, in document order, without duplicates."""
    classifier = classifier or SectionClassifier(blocks)
    goals: list[Goal] = []
    lead_in = ""
    for block in blocks:
        section_kind = classifier.classify(block)
        if block.kind == HEADING:
            lead_in = ""
            continue
        if section_kind not in (ADMIN, CONTEXT):
            goals += _block_goals(block, section_kind, lead_in)
        elif section_kind == ADMIN and block.kind != TABLE_ROW and _questions_section(block, classifier):
            goals += [_goal(block, s, "list" if block.kind == LIST_ITEM else "prose") for s in split_sentences(block.text) if goal_question(s)]
        elif section_kind == CONTEXT and block.kind == PARAGRAPH and _in_introduction(block, classifier):
            goals += [_goal(block, s, "prose") for s in split_sentences(block.text) if _policy_goal(s)]
        if block.kind not in (LIST_ITEM, TABLE_ROW):
            lead_in = block.text
    return _unique(goals)


def _block_goals(block: Block, section_kind: str, lead_in: str) -> list[Goal]:
    if block.kind == TABLE_ROW:
        goal = _table_goal(block, section_kind)
        return [goal] if goal else []
    if block.kind == LIST_ITEM:
        return [_goal(block, block.text, "list")] if _list_item_is_goal(block.text, section_kind, lead_in) else []
    label, text, section_kind = _inline_label(block.text, section_kind)
    if section_kind == ADMIN:
        return []
    hint = bool(label and cues.OUTPUT_HEADING.search(label))
    if label and cues.GOAL_LABEL.search(label):  # "Beoogd resultaat: ..." labels the goal itself
        return [_goal(block, s, "prose", output_hint=hint) for s in split_sentences(text) if _labelled_goal(s)]
    return [_goal(block, s, "prose", output_hint=hint) for s in split_sentences(text) if _sentence_is_goal(s, section_kind)]


def _labelled_goal(sentence: str) -> bool:
    return len(sentence.split()) >= 4 and not _is_meta(sentence) and not cues.REQUIREMENT.search(sentence)


def _questions_section(block: Block, classifier: SectionClassifier) -> bool:
    """An admin section only because its own heading is "Vragen": it may list the questions a plan must answer."""
    headings = classifier.headings(tuple(block.section))
    return bool(headings) and bool(QUESTIONS_HEADING.search(headings[-1])) and all(
        heading_kind(h) != ADMIN for h in headings[:-1]
    )


def goal_question(text: str) -> bool:
    """A question asking how the applicant brings about a state of others ("Hoe zorgt u ervoor dat jongeren ...?")."""
    match = cues.GOAL_QUESTION.search(text.strip())
    if not match:
        return False
    clause = re.split(r"\bdat\b", text, maxsplit=1, flags=re.IGNORECASE)[-1]
    return not re.search(r"\b(u|uw|jullie)\b", clause, re.IGNORECASE)  # "... dat uw plan ..." is about the bid


def _inline_label(text: str, section_kind: str) -> tuple[str, str, str]:
    """A paragraph opening with a heading-like label ("Wat we willen: ...") takes the label's section kind."""
    match = INLINE_LABEL_RE.match(text)
    kind = heading_kind(match.group(1)) if match else ""
    if kind in (GOAL, ADMIN):
        return match.group(1), match.group(2), kind
    return "", text, section_kind


def _in_introduction(block: Block, classifier: SectionClassifier) -> bool:
    headings = classifier.headings(tuple(block.section))
    return bool(headings) and bool(cues.INTRO_HEADING.search(headings[-1]))


def _policy_goal(sentence: str) -> bool:
    """A goal stated outright in a context section ("Met deze werkwijze willen de gemeenten dat ...")."""
    return bool(cues.POLICY_GOAL.search(sentence)) and not _is_meta(sentence)


def _goal(block: Block, text: str, source: str, attributes: dict | None = None, output_hint: bool = False) -> Goal:
    text = capitalised(tidy(text))
    output_hint = output_hint or _output_section(block.section)
    # a sentence whose effort serves the effect after "zodat" is about that effect (a listed delivery stays a delivery)
    kind = EFFECT if source == "prose" and _purpose_effect(text) else goal_kind(text, output_hint)
    return Goal(text, kind, list(block.section), block=block.position, found_as=source, attributes=attributes or {})


def _output_section(section: list[str]) -> bool:
    """True when the nearest heading that speaks of goals or deliveries speaks of deliveries ("Prestatie-eisen > 3.1 ...")."""
    for heading in reversed(section):
        if cues.OUTPUT_HEADING.search(heading):
            return True
        if cues.GOAL_HEADING.search(heading):
            return False
    return False


def tidy(text: str) -> str:
    """Strip list punctuation left at the end of an item ("...;", "..., en")."""
    text = re.sub(r"[\s;,]+(en|of)?\s*$", "", text.strip())
    return text.rstrip(";,").strip()


def capitalised(text: str) -> str:
    """The text with its first letter in upper case when it starts in lower case (a list item read on its own)."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _list_item_is_goal(text: str, section_kind: str, lead_in: str) -> bool:
    if goal_question(text):
        return True
    if len(text.split()) < 3 or _is_meta(text) or cues.REQUIREMENT.search(text) or _own_measure(text) or _indicator(text):
        return False
    lead = lead_in_kind(lead_in)
    if lead:
        return lead == GOAL
    if section_kind == GOAL:
        return True
    return bool(cues.STRONG_GOAL.search(text)) or states_effect(text)


def lead_in_kind(lead_in: str) -> str:
    """GOAL or ADMIN for a paragraph ending in ":" (or a short question line) that announces a list; "" otherwise."""
    if _question_line(lead_in):  # "Hoe volgen we het?" set as plain text, a heading in all but style
        kind = heading_kind(lead_in.strip())
        return ADMIN if kind in (ADMIN, CONTEXT) else kind if kind == GOAL else ""
    if not lead_in.rstrip().endswith(":"):
        return ""
    last = split_sentences(lead_in)[-1]
    if cues.NON_GOAL_LEAD_IN.search(last):
        return ADMIN
    return GOAL if cues.GOAL_LEAD_IN.search(last) else ""


def _indicator(text: str) -> bool:
    """What is measured, named without a verb of its own ("Aantal bemiddelde vrijwilligers 150 per jaar")."""
    return bool(cues.INDICATOR.search(text.strip())) and not cues.MAIN_VERB.search(text)


def _own_measure(text: str) -> bool:
    """The municipality's own measure ("We vereenvoudigen de aanvraag"), unless counted like a delivery."""
    return bool(cues.OWN_MEASURE.search(text)) and not cues.COUNTED.search(text) and not cues.STRONG_GOAL.search(text)


def _question_line(text: str) -> bool:
    return text.rstrip().endswith("?") and len(text.split()) <= 8 and len(split_sentences(text)) == 1


def _sentence_is_goal(sentence: str, section_kind: str) -> bool:
    if goal_question(sentence):
        return True
    if sentence.rstrip().endswith(":") or _question_line(sentence) or len(sentence.split()) < 4 or _is_meta(sentence):
        return False  # a short question line ("Wat willen we bereiken?") is a heading set as text
    if _indicator(sentence) and not sentence.rstrip().endswith("."):
        return False  # (ending in a full stop, it may be a flattened table row running on into the next goal)
    if section_kind == GOAL and cues.GOAL_EXPLANATION.search(sentence) and PEOPLE.search(sentence):
        return True
    if cues.STRONG_GOAL.search(sentence):
        return not (cues.EXPECTATION.search(sentence) and cues.REQUIREMENT.search(sentence))
    if cues.REQUIREMENT.search(sentence) or cues.CONTEXT_FACT.search(sentence):
        return False
    if section_kind == GOAL and (states_effect(sentence) or _delivers(sentence) or cues.TREND_STATEMENT.search(sentence)):
        return True
    if section_kind == GOAL and _purpose_effect(sentence):
        return True
    if cues.PROVIDER_SUBJECT.search(sentence) and cues.COUNTED.search(sentence):
        # "De opdrachtnemer biedt wekelijks een spreekuur": a delivery besides the frequency word itself
        return len(cues.OUTPUT.findall(sentence)) >= 2
    return bool(cues.OBLIGATION.search(sentence) and cues.OUTPUT.search(sentence))


def _purpose_effect(sentence: str) -> str:
    """The effect an effort serves ("..., zodat inwoners eerder hulp krijgen"), when it is a desired state of people."""
    match = cues.PURPOSE_CLAUSE.search(sentence)
    clause = match.group(3) if match else ""
    return clause if clause and (states_effect(clause) or PEOPLE.search(" ".join(clause.split()[:4]))) else ""


def _delivers(sentence: str) -> bool:
    """In a goal section: what the provider delivers, or a sentence full of counted activities."""
    outputs = len(cues.OUTPUT.findall(sentence))
    return outputs >= 2 or bool(outputs and cues.PROVIDER_SUBJECT.search(sentence))


def states_effect(text: str) -> bool:
    """True when people (or their situation) are the subject of a desired state."""
    opening = " ".join(text.split()[:7])
    return bool(PEOPLE.search(opening) and cues.EFFECT.search(text))


def _is_meta(text: str) -> bool:
    return bool(cues.META.search(text)) and not (cues.APPLICANT_DELIVERY.search(text) and not cues.REQUIREMENT.search(text))


def _table_goal(block: Block, section_kind: str) -> Goal | None:
    """The goal in a table row: the Doel column, with the other columns as attributes."""
    header = [h.strip() for h in block.header]
    # of several goal-like columns ("Opgave | Resultaat"), the one holding the sentence
    goal_columns = [i for i, h in enumerate(header) if cues.GOAL_COLUMN.search(h) and i < len(block.cells)]
    column = max(goal_columns, key=lambda i: len(block.cells[i].split()), default=None)
    output_column = next((i for i, h in enumerate(header) if cues.OUTPUT_COLUMN.search(h)), None)
    if column is None and output_column is not None and section_kind == GOAL:
        column = output_column
    if column is None and section_kind == GOAL and not header:
        column = 0
    if column is None or column >= len(block.cells) or len(block.cells[column].split()) < 2:
        return None
    attributes = {header[i].lower(): cell for i, cell in enumerate(block.cells) if i != column and i < len(header) and cell}
    return _goal(block, block.cells[column], "table", attributes, output_hint=column == output_column)


def goal_kind(text: str, output_hint: bool = False) -> str:
    """EFFECT for a desired state of people, OUTPUT for delivered activities or counts."""
    text = cues.NOT_THE_STATE.sub(" ", text)  # an indicator in brackets or who feels what names no desired state
    if cues.EFFECT_PRIORITY.search(text):
        return EFFECT
    outputs, effects = len(cues.OUTPUT.findall(text)), len(cues.EFFECT.findall(text))
    if outputs != effects:
        return OUTPUT if outputs > effects else EFFECT
    return OUTPUT if output_hint else EFFECT


def _unique(goals: list[Goal]) -> list[Goal]:
    seen, kept = set(), []
    for goal in goals:
        key = re.sub(r"\W+", " ", goal.text.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(goal)
    return kept
