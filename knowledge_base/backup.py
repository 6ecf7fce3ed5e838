"""Consistent online backups of the database file, and putting one back."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

import sqlite_utils

from .database import _create_private, open_db
from .migrations import apply_migrations
from .schema import MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = {"_migrations", "records", "users"}


class BackupError(ValueError):
    """A backup could not be made or restored; the message is Dutch."""


def backup_to_file(db_path: str | Path, target: str | Path) -> Path:
    """Copy the database at `db_path` to the new file `target` while others may keep writing.

    SQLite's backup API copies one consistent snapshot; the copy is written under a
    temporary name first, so an interrupted backup never looks like a finished one.
    """
    db_path, target = Path(db_path), Path(target)
    if not db_path.is_file():
        raise BackupError(f"Er is nog geen database op {db_path}.")
    if target.exists():
        raise BackupError(f"{target} bestaat al; kies een andere bestandsnaam.")
    partial = target.with_name(target.name + ".onvolledig")
    partial.unlink(missing_ok=True)
    _create_private(partial)  # client data: readable by the owner only
    source = sqlite3.connect(db_path, timeout=30)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
        # A self-contained file: no -wal/-shm companions needed to read the copy.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
        source.close()
    os.replace(partial, target)
    return target


def check_backup(path: str | Path) -> None:
    """Raise BackupError (in Dutch) unless `path` is an intact Proposal Builder database."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} bestaat niet.")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"{path.name} is geen database van Proposal Builder (geen SQLite-bestand).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} is beschadigd en kan niet worden gelezen ({exc}).") from exc
    if missing := REQUIRED_TABLES - tables:
        raise BackupError(f"{path.name} is een SQLite-bestand, maar geen database van Proposal Builder "
                          f"(ontbreekt: {', '.join(sorted(missing))}).")
    if verdict != "ok":
        raise BackupError(f"{path.name} is beschadigd (integriteitscontrole: {verdict}).")
    _check_schema(path)


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """Every table, index, trigger and view with its SQL (whitespace folded); SQLite's own left out."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(kind, name, re.sub(r"\s+", " ", sql or "").strip()) for kind, name, sql in rows}


def _known_schema(names: list[str]) -> set[tuple[str, str, str]]:
    """The schema the migrations `names` build on an empty database (a known version)."""
    reference = sqlite_utils.Database(sqlite3.connect(":memory:"))
    try:
        apply_migrations(reference, [fn for fn in MIGRATIONS if fn.__name__ in names])
        return _schema(reference.conn)
    finally:
        reference.conn.close()


def _check_schema(path: Path) -> None:
    """Refuse a file whose schema is not exactly a known version, or that has no active beheerder."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM _migrations")]
        found = _schema(conn)
        beheerders = conn.execute("SELECT count(*) FROM users WHERE role = 'beheerder' AND active = 1").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} heeft niet de opbouw van een Proposal Builder-database ({exc}).") from exc
    finally:
        conn.close()
    if unknown := set(names) - {fn.__name__ for fn in MIGRATIONS}:
        raise BackupError(f"{path.name} komt van een onbekende versie (onbekende stap: {', '.join(sorted(unknown))}).")
    if extra := sorted(f"{kind} {name}" for kind, name, _ in found - _known_schema(names)):
        raise BackupError(f"{path.name} wijkt af van een bekende versie van de database "
                          f"(extra of gewijzigd: {', '.join(extra[:5])}); zo'n bestand wordt niet teruggezet.")
    if missing := sorted(f"{kind} {name}" for kind, name, _ in _known_schema(names) - found):
        raise BackupError(f"{path.name} is onvolledig (ontbreekt: {', '.join(missing[:5])}).")
    if not beheerders:
        raise BackupError(f"{path.name} heeft geen actieve beheerder; na terugzetten kon niemand het beheer doen.")


def safety_backup_path(db_path: str | Path, when: datetime | None = None) -> Path:
    """Where the current database is kept before a restore replaces it."""
    db_path = Path(db_path)
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}-voor-herstel-{stamp}{db_path.suffix}")


def restore_backup(backup_path: str | Path, db_path: str | Path) -> Path | None:
    """Replace the database at `db_path` by a checked backup; return the safety copy made first.

    The backup API writes into the live file under SQLite's own locking, so a running
    app sees either the old or the restored database, never a mix.
    """
    db_path = Path(db_path)
    if not Path(backup_path).is_file():
        raise BackupError(f"{backup_path} bestaat niet.")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    # The file is checked and put back from one private copy, so it cannot change in between.
    with tempfile.TemporaryDirectory(dir=db_path.parent) as folder:
        checked = Path(folder) / "terug.sqlite"
        _create_private(checked)
        shutil.copyfile(backup_path, checked)
        check_backup(checked)
        safety = backup_to_file(db_path, safety_backup_path(db_path)) if db_path.is_file() else None
        _copy_into(checked, db_path)
    open_db(db_path).conn.close()  # back to WAL mode, and an older backup's schema upgraded
    return safety


def _copy_into(source_path: Path, db_path: Path) -> None:
    """Write a checked file into the live database with SQLite's backup API."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    _create_private(db_path)
    live = sqlite3.connect(db_path, timeout=30)
    try:
        source.backup(live)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Terugzetten mislukt ({exc}); de database is niet veranderd.") from exc
    finally:
        live.close()
        source.close()
