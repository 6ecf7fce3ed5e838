"""`proposal-builder users create|list`: manage accounts from the shell."""
from __future__ import annotations

import click

from knowledge_base.users import ROLES, UserError, create_user, list_users

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
