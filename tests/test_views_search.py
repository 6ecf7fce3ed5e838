"""The search pages: results with escaped highlights, roles, the header box and index progress."""

import pytest

from knowledge_base import get_record, import_records, save_record
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import index_status
from proposal_builder.web.index_job import current_job
from proposal_builder.web.views.search import highlight

from .conftest import PASSWORD, _make_app
from .search_helpers import put_huge_summary, wait_for_job

pytestmark = pytest.mark.model


def test_highlight_escapes_before_marking():
    marked = highlight("<b>Mantelzorgers</b> & respijt", "mantelzorger")
    assert str(marked) == "&lt;b&gt;<mark>Mantelzorgers</mark>&lt;/b&gt; &amp; respijt"


def test_highlight_marks_synonyms_of_the_query():
    marked = highlight("Een mantelzorger krijgt respijt.", "zorgende naasten")
    assert "<mark>mantelzorger</mark>" in str(marked)


def test_anonymous_visitors_are_sent_to_login(search_indexed, client):
    response = client.get("/zoeken?q=mantelzorg")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_lezer_gets_ranked_hits_with_links_and_marked_why(search_indexed, client, auth):
    auth.login("lezer")
    page = client.get("/zoeken?q=Zorgende+naasten+worden+ontlast").get_data(as_text=True)
    hits = page.split('<ol class="hits">', 1)[1]
    first_ref = hits.split('<span class="ref">', 1)[1].split("<", 1)[0]
    assert first_ref in {"SM1", "SP1", "SR2"}
    assert 'href="/kennisbank/SM1"' in hits and "<mark>mantelzorger" in hits.lower()
    assert "strength-strong" in hits and ">sterk<" in hits and "score" not in hits and "<meter" not in hits


def test_type_filter_shows_only_that_type(search_indexed, client, auth):
    auth.login("lezer")
    page = client.get("/zoeken?q=mantelzorgers&type=result").get_data(as_text=True)
    assert "SR2" in page and 'type-project"' not in page and 'type-method"' not in page


def test_markup_in_a_record_is_shown_as_text(search_indexed, client, auth, db):
    record = get_record(db, "SP3")
    save_record(db, {**record, "summary": "<script>alert('x')</script> Jongerenwerkers op straat."})
    auth.login("lezer")
    page = client.get("/zoeken?q=jongerenwerkers+op+straat").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_an_unrelated_query_marks_weak_hits_in_dutch(search_indexed, client, auth):
    auth.login("lezer")
    page = client.get("/zoeken?q=onderhoud+van+het+dak+van+de+brandweerkazerne").get_data(as_text=True)
    assert "Geen passende records" in page and "zwakke treffers tonen</summary>" in page
    hits = page.split('<details class="weak-hits">', 1)[1]
    assert ">zwak<" in hits and "match" not in hits and "score" not in hits


def test_stop_words_of_the_query_are_not_highlighted():
    marked = str(highlight("Eenzaamheid onder werknemers en onder ouderen.", "eenzaamheid onder ouderen"))
    assert "<mark>onder</mark>" not in marked
    assert "<mark>Eenzaamheid</mark>" in marked and "<mark>ouderen</mark>" in marked


def test_header_has_a_search_box(search_indexed, client, auth):
    auth.login("lezer")
    page = client.get("/").get_data(as_text=True)
    assert 'action="/zoeken"' in page and 'name="q"' in page


def test_lezer_may_view_but_not_start_an_index_update(search_indexed, client, auth):
    auth.login("lezer")
    page = client.get("/zoeken/index").get_data(as_text=True)
    assert "actueel" in page and "Zoekindex nu bijwerken" not in page
    assert client.post("/zoeken/index").status_code == 403


def test_a_large_backlog_is_embedded_in_the_background_with_progress(search_indexed, app, client, auth, db):
    import_records(db, [{"id": f"X{i:02d}", "type": "method", "title": f"Buurtaanpak {i}",
                         "summary": "Bewoners organiseren samen activiteiten in de wijk."}
                        for i in range(25)])
    auth.login("medewerker")
    search_page = client.get("/zoeken?q=buurtaanpak").get_data(as_text=True)
    job = current_job(app.config["DATABASE"])
    assert job is not None and "De zoekindex wordt bijgewerkt" in search_page, (job, search_page[-2000:])
    status_page = client.get("/zoeken/index").get_data(as_text=True)
    assert job.finished or ('http-equiv="refresh"' in status_page and "<progress" in status_page)
    assert wait_for_job(app.config["DATABASE"]).error == "", job
    assert index_status(db, get_embedder("").name).up_to_date
    assert 'http-equiv="refresh"' not in client.get("/zoeken/index").get_data(as_text=True)


def test_one_very_large_record_is_left_to_the_background_job(search_indexed, app, client, auth, db):
    record = get_record(db, "SP3")
    put_huge_summary(db, record)
    auth.login("lezer")
    page = client.get("/zoeken?q=jongerenwerkers+op+straat").get_data(as_text=True)
    job = current_job(app.config["DATABASE"])
    assert job is not None and "De zoekindex wordt bijgewerkt" in page and "SP3" in page
    assert wait_for_job(app.config["DATABASE"]).error == ""
    assert index_status(db, get_embedder("").name).up_to_date


def test_medewerker_starts_an_update_and_lands_on_the_progress_page(search_indexed, app, client, auth, db):
    record = get_record(db, "SM3")
    save_record(db, {**record, "title": "Taalcafé Zwolle"})
    auth.login("medewerker")
    response = client.post("/zoeken/index")
    assert response.status_code == 302 and response.headers["Location"].endswith("/zoeken/index")
    wait_for_job(app.config["DATABASE"])
    assert "Taalcafé Zwolle" in client.get("/zoeken?q=taalcafe").get_data(as_text=True)


def test_a_configured_model_that_cannot_load_is_named_and_not_replaced(search_indexed):
    client = _make_app(search_indexed, EMBEDDING_MODEL="voorbeeld-org/geen-model").test_client()
    client.post("/inloggen", data={"username": "lezer", "password": PASSWORD})
    page = client.get("/zoeken?q=mantelzorg").get_data(as_text=True)
    assert "voorbeeld-org/geen-model" in page and '<ol class="hits">' not in page
