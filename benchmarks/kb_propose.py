"""How well `kb propose` turns documents into records, and how fast.

Per document of a set (benchmarks/kb_intake/<set>/documents/*.txt in the goal-extraction markup,
rendered to the format its gold names with benchmarks/goal_extraction/generate.py) and overall:
- projects: recall and precision, a proposed project matching a gold one by title similarity;
- figures: of the gold results, the share found with the right project and the same value;
  beside it the figures proposed on matched projects that gold does not have (false figures);
- methods: recall, and of the found ones the share with the gold recognition level;
- non-record chapters proposed: candidates whose title or source is a gold non-record chapter (a
  candidate matching a gold record of its type is not counted: a method named first in a plan chapter);
- seconds per document (reading included), and a 30-page report made by repeating a document's
  sections (--long NAME, default the longest of the set).

Run: python benchmarks/kb_propose.py [--set blind1|dev1|dev2|dev3|dev4] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "goal_extraction"))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402  (the markup renderer)

from proposal_builder.record_proposals import propose_blocks  # noqa: E402
from proposal_builder.record_proposals.names import normal, same_name  # noqa: E402
from proposal_builder.tender.reading import read_tender  # noqa: E402

BUILDERS = {"docx": generate.build_docx, "pdf": generate.build_pdf, "txt": generate.build_txt}


def render(source: Path, fmt: str, folder: Path, repeat: int = 1) -> Path:
    """The markup document rendered to `fmt` in `folder`."""
    elements = generate.parse(source.read_text(encoding="utf-8"))
    path = folder / f"{source.stem}{'_x' + str(repeat) if repeat > 1 else ''}.{fmt}"
    if repeat > 1:
        {"docx": generate.build_docx, "pdf": generate.build_pdf}[fmt](elements, path, repeat)
    elif fmt == "txt" and source.read_text(encoding="utf-8").startswith("%% verbatim"):
        path.write_text(source.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    else:
        BUILDERS[fmt](elements, path)
    return path


def value_key(value: str, unit: str = "") -> str:
    """A figure compared: without spaces, currency and percent signs."""
    return re.sub(r"[\s€%]|procent", "", f"{value}".lower())


def _title_match(a: str, b: str) -> bool:
    return same_name(a, b) or SequenceMatcher(None, normal(a), normal(b)).ratio() >= 0.75


def score(gold: dict, proposal, seconds: float) -> dict:
    """The figures of one document."""
    records = proposal.records()
    found_projects = [r for r in records if r["type"] == "project"]
    gold_projects = [r for r in gold["records"] if r["type"] == "project"]
    pairs, used = {}, set()
    for g in gold_projects:
        match = next((i for i, p in enumerate(found_projects) if i not in used and _title_match(g["title"], p["title"])), None)
        if match is not None:
            used.add(match)
            pairs[g["title"]] = found_projects[match]
    gold_figures = right = false = 0
    missed, extra = [], []
    for g in gold_projects:
        proposed = pairs.get(g["title"])
        keys = [value_key(r["value"]) for r in (proposed or {}).get("results", [])]
        gold_keys = [value_key(r["value"]) for r in g.get("results", [])]
        for result in g.get("results", []):
            gold_figures += 1
            if value_key(result["value"]) in keys:
                right += 1
            else:
                missed.append(f"{g['title']}: {result['value']} {result['unit']} {result['indicator']}")
        for r in (proposed or {}).get("results", []):
            if value_key(r["value"]) not in gold_keys:
                false += 1
                extra.append(f"{g['title']}: {r['value']} {r['unit']} {r['indicator'][:60]}")
    gold_methods = [r for r in gold["records"] if r["type"] == "method"]
    found_methods = [r for r in records if r["type"] == "method"]
    method_hits = [(g, next((m for m in found_methods if _title_match(g["title"], m["title"])), None)) for g in gold_methods]
    levels_right = sum(1 for g, m in method_hits if m and m["evidence_level"] == g.get("evidence_level", ""))
    chapters = [normal(c) for c in gold.get("non_record_chapters", [])]
    # a candidate that is a gold record (a method first named in a plan chapter) is no non-record candidate
    non_record = [c.record["title"] for c in proposal.candidates
                  if any(ch and (normal(c.record["title"]) == ch or ch in normal(c.source)) for ch in chapters)
                  and not any(g["type"] == c.record["type"] and _title_match(g["title"], c.record["title"])
                              for g in gold["records"])]
    return {"projects_gold": len(gold_projects), "projects_found": len(found_projects), "projects_right": len(pairs),
            "figures_gold": gold_figures, "figures_right": right, "figures_false": false,
            "methods_gold": len(gold_methods), "methods_found": sum(1 for _, m in method_hits if m),
            "methods_proposed": len(found_methods), "levels_right": levels_right, "non_record": len(non_record),
            "seconds": seconds, "missed_projects": [g["title"] for g in gold_projects if g["title"] not in pairs],
            "extra_projects": [p["title"] for i, p in enumerate(found_projects) if i not in used],
            "missed_methods": [g["title"] for g, m in method_hits if not m],
            "extra_methods": [m["title"] for m in found_methods if not any(_title_match(g["title"], m["title"]) for g in gold_methods)],
            "missed_figures": missed, "false_figures": extra, "non_record_titles": non_record}


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    –"


def line(name: str, s: dict) -> str:
    """One row of the report."""
    return (f"{name[:42]:42} projects R {_share(s['projects_right'], s['projects_gold'])} "
            f"P {_share(s['projects_right'], s['projects_found'])}  figures {_share(s['figures_right'], s['figures_gold'])} "
            f"({s['figures_right']}/{s['figures_gold']}, {s['figures_false']} false)  methods "
            f"{s['methods_found']}/{s['methods_gold']} lvl {s['levels_right']}  non-record {s['non_record']}  "
            f"{s['seconds']:.2f} s")


def run_document(source: Path, gold: dict, folder: Path) -> tuple[dict, object]:
    """Render, read and propose one document; score it."""
    path = render(source, gold["format"], folder)
    started = time.perf_counter()
    blocks = read_tender(path.read_bytes(), path.name)
    proposal = propose_blocks(blocks, path.name)
    return score(gold, proposal, time.perf_counter() - started), proposal


def long_report(source: Path, folder: Path, pages: int = 30) -> tuple[int, float]:
    """Seconds to propose a report of about `pages` pages (a PDF repeating the document's sections)."""
    from pypdf import PdfReader

    repeat, path = 1, None
    for repeat in range(2, 40):
        path = render(source, "pdf", folder, repeat)
        if len(PdfReader(str(path)).pages) >= pages:
            break
    started = time.perf_counter()
    propose_blocks(read_tender(path.read_bytes(), path.name), path.name)
    return len(PdfReader(str(path)).pages), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="blind1")
    parser.add_argument("--verbose", action="store_true", help="list what was missed and what was extra")
    parser.add_argument("--long", default="", help="document to repeat into a 30-page report")
    args = parser.parse_args()
    root = HERE / "kb_intake" / args.set
    total: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in sorted((root / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            figures, _ = run_document(root / "documents" / f"{gold_path.stem}.txt", gold, Path(tmp))
            print(line(gold_path.stem, figures))
            if args.verbose:
                for key in ("missed_projects", "extra_projects", "missed_methods", "extra_methods",
                            "missed_figures", "false_figures", "non_record_titles"):
                    for item in figures[key]:
                        print(f"    {key}: {item}")
            for key, value in figures.items():
                if isinstance(value, (int, float)):
                    total[key] = total.get(key, 0) + value
        print(line("OVERALL", total))
        documents = sorted((root / "documents").glob("*.txt"), key=lambda p: p.stat().st_size)
        source = root / "documents" / f"{args.long}.txt" if args.long else documents[-1]
        pages, seconds = long_report(source, Path(tmp))
        print(f"long report: {pages} pages (PDF, {source.stem} repeated) proposed in {seconds:.2f} s")


if __name__ == "__main__":
    main()
