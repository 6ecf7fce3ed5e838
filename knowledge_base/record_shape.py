"""What an incoming record may look like before it is normalised: types, lengths, clean text.

An import file is JSON from anywhere; each malformed record (`themes: 5`, a lone surrogate,
deep nesting, a NaN title, a story of megabytes) is refused on its own with a Dutch reason.
"""
from __future__ import annotations

import json

from .cleaning import value_problem
from .result_lines import as_result_items

# The longest text per field (characters); the forms use the same limits.
FIELD_LIMITS = {
    "title": 300, "summary": 20_000, "story": 20_000, "target_group": 300, "municipality": 200,
    "period": 100, "evidence_level": 100, "databank": 300, "recognised_on": 10, "project": 40,
    "indicator": 300, "value": 100, "unit": 100, "owner": 200, "review_on": 10,
}
MAX_ITEMS = 100  # themes, partners, methods or inline results per record
MAX_ITEM_CHARS = 200
MAX_EXTRA_CHARS = 20_000
SCALARS = (str, int, float, type(None))


def shape_errors(data: dict, text_fields: list[str], list_fields: list[str]) -> dict[str, str]:
    """Field → Dutch reason for every value of the wrong type, bad text or too deep or large."""
    errors = {}
    for field, value in data.items():
        problem = value_problem(value)
        if problem is None and field in text_fields:
            problem = None if isinstance(value, SCALARS) and not isinstance(value, bool) else "moet tekst zijn"
        elif problem is None and field in list_fields:
            problem = _list_problem(value)
        elif problem is None and field == "results":
            problem = _results_problem(value)
        elif problem is None and field == "extra" and not isinstance(value, (dict, type(None))):
            problem = "moet een object met velden zijn"
        if problem:
            name = str(field)[:40].encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
            errors[name] = f"Veld '{name}' {problem}."
    if "extra" not in errors and len(json.dumps(data.get("extra") or {}, ensure_ascii=False)) > MAX_EXTRA_CHARS:
        errors["extra"] = f"De extra velden zijn samen te lang (maximaal {MAX_EXTRA_CHARS} tekens)."
    return errors


def _list_problem(value) -> str | None:
    if value is None or isinstance(value, str):
        return None
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
        return "moet een lijst van teksten zijn (bijvoorbeeld [\"eenzaamheid\"])"
    if len(value) > MAX_ITEMS or any(len(str(v)) > MAX_ITEM_CHARS for v in value):
        return f"is te lang (hoogstens {MAX_ITEMS} onderdelen van {MAX_ITEM_CHARS} tekens)"
    return None


def _results_problem(value) -> str | None:
    if value is None:
        return None
    value = as_result_items(value)  # "indicator | waarde | eenheid" lines are results too
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        return ("moet een lijst van resultaten zijn: objecten ({\"indicator\", \"value\", \"unit\", \"story\"}) "
                "of regels \"indicator | waarde | eenheid | verhaal\"")
    if len(value) > MAX_ITEMS:
        return f"heeft te veel resultaten (hoogstens {MAX_ITEMS})"
    return None


def length_errors(record: dict) -> dict[str, str]:
    """Field → Dutch message for every normalised text longer than its limit."""
    errors = {field: f"De tekst is te lang (maximaal {limit:,} tekens).".replace(",", ".")
              for field, limit in FIELD_LIMITS.items() if len(record.get(field) or "") > limit}
    for item in record.get("results") or []:
        if any(len(item.get(k, "")) > FIELD_LIMITS.get(k, 0) for k in FIELD_LIMITS.keys() & item.keys()):
            errors["results"] = "Een resultaat in het project heeft een te lange tekst."
    return errors
