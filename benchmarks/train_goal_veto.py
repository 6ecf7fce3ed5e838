"""Train the goal veto the extraction applies to the goals its rules accept, from the gold of every dev set.

Run: python benchmarks/train_goal_veto.py   (writes proposal_builder/tender/extraction/data/goal_veto.json)

Reads the sets of benchmarks/goal_veto.py's DEV_SETS (never a glob) in every format, labels each candidate the
rule table accepts from gold as goal_veto.py does, and fits one logistic regression with the strength and threshold
chosen there leave-one-set-out (see that script's docstring for the figures).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE / "goal_extraction"), str(HERE)]

from goal_veto import DEV_SETS, FORMATS, STRENGTH, THRESHOLD, Data, fit, load  # noqa: E402

from proposal_builder.tender.extraction.goal_veto import MODEL  # noqa: E402


def main() -> None:
    data = Data(load(DEV_SETS, FORMATS))
    x, y = data.training(list(DEV_SETS))
    model = fit(x, y, STRENGTH)
    stored = {"features": data.names, "coef": [round(float(w), 6) for w in model["coef"]],
              "intercept": round(model["intercept"], 6), "threshold": THRESHOLD, "strength": STRENGTH,
              "trained_on": {"sets": len(DEV_SETS), "formats": list(FORMATS), "candidates": int(len(y)), "goals": int(y.sum())}}
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(json.dumps(stored, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{MODEL}: {len(y)} accepted candidates ({int(y.sum())} goals), {len(data.names)} features, "
          f"{MODEL.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
