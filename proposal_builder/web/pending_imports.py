"""Uploaded import files waiting between the preview and the confirmation, kept server-side.

Each upload is stored as its parsed records in the instance folder (`imports/<token>.json`,
readable by the server's user only) under a random token bound to the account that uploaded
it; it is removed on confirmation or cancellation, and after an hour by the next upload.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from pathlib import Path

from flask import current_app

MAX_AGE_SECONDS = 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


def _folder() -> Path:
    folder = Path(current_app.instance_path) / "imports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def save(items: list[dict], filename: str, username: str) -> str:
    """Keep the parsed records of an upload; return the token that finds them again."""
    _sweep()
    token = secrets.token_urlsafe(24)
    payload = {"user": username, "filename": filename, "saved": time.time(), "items": items}
    path = _folder() / f"{token}.json"
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(payload, handle)  # ASCII escapes keep a lone surrogate from the file storable
    return token


def load(token: str, username: str) -> dict | None:
    """The upload under `token` when it is this account's and not expired; else None."""
    if not _TOKEN.match(token or ""):
        return None
    path = _folder() / f"{token}.json"
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if payload.get("user") != username or time.time() - payload.get("saved", 0) > MAX_AGE_SECONDS:
        return None
    return payload


def discard(token: str) -> None:
    """Remove an upload (after it was imported or cancelled)."""
    if _TOKEN.match(token or ""):
        with contextlib.suppress(FileNotFoundError):
            (_folder() / f"{token}.json").unlink()


def _sweep() -> None:
    """Remove uploads nobody confirmed within the hour."""
    limit = time.time() - MAX_AGE_SECONDS
    for path in _folder().glob("*.json"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
