"""Shared fixtures: the app on a temporary SQLite file, clients, accounts, indexed knowledge bases,
a live server and a browser."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from knowledge_base import open_db
from knowledge_base.users import ROLES, create_user
from proposal_builder.web import create_app

from .search_helpers import build_indexed
from .workbench_kb import indexed_template, seed

PASSWORD = "test-wachtwoord-123"
FIXTURES = Path(__file__).parent / "fixtures"
CHECKOUT = Path(__file__).resolve().parent.parent
# Written by Python and the tools themselves, never by the app under test.
TOOL_FILES = ("__pycache__", ".pytest_cache", ".egg-info", "/build/")


def _checkout_files() -> set[str]:
    """Every file in the checkout that git does not ignore for tools (tracked or not)."""
    listed = subprocess.run(["git", "ls-files", "--others", "--cached", "--exclude-standard", "-z"],
                            cwd=CHECKOUT, capture_output=True, text=True)
    ignored = subprocess.run(["git", "ls-files", "--others", "--ignored", "--exclude-standard", "-z"],
                             cwd=CHECKOUT, capture_output=True, text=True)
    names = set(listed.stdout.split("\0")) | set(ignored.stdout.split("\0"))
    return {name for name in names if name and not any(part in "/" + name for part in TOOL_FILES)}


def pytest_configure(config):
    """Keep every instance folder (secret key, renders) out of the checkout, and note what is there."""
    os.environ["PROPOSAL_BUILDER_INSTANCE"] = tempfile.mkdtemp(prefix="pb-instance-")
    config.checkout_before = _checkout_files()


def pytest_sessionfinish(session, exitstatus):
    """Fail the run when a test wrote a file into the checkout."""
    written = sorted(_checkout_files() - session.config.checkout_before)
    if written:
        print(f"\nTests wrote into the checkout: {written}")
        session.exitstatus = 1


@pytest.fixture(scope="session")
def accounts_template(tmp_path_factory) -> Path:
    """A migrated database with one account per role (username = role), made once: hashing is slow."""
    path = tmp_path_factory.mktemp("template") / "kb.sqlite"
    database = open_db(path)
    for role in ROLES:
        create_user(database, role, PASSWORD, role)
    database.conn.close()
    return path


@pytest.fixture
def db_path(tmp_path, accounts_template) -> Path:
    """A fresh copy of the template database for this test."""
    path = tmp_path / "kb.sqlite"
    shutil.copy(accounts_template, path)
    return path


@pytest.fixture
def db(db_path):
    """An open, migrated database on a real file."""
    database = open_db(db_path)
    yield database
    database.conn.close()


def _make_app(db_path: Path, **overrides):
    config = {"TESTING": True, "DATABASE": str(db_path), "SECRET_KEY": "test-secret",
              "WTF_CSRF_ENABLED": False}
    config.update(overrides)
    return create_app(config)


@pytest.fixture
def app(db_path):
    """The real app on a temporary database, with one account per role (username = role)."""
    return _make_app(db_path)


@pytest.fixture
def csrf_app(db_path):
    """The app with CSRF protection on, as in production."""
    return _make_app(db_path, WTF_CSRF_ENABLED=True)


@pytest.fixture
def client(app):
    """A test client, not logged in."""
    return app.test_client()


class Auth:
    """Log the test client in and out as one of the per-role accounts."""

    def __init__(self, client):
        self.client = client

    def login(self, role: str = "directeur"):
        """Log in as the account named after `role`."""
        return self.client.post("/inloggen", data={"username": role, "password": PASSWORD})

    def logout(self):
        """Log out."""
        return self.client.post("/uitloggen")


@pytest.fixture
def auth(client) -> Auth:
    """Log-in helper for `client`."""
    return Auth(client)


@pytest.fixture
def director(auth):
    """The test client, logged in as the directeur."""
    auth.login("directeur")
    return auth.client


@pytest.fixture(scope="session")
def search_indexed_file(tmp_path_factory, accounts_template) -> Path:
    """The accounts plus the small search fixture, indexed once per session with the default model."""
    return build_indexed(tmp_path_factory.mktemp("search-indexed") / "kb.sqlite", accounts_template)


@pytest.fixture
def search_indexed(search_indexed_file, db_path) -> Path:
    """This test's database is a copy of the indexed search fixture."""
    shutil.copy(search_indexed_file, db_path)
    return db_path


@pytest.fixture(scope="session")
def demo_slice_template(tmp_path_factory) -> Path:
    """The slice of the demo knowledge base with its index (the real model), built once per session."""
    return indexed_template(tmp_path_factory.mktemp("demo-slice"))


@pytest.fixture
def demo_slice(db_path, demo_slice_template) -> Path:
    """This test's database holds the demo slice and its index."""
    seed(db_path, demo_slice_template)
    return db_path


@pytest.fixture
def runner(db_path, monkeypatch):
    """A click runner whose commands use the temporary database."""
    from click.testing import CliRunner

    monkeypatch.setenv("PROPOSAL_BUILDER_DB", str(db_path))
    return CliRunner()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def live_server(db_path):
    """The app with CSRF on, served by waitress on a loopback port; yields its base URL."""
    from waitress.server import create_server

    app = _make_app(db_path, WTF_CSRF_ENABLED=True)
    server = create_server(app, host="127.0.0.1", port=_free_port(), threads=4)
    stopping = threading.Event()

    def serve() -> None:  # waitress's loop in short rounds, so it can stop before its sockets close
        while not stopping.is_set():
            server.asyncore.loop(timeout=0.05, map=server._map, use_poll=server.adj.asyncore_use_poll, count=1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    stopping.set()
    thread.join(timeout=5)
    server.close()  # only now: closing under a running poll() raised EBADF in the server thread


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser page, logged in as the directeur."""
    context = browser.new_context(base_url=live_server)
    tab = context.new_page()
    tab.goto("/inloggen")
    tab.fill("input[name=username]", "directeur")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("input[type=submit], button[type=submit]")
    yield tab
    context.close()
