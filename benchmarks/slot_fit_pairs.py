"""Dump every (goal, ranked record) pair of the graded draft rounds with the fit features and its grade.

Run: python benchmarks/slot_fit_pairs.py --out FILE [--round N ...]   (default rounds 3-17)
For each round N the tenders of goal_extraction/blind_draftN are read as `proposal-builder draft` reads them and
matched against retrieval/blindN_kb.json (FIT_TOP hits per goal); each pair gets its grade from
draft_quality/blind_grades_draftN.json (2 relevant, 1 partial, 0 not relevant, None not seen by the grader or the
goal ungraded) and whether today's chain places it. benchmarks/train_slot_fit.py trains and evaluates on the file.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from draft_shape import _graded_key, tenders  # noqa: E402
from evidence_why import goals_of  # noqa: E402
from retrieval import demo_db  # noqa: E402

from knowledge_base.embeddings import get_embedder  # noqa: E402
from proposal_builder.matching import TOP_HITS, fetch_records, match_tender_goals, pick_evidence  # noqa: E402
from proposal_builder.matching.audience import tender_families  # noqa: E402
from proposal_builder.matching.fit import FIT_TOP, fits_from_hits  # noqa: E402
from proposal_builder.matching import slot_fit  # noqa: E402
from proposal_builder.matching.slot_fit import pair_features  # noqa: E402
from proposal_builder.tender import Goal  # noqa: E402


def grade_of(ref: str, grade: dict | None) -> int | None:
    if grade is None:
        return None
    if ref in grade["relevant"]:
        return 2
    if ref in grade.get("partial", []):
        return 1
    return None if "seen" in grade and ref not in grade["seen"] else 0


def devset_rows(db, embedder, number: int) -> list[dict]:
    """The pairs of a round's retrieval dev set: its graded goals and its goals the knowledge base does not cover."""
    devset = json.loads((HERE / "retrieval" / f"blind{number}_devset.json").read_text(encoding="utf-8"))
    items = [(g, g.get("relevant") or {}) for g in devset["goals"]] + [(g, {}) for g in devset["unrelated"]]
    goals = [Goal(g["text"], kind=g.get("kind") or "effect",
                  attributes={k: v for k, v in (("doelgroep", g.get("target_group")), ("plaats", g.get("place"))) if v})
             for g, _ in items]
    hits = match_tender_goals(db, goals, embedder, FIT_TOP)
    records = fetch_records(db, (h.ref for goal_hits in hits for h in goal_hits))
    tender = tender_families(goals[:len(devset["goals"])])
    rows = []
    for index, (goal, goal_hits, (_, graded)) in enumerate(zip(goals, hits, items)):
        for rank, hit in enumerate(goal_hits):
            rows.append({"round": number, "tender": "devset", "goal": index, "ref": hit.ref, "type": hit.type,
                         "rank": rank, "graded_goal": True, "answerable": any(v == 2 for v in graded.values()),
                         "doubt": "",
                         "grade": graded.get(hit.ref, 0), "placed": hit.ref in pick_evidence(goal_hits[:TOP_HITS], records, goal),
                         "features": pair_features(goal, goal_hits, rank, records, tender)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--round", type=int, action="append", default=[])
    parser.add_argument("--devset", action="store_true", help="the retrieval dev sets' goals instead of the drafts'")
    args = parser.parse_args()
    embedder = get_embedder()
    slot_fit.ENABLED = False  # `placed`: what the hand rules place
    rows = []
    for number in args.round or range(3, 18):
        db = demo_db(embedder, HERE / "retrieval" / f"blind{number}_kb.json")
        grades = json.loads((HERE / "draft_quality" / f"blind_grades_draft{number}.json").read_text())["tenders"]
        if args.devset:
            rows += devset_rows(db, embedder, number)
            print(f"round {number}: {len(rows)} pairs so far", flush=True)
            continue
        for name, path, _ in tenders([f"blind_draft{number}"]):
            goals = goals_of(path)
            hits = match_tender_goals(db, goals, embedder, FIT_TOP)
            records = fetch_records(db, (h.ref for goal_hits in hits for h in goal_hits))
            fits = fits_from_hits(hits, records, goals)
            tender = tender_families(goals)
            graded = {_graded_key(g["goal"]): g for g in grades.get(name, [])}
            for index, (goal, goal_hits) in enumerate(zip(goals, hits)):
                grade = graded.get(_graded_key(goal.text))
                placed = [r for r in pick_evidence(goal_hits[:TOP_HITS], records, goal) if r in fits[index + 1]]
                for rank, hit in enumerate(goal_hits):
                    rows.append({"round": number, "tender": name, "goal": index, "ref": hit.ref, "type": hit.type,
                                 "rank": rank, "graded_goal": grade is not None,
                                 "answerable": bool(grade and grade["relevant"]),
                                 "grade": grade_of(hit.ref, grade), "placed": hit.ref in placed, "doubt": goal.doubt,
                                 "features": pair_features(goal, goal_hits, rank, records, tender)})
        print(f"round {number}: {len(rows)} pairs so far", flush=True)
    args.out.write_text(json.dumps(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
