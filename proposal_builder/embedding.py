"""The app's embedding model: the configured one, loaded once per process on first use."""
from __future__ import annotations

from flask import current_app

from knowledge_base.embeddings import Embedder, get_embedder


def app_embedder() -> Embedder:
    """The embedder for PROPOSAL_BUILDER_EMBEDDING_MODEL (empty: the bundled e5 model)."""
    return get_embedder(current_app.config["EMBEDDING_MODEL"] or None)
