"""A learned second look at the goals the rule table accepts: keep the candidate, or veto it.

The rule table (rules.py) finds nearly every goal of an unseen tender, but also reads as goals what stands around
them: an indicator table's caption ("Perceel 1, eerste doel"), the baseline after a goal ("Dat aandeel was 34% in
2025"), a continuation ("Het gaat daarbij vooral om ..."), a context figure or a lot's description. Every author
writes those differently, so a rule per shape does not carry over. This model judges each accepted candidate by
the rule that accepted it, its text features (features.py), its shape (anaphoric opening, figures without a verb
of change, share of capitalised words, ...) and its neighbours (the candidates and blocks around it). It is a
logistic regression trained on the gold of the dev sets by `python benchmarks/train_goal_veto.py` and stored as
JSON in data/; this module only applies it, in plain Python. A vetoed candidate is no goal; its text stays in the source
text on the tender page, where the director can still add it (+ doel).

`ENABLED` switches the model off (the rules alone decide), as tests and the benchmark compare both.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..goal import LOW_CHANCE
from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from . import lexicon as cues
from .features import FEATURES, LIST, PROSE, TABLE
from .rules import GOAL_RULES, IS_GOAL
from .section_roles import ROLES
from .sections import ADMIN, CONTEXT, GOAL, NEUTRAL
from .targets import MEASURED_CHANGE

if TYPE_CHECKING:
    from .goals import Decision

ENABLED = True
MODEL = Path(__file__).with_name("data") / "goal_veto.json"
VETOED = "model_veto"  # the rule name a vetoed decision gets (its accepting rule after a colon)
# A kept goal below this chance is more likely no goal than one: it stays (the veto's threshold is lower, as a missed
# goal costs more than a false one), doubted (Goal.doubt), so the draft is stricter with its evidence and asks.
DOUBT = 0.5

ANAPHORIC = re.compile(r"^(dat|dit|deze|die|daarbij|daarnaast|hierbij|hiervoor|daarvoor|daarmee|hiermee|zo|ook|"
                       r"het\s+gaat|dan|daar|hier|bovendien|verder|tevens|bijvoorbeeld|onder\s+meer)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(19|20)\d\d\b")
PERCENT = re.compile(r"\d\s*(%|procent)", re.IGNORECASE)
NUMBER = re.compile(r"\d")
PAST = re.compile(rf"\b{cues.PAST_TENSE}\b", re.IGNORECASE)
NUMBERED_LABEL = re.compile(r"^(perceel|lot|thema|doel|doelstelling|onderdeel|deel|effect|resultaat|kavel|cluster)\s+"
                            r"(\d+|[A-Z]|een|twee|drie|vier|vijf|eerste|tweede|derde)\b", re.IGNORECASE)
ORDINAL = re.compile(r"\b(eerste|tweede|derde|vierde|vijfde|zesde|laatste)\b", re.IGNORECASE)
COLON_SENTENCE = re.compile(r":\s+[A-ZÀ-Ý]")
WORD = re.compile(r"[\wÀ-ÿ]+")

ACCEPTING_RULES = [rule.name for rule in GOAL_RULES if rule.verdict == IS_GOAL]
CONTEXT_VALUES = [("source", v) for v in (PROSE, LIST, TABLE)] + [("section", v) for v in (ADMIN, CONTEXT, GOAL, NEUTRAL)] + [
    ("lead_in", v) for v in (GOAL, ADMIN)] + [("column", v) for v in ("goal", "output", "first")]
CONTEXT_FLAGS = ("labelled", "introduction", "output_hint", "beside_goal_table", "bare_line", "introduces_list",
                 "under_part_heading", "opens_goal_heading", "later_sentence", "measured_next", "measurement_paragraph")
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW)


def shape(text: str) -> dict[str, float]:
    """What the sentence looks like, apart from its words: figures, an opening that points back, a label's form."""
    words = WORD.findall(text)
    capitals = sum(w[:1].isupper() for w in words[1:]) / max(len(words) - 1, 1)
    verb = bool(cues.MAIN_VERB.search(text))
    change = bool(MEASURED_CHANGE.search(text) or cues.TREND_STATEMENT.search(text))
    anaphoric, figures, past = bool(ANAPHORIC.match(text.strip())), bool(NUMBER.search(text)), bool(PAST.search(text))
    return {
        "anaphoric_opening": float(anaphoric),
        "anaphoric_with_figures": float(anaphoric and figures),  # "Dat aandeel was 34% in 2025; ..."
        "past_figures": float(past and figures),  # a baseline or context figure ("In 2025 verwezen ... 12 keer")
        "has_year": float(bool(YEAR.search(text))), "has_percent": float(bool(PERCENT.search(text))),
        "has_number": float(bool(NUMBER.search(text))), "past_tense": float(bool(PAST.search(text))),
        "figures_without_change": float(bool(NUMBER.search(text)) and not change),
        "no_main_verb": float(not verb), "colon_then_sentence": float(bool(COLON_SENTENCE.search(text))),
        "numbered_label": float(bool(NUMBERED_LABEL.match(text.strip()))), "ordinal": float(bool(ORDINAL.search(text))),
        "capital_share": capitals, "log_words": math.log1p(len(words)), "comma_only_label": float("," in text and not verb),
        "lowercase_start": float(text.strip()[:1].islower()),
    }


def words(text: str) -> dict[str, float]:
    """Its words and its opening word as yes/no features (the stored model keeps the frequent ones)."""
    tokens = [w.lower() for w in WORD.findall(text)]
    return {f"word:{w}": 1.0 for w in tokens} | ({f"first:{tokens[0]}": 1.0} if tokens else {})


def _number(value) -> float:
    return float(value) if isinstance(value, bool) else math.log1p(value)


def vector(decisions: list[Decision], index: int, blocks: dict[int, Block]) -> dict[str, float]:
    """The named features of the accepted candidate decisions[index], among all candidates of its tender."""
    decision = decisions[index]
    candidate = decision.candidate
    values = {f"rule={name}": float(decision.rule == name) for name in ACCEPTING_RULES}
    values["accepted"] = float(decision.goal is not None)
    values |= {f"text:{name}": _number(getattr(candidate, name)) for name in FEATURES}
    values |= {f"{field}={value}": float(getattr(candidate, field) == value) for field, value in CONTEXT_VALUES}
    values |= {flag: float(getattr(candidate, flag)) for flag in CONTEXT_FLAGS}
    values |= shape(candidate.text)
    values |= words(candidate.text)
    values["attributes"] = math.log1p(len(candidate.attributes))
    values |= {f"role={role}": float(candidate.role == role) for role in ("", *ROLES)}
    position = decision.block.position
    for side, step in (("previous", -1), ("next", 1)):
        near = blocks.get(position + step)
        values |= {f"{side}_block={kind}": float(bool(near) and near.kind == kind) for kind in BLOCK_KINDS}
        other = index + step
        neighbour = decisions[other] if 0 <= other < len(decisions) else None
        same_block = bool(neighbour) and neighbour.block.position == position
        values[f"{side}_candidate_accepted"] = float(bool(neighbour) and neighbour.goal is not None)
        values[f"{side}_candidate_same_block"] = float(same_block)
        values[f"{side}_accepted_same_block"] = float(same_block and neighbour.goal is not None)
    in_block = [d for d in decisions if d.block.position == position]
    values["accepted_in_block"] = math.log1p(sum(d.goal is not None for d in in_block))
    values["sentence_index"] = math.log1p(next(i for i, d in enumerate(in_block) if d is decision))
    in_section = [d for d in decisions if d.block.section == decision.block.section]
    values["accepted_share_in_section"] = sum(d.goal is not None for d in in_section) / len(in_section)
    return values


@lru_cache(maxsize=1)
def _stored() -> dict | None:
    return json.loads(MODEL.read_text(encoding="utf-8")) if MODEL.exists() else None


def chances(decisions: list[Decision], blocks: list[Block], model: dict) -> dict[int, float]:
    """The model's chance that each accepted candidate is a goal, by its index in decisions."""
    at = {block.position: block for block in blocks}
    accepted = [i for i, d in enumerate(decisions) if d.goal is not None]
    if not accepted:
        return {}
    names = model["features"]
    rows = [[row.get(name, 0.0) for name in names] for row in (vector(decisions, i, at) for i in accepted)]
    scores = [sum(w * x for w, x in zip(model["coef"], row)) + model["intercept"] for row in rows]
    return {i: 1 / (1 + math.exp(-s)) for i, s in zip(accepted, scores)}


def veto(decisions: list[Decision], blocks: list[Block], model: dict | None = None) -> list[Decision]:
    """The decisions with each accepted candidate the model holds unlikely a goal turned down (its goal None,
    its rule VETOED:<accepting rule>), one kept below DOUBT doubted (Goal.doubt LOW_CHANCE); unchanged when ENABLED
    is off or no model is stored."""
    model = model or _stored()
    if not ENABLED or not model:
        return decisions
    for index, chance in chances(decisions, blocks, model).items():
        if chance < model["threshold"]:
            decisions[index].rule, decisions[index].goal = f"{VETOED}:{decisions[index].rule}", None
        elif chance < DOUBT:
            decisions[index].goal.doubt = LOW_CHANCE
    return decisions
