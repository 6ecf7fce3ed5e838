"""The search index: records cut into chunks, embedded once per content hash, stored in SQLite.

Each live record has a `head` chunk (title, summary, target group, themes and the type's own
fields, embedded as one passage) and a few `sentence` chunks, windows of sentences of its
summary, story and inline results (see `passages.py`; shown as the reason a record matched).
Links between records (a project's methods and results) are resolved at search time, so a
record's vectors depend on its own content hash only. The same refresh keeps an FTS5 table of
Dutch stems for keyword scoring.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import sqlite_utils

from . import abbreviations
from .database import write_transaction
from .embeddings import Embedder
from .passages import Chunk, chunk_record, keyword_fields, sentences  # noqa: F401 (re-exported)
from .library_types import EVIDENCE_TYPES
from .records import from_row

BATCH_RECORDS = 16  # records per embedding call and per write transaction
# Bump when chunk_record or keyword_fields change: like a model change, it re-embeds everything
# (so does a change of the abbreviations table, whose hash is part of the format).
INDEX_FORMAT = f"4-{abbreviations.version()}"
Progress = Callable[[int, int], None]
# Only the evidence is searched: the answer library (profile, team, proofs, texts) is chosen apart.
_INDEXED = "type IN (" + ", ".join(f"'{kind}'" for kind in EVIDENCE_TYPES) + ")"


# --- state -------------------------------------------------------------------------------

def _state(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM search_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def _set_state(db: sqlite_utils.Database, key: str, value) -> None:
    db.execute("INSERT OR REPLACE INTO search_state (key, value) VALUES (?, ?)", [key, str(value)])


def index_generation(db: sqlite_utils.Database) -> int:
    """A number that changes whenever the index changes (for caches of loaded vectors)."""
    return int(_state(db, "generation", "0"))


def index_model(db: sqlite_utils.Database) -> str:
    """The name of the model the stored vectors were made with ('' before the first refresh)."""
    return _state(db, "model")


_STALE_SQL = f"""
    SELECT r.ref FROM records r
    LEFT JOIN search_chunks c INDEXED BY search_chunks_heads ON c.chunk = 0 AND c.ref = r.ref
    WHERE r.deleted_at IS NULL AND r.{_INDEXED}
      AND (c.ref IS NULL OR c.content_hash != r.content_hash OR c.model != ?)
    ORDER BY r.ref"""
_GONE_SQL = f"""
    SELECT c.ref FROM search_chunks c
    LEFT JOIN records r ON r.ref = c.ref AND r.deleted_at IS NULL AND r.{_INDEXED}
    WHERE c.chunk = 0 AND r.ref IS NULL"""

_SIZE = "coalesce(sum(length(summary) + length(story) + length(results)), 0)"
_PENDING_SQL = f"SELECT count(*), {_SIZE} FROM records WHERE ref IN ({_STALE_SQL})"


def _text_size(db: sqlite_utils.Database, refs: list[str] | None) -> int:
    """Characters of summary, story and inline results of these live records (None: all)."""
    where = "" if refs is None else f" AND ref IN ({','.join('?' * len(refs))})"
    return db.execute(f"SELECT {_SIZE} FROM records WHERE deleted_at IS NULL AND {_INDEXED}{where}",
                      refs or []).fetchone()[0]


@dataclass
class IndexStatus:
    """How far the index is behind the knowledge base."""

    model: str  # the model of the stored vectors
    records: int  # live records
    pending: int  # live records still to embed (new, changed, or made by another model)
    stale: int  # indexed records that were deleted
    pending_chars: int = 0  # characters of text the pending records hold (what embedding costs)

    @property
    def up_to_date(self) -> bool:
        """Whether a search sees every live record as it is now."""
        return self.pending == 0 and self.stale == 0


def index_status(db: sqlite_utils.Database, model_name: str) -> IndexStatus:
    """Compare the stored content hashes with the records' (a few SQL queries, no embedding)."""
    stored = index_model(db)
    records = db.execute(f"SELECT count(*) FROM records WHERE deleted_at IS NULL AND {_INDEXED}").fetchone()[0]
    if stored and _needs_rebuild(db, model_name):
        return IndexStatus(stored, records, records, 0, _text_size(db, None))
    pending, chars = db.execute(_PENDING_SQL, [model_name]).fetchone()
    stale = db.execute(f"SELECT count(*) FROM ({_GONE_SQL})").fetchone()[0]
    return IndexStatus(stored, records, pending, stale, chars or 0)


# --- refresh -------------------------------------------------------------------------------

@dataclass
class RefreshReport:
    """What a refresh did."""

    embedded: list[str] = field(default_factory=list)  # refs (re-)embedded
    dropped: list[str] = field(default_factory=list)  # refs removed from the index
    chunks: int = 0
    seconds: float = 0.0
    rebuilt: bool = False  # True when a model change emptied the index first
    busy: bool = False  # True when another refresh held the lock and this one did nothing
    deferred: int = 0  # changed records left unembedded because they exceeded `max_embed`
    reused: int = 0  # changed records whose head text was unchanged: its stored vector was kept

    @property
    def changed(self) -> bool:
        """Whether the index changed."""
        return bool(self.embedded or self.dropped or self.rebuilt)


_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def database_file(db: sqlite_utils.Database) -> str:
    """The file behind a connection (the key for per-database locks and caches)."""
    return db.execute("PRAGMA database_list").fetchone()[2] or f"memory:{id(db.conn)}"


def _lock_for(db: sqlite_utils.Database) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(database_file(db), threading.Lock())


def _needs_rebuild(db: sqlite_utils.Database, model_name: str) -> bool:
    return index_model(db) != model_name or _state(db, "format") != INDEX_FORMAT


def _switch_model(db: sqlite_utils.Database, embedder: Embedder) -> bool:
    """Empty the index when another model or chunk format made it; return whether it did."""
    stored = index_model(db)
    if not _needs_rebuild(db, embedder.name):
        return False
    clear_index(db)
    with write_transaction(db):
        _set_state(db, "model", embedder.name)
        _set_state(db, "dimension", embedder.dimension)
        _set_state(db, "format", INDEX_FORMAT)
    return bool(stored)


def clear_index(db: sqlite_utils.Database) -> None:
    """Forget every stored vector, so the next refresh embeds the whole knowledge base."""
    with write_transaction(db):
        db.execute("DELETE FROM search_chunks")
        db.execute("DELETE FROM search_terms")
        db.execute("DELETE FROM search_state WHERE key IN ('model', 'format')")
        _set_state(db, "generation", index_generation(db) + 1)


def _drop(db: sqlite_utils.Database, refs: list[str]) -> None:
    with write_transaction(db):
        for ref in refs:
            db.execute("DELETE FROM search_chunks WHERE ref = ?", [ref])
            db.execute("DELETE FROM search_terms WHERE ref = ?", [ref])


def _stored_heads(db: sqlite_utils.Database, model: str, refs: list[str]) -> dict[str, bytes]:
    """The stored head vectors of these records by the head's text (a head is embedded as its text)."""
    marks = ",".join("?" * len(refs))
    return dict(db.execute(f"SELECT text, vector FROM search_chunks WHERE chunk = 0 AND model = ? "
                           f"AND ref IN ({marks})", [model, *refs]).fetchall())


def _vectors(embedder: Embedder, chunks: list[Chunk], stored: dict[str, bytes]) -> list[np.ndarray]:
    """One vector per chunk: a head whose text has a `stored` vector keeps it (an edit of a record's
    owner, review date, period or links changes its hash, not its head), a window the head
    already covers shares its record's head vector, the rest is embedded now."""
    kept = lambda chunk: chunk.kind == "head" and chunk.passage in stored  # noqa: E731
    wanted = [c.passage for c in chunks if (c.embed or c.kind == "head") and not kept(c)]
    fresh = iter(embedder.encode_passages(wanted).astype(np.float32)) if wanted else iter(())
    vectors, head = [], None
    for chunk in chunks:
        if kept(chunk):
            vector = np.frombuffer(stored[chunk.passage], dtype=np.float32)
        else:
            vector = next(fresh) if chunk.embed or chunk.kind == "head" else head
        head = vector if chunk.kind == "head" else head
        vectors.append(vector)
    return vectors


def _embed_batch(db: sqlite_utils.Database, embedder: Embedder,
                 refs: list[str]) -> tuple[list[str], int, int]:
    """Embed and store the given live records (read now, so the stored hash matches the text);
    return their refs, their chunks, and how many kept the head vector they had."""
    marks = ",".join("?" * len(refs))
    records = [from_row(r) for r in db.query(
        f"SELECT * FROM records WHERE deleted_at IS NULL AND ref IN ({marks})", refs)]
    chunks = {r["ref"]: chunk_record(r) for r in records}
    flat = [c for r in records for c in chunks[r["ref"]]]
    stored = _stored_heads(db, embedder.name, [r["ref"] for r in records])
    vectors = iter(_vectors(embedder, flat, stored))
    rows = [(record["ref"], number, chunk.kind, chunk.text, record["content_hash"], embedder.name,
             next(vectors).tobytes())
            for record in records for number, chunk in enumerate(chunks[record["ref"]])]
    _drop(db, [r["ref"] for r in records])
    with write_transaction(db):
        db.conn.executemany("INSERT INTO search_chunks VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.conn.executemany("INSERT INTO search_terms (ref, title, body) VALUES (?, ?, ?)",
                            [(r["ref"], *keyword_fields(r)) for r in records])
    return [r["ref"] for r in records], len(rows), sum(c.kind == "head" and c.passage in stored for c in flat)


def refresh_index(db: sqlite_utils.Database, embedder: Embedder, progress: Progress | None = None,
                  wait: bool = True, max_embed: int | None = None,
                  max_chars: int | None = None) -> RefreshReport:
    """Embed new and changed records, drop deleted ones; a model change re-embeds everything.

    `progress(done, total)` is called before the first batch and after each one. With
    `wait=False` a refresh already running (another thread) makes this one return at once;
    with `max_embed` (records) or `max_chars` (their text) a larger backlog is left alone
    (deleted records are still dropped).
    """
    lock = _lock_for(db)
    if not lock.acquire(blocking=wait):
        return RefreshReport(busy=True)
    try:
        return _refresh(db, embedder, progress, max_embed, max_chars)
    finally:
        lock.release()


def _too_large(db: sqlite_utils.Database, todo: list[str], max_embed: int | None,
               max_chars: int | None) -> bool:
    if max_embed is not None and len(todo) > max_embed:
        return True
    return max_chars is not None and bool(todo) and _text_size(db, todo) > max_chars


def _refresh(db: sqlite_utils.Database, embedder: Embedder, progress: Progress | None,
             max_embed: int | None, max_chars: int | None) -> RefreshReport:
    started = time.perf_counter()
    status = index_status(db, embedder.name)  # a few milliseconds at 10,000 records
    if status.up_to_date:
        return RefreshReport()
    if (max_embed is not None or max_chars is not None) and status.model \
            and _needs_rebuild(db, embedder.name):
        return RefreshReport(deferred=status.pending)
    report = RefreshReport(rebuilt=_switch_model(db, embedder))
    report.dropped = [row[0] for row in db.execute(_GONE_SQL).fetchall()]
    _drop(db, report.dropped)
    todo = [row[0] for row in db.execute(_STALE_SQL, [embedder.name]).fetchall()]
    if _too_large(db, todo, max_embed, max_chars):
        report.deferred, todo = len(todo), []
    if progress:
        progress(0, len(todo))
    for start in range(0, len(todo), BATCH_RECORDS):
        refs, chunks, reused = _embed_batch(db, embedder, todo[start:start + BATCH_RECORDS])
        report.embedded += refs
        report.chunks += chunks
        report.reused += reused
        if progress:
            progress(min(start + BATCH_RECORDS, len(todo)), len(todo))
    if report.changed:
        with write_transaction(db):
            _set_state(db, "generation", index_generation(db) + 1)
    report.seconds = time.perf_counter() - started
    return report
