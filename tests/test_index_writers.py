"""The index's writes take the write lock up front, so a save committed meanwhile makes them wait, not fail."""
from knowledge_base import get_record, import_records, open_db, save_record
from knowledge_base import index
from knowledge_base.records import BusyError
from knowledge_base.index import refresh_index

from .fake_embedder import FakeEmbedder

RECORDS = [{"id": "P1", "type": "project", "title": "Maatjes voor ouderen",
            "summary": "Vrijwilligers bezoeken eenzame ouderen thuis."}]


def test_a_save_between_reading_and_writing_the_generation_does_not_break_the_refresh(tmp_path, monkeypatch):
    path = tmp_path / "kb.db"
    db = open_db(path)
    import_records(db, RECORDS, user="test")
    real, attempts = index.index_generation, []
    other = open_db(path, busy_seconds=0.2)  # another request's connection

    def read_while_another_worker_saves(database):
        value = real(database)
        try:  # that request saves at this very moment
            record = get_record(other, "P1")
            save_record(other, {**record, "title": f"Maatjes voor ouderen {len(attempts)}"}, user="collega")
            attempts.append("saved")
        except BusyError:
            attempts.append("waited")  # the refresh holds the lock: the save waits its turn (here: gives up)
        return value

    monkeypatch.setattr(index, "index_generation", read_while_another_worker_saves)
    report = refresh_index(db, FakeEmbedder())  # with a deferred transaction: "database is locked"
    assert report.embedded == ["P1"] and attempts
    other.conn.close()
