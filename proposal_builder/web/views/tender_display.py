"""How a saved tender is shown: its source text grouped for display and its goals by source block."""
from __future__ import annotations

import re
import time
from collections import defaultdict

from knowledge_base.local_time import to_local

from ... import dutch
from ...tender.extraction.deadline import find_dates
from ...tender.extraction.sentences import split_sentences
from ..forms.tender_facts import LIMIT_PARTS

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


# The facts shown on the tender page, in order: stored key, label, the key in `facts_sources`.
FACTS = (("municipality", "Gemeente(n)", "municipality"), ("route", "Route", "procedure"),
         ("procedure", "Procedure", "procedure"), ("deadline", "Indienen vóór", "deadline"),
         ("budget", "Budget", "budget"), ("budget_parts", "Verdeling van het budget", "budget_parts"),
         ("page_limit", "Paginalimiet", "page_limit"), ("word_limit", "Woordlimiet", "word_limit"),
         ("page_limit_part", "Paginalimiet geldt voor", "page_limit"), ("excluding_appendices", "Bijlagen", "page_limit"),
         ("anonymous", "Beoordeling", "anonymous"), ("ambition", "Ambitie", "ambition"), ("target_groups", "Doelgroepen", None))
# Facts about a page or word limit: without a limit there is nothing to fill in, so they are not asked.
LIMIT_DETAILS = {"page_limit_part", "excluding_appendices"}
# Facts shown only when the tender says so: without them the plan is assessed the usual way.
SHOWN_WHEN_SO = {"anonymous"}
SOURCE_CHARS = 220
# Words that mark the sentence of a block that states the fact.
FACT_CUES = {"municipality": re.compile(r"gemeente", re.I), "procedure": re.compile(r"procedure|open house|toelating|subsidie|aanbested", re.I),
             "deadline": re.compile(r"\b20\d\d\b"), "budget": re.compile(r"€|euro", re.I), "budget_parts": re.compile(r"€|euro", re.I),
             "page_limit": re.compile(r"pagina|blz|a4|bijlage", re.I), "word_limit": re.compile(r"woorden", re.I),
             "anonymous": re.compile(r"anoniem|geanonimiseerd|naam", re.I),
             "ambition": re.compile(r"\bwil(?:len)?\b|ambitie|streef|streven", re.I)}


def expired(deadline: str | None, now: float | None = None) -> bool:
    """True when the tender's submission deadline lies before today (Amsterdam time)."""
    day = (deadline or "")[:10]
    today = to_local(time.time() if now is None else now).date().isoformat()
    return len(day) == 10 and day < today


def fact_rows(tender: dict, routes: dict) -> list[dict]:
    """Each fact with its value as Dutch text ("" when not found) and the source block it was read from."""
    blocks = {block["position"]: block for block in tender.get("blocks", [])}
    sources = tender.get("facts_sources") or {}
    rows = []
    for key, label, source in FACTS:
        value = fact_text(tender, key, routes)
        if key in LIMIT_DETAILS and not value and not (tender.get("page_limit") or tender.get("word_limit")):
            continue
        if key in SHOWN_WHEN_SO and not value:  # most tenders assess by name; "Gegevens corrigeren" sets it
            continue
        block = blocks.get(sources.get(source)) if source else None
        rows.append({"key": key, "label": label, "value": value,
                     "source": block["position"] if block else None, "sentence": _sentence(block, source, tender) if block else ""})
    return rows


def fact_text(tender: dict, key: str, routes: dict) -> str:
    """One fact as Dutch text, "" when the tender gave none."""
    value = tender.get(key)
    if key == "route":
        return routes.get(value, value) if value else ""
    if key == "deadline":
        return dutch.date_time(value)
    if key == "budget_parts":
        return "; ".join(f"{part['name']}: {dutch.money(part['amount'])}" for part in value or [])
    if key in ("page_limit", "word_limit"):
        return f"maximaal {dutch.number(value)} {'pagina’s' if key == 'page_limit' else 'woorden'}" if value else ""
    if key == "page_limit_part":  # only said where there is a limit: "" is then the whole proposal
        return LIMIT_PARTS.get(value or "", value) if tender.get("page_limit") else ""
    if key == "excluding_appendices":
        return "" if value is None else ("tellen niet mee (exclusief bijlagen)" if value else "tellen mee")
    if key == "anonymous":
        return "geanonimiseerd: het concept noemt geen organisatie, project of medewerker" if value else ""
    if key == "target_groups":
        return ", ".join(value or [])
    return str(value or "")


def _sentence(block: dict, fact: str, tender: dict) -> str:
    """The sentence of the block that states the fact (for the deadline: that names its date), else the block."""
    cue, day = FACT_CUES.get(fact), (tender.get("deadline") or "")[:10]
    states = (lambda s: any(iso == day for _, iso in find_dates(s))) if fact == "deadline" else \
        (lambda s: bool(cue and cue.search(s)))
    return _clip(next((s for s in split_sentences(block["text"]) if states(s)), block["text"]))


def _clip(text: str) -> str:
    return text if len(text) <= SOURCE_CHARS else text[: SOURCE_CHARS - 1].rstrip() + "…"
