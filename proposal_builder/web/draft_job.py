"""Make a tender's draft in a background thread, so the concept page shows progress and a download serves it.

One worker thread per app makes the drafts one at a time (LibreOffice counting pages is the heavy
part, and the app shares a few cores with its users; it runs at background priority, the draft's own
Python at page priority, see `priority`); it runs while there is work and stops when the queue is
empty. A draft is known by its key (`draft_key`): a request for a key that is queued
or being made gets that job instead of starting another. The finished draft is kept in memory, the
newest per tender for at most `KEEP_TENDERS` tenders, and never written to disk.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable

import sqlite_utils
from flask import Flask

from knowledge_base.library_types import LIBRARY_TYPES

from ..drafting import TemplateError
from ..pipeline import CheckedDraft

KEEP_TENDERS = 16  # finished drafts kept in memory, the newest per tender
# Downloads that may wait at once for a draft being made. Each holds one of the server's threads
# (8 by default); more waiting downloads would leave too few for pages, so the rest see the progress
# page at once and download from there.
WAITING_DOWNLOADS = 2
WAITING, RUNNING, DONE, FAILED, SUPERSEDED = "queued", "running", "done", "failed", "superseded"
UNEXPECTED = ("er ging onverwacht iets mis ({name}). Uw keuzes zijn bewaard; probeer het opnieuw, "
              "en meld het aan de beheerder als het blijft gebeuren.")
log = logging.getLogger(__name__)


@dataclass(eq=False)
class DraftJob:
    """One draft being made (or made) for one tender and key."""

    tender_id: int
    key: str
    make: Callable[[], CheckedDraft]
    state: str = WAITING
    checked: CheckedDraft | None = None
    error: str = ""  # the Dutch reason a failed draft could not be made
    done: threading.Event = field(default_factory=threading.Event)
    replaced_by: DraftJob | None = None  # the job of newer choices that took this queued one's place

    @property
    def busy(self) -> bool:
        """Whether the draft is still waiting or being made."""
        return self.state in (WAITING, RUNNING)


class DraftJobs:
    """The draft jobs of one app: the newest per tender, made one at a time by a worker thread."""

    def __init__(self, keep: int = KEEP_TENDERS, waiting_downloads: int = WAITING_DOWNLOADS):
        self.keep = keep
        self._download_seats = threading.BoundedSemaphore(waiting_downloads)
        self._lock = threading.Lock()
        self._latest: OrderedDict[int, DraftJob] = OrderedDict()
        self._queue: deque[DraftJob] = deque()
        self._running: DraftJob | None = None
        self._worker: threading.Thread | None = None

    def find(self, tender_id: int, key: str) -> DraftJob | None:
        """The tender's job for this key, queued, running or finished; None when there is none."""
        with self._lock:
            job = self._latest.get(tender_id)
            return job if job is not None and job.key == key else None

    def submit(self, tender_id: int, key: str, make: Callable[[], CheckedDraft], retry: bool = False) -> DraftJob:
        """The job for this key: the one already there (unless it failed and `retry`), else a new one.

        A queued job of the same tender with another key (older choices) is dropped.
        """
        with self._lock:
            job = self._latest.get(tender_id)
            if job is not None and job.key == key and not (retry and job.state == FAILED):
                self._latest.move_to_end(tender_id)
                return job
            older, job = job, DraftJob(tender_id, key, make)
            if older is not None and older.state == WAITING:
                self._queue.remove(older)
                older.replaced_by = job
                self._finish(older, SUPERSEDED)
            self._latest[tender_id] = job
            self._queue.append(job)
            self._forget_oldest()
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, daemon=True, name="concept")
                self._worker.start()
            return job

    @staticmethod
    def wait(job: DraftJob, timeout: float) -> DraftJob:
        """The job once it has finished or `timeout` passed; a job replaced by newer choices is followed."""
        deadline = time.monotonic() + timeout
        while job.done.wait(max(0.0, deadline - time.monotonic())) and job.replaced_by is not None:
            job = job.replaced_by
        return job

    def wait_for_download(self, job: DraftJob, timeout: float) -> DraftJob:
        """`wait` for a download, unless `waiting_downloads` downloads wait already: then the job as it is."""
        if not job.busy or not self._download_seats.acquire(blocking=False):
            return job
        try:
            return self.wait(job, timeout)
        finally:
            self._download_seats.release()

    def ahead(self, job: DraftJob) -> int:
        """How many drafts (of other tenders) are made before this one."""
        with self._lock:
            if job.state != WAITING:
                return 0
            return list(self._queue).index(job) + (self._running is not None)

    def idle(self, timeout: float) -> bool:
        """Wait until no draft is queued or being made; True when that happened within `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self._worker is None:
                    return True
            time.sleep(0.05)
        return False

    def _forget_oldest(self) -> None:
        finished = [tid for tid, job in self._latest.items() if not job.busy]
        for tender_id in finished[:max(0, len(self._latest) - self.keep)]:
            del self._latest[tender_id]

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._worker = self._running = None
                    return
                job = self._running = self._queue.popleft()
                job.state = RUNNING
            checked, error = _make(job)
            with self._lock:
                job.checked = checked
                self._finish(job, FAILED if error else DONE, error)

    @staticmethod
    def _finish(job: DraftJob, state: str, error: str = "") -> None:
        job.error = error
        job.state = state  # last: a page that reads the state finds the draft or the error already there
        job.done.set()


def _make(job: DraftJob) -> tuple[CheckedDraft | None, str]:
    """Make the draft; on failure the Dutch reason, so the page says it and the thread carries on."""
    try:
        return job.make(), ""
    except TemplateError as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001 - any failure becomes a message on the page, not a dead worker
        log.exception("Het concept van aanbesteding %s kon niet worden gemaakt", job.tender_id)
        return None, UNEXPECTED.format(name=type(exc).__name__)


def jobs_of(app: Flask) -> DraftJobs:
    """The app's draft jobs, created on first use."""
    return app.extensions.setdefault("proposal_builder_drafts", DraftJobs())


def draft_key(db: sqlite_utils.Database, tender: dict, settings: tuple, today: dt.date) -> str:
    """What the draft is made of: the tender as saved (its version and choices), the chosen records
    and the answer library as they are now, the app's settings (organisation, house style) and the day."""
    chosen = sorted({ref for goal in tender.get("goals") or [] for ref in goal.get("evidence") or []})
    marks = ", ".join("?" for _ in chosen)
    records = [list(row) for row in db.execute(
        f"SELECT ref, version, deleted_at FROM records WHERE ref IN ({marks}) ORDER BY ref", chosen).fetchall()]
    types = list(LIBRARY_TYPES)
    library = list(db.execute(
        f"SELECT count(*), max(updated_at), total(version) FROM records WHERE type IN ({', '.join('?' for _ in types)})",
        types).fetchone())
    goals = [[g.get("text"), g.get("evidence"), g.get("own_text")] for g in tender.get("goals") or []]
    parts = [tender["id"], tender["version"], tender["updated_at"], goals, records, library, list(settings), today.isoformat()]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()
