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
from . import staffing, wording
from .document import Element, Run, Table, para

COST_HEADER = ["Kostenpost", "Inzet", "Bedrag"]
# Lines beside the staff: with an integral cost per fte, overhead and housing are inside it.
OTHER_LINES = ("Vrijwilligersvergoedingen en training", "Activiteiten en materialen")
NOT_INTEGRAL_LINES = ("Huisvesting", "Overhead")
COVERAGE_LINES = ("Gevraagde subsidie", "Eigen bijdrage", "Bijdragen van partners en fondsen")
PROFILE_FIX = "profile:cost_per_fte"
WEEK_FIX = "profile:full_week"


@dataclass
class Activity:
    """An activity of the plan as the deployment table holds it: its name, sections and staff (records' words)."""

    name: str
    labels: list[str]
    staff: str = ""
    ref: str = ""  # the record whose description gives the staff

    def fte(self, full_week: float | None = None) -> float | None:
        """The fte the staff phrase deploys ("vier jongerenwerkers (samen 3,2 fte)" → 3.2, "één begeleider (24 uur per
        week)" → 0.67 with a full week of 36 hours); None when it gives no effort for someone paid."""
        return staffing.fte(self.staff, full_week)

    def hours(self) -> str:
        """"24 uur per week" when the staff phrase gives its effort in hours, for the row to show beside the fte."""
        return wording.join(staffing.HOURS_GIVEN.findall(self.staff))


def budget(ceiling: str, activities: list[Activity], profile: dict | None) -> tuple[list[Element], list[str]]:
    """The budget and coverage tables, and the computed figures ("3,2 fte × € 82.000 = € 262.400") whose numbers
    the checks trace to the profile. An activity whose fte and cost are known has a row with its amount; the others
    share one row of professionals, so the director fills one amount for them, not one each."""
    extra = (profile or {}).get("extra") or {}
    cost, rate, week = amount(extra.get("cost_per_fte")), amount(extra.get("hourly_rate")), _hours(extra.get("full_week"))
    activities = _shared(activities)
    costed = [a for a in activities if a.fte(week) is not None and cost]
    rest = [a for a in activities if a not in costed]
    derived: list[str] = []
    rows = [_costed_row(activity, cost, week, derived) for activity in costed]
    if len(costed) > 1 and not rest:  # every activity's staff known: their sum
        amounts = [round(a.fte(week) * cost) for a in costed]
        derived.append(f"{' + '.join(dutch.money(a) for a in amounts)} = {dutch.money(sum(amounts))}")
        rows.append([[[Run("Subtotaal beroepskrachten")]], [[Run("")]], [[Run(f"{dutch.money(sum(amounts))} per jaar")]]])
    if rest or not activities:
        rows.append(_staff_row(rest, cost, week))
    helping = _volunteers(activities)  # the volunteers to budget for, where the records count them
    rows += [[[[Run(line)]], [[Run(helping if line == OTHER_LINES[0] and helping else "—")]],
              [[Run("[bedrag]", "placeholder")]]] for line in OTHER_LINES + (() if cost else NOT_INTEGRAL_LINES)]
    rows.append([[[Run("Totaal", "bold")]], [[Run("")]], [[Run("[totaal]", "placeholder")]]])
    intro = wording.say("budget_intro", ceiling=ceiling) if ceiling else wording.say("budget_no_ceiling")
    basis = [wording.say("budget_cost_per_fte", cost=dutch.money(cost))] if cost else []
    basis += [wording.say("budget_rate", rate=dutch.money(rate))] if rate else []
    basis += [wording.say("budget_full_week", hours=dutch.number(week))] if week and any(a.hours() for a in costed) else []
    costs = Table(COST_HEADER, rows, widths_cm=[8.0, 3.5, 4.5])
    return [para(intro), *([para(" ".join(basis))] if basis else []), costs, coverage(ceiling)], derived


def _shared(activities: list[Activity]) -> list[Activity]:
    """Activities whose staff one record gives ("een ouderenadviseur en een mantelzorgconsulent (samen 1,0 fte)" for
    two activities of one project) as one activity, so the same people are costed once."""
    merged: dict[str, Activity] = {}
    out: list[Activity] = []
    for activity in activities:
        key = f"{activity.ref}\0{activity.staff}" if activity.ref and activity.staff else ""
        if key and key in merged:
            first = merged[key]
            first.name = f"{first.name}; {activity.name}"  # names may hold "en" themselves
            first.labels = sorted(set(first.labels) | set(activity.labels),
                                  key=lambda label: [int(n) if n.isdigit() else n for n in label.split(".")])
            continue
        copy = Activity(activity.name, list(activity.labels), activity.staff, activity.ref)
        if key:
            merged[key] = copy
        out.append(copy)
    return out


def _volunteers(activities: list[Activity]) -> str:
    """The volunteers the records count for the plan's activities, each with its activity: "ruim veertig
    vrijwilligers (Home-Start); 34 getrainde maatjes (SchuldHulpMaatje)"; "" when they count none."""
    counted = []
    for activity in activities:
        helping = [part for part in staffing.PARTS.split(activity.staff) if staffing.VOLUNTARY.search(part)]
        counted += [f"{wording.join(helping)} ({wording.capitalised(activity.name)})"] if helping else []
    return "; ".join(counted)


def _hours(text) -> float | None:
    """A full working week as the profile holds it ("36", "36,5"); None for anything else."""
    found = re.fullmatch(r"(\d{1,2}(?:[.,]\d)?)", str(text or "").strip())
    return float(found[1].replace(",", ".")) if found else None


def _named(activity: Activity) -> str:
    """"Vroeg Eropaf (paragrafen 1.1 en 1.2)"."""
    labels = activity.labels
    where = f" ({'paragrafen' if len(labels) > 1 else 'paragraaf'} {wording.join(labels)})" if labels else ""
    return wording.capitalised(activity.name) + where


def _costed_row(activity: Activity, cost: int, week: float | None, derived: list[str]) -> list:
    fte = activity.fte(week)
    total = round(fte * cost)
    derived.append(f"{dutch.number(fte)} fte × {dutch.money(cost)} = {dutch.money(total)}")
    hours = activity.hours()
    if hours:  # the hours the records give, counted against the profile's full week
        derived.append(f"{hours} / {dutch.number(week)} uur = {dutch.number(fte)} fte")
    deployed = f"{dutch.number(fte)} fte" + (f" ({hours})" if hours else "")
    return [[[Run(_named(activity))]], [[Run(deployed)]],
            [[Run(f"{dutch.money(total)} per jaar"), Run(f" ({dutch.number(fte)} × {dutch.money(cost)})", "source")]]]


def _staff_row(activities: list[Activity], cost: int | None, week: float | None) -> list:
    """One row for the professionals of the activities without a computed amount: their fte where all are known,
    else the staff the records name for one, else a pointer to the deployment table."""
    label = "Beroepskrachten" + (": " + "; ".join(_named(a) for a in activities) if activities else "")
    fte = [a.fte(week) for a in activities]
    deployed = f"{dutch.number(sum(fte))} fte" if fte and None not in fte else activities[0].staff \
        if len(activities) == 1 and activities[0].staff else "zie ‘Inzet per activiteit’" if activities else "—"
    hint = f"[fte × {dutch.money(cost)}]" if cost else "[bedrag]"  # the places list says where it is fixed
    # hours the records give but no full week in the profile to count them against: fixed there
    fix = PROFILE_FIX if not cost else WEEK_FIX if not week and any(a.hours() for a in activities) else ""
    return [[[Run(label)]], [[Run(deployed)]], [[Run(hint, "placeholder", fix)]]]


def coverage(ceiling: str) -> Table:
    """The coverage plan, the director's: what is asked (within the ceiling), brought in and given by others."""
    asked = f"[bedrag; ten hoogste {ceiling}]" if ceiling else "[bedrag]"
    rows = [[[[Run(line)]], [[Run(asked if line == COVERAGE_LINES[0] else "[bedrag]", "placeholder")]]]
            for line in COVERAGE_LINES]
    rows.append([[[Run("Totaal", "bold")]], [[Run("[totaal; gelijk aan het totaal van de begroting]", "placeholder")]]])
    return Table(["Dekkingsplan", "Bedrag"], rows, widths_cm=[10.0, 6.0])
