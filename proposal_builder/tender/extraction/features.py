"""Named features of a goal candidate's text, and the record of one candidate with its context.

A feature is a function of the text, registered by name in FEATURES; a Candidate computes each one the first
time a rule (or the classifier) asks for it, so a candidate decided by its section costs no text features.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from ..reading.markers import PART_HEADING_RE
from . import lexicon as cues
from .sections import NEUTRAL
from .sentences import split_sentences
from .targets import ARTICLE, MEASURED_CHANGE, measures_above

PROSE, LIST, TABLE = "prose", "list", "table"  # where a candidate stands, as Goal.found_as names it
FEATURES: dict[str, Callable[[str], bool | int]] = {}


def feature(function: Callable[[str], bool | int]) -> Callable[[str], bool | int]:
    """Register a text feature under its function's name."""
    FEATURES[function.__name__] = function
    return function


@dataclass
class Candidate:
    """A sentence, list item or table cell that may state a goal, with where it stands."""

    text: str
    source: str = PROSE
    section: str = NEUTRAL  # the section's kind (admin, context, goal, neutral), after an inline label
    lead_in: str = ""  # for a list item: the kind of the paragraph announcing the list ("goal", "admin" or "")
    labelled: bool = False  # the paragraph opens with a goal label ("Beoogd resultaat: ...")
    questions_section: bool = False  # an admin section only because its own heading is "Vragen"
    introduction: bool = False  # a context section that introduces the tender ("Inleiding")
    column: str = ""  # for a table row: the role of the column holding the goal ("goal", "output", "first" or "")
    output_hint: bool = False  # a heading or label above speaks of deliveries
    beside_goal_table: bool = False  # prose in a chapter whose goals a goal table states
    split_kind: str = ""  # the kind the tender's own split gives ("effecten" apart from "resultaten"), or ""
    bare_line: bool = False  # a paragraph of one sentence among others: a list whose bullets were lost
    introduces_list: bool = False  # a paragraph standing right before a list in its section: the list spells it out
    under_part_heading: bool = False  # a list item right under a heading naming one part ("Perceel A Jeugd", "Thema 2")
    opens_goal_heading: bool = False  # the first sentence right under a heading naming one goal ("Doel A1")
    later_sentence: bool = False  # a sentence of a paragraph after its first one
    announced: bool = False  # the sentence before it in its paragraph announces the goal that follows
    measured_next: bool = False  # the next sentence says how this one is measured ("We meten dit met ...")
    measurement_paragraph: bool = False  # its paragraph opens on how the goal above is measured ("Wij meten dit aan ...")
    disowned: bool = False  # the next sentence says this one is no goal ("..., maar neemt haar niet als eigen doel over")
    role: str = ""  # what its section is for (section_roles.py): contents, notes, conditions, goals, ... or ""
    chapter: str = ""  # its first real heading (the document title apart), or ""
    attributes: dict[str, str] = field(default_factory=dict)  # for a table row: its other cells by column name

    def __getattr__(self, name: str):
        if name not in FEATURES:
            raise AttributeError(name)
        value = self.__dict__[name] = FEATURES[name](self.text)
        return value

    def features(self) -> dict[str, bool | int]:
        """Every text feature by name."""
        return {name: getattr(self, name) for name in FEATURES}


def _found(pattern, text: str) -> bool:
    return bool(pattern.search(text))


def _count(pattern, text: str) -> int:
    return len(pattern.findall(text))


# Features that are one cue family found in the text, or counted in it.
CUE_FEATURES = {
    "has_strong_goal_phrase": cues.STRONG_GOAL, "has_policy_goal_phrase": cues.POLICY_GOAL,
    "explains_goal": cues.GOAL_EXPLANATION,  # what an ambition means ("Dat betekent dat ...")
    "is_requirement": cues.REQUIREMENT, "is_expectation": cues.EXPECTATION, "is_context_fact": cues.CONTEXT_FACT,
    "mentions_people": cues.PEOPLE, "is_trend_statement": cues.TREND_STATEMENT, "provider_subject": cues.PROVIDER_SUBJECT,
    "counted": cues.COUNTED, "has_obligation": cues.OBLIGATION,
    "is_measurement_line": cues.MEASUREMENT_LINE,  # "Indicator: ...", "Nulmeting 2024: 12%."
    "about_goals_before": cues.ABOUT_GOALS_BEFORE,  # "Bij resultaat 3 denken wij aan ...", "Dit aantal geldt voor ..."
    "is_forecast": cues.FORECAST, "is_baseline": cues.BASELINE, "measures_a_goal": cues.MEASURE_OF_GOAL, "says_no_goal": cues.DISOWNS,
    "describes_scope": cues.SCOPE,  # "Perceel 1 omvat ...", "Het aanbod bestaat uit twee thema's."
}
COUNT_FEATURES = {"output_cues": cues.OUTPUT, "effect_cues": cues.EFFECT}
FEATURES.update({name: partial(_found, pattern) for name, pattern in CUE_FEATURES.items()})
FEATURES.update({name: partial(_count, pattern) for name, pattern in COUNT_FEATURES.items()})


@feature
def names_goal_before_colon(text: str) -> bool:
    """A goal announced in its own sentence ("Naast deze effecten vragen wij één resultaat: in elk dorp is ...")."""
    head, colon, _ = text.partition(": ")
    return bool(colon) and _found(cues.NAMES_GOALS, head)


# A clause before a colon that only announces what follows ("Daarnaast geldt voor dit thema:", "Het tweede doel luidt:")
ANNOUNCES = re.compile(r"\b(geldt|gelden|luidt|luiden|als\s+volgt|het\s+volgende|namelijk)\b", re.IGNORECASE)
LEAD_IN_WORDS, GOAL_AFTER_LEAD_IN_WORDS = 12, 5


def goal_after_lead_in(text: str) -> str:
    """The goal a lead-in introduces after its colon ("Naast deze effecten vragen wij één resultaat: in elk dorp is
    ..."): the clause after the colon, when the clause before it names goals or announces without naming the people
    of a state itself, and the clause after it is a sentence of its own; "" otherwise."""
    head, colon, tail = text.partition(": ")
    if not colon or len(head.split()) > LEAD_IN_WORDS or len(tail.split()) < GOAL_AFTER_LEAD_IN_WORDS:
        return ""
    announces = _found(cues.NAMES_GOALS, head) or _found(ANNOUNCES, head)
    return tail.strip() if announces and not _found(cues.PEOPLE, head) and not _found(cues.INDICATOR, tail) else ""


@feature
def opens_with_lead_in(text: str) -> bool:
    return bool(goal_after_lead_in(text))


@feature
def measures_above_goal(text: str) -> bool:
    """Opens on how the goal before it is measured ("Dat meten wij aan ...", "Meten we met: ...")."""
    return measures_above(text)


@feature
def word_count(text: str) -> int:
    return len(text.split())


@feature
def ends_with_colon(text: str) -> bool:
    return text.rstrip().endswith(":")


@feature
def ends_with_full_stop(text: str) -> bool:
    return text.rstrip().endswith(".")


@feature
def is_question_line(text: str) -> bool:
    """A short question on its own ("Wat willen we bereiken?"): a heading set as text."""
    return text.rstrip().endswith("?") and len(text.split()) <= 8 and len(split_sentences(text)) == 1


@feature
def is_goal_question(text: str) -> bool:
    """A question asking how the applicant brings about a state of others ("Hoe zorgt u ervoor dat jongeren ...?")."""
    if not cues.GOAL_QUESTION.search(text.strip()):
        return False
    clause = re.split(r"\bdat\b", text, maxsplit=1, flags=re.IGNORECASE)[-1]
    return not re.search(r"\b(u|uw|jullie)\b", clause, re.IGNORECASE)  # "... dat uw plan ..." is about the bid


# What the document itself is for, stated as the state it wants ("Met deze regeling wil het college dat ouders ...")
DOCUMENT_PURPOSE = re.compile(r"^met\s+(deze|dit)\s+[\wÀ-ÿ-]+\s+(wil|willen|beoogt|beogen)\b", re.IGNORECASE)


@feature
def is_meta(text: str) -> bool:
    """About the document, the procedure or the bid, unless the applicant's counted delivery or the state the
    document itself is for."""
    delivery = cues.APPLICANT_DELIVERY.search(text) and not cues.REQUIREMENT.search(text)
    purpose = DOCUMENT_PURPOSE.match(text.strip()) and cues.POLICY_GOAL.search(text)
    return bool(cues.META.search(text)) and not delivery and not purpose


@feature
def is_own_measure(text: str) -> bool:
    """The municipality's own measure ("We vereenvoudigen de aanvraag"), unless counted like a delivery."""
    own = cues.OWN_MEASURE.search(text)
    return bool(own) and not cues.COUNTED.search(text) and not cues.STRONG_GOAL.search(text)


@feature
def is_indicator(text: str) -> bool:
    """What is measured, named without a verb of its own ("Aantal bemiddelde vrijwilligers 150 per jaar")."""
    return bool(cues.INDICATOR.search(text.strip())) and not cues.MAIN_VERB.search(text)


# A relative clause inside a measure ("aandeel kinderen dat na drie maanden nog lid is van de club"): its verb is not
# the sentence's own
RELATIVE_CLAUSE = re.compile(r"\b(?:dat|die|waarvan|waarbij|waarin)\b[^,;]*", re.IGNORECASE)
LABEL = re.compile(r"^\s*[A-Z][\w-]*(?:\s+[\w.]{1,4})?\s*:\s+")  # "Opgave A: ", "Thema 2: ", "Doel 1.2: "
# "hiervoor vragen wij geen cijfer", "daar hoort geen indicator bij": a line on measuring that says there is no measure
NO_MEASURE = re.compile(r"\bgeen\s+(?:aparte\s+|eigen\s+)?(?:cijfer|cijfers|indicator|streefwaarde|meting)\b", re.IGNORECASE)
# A measure said to change ("stijgt naar 300", "neemt af"): a goal stated as its measure
CHANGES = re.compile(r"\b(?:daalt|dalen|stijgt|stijgen|groeit|groeien|neemt|nemen|verbetert|verbeteren|vermindert|"
                     r"verminderen|halveert|verdubbelt|blijft|blijven|moet|moeten)\b", re.IGNORECASE)


@feature
def is_bare_measure(text: str) -> bool:
    """Its first sentence, after a label ("Opgave A: "), names what is measured and states nothing of it ("het aandeel
    kinderen met een kindpakket dat na drie maanden nog lid is van de club. Wij streven naar 75%."), with or without
    its article, or says there is no measure ("hiervoor vragen wij geen cijfer"); "Het aantal deelnemers dat zich
    meldt, stijgt naar 250." states a goal."""
    first = LABEL.sub("", (split_sentences(text) or [""])[0], count=1)
    if NO_MEASURE.search(first):
        return True
    bare = ARTICLE.sub("", first, count=1)
    return bool(cues.INDICATOR.search(bare.strip())) and not CHANGES.search(bare) and \
        not cues.MAIN_VERB.search(RELATIVE_CLAUSE.sub(" ", bare))


PART_NAME_WORDS = 7


@feature
def names_a_part(text: str) -> bool:
    """Only the name of a part of the assignment ("onderdeel A Welzijn en ontmoeting;"): a label, no stated goal."""
    text = text.strip()
    return bool(PART_HEADING_RE.match(text)) and len(text.split()) <= PART_NAME_WORDS and not cues.MAIN_VERB.search(text)


@feature
def people_subject_in_opening(text: str) -> bool:
    return _found(cues.PEOPLE, " ".join(text.split()[:7]))


@feature
def states_effect(text: str) -> bool:
    """People (or their situation) are the subject of a desired state."""
    subject = people_subject_in_opening(text) and not cues.PEOPLE_AS_OBJECT.search(text.strip())
    return subject and bool(cues.EFFECT.search(text) or cues.SOONER.search(text))


SHORT_HEAD_WORDS = 8


@feature
def spells_out_state(text: str) -> bool:
    """A short claim spelled out after a colon as what people do or can ("Respijtzorg is bekend en bereikbaar: ten minste
    90 mantelzorgers per jaar maken gebruik van ..."): a goal with its measure, not a requirement on the provider."""
    head, colon, clause = text.partition(": ")
    if not colon or len(head.split()) > SHORT_HEAD_WORDS or cues.PROVIDER_SUBJECT.search(head):
        return False
    people = _found(cues.PERSON, " ".join(clause.split()[:4]))
    return people and bool(cues.COUNTED.search(clause) or re.search(r"\b(kan|kunnen)\b", clause, re.IGNORECASE))


@feature
def states_measured_change(text: str) -> bool:
    """A figure that changes from a baseline to a target ("stijgt van 38% naar 45% in 2028"): what a result looks like."""
    return _found(MEASURED_CHANGE, text)


@feature
def serves_effect(text: str) -> bool:
    """An effort followed by the desired state of people it serves ("..., zodat inwoners eerder hulp krijgen")."""
    clause = purpose_clause(text)
    return bool(clause) and (states_effect(clause) or _found(cues.PEOPLE, " ".join(clause.split()[:4])))


@feature
def delivers(text: str) -> bool:
    """What the provider delivers, or a sentence full of counted activities."""
    outputs = _count(cues.OUTPUT, text)
    return outputs >= 2 or bool(outputs and cues.PROVIDER_SUBJECT.search(text))


@feature
def states_feeling_or_trend(text: str) -> bool:
    """Outside an indicator or a clause naming the group, people feel something or a figure changes."""
    return _found(cues.EFFECT_PRIORITY, state_part(text))


@feature
def state_output_cues(text: str) -> int:
    return _count(cues.OUTPUT, state_part(text))


@feature
def state_effect_cues(text: str) -> int:
    return _count(cues.EFFECT, state_part(text))


def purpose_clause(text: str) -> str:
    """The clause after "zodat", "opdat" or "met als doel dat", or ""."""
    match = cues.PURPOSE_CLAUSE.search(text)
    return match.group("clause") if match else ""


def state_part(text: str) -> str:
    """The text without the parts that name no desired state: an indicator in brackets, who feels what."""
    return cues.NOT_THE_STATE.sub(" ", text)
