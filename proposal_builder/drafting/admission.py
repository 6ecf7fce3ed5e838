"""The themes and places an admission application applies for, from the tender and the knowledge base, and where
our contribution to each is written; what neither says stays for the director (`themes.py` reads them)."""
from __future__ import annotations

from . import wording
from .document import Element, Run, Table, para, placeholder_text
from .evidence import GoalEvidence
from .models import DraftRequest
from .themes import Theme, area_places, find_themes, places_worked, section_themes, theme_places

THEMES_HEADER = ["Thema", "Waar", "Onze bijdrage"]


def applied_themes(request: DraftRequest, used: list[dict]) -> list[tuple[Theme, list[str]]]:
    """The tender's themes, each with the places we carry it out in; one unnamed theme over every goal when the
    tender names none."""
    tender, goals = request.tender, request.goals
    themes = find_themes(tender.blocks, [goal.block for goal in goals]) or section_themes([g.section for g in goals])
    area = area_places(tender.blocks)
    profile = (request.library.organisation or {}).get("extra") or {}
    worked = places_worked(used, str(profile.get("working_area") or ""))
    themes = themes or [Theme("", goals=list(range(len(goals))))]
    return [(theme, theme_places(theme, [goals[i].text for i in theme.goals], area, tender.municipalities, worked))
            for theme in themes]


def theme_choice(applied: list[tuple[Theme, list[str]]], evidence: list[GoalEvidence],
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


def _contribution_cell(theme: Theme, evidence: list[GoalEvidence], labels: dict[int, str]) -> list[list[Run]]:
    """The sections of the theme's goals we have evidence for; else a place for the director to decide."""
    shown = [labels[i] for i in theme.goals if i in labels and not evidence[i].empty]
    if shown:
        return [[Run(wording.say("theme_sections", sections=wording.join(shown)).replace(
            "paragraaf ", "paragrafen ", len(shown) > 1))]]
    if theme.goals:
        return [[Run(placeholder_text("wel of niet aanmelden", "de kennisbank levert geen bewijs voor de doelen "
                                      "van dit thema"), "placeholder")]]
    return [[Run(placeholder_text("bijdrage", "welke doelen u met dit thema dient"), "placeholder")]]
