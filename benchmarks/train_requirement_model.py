"""Train the requirement finder the extraction uses beside its rules, from the gold of every dev set.

Run: python benchmarks/train_requirement_model.py   (writes proposal_builder/tender/extraction/data/requirement_words.json)

Every sentence, list item and table row of every tender in benchmarks/goal_extraction/*/ (the held-out sets
apart) is a candidate, as the app gives them to the model (the agreement's terms apart), labelled a requirement
when it matches a gold requirement of its tender. Features: tf-idf of the sentence's words and word pairs, of the two headings above it and of its context signs (block kind, the kind its
section, lead-in or column names, the rules' patterns it matches). Two logistic regressions: is it a requirement, and
which kind. Held-out figures per set left out: benchmarks/requirement_model.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from requirement_model import dev_sets, tenders, train  # noqa: E402

OUT = HERE.parent / "proposal_builder" / "tender" / "extraction" / "data" / "requirement_words.json"


def main() -> None:
    sets = dev_sets()
    model = train([tender for name in sets for tender in tenders(name)], sets)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    trained = model["trained_on"]
    print(f"{OUT}: {trained['tenders']} tenders, {trained['candidates']} candidates, {trained['requirements']} "
          f"requirements, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
