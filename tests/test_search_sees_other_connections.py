"""A search skips the index check while nothing was committed; an edit through another connection is found."""
from knowledge_base import get_record, import_records, open_db
from knowledge_base.index import refresh_index
from knowledge_base.records import save_record
from knowledge_base.search import search

from .fake_embedder import FakeEmbedder

RECORDS = [
    {"id": "P1", "type": "project", "title": "Maatjes voor ouderen",
     "summary": "Vrijwilligers bezoeken eenzame ouderen thuis en gaan samen op pad."},
    {"id": "P2", "type": "project", "title": "Schuldhulp aan de keukentafel",
     "summary": "Vrijwilligers helpen gezinnen met hun administratie en betalingsachterstanden."},
]


def test_an_edit_saved_by_another_connection_is_found_by_the_next_search(tmp_path):
    path, embedder = tmp_path / "kb.db", FakeEmbedder()
    page = open_db(path)  # the connection a long-running page process keeps
    import_records(page, RECORDS, user="test")
    refresh_index(page, embedder)
    first = search(page, "schulden administratie", embedder)
    assert first[0].ref == "P2"
    embedded = embedder.passages

    other = open_db(path)  # another worker saves an edit
    record = get_record(other, "P2")
    save_record(other, {**record, "summary": "Taalmaatjes fietsen wekelijks met statushouders door de stad."},
                user="collega")
    other.conn.close()

    hits = search(page, "fietsen met statushouders", embedder)
    assert hits[0].ref == "P2" and "fietsen" in hits[0].why  # the new text, not the old vectors
    assert embedder.passages > embedded  # the edit was embedded on the way


def test_searches_without_commits_in_between_do_not_embed_anything(tmp_path):
    path, embedder = tmp_path / "kb.db", FakeEmbedder()
    db = open_db(path)
    import_records(db, RECORDS, user="test")
    refresh_index(db, embedder)
    search(db, "eenzame ouderen", embedder)
    embedded = embedder.passages
    for query in ("eenzame ouderen", "administratie", "vrijwilligers"):
        search(db, query, embedder)
    assert embedder.passages == embedded
