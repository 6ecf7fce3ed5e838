"""A record saved in the browser is embedded in the background, so the next search need not do it."""
import time

import pytest

from knowledge_base import save_record
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import index_status, refresh_index
from proposal_builder.web import embedder as web_embedder
from proposal_builder.web.index_job import current_job

PROJECT = {"ref": "P01", "type": "project", "title": "Samen in de Wijk", "municipality": "Zaanstad",
           "summary": "Vrijwilligers bezoeken eenzame ouderen thuis.", "themes": ["eenzaamheid"]}
FORM = {"ref": "P01", "title": "Samen in de Wijk", "municipality": "Zaanstad", "themes": "eenzaamheid",
        "summary": "Buurtbewoners fietsen wekelijks met ouderen door de wijk.", "version": "1"}


def _finished(job, seconds=60):
    deadline = time.monotonic() + seconds
    while not job.finished and time.monotonic() < deadline:
        time.sleep(0.05)
    return job.finished


@pytest.mark.model
def test_a_saved_record_is_embedded_by_the_background_job(app, client, auth, db):
    save_record(db, PROJECT, user="anna")
    embedder = get_embedder(app.config["EMBEDDING_MODEL"])  # loaded, as after the first search
    refresh_index(db, embedder)
    auth.login("medewerker")
    response = client.post("/kennisbank/P01/bewerken", data=FORM)
    assert response.status_code == 302
    job = current_job(app.config["DATABASE"])
    assert job is not None and _finished(job) and not job.error
    assert index_status(db, embedder.name).up_to_date  # no search was needed for it


def test_a_save_never_loads_the_model_nor_starts_a_job_without_it(app, client, auth, db, monkeypatch):
    save_record(db, PROJECT, user="anna")
    monkeypatch.setattr(web_embedder, "loaded_embedder", lambda name: None)
    started = []
    monkeypatch.setattr(web_embedder, "start_index_job", lambda *args: started.append(args))
    auth.login("medewerker")
    assert client.post("/kennisbank/P01/bewerken", data=FORM).status_code == 302
    assert started == []
