"""What an import would do, record by record, before anything is written; then doing it.

A plan says per record of the file: added, updated (with the fields that differ), unchanged,
kept (a conflict the user chose not to overwrite), added under a new reference, or rejected;
and its warnings. A conflict is a reference that exists with other content; per conflict the
user chooses `update`, `keep` or `new` (a free reference such as P01-2, with the links inside
the file re-pointed to it). `import_items` plans and writes in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from .database import write_transaction
from .import_items import Prepared, prepare
from .record_notices import link_warnings, live_types
from .records import KNOWN_FIELDS, RecordError, content_hash, get_record, save_record

CONFLICT_CHOICES = {"update": "bijwerken", "keep": "behouden", "new": "als nieuw record"}
# Methods first, then projects (which link methods), then results (which name a project).
_TYPE_ORDER = {"method": 0, "project": 1, "result": 2}
_COMPARED = sorted(KNOWN_FIELDS - {"ref", "type"})
_MAX_PASSES = 5  # re-pointing links to renamed records settles within the depth of the links


@dataclass
class Difference:
    """One field whose stored value the import would change."""

    field: str
    stored: object
    imported: object


@dataclass
class ImportLine:
    """What happens (or happened) to one record of an import."""

    ref: str
    type: str
    outcome: str  # added | updated | unchanged | kept | rejected
    reason: str = ""
    new_ref: str = ""  # the reference it is imported under, when not its own
    conflict: bool = False  # the reference exists with other content
    differences: list[Difference] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    record: dict | None = field(default=None, repr=False)

    @property
    def stored_ref(self) -> str:
        """The reference the record has in the knowledge base."""
        return self.new_ref or self.ref


@dataclass
class ImportReport:
    """The per-record outcome of an import, or of a dry run."""

    lines: list[ImportLine] = field(default_factory=list)
    dry_run: bool = False

    def count(self, outcome: str) -> int:
        """How many records had this outcome."""
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def conflicts(self) -> list[ImportLine]:
        """The lines whose reference exists with other content."""
        return [line for line in self.lines if line.conflict]

    @property
    def warning_count(self) -> int:
        """How many warnings the records carry together."""
        return sum(len(line.warnings) for line in self.lines)

    def summary(self) -> str:
        """One Dutch line with the counts."""
        text = (f"{self.count('added')} toegevoegd, {self.count('updated')} bijgewerkt, "
                f"{self.count('unchanged')} ongewijzigd, {self.count('rejected')} afgewezen")
        if self.count("kept"):
            text += f", {self.count('kept')} behouden"
        if self.warning_count:
            text += f"; {self.warning_count} waarschuwing{'en' if self.warning_count != 1 else ''}"
        return text


def plan_import(db: sqlite_utils.Database, items: list[dict], on_conflict: str = "update",
                choices: dict[str, str] | None = None) -> ImportReport:
    """What importing `items` would do; `choices` maps a conflicting ref to update, keep or new."""
    if on_conflict not in CONFLICT_CHOICES:
        raise ValueError(f"Onbekende keuze bij conflict: {on_conflict}")
    prepared = _prepare_all(items)
    choices = {ref: choice for ref, choice in (choices or {}).items() if choice in CONFLICT_CHOICES}
    renamed: dict[str, str] = {}
    for _ in range(_MAX_PASSES):
        lines = [_plan_line(db, p, renamed, choices.get(p.ref, on_conflict)) for p in prepared]
        wanted = {line.ref for line in lines if line.conflict and choices.get(line.ref, on_conflict) == "new"}
        if wanted == set(renamed):
            break
        renamed = _new_refs(db, wanted, prepared, renamed)
    _add_link_warnings(db, lines)
    return ImportReport(lines)


def apply_plan(db: sqlite_utils.Database, report: ImportReport, user: str = "") -> ImportReport:
    """Write what the plan says, inside the caller's write transaction."""
    for line in report.lines:
        if line.outcome not in ("added", "updated"):
            continue
        try:
            _, line.outcome = save_record(db, line.record, user=user)
        except RecordError as exc:
            line.outcome, line.reason = "rejected", " ".join(exc.errors.values())
    return report


def import_items(db: sqlite_utils.Database, items: list[dict], user: str = "", on_conflict: str = "update",
                 choices: dict[str, str] | None = None, dry_run: bool = False) -> ImportReport:
    """Plan the import and, unless it is a dry run, write it in one transaction."""
    if dry_run:
        report = plan_import(db, items, on_conflict, choices)
        report.dry_run = True
        return report
    with write_transaction(db):
        return apply_plan(db, plan_import(db, items, on_conflict, choices), user=user)


def _prepare_all(items: list[dict]) -> list[Prepared]:
    """Every item prepared, in link order; a reference seen before in the file is refused."""
    prepared, seen = [], set()
    for item in sorted(items, key=lambda item: _TYPE_ORDER.get(str(item.get("type", "")).lower(), 9)):
        one = prepare(item)
        if one.record and one.ref in seen:
            one = Prepared(one.ref, one.type, None, reason="Dubbele id in het bestand.")
        seen.add(one.ref)
        prepared.append(one)
    return sorted(prepared, key=lambda p: _TYPE_ORDER.get(p.type, 9))


def _plan_line(db, prepared: Prepared, renamed: dict[str, str], choice: str) -> ImportLine:
    if prepared.record is None:
        return ImportLine(prepared.ref, prepared.type, "rejected", prepared.reason)
    record = _repointed(prepared.record, renamed)
    line = ImportLine(prepared.ref, prepared.type, "added", warnings=list(prepared.warnings), record=record)
    stored = get_record(db, prepared.ref, include_deleted=True)
    if stored is None:
        return line
    if not stored["deleted_at"] and stored["content_hash"] == content_hash(record):
        line.outcome = "unchanged"
        return line
    line.conflict = True
    line.differences = differences(stored, record)
    if choice == "keep":
        line.outcome = "kept"
    elif choice == "new":
        line.new_ref = renamed.get(prepared.ref, "")
        record["ref"] = line.new_ref or record["ref"]
    elif stored["type"] != record["type"]:
        line.outcome = "rejected"
        line.reason = f"{prepared.ref} is al een {stored['type']}; kies ‘behouden’ of ‘als nieuw record’."
    else:
        line.outcome = "updated"
    return line


def differences(stored: dict, record: dict) -> list[Difference]:
    """The content fields where `record` differs from the stored one (a binned record differs in being binned)."""
    found = [Difference(name, stored.get(name), record.get(name)) for name in _COMPARED
             if content_hash({name: stored.get(name)}) != content_hash({name: record.get(name)})]
    if stored.get("deleted_at"):
        found.insert(0, Difference("deleted_at", "in de prullenbak", "teruggezet"))
    return found


def _repointed(record: dict, renamed: dict[str, str]) -> dict:
    """A copy of the record with its links to records renamed in this import pointing to the new refs."""
    record = {**record, "ref": record["ref"]}
    if renamed and record["type"] == "project":
        record["methods"] = [renamed.get(ref, ref) for ref in record["methods"]]
    if renamed and record["type"] == "result":
        record["project"] = renamed.get(record["project"], record["project"])
    return record


def _new_refs(db, wanted: set[str], prepared: list[Prepared], renamed: dict[str, str]) -> dict[str, str]:
    """A free reference per ref to import as new (P01 → P01-2), kept stable across passes."""
    taken = {row["ref"] for row in db.query("SELECT ref FROM records")} | {p.ref for p in prepared}
    result = {ref: new for ref, new in renamed.items() if ref in wanted}
    taken |= set(result.values())
    for ref in sorted(wanted - set(result)):
        number = 2
        while (candidate := f"{ref[:36]}-{number}") in taken:
            number += 1
        result[ref] = candidate
        taken.add(candidate)
    return result


def _add_link_warnings(db, lines: list[ImportLine]) -> None:
    """Warn on every record to be written that links a record neither stored nor in the file."""
    known = live_types(db)
    known.update({line.stored_ref: line.type for line in lines if line.outcome in ("added", "updated", "unchanged")})
    for line in lines:
        if line.record is not None and line.outcome in ("added", "updated", "unchanged"):
            line.warnings += link_warnings(line.record, known)
