"""Saved tenders: the extracted facts, the director's goal list and the evidence chosen per goal."""
from __future__ import annotations

import json

import sqlite_utils

from .database import DatabaseBusy, write_transaction
from .records import BusyError, ConflictError, now

# A goal as stored (the JSON shape of `proposal_builder.tender.Goal.to_record`): the fields the
# tender intake fills and those the director adds. The kind vocabulary belongs to that type.
GOAL_FIELDS = {
    "text": "", "section": "", "kind": "effect", "indicator": "", "target": "",
    "block": None,  # position of the source block in `blocks`, or None when typed in
    "found_as": "", "attributes": {},
    "own_text": "",  # the director's own paragraph for the draft
    "evidence": [],  # refs of the knowledge-base records chosen for this goal
}
JSON_FIELDS = ["criteria", "target_groups", "blocks", "goals", "municipalities", "budget_parts", "requirements",
               "facts_sources", "lots", "chosen_lots"]
BOOL_FIELDS = ["budget_per_year", "excluding_appendices", "anonymous"]  # True, False, or None when the tender does not say
TENDER_FIELDS = {
    "title": "", "municipality": "", "route": "", "deadline": "", "page_limit": None,
    "word_limit": None, "budget": "", "criteria": [], "target_groups": [], "source_name": "", "blocks": [],
    "goals": [],
    "municipalities": [],  # names; `municipality` stays the display line ("A, B en C")
    "procedure": "", "budget_per_year": None,
    "budget_parts": [],  # [{name, amount}] per theme or lot
    "excluding_appendices": None,
    "page_limit_part": "",  # "activiteitenplan" when the page limit is the activity plan's, "" for the whole
    "requirements": [],  # [{text, kind, block}], kind in REQUIREMENT_KINDS
    "facts_sources": {},  # fact name -> position of the block it was read from
    "lots": [],  # [{name, label, goals, budget, places, page_limit, block}] per lot or theme
    "anonymous": None,  # True when the plan is assessed without the tenderer's name
    "ambition": "",  # the municipality's overarching ambition above the goals (the draft opens with it)
    "chosen_lots": [],  # the titles of the lots the organisation bids for; [] when none is chosen (all lots)
}
REQUIREMENT_KINDS = ("minimum", "admission", "suitability", "wish")
# A criterion as stored: what the tender states, the goals it covers and its kind.
CRITERION_FIELDS = {"name": "", "weight": "", "points": None, "percentage": None, "page_limit": None,
                    "word_limit": None, "position": None, "goals": [], "kind": ""}


class TenderError(ValueError):
    """A tender could not be saved; the message is Dutch."""


def normalise_goal(goal: dict) -> dict:
    """A goal with every field present; text trimmed, evidence refs unique and in order."""
    clean = {key: goal.get(key, default) for key, default in GOAL_FIELDS.items()}
    if clean["block"] is None and isinstance(goal.get("source"), int):
        clean["block"] = goal["source"]  # the name tenders saved before the goal type was unified
    for key in ("text", "section", "kind", "indicator", "target", "own_text"):
        clean[key] = str(clean[key] or "").strip()
    clean["evidence"] = list(dict.fromkeys(str(ref) for ref in clean["evidence"] or []))
    return clean


def normalise_criterion(criterion: dict) -> dict:
    """A criterion with every field present; goal numbers as sorted unique positive ints."""
    clean = {key: criterion.get(key, default) for key, default in CRITERION_FIELDS.items()}
    clean["goals"] = sorted({int(n) for n in clean["goals"] or [] if str(n).isdigit() and int(n) > 0})
    clean["name"], clean["weight"] = str(clean["name"] or "").strip(), str(clean["weight"] or "").strip()
    return clean


def normalise_requirement(requirement: dict) -> dict:
    """A requirement as {text, kind, block, proof}; an unknown kind is a minimum requirement."""
    kind = requirement.get("kind")
    block = requirement.get("block")
    return {"text": str(requirement.get("text") or "").strip(),
            "kind": kind if kind in REQUIREMENT_KINDS else "minimum", "block": block if isinstance(block, int) else None,
            "proof": str(requirement.get("proof") or "").strip()}


def _from_row(row: dict) -> dict:
    tender = dict(row)
    for field in JSON_FIELDS:
        tender[field] = json.loads(tender[field]) if tender.get(field) is not None else TENDER_FIELDS[field]
    for field in BOOL_FIELDS:
        tender[field] = None if tender.get(field) is None else bool(tender[field])
    tender["criteria"] = [normalise_criterion(c) for c in tender["criteria"]]
    return tender


def get_tender(db: sqlite_utils.Database, tender_id: int, include_deleted: bool = False) -> dict | None:
    """The tender with this id, or None."""
    rows = list(db.query("SELECT * FROM tenders WHERE id = ?", [tender_id]))
    if not rows or (rows[0]["deleted_at"] and not include_deleted):
        return None
    return _from_row(rows[0])


def save_tender(db: sqlite_utils.Database, data: dict, user: str = "",
                tender_id: int | None = None, expected_version: int | None = None) -> dict:
    """Create a tender, or update the given one; raise ConflictError on a stale version."""
    values = {key: data.get(key, default) for key, default in TENDER_FIELDS.items()}
    values["title"] = str(values["title"] or "").strip()
    if not values["title"]:
        raise TenderError("Geef de aanbesteding een titel.")
    values["goals"] = [normalise_goal(g) for g in values["goals"] if str(g.get("text", "")).strip()]
    values["criteria"] = [normalise_criterion(c) for c in values["criteria"] if str(c.get("name", "")).strip()]
    values["requirements"] = [normalise_requirement(r) for r in values["requirements"] if str(r.get("text", "")).strip()]
    values["page_limit_part"] = str(values["page_limit_part"] or "").strip()
    values["ambition"] = " ".join(str(values["ambition"] or "").split())
    for field in BOOL_FIELDS:
        values[field] = None if values[field] is None else int(bool(values[field]))
    for field in JSON_FIELDS:
        values[field] = json.dumps(values[field], ensure_ascii=False)
    try:
        return _store(db, values, user, tender_id, expected_version)
    except DatabaseBusy as exc:
        raise BusyError(values["title"], tender_id and get_tender(db, tender_id, include_deleted=True)) from exc


def _store(db, values: dict, user: str, tender_id: int | None, expected_version: int | None) -> dict:
    """Insert or update a tender's row in one write transaction (see save_tender)."""
    when = now()
    with write_transaction(db):
        if tender_id is None:
            values.update(created_at=when, created_by=user, updated_at=when, updated_by=user)
            tender_id = db["tenders"].insert(values).last_pk
        else:
            current = get_tender(db, tender_id)
            if current is None:
                raise KeyError(tender_id)
            if expected_version is not None and current["version"] != expected_version:
                raise ConflictError(current["title"], current)
            values.update(version=current["version"] + 1, updated_at=when, updated_by=user)
            if current.get("review_state") == "approved" and _content_changed(current, values):
                # an approval covers what was approved: a changed tender goes back to concept
                values.update(review_state="concept", review_by=user, review_at=when)
            db["tenders"].update(tender_id, values)
    return get_tender(db, tender_id)


def update_goals(db: sqlite_utils.Database, tender_id: int, goals: list[dict], user: str = "",
                 expected_version: int | None = None) -> dict:
    """Replace a tender's goal list (edits, merges, splits, order, choices) in one write."""
    tender = get_tender(db, tender_id)
    if tender is None:
        raise KeyError(tender_id)
    return save_tender(db, {**tender, "goals": goals}, user=user, tender_id=tender_id,
                       expected_version=expected_version)


def list_tenders(db: sqlite_utils.Database, deleted: bool = False) -> list[dict]:
    """Saved tenders, newest first (or those in the bin)."""
    where = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
    return [_from_row(row) for row in db.query(
        f"SELECT * FROM tenders WHERE {where} ORDER BY updated_at DESC, id DESC")]


def set_tender_deleted(db: sqlite_utils.Database, tender_id: int, deleted: bool, user: str = "") -> None:
    """Move a tender to the bin, or bring it back."""
    when = now()
    db.execute("UPDATE tenders SET deleted_at = ?, updated_at = ?, updated_by = ?, "
               "version = version + 1 WHERE id = ?",
               [when if deleted else None, when, user, tender_id])
    db.conn.commit()


def _content_changed(current: dict, values: dict) -> bool:
    """Whether the values to store differ from the stored tender in anything but bookkeeping."""
    for key in TENDER_FIELDS:
        new = json.loads(values[key]) if key in JSON_FIELDS else values[key]
        old = current.get(key)
        if key in BOOL_FIELDS:
            new, old = (None if new is None else bool(new)), (None if old is None else bool(old))
        if new != old:
            return True
    return False


# The review of a tender's proposal: state → its Dutch name; any state may follow any other.
REVIEW_STATES = {"concept": "Concept", "review": "Ter review", "approved": "Goedgekeurd"}


def set_review_state(db: sqlite_utils.Database, tender_id: int, state: str, user: str = "") -> dict:
    """Record the tender's review state with who set it and when; the goals and their version stay as they are."""
    if state not in REVIEW_STATES:
        raise TenderError(f"Onbekende reviewstatus: {state}.")
    with write_transaction(db):
        db.execute("UPDATE tenders SET review_state = ?, review_by = ?, review_at = ? WHERE id = ?",
                   [state, user, now(), tender_id])
    tender = get_tender(db, tender_id)
    if tender is None:
        raise KeyError(tender_id)
    return tender
