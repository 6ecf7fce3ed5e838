"""Chapters of a document that marks none as headings: a letter pasted into Word or printed to PDF.

A letter may number its chapters as items of one list ("1. Inleiding", text, "2. Wat willen wij bereiken?", text),
or set them as short lines in the body's own font ("Inleiding", text, "Wat willen wij bereiken?", text). In a document
without any heading, such lines read as its headings, so what stands under "Wat willen wij bereiken?" is read as the
goals it is.
"""

from . import markers
from .blocks import HEADING, LIST_ITEM, PARAGRAPH, Block, BlockBuilder

CHAPTER_WORDS = 8  # "Opdracht, budget en looptijd", "Wat willen wij bereiken?"
BODY_WORDS = 12  # the text under a chapter title: a sentence or more
MIN_CHAPTERS = 3


def with_chapters(blocks: list[Block]) -> list[Block]:
    """The blocks with the chapter titles of a document without headings read as headings (level 1)."""
    if any(block.kind == HEADING for block in blocks):
        return blocks
    chapters = _numbered_chapters(blocks)
    chapters = chapters if len(chapters) >= 2 else _title_lines(blocks)
    if not chapters:
        return blocks
    builder = BlockBuilder()
    for block in blocks:
        if block.position in chapters:
            builder.heading(block.text, 1)
        else:
            builder.add(block.kind, block.text, level=block.level, numbered=block.numbered, cells=block.cells,
                        header=block.header)
    return builder.blocks


def _numbered_chapters(blocks: list[Block]) -> set[int]:
    """Top-level items of a numbered list, each short and title-shaped, each followed by text rather than an item."""
    return {block.position for block, following in zip(blocks, blocks[1:] + [None])
            if block.kind == LIST_ITEM and block.numbered and block.level == 0 and _title(block.text)
            and (following is None or following.kind != LIST_ITEM)}


def _title_lines(blocks: list[Block]) -> set[int]:
    """Short title-shaped paragraphs each followed by a paragraph of running text; none unless three or more."""
    found = {block.position for block, following in zip(blocks, blocks[1:])
             if block.kind == PARAGRAPH and _title(block.text) and following.kind == PARAGRAPH
             and len(following.text.split()) >= BODY_WORDS}
    return found if len(found) >= MIN_CHAPTERS else set()


def _title(text: str) -> bool:
    return markers.heading_shaped(text, CHAPTER_WORDS) and "." not in text.split()[-1]  # not "Conceptovereenkomst.pdf"
