"""What the director does to a tender's goal list: merge, split, delete, move, add (no Flask).

Each function takes a list of `Goal` values and returns a new list; the input is never changed. A goal keeps its `evidence` and `own_text`
through every edit, so the choices made on the workbench survive the editing here.
"""
from __future__ import annotations

from dataclasses import replace

from .extraction.goals import goal_kind, tidy
from .extraction.sentences import split_sentences
from .goal import Goal


# A tender's goals are each matched, shown and drafted: a pasted text that reads as tens of
# thousands of goals would make every page slow. Real tenders have tens of goals at most.
MAX_GOALS = 200
TOO_MANY_GOALS = (f"Een aanbesteding kan hoogstens {MAX_GOALS} doelen hebben. Voeg doelen samen of verwijder "
                  "er een paar voordat u er nieuwe bij maakt.")


class GoalEditError(ValueError):
    """An edit that cannot be done; the message is Dutch and shown to the director."""


def capped(goals: list[Goal]) -> tuple[list[Goal], int]:
    """The first MAX_GOALS goals, and how many were left out."""
    return list(goals[:MAX_GOALS]), max(0, len(goals) - MAX_GOALS)


def _check_room(goals: list[Goal], adding: int) -> None:
    """Refuse an edit that would take the list over MAX_GOALS (a list already over it may still shrink)."""
    if adding > 0 and len(goals) + adding > MAX_GOALS:
        raise GoalEditError(TOO_MANY_GOALS)


def _check_index(goals: list[Goal], index: int) -> None:
    if not 0 <= index < len(goals):
        raise GoalEditError("Dit doel bestaat niet (meer); laad de pagina opnieuw.")


def _join(first: str, second: str, separator: str) -> str:
    parts = [part for part in (first.strip(), second.strip()) if part]
    return separator.join(dict.fromkeys(parts))


def merge_with_next(goals: list[Goal], index: int) -> list[Goal]:
    """Merge a goal with the one after it: texts joined, evidence combined, own texts kept."""
    _check_index(goals, index)
    if index == len(goals) - 1:
        raise GoalEditError("Het laatste doel heeft geen volgend doel om mee samen te voegen.")
    first, second = goals[index], goals[index + 1]
    merged = replace(
        first, text=_join(first.text, second.text, " "),
        indicator=_join(first.indicator, second.indicator, "; "), target=_join(first.target, second.target, "; "),
        block=first.block if first.block is not None else second.block,
        own_text=_join(first.own_text, second.own_text, "\n\n"),
        evidence=list(dict.fromkeys([*first.evidence, *second.evidence])))
    return [*goals[:index], merged, *goals[index + 2:]]


def split_parts(text: str) -> list[str]:
    """The parts a goal's text splits into: its lines, or else its sentences."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        return lines
    return split_sentences(" ".join(lines))


def split_goal(goals: list[Goal], index: int) -> list[Goal]:
    """Split a goal into one goal per line (or per sentence); each part keeps the evidence.

    The own text stays with the first part, so it is not repeated in the draft.
    """
    _check_index(goals, index)
    goal = goals[index]
    parts = split_parts(goal.text)
    if len(parts) < 2:
        raise GoalEditError("Er valt niets te splitsen: zet elk deel van het doel op een eigen regel "
                            "en kies dan Splitsen.")
    _check_room(goals, len(parts) - 1)
    pieces = [replace(goal, text=part, evidence=list(goal.evidence), own_text=goal.own_text if number == 0 else "")
              for number, part in enumerate(parts)]
    return [*goals[:index], *pieces, *goals[index + 1:]]


def delete_goal(goals: list[Goal], index: int) -> list[Goal]:
    """Remove a goal."""
    _check_index(goals, index)
    return [*goals[:index], *goals[index + 1:]]


def move_goal(goals: list[Goal], index: int, step: int) -> list[Goal]:
    """Move a goal one place up (step -1) or down (step 1); at either end it stays put."""
    _check_index(goals, index)
    target = index + step
    if not 0 <= target < len(goals):
        return list(goals)
    moved = list(goals)
    moved[index], moved[target] = moved[target], moved[index]
    return moved


def new_goal(text: str, kind: str = "", section: list[str] | None = None, block: int | None = None) -> Goal:
    """A goal the director adds; its kind is guessed from the text when not given."""
    text = " ".join(text.split())
    return Goal(text, kind or goal_kind(text), list(section or []), block=block)


def goal_from_block(block: dict) -> Goal:
    """A new goal made from one source block of the tender (its Doel cell for a table row)."""
    text = block["cells"][0] if block.get("cells") else block["text"]
    return new_goal(tidy(text), section=block.get("section", []), block=block["position"])


def insert_goal(goals: list[Goal], goal: Goal) -> list[Goal]:
    """Add a goal; one taken from the source text goes where its block is in the document."""
    _check_room(goals, 1)
    if goal.block is None:
        return [*goals, goal]
    after = [i for i, g in enumerate(goals) if g.block is not None and g.block <= goal.block]
    at = after[-1] + 1 if after else next((i for i, g in enumerate(goals) if g.block is not None), len(goals))
    return [*goals[:at], goal, *goals[at:]]
