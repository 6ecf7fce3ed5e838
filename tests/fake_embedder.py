"""A deterministic stand-in embedder for tests where the model is not the point (llm's EmbedDemo).

Each stemmed word gets a fixed pseudo-random vector; a text's vector is their normalised sum,
so texts sharing words are similar and nothing else is. It counts what it was asked to embed.
"""
from __future__ import annotations

import hashlib

import numpy as np

from knowledge_base.keywords import terms


class FakeEmbedder:
    """Bag-of-stems vectors; `passages` counts every passage embedded so far."""

    def __init__(self, name: str = "fake:bag-of-stems", dimension: int = 512):
        self.name, self.dimension = name, dimension
        self.passages = 0
        self.query_calls = 0

    def _vector(self, text: str) -> np.ndarray:
        total = np.zeros(self.dimension, dtype=np.float32)
        for term in terms(text) or ["<leeg>"]:
            seed = int.from_bytes(hashlib.sha256(term.encode()).digest()[:4], "little")
            total += np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)
        return total / max(float(np.linalg.norm(total)), 1e-9)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors for queries (one call counted)."""
        self.query_calls += 1
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dimension))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for passages (each counted)."""
        self.passages += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dimension))
