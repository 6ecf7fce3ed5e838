"""Goal-extraction benchmark: recall, precision, admin-section goals, facts and speed on the dev set.

Run: python benchmarks/goal_extraction.py [--verbose] [--held-out] [--unseen] [--set NAME] [--all-formats]
Prints figures; asserts nothing. Gold files: benchmarks/goal_extraction/gold/*.json (goals as
written in the source, the sections that are administrative, criteria, limits, deadline, route).
Tenders with "split": "held-out" are only evaluated with --held-out. --unseen evaluates the
separate sets in benchmarks/goal_extraction/unseen/: "unseen" (tenders written blind to the
extraction rules, in shapes the dev set lacks) and "fresh" (written after the fixes made against
the unseen set, never tuned on); with --all-formats they are also read in every format.
--rules prints per rule of the goal and kind tables how often it decided a candidate, per set, and how often
that candidate matched a gold goal (token F1 at least 0.6): the precision of a goal rule, the harm of a
not-goal rule, the kind accuracy of a kind rule.
--set NAME evaluates another set laid out the same way in benchmarks/goal_extraction/NAME/
(e.g. blind3: written blind after the fresh-set fixes); its splits are reported one by one.
Each set is also scored per fact kind (benchmarks/fact_kinds.py: municipalities, route,
procedure, deadline, budget and its parts, limits, criteria with weight, page limit and goals,
requirements with kind, per-goal indicator and target), only where its gold files have the key.
"""

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent / "goal_extraction"
UNSEEN = HERE / "unseen"
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402
from fact_kinds import report_kinds, same_weight, score_kinds  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from proposal_builder.tender import analyse_tender, analyse_text  # noqa: E402
from proposal_builder.tender.extraction.goals import explain  # noqa: E402
from proposal_builder.tender.extraction.rules import GOAL_RULES, IS_GOAL, KIND_RULES  # noqa: E402

MATCH_F1 = 0.6
LONG_SOURCE, LONG_REPEAT = "aanbesteding_pve", 7


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, punctuation dropped."""
    return re.findall(r"\w+", text.lower())


def token_f1(a: str, b: str) -> float:
    """Token-overlap F1 between two texts."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    precision, recall = common / len(tb), common / len(ta)
    return 2 * precision * recall / (precision + recall)


def match(gold: list[str], found: list[str]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold to found texts, best pairs first, F1 at least MATCH_F1."""
    pairs = sorted(((token_f1(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)), reverse=True)
    used_gold, used_found, matched = set(), set(), []
    for score, i, j in pairs:
        if score >= MATCH_F1 and i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            matched.append((i, j))
    return matched


def analyse(spec: dict, path: Path):
    """Run the extractor the way the app would: uploads through analyse_tender, paste through analyse_text."""
    if spec["format"].endswith("txt"):
        return analyse_text(path.read_text(encoding="utf-8"))
    return analyse_tender(path.read_bytes(), path.name)


def evaluate(name: str, spec: dict, verbose: bool, root: Path = HERE) -> dict:
    """Score one tender of the set in root against its gold file."""
    path = generate.build(name, spec["format"], root)
    source = (root / "tenders" / spec["source"]).read_text(encoding="utf-8")
    for goal in spec["goals"]:
        if " ".join(tokens(goal["text"])) not in " ".join(tokens(source)):
            print(f"  WARNING gold goal not in source: {goal['text'][:60]}")
    analysis = analyse(spec, path)
    gold = [g["text"] for g in spec["goals"]]
    found = [g.text for g in analysis.goals]
    pairs = match(gold, found)
    kinds_right = sum(spec["goals"][i]["kind"] == analysis.goals[j].kind for i, j in pairs)
    admin = set(spec.get("admin_sections", []))
    noise = [g for g in analysis.goals if admin & set(g.section)]
    result = {
        "gold": len(gold), "found": len(found), "matched": len(pairs), "kinds_right": kinds_right,
        "noise": len(noise), "facts": check_facts(spec, analysis), "kinds": score_kinds(spec, analysis),
        "decisions": label_decisions(spec["goals"], analysis.blocks),
    }
    if verbose:
        show_errors(gold, found, pairs, spec, analysis, noise)
    return result


def label_decisions(gold: list[dict], blocks) -> list[tuple[str, str, bool, bool]]:
    """Per candidate: its goal rule, its kind rule, whether it matches a gold goal, and whether its kind is right."""
    rows = []
    for decision in explain(blocks):
        text = decision.goal.text if decision.goal else decision.candidate.text
        best = max(gold, key=lambda g: token_f1(g["text"], text), default=None)
        hit = bool(best) and token_f1(best["text"], text) >= MATCH_F1
        rows.append((decision.rule, decision.kind_rule, hit, hit and bool(decision.goal) and decision.goal.kind == best["kind"]))
    return rows


def check_facts(spec: dict, analysis) -> dict:
    """Compare criteria, page limit, deadline, route and budget to the gold values."""
    facts = {}
    gold_criteria = spec.get("criteria", [])
    names = [c.name for c in analysis.criteria]
    pairs = match([c["name"] for c in gold_criteria], names)
    weights_right = sum(
        same_weight(gold_criteria[i]["weight"], analysis.criteria[j].weight)
        and gold_criteria[i].get("page_limit") == analysis.criteria[j].page_limit
        for i, j in pairs
    )
    facts["criteria"] = len(pairs) == len(gold_criteria) == len(names) and weights_right == len(pairs)
    facts["page_limit"] = spec.get("page_limit") == analysis.page_limit
    deadline = analysis.deadline.date if analysis.deadline else None
    facts["deadline"] = spec.get("deadline") == deadline
    facts["route"] = spec.get("route") == (analysis.route or None)
    budget = analysis.budget.amount if analysis.budget else None
    facts["budget"] = spec.get("budget") == budget
    if "word_limit" in spec:
        facts["word_limit"] = spec["word_limit"] == getattr(analysis, "word_limit", None)
    return facts


def show_errors(gold, found, pairs, spec, analysis, noise) -> None:
    matched_gold = {i for i, _ in pairs}
    matched_found = {j for _, j in pairs}
    for i, text in enumerate(gold):
        if i not in matched_gold:
            print(f"    MISSED   {text[:110]}")
    for j, text in enumerate(found):
        if j not in matched_found:
            print(f"    EXTRA    [{' > '.join(analysis.goals[j].section)[-40:]}] {text[:90]}")
    for i, j in pairs:
        if spec["goals"][i]["kind"] != analysis.goals[j].kind:
            print(f"    KIND     {analysis.goals[j].kind} (gold {spec['goals'][i]['kind']}): {gold[i][:80]}")
    for goal in noise:
        print(f"    NOISE    [{goal.section[-1]}] {goal.text[:80]}")
    print(f"    facts: criteria={[(c.name, c.weight, c.page_limit) for c in analysis.criteria]}")
    print(f"           page_limit={analysis.page_limit} deadline={analysis.deadline and analysis.deadline.iso()} "
          f"route={analysis.route} budget={analysis.budget and analysis.budget.amount}")


def report(title: str, results: dict) -> None:
    """Print per-tender rows and the micro-averaged totals."""
    print(f"\n{title}")
    print(f"{'tender':28} {'gold':>4} {'found':>5} {'recall':>6} {'prec.':>6} {'kind':>5} {'noise':>5}  facts")
    totals = dict.fromkeys(("gold", "found", "matched", "kinds_right", "noise"), 0)
    facts_right = facts_all = 0
    for name, r in results.items():
        for key in totals:
            totals[key] += r[key]
        wrong = [k for k, ok in r["facts"].items() if not ok]
        facts_right += len(r["facts"]) - len(wrong)
        facts_all += len(r["facts"])
        print(f"{name:28} {r['gold']:4} {r['found']:5} {_ratio(r['matched'], r['gold']):>6} "
              f"{_ratio(r['matched'], r['found']):>6} {_ratio(r['kinds_right'], r['matched']):>5} {r['noise']:5}  "
              f"{'ok' if not wrong else 'wrong: ' + ', '.join(wrong)}")
    print(f"{'overall':28} {totals['gold']:4} {totals['found']:5} {_ratio(totals['matched'], totals['gold']):>6} "
          f"{_ratio(totals['matched'], totals['found']):>6} {_ratio(totals['kinds_right'], totals['matched']):>5} "
          f"{totals['noise']:5}  {facts_right}/{facts_all} facts right")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def cross_format(args, root: Path = HERE, extra: tuple[str, ...] = ()) -> None:
    """Every tender of the set in root in every format: reading must not change what is extracted."""
    formats = ["docx", "pdf", "txt"] + (["lo.pdf"] if generate.soffice() else []) + list(extra)
    for fmt in formats:
        results = {}
        for gold in sorted((root / "gold").glob("*.json")):
            spec = json.loads(gold.read_text(encoding="utf-8"))
            if spec.get("split", "dev") == "held-out" and not args.held_out:
                continue
            if args.verbose:
                print(f"{gold.stem} ({fmt})")
            results[gold.stem] = evaluate(gold.stem, dict(spec, format=fmt), args.verbose, root)
        label = "All" if root == HERE else root.name.capitalize()
        report(f"{label} tenders as {fmt}", results)
        report_kinds(f"{label} tenders as {fmt}", results)


UNSEEN_SPLITS = {
    "unseen": "Unseen set (written blind to the extraction rules; the fixes since were made against it)",
    "fresh": "Fresh set (written after those fixes; its first run: recall 0.68, precision 0.93, facts 19/20; fixed since)",
}


def unseen(args) -> dict[str, dict]:
    """Evaluate the sets in unseen/, each tender in its own format (and with --all-formats in all); return the results."""
    results: dict[str, dict] = {split: {} for split in UNSEEN_SPLITS}
    for gold in sorted((UNSEEN / "gold").glob("*.json")):
        spec = json.loads(gold.read_text(encoding="utf-8"))
        if args.verbose:
            print(f"{gold.stem} ({spec['format']})")
        results[spec["split"]][gold.stem] = evaluate(gold.stem, spec, args.verbose, UNSEEN)
    for split, title in UNSEEN_SPLITS.items():
        report(title, results[split])
        report_kinds(title, results[split])
    if args.all_formats:
        cross_format(args, UNSEEN, ("pdf2col", "wrapped.txt"))
    return results


SET_TITLES = {
    "blind3": "Blind set 3 (written blind after the fresh-set fixes; first run: recall 0.57, precision 0.69, 1 admin goal, facts 25/31; fixed since)",
}


def named_set(name: str, args) -> dict[str, dict]:
    """Evaluate the set in goal_extraction/NAME/, one report per split (and with --all-formats in all); return them."""
    root = HERE / name
    results: dict[str, dict] = {}
    for gold in sorted((root / "gold").glob("*.json")):
        spec = json.loads(gold.read_text(encoding="utf-8"))
        if args.verbose:
            print(f"{gold.stem} ({spec['format']})")
        results.setdefault(spec.get("split", name), {})[gold.stem] = evaluate(gold.stem, spec, args.verbose, root)
    for split, split_results in results.items():
        report(SET_TITLES.get(split, f"Set {split}"), split_results)
        report_kinds(SET_TITLES.get(split, f"Set {split}"), split_results)
    if args.all_formats:
        cross_format(args, root, ("pdf2col", "wrapped.txt"))
    return results


def report_rules(scored: dict[str, dict]) -> None:
    """Per rule: firings per set and in all, and how many of its candidates match a gold goal."""
    decisions = {name: [row for r in results.values() for row in r["decisions"]] for name, results in scored.items()}
    print("\nRules (first match wins; gold = the candidate matches a gold goal, token F1 >= 0.6)")
    print(f"{'rule':30} {'verdict':8} " + " ".join(f"{name[:7]:>7}" for name in scored) + "   fired  gold  figure")
    for index, table in ((0, GOAL_RULES), (1, KIND_RULES)):
        for rule in table:
            _rule_row(rule, index, {name: [row for row in rows if row[index] == rule.name] for name, rows in decisions.items()})


def _rule_row(rule, index: int, fired: dict[str, list[tuple]]) -> None:
    rows = [row for name_rows in fired.values() for row in name_rows]
    gold = sum(row[2] for row in rows)
    if index:  # a kind rule: the share of its goals on gold whose kind is right
        figure = f"kind {_ratio(sum(row[3] for row in rows), gold)}"
    elif rule.verdict == IS_GOAL:
        figure = f"precision {_ratio(gold, len(rows))}"
    else:
        figure = f"harm {gold}" + (" HARMFUL" if gold else "")
    counts = " ".join(f"{len(name_rows):7}" for name_rows in fired.values())
    print(f"{rule.name:30} {rule.verdict:8} {counts}   {len(rows):5} {gold:5}  {figure}{'  DEAD' if not rows else ''}")


def timing() -> None:
    """Time reading plus extraction of a long tender built by repeating a dev tender."""
    docx_path, pdf_path = generate.build_long(LONG_SOURCE, LONG_REPEAT)
    pages = len(PdfReader(pdf_path).pages)
    print(f"\nSpeed: '{LONG_SOURCE}' repeated {LONG_REPEAT}x ({pages} PDF pages), reading + extraction, median of 3")
    for path in (docx_path, pdf_path):
        data = path.read_bytes()
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            analysis = analyse_tender(data, path.name)
            runs.append(time.perf_counter() - start)
        print(f"  {path.suffix:6} {statistics.median(runs):.2f} s  ({len(analysis.blocks)} blocks, {len(analysis.goals)} goals)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list missed, extra and noise goals")
    parser.add_argument("--held-out", action="store_true", help="also evaluate the held-out tender(s)")
    parser.add_argument("--unseen", action="store_true", help="also evaluate the blind set in goal_extraction/unseen/")
    parser.add_argument("--set", action="append", default=[], metavar="NAME",
                        help="also evaluate the set in goal_extraction/NAME/ (repeatable), e.g. blind3")
    parser.add_argument("--all-formats", action="store_true", help="also read every tender as .docx, .pdf and pasted text")
    parser.add_argument("--rules", action="store_true", help="per rule: firings per set and matches with gold goals")
    args = parser.parse_args()
    generate.BUILD.mkdir(exist_ok=True)
    splits: dict[str, dict] = {"dev": {}, "held-out": {}}
    for gold in sorted((HERE / "gold").glob("*.json")):
        spec = json.loads(gold.read_text(encoding="utf-8"))
        split = spec.get("split", "dev")
        if split == "held-out" and not args.held_out:
            continue
        if args.verbose:
            print(f"{gold.stem} ({spec['format']})")
        splits[split][gold.stem] = evaluate(gold.stem, spec, args.verbose)
    report("Dev set", splits["dev"])
    report_kinds("Dev set", splits["dev"])
    if splits["held-out"]:
        report("Held-out", splits["held-out"])
    if args.all_formats:
        cross_format(args)
    scored = {split: results for split, results in splits.items() if results}
    if args.unseen:
        scored.update(unseen(args))
    for name in args.set:
        scored.update(named_set(name, args))
    if args.rules:
        report_rules(scored)
    timing()


if __name__ == "__main__":
    main()
