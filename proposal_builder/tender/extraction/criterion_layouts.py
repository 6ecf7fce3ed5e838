"""How a tender lays out its award criteria apart from their tree, made plain before the criteria are read: a table
written across (the criteria in the header row, a row of weights below), a PDF row that took in two table rows beside a
cell merged down, a PDF name cell that wrapped onto a row of its own, and weights written in words. Each turns the blocks into the shape a reader of a table written down
or of weights in digits expects; positions stay, so every criterion still points at its own block.
"""

import re
from collections import Counter
from dataclasses import replace

from ..reading.blocks import TABLE_ROW, Block
from .criterion_tree import WEIGHT_CELL, tables
from .numbers import WORD_NUMBER, to_int

# The label of a row of weights or limits in a table written across ("| | Plan van aanpak | Prijs |", "| Weging | 60% | 40% |")
ACROSS_LABEL = re.compile(r"weging|gewicht|punten|score|%|procent|pagina|omvang|a4|woorden", re.IGNORECASE)
# Weights stacked in one cell of a PDF row that took two table rows in ("20% 15%"), and where a name cell splits
STACKED_WEIGHTS = re.compile(r"^\s*(?:\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten)?\s+)+\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten)?\s*$",
                             re.IGNORECASE)
ONE_WEIGHT = re.compile(r"\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten)?", re.IGNORECASE)
CODE_START = re.compile(r"(?<!\S)(?=[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?\s+[A-Za-zÀ-ÿ])")
WEIGHT_UNIT = re.compile(r"procent|punt", re.IGNORECASE)  # the cheap test before WORD_WEIGHT
# "zeventig procent", "veertig punten": a weight in words
WORD_WEIGHT = re.compile(rf"\b({WORD_NUMBER})\s+(procent|punten|punt)\b", re.IGNORECASE)


def with_digit_weights(blocks: list[Block]) -> list[Block]:
    """The blocks with weights written in words in digits ("De kwaliteit weegt zeventig procent" → "70 procent"), so
    that every reader sees one way of writing a weight; positions stay."""
    def digits(text: str) -> str:
        return WORD_WEIGHT.sub(lambda m: f"{to_int(m.group(1))} {m.group(2)}", text)
    return [replace(block, text=digits(block.text), cells=[digits(cell) for cell in block.cells])
            if WEIGHT_UNIT.search(block.text) and WORD_WEIGHT.search(block.text) else block  # the cheap test first
            for block in blocks]


def as_written(criteria: list, blocks: list[Block]) -> None:
    """Give a weight read from words back its words ("zeventig procent"), the value kept in digits."""
    at = {block.position: block for block in blocks}
    for criterion in criteria:
        block = at.get(criterion.position)
        number = re.match(r"\d+", criterion.weight or "")
        written = [m.group(0) for m in WORD_WEIGHT.finditer(" ".join([block.text, *block.cells]))] if block and number else []
        same = [w for w in written if to_int(WORD_WEIGHT.match(w).group(1)) == int(number.group(0))]
        criterion.weight = same[0] if same else criterion.weight


def turned_tables(blocks: list[Block]) -> list[Block]:
    """The blocks with each criteria table written across (the criteria in the header row, a row of weights and one of
    page limits below it) turned into one row per criterion, as a table written down reads; positions stay."""
    turned: dict[int, list[Block]] = {}
    for rows in tables(blocks):
        down = _turned(rows)
        if down:
            turned.update({row.position: [] for row in rows})
            turned[rows[0].position] = down
    return [row for block in blocks for row in turned.get(block.position, [block])] if turned else blocks


def _turned(rows: list[Block]) -> list[Block]:
    header = rows[0].header
    if not header and len(rows) >= 2:  # a first row without header styling ("| | Plan van aanpak | Prijs |")
        header, rows = rows[0].cells, rows[1:]
    names = header[1:]
    if len(names) < 2 or any(len(row.cells) != len(header) for row in rows) or \
            not all(name.strip() and not re.search(r"\d", name) for name in names) or \
            not all(ACROSS_LABEL.search(row.cells[0]) for row in rows) or \
            not any(all(re.search(r"\d", cell) and WEIGHT_CELL.match(cell) for cell in row.cells[1:]) for row in rows):
        return []
    labels = ["Criterium", *[row.cells[0] for row in rows]]
    # each row's text is the header row, so that the criteria keep its order
    return [replace(rows[0], text=" | ".join(header), cells=list(cells), header=labels)
            for column, name in enumerate(names, 1) for cells in [[name, *[row.cells[column] for row in rows]]]]


def unstacked_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with each table row that holds two or more criteria stacked (a PDF row taking in the rows beside a
    cell merged down: "K2 Veiligheid in het gezin K3 Daderaanpak | 20% 15% | 4 3") split into one row per criterion,
    where the codes split the name cell and a cell holds as many weights; positions stay."""
    return [row for block in blocks for row in (_unstacked(block) if block.kind == TABLE_ROW else [block])]


def _unstacked(row: Block) -> list[Block]:
    weights = [len(ONE_WEIGHT.findall(cell)) for cell in row.cells if STACKED_WEIGHTS.match(cell) and re.search(r"%|procent|punten", cell)]
    count = weights[0] if weights else 0
    names = [column for column, cell in enumerate(row.cells) if len(CODE_START.split(cell.strip())) - 1 == count]
    if count < 2 or not names:
        return [row]
    columns = []
    for column, cell in enumerate(row.cells):
        parts = [part.strip() for part in CODE_START.split(cell.strip()) if part.strip()] if column == names[0] else \
            [w.strip() for w in ONE_WEIGHT.findall(cell)] if STACKED_WEIGHTS.match(cell) else cell.split()
        columns.append(parts if len(parts) == count else [cell] * count)
    return [replace(row, cells=list(cells)) for cells in zip(*columns)]  # the row's text keeps the criteria's order


def joined_wraps(blocks: list[Block]) -> list[Block]:
    """The blocks with each PDF table row that holds only the start of a name cell ("Bereik van inwoners die nu | |",
    fewer cells than the table's rows) joined to the row below, whose name cell goes on in lower case ("a | buiten beeld
    zijn | 30"); the emptied row stays, so that positions do."""
    joined: dict[int, Block] = {}
    for rows in tables(blocks):
        width = Counter(len(row.cells) for row in rows).most_common(1)[0][0]
        for row, below in zip(rows, rows[1:]):
            filled = [cell.strip() for cell in row.cells if cell.strip()]
            goes_on = [i for i, cell in enumerate(below.cells) if re.match(r"[a-zà-ÿ]{2,}\s", cell.strip())]
            if len(row.cells) < width == len(below.cells) and len(filled) == 1 and goes_on and below.position not in joined:
                cells = list(below.cells)
                cells[goes_on[0]] = f"{filled[0]} {cells[goes_on[0]].strip()}"
                joined[row.position] = replace(row, text="", cells=[""] * len(row.cells))
                joined[below.position] = replace(below, text=" | ".join(c for c in cells if c), cells=cells)
    return [joined.get(block.position, block) for block in blocks] if joined else blocks
