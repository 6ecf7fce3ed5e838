"""Per-kind scoring of a tender's facts against a gold file, for benchmarks/goal_extraction.py.

Each kind is scored only where the gold file has its key. A scalar fact (route, deadline, budget,
limits, ...) counts one per tender; a list fact counts per item: a gold item is right when a found
item matches it (text F1 ≥ 0.6) with the same detail, and every found item without a gold partner
counts as one wrong (so both misses and extras cost). Goals' indicator and target are scored per
gold goal that has the key: right when the found goal (matched by text) carries the same value
(token F1 ≥ 0.6), or none when the gold says none.
"""

import re

MATCH_F1 = 0.6
KIND_ORDER = (
    "municipalities", "route", "procedure", "deadline", "budget", "budget_per_year", "budget_parts",
    "page_limit", "word_limit", "excluding_appendices", "criteria", "criterion_weight",
    "criterion_page_limit", "criterion_goals", "requirements", "requirement_kind",
    "goal_indicator", "goal_target", "lots", "lot_goals", "lot_budget", "lot_page_limit",
)


def tokens(text) -> list[str]:
    return re.findall(r"\w+", str(text or "").lower())


def token_f1(a, b) -> float:
    ta, tb = tokens(a), tokens(b)
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta)) if ta and tb else 0
    return 2 * common / (len(ta) + len(tb)) if common else 0.0


def match(gold: list[str], found: list[str]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best pairs first, F1 at least MATCH_F1."""
    pairs = sorted(((token_f1(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)), reverse=True)
    used_g, used_f, matched = set(), set(), []
    for score, i, j in pairs:
        if score >= MATCH_F1 and i not in used_g and j not in used_f:
            used_g.add(i), used_f.add(j)
            matched.append((i, j))
    return matched


def score_kinds(spec: dict, analysis) -> dict[str, tuple[int, int]]:
    """Per fact kind (right, total) for this tender; kinds the gold lacks are left out."""
    scores = {}
    for kind, scorer in SCALARS.items():
        if kind in spec:
            scores[kind] = (int(_same(spec[kind], scorer(analysis))), 1)
    if "budget_parts" in spec:
        scores["budget_parts"] = _parts(spec["budget_parts"], getattr(analysis, "budget_parts", []) or [])
    if "criteria" in spec:
        scores.update(_criteria(spec["criteria"], analysis.criteria, spec.get("goals", []), analysis.goals))
    if "requirements" in spec:
        scores.update(_requirements(spec["requirements"], getattr(analysis, "requirements", []) or []))
    scores.update(_goal_values(spec.get("goals", []), analysis.goals))
    if "lots" in spec:
        scores.update(_lots(spec["lots"], getattr(analysis, "lots", []) or [], spec.get("goals", []), analysis.goals))
    return scores


def _same(gold, found) -> bool:
    if isinstance(gold, list):
        return sorted(_norm(g) for g in gold) == sorted(_norm(f) for f in found or [])
    if isinstance(gold, str) and isinstance(found, str) and gold and found:
        return " ".join(tokens(gold)) == " ".join(tokens(found)) or token_f1(gold, found) >= MATCH_F1
    return gold == (found if found != "" else None)


def _norm(text) -> str:
    return " ".join(tokens(text))


def _budget(analysis, attr):
    budget = analysis.budget
    return getattr(budget, attr, None) if budget else None


SCALARS = {
    "municipalities": lambda a: getattr(a, "municipalities", []),
    "route": lambda a: a.route or None,
    "procedure": lambda a: getattr(a, "procedure", "") or None,
    "deadline": lambda a: a.deadline.date if a.deadline else None,
    "budget": lambda a: _budget(a, "amount"),
    "budget_per_year": lambda a: _budget(a, "per_year"),
    "page_limit": lambda a: a.page_limit,
    "word_limit": lambda a: a.word_limit,
    "excluding_appendices": lambda a: getattr(a, "excluding_appendices", None),
}


def _field(item, name):
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def _list_score(gold: list, found: list, right) -> tuple[int, int]:
    pairs = match([_field(g, "name") or _field(g, "text") for g in gold],
                  [_field(f, "name") or _field(f, "text") for f in found])
    good = sum(bool(right(gold[i], found[j])) for i, j in pairs)
    return good, len(gold) + len(found) - len(pairs)


def _parts(gold: list, found: list) -> tuple[int, int]:
    return _list_score(gold, found, lambda g, f: float(_field(f, "amount") or 0) == float(g["amount"]))


def _as_gold_goals(gold_goals: list, found_goals: list):
    """A found item's goal numbers as gold goal numbers: found goal j is the gold goal it was matched with (a goal
    found that is no gold goal drops out; the goal figures count it already)."""
    as_gold = {j + 1: i + 1 for i, j in match([g["text"] for g in gold_goals], [g.text for g in found_goals])}

    def covered(f) -> list[int]:
        return sorted({as_gold[n] for n in (_field(f, "goals") or []) if n in as_gold}) if as_gold \
            else sorted(_field(f, "goals") or [])
    return covered


def _criteria(gold: list, found: list, gold_goals: list = (), found_goals: list = ()) -> dict[str, tuple[int, int]]:
    scores = {"criteria": _list_score(gold, found, lambda g, f: True)}
    # A criterion's goals are compared as goals, not as numbers
    covered = _as_gold_goals(gold_goals, found_goals)

    scores["criterion_weight"] = _list_score(gold, found, lambda g, f: same_weight(g.get("weight"), f.weight))
    if any("page_limit" in g for g in gold):
        scores["criterion_page_limit"] = _list_score(gold, found, lambda g, f: g.get("page_limit") == f.page_limit)
    if any("goals" in g for g in gold):
        scores["criterion_goals"] = _list_score(
            gold, found, lambda g, f: sorted(g.get("goals") or []) == covered(f))
    return scores


def _lots(gold: list, found: list, gold_goals: list = (), found_goals: list = ()) -> dict[str, tuple[int, int]]:
    """The lots by name ("Perceel 1 Jongerenwerk"; a found lot by its title), and per lot its goals (as goals),
    budget and page limit."""
    found = [{"name": _field(f, "title") or _field(f, "name"), "goals": _field(f, "goals"), "budget": _field(f, "budget"),
              "page_limit": _field(f, "page_limit")} for f in found]
    covered = _as_gold_goals(gold_goals, found_goals)
    return {
        "lots": _list_score(gold, found, lambda g, f: True),
        "lot_goals": _list_score(gold, found, lambda g, f: sorted(g.get("goals") or []) == covered(f)),
        "lot_budget": _list_score(gold, found, lambda g, f: float(g.get("budget") or 0) == float(f["budget"] or 0)),
        "lot_page_limit": _list_score(gold, found, lambda g, f: g.get("page_limit") == f["page_limit"]),
    }


def same_weight(gold, found) -> bool:
    """The same number, and the same unit where both name one: a table's "Punten | 30" may be written "30" or
    "30 punten" in a gold file, as the unit stands in the column's header."""
    gold_tokens, found_tokens = tokens(gold), tokens(found)
    if gold_tokens == found_tokens:
        return True
    units = {"punten": "punten", "punt": "punten", "procent": "%"}
    def split(text):
        number = re.search(r"\d+(?:[.,]\d+)?", str(text or ""))
        unit = "%" if "%" in str(text or "") else next((units[t] for t in tokens(text) if t in units), "")
        return (number.group(0).replace(",", ".") if number else None), unit
    (gold_number, gold_unit), (found_number, found_unit) = split(gold), split(found)
    return gold_number is not None and gold_number == found_number and (not gold_unit or not found_unit or gold_unit == found_unit)


def _requirements(gold: list, found: list) -> dict[str, tuple[int, int]]:
    return {
        "requirements": _list_score(gold, found, lambda g, f: True),
        "requirement_kind": _list_score(gold, found, lambda g, f: g["kind"] == _field(f, "kind")),
    }


def _goal_values(gold: list[dict], found: list) -> dict[str, tuple[int, int]]:
    pairs = dict(match([g["text"] for g in gold], [g.text for g in found]))
    scores = {}
    for key in ("indicator", "target"):
        scored = [i for i, g in enumerate(gold) if key in g]
        if scored:
            right = sum(_value_right(gold[i][key], getattr(found[pairs[i]], key, "") if i in pairs else None)
                        for i in scored)
            scores[f"goal_{key}"] = (right, len(scored))
    return scores


def _value_right(gold, found) -> bool:
    if found is None:
        return False
    if not gold:
        return not found
    return bool(found) and token_f1(gold, found) >= MATCH_F1


def report_kinds(title: str, results: dict[str, dict]) -> None:
    """Print right/total per fact kind over the tenders in results, and the overall share."""
    totals: dict[str, list[int]] = {}
    for result in results.values():
        for kind, (right, total) in result.get("kinds", {}).items():
            totals.setdefault(kind, [0, 0])
            totals[kind][0] += right
            totals[kind][1] += total
    if not totals:
        return
    print(f"\n{title}: facts per kind")
    print(f"{'kind':22} {'right':>5} {'total':>5} {'share':>6}")
    for kind in sorted(totals, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 99):
        right, total = totals[kind]
        print(f"{kind:22} {right:5} {total:5} {right / total if total else 0:6.2f}")
    right, total = (sum(v[i] for v in totals.values()) for i in (0, 1))
    print(f"{'all facts':22} {right:5} {total:5} {right / total if total else 0:6.2f}")
