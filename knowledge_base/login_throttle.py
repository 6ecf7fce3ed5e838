"""Login rate limiting against password guessing, per username and per client address.

Failures are counted in SQLite so the limit holds across worker processes and restarts.
A username is locked after `USER_LIMIT` failures; every further failure after the lock ends
locks it again for twice as long, up to `MAX_LOCK_SECONDS`. A browser that logged in to that
account before (a known device) passes the lock, so a guesser cannot lock its owner out.
An address is never locked: past `ADDRESS_LIMIT` failures it gets a delay that grows but
stays under `MAX_ADDRESS_DELAY`, as an office behind one NAT or proxy shares it. A quiet spell
of `FORGET_AFTER_SECONDS` without failures starts a count afresh.
"""
from __future__ import annotations

import math
import time

import sqlite_utils

from .database import write_transaction
from .local_time import to_local
from .users import normalise_username

USER_LIMIT = 5  # failures per username before it is locked
ADDRESS_LIMIT = 20  # failures per client address before each attempt is delayed
BASE_LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 3600
MAX_ADDRESS_DELAY = 30  # seconds: an address is slowed down, never locked out
FORGET_AFTER_SECONDS = 24 * 3600


def _keys(username: str, address: str | None) -> list[tuple[str, str, int]]:
    keys = [("user", normalise_username(username), USER_LIMIT)]
    if address:
        keys.append(("address", address, ADDRESS_LIMIT))
    return keys


def lock_seconds(failures: int, limit: int, kind: str = "user") -> int:
    """How long a key with this many failures must wait (0 below the limit)."""
    if failures < limit:
        return 0
    if kind == "address":
        return min(2 ** (failures - limit), MAX_ADDRESS_DELAY)
    return min(BASE_LOCK_SECONDS * 2 ** (failures - limit), MAX_LOCK_SECONDS)


def locked_until(db: sqlite_utils.Database, username: str, address: str | None,
                 now: float | None = None, known_device: bool = False) -> float | None:
    """The moment (epoch seconds) the later of the user lock and the address delay ends, or None.

    A known device (one that logged in to this account before) is neither locked nor delayed.
    """
    now = time.time() if now is None else now
    if known_device:
        return None
    ends = [row[0] for kind, name, _ in _keys(username, address) for row in db.execute(
        "SELECT locked_until FROM login_throttle WHERE kind = ? AND name = ?", [kind, name])]
    latest = max(ends, default=0)
    return latest if latest > now else None


def record_failure(db: sqlite_utils.Database, username: str, address: str | None,
                   now: float | None = None, known_device: bool = False) -> float | None:
    """Count a failed log-in; return when the resulting lock or delay ends, or None."""
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
            if seconds := lock_seconds(failures, limit, kind):
                db.execute("UPDATE login_throttle SET locked_until = ? WHERE kind = ? AND name = ?",
                           [now + seconds, kind, name])
    return locked_until(db, username, address, now, known_device)


def record_success(db: sqlite_utils.Database, username: str) -> None:
    """Forget the failures of a username after a successful log-in.

    The address count is left to expire on its own, so one valid account cannot be used
    to wipe the count of an address that is guessing other accounts.
    """
    reset(db, username)


def reset(db: sqlite_utils.Database, username: str) -> None:
    """Unlock a username and forget its failures (also used by the beheerder)."""
    db.execute("DELETE FROM login_throttle WHERE kind = 'user' AND name = ?",
               [normalise_username(username)])


def unlock(db: sqlite_utils.Database, username: str | None = None) -> int:
    """Forget the failures of one username and of every address; all of them when no name is given.

    Returns how many locks or delays were lifted (`users unlock` and Beheer use this).
    """
    with write_transaction(db):
        lifted = len(locked_usernames(db) if username is None else
                     [n for n in locked_usernames(db) if n == normalise_username(username)])
        lifted += len(locked_addresses(db))
        if username is not None:
            reset(db, username)
        db.execute("DELETE FROM login_throttle WHERE kind = 'address' OR ?", [username is None])
    return lifted


def locked_addresses(db: sqlite_utils.Database, now: float | None = None) -> dict[str, float]:
    """Client addresses that are delayed now, with the moment their delay ends."""
    now = time.time() if now is None else now
    return dict(db.execute("SELECT name, locked_until FROM login_throttle "
                           "WHERE kind = 'address' AND locked_until > ?", [now]).fetchall())


def locked_usernames(db: sqlite_utils.Database, now: float | None = None) -> dict[str, float]:
    """Usernames (lower case) that are locked now, with the moment their lock ends."""
    now = time.time() if now is None else now
    rows = db.execute("SELECT name, locked_until FROM login_throttle "
                      "WHERE kind = 'user' AND locked_until > ?", [now]).fetchall()
    return dict(rows)


def retry_message(until: float, now: float | None = None) -> str:
    """A Dutch sentence saying when the user may try again."""
    now = time.time() if now is None else now
    if until - now <= MAX_ADDRESS_DELAY:
        seconds = max(1, math.ceil(until - now))
        return f"Te veel mislukte inlogpogingen. Wacht {seconds} seconden en probeer het dan opnieuw."
    minutes = max(1, math.ceil((until - now) / 60))
    clock = to_local(until).strftime("%H:%M")
    unit = "minuut" if minutes == 1 else "minuten"
    return (f"Te veel mislukte inlogpogingen. Probeer het opnieuw over {minutes} {unit} "
            f"(om {clock}).")
