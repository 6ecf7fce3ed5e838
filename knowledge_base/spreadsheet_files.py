"""Reading spreadsheet files into tables of cells: .xlsx through openpyxl, .csv through the csv module.

Everything a file can be refused for as a whole is checked here, with a Dutch message: its kind,
its size (50 MB, 20,000 rows, 200 columns), its encoding, error values and formulas without a
cached value. Hidden sheets are skipped.
"""
from __future__ import annotations

import csv
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal

from . import spreadsheet_columns as columns
from .transfer import ImportFormatError

MAX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a workbook is a zip: bound what it unpacks to as well
MAX_ROWS = 20_000
MAX_COLUMNS = 200
CSV_SUFFIXES = ("", ".csv", ".txt", ".tsv")
# Files recognised by their first bytes, each with what to do instead.
REFUSED_FORMATS = [
    (b"\xd0\xcf\x11\xe0", "Dit is een oud Excel-bestand (.xls) of een werkmap met een wachtwoord. "
                          "Sla het in Excel op als Excel-werkmap (.xlsx) zonder wachtwoord, of als CSV."),
    (b"%PDF", "Dit is een PDF-bestand, geen spreadsheet. Kies een Excel-werkmap (.xlsx) of een CSV-bestand."),
]
NOT_A_WORKBOOK = ("Het bestand is geen leesbare Excel-werkmap (.xlsx) of is beschadigd. Open het in Excel, "
                  "sla het op als Excel-werkmap of als CSV en probeer het opnieuw.")


@dataclass
class Table:
    """The non-empty rows of one sheet or CSV file, before they become import items."""

    label: str  # "blad 'Projecten'" or "bestand 'projecten.csv'", for messages
    kind: str | None  # the type its name gives
    rows: list[tuple[int, list]]  # (row number, cells)
    merges: list[tuple[str, int, int, int, int]] = field(default_factory=list)  # range, min/max row, min/max col
    optional: bool = False  # a sheet named for no type may be a note or a list of choices


def read_tables(filename: str, data: bytes) -> list[Table]:
    """The sheets of a workbook or the one table of a CSV file; raise ImportFormatError (Dutch)."""
    if len(data) > MAX_BYTES:
        raise ImportFormatError("Het bestand is groter dan 50 MB, de grens voor een import. "
                                "Splits het in kleinere bestanden.")
    if not data.strip():
        raise ImportFormatError("Het bestand is leeg.")
    if data.startswith(b"PK"):
        return _read_workbook(data)
    for magic, message in REFUSED_FORMATS:
        if data.startswith(magic):
            raise ImportFormatError(message)
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix in (".xlsx", ".xlsm"):
        raise ImportFormatError(NOT_A_WORKBOOK)
    if suffix not in CSV_SUFFIXES:
        raise ImportFormatError(f"Bestanden van het type {suffix} kunnen niet worden ingelezen; kies een "
                                "Excel-werkmap (.xlsx) of een CSV-bestand (.csv).")
    return [_read_csv(filename, data)]


def _check_rows(count: int) -> None:
    if count > MAX_ROWS:
        raise ImportFormatError(f"Het bestand heeft meer dan {MAX_ROWS:,} rijen; de grens voor één import "
                                f"is {MAX_ROWS:,} rijen. Splits het in kleinere bestanden.".replace(",", "."))


# --- CSV -------------------------------------------------------------------------------------------

def _read_csv(filename: str, data: bytes) -> Table:
    text = _decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ","
    if first.lower().startswith("sep=") and len(first) == 5:  # the hint line Excel understands
        delimiter, text = first[4], text.split("\n", 1)[1] if "\n" in text else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, start = [], 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((start, row))
                _check_rows(len(rows) - 1)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFormatError(f"Het CSV-bestand is niet te lezen bij regel {reader.line_num}: "
                                "controleer daar de aanhalingstekens.") from exc
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return Table(f"bestand '{name}'", columns.type_for_filename(filename), rows)


def _decode(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif b"\x00" in data:
        raise ImportFormatError("Het bestand is geen tekst (het bevat nul-tekens) en dus geen CSV-bestand. "
                                "Kies een Excel-werkmap (.xlsx) of een CSV-bestand.")
    else:
        encodings = ["utf-8-sig", "cp1252"]  # cp1252: what Dutch Excel writes for "CSV (puntkomma)"
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFormatError("De tekens in het CSV-bestand zijn niet te lezen als UTF-8 of Windows-1252. "
                            "Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)'.")


# --- xlsx ------------------------------------------------------------------------------------------

@dataclass
class _Extent:
    """What a streaming pass over a sheet found: its last used row and column, its formula cells."""

    last_row: int = 0
    last_col: int = 0
    formulas: set[str] = field(default_factory=set)


def _read_workbook(data: bytes) -> list[Table]:
    _check_archive(data)
    extents = _scan(data)
    book = _open(data, read_only=False, data_only=True)
    tables = [_sheet_table(sheet, extents.get(sheet.title, _Extent()))
              for sheet in book.worksheets if sheet.sheet_state == "visible"]
    if not any(table.rows for table in tables):
        raise ImportFormatError("De werkmap is leeg: geen enkel blad bevat gegevens.")
    return tables


def _check_archive(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportFormatError(NOT_A_WORKBOOK) from exc
    if b"opendocument" in mimetype:
        raise ImportFormatError("Dit is een OpenDocument-werkblad (.ods). Sla het op als Excel-werkmap "
                                "(.xlsx) of als CSV en probeer het opnieuw.")
    if "[Content_Types].xml" not in names:
        raise ImportFormatError("Dit is een zip-bestand, geen Excel-werkmap. Kies een Excel-werkmap (.xlsx) "
                                "of een CSV-bestand.")
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFormatError("De werkmap is uitgepakt groter dan 200 MB, de grens voor een import. "
                                "Splits haar in kleinere bestanden.")


def _open(data: bytes, read_only: bool, data_only: bool):
    from openpyxl import load_workbook  # loaded on first use: most runs never read a workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about parts it drops (validation, styles)
            return load_workbook(io.BytesIO(data), read_only=read_only, data_only=data_only)
    except Exception as exc:  # a damaged archive raises anything from KeyError to XML syntax errors
        raise ImportFormatError(NOT_A_WORKBOOK) from exc


def _scan(data: bytes) -> dict[str, _Extent]:
    """Stream every sheet once: its used extent and formula cells, refusing too many rows or columns."""
    book = _open(data, read_only=True, data_only=False)
    extents: dict[str, _Extent] = {}
    rows = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for sheet in book.worksheets:
                sheet.reset_dimensions()  # the stored size can claim a million empty rows
                extent = extents[sheet.title] = _Extent()
                for row in sheet.iter_rows():
                    used = [cell for cell in row if cell.value not in (None, "")]
                    if used:
                        rows += 1
                        _check_rows(rows - len(extents))  # a header row per sheet
                        _note_used(sheet.title, extent, used)
    except ImportFormatError:
        raise
    except Exception as exc:  # as in _open: a damaged sheet fails in many ways
        raise ImportFormatError(NOT_A_WORKBOOK) from exc
    finally:
        book.close()
    return extents


def _note_used(title: str, extent: _Extent, used: list) -> None:
    extent.last_row = used[-1].row
    extent.last_col = max(extent.last_col, used[-1].column)
    if extent.last_col > MAX_COLUMNS:
        raise ImportFormatError(f"Blad '{title}' heeft gegevens in meer dan {MAX_COLUMNS} kolommen "
                                f"(tot cel {used[-1].coordinate}); de grens is {MAX_COLUMNS} kolommen.")
    extent.formulas.update(cell.coordinate for cell in used if cell.data_type == "f")


def _sheet_table(sheet, extent: _Extent) -> Table:
    label = f"blad '{sheet.title}'"
    rows = []
    if extent.last_row:
        for row in sheet.iter_rows(min_row=1, max_row=extent.last_row, max_col=extent.last_col):
            values = [_cell_value(label, cell, extent.formulas) for cell in row]
            if any(value not in (None, "") for value in values):
                rows.append((row[0].row, values))
    merges = [(r.coord, r.min_row, r.max_row, r.min_col, r.max_col) for r in sheet.merged_cells.ranges]
    kind = columns.type_for_name(sheet.title)
    return Table(label, kind, rows, merges, optional=kind is None)


def _cell_value(label: str, cell, formulas: set[str]):
    """A cell's value: dates as text, percentages as a Dutch user sees them ("72%")."""
    value = cell.value
    if cell.data_type == "e":
        raise ImportFormatError(f"In {label}, cel {cell.coordinate} staat de foutwaarde {value}. "
                                "Los de fout op of maak de cel leeg.")
    if value is None and cell.coordinate in formulas:
        raise ImportFormatError(
            f"In {label}, cel {cell.coordinate} staat een formule zonder berekende waarde (het bestand is "
            "niet in Excel opgeslagen). Open en bewaar het in Excel, of vervang de formule door de waarde.")
    if isinstance(value, (date, time)):
        return columns.date_text(value)
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        return columns.dutch_number(Decimal(repr(value)) * 100) + "%"
    return value
