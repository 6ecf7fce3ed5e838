"""Applying the schema's migrations on open, in the order `schema.MIGRATIONS` lists them; each runs once."""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from .schema import MIGRATIONS

Migration = Callable[[sqlite_utils.Database], None]


def apply_migrations(db: sqlite_utils.Database, migrations: list[Migration] | None = None) -> list[str]:
    """Apply every migration not yet recorded in `_migrations`; return their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    applied = []
    for fn in MIGRATIONS if migrations is None else migrations:
        name = fn.__name__
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


