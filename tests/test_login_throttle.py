"""Login rate limiting: per username and per address, stored in SQLite, used by the log-in page."""
import logging
import time

from knowledge_base import open_db
from knowledge_base.login_throttle import (ADDRESS_LIMIT, BASE_LOCK_SECONDS, FORGET_AFTER_SECONDS,
                                           MAX_ADDRESS_DELAY, MAX_LOCK_SECONDS, USER_LIMIT,
                                           locked_addresses, locked_until, record_failure,
                                           record_success, retry_message, unlock)

from .conftest import PASSWORD

T0 = 1_800_000_000.0


def _fail(db, times, username="anna", address="10.0.0.1", now=T0):
    result = None
    for _ in range(times):
        result = record_failure(db, username, address, now=now)
    return result


def test_failures_below_the_limit_do_not_lock(db):
    assert _fail(db, USER_LIMIT - 1) is None
    assert locked_until(db, "anna", "10.0.0.1", now=T0) is None


def test_limit_locks_the_username_from_any_address(db):
    assert _fail(db, USER_LIMIT) == T0 + BASE_LOCK_SECONDS
    assert locked_until(db, "ANNA ", "192.168.1.9", now=T0 + 1) == T0 + BASE_LOCK_SECONDS


def test_lock_ends_after_its_time(db):
    _fail(db, USER_LIMIT)
    assert locked_until(db, "anna", None, now=T0 + BASE_LOCK_SECONDS - 1)
    assert locked_until(db, "anna", None, now=T0 + BASE_LOCK_SECONDS + 1) is None


def test_each_failure_after_a_lock_doubles_it_up_to_the_maximum(db):
    now = T0
    lengths = []
    for _ in range(USER_LIMIT + 8):
        until = record_failure(db, "anna", None, now=now)
        if until:
            lengths.append(until - now)
            now = until + 1
    assert lengths[:3] == [BASE_LOCK_SECONDS, 2 * BASE_LOCK_SECONDS, 4 * BASE_LOCK_SECONDS]
    assert lengths[-1] == MAX_LOCK_SECONDS


def test_success_resets_the_username_count(db):
    _fail(db, USER_LIMIT - 1)
    record_success(db, "anna")
    assert _fail(db, USER_LIMIT - 1) is None


def test_failures_are_forgotten_after_a_quiet_spell(db):
    _fail(db, USER_LIMIT - 1)
    assert _fail(db, 1, now=T0 + FORGET_AFTER_SECONDS + 1) is None


def test_guessing_random_names_from_one_address_only_delays_it_never_locks_it(db):
    for i in range(ADDRESS_LIMIT + 200):  # the attack of issue 15: many random names, one address
        until = record_failure(db, f"naam{i}", "10.0.0.66", now=T0)
    assert until == T0 + MAX_ADDRESS_DELAY  # a bounded delay, not an hour
    assert locked_until(db, "beheerder", "10.0.0.66", now=T0 + MAX_ADDRESS_DELAY + 1) is None
    assert locked_until(db, "nieuwe-naam", "10.0.0.7", now=T0 + 1) is None


def test_a_known_device_passes_the_user_lock(db):
    _fail(db, USER_LIMIT + 3)
    assert locked_until(db, "anna", "10.0.0.1", now=T0 + 1)
    assert locked_until(db, "anna", "10.0.0.1", now=T0 + 1, known_device=True) is None


def test_unlock_lifts_the_user_and_every_address(db):
    _fail(db, USER_LIMIT)
    for i in range(ADDRESS_LIMIT):
        record_failure(db, f"x{i}", "10.0.0.9")
    assert locked_addresses(db)
    assert unlock(db, "ANNA") >= 1
    assert locked_until(db, "anna", None, now=T0 + 1) is None and not locked_addresses(db)


def test_unlock_all_lifts_every_user_lock(db):
    _fail(db, USER_LIMIT, username="anna")
    _fail(db, USER_LIMIT, username="bert")
    unlock(db)
    assert locked_until(db, "bert", None, now=T0 + 1) is None


def test_lock_holds_for_another_connection(db, db_path):
    _fail(db, USER_LIMIT)
    other_worker = open_db(db_path)
    try:
        assert locked_until(other_worker, "anna", None, now=T0 + 1)
    finally:
        other_worker.conn.close()


def test_retry_message_says_when_in_dutch():
    message = retry_message(T0 + 125, now=T0)
    assert "Probeer het opnieuw over 3 minuten" in message
    assert "(om 09:02)" in message  # 08:02 UTC, in Amsterdam time


def _login(client, password="fout-wachtwoord"):
    return client.post("/inloggen", data={"username": "medewerker", "password": password})


def test_login_page_locks_after_five_failures_even_for_the_right_password(client):
    for _ in range(USER_LIMIT - 1):
        assert _login(client).status_code == 200
    locking = _login(client)
    assert locking.status_code == 429
    assert "Te veel mislukte inlogpogingen" in locking.get_data(as_text=True)
    refused = _login(client, PASSWORD)
    assert refused.status_code == 429
    assert "Probeer het opnieuw over 1 minuut" in refused.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_login_works_again_once_the_lock_has_ended(app, client):
    with app.app_context():
        db = open_db(app.config["DATABASE"])
        _fail(db, USER_LIMIT, username="medewerker", address="127.0.0.1",
              now=time.time() - BASE_LOCK_SECONDS - 5)
        db.conn.close()
    response = _login(client, PASSWORD)
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_successful_login_resets_the_count_on_the_page(client):
    for _ in range(USER_LIMIT - 1):
        _login(client)
    assert _login(client, PASSWORD).status_code == 302
    client.post("/uitloggen")
    for _ in range(USER_LIMIT - 1):
        assert _login(client).status_code == 200


def test_failed_logins_are_logged(client, caplog):
    with caplog.at_level(logging.WARNING, logger="proposal_builder.web.views.auth"):
        _login(client)
    assert "Failed log-in for 'medewerker' from 127.0.0.1" in caplog.text


def test_unknown_username_costs_as_much_time_as_a_wrong_password(db):
    from knowledge_base.users import authenticate, create_user

    create_user(db, "anna", PASSWORD, "lezer")
    authenticate(db, "niemand", "x")  # the first call computes the stand-in hash

    def timed(username):
        started = time.perf_counter()
        assert authenticate(db, username, "fout-wachtwoord") is None
        return time.perf_counter() - started

    known, unknown = min(timed("anna") for _ in range(3)), min(timed("niemand") for _ in range(3))
    assert unknown > known / 3
