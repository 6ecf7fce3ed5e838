"""A monitoring table that names the goals listed above it in short words of its own is no list of new goals.

"De gemeente volgt de doelen met de indicatoren hieronder." and then "Doel | Indicator | Streefwaarde" with rows such as
"Betalingsachterstand groeit niet uit tot schuld" for the listed "Een betalingsachterstand groeit niet uit tot een
schuld waardoor iemand zijn huis kwijtraakt": each row points at a goal of the list to give its indicator and target
(targets.py reads them so), and states none of its own. A table whose accepted rows mostly restate a goal accepted
before it (every longer word of the row found in that goal) is such a table: its rows are set apart (rule
RESTATED:<accepting rule>, goal None). A goal table of its own, under a prose ambition, shares only some words with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..reading.blocks import TABLE_ROW
from .features import TABLE
from .targets import likeness, monitoring_columns

if TYPE_CHECKING:
    from .goals import Decision

RESTATED = "restated"  # the rule name of a row set apart (its accepting rule after a colon)
RESTATES = 0.9  # the share of a row's letters (in words of four or more) found in an earlier goal for it to restate it


def set_apart_restated(decisions: list[Decision]) -> list[Decision]:
    """The decisions with the rows of each monitoring table that restates the goals before it turned down."""
    for table in _tables(decisions):
        earlier = [d.goal.text for d in decisions if d.goal and d.candidate.source != TABLE
                   and d.block.position < table[0].block.position]
        restating = [d for d in table if earlier and max(likeness(d.goal.text, text) for text in earlier) >= RESTATES]
        if earlier and 2 * len(restating) >= len(table):
            for decision in table:
                decision.rule, decision.goal = f"{RESTATED}:{decision.rule}", None
    return decisions


def _tables(decisions: list[Decision]) -> list[list[Decision]]:
    """The accepted rows of each monitoring table (a goal column beside an indicator or target column), per table:
    rows of one header in consecutive blocks."""
    tables: list[list[Decision]] = []
    last = None
    for decision in decisions:
        block = decision.block
        if not decision.goal or block.kind != TABLE_ROW or monitoring_columns(block) is None:
            continue
        same = last is not None and last.header == block.header and block.position - last.position <= 2
        if same:
            tables[-1].append(decision)
        else:
            tables.append([decision])
        last = block
    return tables
