"""While a background refresh runs, a search uses the index as it stands instead of embedding itself."""
from knowledge_base import get_record, import_records, open_db
from knowledge_base.index import index_status, refresh_index
from knowledge_base.records import save_record
from knowledge_base.search import search
from proposal_builder.web import embedder as web_embedder
from proposal_builder.web.embedder import refresh_in_request
from proposal_builder.web.index_job import IndexJob, _jobs

from .fake_embedder import FakeEmbedder
from .test_search_sees_other_connections import RECORDS



def _edited(path):
    db = open_db(path)
    import_records(db, RECORDS, user="test")
    embedder = FakeEmbedder()
    refresh_index(db, embedder)
    save_record(db, {**get_record(db, "P2"), "summary": "Taalmaatjes fietsen met statushouders door de stad."},
                user="collega")
    return db, embedder


def test_a_search_told_not_to_refresh_embeds_nothing_and_still_finds_the_edit_by_its_words(tmp_path):
    db, embedder = _edited(tmp_path / "kb.db")
    embedded = embedder.passages
    hits = search(db, "fietsen met statushouders", embedder, refresh=False)
    assert embedder.passages == embedded
    assert index_status(db, embedder.name).pending == 1  # left to the background job
    assert hits and hits[0].ref == "P2"


def test_a_search_allowed_to_refresh_embeds_the_edit_itself(tmp_path):
    db, embedder = _edited(tmp_path / "kb.db")
    search(db, "fietsen met statushouders", embedder)
    assert index_status(db, embedder.name).up_to_date


def test_a_request_refreshes_only_when_no_background_job_runs():
    job = IndexJob("kb.db", FakeEmbedder())
    assert refresh_in_request(None)
    assert not refresh_in_request(job)
    job.finished = True
    assert refresh_in_request(job)


def test_the_search_page_leaves_the_backlog_to_a_running_job(app, client, auth, db, monkeypatch):
    import_records(db, RECORDS, user="test")
    embedder = FakeEmbedder()
    refresh_index(db, embedder)
    save_record(db, {**get_record(db, "P2"), "summary": "Taalmaatjes fietsen met statushouders."}, user="anna")
    monkeypatch.setattr(web_embedder, "configured_embedder", lambda app=None: embedder)
    database = app.config["DATABASE"]
    monkeypatch.setitem(_jobs, database, IndexJob(database, embedder))  # running: not finished
    auth.login("lezer")
    embedded = embedder.passages
    page = client.get("/zoeken?q=fietsen+statushouders")
    assert page.status_code == 200 and "Schuldhulp aan de keukentafel" in page.get_data(as_text=True)
    assert embedder.passages == embedded
    _jobs[database].finished = True
    client.get("/zoeken?q=fietsen+statushouders")
    assert embedder.passages > embedded
