"""User accounts and roles, stored beside the knowledge base."""
from __future__ import annotations

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


class UserError(ValueError):
    """An account could not be created or changed; the message is Dutch."""


def role_at_least(role: str, required: str) -> bool:
    """Whether `role` includes the rights of `required`."""
    return _RANK.get(role, -1) >= _RANK[required]


def create_user(db: sqlite_utils.Database, username: str, password: str, role: str) -> dict:
    """Create an account with a hashed password."""
    username = username.strip()
    if not username:
        raise UserError("Vul een gebruikersnaam in.")
    if role not in ROLES:
        raise UserError(f"Onbekende rol '{role}'; kies uit {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")
    if get_user(db, username):
        raise UserError(f"De gebruikersnaam '{username}' bestaat al.")
    db["users"].insert({"username": username, "password_hash": generate_password_hash(password),
                        "role": role, "active": 1, "created_at": now()})
    return get_user(db, username)


def get_user(db: sqlite_utils.Database, username: str) -> dict | None:
    """The account with this username (case-insensitive), or None."""
    rows = list(db.query("SELECT * FROM users WHERE username = ?", [username.strip()]))
    return rows[0] if rows else None


def get_user_by_id(db: sqlite_utils.Database, user_id: int) -> dict | None:
    """The account with this id, or None."""
    rows = list(db.query("SELECT * FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def authenticate(db: sqlite_utils.Database, username: str, password: str) -> dict | None:
    """The active account when the password is right, else None."""
    user = get_user(db, username)
    if user and user["active"] and check_password_hash(user["password_hash"], password):
        return user
    return None


def list_users(db: sqlite_utils.Database) -> list[dict]:
    """All accounts, by username."""
    return list(db.query("SELECT * FROM users ORDER BY username"))


def count_users(db: sqlite_utils.Database) -> int:
    """How many accounts exist."""
    return db["users"].count
