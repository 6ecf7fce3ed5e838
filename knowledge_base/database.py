"""Open the one SQLite file that holds the knowledge base, tenders and users; write transactions."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from .migrations import apply_migrations

BUSY_SECONDS = 30.0  # how long a writer waits for another one before giving up


class DatabaseBusy(RuntimeError):
    """Another writer held the database for longer than the busy timeout; nothing was written."""


def open_db(path: str | Path, busy_seconds: float = BUSY_SECONDS) -> sqlite_utils.Database:
    """Open (and create or upgrade) the database at `path`, in WAL mode, readable by its owner only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _create_private(path)
    # check_same_thread=False: the WSGI server may hand a request to another thread
    # than the one that opened the connection; each request still has its own.
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=busy_seconds)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
    _use_wal(db, busy_seconds)
    apply_migrations(db)
    return db


def _use_wal(db: sqlite_utils.Database, busy_seconds: float) -> None:
    """Switch a new file to WAL mode, waiting while another process holds a lock on it.

    SQLite refuses the switch at once, without its busy timeout, while another connection is
    writing (as when several processes open a new file and apply its migrations together).
    """
    deadline = time.monotonic() + busy_seconds
    while True:
        try:
            if db.journal_mode != "wal":
                db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _create_private(path: Path) -> None:
    """Create the file as 0600 when it is new; SQLite gives its -wal and -shm files the same mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def is_busy(exc: BaseException) -> bool:
    """Whether an error is SQLite saying another writer holds the lock."""
    return isinstance(exc, sqlite3.OperationalError) and any(
        word in str(exc) for word in ("database is locked", "database is busy"))


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A transaction that takes the write lock up front (BEGIN IMMEDIATE), waiting up to the busy timeout.

    A deferred transaction that reads and then writes is refused at once when another writer
    committed in between; taking the lock first makes writers queue instead. Raises
    DatabaseBusy when the lock does not come; nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise DatabaseBusy(str(exc)) from exc
        raise
    try:
        yield db
        db.execute("COMMIT")
    except BaseException as exc:
        db.conn.rollback()
        if is_busy(exc):
            raise DatabaseBusy(str(exc)) from exc
        raise
