"""Classify each block's section as admin, context, goal or neutral, from its heading path."""

import re
from collections import Counter

from . import lexicon as cues
from ..reading.blocks import HEADING, Block

ADMIN, CONTEXT, GOAL, NEUTRAL = "admin", "context", "goal", "neutral"
# A heading over the tender's overarching ambition rather than its goals: why the tender exists, its ambition or main
# goal ("Waarom deze uitvraag", "Onze ambitie", "2.1 Hoofddoel"); CONVENTIONS.md, "Goals and the ambition".
AMBITION_HEADING = re.compile(r"\b(ambitie|hoofddoel|hoofddoelstelling|missie|visie|waarom)\b", re.IGNORECASE)
TITLE_SHARE = 0.6  # a heading above this share of all blocks is the document title


class SectionClassifier:
    """Decide per heading path what kind of section it is, ignoring title headings."""

    def __init__(self, blocks: list[Block]):
        spans = Counter()
        for block in blocks:
            for depth in range(1, len(block.section) + 1):
                spans[tuple(block.section[:depth])] += 1
        self.titles = {path for path, n in spans.items() if n > TITLE_SHARE * len(blocks) and len(blocks) > 5}
        self._cache: dict[tuple, str] = {}

    def classify(self, block: Block) -> str:
        """Return ADMIN, CONTEXT, GOAL or NEUTRAL for the block's section."""
        path = tuple(block.section[:-1] if block.kind == HEADING else block.section)
        if path not in self._cache:
            self._cache[path] = self._classify_path(path)
        return self._cache[path]

    def headings(self, path: tuple) -> list[str]:
        """The headings of a path that are real sections (not the document title)."""
        return [path[i] for i in range(len(path)) if path[: i + 1] not in self.titles]

    def ambition_section(self, block: Block) -> bool:
        """The block stands in a section that introduces the tender or states its ambition: a context section, or one
        whose own heading speaks of why, the ambition or the main goal."""
        headings = self.headings(tuple(block.section))
        return self.classify(block) == CONTEXT or bool(headings) and bool(AMBITION_HEADING.search(headings[-1]))

    def chapter(self, block: Block) -> str:
        """The block's first real heading (the document title apart), or ""."""
        headings = self.headings(tuple(block.section))
        return headings[0] if headings else ""

    def _classify_path(self, path: tuple) -> str:
        headings = self.headings(path)
        if any(heading_kind(h) == ADMIN for h in headings):
            return ADMIN
        for heading in reversed(headings):  # the innermost heading that says something wins
            kind = heading_kind(heading)
            if kind != NEUTRAL:
                return kind
        return NEUTRAL


def heading_kind(heading: str) -> str:
    """Classify one heading text."""
    if cues.GOAL_HEADING.search(heading) and not cues.ADMIN_HEADING.search(heading):
        return GOAL
    if cues.ADMIN_HEADING.search(heading):
        return ADMIN
    if cues.CONTEXT_HEADING.search(heading):
        return CONTEXT
    return NEUTRAL
