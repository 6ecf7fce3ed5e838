"""Walk the app's URL map, so role, CSRF and XSS tests cover every page, also ones added later."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from flask import Flask, url_for
from werkzeug.routing import IntegerConverter

MISSING = object()  # a view without `required_role`: neither role_required nor public


@dataclass(frozen=True)
class Route:
    """One URL rule with one of its methods."""

    endpoint: str
    rule: str
    method: str
    arguments: tuple[str, ...]
    int_arguments: frozenset[str]
    required_role: object

    def __str__(self) -> str:
        return f"{self.method} {self.rule} ({self.endpoint})"


def routes(app: Flask) -> list[Route]:
    """Every (rule, method) of the app except static files, GETs first."""
    found = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        role = getattr(app.view_functions[rule.endpoint], "required_role", MISSING)
        ints = frozenset(name for name, conv in rule._converters.items()
                         if isinstance(conv, IntegerConverter))
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}, key=lambda m: m != "GET"):
            found.append(Route(rule.endpoint, rule.rule, method, tuple(sorted(rule.arguments)),
                               ints, role))
    return found


def urls(app: Flask, route: Route, strings=("P01",), number: int = 1) -> list[str]:
    """URLs for a route: every combination of `strings` for its text arguments, `number` for ints."""
    text_args = [a for a in route.arguments if a not in route.int_arguments]
    with app.test_request_context():
        return [url_for(route.endpoint, **{a: number for a in route.int_arguments},
                        **dict(zip(text_args, combo)))
                for combo in product(strings, repeat=len(text_args))]
