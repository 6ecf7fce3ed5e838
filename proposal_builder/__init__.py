"""Proposal Builder: the Flask application."""
from __future__ import annotations

from flask import Flask

from .config import load_config


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the app; `test_config` overrides every other setting."""
    app = Flask(__name__, instance_relative_config=True, template_folder="../templates")
    app.config.update(load_config(app.instance_path, test_config or {}))
    from . import db, security
    from .views import register_blueprints

    db.init_app(app)
    security.init_app(app)
    register_blueprints(app)
    return app
