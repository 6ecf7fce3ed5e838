"""The outline of a draft as plain elements (headings, paragraphs, tables, page breaks) before it becomes Word."""
from __future__ import annotations

from dataclasses import dataclass, field

# Marks a run can carry; the writer maps each to a style of the template.
MARKS = ("", "bold", "italic", "source", "placeholder")
# Paragraph roles; the writer maps each to a paragraph style of the template.
ROLES = ("body", "title", "subtitle", "quote", "bullet", "placeholder", "story")


@dataclass
class Run:
    """A piece of text with one mark (plain, bold, italic, source reference or placeholder)."""

    text: str
    mark: str = ""
    fix: str = ""  # for a placeholder, where the director fixes it when not in the document ("profile:cao", "goal:3")


@dataclass
class Paragraph:
    """A paragraph of runs in one role (body text, quote, bullet, placeholder…)."""

    runs: list[Run]
    role: str = "body"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Heading:
    """A heading; chapters (level 1) and goal sections (level 2) are numbered by the template."""

    text: str
    level: int = 1
    numbered: bool = True


@dataclass
class Table:
    """A table with a header row; each cell is a list of lines, each line a list of runs."""

    header: list[str]
    rows: list[list[list[list[Run]]]]
    widths_cm: list[float] = field(default_factory=list)


@dataclass
class PageBreak:
    """Start a new page."""


Element = Heading | Paragraph | Table | PageBreak


@dataclass
class Outline:
    """The whole draft as blocks, with notices for the director and the records it cites."""

    blocks: list[Element] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    used_records: list[dict] = field(default_factory=list)
    budgets: dict[str, int] = field(default_factory=dict)  # chapter heading -> its page budget from the tender
    library_used: list[str] = field(default_factory=list)  # refs of the answer-library records the draft uses
    outside_limit: list[str] = field(default_factory=list)  # chapters the tender's page limit does not count
    derived: list[str] = field(default_factory=list)  # figures computed from the profile ("0,8 fte × € 82.000 = …")

    def add(self, *blocks: Element) -> None:
        """Append blocks in order."""
        self.blocks.extend(blocks)


def para(*parts, role: str = "body") -> Paragraph:
    """A paragraph from strings (plain runs) and Run objects."""
    return Paragraph([p if isinstance(p, Run) else Run(p) for p in parts if p != ""], role)


PLACEHOLDER_TEXT = "[IN TE VULLEN DOOR DIRECTIE"


def placeholder_text(topic: str, hint: str = "") -> str:
    """The visible marker text for something only the director can write."""
    return f"{PLACEHOLDER_TEXT}: {topic}{' — ' + hint if hint else ''}]"


def placeholder(topic: str, hint: str = "", fix: str = "") -> Paragraph:
    """A placeholder paragraph asking the director to write `topic` (fixed at `fix`, else in the document)."""
    return Paragraph([Run(placeholder_text(topic, hint), "placeholder", fix)], "placeholder")
