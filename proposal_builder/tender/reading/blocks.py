"""Text blocks: the one shape every tender reader produces."""

import re
import unicodedata
from dataclasses import asdict, dataclass, field

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"


@dataclass
class Block:
    """One unit of tender text with its place in the document."""

    text: str
    kind: str
    section: list[str]
    position: int
    level: int = 0  # heading level (1 = chapter) or list nesting level (0 = top)
    numbered: bool = False  # list item from a numbered (not bulleted) list
    cells: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Return the block as a plain dict."""
        return asdict(self)


class BlockBuilder:
    """Collect blocks in document order, tracking the heading path and position."""

    def __init__(self):
        self.blocks: list[Block] = []
        self._stack: list[tuple[int, str]] = []

    @property
    def section(self) -> list[str]:
        return [text for _, text in self._stack]

    @property
    def open_headings(self) -> list[tuple[int, str]]:
        """The headings the next block stands under, as (level, text), outermost first."""
        return list(self._stack)

    def heading(self, text: str, level: int) -> None:
        """Add a heading and make it the current section at its level."""
        text = clean_text(text)
        if not text:
            return
        level = max(1, level)
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))
        self._add(Block(text, HEADING, self.section, 0, level=level))

    def extend_heading(self, text: str) -> None:
        """Append a wrapped continuation line to the last heading."""
        level, title = self._stack[-1]
        self._stack[-1] = (level, join_wrapped(title, clean_text(text)))
        last = self.blocks[-1]
        last.text, last.section = self._stack[-1][1], self.section

    def add(self, kind: str, text: str, **extra) -> None:
        """Add a non-heading block under the current section."""
        text = clean_text(text)
        if text:
            self._add(Block(text, kind, self.section, 0, **extra))

    def _add(self, block: Block) -> None:
        block.position = len(self.blocks)
        self.blocks.append(block)


# Control characters (form feed, NUL, escape ...) and the invisible ones: never part of tender text.
_INVISIBLE = dict.fromkeys([*range(0x20), 0x7f, *range(0x80, 0xa0), 0xad, 0x200b, 0xfeff, *range(0xd800, 0xe000)])
_INVISIBLE.update(dict.fromkeys(map(ord, "\t\n\r\x0b\x0c"), " "))


def clean_text(text: str) -> str:
    """Collapse whitespace, drop control and invisible characters, normalise Unicode (NFC)."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE)) if not text.isascii() or not text.isprintable() else text
    return " ".join(text.split())


def join_wrapped(text: str, following: str) -> str:
    """Join a wrapped line to the text before it, mending a word hyphenated at the line end ("onder- steuning")."""
    drop, separator = wrap_join(text[-80:], following)
    return text[:len(text) - drop] + separator + following


def wrap_join(tail: str, following: str) -> tuple[int, str]:
    """How a wrapped line joins the text ending in `tail`: (characters to drop from it, separator).

    Only the end of the text is looked at, so joining many lines stays linear.
    """
    if re.search(r"\d[-–]$", tail) and following[:1].isdigit():
        return 0, ""  # "2028-" (or an en dash) and "2031": a range of years
    word = tail.rsplit(" ", 1)[-1][:-1]
    if not (re.search(r"[A-Za-zÀ-ÿ]-$", tail) and following[:1].islower()) or re.match(r"(en|of|tot)\b", following):
        return 0, " "  # also "zorg- en welzijnsorganisaties"
    if len(word) <= 3 or any(c.isupper() for c in word[1:]):
        return 0, ""  # a hyphenated compound such as "Wmo-indicatie" keeps its hyphen
    return 1, ""
