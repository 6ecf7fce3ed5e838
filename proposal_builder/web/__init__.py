"""The web face of Proposal Builder: the Flask app factory, its views, forms and security."""
from __future__ import annotations

from flask import Flask

from ..config import load_config, load_settings, templates_dir


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the app; `test_config` overrides every other setting."""
    settings = load_settings()
    app = Flask(__name__, instance_path=str(settings.instance), template_folder=str(templates_dir()))
    app.config.update(load_config(app.instance_path, test_config or {}, settings))
    from . import request_db, security
    from .views import register_blueprints

    request_db.init_app(app)
    security.init_app(app)
    register_blueprints(app)
    return app
