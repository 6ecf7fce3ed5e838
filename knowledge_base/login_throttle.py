"""Login rate limiting against password guessing, per username and per client address.

Failures are counted in SQLite so the limit holds across worker processes and restarts.
After `limit` failures a key is locked; every further failure after the lock ends locks it
again for twice as long, up to `MAX_LOCK_SECONDS`. A quiet spell of `FORGET_AFTER_SECONDS`
without failures starts the count afresh.
"""
from __future__ import annotations

import math
import time

import sqlite_utils

from .database import write_transaction
from .local_time import to_local

USER_LIMIT = 5  # failures per username before it is locked
ADDRESS_LIMIT = 20  # failures per client address: higher, as an office may share one
BASE_LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 3600
FORGET_AFTER_SECONDS = 24 * 3600


def _keys(username: str, address: str | None) -> list[tuple[str, str, int]]:
    keys = [("user", username.strip().lower(), USER_LIMIT)]
    if address:
        keys.append(("address", address, ADDRESS_LIMIT))
    return keys


def lock_seconds(failures: int, limit: int) -> int:
    """How long a key with this many failures stays locked (0 below the limit)."""
    if failures < limit:
        return 0
    return min(BASE_LOCK_SECONDS * 2 ** (failures - limit), MAX_LOCK_SECONDS)


def locked_until(db: sqlite_utils.Database, username: str, address: str | None,
                 now: float | None = None) -> float | None:
    """The moment (epoch seconds) the later of the two locks ends, or None when not locked."""
    now = time.time() if now is None else now
    ends = [row[0] for kind, name, _ in _keys(username, address) for row in db.execute(
        "SELECT locked_until FROM login_throttle WHERE kind = ? AND name = ?", [kind, name])]
    latest = max(ends, default=0)
    return latest if latest > now else None


def record_failure(db: sqlite_utils.Database, username: str, address: str | None,
                   now: float | None = None) -> float | None:
    """Count a failed log-in; return when the resulting lock ends, or None if not locked."""
    now = time.time() if now is None else now
    with write_transaction(db):
        for kind, name, limit in _keys(username, address):
            # The upsert comes first so the transaction takes the write lock at once and
            # concurrent workers queue behind it instead of racing on a stale count.
            db.execute(
                """
                INSERT INTO login_throttle (kind, name, failures, last_failure) VALUES (?, ?, 1, ?)
                ON CONFLICT (kind, name) DO UPDATE SET
                    failures = CASE WHEN excluded.last_failure - last_failure > ? THEN 1
                                    ELSE failures + 1 END,
                    last_failure = excluded.last_failure
                """,
                [kind, name, now, FORGET_AFTER_SECONDS],
            )
            failures = db.execute("SELECT failures FROM login_throttle WHERE kind = ? AND name = ?",
                                  [kind, name]).fetchone()[0]
            if seconds := lock_seconds(failures, limit):
                db.execute("UPDATE login_throttle SET locked_until = ? WHERE kind = ? AND name = ?",
                           [now + seconds, kind, name])
    return locked_until(db, username, address, now)


def record_success(db: sqlite_utils.Database, username: str) -> None:
    """Forget the failures of a username after a successful log-in.

    The address count is left to expire on its own, so one valid account cannot be used
    to wipe the count of an address that is guessing other accounts.
    """
    reset(db, username)


def reset(db: sqlite_utils.Database, username: str) -> None:
    """Unlock a username and forget its failures (also used by the beheerder)."""
    db.execute("DELETE FROM login_throttle WHERE kind = 'user' AND name = ?",
               [username.strip().lower()])


def locked_usernames(db: sqlite_utils.Database, now: float | None = None) -> dict[str, float]:
    """Usernames (lower case) that are locked now, with the moment their lock ends."""
    now = time.time() if now is None else now
    rows = db.execute("SELECT name, locked_until FROM login_throttle "
                      "WHERE kind = 'user' AND locked_until > ?", [now]).fetchall()
    return dict(rows)


def retry_message(until: float, now: float | None = None) -> str:
    """A Dutch sentence saying when the user may try again."""
    now = time.time() if now is None else now
    minutes = max(1, math.ceil((until - now) / 60))
    clock = to_local(until).strftime("%H:%M")
    unit = "minuut" if minutes == 1 else "minuten"
    return (f"Te veel mislukte inlogpogingen. Probeer het opnieuw over {minutes} {unit} "
            f"(om {clock}).")
