"""`proposal-builder kb import|export`: move the knowledge base in and out as JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from knowledge_base import ImportFormatError, export_json
from knowledge_base.import_plan import CONFLICT_CHOICES, ImportLine, ImportReport, import_items
from knowledge_base.transfer import export_xlsx, read_import_file

from .common import open_app_db


@click.group(help="Kennisbank importeren en exporteren (JSON).")
def kb() -> None:
    """The knowledge-base command group."""


@kb.command("import", help="Importeer records uit een JSON-, Excel- (.xlsx) of CSV-bestand (bijwerken op id).")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--user", default="cli", show_default=True, help="Naam in de wijzigingshistorie.")
@click.option("--dry-run", is_flag=True, help="Laat per record zien wat er zou gebeuren; schrijf niets.")
@click.option("--on-conflict", type=click.Choice(list(CONFLICT_CHOICES)), default="update", show_default=True,
              help="Een id die al bestaat met andere inhoud: bijwerken (update), behouden (keep) "
                   "of importeren onder een nieuwe id zoals P01-2 (new).")
def import_command(file: Path, user: str, dry_run: bool, on_conflict: str) -> None:
    """Import FILE (or only show what would happen) and print the outcome per record."""
    db = open_app_db()
    try:
        items = read_import_file(file.name, file.read_bytes())
        report = import_items(db, items, user=user, on_conflict=on_conflict, dry_run=dry_run)
    except ImportFormatError as exc:
        raise click.ClickException(f"{file}: {exc} Er is niets gewijzigd.") from exc
    if dry_run:
        click.echo(f"Proefimport van {file}: er is niets gewijzigd. Bij een conflict: "
                   f"{CONFLICT_CHOICES[on_conflict]} (--on-conflict {on_conflict}).")
    _print_report(report)
    sys.exit(1 if report.count("rejected") else 0)


def _print_report(report: ImportReport) -> None:
    for line in report.lines:
        click.echo(_headline(line))
        for difference in line.differences if line.outcome in ("updated", "kept") or line.new_ref else []:
            click.echo(f"    {difference.field}: {_short(difference.stored)} → {_short(difference.imported)}")
        for warning in line.warnings:
            click.echo(f"    let op: {warning}")
    click.echo(("Zou worden: " if report.dry_run else "") + report.summary())


def _headline(line: ImportLine) -> str:
    ref = f"{line.ref} → {line.new_ref}" if line.new_ref else line.ref
    conflict = " (conflict: id bestaat met andere inhoud)" if line.conflict else ""
    reason = f" — {line.reason}" if line.reason else ""
    return f"{line.outcome:10} {line.type:8} {ref}{conflict}{reason}"


def _short(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return repr(text[:57] + "…" if len(text) > 60 else text)


@kb.command("export", help="Exporteer de kennisbank naar een JSON-bestand ('-' voor stdout) of met --xlsx naar Excel.")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--xlsx", is_flag=True, help="Schrijf een Excel-werkmap (.xlsx) met een blad per type.")
def export_command(file: str, xlsx: bool) -> None:
    """Write the knowledge base to FILE."""
    if xlsx:
        if file == "-":
            raise click.ClickException("Een Excel-werkmap kan niet naar de standaarduitvoer; geef een bestandsnaam.")
        Path(file).write_bytes(export_xlsx(open_app_db()))
    else:
        text = export_json(open_app_db())
        if file == "-":
            click.echo(text, nl=False)
            return
        Path(file).write_text(text, encoding="utf-8")
    click.echo(f"Geëxporteerd naar {file}.")
