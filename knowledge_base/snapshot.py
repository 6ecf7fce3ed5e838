"""The index loaded into memory: one numpy matrix of chunk vectors, cached per process.

A snapshot is reused until the index's generation number changes (every refresh that changes
anything bumps it), so a search costs one small SQL query plus a matrix product.
"""
from __future__ import annotations

import json
import threading
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

    @property
    def type_array(self) -> np.ndarray:
        """The records' types as a numpy array (for filtering without a Python loop)."""
        if getattr(self, "_types", None) is None:
            self._types = np.array(self.types)
        return self._types


_CHUNKS_SQL = """
    SELECT c.ref, c.kind, c.text, c.vector, r.type, r.title, r.methods, r.project
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
    methods, projects = {}, {}
    for n, (ref, kind, text, blob, rtype, title, rmethods, rproject) in enumerate(
            db.execute(_CHUNKS_SQL, [model])):
        if not refs or refs[-1] != ref:
            refs.append(ref), types.append(rtype), titles.append(title), starts.append(n)
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
    return Snapshot(generation, refs, types, titles, position, starts_arr, stops, matrix,
                    np.array(heads, dtype=bool), texts, link_from, link_to)


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
