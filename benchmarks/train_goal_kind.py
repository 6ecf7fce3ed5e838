"""Train the goal-kind model (proposal_builder/tender/extraction/kind_model.py) on the gold kinds of the dev sets, after
scoring it leave-one-set-out beside the kind table.

Run: python benchmarks/train_goal_kind.py [--no-write]   (writes proposal_builder/tender/extraction/data/goal_kind.json)

Reads the sets named in KIND_SETS (never a glob: a blind set being written in the tree is not read), each tender in its
own format. Every goal the rules accept that matches a gold goal (token F1 >= 0.6) is an example, labelled with that gold
goal's kind; its features are kind_model.vector's. Leave one set out: a logistic regression (strength C) trained on the
other sets predicts the set left out; printed per set beside the kind table's accuracy on the same goals (the tender's
own split of effects and results keeps the table's kind in both). Then one model on all sets is stored, with the
features seen in at least MIN_SEEN examples.

Figures, 2026-12-08 (stop 30, 41 sets, 1106 goals): the kind table 958 (0.866); the model 1003 (0.907), better on 26 sets,
worse on 7 (blind3 30 -> 28, blind_facts11 27 -> 25, blind4, blind_facts5, blind_facts10, blind_draft3, blind_draft13 one
each); the newest sets blind_facts18 16 -> 17, blind_draft16 17 -> 20, blind_draft15 13 -> 15, facts_dev3 18 -> 19. In a
first run over 1115 goals (0.865 -> 0.910): without the lead-in words 0.907, without heading words 0.911, without any
words (features, context and rule only) 0.871: the words carry it. The strength was chosen on those same figures. The
earlier study (benchmarks/goal_kind_model.py: tf-idf words, no lead-in) reached 0.879 against the table's 0.859.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE / "goal_extraction"), str(HERE)]

import generate  # noqa: E402
from goal_extraction import MATCH_F1, analyse, token_f1  # noqa: E402

from proposal_builder.tender.extraction import kind_model  # noqa: E402
from proposal_builder.tender.extraction.goals import explain  # noqa: E402
from proposal_builder.tender.goal import OUTPUT  # noqa: E402

GOALS = HERE / "goal_extraction"
KIND_SETS = ("dev", "unseen", "blind3", "blind4", "blind5", *(f"blind_facts{n}" for n in range(1, 19)), "facts_dev",
             "facts_dev2", "facts_dev3", *(f"blind_draft{n}" for n in range(3, 17)))
STRENGTH = 0.3  # C of the logistic regression, chosen leave-one-set-out among 0.1, 0.3, 1 and 3 (0.908, 0.910, 0.906, 0.901
# in the first run)
MIN_SEEN = 2


def examples(name: str) -> list[tuple[dict[str, float], bool, bool, bool]]:
    """(features, gold is output, table says output, own split) of every accepted goal of the set matching a gold goal."""
    root = GOALS if name == "dev" else GOALS / name
    rows = []
    for gold_file in sorted((root / "gold").glob("*.json")):
        spec = json.loads(gold_file.read_text(encoding="utf-8"))
        if spec.get("split") == "held-out":
            continue
        blocks = analyse(spec, generate.build(gold_file.stem, spec["format"], root)).blocks
        at = {block.position: block for block in blocks}
        for decision in explain(blocks):
            if decision.goal is None:
                continue
            best = max(spec["goals"], key=lambda g: token_f1(g["text"], decision.goal.text), default=None)
            if best is None or token_f1(best["text"], decision.goal.text) < MATCH_F1:
                continue
            rows.append((kind_model.vector(decision, at), best["kind"] == OUTPUT, decision.goal.kind == OUTPUT,
                         decision.kind_rule.startswith(kind_model.OWN_SPLIT)))
    return rows


def fit(rows):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    model = LogisticRegression(C=STRENGTH, max_iter=5000).fit(vectorizer.fit_transform([r[0] for r in rows]),
                                                               [r[1] for r in rows])
    return vectorizer, model


def main() -> None:
    kind_model.ENABLED = False  # the table's kinds, to compare with and to learn beside
    by_set = {name: examples(name) for name in KIND_SETS}
    table = model_right = 0
    print(f"{'set':16} {'goals':>5} {'table':>5} {'model':>5}")
    for name, rows in by_set.items():
        vectorizer, model = fit([row for other, other_rows in by_set.items() if other != name for row in other_rows])
        said = model.predict(vectorizer.transform([r[0] for r in rows])) if rows else []
        right_table = sum(r[2] == r[1] for r in rows)
        right_model = sum((r[2] if r[3] else bool(p)) == r[1] for r, p in zip(rows, said))
        table, model_right = table + right_table, model_right + right_model
        print(f"{name:16} {len(rows):5} {right_table:5} {right_model:5}")
    total = sum(len(rows) for rows in by_set.values())
    print(f"{'all':16} {total:5} {table:5} {model_right:5}   table {table / total:.3f}  model {model_right / total:.3f}")
    if "--no-write" in sys.argv:
        return
    rows = [row for rows in by_set.values() for row in rows]
    seen = Counter(name for row in rows for name in row[0])
    rows = [({k: v for k, v in row[0].items() if seen[k] >= MIN_SEEN}, *row[1:]) for row in rows]
    vectorizer, model = fit(rows)
    weights = {name: round(float(w), 5) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4}
    stored = {"weights": weights, "intercept": round(float(model.intercept_[0]), 5), "strength": STRENGTH,
              "trained_on": {"sets": len(KIND_SETS), "goals": len(rows), "outputs": sum(r[1] for r in rows),
                             "leave_one_set_out": {"table": round(table / total, 3), "model": round(model_right / total, 3)}}}
    kind_model.MODEL.write_text(json.dumps(stored, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{kind_model.MODEL}: {len(weights)} weights, {kind_model.MODEL.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
