"""Unattended drafts on the goal-extraction tenders: speed, a section per goal, relevant evidence, traced numbers.

Run: python benchmarks/draft_quality.py [--held-out] [--repeat N] [--verbose] [--keep] [--devsets]
For each dev tender (benchmarks/goal_extraction/gold, built by its generate.py) the whole chain
runs as `proposal-builder draft FILE` runs it: read, extract goals, match against the demo
knowledge base, pick evidence, draft, check (LibreOffice counts pages when the tender has a page
limit). Printed per tender: goals, time (median of N runs per step, model loaded and index built
first; the check includes LibreOffice's page count when the tender sets a page limit),
goals without a section, untraced numbers, and the share of gold goals whose picked evidence
holds a record graded as directly relevant in benchmarks/draft_quality/grades.json (a gold goal
the extraction missed counts as a miss), and the share of picked records graded so. Asserts
nothing. --keep writes the drafts to benchmarks/out/; --devsets also measures the picking on the
retrieval dev sets of the demo KB and the unseen KB (benchmarks/draft_quality_devsets.py).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "goal_extraction"))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from goal_extraction import match  # noqa: E402

from knowledge_base import open_db  # noqa: E402
from knowledge_base.demo_data import load_demo  # noqa: E402
from knowledge_base.embeddings import get_embedder  # noqa: E402
from knowledge_base.index import refresh_index  # noqa: E402
from proposal_builder.drafting import check_draft  # noqa: E402
from proposal_builder.pipeline import choose, draft_tender, tender_from_analysis  # noqa: E402
from proposal_builder.tender.goal import goals_from_records, goals_to_records  # noqa: E402
from proposal_builder.tender import analyse_tender  # noqa: E402

GOLD = HERE / "goal_extraction" / "gold"
GRADES = HERE / "draft_quality" / "grades.json"
OUT = HERE / "out"
ORGANISATION = "Stichting Welzijn De Brug"
STEPS = ("read", "match", "draft", "check")


def demo_db():
    """The demo knowledge base with its index, cached in benchmarks/out/ (embedding takes ~25 s once)."""
    OUT.mkdir(exist_ok=True)
    db = open_db(OUT / "draft_quality_kb.sqlite")
    load_demo(db)
    embedder = get_embedder()
    refresh_index(db, embedder)
    return db, embedder


def chain(db, embedder, data: bytes, filename: str) -> tuple[dict, object, dict[str, float]]:
    """The steps of `unattended_draft` (what `proposal-builder draft FILE` runs), each timed."""
    clock, seconds = time.perf_counter(), {}

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[step], clock = now - clock, now

    tender = tender_from_analysis(analyse_tender(data, filename), filename)
    lap("read")
    tender["goals"] = goals_to_records(choose(db, goals_from_records(tender["goals"]), embedder))
    lap("match")
    checked = draft_tender(db, tender, ORGANISATION, check_it=False)
    lap("draft")
    checked.report = check_draft(checked.draft, checked.request)
    lap("check")
    return tender, checked, seconds


def run_tender(db, embedder, name: str, spec: dict, repeat: int):
    """Build the tender file and run the chain `repeat` times: the last result, median seconds per step."""
    path = generate.build(name, spec["format"])
    runs = [chain(db, embedder, path.read_bytes(), path.name) for _ in range(repeat)]
    tender, checked, _ = runs[-1]
    steps = {step: statistics.median(run[2][step] for run in runs) for step in runs[0][2]}
    return tender, checked, steps


def relevant_hits(spec: dict, grades: list[dict], tender: dict) -> list[tuple[str, list[str], list[str]]]:
    """Per gold goal: (gold text, picked refs of its extracted goal, relevant refs among them)."""
    gold = [g["text"] for g in spec["goals"]]
    found = [g["text"] for g in tender["goals"]]
    picked = {i: tender["goals"][j]["evidence"] for i, j in match(gold, found)}
    by_text = {g["goal"]: set(g["relevant"]) for g in grades}
    return [(text, picked.get(i), sorted(set(picked.get(i) or []) & by_text[text]))
            for i, text in enumerate(gold)]


def report_tender(name: str, spec: dict, grades: list[dict], tender: dict, checked, steps: dict,
                  verbose: bool) -> dict:
    """Print one tender's row and return its counts."""
    rows = relevant_hits(spec, grades, tender)
    report = checked.report
    counts = {"goals": len(tender["goals"]), "gold": len(rows), "relevant": sum(bool(r[2]) for r in rows),
              "missed": sum(r[1] is None for r in rows), "no_section": len(report.missing_goals),
              "untraced": len(report.untraced), "seconds": sum(steps.values()),
              "picked": sum(len(g["evidence"]) for g in tender["goals"]),
              "picked_relevant": sum(len(r[2]) for r in rows)}
    pages = f"{report.pages}/{checked.request.tender.page_limit}" if report.pages else "-"
    split = " ".join(f"{steps[step]:.2f}" for step in STEPS)
    print(f"{name:24} {counts['goals']:5} {counts['seconds']:6.2f} s ({split}) {pages:>6} "
          f"{counts['no_section']:10} {counts['untraced']:8} {counts['relevant']:4}/{counts['gold']:<3} "
          f"{counts['missed']:6}")
    if verbose:
        for text, picked, hits in rows:
            mark = "ok  " if hits else ("MISS" if picked is not None else "NOGL")
            print(f"    {mark} {', '.join(picked or []) or '-':16} {text[:80]}")
        for item in report.untraced:
            print(f"    UNTRACED {item.number}: {item.context[:90]}")
    return counts


def totals(title: str, results: list[dict]) -> None:
    """Print the summed figures of a split."""
    if not results:
        return
    total = {key: sum(r[key] for r in results) for key in results[0]}
    print(f"{title}: {total['relevant']}/{total['gold']} gold goals with directly relevant evidence "
          f"({total['relevant'] / total['gold']:.0%}; {total['missed']} not extracted); "
          f"{total['picked_relevant']}/{total['picked']} picked records graded relevant; "
          f"goals without a section: {total['no_section']}; untraced numbers: {total['untraced']}; "
          f"slowest tender {max(r['seconds'] for r in results):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="also run the held-out tender(s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tender for the median time")
    parser.add_argument("--verbose", action="store_true", help="list picked evidence per gold goal")
    parser.add_argument("--keep", action="store_true", help="write each draft to benchmarks/out/")
    parser.add_argument("--devsets", action="store_true", help="also pick on the retrieval dev sets")
    args = parser.parse_args()
    generate.BUILD.mkdir(exist_ok=True)
    grades = json.loads(GRADES.read_text(encoding="utf-8"))["tenders"]
    db, embedder = demo_db()
    print(f"{'tender':24} {'goals':>5} {'time (read match draft check)':>32} {'pages':>6} "
          f"{'no section':>10} {'untraced':>8} {'relevant':>8} {'missed':>6}")
    splits: dict[str, list[dict]] = {"dev": [], "held-out": []}
    for gold in sorted(GOLD.glob("*.json")):
        spec = json.loads(gold.read_text(encoding="utf-8"))
        split = spec.get("split", "dev")
        if split == "held-out" and not args.held_out:
            continue
        tender, checked, steps = run_tender(db, embedder, gold.stem, spec, args.repeat)
        if args.keep:
            (OUT / f"concept_{gold.stem}.docx").write_bytes(checked.docx)
        splits[split].append(report_tender(f"{gold.stem} ({split})" if split != "dev" else gold.stem,
                                           spec, grades[gold.stem], tender, checked, steps, args.verbose))
    totals("Dev", splits["dev"])
    totals("Held-out", splits["held-out"])
    if args.devsets:
        from draft_quality_devsets import run_devsets
        run_devsets()


if __name__ == "__main__":
    main()
