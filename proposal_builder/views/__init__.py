"""The app's blueprints and the navigation between them."""
from flask import Flask, current_app
from flask_login import current_user

# (endpoint, Dutch label, least role that sees it); entries whose blueprint is absent are skipped.
NAV = [
    ("main.index", "Start", "lezer"),
    ("records.index", "Kennisbank", "lezer"),
    ("tenders.index", "Aanbestedingen", "directeur"),
    ("admin.users", "Beheer", "beheerder"),
    ("auth.account", "Mijn account", "lezer"),
]


def nav_items() -> list[tuple[str, str]]:
    """The menu entries the current user may see."""
    return [(endpoint, label) for endpoint, label, role in NAV
            if endpoint in current_app.view_functions and current_user.can(role)]


def register_blueprints(app: Flask) -> None:
    """Attach every blueprint to the app."""
    from . import admin, auth, main, records, search, tenders, workbench

    for module in (main, auth, admin, records, tenders, workbench, search):
        app.register_blueprint(module.bp)
    app.jinja_env.globals["nav_items"] = nav_items
