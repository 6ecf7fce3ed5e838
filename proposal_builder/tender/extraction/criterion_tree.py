"""Award criteria as a tree: main criteria with sub-criteria below them, read from the document's structure, with the
reading chosen by arithmetic.

A criterion can sit under another in three ways a tender marks by structure, not by wording:
- a table whose first text column groups the rows below it ("Kwaliteit | K1 Plan van aanpak | 25%" then
  " | K2 Samenwerking | 20%": the group cell merged down, left empty or repeated), the criteria in the column after it;
- a code that extends another's ("K1" over "K1.1" and "K1.2", "2" over "2a" and "2b");
- a deeper heading or list level right after it (a heading "Kwaliteit (70%)" over sub-headings with weights).
A main criterion whose sub-criteria add up to its weight, in its unit, is a grouping: CONVENTIONS.md scores the
sub-criteria, so the main one is dropped; where they do not add up both stay as read.
"""

import re
from dataclasses import replace

from ..reading.blocks import TABLE_ROW, Block
from .numbers import WORD_NUMBER, to_int

# Headers naming a column of groups and a column of the criteria under them: "Criterium | Subcriterium",
# "Hoofdcriterium | Deelcriterium", "Gunningscriterium | Onderdeel"
SUB_HEADER = re.compile(r"^\s*(?:sub|deel)\s*-?\s*(?:criteri|aspect|onderde)|^\s*(?:onderdeel|aspect|beoordelingsaspect)\b",
                        re.IGNORECASE)
WEIGHT_CELL = re.compile(r"^\s*\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten|punt)?\s*$|^\s*[–—-]?\s*$", re.IGNORECASE)
SHORT_CODE = re.compile(r"[A-Z]{0,2}\d{0,2}(?:\.\d{1,2})?\.?")  # a code column's cell: "K1", "5.4", "A"
TOTAL = re.compile(r"^\s*(?:sub)?tota(?:al|l)\b", re.IGNORECASE)
# The label of a row of weights or limits in a table written across ("| | Plan van aanpak | Prijs |", "| Weging | 60% | 40% |")
ACROSS_LABEL = re.compile(r"weging|gewicht|punten|score|%|procent|pagina|omvang|a4|woorden", re.IGNORECASE)
# Weights stacked in one cell of a PDF row that took two table rows in ("20% 15%"), and where a name cell splits
STACKED_WEIGHTS = re.compile(r"^\s*(?:\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten)?\s+)+\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten)?\s*$",
                             re.IGNORECASE)
ONE_WEIGHT = re.compile(r"\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten)?", re.IGNORECASE)
CODE_START = re.compile(r"(?<!\S)(?=[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?\s+[A-Za-zÀ-ÿ])")
# "zeventig procent", "veertig punten": a weight in words
WEIGHT_UNIT = re.compile(r"procent|punt", re.IGNORECASE)
WORD_WEIGHT = re.compile(rf"\b({WORD_NUMBER})\s+(procent|punten|punt)\b", re.IGNORECASE)
# "K1.2", "1.2", "2a", "B3": a code and the code it extends ("K1", "1", "2", "B")
CODE = re.compile(r"^(?P<code>[A-Z]{0,2}\d{1,2}(?:[.]\d{1,2}|[a-h])*)\.?(?=\s|$)")


def group_columns(blocks: list[Block]) -> dict[int, int]:
    """Per table row (by position) the column that groups criteria, where its table has one: a text column whose
    cell is left empty or repeated in a later row while the column after it names a criterion of its own, or whose
    next column is headed as the sub-criteria."""
    found: dict[int, int] = {}
    for rows in _tables(blocks):
        column = _group_column(rows)
        if column is not None:
            found.update({row.position: column for row in rows})
    return found


def without_group(cells: list[str], column: int | None) -> list[str]:
    """A row's cells without its group cell, unless the row names no criterion of its own under it ("Prijs | | 30%")."""
    if column is None or column + 1 >= len(cells) or not cells[column + 1].strip():
        return cells
    return cells[:column] + cells[column + 1:]


def _tables(blocks: list[Block]):
    """The tables as runs of consecutive rows with one header."""
    run: list[Block] = []
    for block in blocks:
        if block.kind == TABLE_ROW and run and block.header == run[-1].header and block.position == run[-1].position + 1:
            run.append(block)
            continue
        if run:
            yield run
        run = [block] if block.kind == TABLE_ROW else []
    if run:
        yield run


def _group_column(rows: list[Block]) -> int | None:
    width = min(len(row.cells) for row in rows)
    header = rows[0].header
    for column in range(min(width - 2, 2)):
        # a cell without a letter or digit ("^", "〃") marks a merged one, as an empty cell does
        texts = [_text(row.cells[column]) for row in rows]
        nexts = [_text(row.cells[column + 1]) for row in rows]
        if any(WEIGHT_CELL.match(cell) or SHORT_CODE.fullmatch(cell) for cell in texts + nexts if cell):
            continue  # a weight, a number or a code ("K1"): not the name columns
        rows_named = [i for i in range(len(rows)) if not TOTAL.match(nexts[i])]  # "| | Totaal | 100%" closes the table
        headed = column + 1 < len(header) and SUB_HEADER.search(header[column + 1]) is not None
        merged = any(nexts[i] and (not texts[i] or texts[i] == texts[i - 1]) for i in rows_named if i) and \
            bool(texts[0]) and len(set(filter(None, texts))) < len(set(filter(None, nexts)))
        if headed or merged:
            return column
    return None


def _text(cell: str) -> str:
    return cell.strip() if re.search(r"\w", cell) else ""


def without_parents(criteria: list, blocks: list[Block], value, unit) -> list:
    """The criteria without each main criterion whose sub-criteria (by code or by deeper level right below it) add up
    to its weight in its unit."""
    at = {block.position: block for block in blocks}
    parents = set()
    for index, criterion in enumerate(criteria):
        children = _children(criterion, criteria[index + 1:], at)
        if len(children) >= 2 and all(unit(c) == unit(criterion) for c in children) and value(criterion) and \
                abs(sum(value(c) for c in children) - value(criterion)) < 0.01:
            parents.add(id(criterion))
    return [c for c in criteria if id(c) not in parents]


def _children(criterion, after: list, at: dict[int, Block]) -> list:
    """The criteria right after one that sit below it: their codes extend its code, or their blocks are deeper
    headings or list items under it."""
    code = _code(criterion)
    if code:
        coded = [c for c in after if extends(_code(c), code)]
        if coded:
            return coded
    block = at.get(criterion.position)
    if block is None or block.kind == TABLE_ROW:
        return []
    children = []
    for other in after:
        below = at.get(other.position)
        if below is None or below.kind != block.kind or below.level <= block.level:
            break
        children.append(other)
    return children


def extends(code: str, parent: str) -> bool:
    """Whether a code is one below another: "K1.2" below "K1", "1a" below "1", "6.1.1" below "6.1"; not "K10"."""
    return bool(code and parent) and len(code) > len(parent) and code.startswith(parent) and not code[len(parent)].isdigit()


def _code(criterion) -> str:
    if criterion.code:
        return criterion.code.rstrip(".")
    found = CODE.match(criterion.name.strip())
    return found.group("code") if found and " " in criterion.name.strip() else ""


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
    for rows in _tables(blocks):
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
            ONE_WEIGHT.findall(cell) if STACKED_WEIGHTS.match(cell) else cell.split()
        columns.append(parts if len(parts) == count else [cell] * count)
    return [replace(row, cells=list(cells)) for cells in zip(*columns)]  # the row's text keeps the criteria's order
