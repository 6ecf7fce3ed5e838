"""The index loaded into memory: one numpy matrix of chunk vectors, cached per process.

A snapshot is reused until the index's generation number changes (every refresh that changes
anything bumps it), so a search costs one small SQL query plus a matrix product. `commit_mark`
tells cheaply whether anything at all was committed to the file since a search last looked.
"""
from __future__ import annotations

import itertools
import json
import os
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import sqlite_utils

from .index import database_file, index_generation


@dataclass
class Snapshot:
    """Chunk vectors in record order, with what ranking needs to know about each record."""

    generation: int
    refs: list[str]
    types: list[str]
    titles: list[str]
    position: dict[str, int]  # ref → record index
    starts: np.ndarray  # record index → its first chunk (the head)
    stops: np.ndarray  # record index → one past its last chunk
    matrix: np.ndarray  # (chunks, dimension) float32, L2-normalised rows
    is_head: np.ndarray  # chunk → whether it is a record's head chunk
    texts: list[str]  # chunk → the text shown as the reason for a match
    link_from: np.ndarray  # project index, once per linked method or result
    link_to: np.ndarray  # the linked record's index
    places: list[str]  # record index → its municipality field (a result without one: its project's)
    values: list[str]  # record index → a result's value as written ("68%", "van 8,1 naar 5,6", "312"); others ""

    @property
    def type_array(self) -> np.ndarray:
        """The records' types as a numpy array (for filtering without a Python loop)."""
        if getattr(self, "_types", None) is None:
            self._types = np.array(self.types)
        return self._types


_CHUNKS_SQL = """
    SELECT c.ref, c.kind, c.text, c.vector, r.type, r.title, r.methods, r.project, r.municipality, r.value
    FROM search_chunks c JOIN records r ON r.ref = c.ref AND r.deleted_at IS NULL
    WHERE c.model = ? ORDER BY c.ref, c.chunk"""


def _links(position: dict[str, int], methods: dict[str, list[str]], projects: dict[str, str]):
    """(project, linked record) index pairs: a project's methods and its result records."""
    pairs = [(position[p], position[m]) for p, ms in methods.items() for m in ms if m in position]
    pairs += [(position[p], position[r]) for r, p in projects.items() if p in position]
    pairs = sorted(set(pairs))
    return (np.array([a for a, _ in pairs], dtype=np.int64),
            np.array([b for _, b in pairs], dtype=np.int64))


def _build(db: sqlite_utils.Database, model: str, dimension: int, generation: int) -> Snapshot:
    refs, types, titles, starts, heads, texts, blobs = [], [], [], [], [], [], []
    methods, projects, places, values = {}, {}, [], []
    for n, (ref, kind, text, blob, rtype, title, rmethods, rproject, place, value) in enumerate(
            db.execute(_CHUNKS_SQL, [model])):
        if not refs or refs[-1] != ref:
            refs.append(ref), types.append(rtype), titles.append(title), starts.append(n)
            places.append(place or ""), values.append(value or "" if rtype == "result" else "")
            if rtype == "project":
                methods[ref] = json.loads(rmethods or "[]")
            elif rtype == "result" and rproject:
                projects[ref] = rproject
        heads.append(kind == "head"), texts.append(text), blobs.append(blob)
    matrix = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), dimension)
    position = {ref: i for i, ref in enumerate(refs)}
    link_from, link_to = _links(position, methods, projects)
    starts_arr = np.array(starts, dtype=np.int64)
    stops = np.append(starts_arr[1:], len(blobs)).astype(np.int64)
    places = [place or (places[position[projects[ref]]] if projects.get(ref) in position else "")
              for ref, place in zip(refs, places)]
    return Snapshot(generation, refs, types, titles, position, starts_arr, stops, matrix,
                    np.array(heads, dtype=bool), texts, link_from, link_to, places, values)


_cache: dict[tuple[str, str], Snapshot] = {}
_cache_lock = threading.Lock()


def load_snapshot(db: sqlite_utils.Database, model: str, dimension: int) -> Snapshot:
    """The index for `model` in memory, rebuilt only when the stored index has changed."""
    key = (database_file(db), model)
    generation = index_generation(db)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is None or cached.generation != generation:
            cached = _cache[key] = _build(db, model, dimension, generation)
        return cached


WATCHED_FILES = 16  # watcher connections kept open at most (tests make many databases)


@dataclass
class _Watcher:
    """A connection of this module's own to one database file; it never writes."""

    identity: tuple[int, int]  # the file's device and inode: a replaced file gets a new watcher
    serial: int  # distinguishes watchers of one path: data_version counts per connection
    conn: sqlite3.Connection


_watchers: OrderedDict[str, _Watcher] = OrderedDict()
_watchers_lock = threading.Lock()
_serials = itertools.count(1)


def _watcher(path: str) -> _Watcher | None:
    """The watcher of `path`, opened anew when the file was replaced (call with the lock held)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    identity = (stat.st_dev, stat.st_ino)
    watcher = _watchers.pop(path, None)
    if watcher and watcher.identity != identity:
        watcher.conn.close()
        watcher = None
    watcher = watcher or _Watcher(identity, next(_serials), sqlite3.connect(path, check_same_thread=False))
    _watchers[path] = watcher
    while len(_watchers) > WATCHED_FILES:
        _watchers.popitem(last=False)[1].conn.close()
    return watcher


def commit_mark(db: sqlite_utils.Database) -> tuple | None:
    """A value that changes whenever anything is committed to the database file, by any connection
    or process (None for an in-memory database, or while `db` has a transaction open).

    SQLite's `PRAGMA data_version` changes on a connection whenever another one commits; it is read
    on a connection of this module's own that never writes, so one cheap read tells a search that
    nothing changed since the index was last compared with the records.
    """
    path = database_file(db)
    if db.conn.in_transaction or not path or path.startswith("memory:"):
        return None
    with _watchers_lock:
        try:
            watcher = _watcher(path)
            return watcher and (path, watcher.serial, watcher.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # no mark: the caller compares the records with the index itself
            return None
