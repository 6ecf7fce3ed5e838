"""Train the requirement finder the extraction uses beside its rules, from the gold of every set.

Run: python benchmarks/train_requirement_model.py   (writes proposal_builder/tender/extraction/data/requirement_words.json)

Every sentence, list item and table row of every tender in benchmarks/goal_extraction/*/ is a candidate,
labelled a requirement when it matches a gold requirement of its tender (as benchmarks/requirement_model.py
labels them). Features: tf-idf of the sentence's words and word pairs and of the two headings above it.
Two logistic regressions: is it a requirement, and which kind. What was measured before this model was
used: benchmarks/requirement_model.py (blind_facts8 held out: recall 0.60 → 0.83 at precision 0.95 → 0.89).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from requirement_model import ROOT, Words, labelled, tender_rows  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

OUT = HERE.parent / "proposal_builder" / "tender" / "extraction" / "data" / "requirement_words.json"
THRESHOLD = 0.85  # a candidate the rules miss counts from this chance on (held out: precision 0.96 on blind_facts8)


def _vectorizer(vectorizer) -> dict:
    return {"vocabulary": {term: int(i) for term, i in vectorizer.vocabulary_.items()},
            "idf": [round(float(v), 5) for v in vectorizer.idf_]}


def main() -> None:
    sets = sorted(p.name for p in ROOT.iterdir() if (p / "gold").is_dir())
    rows = [row for name in sets for row in tender_rows(name)]
    words = Words()
    features, labels, kinds, _ = labelled(rows, words)
    finder = LogisticRegression(max_iter=2000, class_weight="balanced").fit(features, labels)
    with_kind = np.array([k is not None for k in kinds])
    sorter = LogisticRegression(max_iter=2000).fit(features[with_kind], [k for k in kinds if k])
    model = {
        "about": "Requirement finder beside the rules; made by benchmarks/train_requirement_model.py.",
        "trained_on": {"sets": sets, "tenders": len(rows), "candidates": int(len(labels)),
                       "requirements": int(labels.sum())},
        "threshold": THRESHOLD, "text": _vectorizer(words.text), "head": _vectorizer(words.head),
        "finder": {"coef": [round(float(v), 5) for v in finder.coef_[0]], "intercept": float(finder.intercept_[0])},
        "kinds": {"classes": [str(c) for c in sorter.classes_],
                  "coef": [[round(float(v), 5) for v in row] for row in sorter.coef_],
                  "intercept": [float(v) for v in sorter.intercept_]},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(rows)} tenders, {len(labels)} candidates, {int(labels.sum())} requirements, "
          f"{OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
