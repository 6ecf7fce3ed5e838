"""The demo knowledge base shipped with the app (kept apart from test fixtures)."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from .records import count_records
from .transfer import ImportReport, import_file

DEMO_FILE = Path(__file__).parent / "demo" / "demo_kb.json"


def load_demo(db: sqlite_utils.Database, user: str = "demo") -> ImportReport | None:
    """Import the demo records when the knowledge base is still empty; else do nothing."""
    if any(count_records(db).values()):
        return None
    return import_file(db, DEMO_FILE.read_bytes(), user=user)
