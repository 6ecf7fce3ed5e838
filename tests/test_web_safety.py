"""Sessions, cookies, CSRF on every form, the secret key and error pages of the real app."""
import re
import stat

from proposal_builder.web import create_app
from proposal_builder.config import load_config

from .conftest import PASSWORD
from .routes import routes, urls


def test_login_starts_a_fresh_session(client, auth):
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    auth.login("lezer")
    with client.session_transaction() as session:
        assert "planted" not in session
        assert "_user_id" in session


def test_session_used_from_another_browser_is_dropped(client, auth):
    auth.login("lezer")
    assert client.get("/").status_code == 200
    stolen = client.get("/", headers={"User-Agent": "Ander-apparaat/1.0"})
    assert stolen.status_code == 302 and "/inloggen" in stolen.headers["Location"]


def test_logout_is_post_only_and_ends_the_session(client, auth):
    auth.login("lezer")
    assert client.get("/uitloggen").status_code == 405
    assert client.get("/").status_code == 200
    auth.logout()
    assert client.get("/").status_code == 302


def test_session_cookie_is_httponly_and_samesite(client):
    response = client.post("/inloggen", data={"username": "lezer", "password": PASSWORD})
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_secure_cookies_setting_marks_the_cookie_secure(db_path, monkeypatch):
    monkeypatch.setenv("PROPOSAL_BUILDER_SECURE_COOKIES", "1")
    app = create_app({"TESTING": True, "DATABASE": str(db_path), "SECRET_KEY": "x"})
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    cookies = app.test_client().get("/inloggen").headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith("session="))
    assert "Secure" in session_cookie


def test_secret_key_is_generated_once_and_kept_private(tmp_path):
    first = load_config(str(tmp_path), {})["SECRET_KEY"]
    assert len(first) >= 64
    assert load_config(str(tmp_path), {})["SECRET_KEY"] == first
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600


def test_errors_show_a_dutch_page_without_a_stack_trace(db_path):
    app = create_app({"DATABASE": str(db_path), "SECRET_KEY": "x"})

    @app.route("/stuk")
    def broken():
        raise ZeroDivisionError("geheime details")

    response = app.test_client().get("/stuk")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Er ging iets mis" in body
    assert "Traceback" not in body and "geheime details" not in body


def _csrf_login(client, role):
    page = client.get("/inloggen").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    client.post("/inloggen", data={"username": role, "password": PASSWORD, "csrf_token": token})


def test_every_post_without_csrf_token_is_refused(csrf_app):
    client = csrf_app.test_client()
    _csrf_login(client, "beheerder")
    assert client.get("/").status_code == 200
    accepted = []
    for route in routes(csrf_app):
        if route.method != "POST":
            continue
        for url in urls(csrf_app, route):
            response = client.post(url, data={"title": "zonder token"})
            if response.status_code != 400:
                accepted.append(f"{route} -> {response.status_code}")
    assert accepted == []
    assert client.get("/").status_code == 200  # still logged in: nothing was done
