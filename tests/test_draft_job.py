"""The draft made in the background: progress, then the checks; one job per draft; the download serves
the draft of the saved choices; failures become a Dutch message."""
import threading
import time
from pathlib import Path

import pytest

from knowledge_base import open_db
from knowledge_base.records import get_record, save_record
from proposal_builder.drafting import TemplateError
from proposal_builder.web.draft_job import DraftJobs, jobs_of
from proposal_builder.web.views import workbench

from .conftest import PASSWORD
from .drafting_samples import open_docx
from .workbench_kb import add_tender, app, drafts_finish  # noqa: F401 (fixtures)


@pytest.fixture
def tender(app) -> dict:
    return add_tender(Path(app.config["DATABASE"]), goals=[
        {"text": "Mantelzorgers zijn minder zwaar belast.", "evidence": ["M08", "R06"]}])


class Gate:
    """Stands in for pipeline.draft_tender: counts the drafts made and holds each until opened."""

    def __init__(self, real, fail: Exception | None = None):
        self.real, self.fail, self.calls = real, fail, []
        self.opened, self.entered = threading.Event(), threading.Event()

    def __call__(self, db, tender, *args, **kwargs):
        self.calls.append(tender["version"])
        self.entered.set()
        assert self.opened.wait(60)
        if self.fail:
            raise self.fail
        return self.real(db, tender, *args, **kwargs)


@pytest.fixture
def gate(monkeypatch):
    held = Gate(workbench.draft_tender)
    monkeypatch.setattr(workbench, "draft_tender", held)
    yield held
    held.opened.set()


def concept(client, tender: dict, query: str = "") -> str:
    return client.get(f"/aanbestedingen/{tender['id']}/concept{query}").get_data(as_text=True)


def status(client, tender: dict) -> str:
    return client.get(f"/aanbestedingen/{tender['id']}/concept/status").get_json()["state"]


def logged_in(app):
    client = app.test_client()
    client.post("/inloggen", data={"username": "directeur", "password": PASSWORD})
    return client


def test_the_concept_page_shows_progress_then_the_checks(app, director, tender, gate):
    page = concept(director, tender)
    assert "Het concept wordt gemaakt…" in page and 'id="draft-progress"' in page
    assert "/static/draft.js" in page and 'http-equiv="refresh"' in page  # the script, or without it a refresh
    assert "Paragraaf per doel" not in page and "Concept downloaden" not in page
    assert status(director, tender) in ("queued", "running")
    assert concept(director, tender).count("Het concept wordt gemaakt…") == 1
    assert gate.entered.wait(10) and len(gate.calls) == 1  # the job's thread may start after the page: wait for it
    gate.opened.set()
    assert jobs_of(app).idle(60)
    assert status(director, tender) == "done"
    page = concept(director, tender)
    assert "Paragraaf per doel" in page and "Concept downloaden (.docx)" in page
    assert "draft.js" not in page and "refresh" not in page
    assert len(gate.calls) == 1  # the page shows the draft already made


def downloads_started(app, tender: dict, count: int) -> tuple[list[threading.Thread], list]:
    """`count` directors asking for the download at once, each in a thread; their answers fill the list."""
    clients, answers = [logged_in(app) for _ in range(count)], [None] * count

    def download(n):
        answers[n] = clients[n].get(f"/aanbestedingen/{tender['id']}/concept/download")
    threads = [threading.Thread(target=download, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    return threads, answers


def test_two_downloads_at_once_wait_for_one_draft(app, tender, gate):
    threads, answers = downloads_started(app, tender, 2)
    assert all(thread.is_alive() for thread in threads)  # both wait for the draft being made
    gate.opened.set()
    for thread in threads:
        thread.join(60)
    assert len(gate.calls) == 1
    assert [a.status_code for a in answers] == [200, 200] and answers[0].data == answers[1].data
    assert answers[0].headers["Cache-Control"] == "no-store"
    assert open_docx(answers[0].data).paragraphs


def test_a_third_download_at_once_shows_the_progress_instead_of_holding_a_server_thread(app, tender, gate):
    threads, answers = downloads_started(app, tender, 2)
    assert all(thread.is_alive() for thread in threads)  # two seats: both wait
    other = logged_in(app)
    third = other.get(f"/aanbestedingen/{tender['id']}/concept/download", follow_redirects=True)
    assert all(thread.is_alive() for thread in threads)  # the third answered while the draft is made
    assert third.status_code == 200 and "Het concept wordt nog gemaakt" in third.get_data(as_text=True)
    gate.opened.set()
    for thread in threads:
        thread.join(60)
    assert [a.status_code for a in answers] == [200, 200] and len(gate.calls) == 1
    fourth = other.get(f"/aanbestedingen/{tender['id']}/concept/download")
    assert fourth.status_code == 200 and fourth.data == answers[0].data  # made: served at once


def test_a_draft_of_older_choices_is_not_served(app, director, tender):
    first = director.get(f"/aanbestedingen/{tender['id']}/concept/download")
    assert "Op Adem" in "\n".join(p.text for p in open_docx(first.data).paragraphs)
    director.post(f"/aanbestedingen/{tender['id']}/werkbank", data={
        "version": str(tender["version"]), "goals-0-goal_text": tender["goals"][0]["text"],
        "goals-0-evidence": ["M08"], "goals-0-own_text": "Wij bellen elke mantelzorger op."})
    assert status(director, tender) == "none"  # the draft made before is of other choices
    second = director.get(f"/aanbestedingen/{tender['id']}/concept/download")
    text = "\n".join(p.text for p in open_docx(second.data).paragraphs)
    assert "Wij bellen elke mantelzorger op." in text and "(R06)" not in text


def test_an_edited_record_makes_the_draft_again(app, director, tender, db):
    concept(director, tender)
    assert jobs_of(app).idle(60) and status(director, tender) == "done"
    record = get_record(db, "R06")
    save_record(db, {**record, "summary": record["summary"] + " Bijgewerkt."}, user="medewerker")
    assert status(director, tender) == "none"
    assert "Het concept wordt gemaakt…" in concept(director, tender)


def test_a_missing_house_style_gives_a_dutch_message_and_a_way_to_try_again(app, director, tender, tmp_path):
    app.config["HOUSE_STYLE"] = str(tmp_path / "weg.docx")
    concept(director, tender)
    assert jobs_of(app).idle(60)
    page = concept(director, tender)
    assert "Het concept kon niet worden gemaakt" in page and "bestaat niet" in page
    assert f"/aanbestedingen/{tender['id']}/concept?opnieuw=1" in page
    response = director.get(f"/aanbestedingen/{tender['id']}/concept/download", follow_redirects=True)
    assert "Het concept kon niet worden gemaakt" in response.get_data(as_text=True)
    assert "Het concept wordt gemaakt…" in concept(director, tender, "?opnieuw=1")  # tried again


def test_an_unexpected_failure_is_a_dutch_message_and_the_choices_stay(app, director, tender, monkeypatch):
    failing = Gate(workbench.draft_tender, fail=RuntimeError("kapot"))
    failing.opened.set()
    monkeypatch.setattr(workbench, "draft_tender", failing)
    concept(director, tender)
    assert jobs_of(app).idle(60)
    page = concept(director, tender)
    assert "Het concept kon niet worden gemaakt: er ging onverwacht iets mis (RuntimeError)" in page
    assert "Uw keuzes zijn bewaard" in page and "kapot" not in page
    db = open_db(app.config["DATABASE"])
    assert db.execute("SELECT goals FROM tenders WHERE id = ?", [tender["id"]]).fetchone()[0].count("R06") == 1
    db.conn.close()


def test_only_a_directeur_sees_the_draft_status(auth, tender):
    auth.login("medewerker")
    assert auth.client.get(f"/aanbestedingen/{tender['id']}/concept/status").status_code == 403


def finished(value):
    return lambda: value


def test_jobs_make_one_draft_per_key_and_drop_a_queued_older_one():
    jobs, hold = DraftJobs(), threading.Event()
    busy = jobs.submit(1, "a", lambda: hold.wait(10) and "draft 1")
    older = jobs.submit(2, "old", finished("old draft"))
    assert jobs.submit(1, "a", finished("other")) is busy and jobs.ahead(older) == 1
    newer = jobs.submit(2, "new", finished("new draft"))
    assert older.state == "superseded" and older.replaced_by is newer
    hold.set()
    assert DraftJobs.wait(older, 10) is newer  # a download waiting for the older one gets the newer draft
    assert jobs.idle(10)
    assert (busy.checked, newer.checked) == ("draft 1", "new draft")
    assert jobs.find(2, "old") is None and jobs.find(2, "new") is newer


def test_a_failed_job_stays_failed_until_tried_again():
    jobs = DraftJobs()

    def broken():
        raise TemplateError("De huisstijl bestaat niet.")
    failed = jobs.submit(1, "a", broken)
    assert jobs.idle(10) and (failed.state, failed.error) == ("failed", "De huisstijl bestaat niet.")
    assert jobs.submit(1, "a", finished("draft")) is failed
    again = jobs.submit(1, "a", finished("draft"), retry=True)
    assert jobs.idle(10) and again.checked == "draft"


def test_jobs_keep_finished_drafts_of_a_bounded_number_of_tenders():
    jobs = DraftJobs(keep=3)
    for tender_id in range(6):
        jobs.submit(tender_id, "k", finished(tender_id))
        assert jobs.idle(10)
    assert [tid for tid in range(6) if jobs.find(tid, "k")] == [3, 4, 5]


def test_the_concept_page_lists_each_place_left_with_where_it_is_fixed(app, director):
    subsidy = add_tender(Path(app.config["DATABASE"]), route="subsidie", budget="€ 200.000", goals=[
        {"text": "Mantelzorgers zijn minder zwaar belast.", "evidence": ["M08", "R06"]}],
        requirements=[{"text": "De aanvrager is geregistreerd in het Kwaliteitsregister Jeugd (SKJ).", "kind": "minimum"}])
    concept(director, subsidy)
    assert jobs_of(app).idle(60)
    places = concept(director, subsidy).split('<ul class="places">')[1].split("</ul>")[0]
    # what the profile lacks is fixed there once, for every draft after; a budget line in the document
    assert 'href="/kennisbank/organisatieprofiel">in het organisatieprofiel: registratie van professionals</a>' in places
    assert "<strong>Begroting</strong> — Activiteiten en materialen: bedrag:" in places
    assert "in het document zelf" in places
