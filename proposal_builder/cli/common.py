"""What every command needs: the app's settings and its database."""
from __future__ import annotations

import sqlite_utils
from flask import Flask


def make_app() -> Flask:
    """The configured app (settings, instance folder), without serving it."""
    from .. import create_app

    return create_app()


def open_app_db(app: Flask | None = None) -> sqlite_utils.Database:
    """The database the app uses (PROPOSAL_BUILDER_DB or the instance folder's file)."""
    from knowledge_base import open_db

    app = app or make_app()
    return open_db(app.config["DATABASE"])
