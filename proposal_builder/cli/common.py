"""What every command needs: the app's settings, its database, its embedding model and index."""
from __future__ import annotations

import sys

import click
import sqlite_utils
from flask import Flask

from knowledge_base.embeddings import Embedder, EmbeddingModelError
from knowledge_base.index import index_status, refresh_index

from ..embedding import configured_embedder


def make_app() -> Flask:
    """The configured app (settings, instance folder), without serving it."""
    from .. import create_app

    return create_app()


def open_app_db(app: Flask | None = None) -> sqlite_utils.Database:
    """The database the app uses (PROPOSAL_BUILDER_DB or the instance folder's file)."""
    from knowledge_base import open_db

    app = app or make_app()
    return open_db(app.config["DATABASE"])


def command_embedder(app: Flask) -> Embedder:
    """The configured embedding model; one that cannot be loaded stops the command with its Dutch message."""
    try:
        return configured_embedder(app)
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
