"""The search index: chunking, incremental refresh by content hash, deletes and model changes."""
import pytest

from knowledge_base import delete_record, get_record, import_file, restore_record, save_record
from knowledge_base.index import chunk_record, index_model, index_status, refresh_index, sentences
from knowledge_base.passages import HEAD_CHARS, MAX_WINDOWS

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


def test_chunks_are_head_then_windows_of_sentences_including_inline_results(kb):
    chunks = chunk_record(get_record(kb, "SP1"))
    assert chunks[0].kind == "head"
    assert "Steunpunt Mantelzorg Zwolle" in chunks[0].text and "Doelgroep: mantelzorgers" in chunks[0].text
    window = chunks[1].text
    assert window.startswith("Informatie, advies") and window.endswith("310 personen mantelzorgers met een steungesprek")
    assert all(c.passage.startswith("Steunpunt Mantelzorg Zwolle: ") for c in chunks[1:])
    assert "310 personen mantelzorgers met een steungesprek" in chunks[0].passage
    assert not chunks[1].embed  # the head holds the whole short record: the window shares its vector


def test_the_part_of_a_long_record_beyond_the_head_gets_windows_of_its_own(kb):
    sentences_ = [f"Zin {n} gaat over mantelzorgers in wijk {n} en hun steun." for n in range(60)]
    chunks = chunk_record({**get_record(kb, "SP1"), "summary": " ".join(sentences_)})
    assert [c.embed for c in chunks[:2]] == [True, False] and all(c.embed for c in chunks[5:])
    assert len(chunks[0].passage) <= HEAD_CHARS and 1 < len(chunks) <= 1 + MAX_WINDOWS


def test_result_chunks_carry_figure_and_story(kb):
    texts = " ".join(c.text for c in chunk_record(get_record(kb, "SR2")))
    assert "3,5 punt op de belastingschaal mantelzorgers dat zich minder zwaar belast voelt" in texts
    assert "koor" in texts


def test_a_window_the_head_already_holds_shares_the_head_vector_instead_of_being_embedded(kb):
    save_record(kb, {**get_record(kb, "SM1"), "summary": "Een korte samenvatting over maatjes voor ouderen."})
    assert [c.embed for c in chunk_record(get_record(kb, "SM1"))] == [True, False]
    refresh_index(kb, FakeEmbedder())
    vectors = kb.execute("SELECT vector FROM search_chunks WHERE ref = 'SM1' ORDER BY chunk").fetchall()
    assert len(vectors) == 2 and vectors[0] == vectors[1]


def test_a_very_large_record_embeds_a_bounded_amount_of_text(kb):
    record = get_record(kb, "SP1")
    huge = {**record, "summary": "Mantelzorgers krijgen steun bij het zorgen voor hun naaste. " * 110_000}
    chunks = chunk_record(huge)
    assert len(record["summary"]) < 1000 < 6_000_000 < len(huge["summary"])
    assert len(chunks) <= 1 + MAX_WINDOWS
    assert sum(len(c.passage) for c in chunks if c.embed) < 10_000


def test_first_refresh_embeds_every_record_with_progress(kb):
    embedder, calls = FakeEmbedder(), []
    report = refresh_index(kb, embedder, progress=lambda done, total: calls.append((done, total)))
    assert sorted(report.embedded) == sorted(_chunk_refs(kb)) and len(report.embedded) == 10
    assert calls[0] == (0, 10) and calls[-1] == (10, 10)
    assert report.chunks == sum(_chunk_refs(kb).values())
    embedded = sum(c.embed for ref in report.embedded for c in chunk_record(get_record(kb, ref)))
    assert embedder.passages == embedded < report.chunks  # windows the head holds are not embedded again
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
    assert embedder.passages - before == sum(c.embed for c in chunk_record(get_record(kb, "SP3")))
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
