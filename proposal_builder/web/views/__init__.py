"""The app's blueprints and the navigation between them."""
from typing import NamedTuple

from flask import Flask, current_app, request
from flask_login import current_user


from ... import dutch


class NavEntry(NamedTuple):
    """A menu entry: where it leads, its Dutch label, the least role that sees it, and the
    blueprints whose pages count as being in it (so a workbench page marks "Aanbestedingen")."""

    endpoint: str
    label: str
    role: str
    blueprints: frozenset[str]


NAV = [
    NavEntry("main.index", "Start", "lezer", frozenset({"main"})),
    NavEntry("records.index", "Kennisbank", "lezer", frozenset({"records", "search"})),
    NavEntry("tenders.index", "Aanbestedingen", "directeur", frozenset({"tenders", "workbench"})),
    NavEntry("admin.users", "Beheer", "beheerder", frozenset({"admin"})),
    NavEntry("auth.account", "Mijn account", "lezer", frozenset({"auth"})),
]


def nav_items() -> list[tuple[str, str, bool]]:
    """The menu entries the current user may see: (endpoint, label, whether this page is in it).

    Entries whose blueprint is not installed are skipped.
    """
    return [(entry.endpoint, entry.label, request.blueprint in entry.blueprints) for entry in NAV
            if entry.endpoint in current_app.view_functions and current_user.can(entry.role)]


def register_blueprints(app: Flask) -> None:
    """Attach every blueprint to the app."""
    from . import admin, auth, main, proposals, records, search, tenders, workbench

    for module in (main, auth, admin, records, tenders, workbench, search, proposals):
        app.register_blueprint(module.bp)
    app.jinja_env.globals["nav_items"] = nav_items
    app.add_template_filter(dutch.moment, "local_time")
    app.add_template_filter(dutch.date, "dutch_date")
