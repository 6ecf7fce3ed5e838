"""A learned look at each goal's kind (effect or output) after the kind table (rules.KIND_RULES) gave one.

The kind table decides by a handful of cue families, and the dev sets show where that stops: "Er is in elke kern een
ontmoetingsplek" and "Ouderen worden eerder bereikt" read alike to it, and the lead-in above a list ("De activiteiten
leveren in elk geval op:") or the heading over it says more than the item itself. This model weighs the candidate's named
text features (features.py), its context (where it stands, its section's role), the kind rule that fired, its words
(their first six letters, the opening ones apart), the words of the headings above it, of the lead-in paragraph above
its list or table, and of its table's header. It is a logistic regression trained on the gold kinds of the dev sets by
`python benchmarks/train_goal_kind.py` (which prints its leave-one-set-out figures beside the table's) and stored as JSON
in data/; this module only applies it, in plain Python. A tender that heads its effects apart from its results
(kind rules own_split_*) says itself which goal is which: the model leaves those kinds alone.

`ENABLED` switches the model off (the kind table alone decides), as tests and the training script compare both.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..goal import EFFECT, OUTPUT
from ..reading.blocks import LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .features import FEATURES

if TYPE_CHECKING:
    from .goals import Decision

ENABLED = True
MODEL = Path(__file__).with_name("data") / "goal_kind.json"
OWN_SPLIT = "own_split"  # the kind rules that take the kind from the tender's own headings (rules.KIND_RULES)
CONTEXT = ("source", "section", "lead_in", "labelled", "column", "output_hint", "split_kind", "bare_line", "introduces_list",
           "under_part_heading", "opens_goal_heading", "later_sentence", "announced", "measured_next", "role", "introduction")
WORD = re.compile(r"[a-zà-ÿ]{3,}")
STEM = 6  # letters of a word the model knows it by ("ontmoetingsplek" and "ontmoetingsplekken" alike)
OPENING = 6  # the first words, weighed apart
LEAD_IN = 120  # the last characters of the lead-in paragraph
LOOK_BACK = 15  # blocks of a list or table passed to find the paragraph that introduces it


def _stems(text: str) -> set[str]:
    return {word[:STEM] for word in WORD.findall(text.lower())}


def lead_in(block: Block, at: dict[int, Block]) -> str:
    """The end of the paragraph right above the goal's block, past the items or rows of its own list or table."""
    position = block.position - 1
    while (before := at.get(position)) is not None and before.kind in (LIST_ITEM, TABLE_ROW) and \
            block.position - position < LOOK_BACK:
        position -= 1
    before = at.get(position)
    return before.text[-LEAD_IN:] if before is not None and before.kind == PARAGRAPH else ""


def vector(decision: Decision, at: dict[int, Block]) -> dict[str, float]:
    """The named features of one accepted decision."""
    candidate, block, text = decision.candidate, decision.block, decision.goal.text
    values = {f"text:{name}": float(getattr(candidate, name)) for name in FEATURES}
    for name in CONTEXT:
        value = getattr(candidate, name, "")
        if isinstance(value, bool):
            values[f"context:{name}"] = float(value)
        elif value:
            values[f"context:{name}={value}"] = 1.0
    values[f"rule={decision.kind_rule}"] = 1.0
    values[f"block={block.kind}"] = 1.0
    values |= {f"first:{word[:STEM]}": 1.0 for word in WORD.findall(text.lower())[:OPENING]}
    values |= {f"word:{stem}": 1.0 for stem in _stems(text)}
    values |= {f"heading:{stem}": 1.0 for stem in _stems(" ".join(block.section[-2:]))}
    values |= {f"lead_in:{stem}": 1.0 for stem in _stems(lead_in(block, at))}
    values |= {f"header:{stem}": 1.0 for stem in _stems(" ".join(block.header or []))} if block.kind == TABLE_ROW else {}
    return values


@lru_cache(maxsize=1)
def _stored() -> dict | None:
    return json.loads(MODEL.read_text(encoding="utf-8")) if MODEL.exists() else None


def output_chance(decision: Decision, at: dict[int, Block], model: dict) -> float:
    """The model's chance that the decision's goal is an output."""
    weights = model["weights"]
    score = model["intercept"] + sum(weights.get(name, 0.0) * value for name, value in vector(decision, at).items())
    return 1 / (1 + math.exp(-score))


def learned_kinds(decisions: list[Decision], blocks: list[Block], model: dict | None = None) -> list[Decision]:
    """The decisions with each accepted goal's kind as the model gives it, the tender's own split of effects and results
    apart; unchanged when ENABLED is off or no model is stored."""
    model = model or _stored()
    if not ENABLED or not model:
        return decisions
    at = {block.position: block for block in blocks}
    for decision in decisions:
        if decision.goal is not None and not decision.kind_rule.startswith(OWN_SPLIT):
            decision.goal.kind = OUTPUT if output_chance(decision, at, model) >= 0.5 else EFFECT
    return decisions
