"""Open the one SQLite file that holds the knowledge base, tenders and users."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from .migrations import apply_migrations


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (and create or upgrade) the database at `path`, in WAL mode."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # check_same_thread=False: the WSGI server may hand a request to another thread
    # than the one that opened the connection; each request still has its own.
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    if db.journal_mode != "wal":
        db.enable_wal()
    apply_migrations(db)
    return db
