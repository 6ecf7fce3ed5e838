"""Shared set-up for the search tests: the search fixture, imported and indexed once per module."""
from __future__ import annotations

import shutil
from pathlib import Path

from knowledge_base import import_file, open_db
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import refresh_index

SEARCH_KB = Path(__file__).parent / "fixtures" / "search_kb.json"


def build_indexed(path: Path, template: Path | None = None) -> Path:
    """Write `path`: `template` (or an empty database) plus the search fixture, indexed with e5."""
    if template:
        shutil.copy(template, path)
    db = open_db(path)
    import_file(db, SEARCH_KB.read_bytes())
    refresh_index(db, get_embedder(""))
    db.conn.close()
    return path
