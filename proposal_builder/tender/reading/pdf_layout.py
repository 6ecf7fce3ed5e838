"""Rebuild visual lines and tables from positioned PDF text chunks."""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

CHAR_WIDTH = 0.5  # average glyph width in em for proportional fonts; estimates where a chunk ends
SAME_LINE = 2.0  # points of baseline difference still counted as one line
ALIGN = 4.0  # points of tolerance when matching a cell to a table column
MAX_ROW_LINES = 24  # visual lines one table row may take: twelve of text, and as many of centred cells between them
MAX_COLUMNS = 40
HEADER_GAP = 0.8  # em: wider than a word space (about 0.28 em), so two header cells set close together, not two words  # a line split into more cells than this is no table row (and would make matching quadratic)
NARROW = set("iljtfrI.,;:!'()[]| ")
MIN_RULE = 1.5  # points: a drawn shape thinner than this is a line, and one shorter than four of these no rule
WALL_SLACK = 1.0  # points a chunk may reach over a vertical rule and still stand on its side
MARKER_RE = re.compile(r"[•·▪■◦○●‣⁃∙➢►✓\-–*o\uf0b7\uf0a7]|\(?\d{1,2}[.)]|\(?[a-z][.)]")


@dataclass
class Chunk:
    """A run of text as pypdf reports it, with its position and font."""

    x: float
    y: float
    text: str
    size: float
    bold: bool

    @property
    def end(self) -> float:
        return self.x + len(self.text.rstrip()) * self.size * CHAR_WIDTH

    @property
    def glyph_end(self) -> float:
        """Where the chunk ends by the width of each kind of glyph: tighter than `end` for text with many narrow ones."""
        return self.x + sum(_glyph_width(char) for char in self.text.rstrip()) * self.size


def _glyph_width(char: str) -> float:
    """A glyph's width in em in a Helvetica-like font, by kind: narrow letters and spaces, wide ones, capitals."""
    if char in NARROW:
        return 0.28
    if char in "mwMW":
        return 0.85
    return 0.68 if char.isupper() else 0.54


@dataclass
class VisualLine:
    """Chunks sharing a baseline, split into cells where a wide horizontal gap separates them."""

    y: float
    cells: list[list[Chunk]] = field(default_factory=list)
    page_start: bool = False  # first line of a page: its distance to the line before means nothing
    ruled: bool = False  # a drawn horizontal rule runs between this line and the line above it (a table's cell border)
    column: float | None = None  # where the line's text column starts, in a page of two columns (None: the page margin)

    @property
    def text(self) -> str:
        return "   ".join(cell_text(cell) for cell in self.cells)

    @property
    def chunks(self) -> list[Chunk]:
        return [chunk for cell in self.cells for chunk in cell]

    def starts(self) -> list[float]:
        return [cell[0].x for cell in self.cells]


def cell_text(chunks: list[Chunk]) -> str:
    """Join chunks of one cell, adding a space where the gap between them shows one."""
    return " ".join(set_text(chunks).split())


def set_text(chunks: list[Chunk]) -> str:
    """The chunks' text as set, their own runs of spaces kept, and a space added where the gap between two shows one."""
    text = ""
    for previous, chunk in zip([None] + chunks, chunks):
        gap = previous and chunk.x - previous.end > chunk.size * 0.15
        joined_by_space = text.endswith(" ") or chunk.text.startswith(" ")
        text += (" " if gap and not joined_by_space and text else "") + chunk.text
    return text


def visual_lines(chunks: list[Chunk], walls: list[tuple[float, float, float]] = ()) -> list[VisualLine]:
    """Group a page's chunks into lines from top to bottom, each split into cells (also where a vertical rule, one of
    `walls` as (x, y from, y to), stands between two chunks)."""
    lines: list[list[Chunk]] = []
    for chunk in sorted(chunks, key=lambda c: -c.y):
        if lines and abs(lines[-1][0].y - chunk.y) <= SAME_LINE:
            lines[-1].append(chunk)
        else:
            lines.append([chunk])
    return [_split_cells(sorted(line, key=lambda c: c.x), [x for x, low, high in walls if low - SAME_LINE <= line[0].y
                                                            <= high + SAME_LINE]) for line in lines]


def _split_cells(chunks: list[Chunk], walls: list[float] = ()) -> VisualLine:
    """A ruled table's cells may stand closer than a wide gap: a wall between two chunks parts them too (the first
    ends before it by the width of its glyphs, the second starts after it)."""
    line = VisualLine(chunks[0].y, [[chunks[0]]])
    for previous, chunk in zip(chunks, chunks[1:]):
        # A marker is one to four characters, so a first cell of more chunks is never one (keeps this linear).
        marker_only = len(line.cells) == 1 and len(line.cells[0]) <= 4 and MARKER_RE.fullmatch(cell_text(line.cells[0]))
        walled = any(previous.glyph_end <= x + WALL_SLACK and chunk.x >= x - WALL_SLACK for x in walls)
        if (chunk.x - previous.end > 1.5 * max(chunk.size, 1) or walled) and not marker_only:
            line.cells.append([chunk])
        else:
            line.cells[-1].append(chunk)
    return line


def mark_rules(lines: list[VisualLine], rules: list[tuple[float, float, float]]) -> list[VisualLine]:
    """Mark each line that a drawn rule (y, x from, x to) separates from the line above it: the rule lies between
    the line's top and the line above's baseline and runs under the line's text."""
    for index, line in enumerate(lines[1:], 1):
        top = line.y + 0.75 * max(chunk.size for chunk in line.chunks)
        start, end = line.chunks[0].x, max(chunk.end for chunk in line.chunks)
        line.ruled = any(top <= y < lines[index - 1].y and x0 < end and x1 > start for y, x0, x1 in rules)
        beside = lines[index - 1]
        if not line.ruled and index >= 2 and not _overlaps(beside, start, end) and lines[index - 2].y > beside.y > line.y:
            # a cell merged down over rows, its text centred between two of them, stands between this line and the row
            # above: the rule under that row, running beside that text over the other columns only, still parts the two
            beside_top = beside.y + 0.75 * max(chunk.size for chunk in beside.chunks)
            line.ruled = any(top <= y < min(beside_top, lines[index - 2].y) and x0 < end and x1 > start
                             and not _overlaps(beside, x0, x1) for y, x0, x1 in rules)
    return lines


def _overlaps(line: VisualLine, start: float, end: float) -> bool:
    """Whether the line's text runs over any part of the stretch from start to end."""
    return line.chunks[0].x < end and max(chunk.end for chunk in line.chunks) > start


def find_tables(lines: list[VisualLine]) -> list[VisualLine | list[list[str]]]:
    """Replace runs of column-aligned lines by tables (lists of rows of cell texts, header first)."""
    out: list = []
    index = 0
    while index < len(lines):
        columns, run = lines[index].starts(), _table_run(lines, index)
        if 2 <= len(lines[index].cells) <= MAX_COLUMNS and (parted := _parted_header(lines, index)) != columns:
            longer = _table_run(lines, index, parted)
            columns, run = (parted, longer) if longer > run else (columns, run)
        if run <= 1:
            columns, run = _band_table(lines, index)
        if run <= 1:
            columns, run = _first_row_run_together(lines, index) or (columns, run)
        if run > 1:
            out.append(_rows(lines[index: index + run], columns))
            index += run
        else:
            out.append(lines[index])
            index += 1
    return out


def _parted_header(lines: list[VisualLine], index: int) -> list[float]:
    """The header's columns with each header cell that runs up to its neighbour parted from it ("Wat wij willen lezen"
    and "Weging" set closer than a cell gap in a narrow table): a text run after a gap wider than a word space that
    starts where text starts in the lines below too."""
    header, starts = lines[index], lines[index].starts()
    below = [chunk.x for line in lines[index + 1: index + 1 + MAX_ROW_LINES] for chunk in line.chunks]
    parted = [chunk.x for previous, chunk in zip(header.chunks, header.chunks[1:])
              if chunk.x not in starts and chunk.x - previous.glyph_end > HEADER_GAP * chunk.size
              and any(abs(x - chunk.x) <= ALIGN for x in below)]
    return sorted(starts + parted)


def _first_row_run_together(lines: list[VisualLine], index: int) -> tuple[list[float], int] | None:
    """A table's first row that does not start a table of its own, right above rows that do: set as one cell (its
    long name runs up to the amount beside it, "Perceel 1 Maatschappelijk werk en bestaanszekerheid € 3.150.000"), or
    with its first cell empty because that cell is merged down and its text stands in the row below ("| K1 Plan van
    aanpak | 450 punten" above "Kwaliteit (750 punten) | K2 … | 180 punten"). It is the table's first row when its
    chunks fall into two or more of the table's columns, as the rows' own do."""
    line = lines[index]
    if index + 1 >= len(lines):
        return None
    following = lines[index + 1]
    columns, run = following.starts(), _table_run(lines, index + 1)
    groups = _by_column(line, columns)
    if run <= 1 or not groups or len(groups) < 2 or not _fits(line, columns) \
            or max(chunk.size for chunk in line.chunks) > max(chunk.size for chunk in following.chunks) + 0.5:
        return None
    return columns, run + 1


def _table_run(lines: list[VisualLine], start: int, columns: list[float] | None = None, step: float = 0.0) -> int:
    """How many lines from start form a table with these columns (by default the first line's cells); at most 1
    when none starts there. step is the distance of two lines of a cell, when known beforehand."""
    header = lines[start]
    if columns is None and not 2 <= len(header.cells) <= MAX_COLUMNS:
        return 1
    columns = columns or header.starts()
    size = max(chunk.size for chunk in header.chunks)
    count = 1
    while start + count < len(lines):
        line, previous = lines[start + count], lines[start + count - 1]
        distance = previous.y - line.y
        if not line.page_start and step and distance > step * 2.2:
            break  # a blank band below the table
        if max(chunk.size for chunk in line.chunks) > size + 0.5 or not _fits(line, columns):
            break
        if count >= 2 and _bold_label(line) and not all(chunk.bold for chunk in previous.chunks):
            break  # a short bold line under the rows ("Wensen") labels what follows, as a heading would
        step = step or (0.0 if line.page_start else distance)
        count += 1
    return count


def _bold_label(line: VisualLine) -> bool:
    """A line of one short cell set in bold throughout."""
    return len(line.cells) == 1 and all(chunk.bold for chunk in line.chunks) and len(line.text.split()) <= 6


def _band_table(lines: list[VisualLine], start: int) -> tuple[list[float], int]:
    """A table whose header cells stand vertically centred: its first row is a band of lines closer together than
    one line of text (a one-line cell sits half a line below the first line of a two-line cell beside it), so no
    single line holds every column. The columns are the cell starts that recur in the band and the lines below;
    (columns, lines in the table), or ([], 1) when no such table starts here."""
    band = _band(lines, start)
    if len(band) < 2:
        return [], 1
    step = 2 * min(a.y - b.y for a, b in zip(band, band[1:]))  # a centred cell is off by half a line or more
    window = [band[-1]]
    for line in lines[start + len(band): start + len(band) + 3 * MAX_ROW_LINES]:
        if line.page_start or window[-1].y - line.y > step * 2.2:
            break
        window.append(line)
    # in the band every text run counts: a narrow column's header may stand too close to its neighbour's to part them
    heads = [chunk.x for line in band for chunk in line.chunks]
    starts = heads + [cell[0].x for line in window[1:] for cell in line.cells]
    columns = sorted(x for x in _recurring(starts) if any(abs(x - head) <= ALIGN for head in heads))
    if len(columns) < 3 or any(not _fits(line, columns) for line in band):
        return [], 1
    run = _table_run(lines, start, columns, step)
    return (columns, run) if run > len(band) else ([], 1)


def _band(lines: list[VisualLine], start: int) -> list[VisualLine]:
    """The lines from start on that follow each other closer than their font size: parts of one row of cells."""
    band = [lines[start]]
    for line in lines[start + 1:]:
        size = max(chunk.size for chunk in band[-1].chunks + line.chunks)
        if line.page_start or band[-1].y - line.y >= 0.9 * size:
            break
        band.append(line)
    return band


def _recurring(starts: list[float]) -> list[float]:
    """The x positions (within ALIGN) at which at least two of these cells start, each the leftmost of its group."""
    groups: list[list[float]] = []
    for x in sorted(starts):
        if groups and x - groups[-1][0] <= ALIGN:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [group[0] for group in groups if len(group) >= 2]


def _fits(line: VisualLine, columns: list[float]) -> bool:
    """True when the line's text falls into the columns: each column's text starts at its left edge."""
    groups = _by_column(line, columns)
    if groups is None:
        return False
    for index, chunks in groups.items():
        if abs(chunks[0].x - columns[index]) > ALIGN:
            return False
        if index + 1 < len(columns) and chunks[-1].glyph_end > columns[index + 1] + _slack(columns, index, groups) \
                and not _merged_across(index, chunks[-1].glyph_end, groups, columns):
            return False
    return True


def _merged_across(index: int, end: float, groups: dict[int, list[Chunk]], columns: list[float]) -> bool:
    """A cell merged with the empty cells to its right ("Geen indicator of streefwaarde; de opdrachtnemer
    rapporteert ..." over the indicator and target columns) runs past their edges up to the next filled cell; only in a
    line that fills another column too, so a paragraph below a table never counts as one."""
    if len(groups) < 2 or index + 1 in groups:
        return False
    following = min((i for i in groups if i > index), default=None)
    return following is None or end <= columns[following] + ALIGN * 3


def _slack(columns: list[float], index: int, groups: dict[int, list[Chunk]]) -> float:
    """How far a cell's estimated end may pass the next column's edge.

    The end is estimated from an average glyph width, which overshoots for a cell filled to its edge;
    when the next column's text starts right on its edge in the same line, the cell truly ends before it,
    also when that text is a wrapped cell's lower-case second line.
    """
    following = groups.get(index + 1)
    if following:
        return max(ALIGN * 3, 0.2 * (columns[index + 1] - columns[index]))
    return ALIGN * 3


def _by_column(line: VisualLine, columns: list[float]) -> dict[int, list[Chunk]] | None:
    """The line's chunks grouped by the column they start in; None if one starts left of the table."""
    groups: dict[int, list[Chunk]] = {}
    edges = [start - ALIGN for start in columns]  # ascending: the cells are in x order
    for chunk in line.chunks:
        index = bisect_right(edges, chunk.x) - 1  # the last column whose edge the chunk reaches
        if index < 0:
            return None
        groups.setdefault(index, []).append(chunk)
    return groups


def _rows(lines: list[VisualLine], columns: list[float]) -> list[list[str]]:
    """Merge the table's lines into rows: wrapped cell text joins the row above."""
    ruled = _ruled_rows(lines, columns)
    if ruled is not None:
        return ruled
    centred = _centred_rows(lines, columns)
    if centred is not None:
        return centred
    rows: list[list[str]] = []
    row_lines = 0
    last_line: dict[int, int] = {}  # per column, the last line that had text in it
    for number, line in enumerate(lines):
        cells = [""] * len(columns)
        for index, chunks in _by_column(line, columns).items():
            cells[index] = cell_text(chunks)
        resumed = [i for i, cell in enumerate(cells) if cell and last_line.get(i, number - 1) < number - 1]
        last_line.update((i, number) for i, cell in enumerate(cells) if cell)
        if number and _fills_waiting_row(cells, rows[-1]):
            rows[-1] = [_join(a, b) for a, b in zip(rows[-1], cells)]
            row_lines += 1
        elif number and all(rows[-1]) and _above_centred_cells(cells, line, lines[number + 1: number + 2], columns):
            rows.append(cells)
            row_lines = 1
        elif number and not cells[0] and len(resumed) >= 2 and any(rows[-1][1:]):
            # under a first cell merged downwards: a cell's lines follow each other, so columns whose text comes back
            # after a line without it begin the cells of a new row (though they start in lower case: "aantal ...")
            rows.append(cells)
            row_lines = 1
        elif number == 0 or _starts_row(cells, rows[-1], first_row=len(rows) == 1, one_line=row_lines == 1) or _starts_waiting_row(
            cells, rows[-1], after_header=len(rows) == 1
        ):
            rows.append(cells)
            row_lines = 1
        else:
            rows[-1] = [_join(a, b) for a, b in zip(rows[-1], cells)]
            row_lines += 1
    return rows


def _ruled_rows(lines: list[VisualLine], columns: list[float]) -> list[list[str]] | None:
    """Rows of a table whose cell borders are drawn: a row ends at each rule between two lines, whatever the cells'
    text (wrapped, vertically centred, merged down). None unless rules part at least three rows (a box around the
    table, or a line under the header only, says nothing of the rows)."""
    groups = [_by_column(line, columns) or {} for line in lines]
    texts = [{c: cell_text(chunks) for c, chunks in group.items()} for group in groups]
    # atop a page a row starts with new text in its first cell ("G3 | Medewerkers ..."), as does the header repeated
    # there; a row split over two pages goes on with that cell empty or in lower case ("Bewonerskra" / "cht")
    starts = [0] + [number for number, line in enumerate(lines) if number and (
        line.ruled or (line.page_start and (not texts[number].get(0, "a")[:1].islower() or texts[number] == texts[0])))]
    if len(starts) < 3 or sum(line.ruled for line in lines[1:]) < 2:
        return None
    rows = [[WRAP.join(cell_text(group[c]) for group in groups[start:end] if c in group) for c in range(len(columns))]
            for start, end in zip(starts, starts[1:] + [len(lines)])]
    return rows[:1] + [row for row in rows[1:] if row != rows[0]]  # the header repeated atop the next page is none


def _centred_rows(lines: list[VisualLine], columns: list[float]) -> list[list[str]] | None:
    """Rows of a table whose cells stand vertically centred, read from the lines' heights.

    In such a table a short cell sits halfway up its row's long cell, so a wrapped cell's lines run on into the
    rows above and below it in reading order. The rows are the finest split of the lines into runs in which every
    column's text has the same middle and the first column has text (starting anew, not in lower case). None when
    no such split exists, or when no row has cells of different heights (nothing shows the cells are centred).
    """
    groups = [_by_column(line, columns) or {} for line in lines]
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * len(lines)  # per end: (rows, start of the last row)
    for end in range(1, len(lines) + 1):
        for start in range(max(0, end - MAX_ROW_LINES), end):
            if best[start] is not None and _centred(lines[start:end], groups[start:end]) and (
                    best[end] is None or best[start][0] + 1 > best[end][0]):
                best[end] = (best[start][0] + 1, start)
    if best[-1] is None:
        return None
    bounds, end = [], len(lines)
    while end:
        bounds.append((best[end][1], end))
        end = best[end][1]
    bounds.reverse()
    if not any(len({len(_column_lines(groups[a:b], c)) for c in range(len(columns))} - {0}) > 1 for a, b in bounds):
        return None
    rows = []
    for start, end in bounds:
        rows.append([WRAP.join(cell_text(group[c]) for group in groups[start:end] if c in group) for c in range(len(columns))])
    return rows


def _column_lines(groups: list[dict[int, list[Chunk]]], column: int) -> list[int]:
    return [i for i, group in enumerate(groups) if column in group]


def _centred(lines: list[VisualLine], groups: list[dict[int, list[Chunk]]]) -> bool:
    """Whether these lines can be one row of centred cells: text in the first column, starting anew on the first
    of its lines, every column's lines one after the other around one middle; no page break inside."""
    first = _column_lines(groups, 0)
    if not first or cell_text(groups[first[0]][0])[:1].islower() or any(line.page_start for line in lines[1:]):
        return False
    middles = []
    for column in {c for group in groups for c in group}:
        held = _column_lines(groups, column)
        ys = [lines[i].y for i in held]
        size = max(chunk.size for i in held for chunk in groups[i][column])
        if any(a - b > 1.6 * size for a, b in zip(ys, ys[1:])):
            return False  # a cell's lines follow each other one line apart
        middles.append((max(ys) + min(ys)) / 2)
    return max(middles) - min(middles) <= SAME_LINE


def _above_centred_cells(cells: list[str], line: VisualLine, following: list[VisualLine], columns: list[float]) -> bool:
    """A first cell alone whose row's other cells stand centred lower: the next line holds them and lies closer
    than one line of text (wrapped lines are a full line apart), so this first cell starts a new row."""
    if not following or not cells[0] or any(cells[1:]):
        return False
    below = following[0]
    groups = _by_column(below, columns) or {0: []}
    size = max(chunk.size for chunk in line.chunks)
    return 0 not in groups and line.y - below.y < size


WRAP = "\u2028"  # where a cell's text wrapped to its next line: a space, or a word broken by a narrow column


def _join(first: str, second: str) -> str:
    """Join a cell's wrapped lines, marking the wrap so that `mend_cells` can tell a broken word from two words."""
    return f"{first}{WRAP}{second}" if first and second else first or second


def mend_cells(rows: list[list[str]], vocabulary: set[str]) -> list[list[str]]:
    """The rows with each wrap inside a cell read: a word broken by a narrow column ("Mantelzor" and "gers") joined
    where the whole word occurs in the document's text, a hyphenated word ("75-" and "plussers") kept whole, a
    space elsewhere."""
    def mended(cell: str) -> str:
        pieces = cell.split(WRAP)
        text = pieces[0]
        for piece in pieces[1:]:
            text += ("" if _broken_word(text, piece, vocabulary) else " ") + piece
        return text
    return [[mended(cell) for cell in row] for row in rows]


def _broken_word(before: str, after: str, vocabulary: set[str]) -> bool:
    left, right = re.search(r"[\w-]*$", before).group(0), re.match(r"\w*", after).group(0)
    if left.endswith("-"):
        return bool(right[:1].islower()) and right not in ("en", "of", "tot")  # not "taal- en rekenles"
    if not (left and right[:1].islower()) or left.lower() in vocabulary and right in vocabulary:
        return False  # two words ("op" and "en" stay apart, though "open" is one too)
    if (left + right).lower() in vocabulary:
        return True
    return len(left) >= BROKEN_PART and right not in vocabulary and _no_word_start(right)


# How a Dutch word may begin with two consonants; "nd", "rd", "lp" or a fragment without a vowel begin none
ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "kw", "ph", "pl", "pr", "ps",
          "sc", "sh", "sj", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tj", "tr", "ts", "tw", "vl", "vr", "wr", "zw"}
BROKEN_PART = 4  # a word broken by its column filled the line before: its first part is no short word ("een")
VOWELS = set("aeiouyàáèéëïóöü")


def _no_word_start(fragment: str) -> bool:
    """A fragment no Dutch word starts as ("nd", "g", "lpverleni"): the rest of a word a narrow column broke."""
    head = fragment[:2].lower()
    return not VOWELS & set(fragment.lower()) or (len(head) == 2 and not VOWELS & set(head) and head not in ONSETS)


def words_of(text: str) -> set[str]:
    """The lower-case words of a text, for `mend_cells`."""
    return set(re.findall(r"\w+", text.lower()))


def _starts_row(cells: list[str], previous: list[str], first_row: bool = False, one_line: bool = False) -> bool:
    """A line starts a new row when its first cell begins a new text and enough cells are filled."""
    first = cells[0]
    filled = [cell for cell in cells if cell]
    if not first:
        # the first column is merged with the row above: a new row still starts all other cells at once,
        # after a row that has its other cells (a row still waiting for them is vertically centred text)
        complete = any(previous[1:])
        return complete and len(filled) >= max(2, len(cells) - 1) and all(not cell[:1].islower() for cell in filled)
    if first[:1].islower():
        return _full_row(cells, previous)
    if first_row:
        return True  # the header wraps only in its own cells, never into a capitalised first cell
    if one_line and len(cells) > 2 and all(previous) and len(filled) == 1:
        # after a complete one-line row, a capitalised first cell alone starts a row whose other cells are centred lower
        return True
    return len(filled) >= max(2, len(cells) - 1) or bool(re.search(r"[.!?;:]$", previous[0]))


def _full_row(cells: list[str], previous: list[str]) -> bool:
    """A lower-case first cell starts a row ('respijtuitjes | 40 | 52') when the line fills every cell of the
    table after a complete row, and its other cells begin new text rather than run on in lower case."""
    return all(previous) and all(cells) and not any(cell[:1].islower() for cell in cells[1:])


def _starts_waiting_row(cells: list[str], previous: list[str], after_header: bool) -> bool:
    """A long cell's first line above a vertically centred first cell: new text after a complete row whose cells ended."""
    filled = [i for i, cell in enumerate(cells) if cell]
    if cells[0] or not filled or not all(previous) or not all(cells[i][:1].isupper() for i in filled):
        return False
    return after_header or all(re.search(r"[.!?]$", previous[i]) for i in filled)


def _fills_waiting_row(cells: list[str], row: list[str]) -> bool:
    """The vertically centred first cell (and other short cells) of a row whose long cell started above it."""
    if row[0] or not cells[0] or all(row[1:]) or cells[0][:1].islower():
        return False
    return all(not cell or not row[i] or cell[:1].islower() for i, cell in enumerate(cells) if i)
