"""Consistent online backups of the database file, and putting one back."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from .database import open_db

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = {"_migrations", "records"}


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
    check_backup(backup_path)
    db_path = Path(db_path)
    safety = backup_to_file(db_path, safety_backup_path(db_path)) if db_path.is_file() else None
    source = sqlite3.connect(f"file:{Path(backup_path)}?mode=ro", uri=True)
    live = sqlite3.connect(db_path, timeout=30)
    try:
        source.backup(live)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Terugzetten mislukt ({exc}); de database is niet veranderd.") from exc
    finally:
        live.close()
        source.close()
    open_db(db_path).conn.close()  # back to WAL mode, and an older backup's schema upgraded
    return safety
