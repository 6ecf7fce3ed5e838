"""`proposal-builder backup|restore`: a consistent copy of the database, and putting one back."""
from __future__ import annotations

from pathlib import Path

import click

from knowledge_base.backup import BackupError, backup_to_file, restore_backup

from .common import settings


@click.command(help="Maak een reservekopie van de database (mag terwijl de app draait).")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def backup(file: Path) -> None:
    """Write a consistent copy of the database to FILE."""
    try:
        backup_to_file(settings().database, file)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Reservekopie gemaakt: {file}")


@click.command(help="Zet een reservekopie terug; de huidige database wordt eerst bewaard.")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.confirmation_option("--yes", prompt="Dit vervangt de hele huidige database. Doorgaan?",
                           help="Niet om bevestiging vragen.")
def restore(file: Path) -> None:
    """Replace the database by the backup FILE, after saving the current one beside it."""
    try:
        safety = restore_backup(file, settings().database)
    except BackupError as exc:
        raise click.ClickException(f"{exc} Er is niets teruggezet.") from exc
    if safety:
        click.echo(f"De vorige database is bewaard als {safety}")
    # Running workers keep in-memory caches (such as the search index), so a restart is safest.
    click.echo(f"Reservekopie {file} teruggezet. Draait de app? Start hem dan opnieuw.")
