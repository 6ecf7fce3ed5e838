"""The role matrix: every endpoint declares its role and the server enforces it for every method.

The routes are read from the app's URL map, so pages added later are checked without edits here.
"""
import pytest

from knowledge_base import import_file, open_db
from knowledge_base.users import ROLES, role_at_least
from proposal_builder.web import create_app

from .conftest import FIXTURES
from .routes import MISSING, routes, urls

PUBLIC = {"auth.login"}
# POSTs a lezer may make: they change nothing in the knowledge base, only the own session/password.
LEZER_POSTS = {"auth.logout", "auth.account"}


@pytest.fixture
def filled_app(app):
    """The app with the small fixture knowledge base, so record pages have something to show."""
    db = open_db(app.config["DATABASE"])
    import_file(db, (FIXTURES / "small_kb.json").read_bytes())
    db.conn.close()
    return app


@pytest.fixture(scope="module")
def bare_app(tmp_path_factory):
    """The app without accounts: enough to read its URL map."""
    return create_app({"TESTING": True, "SECRET_KEY": "test",
                       "DATABASE": str(tmp_path_factory.mktemp("roles") / "kb.sqlite")})


def _call(client, route, url):
    return client.open(url, method=route.method, data={})


def test_every_endpoint_declares_its_role(bare_app):
    missing = [str(r) for r in routes(bare_app) if r.required_role is MISSING]
    assert missing == [], "use @role_required(...) or @public on these views"


def test_only_the_login_page_is_public(bare_app):
    public = {r.endpoint for r in routes(bare_app) if r.required_role is None}
    assert public == PUBLIC


def test_every_required_role_exists(bare_app):
    unknown = [str(r) for r in routes(bare_app) if r.required_role not in (None, MISSING, *ROLES)]
    assert unknown == []


def test_anonymous_visitors_are_sent_to_login(filled_app):
    client = filled_app.test_client()
    wrong = []
    for route in routes(filled_app):
        if route.required_role in (None, MISSING):
            continue
        for url in urls(filled_app, route):
            response = _call(client, route, url)
            if response.status_code != 302 or "/inloggen" not in response.headers["Location"]:
                wrong.append(f"{route} {url} -> {response.status_code}")
    assert wrong == []


def test_lezer_may_only_post_to_its_own_session_and_password(bare_app):
    posts = {r.endpoint for r in routes(bare_app) if r.method != "GET" and r.required_role == "lezer"}
    assert posts <= LEZER_POSTS, "a lezer reads only; give data-changing POSTs a higher role"


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_gets_403_exactly_above_its_level(filled_app, role):
    client = filled_app.test_client()
    client.post("/inloggen", data={"username": role, "password": "test-wachtwoord-123"})
    wrong = []
    for route in routes(filled_app):
        if route.required_role in (None, MISSING) or route.endpoint == "auth.logout":
            continue
        allowed = role_at_least(role, route.required_role)
        for url in urls(filled_app, route):
            try:
                status = _call(client, route, url).status_code
            except Exception as exc:  # the app raises in TESTING mode instead of a 500 page
                status = f"{type(exc).__name__}: {exc}"
            if allowed and (status == 403 or not isinstance(status, int) or status >= 500):
                wrong.append(f"{route} {url} -> {status} (allowed)")
            elif not allowed and status != 403:
                wrong.append(f"{route} {url} -> {status} (should be 403)")
    assert wrong == []
