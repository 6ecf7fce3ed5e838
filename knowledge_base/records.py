"""Knowledge-base records (projects, methods, results): validation and storage."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone

import sqlite_utils

from .cleaning import clean_text
from .database import DatabaseBusy, write_transaction
from .library_types import EVIDENCE_TYPES, LIBRARY_TYPES, flat_fields, library_errors
from .record_shape import length_errors, shape_errors
from .result_lines import as_result_items

RECORD_TYPES = {**EVIDENCE_TYPES, **LIBRARY_TYPES}
EVIDENCE_LEVELS = [
    "",
    "goed beschreven",
    "goed onderbouwd",
    "effectief",
    "effectief - eerste aanwijzingen",
    "effectief - goede aanwijzingen",
    "effectief - sterke aanwijzingen",
]
TEXT_FIELDS = [
    "title", "summary", "target_group", "municipality", "period", "evidence_level",
    "databank", "recognised_on", "project", "indicator", "value", "unit", "story", "owner", "review_on",
]
LIST_FIELDS = ["themes", "partners", "methods"]
FLAG_FIELDS = ["consent", "pseudonymised"]
INLINE_RESULT_FIELDS = ["indicator", "value", "unit", "story"]
INLINE_RESULT_FLAGS = ["consent", "pseudonymised"]  # as on result records: no story in a draft without consent
KNOWN_FIELDS = {"ref", "type", "results", "extra", *TEXT_FIELDS, *LIST_FIELDS, *FLAG_FIELDS}
META_FIELDS = {"id", "version", "created_at", "created_by", "updated_at", "updated_by",
               "deleted_at", "content_hash"}
JSON_COLUMNS = ["themes", "partners", "methods", "results", "extra"]
REF_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")
# Words the record URLs use themselves; a record with such a ref could not be opened.
RESERVED_REFS = {"nieuw", "prullenbak", "import", "export"}


class RecordError(ValueError):
    """A record failed validation; `errors` maps field names to Dutch messages."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class ConflictError(RuntimeError):
    """Someone else saved the record since it was opened."""

    def __init__(self, ref: str, current: dict):
        super().__init__(
            f"Record {ref} is intussen door {current.get('updated_by') or 'iemand anders'} "
            f"gewijzigd (versie {current['version']})."
        )
        self.current = current
        self.busy = False


class BusyError(ConflictError):
    """The save waited for other writers longer than the busy timeout; nothing was written."""

    def __init__(self, ref: str, current: dict | None):
        RuntimeError.__init__(self, f"Record {ref} kon niet worden opgeslagen: de database was bezet.")
        self.current = current
        self.busy = True


def now() -> str:
    """The current UTC time as an ISO string, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = re.split(r"[,;\n]", value)
    return [clean_text(str(v)).strip() for v in value if str(v).strip()]


def _as_flag(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "ja", "yes", "on", "y"}
    return bool(value)


def _as_text(value) -> str:
    return "" if value is None else clean_text(str(value)).strip()


def normalise(data: dict) -> dict:
    """Return `data` as a complete record dict: defaults filled, types coerced, unknown fields in `extra`."""
    record = {"ref": _as_text(data.get("ref") or data.get("id")),
              "type": _as_text(data.get("type")).lower()}
    for field in TEXT_FIELDS:
        record[field] = _as_text(data.get(field))
    for field in LIST_FIELDS:
        record[field] = _as_list(data.get(field))
    for field in FLAG_FIELDS:
        record[field] = _as_flag(data.get(field))
    record["results"] = [
        {**{k: _as_text(item.get(k)) for k in INLINE_RESULT_FIELDS},
         **{k: _as_flag(item.get(k)) for k in INLINE_RESULT_FLAGS}}
        for item in as_result_items(data.get("results") or []) if isinstance(item, dict)
    ]
    extra = dict(data.get("extra") or {})
    extra.update({k: v for k, v in data.items()
                  if k not in KNOWN_FIELDS and k not in META_FIELDS and k != "id"})
    record["extra"] = extra
    return record


def validate(record: dict) -> dict[str, str]:
    """Check a normalised record; return field → Dutch error message (empty when valid)."""
    errors = {}
    if not record["ref"]:
        errors["ref"] = "Vul een referentie in (bijvoorbeeld P01)."
    elif not REF_PATTERN.match(record["ref"]):
        errors["ref"] = "Een referentie bestaat uit letters, cijfers, punt, streepje of liggend streepje (max. 40 tekens)."
    elif record["ref"].lower() in RESERVED_REFS:
        errors["ref"] = f"'{record['ref']}' is gereserveerd; kies een andere referentie."
    if record["type"] not in RECORD_TYPES:
        errors["type"] = "Het type moet een van deze zijn: " + ", ".join(RECORD_TYPES) + "."
    if not record["title"]:
        errors["title"] = "Vul een titel in."
    elif len(record["title"]) > 300:
        errors["title"] = "De titel is te lang (maximaal 300 tekens)."
    if record["evidence_level"] not in EVIDENCE_LEVELS:
        errors["evidence_level"] = f"Onbekend erkenningsniveau: '{record['evidence_level']}'."
    if record["recognised_on"] and not re.match(r"^\d{4}-\d{2}-\d{2}$", record["recognised_on"]):
        errors["recognised_on"] = "Schrijf de erkenningsdatum als JJJJ-MM-DD."
    if record["type"] == "result" and record["value"] and not record["indicator"]:
        errors["indicator"] = "Een waarde hoort bij een indicator: vul de indicator in."
    return {**length_errors(record), **library_errors(record), **errors}


def content_hash(record: dict) -> str:
    """A hash of the record's content fields, used to skip unchanged records."""
    payload = {k: record.get(k) for k in sorted(KNOWN_FIELDS)}
    # Owner and review date came later: empty, they leave an older record's hash as it was.
    payload = {k: v for k, v in payload.items() if v or k not in ("owner", "review_on")}
    # Inline results saved before they had flags hash alike to results whose flags are off.
    payload["results"] = [{k: v for k, v in item.items() if k not in INLINE_RESULT_FLAGS or v}
                          for item in payload.get("results") or []]
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _to_row(record: dict) -> dict:
    row = dict(record)
    for column in JSON_COLUMNS:
        row[column] = json.dumps(record[column], ensure_ascii=False)
    for flag in FLAG_FIELDS:
        row[flag] = int(record[flag])
    return row


def from_row(row: dict) -> dict:
    """Turn a `records` row into a record dict."""
    record = dict(row)
    for column in JSON_COLUMNS:
        record[column] = json.loads(record[column] or ("{}" if column == "extra" else "[]"))
    for flag in FLAG_FIELDS:
        record[flag] = bool(record[flag])
    return record


def get_record(db: sqlite_utils.Database, ref: str, include_deleted: bool = False) -> dict | None:
    """The record with this ref, or None (also None when in the bin, unless asked)."""
    rows = list(db.query("SELECT * FROM records WHERE ref = ?", [ref]))
    if not rows or (rows[0]["deleted_at"] and not include_deleted):
        return None
    return from_row(rows[0])


def _write_history(db, record: dict, action: str, user: str, when: str) -> None:
    snapshot = {k: v for k, v in record.items() if k not in {"id"}}
    db["record_history"].insert({
        "ref": record["ref"], "version": record["version"], "action": action,
        "snapshot": json.dumps(snapshot, ensure_ascii=False), "changed_at": when,
        "changed_by": user,
    })


def save_record(db: sqlite_utils.Database, data: dict, user: str = "",
                expected_version: int | None = None, action: str | None = None) -> tuple[dict, str]:
    """Insert or update a record by ref; return (record, "added"|"updated"|"unchanged").

    Raises RecordError on invalid input and ConflictError when `expected_version`
    is given and the stored record has moved on.
    """
    if errors := shape_errors(data, TEXT_FIELDS + ["ref", "id", "type"], LIST_FIELDS):
        raise RecordError(errors)
    record = normalise(data)
    errors = validate(record)  # a link to a missing record is kept (see record_notices.link_warnings)
    if errors:
        raise RecordError(errors)
    try:
        return _store(db, record, user, expected_version, action)
    except DatabaseBusy as exc:
        raise BusyError(record["ref"], get_record(db, record["ref"], include_deleted=True)) from exc


def _store(db, record: dict, user: str, expected_version: int | None, action: str | None) -> tuple[dict, str]:
    """Write a validated record in one write transaction (see save_record)."""
    with write_transaction(db):
        current = get_record(db, record["ref"], include_deleted=True)
        if current and expected_version is not None and current["version"] != expected_version:
            raise ConflictError(record["ref"], current)
        record["content_hash"] = content_hash(record)
        when = now()
        if current is None:
            record.update(version=1, created_at=when, created_by=user, updated_at=when,
                          updated_by=user, deleted_at=None)
            db["records"].insert(_to_row(record))
            outcome = "added"
        elif current["content_hash"] == record["content_hash"] and not current["deleted_at"]:
            return current, "unchanged"
        else:
            if current["type"] != record["type"]:
                raise RecordError({"type": f"{record['ref']} is al een {current['type']}; het type kan niet veranderen."})
            record.update(version=current["version"] + 1, created_at=current["created_at"],
                          created_by=current["created_by"], updated_at=when, updated_by=user,
                          deleted_at=None)
            db["records"].update(current["id"], _to_row(record))
            outcome = "updated"
        saved = get_record(db, record["ref"])
        _write_history(db, saved, action or outcome, user, when)
    return saved, outcome


def _set_deleted(db, ref: str, user: str, deleted: bool) -> dict:
    with write_transaction(db):
        current = get_record(db, ref, include_deleted=True)
        if current is None:
            raise KeyError(ref)
        when = now()
        db["records"].update(current["id"], {
            "deleted_at": when if deleted else None, "version": current["version"] + 1,
            "updated_at": when, "updated_by": user})
        record = get_record(db, ref, include_deleted=True)
        _write_history(db, record, "deleted" if deleted else "restored", user, when)
    return record


def delete_record(db: sqlite_utils.Database, ref: str, user: str = "") -> dict:
    """Move a record to the bin."""
    return _set_deleted(db, ref, user, True)


def restore_record(db: sqlite_utils.Database, ref: str, user: str = "") -> dict:
    """Bring a record back from the bin."""
    return _set_deleted(db, ref, user, False)


def history(db: sqlite_utils.Database, ref: str) -> list[dict]:
    """Every stored version of a record, newest first."""
    rows = db.query("SELECT * FROM record_history WHERE ref = ? ORDER BY id DESC", [ref])
    return [dict(row, snapshot=flat_fields(json.loads(row["snapshot"]))) for row in rows]


def restore_version(db: sqlite_utils.Database, ref: str, version: int, user: str = "") -> dict:
    """Save an earlier version of a record as its newest version."""
    for entry in history(db, ref):
        if entry["version"] == version:
            record, _ = save_record(db, entry["snapshot"], user=user, action="reverted")
            return record
    raise KeyError(f"{ref} v{version}")


def _years(period: str) -> tuple[int, int] | None:
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", period or "")]
    return (min(years), max(years)) if years else None


def list_records(db: sqlite_utils.Database, type: str | None = None, theme: str | None = None,
                 municipality: str | None = None, year: int | None = None,
                 q: str | None = None, deleted: bool = False) -> list[dict]:
    """Records matching every given filter, sorted by type and ref; `q` is a keyword search."""
    where = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
    params: list = []
    if type:
        where.append("type = ?")
        params.append(type)
    if theme:
        where.append("EXISTS (SELECT 1 FROM json_each(records.themes) WHERE lower(value) = lower(?))")
        params.append(theme)
    if municipality:
        where.append("lower(municipality) = lower(?)")
        params.append(municipality)
    for word in (q or "").split():
        where.append("(" + " OR ".join(f"{f} LIKE ?" for f in _SEARCHABLE) + ")")
        params.extend([f"%{word}%"] * len(_SEARCHABLE))
    sql = f"SELECT * FROM records WHERE {' AND '.join(where)} ORDER BY type, ref"
    records = [from_row(row) for row in db.query(sql, params)]
    if year:
        records = [r for r in records if (span := _years(r["period"])) and span[0] <= year <= span[1]]
    return records


_SEARCHABLE = ["ref", *TEXT_FIELDS, "themes", "partners", "methods", "results"]


def facets(db: sqlite_utils.Database) -> dict[str, list]:
    """The themes, municipalities and years in use, for filter menus."""
    live = [from_row(r) for r in db.query("SELECT * FROM records WHERE deleted_at IS NULL")]
    years = set()
    for record in live:
        if span := _years(record["period"]):
            years.update(range(span[0], span[1] + 1))
    return {
        "themes": sorted({t for r in live for t in r["themes"]}, key=str.lower),
        "municipalities": sorted({r["municipality"] for r in live if r["municipality"]}),
        "years": sorted(years),
    }


def results_of_project(db: sqlite_utils.Database, ref: str) -> list[dict]:
    """The result records that belong to a project."""
    rows = db.query("SELECT * FROM records WHERE type = 'result' AND project = ? "
                    "AND deleted_at IS NULL ORDER BY ref", [ref])
    return [from_row(row) for row in rows]


def projects_using_method(db: sqlite_utils.Database, ref: str) -> list[dict]:
    """The projects that link a method."""
    rows = db.query("SELECT * FROM records WHERE type = 'project' AND deleted_at IS NULL AND "
                    "EXISTS (SELECT 1 FROM json_each(records.methods) WHERE value = ?) ORDER BY ref",
                    [ref])
    return [from_row(row) for row in rows]


def count_records(db: sqlite_utils.Database) -> dict[str, int]:
    """The number of live records per type."""
    counts = dict.fromkeys(RECORD_TYPES, 0)
    for row in db.query("SELECT type, count(*) AS n FROM records WHERE deleted_at IS NULL GROUP BY type"):
        counts[row["type"]] = row["n"]
    return counts
