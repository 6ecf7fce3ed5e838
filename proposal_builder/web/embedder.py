"""The app's embedding model, loaded once per process on first use, and its index catching up.

Pages, the background index job and the `proposal-builder` commands all get the model here, so
they agree on which one is configured and say the same when it cannot be loaded.
"""
from __future__ import annotations

import sqlite_utils
from flask import Flask, current_app

from knowledge_base.embeddings import Embedder, EmbeddingModelError, get_embedder, loaded_embedder
from knowledge_base.index import IndexStatus, index_status
from knowledge_base.search import INLINE_CHARS, INLINE_REFRESH

from .index_job import IndexJob, current_job, start_index_job


def configured_embedder(app: Flask | None = None) -> Embedder:
    """The embedder for PROPOSAL_BUILDER_EMBEDDING_MODEL (empty: the bundled e5 model).

    Raises EmbeddingModelError, whose Dutch message names the model, when it cannot be loaded.
    """
    return get_embedder((app or current_app).config["EMBEDDING_MODEL"])


def page_embedder() -> tuple[Embedder | None, str]:
    """For a page: the configured embedder, or None and the Dutch reason it cannot be loaded."""
    try:
        return configured_embedder(), ""
    except EmbeddingModelError as exc:
        return None, str(exc)


def catch_up(db: sqlite_utils.Database, embedder: Embedder) -> tuple[IndexStatus, IndexJob | None]:
    """The index state and its refresh job; a backlog too large to embed in a request (in records
    or in text: one very large record) starts one."""
    status = index_status(db, embedder.name)
    database = current_app.config["DATABASE"]
    if status.pending > INLINE_REFRESH or status.pending_chars > INLINE_CHARS:
        return status, start_index_job(database, embedder)
    return status, current_job(database)


def embed_soon() -> IndexJob | None:
    """After a save: embed the change in the background, at a lower priority than pages.

    The next search then finds the index up to date instead of embedding the record inside its own
    request (a tenth of a second or more per record); meanwhile the record is found by its words.
    Only when the model is loaded already: a save never waits for a model to load.
    """
    embedder = loaded_embedder(current_app.config["EMBEDDING_MODEL"])
    if embedder is None:
        return None
    return start_index_job(current_app.config["DATABASE"], embedder)


def refresh_in_request(job: IndexJob | None) -> bool:
    """Whether a search should embed a small backlog itself: not while a background refresh runs.

    Under a busy office's saves the refresh job (at a lower priority) embeds the changes; a search
    then uses the index as it stands instead of embedding the same records inside its request.
    """
    return not (job and job.running)
