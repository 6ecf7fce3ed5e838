"""JSON import and export of the knowledge base (the format is documented in README.md)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from .database import write_transaction
from .records import RecordError, list_records, save_record

# Methods first, then projects (which link methods), then results (which name a project).
_TYPE_ORDER = {"method": 0, "project": 1, "result": 2}


class ImportFormatError(ValueError):
    """The file as a whole cannot be imported; nothing was changed."""


@dataclass
class ImportLine:
    """What happened to one record of an import."""

    ref: str
    type: str
    outcome: str  # added | updated | unchanged | rejected
    reason: str = ""


@dataclass
class ImportReport:
    """The per-record outcome of an import."""

    lines: list[ImportLine] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        """How many records had this outcome."""
        return sum(1 for line in self.lines if line.outcome == outcome)

    def summary(self) -> str:
        """One Dutch line with the counts."""
        return (f"{self.count('added')} toegevoegd, {self.count('updated')} bijgewerkt, "
                f"{self.count('unchanged')} ongewijzigd, {self.count('rejected')} afgewezen")


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


def import_records(db: sqlite_utils.Database, items: list[dict], user: str = "") -> ImportReport:
    """Upsert records by id in one transaction; invalid records are rejected with their reason."""
    report = ImportReport()
    seen: set[str] = set()
    ordered = sorted(items, key=lambda item: _TYPE_ORDER.get(str(item.get("type", "")).lower(), 9))
    with write_transaction(db):
        for item in ordered:
            ref, kind = _label(item.get("id") or item.get("ref")), _label(item.get("type")).lower()
            if ref and ref in seen:
                report.lines.append(ImportLine(ref, kind, "rejected", "Dubbele id in het bestand."))
                continue
            seen.add(ref)
            try:
                _, outcome = save_record(db, item, user=user)
            except RecordError as exc:
                reason = " ".join(exc.errors.values())
                report.lines.append(ImportLine(ref or "(geen id)", kind, "rejected", reason))
                continue
            report.lines.append(ImportLine(ref, kind, outcome))
    return report


def _label(value) -> str:
    """A ref or type for the report, whatever the file holds there (a number, a list, a bad string)."""
    text = value if isinstance(value, str) else "" if value is None else json.dumps(value)[:40]
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "").strip()[:40]


def import_file(db: sqlite_utils.Database, text: str | bytes, user: str = "") -> ImportReport:
    """Parse and import a JSON file's contents."""
    return import_records(db, parse_import(text), user=user)


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
    }[record["type"]]
    for key in per_type:
        out[key] = record[key]
    out.update(record.get("extra") or {})
    return out


def export_records(db: sqlite_utils.Database) -> list[dict]:
    """The whole live knowledge base in the import format."""
    return [export_record(r) for r in list_records(db)]


def export_json(db: sqlite_utils.Database) -> str:
    """The whole live knowledge base as pretty-printed JSON text."""
    return json.dumps(export_records(db), ensure_ascii=False, indent=2) + "\n"
