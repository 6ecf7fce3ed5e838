"""Whether a record fits a goal itself: one of the goal's own strong matches, or linked to one.

The calibrated weak flag says a match is probably unrelated to the goal; the director's choice
stands unless it is (and the record does not confirm the goal by naming its target group or
topic, evidence.fit_reason), or unless the record is for other people or another topic than the
goal is about (audience.py: "ouderen" under a goal about "ouders"; a goal naming nothing takes
what most goals of its tender name), or has nothing but a title. A project fits when one of its
fitting results does, a method when a fitting project uses it, and a result of a fitting project
when it still scores above the average record (the method–project–result links of the knowledge base).
With the slot-fit model enabled, what the model holds fitting among a goal's first TOP_HITS matches fits too
(slot_fit.py), so the records it places are never left out afterwards.
"""
from __future__ import annotations

import sqlite_utils

from knowledge_base.embeddings import Embedder
from knowledge_base.search import Hit

from ..tender import Goal
from .audience import tender_families
from . import slot_fit
from .evidence import TOP_HITS, fetch_records, fit_reason, match_tender_goals

FIT_TOP = 20  # matches per goal that may count as fitting


def goal_fits(db: sqlite_utils.Database, goals: list[Goal], embedder: Embedder) -> dict[int, set[str]]:
    """Per goal (1-based) the refs that fit it: strong matches and the records linked to them."""
    hits = match_tender_goals(db, goals, embedder, FIT_TOP)
    return fits_from_hits(hits, fetch_records(db, {hit.ref for goal_hits in hits for hit in goal_hits}), goals)


def fits_from_hits(hits: list[list[Hit]], records: dict[str, dict],
                   goals: list[Goal] | None = None) -> dict[int, set[str]]:
    """The fitting refs per goal from its (at least FIT_TOP) matches and the matched records by ref;
    with the `goals`, a record for other people or another topic than its goal is about does not fit it."""
    fits, tender = {}, tender_families(goals or [])
    for number, goal_hits in enumerate(hits, start=1):
        goal = goals[number - 1] if goals else None
        direct = {hit.ref for hit in goal_hits if (not hit.weak and hit.ref not in records)
                  or (hit.ref in records and not fit_reason(hit, records[hit.ref], goal, tender))}
        refs = _with_links(direct, records)
        refs |= {hit.ref for hit in goal_hits if hit.score > 0 and records.get(hit.ref, {}).get("project") in refs}
        if goal is not None and slot_fit.ENABLED:  # what the model places fits too
            refs |= set(slot_fit.accepted(goal, goal_hits, records, tender, TOP_HITS))
        fits[number] = refs
    return fits


def _with_links(refs: set[str], records: dict[str, dict]) -> set[str]:
    """The refs, the projects of their results, and the methods of those projects."""
    projects = {records[ref].get("project", "") for ref in refs if ref in records} - {""}
    methods = {method for ref in refs | projects if ref in records for method in records[ref].get("methods") or []}
    return refs | projects | methods
