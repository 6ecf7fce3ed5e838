"""Shared set-up for the search tests: the search fixture, imported and indexed once per module."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from knowledge_base import import_file, open_db
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import refresh_index
from knowledge_base.records import content_hash
from proposal_builder.web.index_job import IndexJob, current_job

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


def wait_for_job(database: str) -> IndexJob | None:
    """The database's background index refresh once it has finished (at most a minute)."""
    job = current_job(database)
    for _ in range(600):
        if job is None or job.finished:
            return job
        time.sleep(0.1)
    raise AssertionError("the background refresh did not finish")


def put_huge_summary(db, record: dict) -> None:
    """Give the record a 6.6 MB summary directly in the database, as one saved before field limits."""
    huge = {**record, "summary": "Jongerenwerkers zijn op straat aanwezig. " * 165_000}
    with db.conn:
        db.execute("UPDATE records SET summary = ?, content_hash = ? WHERE ref = ?",
                   [huge["summary"], content_hash(huge), record["ref"]])
