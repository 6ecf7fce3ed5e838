"""A learned look at whether a ranked record fits a goal's evidence slot.

The hand rules (evidence.fit_reason, the pick margin) were tuned on the rounds they are measured on. This model
weighs generic features of a (goal, ranked record) pair: the hybrid score and its distance to the goal's best, the
rank, the cosine, the calibrated strength flags, the words goal and record share, whether the record names the
goal's target group or topic (audience.py) and place, the record's kind against the goal's (effect or output), and
whether it is linked to the goal's best fitting match. A goal whose matches are all weak gets nothing. It is a logistic regression trained on the graded rounds by
`python benchmarks/train_slot_fit.py` (chosen leave-one-round-out) and stored as JSON in data/; this module only
applies it, in plain Python.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from knowledge_base.search import Hit

from ..tender import Goal
from .audience import fits_audience, names_nothing, shares_family, topic_unchecked
from .evidence import confirmed, fit_reason, goal_context, has_number, has_substance, linked_refs, other_kind

ENABLED = True  # False: the hand rules alone decide (evidence.pick_evidence, fit.fits_from_hits), as tests compare both
MODEL = Path(__file__).with_name("data") / "slot_fit.json"
# A goal extraction doubts (Goal.doubt: the goal veto's chance is low, or the tender asks it as a requirement) takes
# only the records the model is surest of, not whatever ranks high under a sentence that is probably no goal: out of
# fold on rounds 3-15 the picks at 0.99 are 1 % off-topic (drafts 4/419, dev sets 14/961) against 2-5 % at the
# stored threshold (benchmarks/train_slot_fit.py --curve).
DOUBT_BAR = 0.99
WORD = re.compile(r"[a-zà-ÿ]{4,}")
RECORD_FIELDS = ("title", "summary", "target_group", "indicator")


def _words(text: str) -> set[str]:
    return {word[:6] for word in WORD.findall(text.lower())}  # a crude stem: "eenzaamheid", "eenzame" apart


def pair_features(goal: Goal, hits: list[Hit], rank: int, records: dict[str, dict],
                  tender: frozenset[str] = frozenset()) -> dict[str, float]:
    """The features of the goal's `rank`-th hit (0-based) among its ranked `hits`."""
    hit, record = hits[rank], records.get(hits[rank].ref) or {}
    best_score = max((h.evidence_score for h in hits), default=0.0)
    best_cosine = max((h.cosine for h in hits), default=0.0)
    anchor = next((h.ref for h in hits if h.ref in records and not fit_reason(h, records[h.ref], goal, tender)), "")
    goal_words = _words(goal.text)
    record_words = _words(" ".join(str(record.get(f) or "") for f in RECORD_FIELDS))
    place = goal_context(goal).place.strip().lower()
    where = " ".join(str(record.get(f) or "") for f in ("municipality", "title", "summary")).lower()
    kind = getattr(goal, "kind", "") or ""
    return {
        "evidence_score": hit.evidence_score, "score": hit.score, "below_best": best_score - hit.evidence_score,
        "log_rank": math.log1p(rank), "cosine": hit.cosine, "cosine_below_best": best_cosine - hit.cosine,
        "best_cosine": best_cosine, "weak": float(hit.weak), "pick_strong": float(hit.pick_strong),
        "strong": float(hit.strength == "strong"),
        "method": float(hit.type == "method"), "project": float(hit.type == "project"),
        "result": float(hit.type == "result"),
        "substance": float(has_substance(record)), "number": float(has_number(record)),
        "audience": float(fits_audience(goal, record, tender)) if record else 0.0,
        "shares_family": float(shares_family(goal, record)) if record else 0.0,
        "goal_names_nothing": float(names_nothing(goal)),
        "topic_unchecked": float(topic_unchecked(goal, record)) if record else 0.0,
        "word_overlap": len(goal_words & record_words) / max(len(goal_words), 1),
        "place_named": float(bool(place) and place in where),
        "output_goal": float(kind == "output"), "output_method": float(kind == "output" and hit.type == "method"),
        "effect_result": float(kind != "output" and hit.type == "result"),
        "result_other_kind": float(other_kind(goal, record)),
        "is_anchor": float(hit.ref == anchor),
        "linked_to_anchor": float(bool(anchor) and hit.ref != anchor and hit.ref in linked_refs(anchor, records)),
        "rules_fit": float(bool(record) and not fit_reason(hit, record, goal, tender)),
    }


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL) -> dict:
    """The stored model: {"features": [...], "mean": [...], "scale": [...], "weights": [...], "bias": b, "threshold": t}."""
    return json.loads(path.read_text(encoding="utf-8"))


def fit_probability(features: dict[str, float], model: dict | None = None) -> float:
    """The model's probability that the pair is directly relevant."""
    model = model or load_model()
    z = model["bias"] + sum(w * (features.get(name, 0.0) - m) / s for name, w, m, s in
                            zip(model["features"], model["weights"], model["mean"], model["scale"]))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def accepted(goal: Goal, hits: list[Hit], records: dict[str, dict], tender: frozenset[str] = frozenset(),
             top: int | None = None, model: dict | None = None) -> dict[str, float]:
    """The refs among the goal's first `top` hits (all when None) the model holds fitting (at DOUBT_BAR for a goal
    extraction doubts), with their probability; none when every one of them is a weak match its record does not
    confirm (evidence.confirmed): the knowledge base does not cover the goal (the calibrated floor of the embedding
    model, not of any knowledge base)."""
    model = model or load_model()
    if all(hit.weak and not confirmed(hit, records.get(hit.ref) or {}, goal) for hit in hits[:top]):
        return {}
    bar = max(model["threshold"], DOUBT_BAR) if getattr(goal, "doubt", "") else model["threshold"]
    found = {}
    for rank, hit in enumerate(hits[:top]):
        if hit.ref in records:
            probability = fit_probability(pair_features(goal, hits, rank, records, tender), model)
            if probability >= bar:
                found[hit.ref] = probability
    return found


def model_picks(goal: Goal, hits: list[Hit], records: dict[str, dict], tender: frozenset[str] = frozenset(),
                top: int | None = None, order: tuple[str, ...] = ("method", "project", "result")) -> list[str]:
    """Per kind in `order` the most probable fitting record (a result only with a figure), as the draft places them;
    a fitting result that measures the goal's own kind (a share or change for an effect goal, a count for an output
    goal) before a more probable one measuring the other (evidence.other_kind), so an effect result and its story
    stand under the effect goal and the count under the output goal."""
    fitting = accepted(goal, hits, records, tender, top)
    best: dict[str, str] = {}
    for ref in sorted(fitting, key=lambda ref: (other_kind(goal, records[ref]), -fitting[ref])):
        kind = records[ref].get("type")
        if kind in order and kind not in best and (kind != "result" or has_number(records[ref])):
            best[kind] = ref
    return [best[kind] for kind in order if kind in best]
