"""Log-in hardening of issue 15 (finding 7 and the log-in parts of finding 9): lock-outs an
attacker cannot turn against the organisation, trusted proxies, look-alike names, logout
that ends a copied cookie, forced password change, `users unlock`."""
import pytest

from knowledge_base import open_db
from knowledge_base.login_throttle import ADDRESS_LIMIT, USER_LIMIT, locked_addresses, locked_until
from knowledge_base.users import UserError, create_user, get_user
from proposal_builder.cli import cli

from .conftest import PASSWORD, _make_app


def _login(client, username="medewerker", password=PASSWORD, **kwargs):
    return client.post("/inloggen", data={"username": username, "password": password}, **kwargs)


def test_random_names_from_one_address_do_not_lock_out_the_beheerder(app):
    attacker, beheerder = app.test_client(), app.test_client()
    for n in range(ADDRESS_LIMIT + 5):
        _login(attacker, f"willekeurig{n}", "fout")
    assert _login(beheerder, "beheerder").status_code in (302, 429)  # a delay of seconds at most
    with app.app_context():
        until = locked_until(open_db(app.config["DATABASE"]), "beheerder", "127.0.0.1")
    assert until is None or until - __import__("time").time() <= 30


def test_a_browser_that_logged_in_before_passes_the_account_lock(app):
    owner, attacker = app.test_client(), app.test_client()
    assert _login(owner).status_code == 302
    owner.post("/uitloggen")
    for _ in range(USER_LIMIT + 2):
        _login(attacker, password="fout")
    assert _login(attacker).status_code == 429
    assert _login(owner).status_code == 302


def test_forwarded_for_is_read_only_from_a_trusted_proxy(db_path):
    plain = _make_app(db_path).test_client()
    for n in range(ADDRESS_LIMIT + 1):
        _login(plain, f"x{n}", "fout", headers={"X-Forwarded-For": "203.0.113.9"})
    proxied = _make_app(db_path, TRUSTED_PROXIES="127.0.0.1").test_client()
    for n in range(ADDRESS_LIMIT + 1):
        _login(proxied, f"y{n}", "fout", headers={"X-Forwarded-For": "198.51.100.7, 127.0.0.1"})
    counted = {row[0] for row in open_db(db_path).execute("SELECT name FROM login_throttle WHERE kind = 'address'")}
    assert counted == {"127.0.0.1", "198.51.100.7"}


@pytest.mark.parametrize("name", ["bеheerder", "Anna Smit", "ann@", "x" * 65, "ａｎｎａ\u0301"])
def test_look_alike_and_odd_usernames_are_refused(db, name):
    with pytest.raises(UserError):
        create_user(db, name, PASSWORD, "lezer")


def test_usernames_are_normalised(db):
    create_user(db, "Anna.Smit", PASSWORD, "lezer")
    assert get_user(db, "anna.smit")["username"] == "anna.smit"
    assert get_user(db, "ＡＮＮＡ.SMIT")  # full-width letters fold under NFKC
    with pytest.raises(UserError):
        create_user(db, "ANNA.smit", PASSWORD, "lezer")


def test_logout_ends_a_copied_session_cookie(app):
    browser = app.test_client()
    _login(browser)
    copy = app.test_client()
    copy.set_cookie("session", browser.get_cookie("session").value)
    assert copy.get("/account").status_code == 200
    browser.post("/uitloggen")
    assert copy.get("/account").status_code == 302


@pytest.mark.parametrize("target", ["/kennisbank/\r\nSet-Cookie: x=1", "/\\\\evil.example", "//evil.example"])
def test_odd_next_targets_go_to_the_start_page(client, target):
    response = _login(client, query_string={"next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_an_account_that_must_change_its_password_sees_only_its_account_page(db, app):
    create_user(db, "demo", PASSWORD, "directeur", must_change_password=True)
    client = app.test_client()
    assert _login(client, "demo").headers["Location"] == "/account"
    assert client.get("/kennisbank/").headers["Location"] == "/account"
    client.post("/account", data={"current": PASSWORD, "password": "nieuw-wachtwoord-9",
                                  "confirm": "nieuw-wachtwoord-9"})
    assert client.get("/kennisbank/").status_code == 200


def test_users_unlock_command(runner, db_path):
    db = open_db(db_path)
    from knowledge_base.login_throttle import record_failure
    for n in range(USER_LIMIT):
        record_failure(db, "lezer", "10.1.1.1")
    for n in range(ADDRESS_LIMIT):
        record_failure(db, f"z{n}", "10.1.1.2")
    assert runner.invoke(cli, ["users", "unlock"]).exit_code != 0
    result = runner.invoke(cli, ["users", "unlock", "lezer"])
    assert result.exit_code == 0, result.output
    assert locked_until(db, "lezer", None) is None and not locked_addresses(db)
    for n in range(USER_LIMIT):
        record_failure(db, "directeur", None)
    assert runner.invoke(cli, ["users", "unlock", "--all"]).exit_code == 0
    assert locked_until(db, "directeur", None) is None


def test_beheer_unlock_all_lifts_address_delays(app, db):
    from knowledge_base.login_throttle import record_failure
    for n in range(ADDRESS_LIMIT):
        record_failure(db, f"z{n}", "10.1.1.3")
    client = app.test_client()
    _login(client, "beheerder")
    assert "10.1.1.3" in client.get("/beheer").get_data(as_text=True)
    assert client.post("/beheer/ontgrendelen").status_code == 302
    assert not locked_addresses(db)


def test_demo_accounts_must_choose_their_own_password(tmp_path):
    from proposal_builder.cli.run import ensure_demo_accounts

    db = open_db(tmp_path / "demo.sqlite")
    accounts, _ = ensure_demo_accounts(db, str(tmp_path))
    assert accounts and all(get_user(db, name)["must_change_password"] for name in accounts)


def test_start_lists_only_demo_accounts_still_on_the_shared_password(tmp_path):
    from knowledge_base.users import change_own_password
    from proposal_builder.cli.run import ensure_demo_accounts

    db = open_db(tmp_path / "demo.sqlite")
    _, password = ensure_demo_accounts(db, str(tmp_path))
    change_own_password(db, get_user(db, "directeur")["id"], password, "een-eigen-wachtwoord-2026")
    accounts, again = ensure_demo_accounts(db, str(tmp_path))
    assert again == password and set(accounts) == {"medewerker", "beheerder"}
    for name in accounts:
        change_own_password(db, get_user(db, name)["id"], password, "een-eigen-wachtwoord-2026")
    assert ensure_demo_accounts(db, str(tmp_path)) is None
