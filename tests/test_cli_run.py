"""`proposal-builder run`: serves at once while the index catches up in the background; stops on SIGTERM."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from knowledge_base import open_db
from knowledge_base.index import index_status
from proposal_builder.cli import cli
import proposal_builder.cli.run  # noqa: F401 (the module, not the command of the same name)

run_module = sys.modules["proposal_builder.cli.run"]
pytestmark = pytest.mark.model


def test_run_demo_serves_before_the_index_is_built_and_indexes_in_the_background(
        runner, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("PROPOSAL_BUILDER_INSTANCE", str(tmp_path / "instance"))
    monkeypatch.setattr(run_module, "_stop_on_sigterm", lambda: None)  # leave pytest's handler alone
    started, seen = [], {}
    monkeypatch.setattr("proposal_builder.web.index_job.start_index_job",
                        lambda database, embedder: started.append((database, embedder.name)))

    def serve(app, **options):
        db = open_db(app.config["DATABASE"])
        seen["status"] = index_status(db, started[0][1])
        db.conn.close()
    monkeypatch.setattr("waitress.serve", serve)
    result = runner.invoke(cli, ["run", "--demo"])
    assert result.exit_code == 0, result.output
    assert started and started[0][0] == str(db_path)
    assert seen["status"].records > 40 and seen["status"].pending == seen["status"].records
    assert "op de achtergrond bijgewerkt" in result.output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/inloggen", timeout=5):
                return
        except OSError:
            assert server.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)


def test_sigterm_ends_the_server_cleanly(db_path, tmp_path):
    env = {**os.environ, "PROPOSAL_BUILDER_DB": str(db_path), "PROPOSAL_BUILDER_INSTANCE": str(tmp_path)}
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", "from proposal_builder.cli import cli; cli()", "run",
                               "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait_for(port, server)
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0  # killed by the signal it would be -15
        assert "Proposal Builder is gestopt." in server.stdout.read().decode()
    finally:
        if server.poll() is None:
            server.kill()
        server.stdout.close()
