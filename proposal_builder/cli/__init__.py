"""The `proposal-builder` command line: the same functions as the browser, for scripting."""
from __future__ import annotations

import click

from .backup import backup, restore
from .common import open_app_db
from .draft import draft
from .kb import kb
from .match import index, match
from .propose import propose
from .run import run
from .tender import tender
from .users import users


@click.group(help="Proposal Builder: kennisbank, aanbestedingen en voorstellen.")
def cli() -> None:
    """The root command."""


for command in (run, kb, users, backup, restore, tender, draft, match, index):
    cli.add_command(command)
kb.add_command(propose)

__all__ = ["cli", "open_app_db"]
