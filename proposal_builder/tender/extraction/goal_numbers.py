"""The tender's own goal numbers ("Doel 4: ...", a "Nr" column), by which criteria refer to goals (goal_labels.py).

A criterion covering "doel 4 en doel 7" means the goals the tender numbered 4 and 7. Counting the goals
found instead goes wrong as soon as the tender's goals are not all read in order: a table holding
goals 1 and 2 before bullets "Doel 3:" to "Doel 7:", or a context sentence taken for a goal.
"""
from __future__ import annotations

from ..goal import Goal
from ..reading.blocks import Block
from .candidates import NUMBERED_GOAL_LABEL
from .goal_codes import NUMBER_COLUMNS


def own_number(goal: Goal, blocks: dict[int, Block]) -> int | None:
    """The whole number the tender gives this goal, if it gives one."""
    for key, value in goal.attributes.items():
        if key.strip().lower() in NUMBER_COLUMNS and value.strip().rstrip(".").isdigit():
            return int(value.strip().rstrip("."))
    block = blocks.get(goal.block) if goal.block is not None else None
    label = NUMBERED_GOAL_LABEL.match(block.text) if block is not None else None
    return int(label.group("number")) if label and label.group("number").isdigit() else None
