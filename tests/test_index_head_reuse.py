"""A record whose hash changed but whose head text did not keeps its stored head vector (real model)."""
import pytest

from knowledge_base import get_record, import_records, save_record
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import refresh_index

RECORDS = [
    {"id": "A", "type": "project", "title": "Maatjes voor mantelzorgers", "period": "2023",
     "summary": "Vrijwilligers nemen een dagdeel per week de zorg over, zodat de mantelzorger even vrij is."},
    {"id": "B", "type": "method", "title": "Taalcafé", "summary": "Oefenen met lezen en schrijven in de bibliotheek."},
]


class Counting:
    """The real embedder, counting the passages it is asked to embed."""

    def __init__(self):
        self.inner = get_embedder()
        self.name, self.dimension, self.passages = self.inner.name, self.inner.dimension, 0

    def encode_queries(self, texts):
        """Query vectors of the real model."""
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts):
        """Passage vectors of the real model, counted."""
        self.passages += len(texts)
        return self.inner.encode_passages(texts)


def _head(db, ref: str) -> tuple[str, bytes]:
    return db.execute("SELECT content_hash, vector FROM search_chunks WHERE ref = ? AND chunk = 0", [ref]).fetchone()


@pytest.mark.model
def test_an_edit_outside_the_head_keeps_the_vector_and_an_edit_of_the_text_embeds_anew(db):
    import_records(db, RECORDS)
    assert refresh_index(db, get_embedder()).reused == 0
    hash_before, vector_before = _head(db, "A")

    # The period and the owner are not in the head: the hash changes, the vector is kept as it was.
    save_record(db, {**get_record(db, "A"), "period": "2023-2025", "owner": "Fatima"}, user="test")
    counting = Counting()
    report = refresh_index(db, counting)
    assert report.embedded == ["A"] and report.reused == 1 and counting.passages == 0
    hash_after, vector_after = _head(db, "A")
    assert hash_after != hash_before and vector_after == vector_before
    assert db.execute("SELECT count(*) FROM search_terms WHERE search_terms MATCH '2025'").fetchone()[0] == 1

    # A new summary is a new head: embedded now, as a fresh index would embed it.
    record = get_record(db, "A")
    save_record(db, {**record, "summary": record["summary"] + " Ook in het weekend."}, user="test")
    report = refresh_index(db, counting)
    assert report.embedded == ["A"] and report.reused == 0 and counting.passages == 1
    fresh = get_embedder().encode_passages([db.execute(
        "SELECT text FROM search_chunks WHERE ref = 'A' AND chunk = 0").fetchone()[0]])[0]
    assert _head(db, "A")[1] == fresh.astype("float32").tobytes() != vector_before
