"""`proposal-builder users create|list|unlock`: manage accounts from the shell."""
from __future__ import annotations

import click

from knowledge_base import login_throttle
from knowledge_base.users import ROLES, UserError, create_user, get_user, list_users

from .common import open_app_db


@click.group(help="Gebruikers beheren.")
def users() -> None:
    """The users command group."""


@users.command("create", help="Maak een account aan (de eerste beheerder maakt u zo).")
@click.argument("username")
@click.option("--role", type=click.Choice(list(ROLES)), default="beheerder", show_default=True)
@click.password_option("--password", prompt="Wachtwoord", help="Minstens 10 tekens.")
def create_command(username: str, role: str, password: str) -> None:
    """Create USERNAME with a role."""
    try:
        create_user(open_app_db(), username, password, role)
    except UserError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Account '{username}' aangemaakt met rol {ROLES[role]}.")


@users.command("list", help="Toon alle accounts.")
def list_command() -> None:
    """Print every account with its role."""
    for row in list_users(open_app_db()):
        state = "" if row["active"] else " (geblokkeerd)"
        click.echo(f"{row['username']:20} {ROLES.get(row['role'], row['role'])}{state}")


@users.command("unlock", help="Hef inlogvergrendelingen op: van account NAAM en van alle adressen; --all: alles.")
@click.argument("username", required=False)
@click.option("--all", "everything", is_flag=True, help="Alle accounts en adressen ontgrendelen.")
def unlock_command(username: str | None, everything: bool) -> None:
    """Lift the log-in lock of USERNAME (and every address delay), or every lock with --all."""
    if not username and not everything:
        raise click.UsageError("Geef een gebruikersnaam of --all.")
    db = open_app_db()
    if username and not get_user(db, username):
        raise click.ClickException(f"Er is geen account '{username}'.")
    lifted = login_throttle.unlock(db, None if everything else username)
    click.echo(f"{lifted} vergrendeling(en) opgeheven" + ("." if everything else f" (account '{username}' en adressen)."))
