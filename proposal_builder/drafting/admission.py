"""The lots (themes) and places an admission application applies for, from the tender's lots and the knowledge
base, and where our contribution to each is written; what neither says stays for the director."""
from __future__ import annotations

from . import wording
from .document import Element, Run, Table, para, placeholder_text
from .evidence import GoalEvidence
from .models import DraftRequest
from ..tender.extraction.lots import Lot
from .lot_places import lot_places, places_worked, section_lots

THEMES_HEADER = ["Thema", "Waar", "Onze bijdrage"]


def applied_lots(request: DraftRequest, used: list[dict]) -> list[tuple[Lot, list[str]]]:
    """The tender's lots, each with the places we carry it out in; one unnamed lot over every goal when the
    tender names none (goals 1-based, as the tender's lots hold them)."""
    tender, goals = request.tender, request.goals
    lots = tender.lots or section_lots([g.section for g in goals]) or [Lot("", goals=list(range(1, len(goals) + 1)))]
    profile = (request.library.organisation or {}).get("extra") or {}
    worked = places_worked(used, str(profile.get("working_area") or ""))
    return [(lot, lot_places(lot, tender.area, tender.municipalities, worked)) for lot in lots]


def theme_choice(applied: list[tuple[Lot, list[str]]], evidence: list[GoalEvidence],
                 labels: dict[int, str]) -> list[Element]:
    """The themes we apply for with their places and where our contribution is written; without themes in the
    tender, the places we apply for."""
    if len(applied) == 1 and not applied[0][0].name:
        places = applied[0][1]
        return [para(wording.say("themes_whole", places=wording.join(places)) if places else
                     Run(placeholder_text("plaatsen", "in welke gemeenten, kernen of wijken u zich aanmeldt"), "placeholder"))]
    rows = [[[[Run(theme.title)]], _places_cell(places), _contribution_cell(theme, evidence, labels)]
            for theme, places in applied]
    return [para(wording.say("themes_chosen")), Table(THEMES_HEADER, rows, widths_cm=[6.0, 4.5, 5.5])]


def _places_cell(places: list[str]) -> list[list[Run]]:
    if places:
        return [[Run(wording.join(places))]]
    return [[Run(placeholder_text("plaatsen", "waar u dit thema uitvoert"), "placeholder")]]


def _contribution_cell(theme: Lot, evidence: list[GoalEvidence], labels: dict[int, str]) -> list[list[Run]]:
    """The sections of the lot's goals we have evidence for; else a place for the director to decide."""
    shown = [labels[n - 1] for n in theme.goals if n - 1 in labels and not evidence[n - 1].empty]
    if shown:
        return [[Run(wording.say("theme_sections", sections=wording.join(shown)).replace(
            "paragraaf ", "paragrafen ", len(shown) > 1))]]
    if theme.goals:
        return [[Run(placeholder_text("wel of niet aanmelden", "de kennisbank levert geen bewijs voor de doelen "
                                      "van dit thema"), "placeholder")]]
    return [[Run(placeholder_text("bijdrage", "welke doelen u met dit thema dient"), "placeholder")]]
