"""`proposal-builder tender`: read a tender file and show its goals, criteria and limits."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .. import pipeline
from ..tender import TenderAnalysis, TenderReadError
from .. import dutch
from ..tender.extraction.municipalities import display_name
from ..tender.goal_edits import capped
from ..tender.intake import format_budget, goals_left_out_notice


@click.group(help="Aanbestedingen en subsidie-uitvragen lezen.")
def tender() -> None:
    """The tender command group."""


@tender.command(help="Toon de doelen, gunningscriteria, paginalimiet en deadline van een uitvraag (.docx, .pdf of .txt).")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Geef het resultaat als JSON.")
def goals(file: Path, as_json: bool) -> None:
    """Print the goals found in FILE, as text or JSON."""
    try:
        analysis = pipeline.analyse(pipeline.read(file.read_bytes(), file.name))
    except TenderReadError as exc:
        raise click.ClickException(exc.message) from exc
    analysis.goals, left_out = capped(analysis.goals)  # as intake keeps them
    if left_out:
        click.echo(f"Let op: {goals_left_out_notice(left_out)}", err=True)
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_analysis(analysis))


def format_analysis(analysis: TenderAnalysis) -> str:
    """The analysis as readable Dutch text."""
    lines = [f"Doelen ({len(analysis.goals)}):"]
    for number, goal in enumerate(analysis.goals, start=1):
        kind = "effect" if goal.kind == "effect" else "prestatie"
        lines.append(f"{number:3}. {goal.text}")
        lines.append(f"     [{kind}] {' > '.join(goal.section) or '(geen kop)'}")
    if not analysis.goals:
        lines.append("     Geen doelen gevonden.")
    lines.append("")
    lines.append(f"Gunningscriteria ({len(analysis.criteria)}):")
    for criterion in analysis.criteria:
        limit = f", max. {criterion.page_limit} pagina's" if criterion.page_limit else ""
        lines.append(f"   - {criterion.name}: {criterion.weight or 'geen weging genoemd'}{limit}")
    lines.append("")
    lines.append(f"Paginalimiet: {analysis.page_limit or 'niet genoemd'}")
    if analysis.word_limit:
        lines.append(f"Woordlimiet: {analysis.word_limit}")
    deadline = analysis.deadline
    lines.append(f"Deadline: {deadline.date + (' ' + deadline.time if deadline.time else '') if deadline else 'niet gevonden'}")
    lines.append(f"Route: {analysis.route or 'onbekend'}")
    if analysis.budget:
        lines.append(f"Budget: {format_budget(analysis.budget)}")
    if analysis.target_groups:
        lines.append(f"Doelgroepen: {', '.join(analysis.target_groups)}")
    return "\n".join(lines + _more_facts(analysis))


REQUIREMENT_WORDS = {"minimum": "minimumeis", "admission": "toelatingseis", "suitability": "geschiktheidseis",
                     "wish": "wens"}


def _more_facts(analysis: TenderAnalysis) -> list[str]:
    """Municipalities, procedure, budget parts and requirements as readable lines."""
    lines = [f"Gemeente(n): {display_name(analysis.municipalities) or 'niet gevonden'}",
             f"Procedure: {analysis.procedure or 'niet gevonden'}"]
    lines += [f"   - {part['name']}: {dutch.money(part['amount'])}" for part in analysis.budget_parts]
    lines.append(f"Eisen en wensen ({len(analysis.requirements)}):")
    lines += [f"   - [{REQUIREMENT_WORDS[r.kind]}] {r.text}" for r in analysis.requirements]
    return lines
