"""`proposal-builder match` and `proposal-builder index`: semantic search for scripting and measurement."""
from __future__ import annotations

import json

import click

from knowledge_base.index import clear_index, index_status

from .. import pipeline
from ..tender import Goal
from .common import command_embedder, open_app_db, refresh_with_bar, settings


def _goals(goals: tuple[str, ...], goals_file) -> list[str]:
    lines = [line.strip() for line in goals_file] if goals_file else []
    found = [g.strip() for g in goals if g.strip()] + [line for line in lines if line]
    if not found:
        raise click.UsageError("Geef minstens één doel met --goal TEKST of --goals-file BESTAND.")
    return found


def _print_table(results: list[dict]) -> None:
    for item in results:
        click.echo(f"\n{item['goal']}")
        for match in item["matches"]:
            click.echo(f"  {match['strength']:8}  {match['ref']:8} {match['type']:8} {match['title']}")
            click.echo(f"          {match['why']}")


@click.command("match", help="Zoek per doel de best passende records uit de kennisbank.")
@click.option("--goal", "goals", multiple=True, metavar="TEKST", help="Een doel (meermaals te geven).")
@click.option("--goals-file", type=click.File("r", encoding="utf-8"),
              help="Een tekstbestand met één doel per regel ('-' voor stdin).")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100),
              help="Aantal records per doel.")
@click.option("--json", "as_json", is_flag=True, help="Schrijf JSON: [{goal, matches: [...]}].")
def match(goals: tuple[str, ...], goals_file, top: int, as_json: bool) -> None:
    """Print the best matching records for each goal, best first."""
    texts = _goals(goals, goals_file)
    config = settings()
    embedder, db = command_embedder(config), open_app_db(config)
    refresh_with_bar(db, embedder)
    results = [{"goal": goal, "matches": [
        {"ref": h.ref, "type": h.type, "title": h.title, "score": h.score, "strength": h.strength_label,
         "why": h.why}
        for h in hits]} for goal, hits in zip(texts, pipeline.match(db, [Goal(text) for text in texts], embedder, top))]
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        _print_table(results)


@click.command("index", help="Werk de zoekindex bij (alleen nieuwe en gewijzigde records).")
@click.option("--rebuild", is_flag=True, help="Gooi de index weg en bouw hem opnieuw op.")
def index(rebuild: bool) -> None:
    """Embed new and changed records with a progress bar; --rebuild embeds everything."""
    config = settings()
    embedder, db = command_embedder(config), open_app_db(config)
    if rebuild:
        clear_index(db)
    refresh_with_bar(db, embedder)
    status = index_status(db, embedder.name)
    click.echo(f"Zoekindex actueel: {status.records} records, model {embedder.name}.")
