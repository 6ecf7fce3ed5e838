"""The search index: chunking, incremental refresh by content hash, deletes and model changes."""
import pytest

from knowledge_base import delete_record, get_record, import_file, restore_record, save_record
from knowledge_base.index import chunk_record, index_model, index_status, refresh_index, sentences

from .conftest import FIXTURES
from .fake_embedder import FakeEmbedder


@pytest.fixture
def kb(db):
    """The small search fixture imported into a fresh database."""
    import_file(db, (FIXTURES / "search_kb.json").read_bytes())
    return db


def _chunk_refs(db) -> dict[str, int]:
    rows = db.execute("SELECT ref, count(*) FROM search_chunks GROUP BY ref").fetchall()
    return dict(rows)


def test_sentences_split_on_full_stops_and_keep_short_fragments_together():
    assert sentences("Eerste zin over mantelzorg. Tweede zin, iets langer dan de eerste. Ja.") == [
        "Eerste zin over mantelzorg.", "Tweede zin, iets langer dan de eerste. Ja."]


def test_chunks_are_head_then_sentences_including_inline_results(kb):
    chunks = chunk_record(get_record(kb, "SP1"))
    assert chunks[0].kind == "head"
    assert "Steunpunt Mantelzorg Zwolle" in chunks[0].text and "Doelgroep: mantelzorgers" in chunks[0].text
    texts = [c.text for c in chunks[1:]]
    assert "310 personen mantelzorgers met een steungesprek" in texts
    assert all(c.passage.startswith("Steunpunt Mantelzorg Zwolle: ") for c in chunks[1:])


def test_result_chunks_carry_figure_and_story(kb):
    texts = [c.text for c in chunk_record(get_record(kb, "SR2"))]
    assert "3,5 punt op de belastingschaal mantelzorgers dat zich minder zwaar belast voelt" in texts
    assert any("koor" in t for t in texts)


def test_first_refresh_embeds_every_record_with_progress(kb):
    embedder, calls = FakeEmbedder(), []
    report = refresh_index(kb, embedder, progress=lambda done, total: calls.append((done, total)))
    assert sorted(report.embedded) == sorted(_chunk_refs(kb)) and len(report.embedded) == 10
    assert calls[0] == (0, 10) and calls[-1] == (10, 10)
    assert embedder.passages == report.chunks == sum(_chunk_refs(kb).values())
    assert index_status(kb, embedder.name).up_to_date


def test_second_refresh_embeds_nothing(kb):
    embedder = FakeEmbedder()
    refresh_index(kb, embedder)
    before = embedder.passages
    report = refresh_index(kb, embedder)
    assert report.embedded == [] and not report.changed and embedder.passages == before


def test_editing_one_record_re_embeds_exactly_that_record(kb):
    embedder = FakeEmbedder()
    refresh_index(kb, embedder)
    record = get_record(kb, "SP3")
    save_record(kb, {**record, "summary": record["summary"] + " Ook in de zomer."})
    assert index_status(kb, embedder.name).pending == 1
    before = embedder.passages
    report = refresh_index(kb, embedder)
    assert report.embedded == ["SP3"]
    assert embedder.passages - before == len(chunk_record(get_record(kb, "SP3")))
    stored = kb.execute("SELECT DISTINCT content_hash FROM search_chunks WHERE ref = 'SP3'").fetchall()
    assert stored == [(get_record(kb, "SP3")["content_hash"],)]


def test_deleting_drops_the_record_and_restoring_brings_it_back(kb):
    embedder = FakeEmbedder()
    refresh_index(kb, embedder)
    delete_record(kb, "SR3")
    report = refresh_index(kb, embedder)
    assert report.dropped == ["SR3"] and "SR3" not in _chunk_refs(kb)
    assert kb.execute("SELECT count(*) FROM search_terms WHERE ref = 'SR3'").fetchone()[0] == 0
    restore_record(kb, "SR3")
    assert refresh_index(kb, embedder).embedded == ["SR3"]


def test_a_model_change_re_embeds_everything(kb):
    refresh_index(kb, FakeEmbedder())
    other = FakeEmbedder(name="fake:other", dimension=32)
    assert index_status(kb, other.name).pending == 10
    report = refresh_index(kb, other)
    assert report.rebuilt and len(report.embedded) == 10
    assert index_model(kb) == "fake:other"
    assert kb.execute("SELECT DISTINCT model FROM search_chunks").fetchall() == [("fake:other",)]


def test_max_embed_leaves_a_large_backlog_but_still_drops_deleted_records(kb):
    embedder = FakeEmbedder()
    refresh_index(kb, embedder)
    for ref in ("SP2", "SP3", "SP4"):
        record = get_record(kb, ref)
        save_record(kb, {**record, "summary": record["summary"] + " Gewijzigd."})
    delete_record(kb, "SR1")
    report = refresh_index(kb, embedder, max_embed=2)
    assert report.embedded == [] and report.deferred == 3 and report.dropped == ["SR1"]
