"""Tables from table-row blocks: the header, rows with merged cells filled in, and what each column holds."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from proposal_builder.tender.reading.blocks import PARAGRAPH, Block

from .words import COLUMN_ROLES, THEME_LABELS

NUMBER = re.compile(r"^[€]?\s*[-+]?\d[\d.]*(,\d+)?\s*(%|procent|x)?$")


@dataclass
class Table:
    """One table: its header cells, its body rows and the section it stands in."""

    header: list[str]
    rows: list[list[str]]
    path: list[str]
    roles: list[str] = field(default_factory=list)
    year_columns: dict[int, int] = field(default_factory=dict)  # column → the year its header names

    def column(self, role: str) -> int | None:
        """The first column with this role, or None."""
        return self.roles.index(role) if role in self.roles else None


# A plain-text table's header line over a rule of dashes, one run per column: 'Indicator  Realisatie 2024  Doel 2024'
# over '-------- ---------- ------'.
RULED = re.compile(r"^(?P<header>.+?)\s+(?P<rule>-{3,}(?:\s+-{3,})+)$")


def ruled_header(rows: list[Block], section) -> list[Block]:
    """Rows whose header a plain-text reader took from the first row of figures, with the header from the ruled
    line above them (taken out of the section's paragraphs); the rows unchanged when there is none."""
    ruled = RULED.match(section.blocks[-1].text) if section.blocks else None
    width = len(rows[0].cells)
    if ruled is None or not rows[0].header or len(ruled.group("rule").split()) != width or \
            sum(is_number(c) for c in rows[0].header) * 2 < width - 1:
        return rows
    header = _split_header(ruled.group("header"), width)
    if header is None:
        return rows
    section.blocks.pop()
    first = Block(" | ".join(rows[0].header), rows[0].kind, list(rows[0].section), rows[0].position,
                  cells=list(rows[0].header), header=header)
    return [first] + [Block(b.text, b.kind, list(b.section), b.position, cells=list(b.cells), header=header)
                      for b in rows]


def _split_header(text: str, width: int) -> list[str] | None:
    """A header line whose spacing is lost, split where a known column word starts ('Indicator', 'Realisatie 2024',
    'Doel 2024'); None when that gives another number of columns."""
    starts = [m.start() for m in re.finditer(r"\b(?=([A-Z][\w-]*(?:\s+\S+)?))", text) if column_role(m.group(1))]
    if not starts or starts[0] != 0:
        starts = [0] + starts
    cells = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
    return cells if len(cells) == width else None


def is_number(cell: str) -> bool:
    """Whether a cell holds only a figure (148, 8,1, € 297.400, 68%)."""
    return bool(NUMBER.match(cell.strip()))


def column_role(header: str) -> str:
    """What a column holds, from its header's words ('' when the header says nothing known)."""
    lowered = header.lower().strip()
    if re.fullmatch(r"(20[0-4]\d)( \(?t/m.*)?", lowered):
        return "year"
    for role, words in COLUMN_ROLES:
        if any(re.search(rf"(?<!\w){re.escape(word)}", lowered) for word in words):
            return role
    return ""


def group_tables(rows: list[Block]) -> list[tuple[Table, list[Block]]]:
    """Consecutive table rows of one width as tables; a stray one-cell line after a table becomes a paragraph."""
    out: list[tuple[Table, list[Block]]] = []
    current: list[Block] = []
    for block in rows:
        same_header = bool(block.header) and block.header == current[0].header if current else False
        if current and ((len(block.cells) != len(current[0].cells) and not same_header)
                        or block.header != current[0].header or block.section != current[0].section):
            out.append(_table(current))
            current = []
        current.append(block)
    if current:
        out.append(_table(current))
    return out


def _table(rows: list[Block]) -> tuple[Table, list[Block]]:
    header = list(rows[0].header)
    body = [list(b.cells) for b in rows]
    if not header:
        header, body = body[0], body[1:]
    extra: list[Block] = []
    # A PDF reader may take a bold line under the table for a last row with one filled cell.
    while body and len(body[-1]) > 2 and sum(1 for c in body[-1] if c) == 1 and body[-1][0]:
        extra.insert(0, Block(body[-1][0], PARAGRAPH, list(rows[-1].section), rows[-1].position))
        body.pop()
    header, body = _with_sub_header(header, body)
    body = [row for row in body if not _repeats_header(row, header)]  # a header repeated on the next page
    table = Table(header, _fill_merged(body, header), list(rows[0].section))
    table.roles = _theme_columns([column_role(h) for h in header], header)
    table.year_columns = {i: int(h.strip()[:4]) for i, h in enumerate(header) if table.roles[i] == "year"}
    return table, extra


YEAR = re.compile(r"\s*(20[0-4]\d)\s*")


def _theme_columns(roles: list[str], header: list[str]) -> list[str]:
    """Beside a column of projects, one headed 'Programma' or 'Thema' groups them: it names no project."""
    if roles.count("project") < 2:
        return roles
    return ["theme" if role == "project" and h.strip().lower().split()[:1] and h.strip().lower().split()[0] in
            THEME_LABELS else role for role, h in zip(roles, header)]


def _with_sub_header(header: list[str], body: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A header of two rows ('Realisatie' over '2024 | 2025') as one ('Realisatie 2024', 'Realisatie 2025'); a
    header cell merged over several columns stands once in a Word table and as empty cells in plain text."""
    sub = body[0] if body else []
    if not any(YEAR.fullmatch(c) for c in sub) or any(
            c.strip() and not YEAR.fullmatch(c) and c.strip() not in header for c in sub):
        return header, body
    header = list(header)
    if len(header) < len(sub):
        first = next(i for i, c in enumerate(sub) if YEAR.fullmatch(c))
        header[first:first + 1] = [header[min(first, len(header) - 1)]] * (len(sub) - len(header) + 1)
    joined: list[str] = []
    for h, below in zip(header, sub + [""] * (len(header) - len(sub))):
        h = h.strip() or (joined[-1].rsplit(" ", 1)[0] if joined and YEAR.fullmatch(below) else "")
        joined.append(f"{h} {below.strip()}".strip() if YEAR.fullmatch(below) else h)
    return joined, body[1:]


def _repeats_header(row: list[str], header: list[str]) -> bool:
    cells = [(c.strip().lower(), h.strip().lower()) for c, h in zip(row, header) if c.strip()]
    return bool(cells) and 2 * sum(1 for c, h in cells if h and c.startswith(h)) > len(cells)


def _fill_merged(body: list[list[str]], header: list[str]) -> list[list[str]]:
    """Empty cells of the label columns (left of the first figure) take the label of their merged cell: the value
    above, or the nearest one when the first row's is empty (a PDF shows a merged cell's text centred in it)."""
    label_columns = _label_columns(body, len(header))
    filled = [list(row) + [""] * (len(header) - len(row)) for row in body]
    for c in label_columns:
        labelled = [i for i, row in enumerate(filled) if row[c].strip()]
        if not labelled or len(labelled) == len(filled):
            continue
        centred = labelled[0] > 0
        for i, row in enumerate(filled):
            if row[c].strip() or not any(row):
                continue
            above = [j for j in labelled if j < i]
            below = [j for j in labelled if j > i] if centred else []
            nearest = min(above[-1:] + below[:1], key=lambda j: (abs(j - i), j > i), default=None)
            if nearest is not None:
                row[c] = filled[nearest][c]
    return filled


def _label_columns(body: list[list[str]], width: int) -> list[int]:
    columns = []
    for c in range(width):
        cells = [row[c] for row in body if c < len(row) and row[c].strip()]
        if cells and sum(is_number(x) for x in cells) > len(cells) / 2:
            break
        columns.append(c)
    return columns[:2]
