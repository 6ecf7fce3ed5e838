"""Draft a proposal: outline from the request, rendered into the house-style template."""
from __future__ import annotations

from .docx_writer import render
from .models import Draft, DraftRequest
from .outline import build_outline


def draft_proposal(request: DraftRequest, template=None) -> Draft:
    """Write the Word draft for a request; `template` is a .docx path or bytes (None: our house style)."""
    outline = build_outline(request)
    data, style_notices = render(outline, request.tender, template)
    return Draft(docx=data, outline=outline, notices=outline.notices + style_notices)
