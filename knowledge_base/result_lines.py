"""A project's inline results written as lines: "indicator | waarde | eenheid | verhaal | toestemming".

The project form shows them this way, and people write them this way in import files and
spreadsheet cells; one parser reads them everywhere.
"""
from __future__ import annotations

import re

# The marks that end an inline result's line, as the flags they set (a story may hold "|" itself).
RESULT_LINE_FLAGS = {"toestemming": "consent", "gepseudonimiseerd": "pseudonymised"}
_FLAG_MARK = re.compile(r"^(toestemming|gepseudonimiseerd)(?:\s*:?\s*(ja|nee))?$", re.IGNORECASE)


def result_lines(results: list[dict]) -> str:
    """Inline results as editable text, one `indicator | waarde | eenheid | verhaal | toestemming` per line."""
    lines = []
    for item in results:
        parts = [item.get(k, "").replace("\n", " ") for k in ("indicator", "value", "unit", "story")]
        marks = [mark for mark, flag in RESULT_LINE_FLAGS.items() if item.get(flag)]
        while parts and not parts[-1] and not marks:
            parts.pop()
        lines.append(" | ".join(parts + marks))
    return "\n".join(lines)


def parse_result_lines(text: str | None) -> list[dict]:
    """The inline results written in `text` (blank lines skipped); flags only where marked."""
    results = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        parts, flags = [p.strip() for p in line.split("|")], {}
        while len(parts) > 1 and (mark := _FLAG_MARK.match(parts[-1])):
            parts.pop()
            flags[RESULT_LINE_FLAGS[mark.group(1).lower()]] = (mark.group(2) or "ja").lower() == "ja"
        head = parts[:3] + [""] * (3 - len(parts[:3]))
        story = " | ".join(parts[3:])
        item = dict(zip(("indicator", "value", "unit", "story"), [*head, story]))
        results.append({**item, **{flag: True for flag, on in flags.items() if on}})
    return results


def as_result_items(value) -> list:
    """Inline results as a list of dicts where they were written as lines with '|' (one text, or a list of
    texts); anything else is returned as it is, for the shape check to judge ("veel" is no result)."""
    if isinstance(value, str):
        return parse_result_lines(value) if "|" in value else value
    if isinstance(value, list) and any(isinstance(item, str) and "|" in item for item in value):
        return [found for item in value
                for found in (parse_result_lines(item) if isinstance(item, str) and "|" in item else [item])]
    return value
