"""Drafting (no Flask): a Dutch proposal outlined by route and criteria, rendered in the house style, fitted and checked."""
from .checks import CheckReport, UntracedNumber, check_draft, check_goal_sections, check_numbers
from .document import Outline
from .draft import draft_proposal
from .fitting import PageCount
from .house_style import DEFAULT_TEMPLATE, make_house_style
from .models import CriterionInfo, Draft, DraftRequest, TenderInfo
from .outline import build_outline
from .template import TemplateError

__all__ = [
    "DEFAULT_TEMPLATE", "CheckReport", "CriterionInfo", "Draft", "DraftRequest", "Outline", "PageCount",
    "TemplateError", "TenderInfo", "UntracedNumber", "build_outline", "check_draft", "check_goal_sections",
    "check_numbers", "draft_proposal", "make_house_style",
]
