"""Turn loose lines (from a PDF or pasted text) into blocks: join wrapped lines, find headings and lists."""

import re
from collections import Counter
from dataclasses import dataclass, replace

from . import markers
from .blocks import LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, BlockBuilder, wrap_join
from .heading_series import HeadingSeries, below_chapter
from .markers import TERMINAL

SENTENCE_END = ".:;!?"  # a line ending in one of these ends its sentence (TERMINAL also takes a comma)


@dataclass
class Line:
    """One visual line with whatever layout facts its source can tell."""

    text: str
    gap_before: bool = False  # a blank line or a clear vertical gap precedes it
    bold: bool = False
    size: float = 0.0  # font size in points; 0 when unknown (plain text)
    indent: float = 0.0  # left offset from the page margin, in points or characters
    cells: list[str] | None = None  # a table row in pasted text (tab- or |-separated)
    after_page_break: bool = False  # page furniture was dropped right above it: whether a gap stood there is unknown


@dataclass
class _Open:
    """The block being built from consecutive lines, kept as pieces so joining stays linear."""

    kind: str
    first: str
    level: int = 0
    numbered: bool = False
    pieces: list[str] | None = None
    indent: float = 0.0  # a list item's indent: a line starting left of it is not part of the item

    def join(self, following: str) -> None:
        """Add a wrapped line, mending a word hyphenated at the end of the text so far."""
        pieces = self.pieces = self.pieces or [self.first]
        drop, separator = wrap_join("".join(pieces[-4:])[-80:], following)
        if drop:  # the hyphen that ends the last line (never empty: lines are stripped and non-empty)
            pieces[-1] = pieces[-1][:-drop]
        pieces += [separator, following]

    @property
    def text(self) -> str:
        return "".join(self.pieces) if self.pieces else self.first


class LineAssembler:
    """Classify lines and merge wrapped ones into paragraphs, list items and headings."""

    def __init__(self, lines: list[Line]):
        self.lines = _group_rows([line for line in lines if line.text.strip()])
        self.body_size = _body_size(self.lines)
        self.heading_sizes = self._heading_sizes()
        self.wrap_chars = _wrap_chars(self.lines)
        self.breaks_sentences = _breaks_sentences(self.lines)
        self.gapped = _gapped_paragraphs(self.lines, self.wrap_chars)
        self.builder = BlockBuilder()
        self.open: _Open | None = None
        self.pseudo_level = 1
        self.gapped_title = 0  # the level of the last plain title line with a blank line above it
        self.plain_title = False  # the line just read is a plain title line
        self.plain_level = 0  # the level of the last plain title line, while no numbered or marked heading followed
        self.bullet_indents: list[float] = []
        self.table_header: list[str] | None = None
        self.last_heading: tuple[int, int] = (-2, 0)
        self.series = HeadingSeries()

    def blocks(self) -> list[Block]:
        """Return the blocks for all lines."""
        for index, line in enumerate(self.lines):
            self._feed(index, line)
        self._close()
        return self.builder.blocks

    def _feed(self, index: int, line: Line) -> None:
        if line.cells is not None:
            self._table_row(index, line.cells)
            return
        self.table_header = None
        text = markers.strip_markup(line.text.strip())
        if self._heading_wraps_on(index, line):
            self.builder.extend_heading(text)
            self.last_heading = (index, self.last_heading[1])
            return
        self.plain_title = False
        heading = self._heading(index, line, text)
        if heading and not self.plain_title:
            self.gapped_title = 0  # a numbered, labelled or styled heading came between: the plain titles rank anew
        if heading and self._wraps_heading(index, line, heading[0]):
            self.builder.extend_heading(text)
            self.last_heading = (index, heading[0])
            return
        if heading:
            self._close()
            level, title = heading
            self.builder.heading(title, level)
            self.last_heading = (index, level)
            return
        bullet = markers.split_bullet(text)
        number = markers.split_number(text) if not bullet else None
        if bullet or number:
            self._close()
            # a title whose own text already ran into a list is a section of its own, not one its parts
            # ("Thema 1 ...") come under: "Beschikbaar budget" with the themes' amounts listed
            self.plain_level = 0
            rest = (bullet or number)[1]
            self.open = _Open(LIST_ITEM, rest, self._list_level(line), numbered=bool(number), indent=line.indent)
        elif self.open and self._continues(index, line, text):
            self.open.join(text)
        else:
            self._close()
            self.open = _Open(PARAGRAPH, text)

    def _table_row(self, index: int, cells: list[str]) -> None:
        """Add a row of a pasted table; the first row of a run is its header, unless it holds amounts (no header)."""
        self._close()
        if self._caption(index, cells):  # "Resultaten" between two tables read as one: the next table's title, a
            self.table_header = None    # sibling of an unnumbered title over the first table, else a level below
            section = self.builder.section
            level = self.last_heading[1] if section and not re.match(r"\d", section[-1]) else self.last_heading[1] + 1
            self.builder.heading(cells[0].strip(), level)
            self.last_heading = (index, max(1, level))
            return
        is_first = index == 0 or self.lines[index - 1].cells is None or self.last_heading[0] == index - 1
        has_more = index + 1 < len(self.lines) and self.lines[index + 1].cells is not None
        if is_first and has_more and not any(markers.VALUE_CELL_RE.match(cell) for cell in cells):
            self.table_header = cells
            return
        self.builder.add(TABLE_ROW, " | ".join(c for c in cells if c), cells=cells, header=self.table_header or [])

    def _caption(self, index: int, cells: list[str]) -> bool:
        """A row of a run with only its first cell filled, right before a row that reads as a header of its own (three
        or more cells, all filled, none a value, other than the header so far) with rows below: two tables run
        together, this row the second one's title."""
        following = self.lines[index + 1].cells if index + 1 < len(self.lines) else None
        after = self.lines[index + 2].cells if index + 2 < len(self.lines) else None
        return bool(self.table_header and following and after and cells and cells[0].strip()
                    and not any(cell.strip() for cell in cells[1:]) and len(following) >= 3
                    and all(cell.strip() for cell in following) and following != self.table_header
                    and not any(markers.VALUE_CELL_RE.match(cell) or re.search(r"\d", cell) for cell in following))

    def _continues(self, index: int, line: Line, text: str) -> bool:
        """True when the line carries on the open block rather than starting a new one."""
        if line.gap_before or _label_line(line.text):
            return False
        if self.open.kind == LIST_ITEM and line.indent < self.open.indent - 2:
            return False  # a line starting left of the item's bullet is the paragraph after the list
        previous = self.lines[index - 1].text.strip()
        if text[:1].islower() or previous.endswith("-"):
            return True
        if self.body_size == 0 and self.wrap_chars and self._had_room(previous, text):
            return False  # hard-wrapped text breaks a line only where the next word does not fit: this one did
        if previous.endswith(","):
            return True
        if self.wrap_chars == 0:  # one paragraph per line, as pasted from a word processor
            return False
        ends_sentence = previous[-1:] in SENTENCE_END
        full = len(previous) >= 0.75 * self.wrap_chars
        if self.body_size == 0 and self.breaks_sentences and full \
                and (self.open.kind == PARAGRAPH or line.indent > self.open.indent + 1) and not OPENING_LABEL_RE.match(text):
            return True  # a full line of plain text whose next word had no room on it (in a list item, a line
            # hanging under its text): a sentence ends at a wrap, unless a label opens the next one
        # where paragraphs are set apart by gaps, a full line ending a sentence (or a colon: "streefwaarde 2031:") without
        # one ends no paragraph
        runs_on = self.gapped and self.open.kind == PARAGRAPH and previous[-1:] in ".:"
        return full and (not ends_sentence or runs_on)

    def _had_room(self, previous: str, text: str) -> bool:
        """Whether the first word of `text` would have fitted on the line `previous` (lengths in characters)."""
        return len(previous) + 1 + len(text.split(" ", 1)[0]) <= self.wrap_chars

    def _close(self) -> None:
        if self.open:
            extra = {"level": self.open.level, "numbered": self.open.numbered} if self.open.kind == LIST_ITEM else {}
            self.builder.add(self.open.kind, self.open.text, **extra)
        self.open = None

    def _list_level(self, line: Line) -> int:
        """Nesting level from the indent, relative to earlier list items."""
        if not self.bullet_indents or line.indent < self.bullet_indents[0] - 2:
            self.bullet_indents = [line.indent]
        for level, indent in enumerate(self.bullet_indents):
            if abs(line.indent - indent) <= 2:
                del self.bullet_indents[level + 1:]
                return level
        self.bullet_indents.append(line.indent)
        return len(self.bullet_indents) - 1

    def _heading(self, index: int, line: Line, text: str) -> tuple[int, str] | None:
        """Return (level, text) when the line is a heading; a labelled series ("Artikel 1", "Artikel 2") keeps one level."""
        markdown = markers.markdown_heading(text)
        if markdown:
            self.pseudo_level, self.plain_level = markdown[0] + 1, 0
            return markdown
        heading = self._guessed_heading(index, line, text)
        if not heading:
            return None
        open_headings = self.builder.open_headings
        level = below_chapter(heading[1], self.series.level(heading[1], heading[0], open_headings), open_headings)
        return level, heading[1]

    def _guessed_heading(self, index: int, line: Line, text: str) -> tuple[int, str] | None:
        """Return (level, text) when the line is a heading, its level guessed from this line and the ones before."""
        # a heading wrapped after a comma ("6.4 K3 Implementatie (120 punten," / "maximaal 1 pagina)") is judged whole
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        whole = f"{text} {below.text.strip()}" if below and self._heading_wraps_on(index + 1, below, index) else text
        if not self._starts_block(index, line) or not markers.heading_shaped(whole, 14) or self._runs_on(index, line):
            return None
        numbered = markers.numbered_heading(whole)
        styled = self._styled_level(line)
        if numbered and (styled or self._numbered_is_heading(index, line, text)):
            self.pseudo_level, self.plain_level = numbered[0] + 1, 0
            return numbered[0], text
        if styled and markers.PART_HEADING_RE.match(text):
            # set like the numbered chapters ("2. Wat willen wij bereiken?"), a part heading is still one of the chapter's parts
            return max(styled, self.pseudo_level), text
        if styled and not markers.split_bullet(text):
            return styled, text
        if markers.CHAPTER_HEADING_RE.match(text) and not markers.caps_heading(text):
            self.pseudo_level, self.plain_level = 2, 0  # "Hoofdstuk 2 ..." is a chapter, never nested under the paragraph before it
            return 1, text
        if markers.caps_heading(text):
            return 1, text
        if markers.LABEL_HEADING_RE.match(text):
            # "Thema 1: ..." under a plain title line ("Wat willen we bereiken?") is one of its parts
            return (self.plain_level + 1 if self.plain_level else self.pseudo_level), text
        if self.body_size == 0 and self._plain_heading(index, line, text):
            self.plain_level, self.plain_title = self.pseudo_level, True
            if line.gap_before:
                self.gapped_title = self.pseudo_level
            elif self.gapped_title == self.pseudo_level and not line.after_page_break:
                return self.pseudo_level + 1, text  # a title set apart by a blank line ranks above one that is not
            return self.pseudo_level, text
        return None

    def _runs_on(self, index: int, line: Line) -> bool:
        """True when the next line, in the same body font and without a gap, carries on this line in lower case.

        In a font larger than the body's, or in bold body type carried on in bold, such a line is the rest of a wrapped
        heading instead.
        """
        following = self.lines[index + 1] if index + 1 < len(self.lines) else None
        if not following or not _carries_on(following.text) or following.gap_before or following.size != line.size:
            return False
        return not ((line.size > self.body_size + 0.5 or line.bold) and following.bold == line.bold)

    def _heading_wraps_on(self, index: int, line: Line, heading: int | None = None) -> bool:
        """A lower-case line in the large font of the heading just above it is that heading's second line (`heading`:
        the line above, when it is not yet read as a heading); so is one in bold body type under a bold heading in
        body type ("Q1.2 Aanwezigheid in wijken, kernen en scholen (15%, ten hoogste 2" / "pagina's)")."""
        previous_index = self.last_heading[0] if heading is None else heading
        above = self.lines[index - 1] if index else None
        return bool(
            previous_index == index - 1 and above and _carries_on(line.text) and not line.gap_before
            and (line.size > self.body_size + 0.5 or line.bold) and line.size == above.size and line.bold == above.bold
        )

    def _wraps_heading(self, index: int, line: Line, level: int) -> bool:
        """A styled heading that wrapped onto a second line continues the previous heading."""
        previous_index, previous_level = self.last_heading
        return (
            previous_index == index - 1 and previous_level == level and line.size > 0
            and not line.gap_before and not markers.NUMBERED_HEADING_RE.match(line.text)
        )

    def _starts_block(self, index: int, line: Line) -> bool:
        """A heading never continues a sentence broken off on the previous line."""
        if index == 0 or line.gap_before or self.lines[index - 1].cells or _label_line(line.text):
            return True  # a table row is never a sentence that carries on, nor is "Thema 2: Jongeren" its end
        previous = self.lines[index - 1].text.strip()
        long_unfinished = self.wrap_chars and len(previous) >= 0.75 * self.wrap_chars
        return not (long_unfinished and previous[-1:] not in SENTENCE_END)

    def _styled_level(self, line: Line) -> int:
        """Heading level from font size or weight; 0 for body text."""
        if not line.size:
            return 0
        for level, size in enumerate(self.heading_sizes, start=1):
            if abs(line.size - size) < 0.5 and (line.size > self.body_size + 0.5 or line.bold):
                return level
        return 0

    def _heading_sizes(self) -> list[float]:
        """Distinct sizes of lines set larger or bolder than body text, largest first."""
        sizes = {round(l.size, 1) for l in self.lines if l.size > self.body_size + 0.5 and markers.words(l.text) <= 14}
        ordered = sorted(sizes, reverse=True)
        if any(l.bold and abs(l.size - self.body_size) < 0.5 for l in self.lines):
            ordered.append(self.body_size)
        return ordered

    def _numbered_is_heading(self, index: int, line: Line, text: str) -> bool:
        """A numbered short line is a heading unless it sits in a list or wraps like one."""
        if line.size and self.heading_sizes:
            return False  # the document styles its headings, and this line is body text
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        following = below.text.strip() if below else ""
        if following[:1].islower():
            return False  # a list item that wrapped onto the next line
        if below and not below.gap_before and below.cells is None and below.indent > line.indent + 1:
            return False  # a list item whose text wraps under its own start, right of the number ("3. De ... ISO" / "   9001")
        if "." in markers.NUMBERED_HEADING_RE.match(text).group(1).rstrip("."):
            return True
        above = self.lines[index - 1] if index else None
        previous = above.text.strip() if above and above.cells is None else ""  # a table row is no list item
        in_list = (index and markers.same_list(text, previous, -1)) or markers.same_list(text, following, 1)
        return not previous.endswith(":") and not in_list

    def _plain_heading(self, index: int, line: Line, text: str) -> bool:
        """In plain text, a short title-like line followed by text (or after a blank line, a list) is a heading."""
        if markers.words(text) > 8 or index + 1 >= len(self.lines) or markers.LABELLED_VALUE_RE.match(text):
            return False
        following = self.lines[index + 1].text.strip()
        if markers.split_bullet(following) or markers.split_number(following):
            return line.gap_before and not self.lines[index + 1].gap_before
        if line.gap_before and self.lines[index + 1].gap_before and _label_line(following):
            return True  # a chapter title standing alone above its first part ("Thema 1 Dementie")
        return markers.words(following) > markers.words(text) or following.endswith(":")


GROUP_ROW_WORDS = 8
# A paragraph opening on a label: numbered ("Doelstelling 6 — ...", "Doel 3. ..."), or a few words ending in a colon or
# a question mark ("Resultaat: ...", "Hoe meten we dat? ..."), also on a line of its own ("Hoe volgen we het?")
OPENING_LABEL_RE = re.compile(r"^(?:[A-Z][a-zà-ÿ]+ \d{1,2}[a-z]?(?:\s*[—–:.-]|\s+[A-Z])|[A-Z][^.:?!]{0,30}[:?](?:\s|$))")


def _group_rows(lines: list[Line]) -> list[Line]:
    """A short line right between two rows of as many cells is a row of their table that names a group of the rows
    below it ("Geldzorgen en bestaanszekerheid", its cell merged across the table, read from a PDF as a line of its
    own): it keeps the table, and its header, together. A title set apart by a gap starts a table of its own."""
    result = list(lines)
    for index in range(1, len(lines) - 1):
        line, above, below = lines[index], result[index - 1].cells, lines[index + 1].cells
        text = line.text.strip()
        if line.cells is None and not line.gap_before and above and below and len(above) == len(below) >= 2 \
                and text[-1:] not in TERMINAL and markers.words(text) <= GROUP_ROW_WORDS and not markers.split_bullet(text):
            result[index] = replace(line, cells=[text] + [""] * (len(above) - 1))
    return result


LABEL_LINE_WORDS = 6


def _label_line(text: str) -> bool:
    """A short line naming a part ("Thema 2: Jongeren"): it starts anew, even after a line without a full stop."""
    text = text.strip()
    return bool(markers.LABEL_HEADING_RE.match(text)) and markers.words(text) <= LABEL_LINE_WORDS and text[-1:] not in ".,;"


MIN_PARAGRAPH_ENDS = 5


def _gapped_paragraphs(lines: list[Line], wrap_chars: int) -> bool:
    """True when the source sets paragraphs apart with a gap: every line after a short line ending a sentence (a
    clear paragraph end), unless a list item, has a gap above it."""
    if not wrap_chars:
        return False
    after_ends = [line for previous, line in zip(lines, lines[1:]) if previous.cells is None and line.cells is None
                  and previous.text.rstrip().endswith(".") and len(previous.text.strip()) < 0.6 * wrap_chars
                  and not markers.split_bullet(line.text.strip()) and not markers.split_number(line.text.strip())]
    return len(after_ends) >= MIN_PARAGRAPH_ENDS and all(line.gap_before for line in after_ends)


def _body_size(lines: list[Line]) -> float:
    """Most common font size weighted by characters; 0 when sizes are unknown."""
    counts = Counter()
    for line in lines:
        if line.size:
            counts[round(line.size, 1)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def _wrap_chars(lines: list[Line]) -> int:
    """Typical length of a full wrapped line, or 0 when lines are not wrapped: when lines run long, or when several
    lines of text (table rows apart) run well past the others, as paragraphs pasted one to a line do."""
    lengths = sorted(len(line.text.strip()) for line in lines if line.cells is None)
    if not lengths:
        return 0
    longest = lengths[int(len(lengths) * 0.9)] if len(lengths) > 9 else lengths[-1]
    beyond = sum(length > 1.25 * longest for length in lengths)
    return 0 if longest > 160 or beyond >= max(2, 0.05 * len(lengths)) else longest


def _breaks_sentences(lines: list[Line]) -> bool:
    """Whether the text is wrapped inside its sentences, as text copied out of a PDF viewer is: some line stops
    without a sentence's end and the next goes on in lower case. Text whose every line ends a sentence (one sentence
    or paragraph to a line, as typed or pasted from a word processor) is not, whatever its lines' lengths."""
    texts = [line.text.strip() for line in lines if line.cells is None]
    return any(before[-1:] not in SENTENCE_END and after[:1].islower() for before, after in zip(texts, texts[1:]))


def blocks_from_lines(lines: list[Line]) -> list[Block]:
    """Assemble blocks from lines in reading order."""
    return LineAssembler(lines).blocks()


def _carries_on(text: str) -> bool:
    """A line that carries on the one above: it opens in lower case or on a bracket ("(15%, ten hoogste 2 pagina's)")."""
    return text.lstrip()[:1].islower() or text.lstrip()[:1] == "("
