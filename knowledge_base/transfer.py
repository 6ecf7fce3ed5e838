"""JSON import and export of the knowledge base (the format is documented in README.md)."""
from __future__ import annotations

import json

import sqlite_utils

from .import_plan import ImportLine, ImportReport, import_items
from .records import list_records

__all__ = ["ImportFormatError", "ImportLine", "ImportReport", "export_json", "export_record",
           "export_records", "import_file", "import_records", "export_xlsx", "parse_import", "read_import_file"]


TABLE_SUFFIXES = (".xlsx", ".csv")


class ImportFormatError(ValueError):
    """The file as a whole cannot be imported; nothing was changed."""


def parse_import(text: str | bytes) -> list[dict]:
    """Parse an import file; raise ImportFormatError (in Dutch) when it is not a list of objects."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFormatError("Het bestand is geen UTF-8-tekst; sla het op als UTF-8 JSON.") from exc
    if not text.strip():
        raise ImportFormatError("Het bestand is leeg.")
    try:
        data = json.loads(text)
    except RecursionError:
        raise ImportFormatError("Het bestand is te diep genest om te lezen; een record is een object met "
                                "velden, zonder lijsten in lijsten.") from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            # json's own reason is English; the place of the error is what the user needs.
            f"Het bestand is geen geldige JSON: de fout zit in regel {exc.lineno}, kolom {exc.colno}. "
            "Controleer daar de aanhalingstekens, komma's en haakjes."
        ) from exc
    if isinstance(data, dict) and isinstance(data.get("records"), list):
        data = data["records"]
    if not isinstance(data, list):
        raise ImportFormatError("Verwacht een JSON-lijst met records ([ {...}, {...} ]).")
    bad = [i + 1 for i, item in enumerate(data) if not isinstance(item, dict)]
    if bad:
        raise ImportFormatError(f"Element {bad[0]} van de lijst is geen object met velden.")
    return data


def read_import_file(filename: str, data: bytes) -> list[dict]:
    """The import items of an uploaded file (JSON, .xlsx or .csv); raise ImportFormatError (Dutch) when unreadable."""
    if filename.lower().endswith(TABLE_SUFFIXES):
        from .spreadsheets import read_table_file  # imports this module; openpyxl only when needed
        return read_table_file(filename, data)
    return parse_import(data)


def import_records(db: sqlite_utils.Database, items: list[dict], user: str = "", on_conflict: str = "update",
                   choices: dict[str, str] | None = None, dry_run: bool = False) -> ImportReport:
    """Import records by id in one transaction (see import_plan); a dry run writes nothing."""
    return import_items(db, items, user=user, on_conflict=on_conflict, choices=choices, dry_run=dry_run)


def import_file(db: sqlite_utils.Database, text: str | bytes, user: str = "", **options) -> ImportReport:
    """Parse and import a JSON file's contents (options as for import_records)."""
    return import_records(db, parse_import(text), user=user, **options)


def export_record(record: dict) -> dict:
    """One record in the import format (unknown fields restored)."""
    out = {"id": record["ref"], "type": record["type"], "title": record["title"],
           "summary": record["summary"]}
    common = ["target_group", "themes", "municipality", "period"]
    per_type = {
        "project": common + ["partners", "methods", "results"],
        "method": common + ["evidence_level", "databank", "recognised_on"],
        "result": common + ["project", "indicator", "value", "unit", "story",
                            "consent", "pseudonymised"],
    }.get(record["type"]) or (["themes", "consent"] if record["type"] == "team_member" else ["themes"])
    for key in per_type:
        out[key] = record[key]
    out.update({key: record[key] for key in ("owner", "review_on") if record.get(key)})
    out.update(record.get("extra") or {})
    return out


def export_records(db: sqlite_utils.Database) -> list[dict]:
    """The whole live knowledge base in the import format."""
    return [export_record(r) for r in list_records(db)]


def export_xlsx(db: sqlite_utils.Database) -> bytes:
    """The whole live knowledge base as an Excel workbook (a sheet per type)."""
    from .spreadsheets import export_xlsx as items_to_xlsx
    return items_to_xlsx(export_records(db))


def export_json(db: sqlite_utils.Database) -> str:
    """The whole live knowledge base as pretty-printed JSON text."""
    return json.dumps(export_records(db), ensure_ascii=False, indent=2) + "\n"
