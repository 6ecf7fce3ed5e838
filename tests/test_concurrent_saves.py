"""Writers at the same moment (finding 1 of issue 15): 8 threads saving through the real Flask app
on a real SQLite file; collisions on one record get the conflict page with the input kept."""
import sqlite3
import threading

import pytest

from knowledge_base import get_record, open_db, save_record
from knowledge_base.database import DatabaseBusy, write_transaction
from knowledge_base.records import BusyError

from .conftest import PASSWORD, _make_app

WRITERS = 8
ROUNDS = 3


def _method(ref: str) -> dict:
    return {"ref": ref, "type": "method", "title": f"Methodiek {ref}", "summary": "Oud."}


def _form(ref: str, version: int, summary: str) -> dict:
    return {"ref": ref, "title": f"Methodiek {ref}", "summary": summary, "version": str(version),
            "evidence_level": "", "databank": "", "recognised_on": ""}


@pytest.fixture
def seeded(db_path):
    """The test database with one record per writer and one they all share."""
    db = open_db(db_path)
    for n in range(WRITERS):
        save_record(db, _method(f"M{n}"), user="anna")
    save_record(db, _method("SAMEN"), user="anna")
    db.conn.close()
    return db_path


def _client(app):
    client = app.test_client()
    client.post("/inloggen", data={"username": "medewerker", "password": PASSWORD})
    return client


def _writer(app, n: int, barrier: threading.Barrier, answers: list) -> None:
    """Save the writer's own record, then (at the same instant as the others) the shared one."""
    client = _client(app)
    for round_no in range(ROUNDS):
        own = client.post(f"/kennisbank/M{n}/bewerken", data=_form(f"M{n}", round_no + 1, f"Eigen {n}.{round_no}"))
        answers.append(("own", n, own.status_code, ""))
        version = get_record(open_db(app.config["DATABASE"]), "SAMEN")["version"]
        barrier.wait()
        typed = f"Gedeeld door schrijver {n} in ronde {round_no}"
        shared = client.post("/kennisbank/SAMEN/bewerken", data=_form("SAMEN", version, typed))
        answers.append(("shared", n, shared.status_code, typed if typed in shared.get_data(as_text=True) else ""))
        barrier.wait()


def test_eight_writers_at_once_get_no_server_error_and_collisions_keep_the_input(seeded):
    app = _make_app(seeded)
    barrier, answers = threading.Barrier(WRITERS), []
    threads = [threading.Thread(target=_writer, args=(app, n, barrier, answers)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(answers) == 2 * WRITERS * ROUNDS
    assert not [a for a in answers if a[2] >= 500]
    assert all(a[2] == 302 for a in answers if a[0] == "own")
    shared = [a for a in answers if a[0] == "shared"]
    assert sum(a[2] == 302 for a in shared) >= ROUNDS  # at least one per round is saved
    refused = [a for a in shared if a[2] != 302]
    assert refused and all(a[2] == 409 and a[3] for a in refused)
    db = open_db(seeded)
    assert all(get_record(db, f"M{n}")["summary"] == f"Eigen {n}.{ROUNDS - 1}" for n in range(WRITERS))


def _hold_write_lock(path):
    """A second connection that has taken the write lock and keeps it."""
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_save_that_cannot_get_the_lock_shows_the_conflict_page_with_the_input(seeded):
    app = _make_app(seeded, DB_BUSY_SECONDS=0.2)
    client = _client(app)
    other = _hold_write_lock(seeded)
    try:
        response = client.post("/kennisbank/M1/bewerken", data=_form("M1", 1, "Mijn getypte tekst"))
    finally:
        other.rollback()
        other.close()
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "de kennisbank was bezet" in page and "Mijn getypte tekst" in page
    assert client.post("/kennisbank/M1/bewerken", data=_form("M1", 1, "Mijn getypte tekst")).status_code == 302


def test_write_transaction_takes_the_lock_up_front(seeded):
    db = open_db(seeded, busy_seconds=0.1)
    other = _hold_write_lock(seeded)
    try:
        with pytest.raises(DatabaseBusy):
            with write_transaction(db):
                pass
        with pytest.raises(BusyError):
            save_record(db, _method("M1") | {"summary": "Nieuw."}, user="anna")
    finally:
        other.rollback()
        other.close()
    assert get_record(db, "M1")["summary"] == "Oud."


def test_a_busy_database_elsewhere_gives_a_dutch_503_not_a_500(seeded):
    app = _make_app(seeded, DB_BUSY_SECONDS=0.1)
    client = _client(app)
    other = _hold_write_lock(seeded)
    try:
        response = client.post("/kennisbank/M1/verwijderen")
    finally:
        other.rollback()
        other.close()
    assert response.status_code == 503
    assert "bezet" in response.get_data(as_text=True)


def _paste_tender(app, n: int, barrier: threading.Barrier, answers: list) -> None:
    client = app.test_client()
    client.post("/inloggen", data={"username": "directeur", "password": PASSWORD})
    text = f"Uitvraag {n}\n\nDoelen\n- Minder eenzaamheid onder ouderen in wijk {n}.\n- Meer mantelzorgers ondersteund."
    barrier.wait()
    answers.append(client.post("/aanbestedingen/nieuw", data={"text": text, "title": f"Uitvraag {n}"}).status_code)


def test_eight_tenders_pasted_at_once_are_all_saved(seeded):
    app = _make_app(seeded)
    barrier, answers = threading.Barrier(WRITERS), []
    threads = [threading.Thread(target=_paste_tender, args=(app, n, barrier, answers)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert answers == [302] * WRITERS
    assert open_db(seeded).execute("SELECT count(*) FROM tenders").fetchone()[0] == WRITERS


def test_a_tender_save_that_cannot_get_the_lock_shows_the_conflict_with_the_input(seeded):
    from knowledge_base.saved_tenders import get_tender, save_tender

    db = open_db(seeded)
    tender = save_tender(db, {"title": "Welzijn", "goals": [{"text": "Minder eenzaamheid."}]}, user="anna")
    app = _make_app(seeded, DB_BUSY_SECONDS=0.2)
    client = app.test_client()
    client.post("/inloggen", data={"username": "directeur", "password": PASSWORD})
    data = {"facts-title": "Mijn nieuwe titel", "facts-municipality": "Zaanstad", "facts-route": "subsidie",
            "facts-version": str(tender["version"])}
    other = _hold_write_lock(seeded)
    try:
        response = client.post(f"/aanbestedingen/{tender['id']}/gegevens", data=data)
    finally:
        other.rollback()
        other.close()
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and 'value="Mijn nieuwe titel"' in page and "database was bezet" in page
    assert get_tender(db, tender["id"])["title"] == "Welzijn"
