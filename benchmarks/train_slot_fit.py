"""Train the slot-fit model (proposal_builder/matching/slot_fit.py) and evaluate it leave-one-round-out.

Run: python benchmarks/slot_fit_pairs.py --out PAIRS && python benchmarks/train_slot_fit.py PAIRS [--save]
Per held-out round the model is trained on the other rounds' graded pairs (relevant against not relevant; partial
pairs left out) and its threshold chosen on those rounds' own leave-one-round-out probabilities (the middle of the
plateau of relevant records placed minus OFF_COST per off-topic one, drafts and dev sets together); the draft's decision
is then applied to the held-out round: per goal, of the first TOP_HITS matches (none when all are weak and unconfirmed),
the most probable method, project and result with a figure (a result measuring the goal's own kind first), each when its
probability reaches the threshold (slot_fit.DOUBT_BAR for a goal extraction doubts). Printed per round and in all,
against today's rules (the pairs' `placed`): goals with a directly relevant record placed (of the goals the grader holds
relevant evidence for), off-topic placed records (of the graded placed ones), graded goals left without evidence, and sentences read as goals that are none
(the gold's) given evidence. --curve prints the objective per threshold. --save trains on every round and writes
the model with the threshold chosen on every round's leave-one-round-out probabilities.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

from proposal_builder.matching.evidence import CONFIRMED_SCORE, TOP_HITS  # noqa: E402
from proposal_builder.matching import slot_fit  # noqa: E402
from proposal_builder.matching.slot_fit import MODEL  # noqa: E402

THRESHOLDS = [round(0.01 * i, 2) for i in range(60, 100)]
OFF_COST = 2.0  # an off-topic record placed weighs as two relevant ones (`objective`)
PLATEAU = 0.01  # thresholds within this share of the best objective make its plateau (`choose_threshold`)
C = 0.3


def train(rows: list[dict], names: list[str]) -> dict:
    rows = [r for r in rows if r["grade"] in (0, 2)]
    x = np.array([[r["features"][n] for n in names] for r in rows], dtype=float)
    y = np.array([r["grade"] == 2 for r in rows])
    mean, scale = x.mean(0), x.std(0) + 1e-9
    fit = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit((x - mean) / scale, y)
    return {"features": names, "mean": mean.tolist(), "scale": scale.tolist(), "weights": fit.coef_[0].tolist(),
            "bias": float(fit.intercept_[0])}


def probability(model: dict, features: dict) -> float:
    z = model["bias"] + sum(w * (features[n] - m) / s for n, w, m, s in
                            zip(model["features"], model["weights"], model["mean"], model["scale"]))
    return float(1 / (1 + np.exp(-z)))


def by_goal(rows: list[dict]) -> dict:
    goals = defaultdict(list)
    for r in rows:
        goals[(r["round"], r["tender"], r["goal"])].append(r)
    return goals


def uncovered(goal_rows: list[dict]) -> bool:
    """Every one of the first TOP_HITS matches weak and not confirmed by its record (as slot_fit.accepted)."""
    return all(r["features"]["weak"] and not (r["features"]["evidence_score"] >= CONFIRMED_SCORE
                                              and r["features"]["shares_family"]) for r in goal_rows if r["rank"] < TOP_HITS)


def decide(goal_rows: list[dict], probs: dict, threshold: float) -> list[dict]:
    """The draft's picks (slot_fit.model_picks) from the pairs' probabilities; a goal extraction doubts (Goal.doubt)
    at the stricter bar."""
    if uncovered(goal_rows):
        return []
    if goal_rows[0].get("doubt"):
        threshold = max(threshold, slot_fit.DOUBT_BAR)
    best = {}
    for r in sorted(goal_rows, key=lambda r: (r["features"].get("result_other_kind", 0.0), -probs[id(r)])):
        if r["rank"] >= TOP_HITS or probs[id(r)] < threshold or r["type"] in best:
            continue
        if r["type"] == "result" and not r["features"]["number"]:
            continue
        best[r["type"]] = r
    return list(best.values())


def measure(goals: dict, chosen) -> dict:
    m = dict(answerable=0, relevant=0, placed=0, off=0, graded=0, empty=0, partial=0, relevant_placed=0, uncovered=0,
             uncovered_filled=0, false=0, false_filled=0, false_placed=0)
    for key, goal_rows in goals.items():
        picks = chosen(goal_rows)
        if not goal_rows[0]["graded_goal"]:  # a sentence read as a goal that the tender's gold holds no goal
            m["false"] += 1
            m["false_filled"] += bool(picks)
            m["false_placed"] += len(picks)
            continue
        m["graded"] += 1
        m["answerable"] += goal_rows[0]["answerable"]
        m["relevant"] += any(r["grade"] == 2 for r in picks)
        m["placed"] += sum(r["grade"] is not None for r in picks)
        m["off"] += sum(r["grade"] == 0 for r in picks)
        m["relevant_placed"] += sum(r["grade"] == 2 for r in picks)
        m["partial"] += sum(r["grade"] == 1 for r in picks)
        m["empty"] += not picks and goal_rows[0]["answerable"]
        m["uncovered"] += not goal_rows[0]["answerable"]
        m["uncovered_filled"] += bool(picks) and not goal_rows[0]["answerable"]
    return m


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b[k] for k in b}


def show(label: str, m: dict) -> str:
    return (f"{label:14} relevant {m['relevant']:3}/{m['answerable']:<3} ({m['relevant'] / max(m['answerable'], 1):4.0%})"
            f"  off-topic {m['off']:3}/{m['placed']:<4} ({m['off'] / max(m['placed'], 1):4.0%})  partial {m['partial']:3}"
            f"  answerable empty {m['empty']:3}  relevant placed {m['relevant_placed']:3}"
            f"  uncovered filled {m['uncovered_filled']}/{m['uncovered']}"
            + (f"  false goals filled {m['false_filled']}/{m['false']} ({m['false_placed']} records)" if m["false"] else ""))


def out_of_fold(rows: list[dict], names: list[str]) -> dict:
    """Each pair's probability from the model trained without its round."""
    probs = {}
    for held in sorted({r["round"] for r in rows}):
        model = train([r for r in rows if r["round"] != held], names)
        probs.update({id(r): probability(model, r["features"]) for r in rows if r["round"] == held})
    return probs


def choose_threshold(goals: dict, probs: dict) -> float:
    """The middle of the plateau of the slot objective (`objective`, on the draft rounds' and the dev sets' goals
    alike): of the thresholds whose objective is within PLATEAU of the best, the run around the best one, and of that
    run its middle. The best single threshold moves with a record or two (0.85 <-> 0.95 between stops); the plateau's
    middle does not."""
    scores = {t: objective(measure(goals, lambda rows: decide(rows, probs, t))) for t in THRESHOLDS}
    best = max(scores.values())
    top = max(t for t, score in scores.items() if score == best)
    run = [top]
    for step in (-1, 1):
        at = THRESHOLDS.index(top) + step
        while 0 <= at < len(THRESHOLDS) and scores[THRESHOLDS[at]] >= best - PLATEAU * abs(best):
            run.append(THRESHOLDS[at])
            at += step
    run.sort()
    return run[len(run) // 2]


def objective(m: dict) -> float:
    """Per slot: a directly relevant record placed counts one, an off-topic one minus OFF_COST, an empty slot and a
    partly relevant record nothing, so a slot is rather left empty than filled off-topic (PROPOSAL.md)."""
    return m["relevant_placed"] - OFF_COST * m["off"]


def print_curve(rows: list[dict], names: list[str]) -> None:
    """Per threshold the draft rounds' and dev sets' figures and the objective of both, from every round's
    leave-one-round-out probabilities."""
    probs, goals = out_of_fold(rows, names), by_goal(rows)
    for t in THRESHOLDS:
        for source in ("drafts", "devset"):
            part = {k: v for k, v in goals.items() if (k[1] == "devset") == (source == "devset")}
            if part:
                print(show(f"{t:.2f} {source[:3]}", measure(part, lambda rs: decide(rs, probs, t))))
        print(f"{t:.2f} objective {objective(measure(goals, lambda rs: decide(rs, probs, t))):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path, nargs="+", help="pair files of slot_fit_pairs.py (drafts, dev sets)")
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--drop", action="append", default=[], help="leave a feature out")
    parser.add_argument("--threshold", type=float, help="a fixed threshold instead of the one chosen per fold")
    parser.add_argument("--doubt-bar", type=float, help="the bar for a doubted goal's evidence")
    parser.add_argument("--curve", action="store_true", help="print the leave-one-round-out figures per threshold")
    parser.add_argument("--round", dest="rounds", type=int, action="append", default=[], help="only these rounds")
    args = parser.parse_args()
    if args.doubt_bar is not None:
        slot_fit.DOUBT_BAR = args.doubt_bar
    rows = [row for path in args.pairs for row in json.loads(path.read_text(encoding="utf-8"))]
    rows = [r for r in rows if not args.rounds or r["round"] in args.rounds]
    names = [n for n in rows[0]["features"] if n not in args.drop]
    rounds = sorted({r["round"] for r in rows})
    before, after, chosen_t = defaultdict(dict), defaultdict(dict), []
    for held in rounds:
        train_rows = [r for r in rows if r["round"] != held]
        test_goals = by_goal([r for r in rows if r["round"] == held])
        model = train(train_rows, names)
        t = args.threshold if args.threshold is not None else choose_threshold(by_goal(train_rows),
                                                                               out_of_fold(train_rows, names))
        chosen_t.append(t)
        probs = {id(r): probability(model, r["features"]) for rows_ in test_goals.values() for r in rows_}
        for source in ("drafts", "devset"):
            goals = {k: v for k, v in test_goals.items() if (k[1] == "devset") == (source == "devset")}
            b = measure(goals, lambda rs: [r for r in rs if r["placed"]])
            a = measure(goals, lambda rs: decide(rs, probs, t))
            if b["graded"]:
                print(show(f"r{held} {source[:3]} now", b) + "  |  " + show(f"model {t:.2f}", a))
                before[source], after[source] = add(before[source], b), add(after[source], a)
    if args.curve:
        print_curve(rows, names)
    for source in before:
        print(show(f"ALL {source[:3]} now", before[source]))
        print(show(f"ALL {source[:3]} model", after[source]))
    if args.save:
        model = train(rows, names)
        model["threshold"] = choose_threshold(by_goal(rows), out_of_fold(rows, names))
        MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print("weights:", {n: round(w, 2) for n, w in zip(names, model["weights"])}, "threshold", model["threshold"])


if __name__ == "__main__":
    main()
