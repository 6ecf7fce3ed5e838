"""Draft a proposal: outlined for the tender's route and criteria, rendered in the house style, fitted to its limits."""
from __future__ import annotations

from .anonymity import anonymised
from .fitting import draft_within_limits
from .models import Draft, DraftRequest


def draft_proposal(request: DraftRequest, template=None, soffice: str | None = None, workdir=None) -> Draft:
    """Write the Word draft for a request; `template` is a .docx path or bytes (None: our house style).

    With page limits the draft is rendered by LibreOffice (in `workdir`) to count its pages, and made
    leaner until it fits; `soffice=""` estimates the pages from the words instead. A tender assessed
    anonymously gets a draft without the organisation's, its projects' and its people's names.
    """
    return draft_within_limits(anonymised(request), template, soffice, workdir)
