"""Indexing before and after side by side: the old chunking (every sentence embedded on its own
with the title in front, after the head) against the current one, on the same records, at the
same moment, so a busy machine slows both alike.

Used by `python benchmarks/retrieval.py --compare`. Model time is proportional to tokens, so the
token counts are the load-independent figure; records per CPU-second and per second are timed.
"""
from __future__ import annotations

import time

import numpy as np

from knowledge_base.passages import _type_lines, chunk_record, sentences
from knowledge_base.records import normalise


def _measure(item: dict) -> str:
    return " ".join(p for p in (item["value"], item["unit"], item["indicator"]) if p) if item["value"] \
        else item["indicator"]


def _old_head(record: dict) -> str:
    """The head as the old index wrote it: title, whole summary, target group, themes, type fields."""
    lines = [record["title"] + ".", record["summary"],
             f"Doelgroep: {record['target_group']}." if record["target_group"] else "",
             "Thema's: " + ", ".join(record["themes"]) + "." if record["themes"] else "",
             *_type_lines(record)]
    return " ".join(line for line in lines if line)


def legacy_passages(record: dict) -> list[str]:
    """The passages the index embedded per record before (index format 1)."""
    texts = sentences(record["summary"])
    if record["type"] == "result":
        texts.append(_measure(record))
        texts += sentences(record["story"])
    for item in record["results"]:
        texts.append(_measure(item))
        texts += sentences(item["story"])
    texts = [t for t in texts if t.strip()] or [record["title"]]
    return [_old_head(record)] + [f"{record['title']}: {t}" for t in dict.fromkeys(texts)]


def current_passages(record: dict) -> list[str]:
    """The passages the index embeds per record now (windows the head holds share its vector)."""
    return [chunk.passage for chunk in chunk_record(record) if chunk.embed]


def _timed(embedder, passages: list[list[str]]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to embed the passages, 16 records per call as the index does."""
    wall, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(passages), 16):
        embedder.encode_passages([p for record in passages[start:start + 16] for p in record])
    return time.perf_counter() - wall, time.process_time() - cpu


def compare_indexing(embedder, records: list[dict]) -> None:
    """Print passages, tokens and records per second for the old and the current chunking."""
    records = [normalise({**r, "ref": r.get("ref") or r.get("id")}) for r in records]
    count = getattr(getattr(embedder, "_model", None), "token_count", None)
    embedder.encode_passages(["opwarmen"])
    for label, make in (("before (every sentence apart)", legacy_passages), ("now (head + windows)", current_passages)):
        passages = [make(r) for r in records]
        tokens = sum(count(p) for ps in passages for p in ps) if count else 0
        wall, cpu = _timed(embedder, passages)
        print(f"  {label:30} {sum(map(len, passages)):6} passages {tokens:8} tokens  "
              f"{len(records) / wall:6.1f} records/s  {len(records) / cpu:6.1f} records/CPU-s")


class RandomPassages:
    """The real model for queries, random unit vectors for passages: a large index in seconds, for
    timing searches only (the ranking is meaningless). Stored under the real model's name, so
    only in a database of its own."""

    def __init__(self, inner):
        self.inner, self.name, self.dimension = inner, inner.name, inner.dimension
        self._rng = np.random.default_rng(7)

    def encode_queries(self, texts):
        """The real query vectors."""
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts):
        """Random unit vectors, one per passage."""
        vectors = self._rng.standard_normal((len(texts), self.dimension)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
