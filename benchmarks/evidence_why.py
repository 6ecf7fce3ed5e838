"""Why each goal got the evidence it got: per goal the placed records and the relevant ones left out.

Run: python benchmarks/evidence_why.py [--set NAME ...] [--kb FILE] --grades FILE [--only off|missed]
The same tenders, knowledge base and grades as benchmarks/draft_shape.py, without writing drafts:
per goal the records the unattended chain places (its picks that fit the goal) and, for an
answerable goal without relevant evidence, the records graded relevant. Each with its grade
(R relevant, p partial, x off-topic, ? not seen by the grader), rank among the goal's hits,
evidence score, cosine, the goal's best cosine, the weak flag, why it was not picked, and the
target-group families of goal and record. The totals are those of draft_shape.py's relevance and
off-topic columns (that one also fits the page limits, which may drop a record). Prints only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from draft_shape import tenders  # noqa: E402
from retrieval import demo_db  # noqa: E402

from knowledge_base.embeddings import get_embedder  # noqa: E402
from proposal_builder import pipeline  # noqa: E402
from proposal_builder.matching import TOP_HITS, fetch_records, match_tender_goals, pick_evidence  # noqa: E402
from proposal_builder.matching.audience import goal_families, record_families  # noqa: E402
from proposal_builder.matching.evidence import pick_floor, skip_reason  # noqa: E402
from proposal_builder.matching.fit import FIT_TOP, fits_from_hits  # noqa: E402
from proposal_builder.tender.goal import goals_from_records  # noqa: E402


def mark(ref: str, grade: dict | None) -> str:
    if grade is None:
        return "-"
    if ref in grade["relevant"]:
        return "R"
    if ref in grade.get("partial", []):
        return "p"
    return "?" if "seen" in grade and ref not in grade["seen"] else "x"


def line(ref, hits, records, goal, grade, floor) -> str:
    rank = next((i for i, h in enumerate(hits) if h.ref == ref), None)
    record = records.get(ref, {})
    fams = ",".join(sorted(record_families(record))) if record else ""
    if rank is None:
        return f"    {mark(ref, grade)} {ref:8} not in top {len(hits)}  {record.get('title', '')[:60]}  [{fams}]"
    hit = hits[rank]
    why = "rank" if rank >= TOP_HITS else skip_reason(hit, record or None, goal, floor) or "taken/unfit"
    return (f"    {mark(ref, grade)} {ref:8} #{rank + 1:<2} ev {hit.evidence_score:5.2f} sc {hit.score:5.2f} "
            f"cos {hit.cosine:.3f} {'W' if hit.weak else ' '} {why:10} {hit.title[:55]:55} [{fams}]")


def goals_of(path: Path) -> list:
    tender = pipeline.tender_from_analysis(pipeline.analyse(pipeline.read(path.read_bytes(), path.name)), path.name)
    return goals_from_records(tender["goals"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME")
    parser.add_argument("--kb", type=Path)
    parser.add_argument("--grades", type=Path, required=True)
    parser.add_argument("--only", choices=("off", "missed"), help="only goals with off-topic or missed evidence")
    args = parser.parse_args()
    grades = json.loads(args.grades.read_text(encoding="utf-8"))["tenders"]
    embedder = get_embedder()
    db = demo_db(embedder, args.kb)
    totals = dict(answerable=0, relevant=0, placed=0, off=0)
    for name, path, _ in tenders(args.set or ["dev"]):
        goals = goals_of(path)
        hits = match_tender_goals(db, goals, embedder, FIT_TOP)
        records = fetch_records(db, (h.ref for goal_hits in hits for h in goal_hits))
        fits = fits_from_hits(hits, records, goals)
        graded = {g["goal"]: g for g in grades.get(name, [])}
        print(f"== {name}")
        for number, (goal, goal_hits) in enumerate(zip(goals, hits), start=1):
            placed = [r for r in pick_evidence(goal_hits[:TOP_HITS], records, goal) if r in fits[number]]
            grade = graded.get(goal.text)
            marks = [mark(r, grade) for r in placed]
            missed = grade is not None and bool(grade["relevant"]) and "R" not in marks
            if grade is not None:
                totals["answerable"] += bool(grade["relevant"])
                totals["relevant"] += "R" in marks
                totals["placed"] += sum(m != "?" for m in marks)
                totals["off"] += marks.count("x")
            if (args.only == "off" and "x" not in marks) or (args.only == "missed" and not missed):
                continue
            best = max((h.cosine for h in goal_hits), default=0)
            print(f"  [{number}] {goal.text[:110]}\n      families {sorted(goal_families(goal))} best cos {best:.3f}"
                  f"{'' if grade else '  (ungraded)'}{'  MISSED' if missed else ''}")
            floor = pick_floor(goal_hits[:TOP_HITS], records, goal)
            for ref in placed:
                print(line(ref, goal_hits, records, goal, grade, floor))
            if missed:
                known = records | fetch_records(db, grade["relevant"])
                for ref in grade["relevant"]:
                    print(line(ref, goal_hits, known, goal, grade, floor).replace("    R", "  ->R", 1))
    print(f"relevant {totals['relevant']}/{totals['answerable']}  off-topic {totals['off']}/{totals['placed']}")


if __name__ == "__main__":
    main()
