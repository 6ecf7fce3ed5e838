"""`proposal-builder run`: serve the app on this machine, optionally with demo data."""
from __future__ import annotations

import secrets
import signal
from pathlib import Path

import click
import sqlite_utils

from knowledge_base import open_db
from knowledge_base.demo_data import load_demo
from knowledge_base.embeddings import EmbeddingModelError
from knowledge_base.index import index_status
from knowledge_base.users import count_users, create_user, get_user

from .common import open_app_db, settings

DEMO_ACCOUNTS = {"directeur": "directeur", "medewerker": "medewerker", "beheerder": "beheerder"}


def ensure_demo_accounts(db: sqlite_utils.Database, instance_path: str) -> tuple[dict, str] | None:
    """Create the demo accounts on first start; return those still on the shared start password
    (an account that chose its own is left out) and that password, or None when none is."""
    password_file = Path(instance_path) / "demo-accounts.txt"
    if count_users(db) == 0:
        password = secrets.token_urlsafe(9)
        for username, role in DEMO_ACCOUNTS.items():
            # A shared start password: each account must choose its own at first log-in.
            create_user(db, username, password, role, must_change_password=True)
        password_file.write_text(password)
        password_file.chmod(0o600)
    if not password_file.exists():
        return None
    waiting = {name: role for name, role in DEMO_ACCOUNTS.items()
               if (user := get_user(db, name)) and user["must_change_password"]}
    return (waiting, password_file.read_text().strip()) if waiting else None


def _stop_on_sigterm() -> None:
    """End the server at once on SIGTERM (systemd, docker stop), as Ctrl+C does."""
    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)


def index_in_background(app) -> None:
    """Bring the search index up to date in a background thread; the pages show its progress."""
    from ..web.embedder import configured_embedder
    from ..web.index_job import start_index_job

    try:
        embedder = configured_embedder(app)
    except EmbeddingModelError as exc:  # the pages say the same; serve anyway
        click.echo(str(exc), err=True)
        return
    db = open_db(app.config["DATABASE"])
    behind = not index_status(db, embedder.name).up_to_date
    db.conn.close()
    if behind:
        start_index_job(app.config["DATABASE"], embedder)
        click.echo("De zoekindex wordt op de achtergrond bijgewerkt; zie Zoeken > Stand van de zoekindex.")


@click.command(help="Start Proposal Builder in de browser (http://HOST:PORT).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--demo", is_flag=True, help="Vul een lege kennisbank met demodata en maak demo-accounts.")
@click.option("--threads", default=8, show_default=True, type=int)
def run(host: str, port: int, demo: bool, threads: int) -> None:
    """Serve the app with a production WSGI server at once; the index catches up in the background."""
    from waitress import serve

    from ..web import create_app

    app = create_app()
    db = open_app_db(settings())
    if demo:
        report = load_demo(db)
        if report:
            click.echo(f"Demodata geladen: {report.summary()}.")
        accounts = ensure_demo_accounts(db, app.instance_path)
        if accounts:
            names, password = accounts
            click.echo("Demo-accounts: " + ", ".join(f"{u} ({r})" for u, r in names.items())
                       + f"; wachtwoord: {password}")
    elif count_users(db) == 0:
        click.echo("Nog geen accounts: maak er een met 'proposal-builder users create NAAM'.")
    db.conn.close()
    _stop_on_sigterm()
    index_in_background(app)
    click.echo(f"Proposal Builder draait op http://{host}:{port}/  (Ctrl+C om te stoppen)")
    try:
        serve(app, host=host, port=port, threads=threads)  # waitress ends on KeyboardInterrupt itself
    except KeyboardInterrupt:
        pass
    click.echo("Proposal Builder is gestopt.")
