"""Undo for deleting a goal on the tender page: the last deleted goal waits in the session."""
from __future__ import annotations

from flask import session

from ...tender import Goal

KEY = "goal_undo"


def deleted_goal(verb: str, index: int | None, goals: list[Goal], tender_id: int) -> dict | None:
    """What to keep for undo when the pressed button deletes a goal, else None."""
    if verb != "delete" or index is None or index >= len(goals):
        return None
    return {"tender": tender_id, "index": index, "goal": goals[index].to_record()}


def remember(undo: dict | None) -> None:
    """Keep the last deletion; any other goal edit forgets it."""
    session[KEY] = undo


def pending(tender_id: int) -> dict | None:
    """The deletion that can still be undone on this tender, or None."""
    undo = session.get(KEY)
    return undo if undo and undo.get("tender") == tender_id else None


def restored(goals: list[Goal], undo: dict) -> tuple[list[Goal], int]:
    """The goal list with the deleted goal back in its old place, and that place."""
    index = min(int(undo["index"]), len(goals))
    return [*goals[:index], Goal.from_record(undo["goal"]), *goals[index:]], index
