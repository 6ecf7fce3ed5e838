"""Drafting (no Flask): a Dutch proposal outlined, rendered to Word in the house style, and checked."""
from .document import Outline
from .checks import (CheckReport, UntracedNumber, check_draft, check_goal_sections, check_length,
                     check_numbers)
from .draft import draft_proposal
from .house_style import DEFAULT_TEMPLATE, make_house_style
from .models import Draft, DraftRequest, TenderInfo
from .outline import build_outline
from .template import TemplateError

__all__ = [
    "DEFAULT_TEMPLATE", "CheckReport", "Draft", "DraftRequest", "Outline",
    "TemplateError", "TenderInfo", "UntracedNumber", "build_outline", "check_draft",
    "check_goal_sections", "check_length", "check_numbers", "draft_proposal", "make_house_style",
]
