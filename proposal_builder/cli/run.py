"""`proposal-builder run`: serve the app on this machine, optionally with demo data."""
from __future__ import annotations

import secrets
from pathlib import Path

import click
import sqlite_utils

from knowledge_base.demo_data import load_demo
from knowledge_base.users import create_user, count_users

from .common import command_embedder, open_app_db, refresh_with_bar, settings

DEMO_ACCOUNTS = {"directeur": "directeur", "medewerker": "medewerker", "beheerder": "beheerder"}


def ensure_demo_accounts(db: sqlite_utils.Database, instance_path: str) -> tuple[dict, str] | None:
    """Create the demo accounts on first start; return them and their password."""
    password_file = Path(instance_path) / "demo-accounts.txt"
    if count_users(db) == 0:
        password = secrets.token_urlsafe(9)
        for username, role in DEMO_ACCOUNTS.items():
            # A shared start password: each account must choose its own at first log-in.
            create_user(db, username, password, role, must_change_password=True)
        password_file.write_text(password)
        password_file.chmod(0o600)
    if password_file.exists():
        return DEMO_ACCOUNTS, password_file.read_text().strip()
    return None


@click.command(help="Start Proposal Builder in de browser (http://HOST:PORT).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--demo", is_flag=True, help="Vul een lege kennisbank met demodata en maak demo-accounts.")
@click.option("--threads", default=8, show_default=True, type=int)
def run(host: str, port: int, demo: bool, threads: int) -> None:
    """Serve the app with a production WSGI server."""
    from waitress import serve

    from ..web import create_app

    app = create_app()
    config = settings()
    db = open_app_db(config)
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
    refresh_with_bar(db, command_embedder(config))
    db.conn.close()
    click.echo(f"Proposal Builder draait op http://{host}:{port}/  (Ctrl+C om te stoppen)")
    serve(app, host=host, port=port, threads=threads)
