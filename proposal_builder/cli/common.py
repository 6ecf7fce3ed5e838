"""What every command needs: the settings, the database, the embedding model and its index; no Flask."""
from __future__ import annotations

import sys

import click
import sqlite_utils

from knowledge_base import open_db
from knowledge_base.embeddings import Embedder, EmbeddingModelError, get_embedder
from knowledge_base.index import index_status, refresh_index

from ..config import Settings, load_settings


def settings() -> Settings:
    """The configured settings (PROPOSAL_BUILDER_* variables over the defaults)."""
    return load_settings()


def open_app_db(config: Settings | None = None) -> sqlite_utils.Database:
    """The database the app uses (PROPOSAL_BUILDER_DB or the instance folder's file)."""
    return open_db((config or settings()).database)


def command_embedder(config: Settings | None = None) -> Embedder:
    """The configured embedding model; one that cannot be loaded stops the command with its Dutch message."""
    try:
        return get_embedder((config or settings()).embedding_model)
    except EmbeddingModelError as exc:
        raise click.ClickException(str(exc)) from exc


def refresh_with_bar(db: sqlite_utils.Database, embedder: Embedder) -> None:
    """Bring the search index up to date, with a progress bar on stderr when there is work."""
    status = index_status(db, embedder.name)
    if status.up_to_date:
        return
    with click.progressbar(length=max(status.pending, 1), label="Zoekindex bijwerken",
                           file=sys.stderr, show_pos=True) as bar:
        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)
        report = refresh_index(db, embedder, progress)
    click.echo(f"Zoekindex: {len(report.embedded)} records ingebed ({report.chunks} tekstdelen) "
               f"en {len(report.dropped)} verwijderd in {report.seconds:.1f} s.", err=True)
