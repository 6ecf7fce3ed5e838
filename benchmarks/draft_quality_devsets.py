"""Unattended evidence picking on the retrieval dev sets: the demo KB and the unseen KB.

Run: python benchmarks/draft_quality_devsets.py   (or python benchmarks/draft_quality.py --devsets)
For each dev-set goal `pick_evidence` picks from the goal's matches as `proposal-builder draft`
does; printed per knowledge base: goals with a picked record graded 2 (directly relevant), the
share of picked records graded 2 (and graded at all), and how many of the dev set's unrelated
goals got any evidence (they should get none). A check that the picking rule, tuned on the demo
tenders, carries over to a knowledge base it has not seen. Prints, never asserts.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from retrieval import DEVSET, MemoEmbedder, demo_db  # noqa: E402

from knowledge_base.embeddings import get_embedder  # noqa: E402
from proposal_builder.matching import TOP_HITS, fetch_records, pick_evidence  # noqa: E402
from knowledge_base.search import match_goals  # noqa: E402

UNSEEN = (HERE / "retrieval" / "unseen_kb.json", HERE / "retrieval" / "unseen_devset.json")


def picking(db, embedder, devset: Path) -> dict[str, int]:
    """Counts of picked evidence against the dev set's grades."""
    data = json.loads(devset.read_text())
    goals, unrelated = data["goals"], data.get("unrelated", [])
    hits = match_goals(db, [g["text"] for g in goals] + unrelated, embedder, top=TOP_HITS)
    records = fetch_records(db, (hit.ref for found in hits for hit in found))
    picks = [pick_evidence(found, records) for found in hits]
    graded = [(g["relevant"], refs) for g, refs in zip(goals, picks)]
    return {"goals": len(goals), "covered": sum(any(rel.get(r) == 2 for r in refs) for rel, refs in graded),
            "picked": sum(len(refs) for _, refs in graded),
            "direct": sum(rel.get(r) == 2 for rel, refs in graded for r in refs),
            "graded": sum(r in rel for rel, refs in graded for r in refs),
            "unrelated": len(unrelated), "unrelated_picked": sum(bool(refs) for refs in picks[len(goals):])}


def run_devsets() -> None:
    """Print the picking figures on the demo KB's and the unseen KB's dev sets."""
    embedder = MemoEmbedder(get_embedder())
    for label, kb, devset in (("demo KB", None, DEVSET), ("unseen KB", *UNSEEN)):
        c = picking(demo_db(embedder, kb), embedder, devset)
        print(f"picking on the {label} dev set: {c['covered']}/{c['goals']} goals with a directly relevant "
              f"pick ({c['covered'] / c['goals']:.0%}); {c['direct']}/{c['picked']} picked records graded 2 "
              f"({c['direct'] / max(c['picked'], 1):.0%}), {c['graded']} graded 1 or 2; unrelated goals "
              f"with evidence: {c['unrelated_picked']}/{c['unrelated']}")


if __name__ == "__main__":
    run_devsets()
