"""How a saved tender is shown: its source text grouped for display and its goals by source block."""
from __future__ import annotations

from collections import defaultdict

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
