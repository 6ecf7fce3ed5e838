"""The search index: records cut into chunks, embedded once per content hash, stored in SQLite.

Each live record has a `head` chunk (title, summary, target group, themes and the type's own
fields, embedded as one passage) and one `sentence` chunk per sentence of its summary, story
and inline results (embedded with the title in front, shown as the reason a record matched).
Links between records (a project's methods and results) are resolved at search time, so a
record's vectors depend on its own content hash only. The same refresh keeps an FTS5 table of
Dutch stems for keyword scoring.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import sqlite_utils

from .embeddings import Embedder
from .keywords import terms_text
from .records import from_row

BATCH_RECORDS = 16  # records per embedding call and per write transaction
# Bump when chunk_record or keyword_fields change: like a model change, it re-embeds everything.
INDEX_FORMAT = "1"
Progress = Callable[[int, int], None]


@dataclass
class Chunk:
    """One piece of a record: `text` is shown to the user, `passage` is what gets embedded."""

    kind: str  # "head" | "sentence"
    text: str
    passage: str


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9À-Ý\"'(‘“])")


def sentences(text: str) -> list[str]:
    """Split text into sentences; fragments under 25 characters join their neighbour."""
    out: list[str] = []
    for part in _SENTENCE_END.split(" ".join((text or "").split())):
        if out and (len(out[-1]) < 25 or len(part) < 25):
            out[-1] = f"{out[-1]} {part}"
        elif part:
            out.append(part)
    return out


def _measure(indicator: str, value: str, unit: str) -> str:
    """'68 % deelnemers dat …' for a result's figure, as written."""
    if not value:
        return indicator
    return " ".join(p for p in (value, unit, indicator) if p)


def _type_lines(record: dict) -> list[str]:
    if record["type"] == "method":
        level = record["evidence_level"]
        return [f"Erkenning: {level} ({record['databank']})." if level else ""]
    if record["type"] == "result":
        return [_measure(record["indicator"], record["value"], record["unit"]) + "."]
    return [f"Gemeente: {record['municipality']}." if record["municipality"] else "",
            "Partners: " + ", ".join(record["partners"]) + "." if record["partners"] else ""]


def head_text(record: dict) -> str:
    """The record as one passage: title, summary, target group, themes and type fields."""
    lines = [record["title"] + ".", record["summary"],
             f"Doelgroep: {record['target_group']}." if record["target_group"] else "",
             "Thema's: " + ", ".join(record["themes"]) + "." if record["themes"] else "",
             *_type_lines(record)]
    return " ".join(line for line in lines if line)


def _sentence_sources(record: dict) -> list[str]:
    texts = sentences(record["summary"])
    if record["type"] == "result":
        texts.append(_measure(record["indicator"], record["value"], record["unit"]))
        texts += sentences(record["story"])
    for item in record["results"]:
        texts.append(_measure(item["indicator"], item["value"], item["unit"]))
        texts += sentences(item["story"])
    return [t for t in texts if t.strip()] or [record["title"]]


def chunk_record(record: dict) -> list[Chunk]:
    """The chunks of one record: its head first, then its sentences."""
    head = head_text(record)
    title = record["title"]
    chunks = [Chunk("head", head, head)]
    for text in dict.fromkeys(_sentence_sources(record)):
        chunks.append(Chunk("sentence", text, f"{title}: {text}"))
    return chunks


def keyword_fields(record: dict) -> tuple[str, str]:
    """The stems of the title and of everything else, for the FTS5 table."""
    body = [head_text(record), record["ref"], record["story"], record["period"],
            *(_measure(i["indicator"], i["value"], i["unit"]) + " " + i["story"]
              for i in record["results"])]
    return terms_text(record["title"]), terms_text(" ".join(body))


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


_STALE_SQL = """
    SELECT r.ref FROM records r
    LEFT JOIN search_chunks c INDEXED BY search_chunks_heads ON c.chunk = 0 AND c.ref = r.ref
    WHERE r.deleted_at IS NULL
      AND (c.ref IS NULL OR c.content_hash != r.content_hash OR c.model != ?)
    ORDER BY r.ref"""
_GONE_SQL = """
    SELECT c.ref FROM search_chunks c
    LEFT JOIN records r ON r.ref = c.ref AND r.deleted_at IS NULL
    WHERE c.chunk = 0 AND r.ref IS NULL"""


@dataclass
class IndexStatus:
    """How far the index is behind the knowledge base."""

    model: str  # the model of the stored vectors
    records: int  # live records
    pending: int  # live records still to embed (new, changed, or made by another model)
    stale: int  # indexed records that were deleted

    @property
    def up_to_date(self) -> bool:
        """Whether a search sees every live record as it is now."""
        return self.pending == 0 and self.stale == 0


def index_status(db: sqlite_utils.Database, model_name: str) -> IndexStatus:
    """Compare the stored content hashes with the records' (a few SQL queries, no embedding)."""
    stored = index_model(db)
    records = db.execute("SELECT count(*) FROM records WHERE deleted_at IS NULL").fetchone()[0]
    if stored and _needs_rebuild(db, model_name):
        return IndexStatus(stored, records, records, 0)
    pending = db.execute(f"SELECT count(*) FROM ({_STALE_SQL})", [model_name]).fetchone()[0]
    stale = db.execute(f"SELECT count(*) FROM ({_GONE_SQL})").fetchone()[0]
    return IndexStatus(stored, records, pending, stale)


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
    with db.atomic():
        _set_state(db, "model", embedder.name)
        _set_state(db, "dimension", embedder.dimension)
        _set_state(db, "format", INDEX_FORMAT)
    return bool(stored)


def clear_index(db: sqlite_utils.Database) -> None:
    """Forget every stored vector, so the next refresh embeds the whole knowledge base."""
    with db.atomic():
        db.execute("DELETE FROM search_chunks")
        db.execute("DELETE FROM search_terms")
        db.execute("DELETE FROM search_state WHERE key IN ('model', 'format')")
        _set_state(db, "generation", index_generation(db) + 1)


def _drop(db: sqlite_utils.Database, refs: list[str]) -> None:
    with db.atomic():
        for ref in refs:
            db.execute("DELETE FROM search_chunks WHERE ref = ?", [ref])
            db.execute("DELETE FROM search_terms WHERE ref = ?", [ref])


def _embed_batch(db: sqlite_utils.Database, embedder: Embedder, refs: list[str]) -> tuple[list[str], int]:
    """Embed and store the given live records (read now, so the stored hash matches the text)."""
    marks = ",".join("?" * len(refs))
    records = [from_row(r) for r in db.query(
        f"SELECT * FROM records WHERE deleted_at IS NULL AND ref IN ({marks})", refs)]
    chunks = {r["ref"]: chunk_record(r) for r in records}
    passages = [c.passage for r in records for c in chunks[r["ref"]]]
    vectors = embedder.encode_passages(passages).astype(np.float32)
    rows, at = [], 0
    for record in records:
        for number, chunk in enumerate(chunks[record["ref"]]):
            rows.append((record["ref"], number, chunk.kind, chunk.text, record["content_hash"],
                         embedder.name, vectors[at].tobytes()))
            at += 1
    _drop(db, [r["ref"] for r in records])
    with db.atomic():
        db.conn.executemany("INSERT INTO search_chunks VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.conn.executemany("INSERT INTO search_terms (ref, title, body) VALUES (?, ?, ?)",
                            [(r["ref"], *keyword_fields(r)) for r in records])
    return [r["ref"] for r in records], len(rows)


def refresh_index(db: sqlite_utils.Database, embedder: Embedder, progress: Progress | None = None,
                  wait: bool = True, max_embed: int | None = None) -> RefreshReport:
    """Embed new and changed records, drop deleted ones; a model change re-embeds everything.

    `progress(done, total)` is called before the first batch and after each one. With
    `wait=False` a refresh already running (another thread) makes this one return at once;
    with `max_embed` a larger backlog is left alone (deleted records are still dropped).
    """
    lock = _lock_for(db)
    if not lock.acquire(blocking=wait):
        return RefreshReport(busy=True)
    try:
        return _refresh(db, embedder, progress, max_embed)
    finally:
        lock.release()


def _refresh(db: sqlite_utils.Database, embedder: Embedder, progress: Progress | None,
             max_embed: int | None) -> RefreshReport:
    started = time.perf_counter()
    status = index_status(db, embedder.name)  # a few milliseconds at 10,000 records
    if status.up_to_date:
        return RefreshReport()
    if max_embed is not None and status.model and _needs_rebuild(db, embedder.name):
        return RefreshReport(deferred=status.pending)
    report = RefreshReport(rebuilt=_switch_model(db, embedder))
    report.dropped = [row[0] for row in db.execute(_GONE_SQL).fetchall()]
    _drop(db, report.dropped)
    todo = [row[0] for row in db.execute(_STALE_SQL, [embedder.name]).fetchall()]
    if max_embed is not None and len(todo) > max_embed:
        report.deferred, todo = len(todo), []
    if progress:
        progress(0, len(todo))
    for start in range(0, len(todo), BATCH_RECORDS):
        refs, chunks = _embed_batch(db, embedder, todo[start:start + BATCH_RECORDS])
        report.embedded += refs
        report.chunks += chunks
        if progress:
            progress(min(start + BATCH_RECORDS, len(todo)), len(todo))
    if report.changed:
        with db.atomic():
            _set_state(db, "generation", index_generation(db) + 1)
    report.seconds = time.perf_counter() - started
    return report
