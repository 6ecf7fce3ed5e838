"""Query vectors are remembered: a goal or search asked again is not embedded again, and is the same."""
import threading

import numpy as np
import pytest

from knowledge_base.embeddings import QueryCache, get_embedder


class Counting:
    """An encoder that counts the texts it was asked to embed."""

    def __init__(self):
        self.asked: list[str] = []

    def __call__(self, texts):
        self.asked += texts
        return np.array([[len(t), i + 1.0] for i, t in enumerate(texts)], dtype=np.float32).reshape(-1, 2)


def test_only_texts_not_seen_before_are_embedded_in_one_call():
    cache, encode = QueryCache(), Counting()
    first = cache.encode(["eenzaamheid", "mantelzorg", "eenzaamheid"], encode)
    assert encode.asked == ["eenzaamheid", "mantelzorg"]  # a repeat within one call is embedded once
    assert np.array_equal(first[0], first[2])
    second = cache.encode(["mantelzorg", "schulden"], encode)
    assert encode.asked == ["eenzaamheid", "mantelzorg", "schulden"]
    assert np.array_equal(second[0], first[1]) and second.shape == (2, 2)


def test_the_least_recently_used_text_goes_first_when_full():
    cache, encode = QueryCache(size=2), Counting()
    cache.encode(["a"], encode)
    cache.encode(["b"], encode)
    cache.encode(["a"], encode)  # a used again: b is now the oldest
    cache.encode(["c"], encode)
    cache.encode(["a", "b"], encode)
    assert encode.asked == ["a", "b", "c", "b"]


def test_a_caller_changing_its_vectors_does_not_change_the_cache():
    cache, encode = QueryCache(), Counting()
    vectors = cache.encode(["jongeren"], encode)
    vectors[:] = 0
    assert cache.encode(["jongeren"], encode)[0].any()


def test_no_texts_gives_an_empty_array_of_the_encoders_shape():
    assert QueryCache().encode([], lambda texts: np.zeros((0, 384), dtype=np.float32)).shape == (0, 384)


def test_threads_asking_at_once_all_get_their_own_text_back():
    cache, encode = QueryCache(size=8), Counting()
    texts = [f"doel {n}" * (n + 1) for n in range(40)]
    wrong = []

    def ask(n):
        for _ in range(20):
            if cache.encode([texts[n]], encode)[0][0] != len(texts[n]):
                wrong.append(n)
    threads = [threading.Thread(target=ask, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong


@pytest.mark.model
def test_the_bundled_model_gives_the_same_vector_from_the_cache():
    embedder = get_embedder("")
    text = "Inwoners met geldzorgen vinden sneller hulp in de wijk."
    first = embedder.encode_queries([text])
    assert np.allclose(embedder.encode_queries([text, "iets anders"])[0], first[0])
