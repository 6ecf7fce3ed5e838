"""Refresh the search index in a background thread, so a page can show its progress meanwhile."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from knowledge_base import open_db
from knowledge_base.embeddings import Embedder
from knowledge_base.index import refresh_index

from ..priority import lower_this_thread


@dataclass
class IndexJob:
    """One background refresh of one database's index."""

    database: str
    embedder: Embedder
    done: int = 0
    total: int = 0
    error: str = ""
    finished: bool = False
    started: float = field(default_factory=time.time)

    def update(self, done: int, total: int) -> None:
        """The progress callback handed to refresh_index."""
        self.done, self.total = done, total

    @property
    def percent(self) -> int:
        """How far along, 0-100."""
        return 100 if self.finished or not self.total else int(100 * self.done / self.total)

    @property
    def running(self) -> bool:
        """Whether the thread is still embedding."""
        return not self.finished


_jobs: dict[str, IndexJob] = {}
_guard = threading.Lock()


def _run(job: IndexJob) -> None:
    lower_this_thread()  # searches and pages first
    db = open_db(job.database)
    try:
        refresh_index(db, job.embedder, progress=job.update)
    except Exception as exc:  # shown on the status page rather than lost in a thread
        job.error = f"Het bijwerken van de zoekindex is mislukt ({type(exc).__name__}: {exc})."
    finally:
        db.conn.close()
        job.finished = True


def start_index_job(database: str, embedder: Embedder) -> IndexJob:
    """Refresh `database`'s index with `embedder` in a background thread, unless one is running."""
    with _guard:
        job = _jobs.get(database)
        if job and job.running:
            return job
        job = _jobs[database] = IndexJob(database, embedder)
        threading.Thread(target=_run, args=(job,), daemon=True, name="zoekindex").start()
        return job


def current_job(database: str) -> IndexJob | None:
    """The latest background refresh of `database`, running or finished."""
    return _jobs.get(database)
