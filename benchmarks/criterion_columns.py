"""Column roles of criteria tables (proposal_builder/tender/extraction/criterion_columns.py) against the gold criteria.

Run: PYTHONPATH=. python benchmarks/criterion_columns.py [--set NAME ...] [--verbose] [--loso]
(no --set: every set folder under benchmarks/goal_extraction/). Prints one line per set and the sum; asserts nothing.

Every table in a tender whose rows name at least two gold criteria is a criteria table. The gold fixes the role of the
columns it can: the column whose cells are the gold names is `name`; the one whose numbers are the gold weights
`weight`; the one whose numbers are the gold page limits `page_limit`; the one whose numbers are the gold goals
`goals`; a text column left of the name column that names none of the criteria (or names a row's criterion only where
that row is a group of its own, "Prijs | P | Prijs") is `grouping`. Columns the gold does not fix (codes, descriptions)
are not scored. The classifier fits no parameters, so this is its figure on every set alike: a leave-one-set-out
figure of a rule set equals its plain accuracy.
--loso also trains a multinomial logistic regression over generic column features (the shares of cells holding limits,
goal numbers, codes, weights with a unit, bare numbers; whether they add up to a whole; words per cell; distinct and
merged cells; position; header words) on all sets but one and scores it on that one, for each set in turn: the
figure a learned model would have to beat (at 2026-12-07 it did not: 0.95 against the rules' 0.97, with 3 grouping
and 6 goals columns to learn from, so the rules stay).
"""

import argparse
import json
import math
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
    CODE_VALUE, GOAL_VALUE, GOALS, GROUPING, HEADER_WORDS, LIMIT, LIMIT_VALUE, MERGED, NAME, WEIGHT, WEIGHT_VALUE, WHOLES,
    column_roles)
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


def labelled_columns(name: str, verbose: bool) -> list[tuple[list[float], str, str]]:
    """Per column the gold fixes in the set: its features, its gold role and the role the rules give it."""
    root, found = HERE / name, []
    for gold_path in sorted((root / "gold").glob("*.json")):
        spec = json.loads(gold_path.read_text(encoding="utf-8"))
        if not spec.get("criteria"):
            continue
        path = generate.build(gold_path.stem, spec["format"], root)
        analysis = analyse_text(path.read_text(encoding="utf-8")) if spec["format"].endswith("txt") else \
            analyse_tender(path.read_bytes(), path.name)
        for run in tables(analysis.blocks):
            rows = [row.cells[:min(len(r.cells) for r in run)] for row in run]
            fixed = gold_roles(rows, spec["criteria"]) if len(rows) >= 2 else {}
            roles = column_roles(run[0].header, rows) if fixed else []
            found += [(features(run[0].header, rows, i), role, roles[i]) for i, role in fixed.items()]
            wrong = {i: (role, roles[i]) for i, role in fixed.items() if roles[i] != role}
            if verbose and wrong:
                print(f"  {gold_path.stem}: header {run[0].header} first row {rows[0]}: gold/found {wrong}")
    return found


def features(header: list[str], rows: list[list[str]], i: int) -> list[float]:
    """Generic features of column i: what its cells hold, where it stands, what its header says."""
    cells = [row[i].strip() for row in rows]
    filled = [c for c in cells if not MERGED.match(c)] or [""]
    def share(pattern) -> float:
        return sum(bool(pattern.search(c)) for c in filled) / len(filled)
    weights = [WEIGHT_VALUE.match(c) for c in filled]
    bare = [float(m.group(1).replace(",", ".")) for m in weights if m and not m.group(2)]
    header_text = header[i] if i < len(header) else ""
    return [1.0, share(LIMIT_VALUE), share(GOAL_VALUE), share(CODE_VALUE),
            sum(bool(m and m.group(2)) for m in weights) / len(filled), len(bare) / len(filled),
            float(sum(bare) in WHOLES), float(bool(bare) and max(bare) <= 12),
            min(sum(len(c.split()) for c in filled) / len(filled), 20) / 20, len(set(filled)) / len(filled),
            sum(bool(MERGED.match(c)) for c in cells) / len(cells), float(i == 0),
            float(any(re.search(r"[^\W\d_]{3}", row[j]) for row in rows for j in range(i + 1, len(row)))),
            *[float(bool(pattern.search(header_text))) for pattern in HEADER_WORDS.values()]]


def train(items: list[tuple[list[float], str]], classes: list[str], epochs: int = 300, rate: float = 0.5,
          l2: float = 0.01) -> list[list[float]]:
    """Multinomial logistic regression by batch gradient descent."""
    weights = [[0.0] * len(items[0][0]) for _ in classes]
    for _ in range(epochs):
        gradient = [[0.0] * len(items[0][0]) for _ in classes]
        for x, label in items:
            odds = _softmax([sum(w * v for w, v in zip(row, x)) for row in weights])
            for c, cls in enumerate(classes):
                gradient[c] = [g + (odds[c] - (cls == label)) * v for g, v in zip(gradient[c], x)]
        weights = [[w - rate * (g / len(items) + l2 * w) for w, g in zip(row, grad)] for row, grad in zip(weights, gradient)]
    return weights


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return [e / sum(exps) for e in exps]


def loso(by_set: dict[str, list]) -> None:
    """Leave one set out: train on the others, score the set left out; print the sum beside the rules' figure."""
    classes = sorted({role for columns in by_set.values() for _, role, _ in columns})
    right = total = 0
    for name, columns in by_set.items():
        others = [(x, role) for other, cols in by_set.items() if other != name for x, role, _ in cols]
        weights = train(others, classes)
        for x, role, _ in columns:
            scores = [sum(w * v for w, v in zip(row, x)) for row in weights]
            right, total = right + (classes[scores.index(max(scores))] == role), total + 1
    rules = sum(role == rule for columns in by_set.values() for _, role, rule in columns)
    print(f"leave one set out over {len(by_set)} sets: logistic regression {right}/{total} = {right / total:.2f}, "
          f"rules {rules}/{total} = {rules / total:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--loso", action="store_true", help="also a learned model, trained leaving one set out")
    args = parser.parse_args()
    names = args.set or sorted(p.name for p in HERE.iterdir() if (p / "gold").is_dir() and p.name != "gold")
    by_set = {name: labelled_columns(name, args.verbose) for name in names}
    by_set = {name: columns for name, columns in by_set.items() if columns}
    for name, columns in by_set.items():
        print(f"{name:16} {sum(r == f for _, r, f in columns):3}/{len(columns):3} columns right")
    right, total = sum(r == f for cols in by_set.values() for _, r, f in cols), sum(map(len, by_set.values()))
    print(f"{'all':16} {right:3}/{total:3} columns right" + (f" = {right / total:.2f}" if total else ""))
    if args.loso and len(by_set) >= 2:
        loso(by_set)


if __name__ == "__main__":
    main()
