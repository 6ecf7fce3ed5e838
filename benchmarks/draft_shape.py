"""Unattended drafts read the way an assessor reads them: the issue-11 targets per tender and in all.

Run: python benchmarks/draft_shape.py [--set NAME ...] [--kb FILE] [--library FILE] [--grades FILE] [--keep] [--pairs FILE]
For each tender of the goal-extraction sets (default: the dev set; `--set blind5` etc. for others)
the whole chain runs as `proposal-builder draft FILE` does, against the demo knowledge base or the
one in `--kb`. Printed per tender and in all: goals with a section of their own; goals with placed
evidence graded directly relevant and placed records graded off-topic (grades: a JSON file of
{"tenders": {name: [{"goal", "relevant": [refs], "partial": [refs]}]}}; records placed under a goal
without a grade are listed with --pairs FILE, to be graded blind; a grade's "seen" list, where given, holds
the records its grader saw, and a placed record outside it counts as ungraded, not off-topic); repeated paragraphs; the share
of body words in sentences copied verbatim from the records; quality criteria without a chapter;
tender targets not restated in their goal's own section; pages against the limit (LibreOffice); CPU-seconds for the draft without
LibreOffice's count; places left to fill, in all and per route. `--library FILE` adds an answer library (profile,
proofs, texts; e.g. knowledge_base/demo/demo_library.json) to the knowledge base, as an organisation that filled
its profile once has it. --keep writes the drafts to benchmarks/out/. Prints, never asserts.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE / "goal_extraction"), str(HERE)]

import generate  # noqa: E402
from retrieval import demo_db  # noqa: E402

from knowledge_base.embeddings import get_embedder  # noqa: E402
from proposal_builder import pipeline  # noqa: E402
from proposal_builder.drafting import plan  # noqa: E402
from proposal_builder.drafting.checks import (body_paragraphs, goal_sections, repeated_paragraphs, table_labels,  # noqa: E402
                                              target_restated)
from proposal_builder.drafting.document import Heading, PLACEHOLDER_TEXT  # noqa: E402
from proposal_builder.drafting.fitting import limits_set  # noqa: E402
from proposal_builder.drafting.goal_section import goal_heading  # noqa: E402

OUT = HERE / "out"
DEMO_KB = HERE.parent / "knowledge_base" / "demo" / "demo_kb.json"
ORGANISATION = "Stichting Welzijn De Brug"
COPY_WORDS = 6  # a sentence this long found verbatim in a record counts as copied
SENTENCE = re.compile(r"(?<=[.!?])\s+")
RECORD_TEXT_FIELDS = ("summary", "story", "title", "target_group", "indicator")


def tenders(names: list[str]) -> list[tuple[str, Path, dict]]:
    """(name, built file, gold spec) of every tender of the named sets ("dev": the dev set)."""
    found = []
    for name in names:
        root = HERE / "goal_extraction" if name == "dev" else HERE / "goal_extraction" / name
        for gold in sorted((root / "gold").glob("*.json")):
            spec = json.loads(gold.read_text(encoding="utf-8"))
            if spec.get("split") == "held-out":
                continue
            found.append((gold.stem, generate.build(gold.stem, spec["format"], root), spec))
    return found


def normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def copied_share(paragraphs: list[tuple[str, str]], records: list[dict]) -> tuple[int, int]:
    """(words in body sentences copied verbatim from a record, all body words)."""
    sources = [normal(str(r.get(f) or "")) for r in records for f in RECORD_TEXT_FIELDS]
    copied = total = 0
    for text, style in paragraphs:
        if style.startswith(("Heading", "Title")) or text.startswith(PLACEHOLDER_TEXT):
            continue
        for sentence in SENTENCE.split(text):
            words = normal(sentence)
            count = len(words.split())
            total += count
            if count >= COPY_WORDS and any(words in source for source in sources):
                copied += count
    return copied, total


def placed(checked) -> list[tuple[str, list[str]]]:
    """Per goal its heading and the refs placed in its section: the records the draft cites there, and
    its chosen records the section names by title, as when it refers back ("Daarbij bouwen wij ook
    voort op X (zie paragraaf 1.2)")."""
    sections, texts, current = {}, {}, None
    headings = {goal_heading(g): g for g in checked.request.goals}
    for block in checked.draft.outline.blocks:
        if isinstance(block, Heading) and block.level <= 2:
            current = block.text if block.level == 2 and block.text in headings else None
            if current:
                sections.setdefault(current, [])
        elif current is not None and hasattr(block, "runs"):
            texts[current] = texts.get(current, "") + " " + "".join(r.text for r in block.runs)
            refs = re.findall(r"\b[A-Z]{1,3}-?[A-Z]?\d{2,3}\b", " ".join(r.text for r in block.runs if r.mark == "source"))
            sections[current] += [ref for ref in refs if ref in checked.request.records and ref not in sections[current]]
    for heading, goal in headings.items():
        named = [ref for ref in goal.evidence if ref in checked.request.records and ref not in sections.get(heading, [])
                 and str(checked.request.records[ref].get("title") or "\0") in texts.get(heading, "")]
        sections.setdefault(heading, []).extend(named)
    return [(goal.text, sections.get(goal_heading(goal), [])) for goal in checked.request.goals]


def score(name: str, spec: dict, checked, seconds: float, grades: dict, pairs: list) -> dict:
    """The issue-11 figures of one draft."""
    paragraphs = body_paragraphs(checked.docx)
    report, request = checked.report, checked.request
    # a criterion named in lower case in the tender's running list heads its chapter with a capital, after the
    # tender's code where it codes its criteria (plan.py): compared without code, numbering or a loose dash
    chapters = {_bare(b.text) for b in checked.draft.outline.blocks if isinstance(b, Heading) and b.level == 1}
    quality = [c.name for c in request.tender.criteria if c.kind == "quality"]
    graded = {_graded_key(g["goal"]): g for g in grades.get(name, [])}
    goals = placed(checked)
    sections = goal_sections(paragraphs, request)
    row = {"goals": len(goals), "no_section": len(report.missing_goals), "repeats": len(repeated_paragraphs(paragraphs, table_labels(checked.draft))),
           "criteria": len(quality), "criteria_missing": sum(_bare(c) not in chapters for c in quality),
           "targets": sum(bool(g.target) for g in request.goals),
           # in its goal's own section; inside a sentence it starts in lower case ("streefwaarde: minimaal 250 …")
           "targets_missing": sum(bool(g.target) and not target_restated(g, sections) for g in request.goals),
           "pages": report.pages or 0, "limit": request.page_limit or 0,
           # over the whole's limit, or a chapter (criterion or lot) over its own
           "over": int(bool(request.page_limit and (report.pages or 0) > request.page_limit)
                       or any(used > budget for used, budget in report.chapter_pages.values())),
           "seconds": seconds, "placeholders": report.placeholders, "graded_goals": 0,
           # places fixed once in the organisation profile or the answer library, for every draft after
           "once": sum(place.kind in ("profile", "proof", "text") for place in report.places), "relevant_goals": 0,
           "placed": 0, "off_topic": 0, "ungraded": 0, "answerable": 0, "relevant_placed": 0}
    row["copied"], row["words"] = copied_share(paragraphs, list(request.records.values()))
    for goal, refs in goals:
        grade = graded.get(_graded_key(goal))
        # A grade lists what the grader saw ("seen"; all records when absent): a placed record not seen is ungraded.
        unseen = [r for r in refs if grade is not None and "seen" in grade and r not in grade["seen"]]
        if grade is None or unseen:
            pairs.append({"tender": name, "goal": goal,
                          "placed": [_record(request.records[r]) for r in (refs if grade is None else unseen)]})
        if grade is None:
            continue
        row["graded_goals"] += 1
        row["answerable"] += bool(grade["relevant"])
        row["relevant_goals"] += bool(set(refs) & set(grade["relevant"]))
        row["placed"] += len(refs) - len(unseen)
        row["ungraded"] += len(unseen)
        row["relevant_placed"] += sum(r in grade["relevant"] for r in refs if r not in unseen)
        row["off_topic"] += sum(r not in grade["relevant"] and r not in grade.get("partial", []) for r in refs
                                if r not in unseen)
    return row


# A goal's own code before its words ("A1. Oudere inwoners …", "2) …", "B1 – Ouders …"): the grades hold the words alone.
GOAL_CODE = re.compile(r"^\s*(?:[A-Z]{1,2}\d{0,2}|\d{1,2}(?:\.\d{1,2})?)(?:[.):]|\s+[–—-])\s+(?=\S)")


def _bare(title: str) -> str:
    """A criterion's name or chapter title without its code, numbering or a loose dash at the end."""
    title = plan.LOOSE_END.sub("", title.strip())
    return plan.NAME_NUMBER.sub("", plan.NAME_CODE.sub("", title)).casefold()


def _graded_key(goal: str) -> str:
    """The goal's words as a grade names them: without its code or a closing full stop."""
    return GOAL_CODE.sub("", goal.strip()).rstrip(". ")


def _record(record: dict) -> dict:
    return {k: record.get(k) for k in ("ref", "type", "title", "summary", "target_group", "municipality", "indicator",
                                       "value", "unit") if record.get(k)}


def run(db, embedder, name: str, path: Path) -> tuple[object, float]:
    """The unattended chain on one tender file; CPU-seconds without LibreOffice's page count."""
    started = time.process_time()  # CPU-seconds of this process (all its threads): wall time lies on a busy machine
    _, checked = pipeline.unattended_draft(db, path.read_bytes(), path.name, embedder, ORGANISATION, soffice="")
    seconds = time.process_time() - started
    if limits_set(checked.request):  # count the pages as the director sees them
        _, checked = pipeline.unattended_draft(db, path.read_bytes(), path.name, embedder, ORGANISATION)
    return checked, seconds


def with_library(kb: Path | None, library: Path) -> Path:
    """A knowledge-base file of the records of `kb` (the demo's when None) and the library's, cached apart."""
    evidence = json.loads((kb or DEMO_KB).read_text(encoding="utf-8"))
    both = OUT / f"{(kb or DEMO_KB).stem}+{library.stem}.json"
    both.write_text(json.dumps(evidence + json.loads(library.read_text(encoding="utf-8")), ensure_ascii=False),
                    encoding="utf-8")
    return both


def show(name: str, row: dict) -> None:
    share = row["copied"] / max(row["words"], 1)
    print(f"{name[:34]:34} {row['goals']:5} {row['no_section']:7} {row['relevant_goals']:3}/{row['graded_goals']:<3} "
          f"{row['off_topic']:3}/{row['placed']:<4} {row['repeats']:7} {share:6.0%} {row['criteria_missing']:3}/{row['criteria']:<3}"
          f" {row['targets_missing']:3}/{row['targets']:<3} {row['pages']:3}/{row['limit'] or '-':<3}{'!' if row['over'] else ' '}"
          f"{row['placeholders']:5} {row['seconds']:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME", help="a goal-extraction set (default dev)")
    parser.add_argument("--kb", type=Path, help="knowledge-base JSON (default: the demo knowledge base)")
    parser.add_argument("--library", type=Path, help="answer-library JSON added to the knowledge base")
    parser.add_argument("--grades", type=Path, default=HERE / "draft_quality" / "shape_grades.json")
    parser.add_argument("--pairs", type=Path, help="write the ungraded (goal, placed records) pairs here")
    parser.add_argument("--keep", action="store_true", help="write each draft to benchmarks/out/")
    args = parser.parse_args()
    generate.BUILD.mkdir(exist_ok=True)
    OUT.mkdir(exist_ok=True)
    grades = json.loads(args.grades.read_text(encoding="utf-8"))["tenders"] if args.grades.exists() else {}
    embedder = get_embedder()
    db = demo_db(embedder, with_library(args.kb, args.library) if args.library else args.kb)
    print(f"{'tender':34} {'goals':>5} {'no sect':>7} {'relevant':>7} {'off-topic':>8} {'repeats':>7} {'copied':>6}"
          f" {'crit. no ch.':>7} {'targets lost':>7} {'pages':>7} {'to fill':>5} {'cpu s':>6}")
    rows, pairs, routes = [], [], {}
    for name, path, spec in tenders(args.set or ["dev"]):
        checked, seconds = run(db, embedder, name, path)
        if args.keep:
            (OUT / f"shape_{name}.docx").write_bytes(checked.docx)
        rows.append(score(name, spec, checked, seconds, grades, pairs))
        routes.setdefault(spec.get("route") or "-", []).append(rows[-1]["placeholders"])
        show(name, rows[-1])
    total = {key: sum(r[key] for r in rows) for key in rows[0]}
    show("overall", {**total, "seconds": max(r["seconds"] for r in rows)})
    print(f"goals with relevant evidence {total['relevant_goals'] / max(total['graded_goals'], 1):.0%} of graded, "
          f"{total['relevant_goals']}/{total['answerable']} of those the knowledge base holds relevant evidence for; "
          f"relevant records placed {total['relevant_placed']}; "
          f"off-topic {total['off_topic'] / max(total['placed'], 1):.0%} of graded placed ({total['ungraded']} placed "
          f"records ungraded); copied "
          f"{total['copied'] / max(total['words'], 1):.0%} of body words; drafts over their page limit: {total['over']}")
    print("places to fill per route: " + "; ".join(f"{route} {sum(n)} in {len(n)} drafts"
                                                   for route, n in sorted(routes.items()))
          + f"; {total['once']} of all fixed once in the organisation profile or the answer library")
    if args.pairs:
        args.pairs.write_text(json.dumps({"pairs": pairs}, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(pairs)} goals with ungraded placed records written to {args.pairs}")


if __name__ == "__main__":
    main()
