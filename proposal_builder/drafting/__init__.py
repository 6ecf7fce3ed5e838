"""Drafting (no Flask): a Dutch proposal outlined, rendered to Word in the house style."""
from .blocks import Outline
from .draft import draft_proposal
from .house_style import DEFAULT_TEMPLATE, make_house_style
from .models import Draft, DraftRequest, GoalDraft, TenderInfo
from .outline import build_outline
from .template import TemplateError

__all__ = [
    "DEFAULT_TEMPLATE", "Draft", "DraftRequest", "GoalDraft", "Outline", "TemplateError",
    "TenderInfo", "build_outline", "draft_proposal", "make_house_style",
]
