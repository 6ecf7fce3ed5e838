"""Validate the demo knowledge base and the retrieval dev set; print their counts.

Usage: python benchmarks/retrieval/check_devset.py
Exits with status 1 and lists the problems when either file is inconsistent.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KB_PATH = ROOT / "knowledge_base" / "demo" / "demo_kb.json"
DEVSET_PATH = Path(__file__).with_name("devset.json")

TYPES = {"project", "method", "result"}
EVIDENCE_LEVELS = {
    "", "goed beschreven", "goed onderbouwd", "effectief", "effectief - eerste aanwijzingen",
    "effectief - goede aanwijzingen", "effectief - sterke aanwijzingen",
}
REQUIRED = {
    "project": ["municipality", "period", "target_group", "themes", "partners", "methods", "results"],
    "method": ["evidence_level", "databank", "recognised_on", "target_group", "themes"],
    "result": ["project", "indicator", "value", "unit", "period", "story", "consent", "pseudonymised"],
}


def check_record(rec: dict, by_ref: dict) -> list[str]:
    """Problems with one knowledge-base record, given all records by ref."""
    ref, kind = rec.get("id", "?"), rec.get("type")
    if kind not in TYPES:
        return [f"{ref}: unknown type {kind!r}"]
    problems = [f"{ref}: missing {f}" for f in ["title", "summary", *REQUIRED[kind]] if f not in rec]
    if kind == "method":
        if rec.get("evidence_level") not in EVIDENCE_LEVELS:
            problems.append(f"{ref}: invalid evidence level {rec.get('evidence_level')!r}")
        if rec.get("recognised_on") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["recognised_on"]):
            problems.append(f"{ref}: recognised_on is not an ISO date")
    if kind == "project":
        problems += [f"{ref}: method {m} does not exist" for m in rec.get("methods", [])
                     if by_ref.get(m, {}).get("type") != "method"]
        problems += [f"{ref}: inline result lacks {k}" for r in rec.get("results", [])
                     for k in ("indicator", "value", "unit", "story") if k not in r]
    if kind == "result":
        if by_ref.get(rec.get("project"), {}).get("type") != "project":
            problems.append(f"{ref}: project {rec.get('project')!r} does not exist")
        if not isinstance(rec.get("consent"), bool) or not isinstance(rec.get("pseudonymised"), bool):
            problems.append(f"{ref}: consent and pseudonymised must be booleans")
    return problems


def check_kb(records: list[dict]) -> list[str]:
    """Problems across the knowledge base: duplicate refs and per-record issues."""
    refs = Counter(r.get("id") for r in records)
    problems = [f"duplicate ref {ref}" for ref, n in refs.items() if n > 1]
    by_ref = {r.get("id"): r for r in records}
    for rec in records:
        problems += check_record(rec, by_ref)
    return problems


def check_devset(devset: dict, refs: set[str]) -> list[str]:
    """Problems in the dev set: unknown refs, bad grades, duplicate goal ids."""
    goals = devset.get("goals", [])
    ids = Counter(g.get("id") for g in goals)
    problems = [f"duplicate goal id {gid}" for gid, n in ids.items() if n > 1]
    for goal in goals:
        if not goal.get("text", "").strip() or not goal.get("relevant"):
            problems.append(f"{goal.get('id')}: empty text or no relevant records")
        for ref, grade in goal.get("relevant", {}).items():
            if ref not in refs:
                problems.append(f"{goal['id']}: unknown ref {ref}")
            if grade not in (1, 2):
                problems.append(f"{goal['id']}: grade for {ref} must be 1 or 2")
    return problems


def print_counts(records: list[dict], devset: dict) -> None:
    """Print records per type, theme, municipality and evidence level, and dev-set sizes."""
    print("records:", len(records), dict(Counter(r["type"] for r in records)))
    print("themes:", dict(Counter(t for r in records for t in r.get("themes", [])).most_common()))
    print("municipalities:", dict(Counter(r["municipality"] for r in records if r.get("municipality"))))
    print("evidence levels:", dict(Counter(r["evidence_level"] for r in records if r["type"] == "method")))
    results = [r for r in records if r["type"] == "result"]
    print("results without consent:", [r["id"] for r in results if not r["consent"]],
          "| not pseudonymised:", [r["id"] for r in results if not r["pseudonymised"]],
          "| inline results:", sum(len(r.get("results", [])) for r in records))
    sizes = [len(g["relevant"]) for g in devset["goals"]]
    print(f"goals: {len(sizes)}, graded per goal min {min(sizes)} / mean {sum(sizes) / len(sizes):.1f}"
          f" / max {max(sizes)}, grade-2 judgements: "
          f"{sum(v == 2 for g in devset['goals'] for v in g['relevant'].values())}")


def main() -> int:
    """Validate both files, print counts, return the exit status."""
    records = json.loads(KB_PATH.read_text(encoding="utf-8"))
    devset = json.loads(DEVSET_PATH.read_text(encoding="utf-8"))
    problems = check_kb(records) + check_devset(devset, {r.get("id") for r in records})
    print_counts(records, devset)
    for problem in problems:
        print("PROBLEM:", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
