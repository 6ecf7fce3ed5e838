"""Weak-match flags measured on a dev set: how often relevant and irrelevant hits are flagged weak.

Called by benchmarks/retrieval.py --quality. Besides the dev-set goals it uses the dev set's
"unrelated" goals (nothing in the knowledge base is relevant to them) and a small copy of the
knowledge base (every fourth record, links to left-out records dropped): there goals whose
relevant records were all left out count as unrelated too. Prints, never asserts.
"""
from __future__ import annotations

import copy
import json
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from knowledge_base import calibration, import_records, open_db
from knowledge_base.index import refresh_index
from knowledge_base.search import match_goals


def _pairs(db, embedder, goals: list[dict], unrelated: list[str]) -> list[tuple[int, int, bool, float]]:
    """(rank, grade, weak, cosine) per top-10 hit; grade -1 marks a hit of an unrelated goal."""
    texts = [g["text"] for g in goals] + unrelated
    grades = [g["relevant"] for g in goals] + [None] * len(unrelated)
    found = match_goals(db, texts, embedder, top=10)
    return [(rank, -1 if relevant is None else relevant.get(hit.ref, 0), hit.weak, hit.cosine)
            for relevant, hits in zip(grades, found) for rank, hit in enumerate(hits)]


def print_strengths(label: str, db, embedder, goals: list[dict], unrelated: list[str]) -> None:
    """One line: the top-10 hits called "sterk" per grade, and how many unrelated goals' hits are."""
    found = match_goals(db, [g["text"] for g in goals] + unrelated, embedder, top=10)
    grades = [g["relevant"] for g in goals] + [None] * len(unrelated)
    strong = [-1 if relevant is None else relevant.get(hit.ref, 0)
              for relevant, hits in zip(grades, found) for hit in hits if hit.strength == "strong"]
    print(f"  {label:26} sterk: {len(strong)} hits, grade 2 {strong.count(2)}, grade 1 {strong.count(1)}, "
          f"grade 0 {strong.count(0)}, of unrelated goals {strong.count(-1)}")


def _share(flags: list[bool]) -> str:
    return f"{np.mean(flags):.0%} of {len(flags)}" if flags else "-"


def f1_not_weak(pairs) -> float:
    """F1 of 'not weak' as a predictor of 'graded relevant'; unrelated goals' hits are negatives."""
    kept = sum(not weak for _, _, weak, _ in pairs)
    true = sum(not weak and grade > 0 for _, grade, weak, _ in pairs)
    relevant = sum(grade > 0 for _, grade, _, _ in pairs)
    return 2 * true / (kept + relevant) if kept + relevant else 0.0


def print_shares(label: str, pairs) -> None:
    """One line: the share flagged weak per grade, and of the unrelated goals' best hits."""
    weak = lambda test: [w for rank, grade, w, _ in pairs if test(rank, grade)]  # noqa: E731
    print(f"  {label:26} grade 2: {_share(weak(lambda r, g: g == 2)):11} "
          f"grade 1: {_share(weak(lambda r, g: g == 1)):11} grade 0: {_share(weak(lambda r, g: g == 0)):11} "
          f"unrelated best hit: {_share(weak(lambda r, g: g < 0 and r == 0)):11} "
          f"F1 {f1_not_weak(pairs):.3f}")


@contextmanager
def cosine_floor(model: str, floor: float | None):
    """Within this block `model` has this cosine floor (None: no floor)."""
    model = calibration.calibrated_model(model)  # the floor of an engine build is its model's
    saved = dict(calibration.COSINE_FLOORS)
    calibration.COSINE_FLOORS.pop(model, None)
    if floor is not None:
        calibration.COSINE_FLOORS[model] = floor
    try:
        yield
    finally:
        calibration.COSINE_FLOORS.clear()
        calibration.COSINE_FLOORS.update(saved)


def small_kb(records: list[dict], goals: list[dict], path: Path, every: int = 4):
    """Every `every`-th record (by ref) in a fresh database; goals re-graded; uncovered goals apart."""
    kept = [copy.deepcopy(r) for i, r in enumerate(sorted(records, key=lambda r: r["id"])) if i % every == 0]
    refs = {r["id"] for r in kept}
    for record in kept:
        record["methods"] = [m for m in record.get("methods", []) if m in refs]
        if record.get("project") not in refs:
            record["project"] = ""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_db(path)
    import_records(db, kept, user="benchmark")
    covered, uncovered = [], []
    for goal in goals:
        relevant = {ref: grade for ref, grade in goal["relevant"].items() if ref in refs}
        if 2 in relevant.values():
            covered.append({**goal, "relevant": relevant})
        elif not relevant:
            uncovered.append(goal["text"])
    return db, covered, uncovered


def run_weak(db, embedder, goals: list[dict], unrelated: list[str], records: list[dict], out: Path,
             tender_goals: list[dict] | None = None) -> None:
    """Print weak-flag shares with and without the cosine floor: on the KB, a small copy, tender goals."""
    model = embedder.name
    small, small_goals, uncovered = small_kb(records, goals, out / "small-kb.sqlite")
    refresh_index(small, embedder)
    cases = {"KB": (db, goals, unrelated),
             f"small KB ({len(small_goals)}+{len(uncovered)})": (small, small_goals, unrelated + uncovered)}
    if tender_goals:
        cases["tender goals"] = (db, tender_goals, [])
    print(f"weak flags for {model} (threshold {calibration.weak_threshold(model)}, cosine floor "
          f"{calibration.cosine_floor(model)}); top-10 hits flagged weak:")
    for floor in sorted({None, calibration.cosine_floor(model)}, key=lambda f: f or 0):
        with cosine_floor(model, floor):
            for label, (base, wanted, others) in cases.items():
                print_shares(f"{label}, floor {floor}", _pairs(base, embedder, wanted, others))
    for label, (base, wanted, others) in cases.items():
        print_strengths(label, base, embedder, wanted, others)
    sweep_floor(embedder, cases)


def sweep_floor(embedder, cases: dict) -> None:
    """Print F1 of 'not weak' per case for a range of cosine floors around the model's cosines."""
    db, goals, _ = next(iter(cases.values()))
    low, high = np.percentile([c for *_, c in _pairs(db, embedder, goals, [])], [10, 90])
    print(f"  cosine floor sweep, F1 of 'not weak' = relevant ({' / '.join(cases)}):")
    for floor in [None, *np.round(np.linspace(low, high, 9), 3)]:
        with cosine_floor(embedder.name, None if floor is None else float(floor)):
            scores = [f1_not_weak(_pairs(base, embedder, wanted, others))
                      for base, wanted, others in cases.values()]
        print(f"    floor {str(floor):6}  " + " / ".join(f"{score:.3f}" for score in scores))


def tender_goals(grades: Path) -> list[dict]:
    """The draft benchmark's tender goals with their directly relevant demo records (grade 2)."""
    tenders = json.loads(grades.read_text(encoding="utf-8"))["tenders"].values()
    return [{"text": g["goal"], "relevant": dict.fromkeys(g["relevant"], 2)} for t in tenders for g in t]


def load_records(path: Path) -> list[dict]:
    """The records of a knowledge-base JSON file (a list, or an object with "records")."""
    data = json.loads(path.read_text())
    return data if isinstance(data, list) else data["records"]
