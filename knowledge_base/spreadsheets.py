"""Spreadsheets in and out of the knowledge base: .xlsx workbooks and .csv files as import items.

A workbook holds a sheet per type (Methodieken, Projecten, Resultaten, and Projectresultaten for
the results typed inside projects) or one sheet with a Type column; a CSV file holds one type,
told by a Type column, its file name or its columns. Column names are matched as data
(spreadsheet_columns.COLUMNS); unknown columns are kept as extra fields. Cells merged under each
other in one column count for every row they cover (a project named once for its results); any
other merge is refused with its range. Title lines above the header row are skipped.
"""
from __future__ import annotations

import io

from . import spreadsheet_columns as columns
from .spreadsheet_columns import PROJECT_RESULTS
from .spreadsheet_files import Table, read_tables
from .transfer import ImportFormatError

HEADER_SEARCH_ROWS = 10  # how many lines (titles, notes) may stand above the header row
EXPECTED = ("Verwacht in de eerste regel kolomnamen als Referentie, Titel, Samenvatting, Doelgroep, "
            "Thema's en Type, en per soort: Partners en Methodieken (projecten), Erkenningsniveau en "
            "Databank (methodieken), of Project, Indicator, Waarde en Eenheid (resultaten).")


def read_table_file(filename: str, data: bytes) -> list[dict]:
    """The records of a .xlsx workbook or .csv file as import items; raise ImportFormatError (Dutch)."""
    return _items(read_tables(filename, data))


# --- from tables to import items -------------------------------------------------------------------

def _items(tables: list[Table]) -> list[dict]:
    items, inline = [], []
    for table in tables:
        rows = _table_items(table)
        if table.kind == PROJECT_RESULTS:
            inline.extend((table.label, number, row) for number, row in rows)
        else:
            items.extend(row for _, row in rows)
    if any(table.kind == PROJECT_RESULTS for table in tables):
        _attach_results(items, inline)
    if not items:
        unreadable = [table for table in tables if table.rows and _header_at(table) is None]
        raise _no_columns(unreadable[0]) if unreadable else ImportFormatError(
            "Het bestand bevat geen records: onder de kolomnamen staan geen rijen.")
    return items


def _table_items(table: Table) -> list[tuple[int, dict]]:
    """The rows of a table as (row number, item); a sheet of notes, named for no type, gives none."""
    if not table.rows:
        return []
    at = _header_at(table)
    if at is None:
        if table.optional:
            return []
        raise _no_columns(table)
    keys = _header(table, at)
    _apply_merges(table, table.rows[at][0])
    kind = _kind(table, keys)
    found = []
    for number, cells in table.rows[at + 1:]:
        if item := _row_item(keys, cells + [None] * (len(keys) - len(cells)), kind):
            found.append((number, item))
    return found


def _header_at(table: Table) -> int | None:
    """The header row: the first of the top rows naming two known columns (one, if no row names two)."""
    known = [sum(1 for cell in cells if columns.field_for_header(cell, table.kind))
             for _, cells in table.rows[:HEADER_SEARCH_ROWS]]
    if not any(known):
        return None
    return next(at for at, count in enumerate(known) if count >= min(2, max(known)))


def _no_columns(table: Table) -> ImportFormatError:
    found = ", ".join(f"'{columns.as_text(cell)}'" for cell in table.rows[0][1] if columns.as_text(cell))
    return ImportFormatError(f"In {table.label} staan geen herkenbare kolomnamen (gevonden: {found[:300]}). "
                             + EXPECTED)


def _header(table: Table, at: int) -> list[str | None]:
    """The field (or, for an unknown column, the header itself) of every column."""
    cells = table.rows[at][1]
    keys = [columns.field_for_header(cell, table.kind) or columns.as_text(cell) or None for cell in cells]
    _refuse_duplicates(table, cells, keys)
    title_column = columns.TITLE_COLUMNS.get(table.kind or "")
    if "title" not in keys and title_column in keys:
        keys[keys.index(title_column)] = "title"
    return keys


def _refuse_duplicates(table: Table, cells: list, keys: list) -> None:
    seen: dict[str, int] = {}
    for position, key in enumerate(keys):
        if key is not None and key in seen:
            first, second = columns.as_text(cells[seen[key]]), columns.as_text(cells[position])
            raise ImportFormatError(f"In {table.label} staan twee kolommen voor hetzelfde gegeven: "
                                    f"'{first}' en '{second}'. Houd er één over.")
        seen.setdefault(key, position)


def _apply_merges(table: Table, header_row: int) -> None:
    """Fill cells merged under each other in one column; refuse any other merge below the titles."""
    rows = dict(table.rows)
    for cell_range, min_row, max_row, min_col, max_col in table.merges:
        if max_row < header_row:
            continue
        if min_col != max_col or min_row <= header_row:
            raise ImportFormatError(
                f"In {table.label} zijn cellen samengevoegd ({cell_range}). Maak de samenvoeging ongedaan "
                "(Start > Samenvoegen en centreren) en vul elke cel; alleen cellen onder elkaar in één "
                "kolom mogen samengevoegd blijven.")
        top = rows.get(min_row) or []
        value = top[min_col - 1] if len(top) >= min_col else None
        for number in range(min_row + 1, max_row + 1):
            if (row := rows.get(number)) is not None:  # rows empty but for the merge stay out
                row.extend([None] * (min_col - len(row)))
                row[min_col - 1] = value


def _kind(table: Table, keys: list) -> str | None:
    if table.kind or "type" in keys:
        return table.kind
    if kind := columns.type_from_columns(set(keys)):
        return kind
    raise ImportFormatError(
        f"Van {table.label} is niet te zien wat voor records erin staan. Noem het blad of bestand naar het "
        "soort (bijvoorbeeld Projecten, Methodieken, Resultaten of Teamleden) of voeg een kolom Type toe.")


def _row_item(keys: list, cells: list, kind: str | None) -> dict | None:
    if kind != PROJECT_RESULTS and "type" in keys:
        written = columns.as_text(cells[keys.index("type")])
        kind = columns.type_for_name(written, inline=False) or written or kind or ""
    keep = columns.keeps_empty(kind)
    item: dict = {} if kind == PROJECT_RESULTS else {"type": kind}
    for key, cell in zip(keys, cells):
        empty = cell is None or (isinstance(cell, str) and not cell.strip())
        if key not in (None, "type") and (key in keep or not empty):
            item[key] = columns.cell_for_field(key, "" if empty else cell)
    if not any(value not in ("", [], False, None) for key, value in item.items() if key != "type"):
        return None
    return {"id": item.pop("id"), **item} if "id" in item else item


def _attach_results(items: list[dict], inline: list[tuple[str, int, dict]]) -> None:
    """Put the rows of a Projectresultaten sheet into their project's `results`."""
    projects = [item for item in items if item.get("type") == "project"]
    by_ref = {str(p.get("id", "")): p for p in projects}
    by_title = {str(p.get("title", "")).casefold(): p for p in projects}
    for project in projects:
        project.setdefault("results", [])
    for label, number, row in inline:
        ref = str(row.pop("project", ""))
        project = by_ref.get(ref) or by_title.get(ref.casefold())
        if project is None:
            wanted = f"project '{ref}' staat niet bij de projecten" if ref else "vul het project in (bijvoorbeeld P01)"
            raise ImportFormatError(f"In {label}, rij {number}: {wanted}.")
        project["results"].append(row)




# --- export ------------------------------------------------------------------------------------------

def export_xlsx(items: list[dict]) -> bytes:
    """Import-format items as a workbook: a sheet per type with Dutch headers, project results apart."""
    from openpyxl import Workbook  # loaded on first use, like the reader

    book = Workbook()
    book.remove(book.active)
    for kind, rows in _export_rows(items).items():
        _write_sheet(book.create_sheet(columns.SHEETS[kind][0]), kind, _export_fields(kind, rows), rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _export_rows(items: list[dict]) -> dict[str, list[dict]]:
    """The rows of each sheet: the evidence sheets always (an empty one shows its columns), others when used."""
    grouped: dict[str, list[dict]] = {kind: [] for kind in columns.EXPORT_FIELDS}
    for item in items:
        kind = item.get("type")
        if kind not in grouped or kind == PROJECT_RESULTS:
            raise ValueError(f"unknown record type {kind!r}")
        grouped[kind].append({key: value for key, value in item.items() if key not in ("type", "results")})
        if kind == "project":
            grouped[PROJECT_RESULTS].extend({"project": item.get("id", ""), **result}
                                            for result in item.get("results") or [])
    evidence = ("method", "project", PROJECT_RESULTS, "result")
    return {kind: rows for kind, rows in grouped.items() if rows or kind in evidence}


def _export_fields(kind: str, rows: list[dict]) -> list[str]:
    fields = list(columns.EXPORT_FIELDS[kind])
    fields += dict.fromkeys(key for row in rows for key in row if key not in fields)
    return fields


def _write_sheet(sheet, kind: str, fields: list[str], rows: list[dict]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append([columns.header_for_field(name, kind) for name in fields])
    for number, row in enumerate(rows, start=2):
        for position, name in enumerate(fields, start=1):
            value = columns.export_cell(name, row.get(name))
            cell = sheet.cell(row=number, column=position)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"  # text, also when it starts with '=': never a formula
            else:
                cell.value = value
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for position, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 200)), start=1):
        longest = max(len(line) for cell in column for line in str(cell.value or "").split("\n"))
        sheet.column_dimensions[get_column_letter(position)].width = min(60, max(10, longest + 2))
