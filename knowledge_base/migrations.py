"""Schema migrations, applied in order on open; each runs once, recorded by name.

Modules that own tables register their migrations with `@migration`; `db.py` imports them
before applying, so the order is: this module's, then theirs in import order.
"""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next migration, named after the function."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet recorded in `_migrations`; return their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    applied = []
    for name, fn in MIGRATIONS:
        if _is_applied(db, name):
            continue
        # BEGIN IMMEDIATE takes the write lock before the re-check, so two processes
        # opening a new database at once cannot both apply the same migration.
        db.execute("BEGIN IMMEDIATE")
        try:
            if not _is_applied(db, name):
                fn(db)
                db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))",
                           [name])
                applied.append(name)
            db.execute("COMMIT")
        except BaseException:
            db.conn.rollback()
            raise
    return applied


def _is_applied(db: sqlite_utils.Database, name: str) -> bool:
    return bool(db.execute("SELECT 1 FROM _migrations WHERE name = ?", [name]).fetchone())


@migration
def kb_001_records(db: sqlite_utils.Database) -> None:
    """Records of all three types in one table, plus their change history."""
    db.execute(
        """
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL CHECK (type IN ('project', 'method', 'result')),
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            target_group TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            themes TEXT NOT NULL DEFAULT '[]',
            partners TEXT NOT NULL DEFAULT '[]',
            methods TEXT NOT NULL DEFAULT '[]',
            results TEXT NOT NULL DEFAULT '[]',
            evidence_level TEXT NOT NULL DEFAULT '',
            databank TEXT NOT NULL DEFAULT '',
            recognised_on TEXT NOT NULL DEFAULT '',
            project TEXT NOT NULL DEFAULT '',
            indicator TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            story TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0,
            pseudonymised INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}',
            content_hash TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX records_type ON records (type, deleted_at)")
    db.execute(
        """
        CREATE TABLE record_history (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL,
            version INTEGER NOT NULL,
            action TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX record_history_ref ON record_history (ref, version)")


@migration
def auth_001_users(db: sqlite_utils.Database) -> None:
    """User accounts with one role each."""
    db.execute(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )
        """
    )
