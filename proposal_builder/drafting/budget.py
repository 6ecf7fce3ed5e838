"""The budget and coverage plan of a subsidy draft: what is known filled in, the rest a marked place.

Known are the ceiling (the tender's), the activities of the plan with the fte the deployment table holds (from the
records), and, from the organisation profile, the integral cost per fte and the hourly rate staff entered. An amount
is written only as fte × cost per fte; every other amount is a place for the director, saying where it is fixed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge_base.library_types import amount

from .. import dutch
from . import wording
from .document import Element, Run, Table, para

FTE = re.compile(r"(\d+(?:,\d+)?)\s*fte\b", re.IGNORECASE)
COST_HEADER = ["Kostenpost", "Inzet", "Bedrag"]
# Lines beside the staff: with an integral cost per fte, overhead and housing are inside it.
OTHER_LINES = ("Vrijwilligersvergoedingen en training", "Activiteiten en materialen")
NOT_INTEGRAL_LINES = ("Huisvesting", "Overhead")
COVERAGE_LINES = ("Gevraagde subsidie", "Eigen bijdrage", "Bijdragen van partners en fondsen")
PROFILE_FIX = "profile:cost_per_fte"


@dataclass
class Activity:
    """An activity of the plan as the deployment table holds it: its name, sections and staff (records' words)."""

    name: str
    labels: list[str]
    staff: str = ""

    @property
    def fte(self) -> float | None:
        """The fte the staff phrase counts ("vier jongerenwerkers (samen 3,2 fte)" → 3.2); None when it counts none."""
        found = [float(n.replace(",", ".")) for n in FTE.findall(self.staff)]
        return sum(found) if found else None


def budget(ceiling: str, activities: list[Activity], profile: dict | None) -> tuple[list[Element], list[str]]:
    """The budget and coverage tables, and the computed figures ("3,2 fte × € 82.000 = € 262.400") whose numbers
    the checks trace to the profile. An activity whose fte and cost are known has a row with its amount; the others
    share one row of professionals, so the director fills one amount for them, not one each."""
    extra = (profile or {}).get("extra") or {}
    cost, rate = amount(extra.get("cost_per_fte")), amount(extra.get("hourly_rate"))
    costed = [a for a in activities if a.fte is not None and cost]
    rest = [a for a in activities if a not in costed]
    derived: list[str] = []
    rows = [_costed_row(activity, cost, derived) for activity in costed]
    if len(costed) > 1 and not rest:  # every activity's staff known: their sum
        amounts = [round(a.fte * cost) for a in costed]
        derived.append(f"{' + '.join(dutch.money(a) for a in amounts)} = {dutch.money(sum(amounts))}")
        rows.append([[[Run("Subtotaal beroepskrachten")]], [[Run("")]], [[Run(f"{dutch.money(sum(amounts))} per jaar")]]])
    if rest or not activities:
        rows.append(_staff_row(rest, cost))
    rows += [[[[Run(line)]], [[Run("—")]], [[Run("[bedrag]", "placeholder")]]]
             for line in OTHER_LINES + (() if cost else NOT_INTEGRAL_LINES)]
    rows.append([[[Run("Totaal", "bold")]], [[Run("")]], [[Run("[totaal]", "placeholder")]]])
    intro = wording.say("budget_intro", ceiling=ceiling) if ceiling else wording.say("budget_no_ceiling")
    basis = [wording.say("budget_cost_per_fte", cost=dutch.money(cost))] if cost else []
    basis += [wording.say("budget_rate", rate=dutch.money(rate))] if rate else []
    costs = Table(COST_HEADER, rows, widths_cm=[8.0, 3.5, 4.5])
    return [para(intro), *([para(" ".join(basis))] if basis else []), costs, coverage(ceiling)], derived


def _named(activity: Activity) -> str:
    """"Vroeg Eropaf (paragrafen 1.1 en 1.2)"."""
    labels = activity.labels
    where = f" ({'paragrafen' if len(labels) > 1 else 'paragraaf'} {wording.join(labels)})" if labels else ""
    return wording.capitalised(activity.name) + where


def _costed_row(activity: Activity, cost: int, derived: list[str]) -> list:
    total = round(activity.fte * cost)
    derived.append(f"{dutch.number(activity.fte)} fte × {dutch.money(cost)} = {dutch.money(total)}")
    return [[[Run(_named(activity))]], [[Run(f"{dutch.number(activity.fte)} fte")]],
            [[Run(f"{dutch.money(total)} per jaar"), Run(f" ({dutch.number(activity.fte)} × {dutch.money(cost)})", "source")]]]


def _staff_row(activities: list[Activity], cost: int | None) -> list:
    """One row for the professionals of the activities without a computed amount: their fte where all are known,
    else the staff the records name for one, else a pointer to the deployment table."""
    label = "Beroepskrachten" + (": " + "; ".join(_named(a) for a in activities) if activities else "")
    fte = [a.fte for a in activities]
    deployed = f"{dutch.number(sum(fte))} fte" if fte and None not in fte else activities[0].staff \
        if len(activities) == 1 and activities[0].staff else "zie ‘Inzet per activiteit’" if activities else "—"
    hint = f"[fte × {dutch.money(cost)}]" if cost else "[bedrag]"  # the places list says where it is fixed
    return [[[Run(label)]], [[Run(deployed)]], [[Run(hint, "placeholder", "" if cost else PROFILE_FIX)]]]


def coverage(ceiling: str) -> Table:
    """The coverage plan, the director's: what is asked (within the ceiling), brought in and given by others."""
    asked = f"[bedrag; ten hoogste {ceiling}]" if ceiling else "[bedrag]"
    rows = [[[[Run(line)]], [[Run(asked if line == COVERAGE_LINES[0] else "[bedrag]", "placeholder")]]]
            for line in COVERAGE_LINES]
    rows.append([[[Run("Totaal", "bold")]], [[Run("[totaal; gelijk aan het totaal van de begroting]", "placeholder")]]])
    return Table(["Dekkingsplan", "Bedrag"], rows, widths_cm=[10.0, 6.0])
