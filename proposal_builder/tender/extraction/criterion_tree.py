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
from collections import Counter
from typing import NamedTuple

from ..reading.blocks import HEADING, TABLE_ROW, Block
from .criterion_columns import GROUPING, column_roles, role_column

# Headers naming a column of groups and a column of the criteria under them: "Criterium | Subcriterium",
# "Hoofdcriterium | Deelcriterium", "Gunningscriterium | Onderdeel"
SUB_HEADER = re.compile(r"^\s*(?:sub|deel)\s*-?\s*(?:criteri|aspect|onderde)|^\s*(?:onderdeel|aspect|beoordelingsaspect)\b",
                        re.IGNORECASE)
WEIGHT_CELL = re.compile(r"^\s*\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten|punt)?\s*$|^\s*[–—-]?\s*$", re.IGNORECASE)
SHORT_CODE = re.compile(r"[A-Z]{0,2}\d{0,2}(?:\.\d{1,2})?\.?")  # a code column's cell: "K1", "5.4", "A"
# "K1.2", "1.2", "2a", "B3": a code and the code it extends ("K1", "1", "2", "B")
CODE = re.compile(r"^(?P<code>[A-Z]{0,2}\d{1,2}(?:[.]\d{1,2}|[a-h])*)\.?(?=\s|$)")


class TableColumns(NamedTuple):
    """What a criteria table's columns hold (criterion_columns.py) and which of them groups the criteria, if any."""

    roles: list[str]
    group: int | None
    header: list[str]  # the header row, also one the reader took for a row ("| Criterium | Punten |" in plain type)
    lone: frozenset[int] = frozenset()  # the rows (by position) whose group cell groups no other row (see `lone_rows`)


def table_columns(blocks: list[Block]) -> dict[int, TableColumns]:
    """Per table row (by position) the roles of its table's columns and the column that groups criteria, where its table
    has one: a text column merged down or repeated over the rows while a column right of it names criteria of its
    own, or whose next column is headed as the sub-criteria."""
    found: dict[int, TableColumns] = {}
    for rows in tables(blocks):
        # the width most rows have: a PDF row that wrapped ("Bereik van inwoners die nu | |") holds fewer cells
        width = Counter(len(row.cells) for row in rows).most_common(1)[0][0]
        body = [row.cells for row in rows if len(row.cells) == width]
        header = rows[0].header or (body[0] if len(body) >= 3 and _heads(body[0], body[1:]) else [])
        roles = column_roles(header, body[1:] if header and not rows[0].header else body)
        group = _group_column(rows, roles)
        columns = TableColumns(roles, group, header, lone_rows(rows, group))
        found.update({row.position: columns for row in rows})
    return found


def lone_rows(rows: list[Block], column: int | None) -> frozenset[int]:
    """The rows whose group cell groups only themselves ("Prijs | prijsblad (bijlage 3) | 250 punten" below "Kwaliteit
    (750 punten)" merged down over K1 to K3), beside a criterion cell of their own: such a row is one criterion, named
    by its group cell. An empty group cell belongs to the filled one above it; where the first is empty, a PDF centred
    the merged cell's text in a middle row, and an empty cell belongs to the nearest filled one (above on a tie)."""
    if column is None:
        return frozenset()
    cells = [_text(row.cells[column]) if column + 1 < len(row.cells) else "" for row in rows]
    # a merged cell Word repeats on every row it spans is one group
    filled = [i for i, cell in enumerate(cells) if cell and (i == 0 or cell != cells[i - 1])]
    if not filled:
        return frozenset()
    centred = filled[0] > 0
    owner = {}
    for i in range(len(rows)):
        above = max((f for f in filled if f <= i), default=None)
        if cells[i] and above is not None:  # filled: its own group, or the one whose text it repeats
            owner[i] = above
            continue
        below = min((f for f in filled if f >= i), default=None)
        nearest = below if above is None or (centred and below is not None and below - i < i - above) else above
        owner[i] = nearest
    spans = Counter(owner.values())
    return frozenset(rows[i].position for i in filled if spans[i] == 1 and _text(rows[i].cells[column + 1]))


def _heads(first: list[str], below: list[list[str]]) -> bool:
    """Whether a first row is a header the reader did not mark: no digit in it, while a column below holds numbers."""
    return not any(re.search(r"\d", cell) for cell in first) and \
        any(all(re.search(r"\d", row[i]) for row in below) for i in range(len(first)))


def without_group(cells: list[str], column: int | None) -> list[str]:
    """A row's cells without its group cell, unless the row names no criterion of its own under it ("Prijs | | 30%")."""
    if column is None or column + 1 >= len(cells) or not cells[column + 1].strip():
        return cells
    return cells[:column] + cells[column + 1:]


def tables(blocks: list[Block]):
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


def _group_column(rows: list[Block], roles: list[str]) -> int | None:
    """The grouping column by what the cells hold, else a text column whose next column is headed as the sub-criteria
    ("Criterium | Subcriterium")."""
    grouping = role_column(roles, GROUPING)
    if grouping is not None:
        return grouping
    width, header = min(len(row.cells) for row in rows), rows[0].header
    for column in range(min(width - 2, 2)):
        # a cell without a letter or digit ("^", "〃") marks a merged one, as an empty cell does
        cells = [_text(row.cells[i]) for row in rows for i in (column, column + 1)]
        if any(WEIGHT_CELL.match(cell) or SHORT_CODE.fullmatch(cell) for cell in cells if cell):
            continue  # a weight, a number or a code ("K1"): not the name columns
        if column + 1 < len(header) and SUB_HEADER.search(header[column + 1]) is not None:
            return column
    return None


def _text(cell: str) -> str:
    return cell.strip() if re.search(r"\w", cell) else ""


def without_parents(criteria: list, blocks: list[Block], value, unit) -> list:
    """The criteria without each main criterion whose sub-criteria (by code, by deeper level right below it, or in the
    subsection where it is read) add up to its weight in its unit."""
    at = {block.position: block for block in blocks}
    parents = set()
    def made_up(criterion, children: list) -> bool:
        return len(children) >= 2 and all(unit(c) == unit(criterion) for c in children) and bool(value(criterion)) and \
            abs(sum(value(c) for c in children) - value(criterion)) < 0.01

    above: dict[int, object] = {}  # a sub-criterion's main criterion, by id
    for index, criterion in enumerate(criteria):
        # by code or level, else all read in its subsection (a sub-criterion whose code the reader took for a list marker)
        found = (_children(criterion, criteria[index + 1:], at), _in_subsection(criterion, criteria, at))
        children = next((children for children in found if made_up(criterion, children)), None)
        if children is not None:
            parents.add(id(criterion))
            above.update({id(child): criterion for child in children})
    for criterion in criteria:  # in its main criterion's place ("K1" in the summary table, K1a in its subsection)
        chain, node = [], criterion
        while node is not None and len(chain) < len(criteria):
            chain.insert(0, node.position)
            node = above.get(id(node))
        criterion.place = tuple(chain) if len(chain) > 1 else None
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


def _in_subsection(criterion, criteria: list, at: dict[int, Block]) -> list:
    """The criteria read in the subsection whose heading states a criterion ("5.3 Werkwijze (30%)" over "Vroegsignalering
    (20%)" and "Aanpak van overlast (10%)"), also where that criterion was first read in a summary table: those under
    its heading and not under the heading of another of them."""
    heading = next((at[p] for p in [criterion.position, *criterion.also] if p in at and at[p].kind == HEADING), None)
    if heading is None:
        return []
    inside = [c for c in criteria if c is not criterion and c.position in at and c.position > heading.position
              and _under(at[c.position].section, heading.section)]
    subheadings = [(c, at[c.position].section) for c in inside if at[c.position].kind == HEADING]
    return [c for c in inside if not any(other is not c and _under(at[c.position].section, section)
                                         for other, section in subheadings)]


def _under(section: list[str], heading: list[str]) -> bool:
    """Whether a block's section lies within a heading's: the heading's own text, or deeper."""
    return section[:len(heading)] == heading


def extends(code: str, parent: str) -> bool:
    """Whether a code is one below another: "K1.2" below "K1", "1a" below "1", "6.1.1" below "6.1"; not "K10"."""
    return bool(code and parent) and len(code) > len(parent) and code.startswith(parent) and not code[len(parent)].isdigit()


def _code(criterion) -> str:
    if criterion.code:
        return criterion.code.rstrip(".")
    found = CODE.match(criterion.name.strip())
    return found.group("code") if found and " " in criterion.name.strip() else ""
