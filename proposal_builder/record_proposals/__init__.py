"""Candidate knowledge-base records read from an organisation's own documents; no Flask.

An annual report, a past proposal or a project report is read with the tender readers into
blocks; `propose_blocks` finds its projects (with period, place, target group, partners,
methods and results from prose and tables) and methods (with their recognition) and leaves out
chapters that hold no records; `propose_document` also gives them free refs and marks the ones
the knowledge base already holds. Nothing is stored here: a curator accepts candidates, and
`accept` imports them through the normal import.
"""
from .accepting import accept
from .proposal import Candidate, Proposal, propose_blocks
from .reading import DocumentReadError, propose_document, read_document

__all__ = ["Candidate", "DocumentReadError", "Proposal", "accept", "propose_blocks", "propose_document",
           "read_document"]
