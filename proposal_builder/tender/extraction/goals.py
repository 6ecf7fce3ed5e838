"""Find the tender's goals in its blocks: numbered or bulleted lists, goal tables and prose.

Each candidate (a sentence, list item or table cell) is decided by the first matching rule of the goal table in
`rules.py`, and each goal's kind by the kind table; `explain` returns which rules decided what.
"""

import re
from dataclasses import dataclass, replace

from ..goal import Goal
from ..reading.blocks import Block
from .candidates import candidates
from .features import LIST, PROSE, TABLE, Candidate, goal_after_lead_in
from .goal_veto import veto
from .kind_model import learned_kinds
from .restated import set_apart_restated
from .rules import GOAL_RULES, IS_GOAL, KIND_RULES, first_rule
from .section_roles import GOALS
from .sections import GOAL, SectionClassifier

AMBITION = "ambition"  # the rule name of a decision set apart as the tender's ambition (its accepting rule after a colon)
EXPLAINS = "explains_listed_goals"  # the rule name of prose set apart as explaining goals listed in another chapter
GOAL_LIST = 2  # accepted list items or table rows after a sentence that make a goal list it stands above


@dataclass
class Decision:
    """Which rule decided one candidate, and the goal it made (None when it was rejected)."""

    block: Block
    candidate: Candidate
    rule: str
    goal: Goal | None = None
    kind_rule: str = ""


def extract_goals(blocks: list[Block], classifier: SectionClassifier | None = None,
                  trace: list[Decision] | None = None) -> list[Goal]:
    """Return the goals found in the blocks, in document order, without duplicates; append the decisions to trace."""
    decisions = explain(blocks, classifier)
    if trace is not None:
        trace.extend(decisions)
    return unique_goals([decision.goal for decision in decisions if decision.goal])


def explain(blocks: list[Block], classifier: SectionClassifier | None = None) -> list[Decision]:
    """Every candidate of the blocks with the rule that decided it (or the model's veto of it), in document order; each
    goal's kind as the kind model gives it (kind_model.py)."""
    classifier = classifier or SectionClassifier(blocks)
    decisions = [decide(block, candidate) for block, candidate in candidates(blocks, classifier)]
    decisions = veto(set_apart_restated(set_apart_explanations(set_apart_ambition(decisions, classifier))), blocks)
    return learned_kinds(decisions, blocks)


def ambition_of(decisions: list[Decision]) -> list[dict]:
    """The sentences set apart as the tender's ambition that state what is wanted, each with its block position:
    [{"text", "block"}] in document order."""
    return [{"text": d.candidate.text, "block": d.block.position} for d in decisions
            if d.rule.startswith(f"{AMBITION}:") and (d.candidate.has_strong_goal_phrase or d.candidate.states_effect)]


def set_apart_ambition(decisions: list[Decision], classifier: SectionClassifier) -> list[Decision]:
    """Turn the tender's overarching ambition from a goal into its ambition (rule AMBITION:<accepting rule>, goal None;
    CONVENTIONS.md, "Goals and the ambition"): a prose sentence the rules accepted that stands above the tender's own
    goal list (two or more goals from list items or table rows after it), in a section that introduces the tender or
    states its ambition or main goal, in a section that is no goal section in an earlier chapter than that list, or
    right above a list its section introduces as the goals themselves. A tender without such a list keeps its ambition
    sentences as its goals."""
    listed = [d.block.position for d in decisions if d.goal and d.candidate.source in (LIST, TABLE)]
    for decision in decisions:
        if not decision.goal or decision.candidate.source != PROSE:
            continue
        after = [position for position in listed if position > decision.block.position]
        if len(after) < GOAL_LIST:
            continue
        block, first = decision.block, next(d.block for d in decisions if d.block.position == after[0])
        earlier_chapter = decision.candidate.section != GOAL and classifier.chapter(block) != classifier.chapter(first)
        if classifier.ambition_section(block) or earlier_chapter or _leads_its_goals(decision, first, decisions):
            decision.rule, decision.goal = f"{AMBITION}:{decision.rule}", None
    return decisions


# Accepting rules that read a goal from where it stands (right under a heading naming one goal, followed by its measure,
# a state of people in a goal section): such a sentence states a goal, also where a PDF's columns lost its chapter
STATED_BY_PLACE = ("opens_goal_heading", "measured_in_goal_section", "goal_section_effect")


def set_apart_explanations(decisions: list[Decision]) -> list[Decision]:
    """Turn down the prose sentences the rules accepted in a chapter without list or table goals, where the tender
    lists two or more goals in another chapter, in a section for goals or for nothing named (rule EXPLAINS:<accepting
    rule>, goal None): a tender that lists its goals explains them elsewhere ("Voor beide onderdelen ...", the themes
    of "Wat verwachten wij per opgave?"). A paragraph opening with a goal label ("Doel 2: ...") states a goal wherever
    it stands. On the 38 dev sets this turned down 13 accepted sentences, none a gold goal."""
    listed = [d.candidate.chapter for d in decisions if d.goal and d.candidate.source in (LIST, TABLE)
              and d.candidate.role in ("", GOALS)]  # not the measures of "Hoe volgen we de doelen?"
    if len(listed) < GOAL_LIST:
        return decisions
    chapters = set(listed)
    for decision in decisions:
        candidate = decision.candidate
        if decision.goal and candidate.source == PROSE and not candidate.labelled and candidate.chapter not in chapters \
                and decision.rule not in STATED_BY_PLACE:
            decision.rule, decision.goal = f"{EXPLAINS}:{decision.rule}", None
    return decisions


# What the text between a lead sentence and the list below it, or the list's goal column, calls the items: the goals
# themselves ("Voor dit thema gelden de volgende doelen:", "De doelen ... zijn:", a "Doel" column), or the results and
# prestaties by which the goals the sentence states are reached or followed ("... hebben wij de volgende resultaten
# vastgesteld", a "Resultaat" column)
LIST_OF_GOALS = re.compile(r"\b(?:doel(?:en|stellingen)?|effect(?:en)?)\b", re.IGNORECASE)
LIST_OF_RESULTS = re.compile(r"\b(?:resulta(?:at|ten)|prestaties?|output)\b", re.IGNORECASE)


def _leads_its_goals(decision: Decision, first: Block, decisions: list[Decision]) -> bool:
    """A sentence stating what is wanted overall ("Het college wil dat ...") in a goal section, right above a list in
    its section that the tender introduces as the goals themselves, not as the results that follow them (CONVENTIONS.md,
    "Goals and the ambition", rule 4): the ambition over those goals."""
    if decision.candidate.section != GOAL or not decision.candidate.has_strong_goal_phrase or first.section != decision.block.section:
        return False
    between = [d for d in decisions if decision.block.position <= d.block.position < first.position]
    if any(d.goal and d.candidate.source != PROSE for d in between):
        return False
    start = between.index(decision)
    lead = " ".join(d.candidate.text for d in between[start + 1:])
    column = next((h for h in first.header if LIST_OF_GOALS.search(h) or LIST_OF_RESULTS.search(h)), "")
    named = f"{lead} {column}"
    return bool(LIST_OF_GOALS.search(named)) and not LIST_OF_RESULTS.search(named)


def decide(block: Block, candidate: Candidate) -> Decision:
    """Walk the goal table for the candidate, and for a goal the kind table."""
    rule = first_rule(GOAL_RULES, candidate)
    if rule.verdict != IS_GOAL:
        return Decision(block, candidate, rule.name)
    text = capitalised(tidy(goal_after_lead_in(candidate.text) or candidate.text))  # a lead-in's goal follows its colon
    kind_rule = first_rule(KIND_RULES, replace(candidate, text=text))
    goal = Goal(text, kind_rule.verdict, list(block.section), block=block.position, found_as=candidate.source,
                attributes=candidate.attributes)
    return Decision(block, candidate, rule.name, goal, kind_rule.name)


def goal_kind(text: str, output_hint: bool = False) -> str:
    """EFFECT for a desired state of people, OUTPUT for delivered activities or counts."""
    return first_rule(KIND_RULES, Candidate(text, source="", output_hint=output_hint)).verdict


def tidy(text: str) -> str:
    """Strip list punctuation left at the end of an item ("...;", "..., en")."""
    text = re.sub(r"[\s;,]+(en|of)?\s*$", "", text.strip())
    return text.rstrip(";,").strip()


def capitalised(text: str) -> str:
    """The text with its first letter in upper case when it starts in lower case (a list item read on its own)."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def unique_goals(goals: list[Goal]) -> list[Goal]:
    """The goals without repeats (the same words, case and punctuation aside), first ones kept."""
    seen, kept = set(), []
    for goal in goals:
        key = re.sub(r"\W+", " ", goal.text.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(goal)
    return kept
