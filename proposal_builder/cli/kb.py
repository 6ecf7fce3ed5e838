"""`proposal-builder kb import|export`: move the knowledge base in and out as JSON."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from knowledge_base import ImportFormatError, export_json, import_file

from .common import open_app_db


@click.group(help="Kennisbank importeren en exporteren (JSON).")
def kb() -> None:
    """The knowledge-base command group."""


@kb.command("import", help="Importeer records uit een JSON-bestand (bijwerken op id).")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--user", default="cli", show_default=True, help="Naam in de wijzigingshistorie.")
def import_command(file: Path, user: str) -> None:
    """Import FILE and print what happened to each record."""
    db = open_app_db()
    try:
        report = import_file(db, file.read_bytes(), user=user)
    except ImportFormatError as exc:
        raise click.ClickException(f"{file}: {exc} Er is niets gewijzigd.") from exc
    for line in report.lines:
        reason = f" — {line.reason}" if line.reason else ""
        click.echo(f"{line.outcome:10} {line.type:8} {line.ref}{reason}")
    click.echo(report.summary())
    sys.exit(1 if report.count("rejected") else 0)


@kb.command("export", help="Exporteer de kennisbank naar een JSON-bestand ('-' voor stdout).")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
def export_command(file: str) -> None:
    """Write the knowledge base to FILE."""
    text = export_json(open_app_db())
    if file == "-":
        click.echo(text, nl=False)
    else:
        Path(file).write_text(text, encoding="utf-8")
        click.echo(f"Geëxporteerd naar {file}.")
