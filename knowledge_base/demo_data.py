"""The demo knowledge base shipped with the app (kept apart from test fixtures)."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from .library_types import EVIDENCE_TYPES, LIBRARY_TYPES
from .records import count_records
from .transfer import ImportReport, import_file

DEMO_FILE = Path(__file__).parent / "demo" / "demo_kb.json"
LIBRARY_FILE = Path(__file__).parent / "demo" / "demo_library.json"  # the answer library


def load_demo(db: sqlite_utils.Database, user: str = "demo") -> ImportReport | None:
    """Import the demo evidence when the knowledge base holds none, and the demo answer library when it
    holds none of that (so a demo database made before the library gets it too); else do nothing."""
    counts = count_records(db)
    files = [path for path, kinds in ((DEMO_FILE, EVIDENCE_TYPES), (LIBRARY_FILE, LIBRARY_TYPES))
             if not any(counts.get(kind) for kind in kinds)]
    if not files:
        return None
    report = ImportReport()
    for path in files:
        report.lines += import_file(db, path.read_bytes(), user=user).lines
    return report
