"""What a learned reader of table columns could gain at most, per fact kind: the facts the rules get wrong whose gold
value stands in a table cell as the tender is read.

Run: python benchmarks/table_reader_ceiling.py [--set NAME ...]   (default: goal_extraction/gold and every set in
requirement_model.DEV_SETS)

A column-role model (criterion name / weight / page limit / goals / indicator / target, learned from header words and
cell shapes) can only help where the value it should pick is in a cell of a table row the reader produced. Per kind
this prints: right by the rules, wrong but the gold value is in a cell (of the criterion's or goal's own row where one
is found, else of any row: the ceiling), and the total. Criteria are matched by name (token F1 >= 0.6, as
benchmarks/fact_kinds.py); a missed criterion counts as in a cell when its name is a cell.

Figures, 2026-12-07, goal_extraction/gold and the 21 dev sets on the relabelled gold (CONVENTIONS.md), as
right / wrong but in a cell / total: criterion name 380 / 1 / 397; weight 380 / 0 / 380 and page limit 378 / 0 / 380
of the criteria found; criterion goals 252 / 4 / 277 (after the lettered goals column; 250 / 6 before); indicator
268 / 3 / 298; target 301 / 7 / 342 (goals with a gold value).
At most 15 facts of ~1,700 of these kinds: the rules read the tables they are given. What is left is reading (a PDF
table whose rows are merged, blind_facts10 Wierumerveld), prose, goals not found, and gold conventions; so no
column-role model was built (issue 10, helper 60).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE / "goal_extraction"), str(HERE)]

import generate  # noqa: E402
from fact_kinds import MATCH_F1, match, same_weight, token_f1  # noqa: E402
from goal_extraction import analyse  # noqa: E402
from requirement_model import DEV_SETS  # noqa: E402

ROOT = HERE / "goal_extraction"
SETS = ("gold", *DEV_SETS)  # "gold": the first dev set, benchmarks/goal_extraction/gold
# A cell naming goals: "A, B en C", "1 t/m 3", "doelen 2 en 4", "Resultaat 1.2"
GOAL_CELL = re.compile(r"\b(?:doel\w*|resultaat\w*|effect\w*)\b|^\s*[A-Z0-9](?:\s*(?:,|en|t/m|tot en met|-|–)\s*[A-Z0-9])*\s*$",
                       re.IGNORECASE)


def _in_cells(value, rows) -> bool:
    return bool(value) and any(token_f1(value, cell) >= MATCH_F1 for row in rows for cell in row.cells)


def _own_rows(name: str, rows) -> list:
    """The table rows that hold `name` (a criterion's name or a goal's text) in a cell."""
    return [row for row in rows if any(token_f1(name, cell) >= MATCH_F1 for cell in row.cells)]


def tender_ceiling(spec: dict, analysis) -> dict[str, list[int]]:
    """Per kind [right, wrong but in a cell, total] for one tender."""
    rows = [block for block in analysis.blocks if block.cells]
    counts: dict[str, list[int]] = {}

    def add(kind: str, right: bool, in_cell: bool) -> None:
        counts.setdefault(kind, [0, 0, 0])
        counts[kind] = [a + b for a, b in zip(counts[kind], (int(right), int(not right and in_cell), 1))]

    gold_criteria = spec.get("criteria", [])
    pairs = dict(match([c["name"] for c in gold_criteria], [c.name for c in analysis.criteria]))
    for i, gold in enumerate(gold_criteria):
        add("criterion name", i in pairs, _in_cells(gold["name"], rows))
        if i not in pairs:
            continue
        found, own = analysis.criteria[pairs[i]], _own_rows(gold["name"], rows)
        add("criterion weight", same_weight(gold["weight"], found.weight), _in_cells(gold["weight"], own))
        add("criterion page limit", gold.get("page_limit") == found.page_limit,
            any(str(gold.get("page_limit")) in cell for row in own for cell in row.cells) if gold.get("page_limit") else False)
        if "goals" in gold:
            add("criterion goals", sorted(gold["goals"] or []) == sorted(found.goals or []),
                any(GOAL_CELL.search(cell) for row in own for cell in row.cells[1:]))
    goals = dict(match([g["text"] for g in spec.get("goals", [])], [g.text for g in analysis.goals]))
    for i, gold in enumerate(spec.get("goals", [])):
        for key in ("indicator", "target"):
            if not gold.get(key):
                continue
            found = getattr(analysis.goals[goals[i]], key, "") if i in goals else ""
            own = _own_rows(gold["text"], rows) or rows
            add(key, bool(found) and token_f1(gold[key], found) >= MATCH_F1, _in_cells(gold[key], own))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], help="set(s) to read (default: the gold folder and DEV_SETS)")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for name in args.set or SETS:
        root = ROOT if name == "gold" else ROOT / name
        for gold_file in sorted((root / "gold").glob("*.json")):
            spec = json.loads(gold_file.read_text(encoding="utf-8"))
            if spec.get("split") == "held-out":
                continue
            analysis = analyse(spec, generate.build(gold_file.stem, spec["format"], root))
            for kind, values in tender_ceiling(spec, analysis).items():
                totals[kind] = [a + b for a, b in zip(totals.get(kind, [0, 0, 0]), values)]
    print(f"{'kind':22} {'right':>6} {'in cell':>8} {'total':>6}")
    for kind, (right, in_cell, total) in totals.items():
        print(f"{kind:22} {right:6} {in_cell:8} {total:6}")


if __name__ == "__main__":
    main()
