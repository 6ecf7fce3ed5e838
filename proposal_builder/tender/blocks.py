"""Text blocks: the one shape every tender reader produces."""

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
        self._stack[-1] = (level, f"{title} {clean_text(text)}")
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


def clean_text(text: str) -> str:
    """Collapse whitespace and drop invisible characters."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())
