"""Results from tables: which columns hold the reported figures and which project each row or column is about.

Columns are read by their header (words.COLUMN_ROLES): targets, baselines, samples, money and other
years than the one reported on are never results; a header naming a known project makes its column
that project's (a table with projects as columns).
"""
from __future__ import annotations

import re

from .figures import Figure, cell_figures, is_target
from .names import same_name
from .projects import ProjectDraft, project_named
from .tables import Table, is_number
from .words import MONEY_CUES, TOTAL_LABELS, has_any

NO_VALUE_CELLS = ("n.v.t.", "nvt", "n.b.", "nb", "geen", "onbekend", "nog niet bekend", "x")
NOT_VALUE_ROLES = {"target", "baseline", "sample", "money", "level", "databank", "method", "municipality",
                   "target_group", "partners", "period", "unit", "story", "project", "indicator"}


def value_columns(table: Table, year: int | None) -> list[int]:
    """The columns that hold this year's figures."""
    years = table.year_columns
    chosen = [c for c, y in years.items() if y == year] or ([max(years, key=years.get)] if years and year is None
                                                             else [])
    for c, role in enumerate(table.roles):
        if role == "value" and not _other_year(table.header[c], year):
            chosen.append(c)
    if chosen or years:
        return sorted(set(chosen))
    # No header names the figures: then a column whose cells hold them (with a row per project, also one
    # headed like an indicator: 'Wat we deden' over '58 bijeenkomsten en 143 ouders').
    loose = ("", "indicator") if table.column("project") is not None else ("",)
    return [c for c, role in enumerate(table.roles) if role in loose and c > 0 and _holds_figures(table, c)
            and not _other_year(table.header[c], year)]


def _other_year(header: str, year: int | None) -> bool:
    """A column headed with years that are not the one reported on ('Realisatie 2023')."""
    header_years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", header)]
    return bool(header_years and year and year not in header_years)


def _holds_figures(table: Table, column: int) -> bool:
    cells = [row[column] for row in table.rows if row[column].strip()]
    return bool(cells) and sum(bool(re.search(r"\d", c)) for c in cells) >= len(cells) / 2


def pivot_columns(table: Table, projects: list[ProjectDraft]) -> dict[int, ProjectDraft]:
    """Columns whose header names a known project (projects as columns)."""
    found = {}
    for c, header in enumerate(table.header):
        if c == 0:
            continue
        project = next((p for p in projects if same_name(p.title, header)), None)
        if project:
            found[c] = project
    return found if len(found) >= 1 and table.roles[0] not in ("project",) else {}


def _indicator(table: Table, row: list[str]) -> str:
    column = table.column("indicator")
    if column is None:
        column = next((c for c, role in enumerate(table.roles) if role in ("", "value") and re.search(r"[a-zA-Z]", row[c])
                       and not is_number(row[c]) and not re.search(r"\d", row[c])
                       and row[c].strip().lower() not in NO_VALUE_CELLS), None)
    return row[column].strip() if column is not None else ""


def table_results(table: Table, year: int | None, projects: list[ProjectDraft],
                  default: ProjectDraft | None) -> list[tuple[ProjectDraft, Figure]]:
    """(project, figure) for every reported figure in the table."""
    pivot = pivot_columns(table, projects)
    columns = list(pivot) if pivot else value_columns(table, year)
    unit_column = table.column("unit")
    out = []
    for row in _this_year_rows(table, year):
        indicator = _indicator(table, row)
        if is_target(indicator.lower()) or has_any(indicator.lower(), TOTAL_LABELS[:1]) or (
                year and any(int(y) != year for y in re.findall(r"\b(20[0-4]\d)\b", indicator))):
            continue  # a target, a total or another year's row
        project = None if pivot else _row_project(table, row, projects, default)
        for c in columns:
            owner = pivot.get(c, project)
            if owner is None:
                continue
            unit = row[unit_column].strip() if unit_column is not None else ""
            label = indicator or table.header[c]
            for figure in cell_figures(row[c], label, unit, " | ".join(row)):
                if figure.unit == "€" and has_any(label.lower(), MONEY_CUES):
                    continue
                out.append((owner, figure))
    return out


def _this_year_rows(table: Table, year: int | None) -> list[list[str]]:
    """The rows to read: in a table with a row per year ('2023 | 80 | 36'), only the reported year's (the latest
    when the document reports on no one year, as a plan's earlier project)."""
    years = [re.fullmatch(r"\s*(20[0-4]\d)\s*", row[0]) if row else None for row in table.rows]
    if len(table.rows) < 2 or not all(years):
        return table.rows
    wanted = year if year is not None else max(int(y.group(1)) for y in years)
    return [row for row, found in zip(table.rows, years) if int(found.group(1)) == wanted]


def _row_project(table: Table, row: list[str], projects: list[ProjectDraft],
                 default: ProjectDraft | None) -> ProjectDraft | None:
    column = table.column("project")
    if column is not None:
        label = row[column].strip()
        return next((p for p in projects if same_name(p.title, label)), None)
    labels = " ".join(cell for cell in row if not is_number(cell))
    return project_named(projects, labels) or default
