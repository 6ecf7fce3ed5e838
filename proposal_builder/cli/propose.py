"""`proposal-builder kb propose FILE`: candidate records from an annual report, project report or proposal."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from knowledge_base.embeddings import EmbeddingModelError, get_embedder
from knowledge_base.index import index_model

from ..record_proposals import DocumentReadError, Proposal, propose_document
from .common import open_app_db, settings

TYPE_LABELS = {"method": "methodiek", "project": "project"}


def _embedder(db):
    """The model the search index was built with, for duplicates by meaning; None without an index."""
    if not index_model(db):
        return None
    try:
        return get_embedder(settings().embedding_model)
    except EmbeddingModelError:
        return None  # duplicates are then found by title only


@click.command("propose", help="Stel records voor uit een jaarverslag, projectverslag of eerder voorstel "
                               "(.docx, .pdf of .txt). Er wordt niets geïmporteerd.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Druk het voorstel af als JSON (met bron en dubbelingen).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Schrijf de voorgestelde records als importbestand (JSON) voor 'kb import'.")
def propose(file: Path, as_json: bool, out: Path | None) -> None:
    """Read FILE and print the candidate records."""
    db = open_app_db()
    try:
        proposal = propose_document(file.read_bytes(), file.name, db, _embedder(db),
                                    settings().max_upload_mb * 1024 * 1024)
    except DocumentReadError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    if out:
        out.write_text(json.dumps(proposal.records(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        click.echo(f"{len(proposal.candidates)} voorgestelde records geschreven naar {out}; controleer ze en "
                   f"importeer met 'proposal-builder kb import {out}'.", err=as_json)
    if as_json:
        click.echo(json.dumps(proposal.to_dict(), ensure_ascii=False, indent=2))
    elif not out:
        _print(proposal)
    sys.exit(0)


def _print(proposal: Proposal) -> None:
    counts = {kind: sum(1 for c in proposal.candidates if c.record["type"] == kind) for kind in TYPE_LABELS}
    click.echo(f"{proposal.source}: {counts['method']} methodieken en {counts['project']} projecten voorgesteld "
               f"({proposal.kind or 'document'}{', ' + str(proposal.year) if proposal.year else ''}).")
    if proposal.skipped_chapters:
        click.echo("Overgeslagen (geen records): " + ", ".join(proposal.skipped_chapters))
    for candidate in proposal.candidates:
        record = candidate.record
        twin = candidate.duplicate_of
        flag = f"  [mogelijk dubbel: {twin['ref']} {twin['title']}]" if twin else ""
        click.echo(f"{record['id']:5} {TYPE_LABELS[record['type']]:10} {record['title']}{_details(record)}{flag}")
        for result in record.get("results", []):
            click.echo(f"        {result['value']} {result['unit']} — {result['indicator']}".replace("  ", " "))


def _details(record: dict) -> str:
    if record["type"] == "method":
        return f" — {record['evidence_level'] or 'niet erkend'}"
    parts = [record["municipality"], record["period"], ", ".join(record["partners"])]
    return " — " + "; ".join(p for p in parts if p) if any(parts) else ""
