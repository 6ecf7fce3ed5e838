"""The request's database connection, opened on first use and closed on teardown."""
from __future__ import annotations

import sqlite_utils
from flask import Flask, current_app, g

from knowledge_base import open_db
from knowledge_base.database import BUSY_SECONDS


def get_db() -> sqlite_utils.Database:
    """The knowledge-base database for this request."""
    if "db" not in g:
        g.db = open_db(current_app.config["DATABASE"], current_app.config.get("DB_BUSY_SECONDS", BUSY_SECONDS))
    return g.db


def close_db(exc: BaseException | None = None) -> None:
    """Close the request's connection, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()


def init_app(app: Flask) -> None:
    """Register teardown and create or upgrade the schema once at start-up."""
    app.teardown_appcontext(close_db)
    open_db(app.config["DATABASE"]).conn.close()
