"""Which candidates the knowledge base already holds: by meaning through the search index, else by title."""
from __future__ import annotations

import numpy as np
import sqlite_utils

from knowledge_base.embeddings import Embedder
from knowledge_base.passages import head_text
from knowledge_base.records import list_records, normalise
from knowledge_base.snapshot import load_snapshot

from .names import same_name
from .proposal import Candidate

# Measured with multilingual-e5-small on dev1: the same record under another title scores 0.96-0.99,
# other projects and methods of the same organisations at most 0.89.
DUPLICATE_COSINE = 0.94


def flag_duplicates(db: sqlite_utils.Database, candidates: list[Candidate], embedder: Embedder | None = None) -> None:
    """Set `duplicate_of` on candidates that match a live record of their type (title first, then meaning)."""
    live = list_records(db)
    for candidate in candidates:
        record = candidate.record
        twin = next((r for r in live if r["type"] == record["type"] and same_name(r["title"], record["title"])), None)
        if twin:
            candidate.duplicate_of = {"ref": twin["ref"], "title": twin["title"], "how": "zelfde titel"}
    if embedder is not None:
        _by_meaning(db, [c for c in candidates if c.duplicate_of is None], embedder)


def _by_meaning(db: sqlite_utils.Database, candidates: list[Candidate], embedder: Embedder) -> None:
    snap = load_snapshot(db, embedder.name, embedder.dimension)
    if not snap.refs or not candidates:
        return
    heads = snap.starts
    vectors = embedder.encode_passages([head_text(normalise(c.record)) for c in candidates])
    scores = vectors @ snap.matrix[heads].T
    types = np.array(snap.types)
    for candidate, row in zip(candidates, scores):
        row = np.where(types == candidate.record["type"], row, -1.0)
        best = int(np.argmax(row))
        if row[best] >= DUPLICATE_COSINE:
            candidate.duplicate_of = {"ref": snap.refs[best], "title": snap.titles[best],
                                      "how": f"lijkt inhoudelijk sterk op (cosinus {row[best]:.2f})"}


def assign_refs(db: sqlite_utils.Database, candidates: list[Candidate]) -> None:
    """Give candidates the next free refs of the knowledge base (P13 after P12) and relink methods."""
    taken = {r["ref"] for r in list_records(db) + list_records(db, deleted=True)}
    renamed: dict[str, str] = {}
    for candidate in candidates:
        prefix = "M" if candidate.record["type"] == "method" else "P"
        number = 1
        while f"{prefix}{number:02d}" in taken:
            number += 1
        new = f"{prefix}{number:02d}"
        taken.add(new)
        renamed[candidate.record["id"]] = new
        candidate.record["id"] = new
    for candidate in candidates:
        if candidate.record["type"] == "project":
            candidate.record["methods"] = [renamed.get(m, m) for m in candidate.record["methods"]]
