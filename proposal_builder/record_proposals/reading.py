"""Read an uploaded document with the tender readers (forked, time-limited), with messages about documents."""
from __future__ import annotations

import sqlite_utils

from knowledge_base.embeddings import Embedder
from proposal_builder.tender.reading import DEFAULT_MAX_BYTES, read_tender
from proposal_builder.tender.reading.blocks import Block
from proposal_builder.tender.reading.errors import TenderReadError

from .duplicates import assign_refs, flag_duplicates
from .proposal import Proposal, propose_blocks

# The tender readers speak of "de uitvraag"; here the upload is the organisation's own document.
MESSAGES = {
    "empty": "Het bestand is leeg. Kies een jaarverslag, projectverslag of eerder voorstel met tekst.",
    "no_text": "In dit bestand staat geen tekst die gelezen kan worden.",
    "scanned_pdf": ("Deze PDF bevat geen leesbare tekst; waarschijnlijk is het een scan. Sla het document op als "
                    "PDF met tekst of als Word-bestand (.docx) en probeer het opnieuw."),
    "unsupported": ("Dit bestandstype wordt niet ondersteund. Kies een Word-bestand (.docx), een PDF met tekst "
                    "of platte tekst (.txt)."),
    "image": "Dit is een afbeelding, geen document. Kies een Word-bestand (.docx), een PDF met tekst of .txt.",
}


class DocumentReadError(ValueError):
    """A document that cannot be read; the message is Dutch and meant for the user."""


def read_document(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> list[Block]:
    """The document's blocks, read in a time-limited child; DocumentReadError with a Dutch message when unreadable."""
    if not data or not data.strip():
        raise DocumentReadError(MESSAGES["empty"])
    if filename.lower().endswith((".json", ".xlsx", ".xls", ".csv", ".zip", ".odt", ".doc")) and not \
            filename.lower().endswith(".docx"):
        raise DocumentReadError(MESSAGES["unsupported"])
    try:
        return read_tender(data, filename, max_bytes)
    except TenderReadError as exc:
        raise DocumentReadError(MESSAGES.get(exc.code, exc.message)) from None


def propose_document(data: bytes, filename: str = "", db: sqlite_utils.Database | None = None,
                     embedder: Embedder | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Proposal:
    """Read a document and propose its records; with a database, free refs and duplicates are marked."""
    proposal = propose_blocks(read_document(data, filename, max_bytes), filename)
    if db is not None:
        assign_refs(db, proposal.candidates)
        flag_duplicates(db, proposal.candidates, embedder)
    return proposal
