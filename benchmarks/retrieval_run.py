"""How soon `proposal-builder run --demo` answers on an empty database, and how soon SIGTERM stops it.

Usage:
    python benchmarks/retrieval_run.py [--no-demo]

Starts the command in a temporary instance folder, polls the log-in page until it answers,
waits until the background index job has taken the demo records in (by the database's search
state), then sends SIGTERM and times the exit. Prints, never asserts.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_answer(port: int, server: subprocess.Popen, limit: float = 300) -> float:
    """Seconds until the log-in page answers 200."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/inloggen", timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except OSError:
            time.sleep(0.1)
    return float("nan")


def indexed_after(database: Path, started: float, limit: float = 600) -> float:
    """Seconds (from `started`) until the search index holds a vector for every live record."""
    query = """SELECT (SELECT count(*) FROM records WHERE deleted_at IS NULL),
                      (SELECT count(DISTINCT ref) FROM search_chunks)"""
    while time.perf_counter() - started < limit:
        try:
            with sqlite3.connect(database, timeout=1) as conn:
                records, indexed = conn.execute(query).fetchone()
            if records and indexed >= records:
                return time.perf_counter() - started
        except sqlite3.Error:
            pass
        time.sleep(0.5)
    return float("nan")


def stop_time(server: subprocess.Popen) -> float:
    """Seconds from SIGTERM until the process has exited."""
    started = time.perf_counter()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        return float("inf")
    return time.perf_counter() - started


def main() -> None:
    """Run the command once and print the three figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-demo", action="store_true", help="without --demo (nothing to index)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pb-run-"))
    env = {**os.environ, "PROPOSAL_BUILDER_INSTANCE": str(folder), "PROPOSAL_BUILDER_DB": str(folder / "kb.sqlite")}
    port = _free_port()
    command = [sys.executable, "-c", "from proposal_builder.cli import cli; cli()", "run", "--port", str(port)]
    started = time.perf_counter()
    server = subprocess.Popen(command + ([] if args.no_demo else ["--demo"]), cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    answer = first_answer(port, server)
    indexed = indexed_after(folder / "kb.sqlite", started) if not args.no_demo else 0.0
    print(f"first answer after {answer:.1f} s; index complete after {indexed:.1f} s; "
          f"stopped {stop_time(server):.2f} s after SIGTERM (exit code {server.returncode})")


if __name__ == "__main__":
    main()
