"""Whether the plan is assessed without the tenderer's name: "De commissie beoordeelt de plannen geanonimiseerd:
vermeld in het plan van aanpak niet de naam van uw organisatie". The draft then leaves the name out."""

import re

from ..reading.blocks import Block
from .sentences import split_sentences

ANONYMOUS = re.compile(r"\b(anoniem\w*|geanonimiseerd\w*)\b", re.IGNORECASE)
ASSESSING = re.compile(r"\bbeoorde(el|l)\w*", re.IGNORECASE)
# "vermeld ... niet de naam van uw organisatie", "noem in uw tekst geen naam of logo", "vermeld uw organisatienaam niet"
NAME_BANNED = re.compile(
    r"\b(vermeld|noem)\w*\b[^.]{0,80}\b(geen|niet|nergens)\b[^.]{0,80}\b(naam|logo|organisatienaam)\b"
    r"|\b(vermeld|noem)\w*\b[^.]{0,80}\b(naam|logo|organisatienaam)\b[^.]{0,80}\b(niet|nergens)\b", re.IGNORECASE)


def anonymous_assessment(blocks: list[Block]) -> int | None:
    """The position of the block that says the plan is assessed anonymously, or None when none does. Answers to
    questions or reports sent "geanonimiseerd" are no such block: the sentence must be about assessing or
    forbid the tenderer's name."""
    for block in blocks:
        for sentence in split_sentences(block.text):
            if ANONYMOUS.search(sentence) and ASSESSING.search(sentence) or NAME_BANNED.search(sentence):
                return block.position
    return None
