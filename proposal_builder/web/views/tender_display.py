"""How a saved tender is shown: its source text grouped for display, dates and figures in Dutch."""
from __future__ import annotations

from collections import defaultdict

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dutch_date(iso: str) -> str:
    """An ISO date (with optional time) as Dutch text, e.g. "1 maart 2027, 12:00 uur"."""
    date, _, time = (iso or "").partition("T")
    try:
        year, month, day = (int(part) for part in date.split("-"))
        text = f"{day} {MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso or ""
    return f"{text}, {time} uur" if time else text


def number(value) -> str:
    """A count or weight without a needless ".0", with a decimal comma."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def source_parts(blocks: list[dict]) -> list[dict]:
    """The blocks in order, with consecutive table rows of one table gathered into one part."""
    parts: list[dict] = []
    for block in blocks:
        last = parts[-1] if parts else None
        if block["kind"] == "table_row":
            if last and last["kind"] == "table" and last["header"] == block.get("header", []):
                last["rows"].append(block)
            else:
                parts.append({"kind": "table", "header": block.get("header", []), "rows": [block]})
        else:
            parts.append({"kind": "block", "block": block})
    return parts


def goals_by_block(goals) -> dict[int, list[int]]:
    """For each source block position, the (1-based) numbers of the goals taken from it."""
    found: dict[int, list[int]] = defaultdict(list)
    for number_, goal in enumerate(goals, start=1):
        if goal.block is not None:
            found[goal.block].append(number_)
    return dict(found)


def section_text(block: dict | None) -> str:
    """A block's section path as one line, e.g. "2 Doelen › 2.1 Ouderen"."""
    return " › ".join(block.get("section", [])) if block else ""
