"""What the workbench pages show: matches per goal, rows of evidence, search results, conflicts."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import sqlite_utils
from flask import current_app

from knowledge_base.search import Hit, search

from ...matching import TOP_HITS, fetch_records, goal_coverage, match_tender_goals, pick_evidence
from ...matching.audience import tender_families
from ...pipeline import choose
from ...tender import Goal
from ..embedder import catch_up, configured_embedder, page_embedder, refresh_in_request
from ..forms.workbench import WorkbenchForm
from ..index_job import IndexJob, current_job

SEARCH_RESULTS = 10
SHOWN_ROWS = 3  # matches shown per goal before "meer tonen"; chosen records are always shown


@dataclass
class Found:
    """The matches per goal, or why there are none (a Dutch message), and the index's refresh job."""

    hits: list[list[Hit]] = field(default_factory=list)
    error: str = ""
    job: IndexJob | None = None  # while it runs, matches may miss records it has not embedded yet


def matches(db: sqlite_utils.Database, texts: list[str]) -> Found:
    """Ranked evidence for each goal text, with the model's error instead when it cannot load.

    A backlog too large to embed during the request (an import) is refreshed in the background,
    as on the search page, and the page says so rather than quietly matching a stale index.
    """
    embedder, error = page_embedder()
    if embedder is None:
        return Found([[] for _ in texts], error)
    _, job = catch_up(db, embedder)
    return Found(match_tender_goals(db, [Goal(text) for text in texts], embedder, TOP_HITS), "", job)


def goal_for(goals: list[Goal], text: str, index: int) -> Goal:
    """The tender's goal with this text (after a conflict the order may have changed)."""
    if index < len(goals) and goals[index].text == text:
        return goals[index]
    return next((goal for goal in goals if goal.text == text), Goal(text))


def _rows(goal_hits: list[Hit], chosen: list[str], records: dict[str, dict], goal: Goal,
          families: frozenset[str] = frozenset()) -> list[dict]:
    """The goal's evidence rows: chosen records not among the matches, then the matches.

    A row is `recommended` when the unattended draft would pick it (the same call as `pipeline.choose`, with the
    families of the tender's goals), `more` when it waits behind "meer tonen" (a match below the best
    `SHOWN_ROWS` that was not chosen).
    """
    picks = set(pick_evidence(goal_hits, records, goal, families, TOP_HITS))
    shown = {hit.ref for hit in goal_hits}
    rows = [{"record": records[ref], "hit": None, "chosen": True, "recommended": False, "more": False}
            for ref in chosen if ref in records and ref not in shown]
    rows += [{"record": records[hit.ref], "hit": hit, "chosen": hit.ref in chosen, "recommended": hit.ref in picks,
              "more": rank >= SHOWN_ROWS and hit.ref not in chosen}
             for rank, hit in enumerate(goal_hits) if hit.ref in records]
    return rows


def goal_rows(db: sqlite_utils.Database, tender_goals: list[Goal], form: WorkbenchForm,
              hits: list[list[Hit]]) -> list[dict]:
    """Per goal in the form: the goal, its form entry, its evidence rows, its picks and its coverage."""
    chosen_refs = [entry.evidence.data or [] for entry in form.goals]
    records = fetch_records(db, [h.ref for goal_hits in hits for h in goal_hits]
                            + [ref for refs in chosen_refs for ref in refs])
    goals, families = [], tender_families(tender_goals)
    for index, (entry, goal_hits, chosen) in enumerate(zip(form.goals, hits, chosen_refs)):
        goal = goal_for(tender_goals, entry.goal_text.data, index)
        rows = _rows(goal_hits, chosen, records, goal, families)
        goals.append({"index": index, "entry": entry, "goal": goal,
                      "rows": rows, "coverage": goal_coverage(goal_hits, chosen, records),
                      "to_take": [r["record"]["ref"] for r in rows if r["recommended"] and not r["chosen"]]})
    return goals


def recommended(db: sqlite_utils.Database, goals: list[Goal]) -> list[list[str]] | None:
    """Per goal the evidence the unattended draft picks (`pipeline.choose`); None when the model cannot load."""
    embedder, _ = page_embedder()
    if embedder is None:
        return None
    catch_up(db, embedder)
    return [goal.evidence for goal in choose(db, goals, embedder)]


def search_rows(db: sqlite_utils.Database, query: str, form: WorkbenchForm, goal: int | None) -> list[dict]:
    """Search results for one goal's search box, each marked when already chosen for that goal."""
    if goal is None or not 0 <= goal < len(form.goals):
        return []
    hits = search(db, query, configured_embedder(), top=SEARCH_RESULTS,
                  refresh=refresh_in_request(current_job(current_app.config["DATABASE"])))
    records = fetch_records(db, [hit.ref for hit in hits])
    chosen = set(form.goals[goal].evidence.data or [])
    return [{"record": records[hit.ref], "hit": hit, "chosen": hit.ref in chosen}
            for hit in hits if hit.ref in records]


def apply_choices(goals: list[Goal], choices: list[dict], known: set[str]) -> tuple[list[Goal], list[dict]]:
    """The goals with the form's choices applied by goal text, and the choices whose goal is gone.

    Matching by text, not position, keeps choices with their goal when someone else reordered
    or edited the goal list in the meantime.
    """
    pending = list(choices)
    updated = []
    for goal in goals:
        choice = next((c for c in pending if c["text"] == goal.text), None)
        if choice is not None:
            pending.remove(choice)
            goal = replace(goal, evidence=[ref for ref in choice["evidence"] if ref in known],
                           own_text=choice["own_text"])
        updated.append(goal)
    return updated, [c for c in pending if c["evidence"] or c["own_text"]]


def differences(stored_goals: list[Goal], choices: list[dict]) -> list[dict]:
    """Per goal where the stored version differs from the form: both versions, to show on a conflict."""
    stored = {goal.text: {"evidence": goal.evidence, "own_text": goal.own_text} for goal in stored_goals}
    found = []
    for number, choice in enumerate(choices, start=1):
        theirs = stored.get(choice["text"], {"evidence": [], "own_text": "", "gone": True})
        if theirs.get("gone") or (theirs["evidence"], theirs["own_text"]) != (choice["evidence"], choice["own_text"]):
            found.append({"number": number, "text": choice["text"], "gone": theirs.get("gone", False),
                          "stored": theirs, "mine": choice})
    texts = {choice["text"] for choice in choices}
    found += [{"number": None, "text": goal.text, "gone": False, "added": True, "stored": stored[goal.text],
               "mine": {"evidence": [], "own_text": ""}} for goal in stored_goals if goal.text not in texts]
    return found
