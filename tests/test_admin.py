"""Account management by the beheerder, one's own password, and the backup download."""
import re
import sqlite3

import pytest

from knowledge_base import open_db
from knowledge_base.backup import check_backup
from knowledge_base.login_throttle import USER_LIMIT, locked_until, record_failure
from knowledge_base.users import UserError, get_user, set_active, set_role

from .conftest import PASSWORD

NEW_PASSWORD = "nieuw-wachtwoord-456"


def _user(app, username):
    db = open_db(app.config["DATABASE"])
    try:
        return get_user(db, username)
    finally:
        db.conn.close()


def _login(client, username, password=PASSWORD):
    return client.post("/inloggen", data={"username": username, "password": password})


@pytest.fixture
def admin(client, auth):
    """The client, logged in as the beheerder."""
    auth.login("beheerder")
    return client


def test_only_the_beheerder_manages_accounts(client, auth):
    for role in ("directeur", "medewerker", "lezer"):
        auth.login(role)
        assert client.get("/beheer").status_code == 403
        assert client.post("/beheer/nieuw", data={"username": "x"}).status_code == 403
        assert client.get("/beheer/reservekopie").status_code == 403
        auth.logout()


def test_beheerder_sees_every_account(admin):
    page = admin.get("/beheer").get_data(as_text=True)
    for username in ("beheerder", "directeur", "medewerker", "lezer"):
        assert f"<td>{username}" in page


def test_beheerder_creates_an_account_that_can_log_in(app, admin):
    response = admin.post("/beheer/nieuw", data={
        "username": "fatima", "role": "medewerker", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert _user(app, "fatima")["role"] == "medewerker"
    assert _login(app.test_client(), "fatima", NEW_PASSWORD).status_code == 302


@pytest.mark.parametrize("data, message", [
    ({"username": "bob", "password": "kort", "confirm": "kort"}, "10 tot 200 tekens"),
    ({"username": "bob", "password": NEW_PASSWORD, "confirm": "iets-anders-123"}, "niet gelijk"),
    ({"username": "Lezer", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}, "bestaat al"),
    ({"username": "bob smit", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}, "Gebruik letters"),
    ({"username": "", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}, "Vul een gebruikersnaam in"),
])
def test_bad_new_account_is_refused_with_a_dutch_message(app, admin, data, message):
    response = admin.post("/beheer/nieuw", data={"role": "lezer", **data})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert _user(app, "bob") is None and _user(app, "bob smit") is None


def test_beheerder_changes_a_role(app, admin):
    user_id = _user(app, "lezer")["id"]
    response = admin.post(f"/beheer/{user_id}/rol", data={f"u{user_id}-role": "medewerker"})
    assert response.status_code == 302
    assert _user(app, "lezer")["role"] == "medewerker"


def test_blocking_ends_the_session_and_refuses_login(app, admin):
    victim = app.test_client()
    _login(victim, "directeur")
    user_id = _user(app, "directeur")["id"]
    assert admin.post(f"/beheer/{user_id}/blokkeren").status_code == 302
    assert victim.get("/").status_code == 302
    assert _login(app.test_client(), "directeur").status_code == 200
    admin.post(f"/beheer/{user_id}/deblokkeren")
    assert _login(app.test_client(), "directeur").status_code == 302


def test_beheerder_cannot_block_their_own_account(app, admin):
    user_id = _user(app, "beheerder")["id"]
    response = admin.post(f"/beheer/{user_id}/blokkeren", follow_redirects=True)
    assert "eigen account niet blokkeren" in response.get_data(as_text=True)
    assert _user(app, "beheerder")["active"] == 1


def test_last_active_beheerder_cannot_be_demoted(app, admin):
    user_id = _user(app, "beheerder")["id"]
    response = admin.post(f"/beheer/{user_id}/rol", data={f"u{user_id}-role": "lezer"},
                          follow_redirects=True)
    assert "minstens één actieve beheerder" in response.get_data(as_text=True)
    assert _user(app, "beheerder")["role"] == "beheerder"


def test_a_second_beheerder_makes_demotion_possible(app, admin):
    second = _user(app, "directeur")["id"]
    admin.post(f"/beheer/{second}/rol", data={f"u{second}-role": "beheerder"})
    first = _user(app, "beheerder")["id"]
    admin.post(f"/beheer/{first}/rol", data={f"u{first}-role": "medewerker"})
    assert _user(app, "beheerder")["role"] == "medewerker"
    assert admin.get("/beheer").status_code == 403


def test_last_active_beheerder_rule_in_the_library(tmp_path):
    from knowledge_base.users import create_user

    db = open_db(tmp_path / "no-accounts.sqlite")
    boss = create_user(db, "baas", PASSWORD, "beheerder")
    other = create_user(db, "tweede", PASSWORD, "beheerder")
    set_active(db, other["id"], False)
    with pytest.raises(UserError, match="minstens één actieve beheerder"):
        set_active(db, boss["id"], False)
    with pytest.raises(UserError, match="minstens één actieve beheerder"):
        set_role(db, boss["id"], "directeur")
    set_role(db, other["id"], "lezer")  # a blocked beheerder may be demoted
    assert get_user(db, "baas")["role"] == "beheerder"


def test_password_reset_sets_new_password_and_ends_old_sessions(app, admin):
    victim = app.test_client()
    _login(victim, "medewerker")
    user_id = _user(app, "medewerker")["id"]
    response = admin.post(f"/beheer/{user_id}/wachtwoord",
                          data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert victim.get("/").status_code == 302
    assert _login(app.test_client(), "medewerker").status_code == 200
    assert _login(app.test_client(), "medewerker", NEW_PASSWORD).status_code == 302


def test_beheerder_unlocks_a_locked_account(app, admin):
    db = open_db(app.config["DATABASE"])
    for _ in range(USER_LIMIT):
        record_failure(db, "lezer", "10.1.1.1")
    assert "Vergrendeld tot" in admin.get("/beheer").get_data(as_text=True)
    admin.post(f"/beheer/{_user(app, 'lezer')['id']}/ontgrendelen")
    assert locked_until(db, "lezer", None) is None
    db.conn.close()


def test_unknown_account_is_404(admin):
    assert admin.post("/beheer/999/blokkeren").status_code == 404
    assert admin.get("/beheer/999/wachtwoord").status_code == 404


def test_everyone_changes_their_own_password(app, client, auth):
    auth.login("lezer")
    wrong = client.post("/account", data={"current": "fout-fout-fout", "password": NEW_PASSWORD,
                                          "confirm": NEW_PASSWORD})
    assert "huidige wachtwoord klopt niet" in wrong.get_data(as_text=True)
    right = client.post("/account", data={"current": PASSWORD, "password": NEW_PASSWORD,
                                          "confirm": NEW_PASSWORD})
    assert right.status_code == 302
    assert client.get("/account").status_code == 200  # this session stays logged in
    assert _login(app.test_client(), "lezer", NEW_PASSWORD).status_code == 302


def test_backup_download_is_an_intact_database(admin, tmp_path):
    response = admin.get("/beheer/reservekopie")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    copy = tmp_path / "download.sqlite"
    copy.write_bytes(response.data)
    check_backup(copy)
    names = [row[0] for row in sqlite3.connect(copy).execute("SELECT username FROM users")]
    assert "beheerder" in names


def _token(page: str, name: str = "csrf_token") -> str:
    return re.search(rf'name="{name}" type="hidden" value="([^"]+)"', page).group(1)


def test_account_forms_work_with_csrf_protection_on(csrf_app):
    client = csrf_app.test_client()
    login_page = client.get("/inloggen").get_data(as_text=True)
    client.post("/inloggen", data={"username": "beheerder", "password": PASSWORD,
                                   "csrf_token": _token(login_page)})
    lezer = _user(csrf_app, "lezer")["id"]
    page = client.get("/beheer").get_data(as_text=True)
    response = client.post(f"/beheer/{lezer}/rol", data={
        f"u{lezer}-role": "medewerker", f"u{lezer}-csrf_token": _token(page, f"u{lezer}-csrf_token")})
    assert response.status_code == 302
    assert client.post(f"/beheer/{lezer}/blokkeren", data={"csrf_token": _token(page)}).status_code == 302
    account = _user(csrf_app, "lezer")
    assert (account["role"], account["active"]) == ("medewerker", 0)
