"""Column roles of criteria tables (proposal_builder/tender/extraction/criterion_columns.py) against the gold criteria.

Run: PYTHONPATH=. python benchmarks/criterion_columns.py [--set NAME ...] [--verbose]
(no --set: every set folder under benchmarks/goal_extraction/). Prints one line per set and the sum; asserts nothing.

Every table in a tender whose rows name at least two gold criteria is a criteria table. The gold fixes the role of the
columns it can: the column whose cells are the gold names is `name`; the one whose numbers are the gold weights
`weight`; the one whose numbers are the gold page limits `page_limit`; the one whose numbers are the gold goals
`goals`; a text column left of the name column that names none of the criteria (or names a row's criterion only where
that row is a group of its own, "Prijs | P | Prijs") is `grouping`. Columns the gold does not fix (codes, descriptions)
are not scored. The classifier fits no parameters, so this is its figure on every set alike: a leave-one-set-out
figure of a rule set equals its plain accuracy.
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent / "goal_extraction"
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from fact_kinds import token_f1  # noqa: E402

from proposal_builder.tender import analyse_tender, analyse_text  # noqa: E402
from proposal_builder.tender.extraction.criterion_columns import (  # noqa: E402
    GOALS, GROUPING, LIMIT, MERGED, NAME, WEIGHT, column_roles)
from proposal_builder.tender.extraction.criterion_tree import tables  # noqa: E402


def gold_roles(rows: list[list[str]], gold: list[dict]) -> dict[int, str]:
    """The roles the gold criteria fix, per column; empty when the table holds fewer than two gold criteria."""
    width = min(len(r) for r in rows)
    best = {}  # row -> (column, gold criterion)
    for r, row in enumerate(rows):
        scored = [(token_f1(c["name"], row[i]), i, c) for i in range(width) for c in gold]
        score, column, criterion = max(scored, key=lambda s: s[0], default=(0, 0, None))
        if score >= 0.6:
            best[r] = (column, criterion)
    if len(best) < 2:
        return {}
    name = Counter(column for column, _ in best.values()).most_common(1)[0][0]
    roles = {name: NAME}
    matched = {r: c for r, (column, c) in best.items() if column == name}
    for i in range(width):
        if i == name:
            continue
        numbers = {r: re.findall(r"\d+", rows[r][i]) for r in matched}
        if _all(matched, lambda r, c: numbers[r][:1] == re.findall(r"\d+", str(c.get("weight") or ""))[:1] and numbers[r]):
            roles[i] = WEIGHT
        elif any(c.get("page_limit") for c in matched.values()) and _all(
                matched, lambda r, c: (numbers[r][:1] == [str(c["page_limit"])]) if c.get("page_limit") else not numbers[r]):
            roles[i] = LIMIT
        elif any(c.get("goals") for c in matched.values()) and "goals" in next(iter(matched.values())) and _all(
                matched, lambda r, c: _goal_numbers(rows[r][i]) == sorted(c.get("goals") or [])):
            roles[i] = GOALS
        elif i < name and re.search(r"[^\W\d_]{3}", " ".join(row[i] for row in rows)) and \
                sum(token_f1(c["name"], rows[r][i]) >= 0.6 for r, c in matched.items()) < len(matched) / 2 and \
                any(MERGED.match(row[i]) or row[i] == rows[k - 1][i] for k, row in enumerate(rows) if k):
            roles[i] = GROUPING
    return roles


def _all(matched: dict, test) -> bool:
    return all(test(r, c) for r, c in matched.items())


def _goal_numbers(cell: str) -> list[int]:
    numbers = []
    for low, high in re.findall(r"(\d{1,2})(?:\s*(?:t/m|tot en met|[-–])\s*(\d{1,2}))?", cell):
        numbers += list(range(int(low), int(high or low) + 1))
    return sorted(set(numbers))


def score_set(name: str, verbose: bool) -> tuple[int, int]:
    root = HERE / name
    right = total = 0
    for gold_path in sorted((root / "gold").glob("*.json")):
        spec = json.loads(gold_path.read_text(encoding="utf-8"))
        if not spec.get("criteria"):
            continue
        path = generate.build(gold_path.stem, spec["format"], root)
        analysis = analyse_text(path.read_text(encoding="utf-8")) if spec["format"].endswith("txt") else \
            analyse_tender(path.read_bytes(), path.name)
        for run in tables(analysis.blocks):
            rows = [row.cells for row in run]
            fixed = gold_roles(rows, spec["criteria"]) if len(rows) >= 2 else {}
            if not fixed:
                continue
            found = column_roles(run[0].header, [r[:min(len(x) for x in rows)] for r in rows])
            wrong = {i: (role, found[i]) for i, role in fixed.items() if found[i] != role}
            right, total = right + len(fixed) - len(wrong), total + len(fixed)
            if verbose and wrong:
                print(f"  {gold_path.stem}: header {run[0].header} first row {rows[0]}: gold/found {wrong}")
    return right, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    names = args.set or sorted(p.name for p in HERE.iterdir() if (p / "gold").is_dir() and p.name != "gold")
    right = total = 0
    for name in names:
        r, t = score_set(name, args.verbose)
        right, total = right + r, total + t
        if t:
            print(f"{name:16} {r:3}/{t:3} columns right")
    print(f"{'all':16} {right:3}/{total:3} columns right" + (f" = {right / total:.2f}" if total else ""))


if __name__ == "__main__":
    main()
