"""`proposal-builder draft`: write a checked Word draft, unattended from a tender file or from a saved tender."""
from __future__ import annotations

import time
from pathlib import Path

import click

from knowledge_base.saved_tenders import get_tender

from ..drafting import TemplateError
from ..matching import TOP_HITS
from ..pipeline import CheckedDraft, draft_tender, unattended_draft
from ..tender import TenderReadError
from ..tender.lot_choice import LotChoiceError, choose_lots, for_chosen_lots
from .common import command_embedder, open_app_db, refresh_with_bar, settings


def _print_goals(tender: dict) -> None:
    click.echo(f"Aanbesteding: {tender['title']}"
               + (f" (gemeente {tender['municipality']})" if tender.get("municipality") else "")
               + f", {len(tender['goals'])} doelen")
    if tender.get("bid_lots"):
        click.echo(f"Perceel: {' en '.join(tender['bid_lots'])} (alleen de doelen daarvan en die voor alle percelen)")
    for number, goal in enumerate(tender["goals"], start=1):
        click.echo(f"{number:3}. {goal['text']}")
        click.echo(f"     bewijs: {', '.join(goal['evidence']) or 'geen (wordt een in te vullen plek)'}")


def _print_checks(checked: CheckedDraft) -> None:
    report, limit = checked.report, checked.request.page_limit
    click.echo("Controles:")
    click.echo(f"  cijfers niet herleidbaar tot de kennisbank: {len(report.untraced)}")
    for item in report.untraced:
        click.echo(f"    - {item.number} in “{item.context}”")
    click.echo(f"  doelen zonder eigen paragraaf: {len(report.missing_goals)}")
    if report.pages is not None:
        how = "geschat" if report.pages_estimated else "LibreOffice"
        click.echo(f"  omvang: {report.pages} pagina's ({how})" + (f", maximaal {limit}" if limit else ""))
        for title, (pages, budget) in report.chapter_pages.items():
            click.echo(f"    {title}: {pages} van maximaal {budget} pagina's")
    else:
        click.echo("  omvang: geen paginalimiet in de uitvraag gevonden")
    click.echo(f"  nog in te vullen door de directie: {report.placeholders} plekken")
    for place in report.places:
        click.echo(f"    - {place.chapter}: {place.what} — {place.where}")
    click.echo("  in orde" if report.ok else f"  {len(report.warnings)} waarschuwing(en):")
    for warning in report.warnings:
        click.echo(f"    ! {warning}")
    for notice in checked.notices:
        if notice not in report.warnings:
            click.echo(f"  melding: {notice}")


@click.command(help="Maak een gecontroleerd conceptvoorstel (.docx): zonder tussenkomst uit een uitvraag "
                    "(TENDER_FILE: .docx, .pdf of .txt), of met --tender ID uit een opgeslagen "
                    "aanbesteding met het bewijs dat de directeur koos.")
@click.argument("tender_file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--tender", "tender_id", type=int, help="Id van een opgeslagen aanbesteding.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Het Word-bestand dat wordt geschreven.")
@click.option("--top", default=TOP_HITS, show_default=True,
              help="Treffers per doel waaruit het sterkste bewijs wordt gekozen (zonder --tender).")
@click.option("--perceel", "lots", multiple=True, metavar="PERCEEL",
              help="Schrijf alleen in op dit perceel (nummer, letter of naam, bijv. 2 of 'perceel 2'); herhaalbaar. "
                   "Zonder: de keuze die in de browser is opgeslagen, anders alle percelen.")
def draft(tender_file: Path | None, tender_id: int | None, out: Path, top: int, lots: tuple[str, ...]) -> None:
    """Write the draft for TENDER_FILE or a saved tender to OUT and print the checks."""
    if (tender_file is None) == (tender_id is None):
        raise click.UsageError("Geef óf een uitvraag (TENDER_FILE), óf --tender ID.")
    config = settings()
    db = open_app_db(config)
    organisation, template = config.organisation, config.house_style or None
    workdir = config.tmp
    started = time.perf_counter()
    try:
        if tender_file is not None:
            embedder = command_embedder(config)
            refresh_with_bar(db, embedder)
            started = time.perf_counter()
            tender, checked = unattended_draft(db, tender_file.read_bytes(), tender_file.name, embedder,
                                               organisation, template, top, workdir=workdir, lots=list(lots))
        else:
            tender = get_tender(db, tender_id)
            if tender is None:
                raise click.ClickException(f"Er is geen aanbesteding met id {tender_id}.")
            tender = for_chosen_lots(choose_lots(tender, list(lots))) if lots else for_chosen_lots(tender)
            checked = draft_tender(db, tender, organisation, template, workdir=workdir)
    except TenderReadError as exc:
        raise click.ClickException(f"{tender_file}: {exc.message}") from exc
    except (TemplateError, LotChoiceError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.conn.close()
    out.write_bytes(checked.docx)
    for notice in tender.get("notices", []):  # e.g. goals left out over the cap
        click.echo(f"Let op: {notice}", err=True)
    _print_goals(tender)
    click.echo(f"Concept geschreven naar {out} ({len(checked.docx) // 1024} KiB) "
               f"in {time.perf_counter() - started:.1f} s.")
    _print_checks(checked)
