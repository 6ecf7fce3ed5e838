"""The tender's own goal numbers ("Doel 4: ...", a "Nr" column) and the criteria that refer to goals by them.

A criterion covering "doel 4 en doel 7" means the goals the tender numbered 4 and 7. Counting the goals
found instead goes wrong as soon as the tender's goals are not all read in order: a table holding
goals 1 and 2 before bullets "Doel 3:" to "Doel 7:", or a context sentence taken for a goal.
"""
from __future__ import annotations

from ..goal import Goal
from ..reading.blocks import Block
from .candidates import NUMBERED_GOAL_LABEL
from .criteria import Criterion

NUMBER_COLUMNS = ("nr", "nr.", "nummer", "no", "no.", "#", "doel nr", "doelnummer")


def own_number(goal: Goal, blocks: dict[int, Block]) -> int | None:
    """The whole number the tender gives this goal, if it gives one."""
    for key, value in goal.attributes.items():
        if key.strip().lower() in NUMBER_COLUMNS and value.strip().rstrip(".").isdigit():
            return int(value.strip().rstrip("."))
    block = blocks.get(goal.block) if goal.block is not None else None
    label = NUMBERED_GOAL_LABEL.match(block.text) if block is not None else None
    return int(label.group("number")) if label and label.group("number").isdigit() else None


def renumber_criteria(criteria: list[Criterion], goals: list[Goal], blocks: list[Block]) -> None:
    """Point each criterion's goal numbers at the goals the tender numbered so (1-based positions), when the
    goals carry numbers of their own that differ from their order and name every number referred to."""
    by_position = {block.position: block for block in blocks}
    numbers = [own_number(goal, by_position) for goal in goals]
    position = {number: i + 1 for i, number in enumerate(numbers) if number is not None}
    if len(position) < 2 or len(position) != len([n for n in numbers if n is not None]):
        return  # no numbering of its own, or the same number twice (numbered per theme): keep the order
    if all(position.get(i + 1) == i + 1 for i in range(len(goals)) if i + 1 in position):
        return  # the goals' numbers are their order already
    for criterion in criteria:
        if criterion.goals and all(n in position for n in criterion.goals):
            criterion.goals = [position[n] for n in criterion.goals]
