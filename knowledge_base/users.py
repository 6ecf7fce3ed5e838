"""User accounts and roles, stored beside the knowledge base."""
from __future__ import annotations

import functools
import re
import secrets
import unicodedata

import sqlite_utils
from werkzeug.security import check_password_hash, generate_password_hash

from .records import now

# Each role may do everything the roles after it may do.
ROLES = {
    "beheerder": "Beheerder",
    "directeur": "Directeur",
    "medewerker": "Medewerker",
    "lezer": "Lezer",
}
_RANK = {role: rank for rank, role in enumerate(reversed(list(ROLES)))}
MIN_PASSWORD_LENGTH = 10
# ASCII only, so a look-alike letter (a Cyrillic е for an e) cannot make a second "beheerder".
USERNAME_PATTERN = re.compile(r"[a-z0-9._-]{1,64}")
USERNAME_RULE = ("Een gebruikersnaam bestaat uit 1 tot 64 letters (a-z), cijfers, punten, streepjes "
                 "of liggende streepjes, zonder spaties of letters met accenten.")


class UserError(ValueError):
    """An account could not be created or changed; the message is Dutch."""


def role_at_least(role: str, required: str) -> bool:
    """Whether `role` includes the rights of `required`."""
    return _RANK.get(role, -1) >= _RANK[required]


def normalise_username(username: str) -> str:
    """A username as stored and compared: Unicode NFKC, trimmed, lower case."""
    return unicodedata.normalize("NFKC", username or "").strip().lower()


def check_username(username: str) -> str:
    """The normalised username; raise UserError when it is empty or has other characters."""
    name = normalise_username(username)
    if not name:
        raise UserError("Vul een gebruikersnaam in.")
    if not USERNAME_PATTERN.fullmatch(name):
        raise UserError(USERNAME_RULE)
    return name


def create_user(db: sqlite_utils.Database, username: str, password: str, role: str,
                must_change_password: bool = False) -> dict:
    """Create an account with a hashed password; `must_change_password` forces a new one at first log-in."""
    username = check_username(username)
    if role not in ROLES:
        raise UserError(f"Onbekende rol '{role}'; kies uit {', '.join(ROLES)}.")
    check_password_rules(password)
    if get_user(db, username):
        raise UserError(f"De gebruikersnaam '{username}' bestaat al.")
    db["users"].insert({"username": username, "password_hash": generate_password_hash(password),
                        "role": role, "active": 1, "created_at": now(),
                        "session_token": secrets.token_hex(16),
                        "must_change_password": int(must_change_password)})
    return get_user(db, username)


def get_user(db: sqlite_utils.Database, username: str) -> dict | None:
    """The account with this username (compared normalised), or None."""
    rows = list(db.query("SELECT * FROM users WHERE lower(username) = ?", [normalise_username(username)]))
    return rows[0] if rows else None


def get_user_by_id(db: sqlite_utils.Database, user_id: int) -> dict | None:
    """The account with this id, or None."""
    rows = list(db.query("SELECT * FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def authenticate(db: sqlite_utils.Database, username: str, password: str) -> dict | None:
    """The active account when the password is right, else None."""
    user = get_user(db, username)
    # Hash even for an unknown name, so the response time does not tell which names exist.
    stored = user["password_hash"] if user else _unknown_user_hash()
    if check_password_hash(stored, password) and user and user["active"]:
        return user
    return None


@functools.cache
def _unknown_user_hash() -> str:
    return generate_password_hash(secrets.token_hex(16))


def list_users(db: sqlite_utils.Database) -> list[dict]:
    """All accounts, by username."""
    return list(db.query("SELECT * FROM users ORDER BY username"))


def count_users(db: sqlite_utils.Database) -> int:
    """How many accounts exist."""
    return db["users"].count


def check_password_rules(password: str) -> None:
    """Raise UserError when a new password is too short."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")


def _existing(db: sqlite_utils.Database, user_id: int) -> dict:
    user = get_user_by_id(db, user_id)
    if user is None:
        raise UserError("Dit account bestaat niet (meer).")
    return user


def set_password(db: sqlite_utils.Database, user_id: int, password: str) -> None:
    """Give an account a new password; its other sessions are logged out."""
    _existing(db, user_id)
    check_password_rules(password)
    db.execute("UPDATE users SET password_hash = ?, session_token = ? WHERE id = ?",
               [generate_password_hash(password), secrets.token_hex(16), user_id])


def end_sessions(db: sqlite_utils.Database, user_id: int) -> None:
    """Renew an account's session token, so every session of it (copied cookies too) ends."""
    db.execute("UPDATE users SET session_token = ? WHERE id = ?", [secrets.token_hex(16), user_id])


def change_own_password(db: sqlite_utils.Database, user_id: int, current: str, new: str) -> None:
    """Change a password after checking the current one."""
    if not check_password_hash(_existing(db, user_id)["password_hash"], current):
        raise UserError("Het huidige wachtwoord klopt niet.")
    if new == current:
        raise UserError("Kies een ander wachtwoord dan het huidige.")
    set_password(db, user_id, new)
    db.execute("UPDATE users SET must_change_password = 0 WHERE id = ?", [user_id])


# An UPDATE guarded by this condition cannot leave the app without an active beheerder,
# even when two beheerders change each other at the same moment (one statement is atomic).
_NOT_LAST_BEHEERDER = """NOT (role = 'beheerder' AND active = 1 AND
    (SELECT count(*) FROM users WHERE role = 'beheerder' AND active = 1) <= 1)"""
_LAST_BEHEERDER = "Er moet minstens één actieve beheerder blijven; wijs eerst een andere beheerder aan."


def set_role(db: sqlite_utils.Database, user_id: int, role: str) -> None:
    """Give an account another role; the last active beheerder keeps theirs."""
    if role not in ROLES:
        raise UserError(f"Onbekende rol '{role}'; kies uit {', '.join(ROLES)}.")
    if _existing(db, user_id)["role"] == role:
        return
    guard = "" if role == "beheerder" else f" AND {_NOT_LAST_BEHEERDER}"
    cursor = db.execute(f"UPDATE users SET role = ? WHERE id = ?{guard}", [role, user_id])
    if cursor.rowcount == 0:
        raise UserError(_LAST_BEHEERDER)


def set_active(db: sqlite_utils.Database, user_id: int, active: bool) -> None:
    """Block or unblock an account; blocking logs out its sessions at once."""
    _existing(db, user_id)
    if active:
        db.execute("UPDATE users SET active = 1 WHERE id = ?", [user_id])
        return
    cursor = db.execute(f"UPDATE users SET active = 0, session_token = ? WHERE id = ? "
                        f"AND {_NOT_LAST_BEHEERDER}", [secrets.token_hex(16), user_id])
    if cursor.rowcount == 0:
        raise UserError(_LAST_BEHEERDER)
