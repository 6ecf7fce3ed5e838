"""Load test: concurrent users searching and opening records, against the app served by waitress.

Run: python benchmarks/load_test.py [--seconds 30] [--levels 1,5,10,20,40] [--threads 8]

Serves the real app (CSRF on, as in production) with waitress on 127.0.0.1 on a free port in a
subprocess, on a temporary database holding the demo knowledge base. Each simulated user is a
thread with its own keep-alive connection and session cookie: it logs in, then repeatedly
searches and opens one of the records found. Per concurrency level the run is bounded in time
(`--seconds`) and in requests (`--max-requests`); it prints p50/p95 latency per level and the
highest level whose p95 stays under 300 ms. Loopback only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"  # loopback only: this script never talks to another machine
DEMO = ROOT / "knowledge_base" / "demo" / "demo_kb.json"
FIXTURE = ROOT / "tests" / "fixtures" / "small_kb.json"
USERNAME, PASSWORD = "lasttest", "lasttest-wachtwoord-1"
TARGET_P95_MS = 300.0
QUERIES = ["eenzaamheid ouderen", "mantelzorg ondersteuning", "schulden", "jongerenwerk",
           "vrijwilligers", "taal", "digitale vaardigheden", "buurtbemiddeling", "gezondheid",
           "participatie werk", "armoede kinderen", "wijkgericht werken", "huisbezoek"]


def knowledge_base_items() -> list[dict]:
    """The demo knowledge base, or the small test fixture copied 16 times when it is absent."""
    if DEMO.exists():
        return json.loads(DEMO.read_text(encoding="utf-8"))
    base = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items = []
    for n in range(16):
        for item in base:
            copy = dict(item, id=f"{item['id']}x{n}")
            copy["methods"] = [f"{m}x{n}" for m in item.get("methods", [])]
            if item.get("project"):
                copy["project"] = f"{item['project']}x{n}"
            items.append(copy)
    return items


def prepare_database(path: Path, items: list[dict]) -> None:
    """Import the knowledge base and create the account the simulated users share."""
    from knowledge_base import import_records, open_db
    from knowledge_base.users import create_user

    db = open_db(path)
    report = import_records(db, items, user="loadtest")
    create_user(db, USERNAME, PASSWORD, "lezer")
    print(f"Kennisbank: {report.summary()}", flush=True)
    build_search_index(db)
    db.conn.close()


def build_search_index(db) -> None:
    """Embed every record up front, as `run` does at start, so searches measure searching."""
    try:
        from knowledge_base.embeddings import get_embedder
        from knowledge_base.index import refresh_index
    except ImportError:  # a checkout without semantic search: the record list is searched
        return
    started = time.perf_counter()
    refresh_index(db, get_embedder(None))
    print(f"Zoekindex opgebouwd in {time.perf_counter() - started:.1f} s", flush=True)


def serve(db_path: str, threads: int) -> None:
    """Serve the app on a free loopback port and print that port (runs in the subprocess)."""
    from waitress.server import create_server

    from proposal_builder.web import create_app

    app = create_app({"DATABASE": db_path, "SECRET_KEY": secrets.token_hex(32)})
    server = create_server(app, host=HOST, port=0, threads=threads)
    print(server.effective_port, flush=True)
    server.run()


class Browser:
    """One simulated user: a keep-alive connection and a session cookie."""

    def __init__(self, port: int):
        self.port = port
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str, dict]:
        """Send one request; return status, body text and headers."""
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
        except (http.client.HTTPException, OSError):
            self.conn.close()  # the server closed the kept-alive connection: open a new one
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response.status, text, dict(response.headers)

    def login(self) -> None:
        """Log in through the form, CSRF token included."""
        _, page, _ = self.request("GET", "/inloggen")
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        status, _, _ = self.request("POST", "/inloggen", {"username": USERNAME, "password": PASSWORD,
                                                         "csrf_token": token})
        if status != 302:
            raise RuntimeError(f"log-in failed with HTTP {status}")


def search_path(browser: Browser) -> str:
    """The search page: /zoeken when the search blueprint exists, else the record list."""
    status, _, _ = browser.request("GET", "/zoeken?q=test")
    return "/zoeken" if status == 200 else "/kennisbank/"


def record_links(page: str, refs: set[str]) -> list[str]:
    """Links to record pages found on a results page."""
    return sorted({f"/kennisbank/{m.group(1)}" for m in re.finditer(r'href="/kennisbank/([^"/?#]+)"', page)
                   if m.group(1) in refs})


@dataclass
class Level:
    """The measurements of one concurrency level."""

    users: int
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"search": [], "record": []})
    errors: int = 0
    elapsed: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, ok: bool) -> None:
        """Record one request."""
        with self.lock:
            self.latencies[kind].append(seconds * 1000)
            self.errors += not ok

    @property
    def all_ms(self) -> list[float]:
        """Every latency of the level, in milliseconds."""
        return self.latencies["search"] + self.latencies["record"]


def percentile(values: list[float], pct: int) -> float:
    """The pct-th percentile (inclusive method); NaN when empty."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def simulated_user(browser: Browser, path: str, refs: set[str], level: Level, start: threading.Barrier,
                   seconds: float, budget: list[int]) -> None:
    """Search and open a record until the time is up or the level's request budget is spent."""
    rng = random.Random()
    start.wait()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with level.lock:
            if budget[0] <= 0:
                return
            budget[0] -= 2
        started = time.perf_counter()
        status, page, _ = browser.request("GET", f"{path}?{urlencode({'q': rng.choice(QUERIES)})}")
        level.add("search", time.perf_counter() - started, status == 200)
        links = record_links(page, refs) or [f"/kennisbank/{rng.choice(sorted(refs))}"]
        started = time.perf_counter()
        status, _, _ = browser.request("GET", rng.choice(links))
        level.add("record", time.perf_counter() - started, status == 200)


def logged_in_browsers(port: int, users: int) -> list[Browser]:
    """`users` browsers, each logged in (before the clock starts: log-in hashing is slow on purpose)."""
    browsers = [Browser(port) for _ in range(users)]
    threads = [threading.Thread(target=b.login) for b in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return browsers


def run_level(port: int, path: str, refs: set[str], users: int, seconds: float,
              max_requests: int) -> Level:
    """Run `users` simulated users at once for at most `seconds` and `max_requests`."""
    level = Level(users)
    budget = [max_requests]
    start = threading.Barrier(users + 1)
    threads = [threading.Thread(target=simulated_user, args=(b, path, refs, level, start, seconds, budget))
               for b in logged_in_browsers(port, users)]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.monotonic()
    for thread in threads:
        thread.join()
    level.elapsed = time.monotonic() - started
    return level


def report(levels: list[Level], path: str, threads: int) -> None:
    """Print a table of the levels and the highest one under the p95 target."""
    print(f"\nZoekpagina: {path}; waitress-threads: {threads}")
    print(f"{'users':>5} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'p95 zoeken':>10} {'p95 record':>10}")
    for lv in levels:
        ms = lv.all_ms
        print(f"{lv.users:>5} {len(ms):>8} {lv.errors:>6} {len(ms) / lv.elapsed:>7.1f} "
              f"{percentile(ms, 50):>7.1f} {percentile(ms, 95):>7.1f} "
              f"{percentile(lv.latencies['search'], 95):>10.1f} {percentile(lv.latencies['record'], 95):>10.1f}")
    held = [lv.users for lv in levels if lv.all_ms and percentile(lv.all_ms, 95) < TARGET_P95_MS
            and not lv.errors]
    best = max(held, default=None)
    print(f"\nHoogste niveau met p95 < {TARGET_P95_MS:.0f} ms en zonder fouten: "
          + (f"{best} gelijktijdige gebruikers" if best else "geen"))


def start_server(db_path: Path, threads: int) -> tuple[subprocess.Popen, int]:
    """Start the server subprocess and read the port it listens on."""
    process = subprocess.Popen([sys.executable, __file__, "--serve", str(db_path), "--threads", str(threads)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    line = process.stdout.readline().strip()
    if not line.isdigit():
        process.kill()
        raise RuntimeError("the server did not start")
    return process, int(line)


def main() -> None:
    """Parse arguments; serve (in the subprocess) or run the load test (in the parent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="duration per level")
    parser.add_argument("--levels", default="1,5,10,20,40", help="concurrent users per level")
    parser.add_argument("--threads", type=int, default=8, help="waitress worker threads (as `run`)")
    parser.add_argument("--max-requests", type=int, default=20000, help="request cap per level")
    parser.add_argument("--serve", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.threads)
        return
    items = knowledge_base_items()
    refs = {str(item["id"]) for item in items}
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "load.sqlite"
        prepare_database(db_path, items)
        server, port = start_server(db_path, args.threads)
        try:
            warm = Browser(port)
            warm.login()
            path = search_path(warm)
            run_level(port, path, refs, 1, 2.0, 50)  # warm-up: first search may load a model
            levels = []
            for users in (int(n) for n in args.levels.split(",")):
                levels.append(run_level(port, path, refs, users, args.seconds, args.max_requests))
                ms = levels[-1].all_ms
                print(f"{users:>3} gebruikers: {len(ms)} verzoeken, p95 {percentile(ms, 95):.1f} ms",
                      flush=True)
            report(levels, path, args.threads)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
