"""Log-in, roles, CSRF protection, security headers and error pages."""
from __future__ import annotations

import hmac
import ipaddress
import sqlite3
from functools import wraps

from flask import Flask, abort, current_app, render_template, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from flask_login import LoginManager, UserMixin, current_user, login_required
from flask_wtf.csrf import CSRFProtect

from knowledge_base.database import DatabaseBusy, is_busy
from knowledge_base.users import ROLES, get_user_by_id, normalise_username, role_at_least

from .request_db import get_db

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Log in om deze pagina te zien."
login_manager.login_message_category = "info"
# "strong": a session used from another address or browser is dropped, not just marked stale.
login_manager.session_protection = "strong"
csrf = CSRFProtect()

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


class User(UserMixin):
    """The logged-in account."""

    def __init__(self, row: dict):
        self.id = row["id"]
        self.username = row["username"]
        self.role = row["role"]
        self.session_token = row["session_token"]
        self.must_change_password = bool(row.get("must_change_password"))

    def get_id(self) -> str:
        """The id kept in the session: account id plus its token, so a reset ends old sessions."""
        return f"{self.id}:{self.session_token}"

    @property
    def role_label(self) -> str:
        """The role's Dutch name."""
        return ROLES.get(self.role, self.role)

    def can(self, required: str) -> bool:
        """Whether this account has at least the rights of `required`."""
        return role_at_least(self.role, required)


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The account stored in the session, if it still exists, is active and the token matches."""
    user_id, _, token = session_id.partition(":")
    row = get_user_by_id(get_db(), int(user_id)) if user_id.isdigit() else None
    if row and row["active"] and token and hmac.compare_digest(token, row["session_token"]):
        return User(row)
    return None


DEVICE_COOKIE = "pb_apparaat"
DEVICE_DAYS = 180


def _device_signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="known-device")


def set_known_device(response, username: str):
    """Mark this browser as one that logged in to `username`, so its owner passes that account's lock."""
    response.set_cookie(DEVICE_COOKIE, _device_signer().dumps(normalise_username(username)),
                        max_age=DEVICE_DAYS * 86400, httponly=True, samesite="Lax",
                        secure=current_app.config.get("SESSION_COOKIE_SECURE", False))
    return response


def is_known_device(username: str) -> bool:
    """Whether this request carries a valid device cookie for `username`."""
    cookie = request.cookies.get(DEVICE_COOKIE)
    try:
        name = _device_signer().loads(cookie, max_age=DEVICE_DAYS * 86400) if cookie else None
    except BadSignature:
        return False
    return name is not None and name == normalise_username(username)


def _networks(setting: str | None) -> list:
    networks = []
    for part in (setting or "").replace(";", ",").split(","):
        try:
            networks.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError:
            continue
    return networks


def _is_proxy(address: str | None, networks: list) -> bool:
    try:
        return address is not None and any(ipaddress.ip_address(address) in net for net in networks)
    except ValueError:
        return False


def client_address() -> str | None:
    """The client's address: X-Forwarded-For is read only through the configured trusted proxies."""
    networks = _networks(current_app.config.get("TRUSTED_PROXIES"))
    address = request.remote_addr
    hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",") if hop.strip()]
    while hops and _is_proxy(address, networks):
        hop = hops.pop()
        if not _is_proxy(hop, [ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")]):
            break  # not an address at all: keep the last trustworthy one
        address = hop
    return address


def role_required(role: str):
    """Allow a view only to logged-in accounts with at least `role`; others get 403.

    The role is kept on the view as `required_role`, so tests can check every endpoint.
    """
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not current_user.can(role):
                abort(403)
            return view(*args, **kwargs)
        wrapped.required_role = role
        return wrapped
    return decorator


def public(view):
    """Mark a view as open to everyone (`required_role` None), so that is a visible choice."""
    view.required_role = None
    return view


NUL = ("Ongeldig teken in het formulier", "Het formulier bevat een ongeldig teken (NUL), zoals dat soms meekomt "
       "bij kopiëren uit een ander programma. Er is niets opgeslagen; ga terug, typ of plak de tekst opnieuw en verstuur nog eens.")


def _refuse_nul():
    """A NUL in any form field or query value is refused at the door, before a page could echo it."""
    values = [*request.args.values(), *request.form.values()] if request.method == "POST" else [*request.args.values()]
    if any("\x00" in value for value in values):
        return render_template("error.html", code=400, title=NUL[0], message=NUL[1]), 400
    return None


def _set_headers(response):
    if request.endpoint != "static":  # pages and downloads hold client data: never kept in a cache
        response.headers["Cache-Control"] = "no-store"
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _error_page(code: int, title: str, message: str):
    def handler(error):
        return render_template("error.html", code=code, title=title, message=message), code
    return handler


ERRORS = {
    400: ("Ongeldig verzoek", "Het formulier was verlopen of onvolledig. Laad de pagina opnieuw en probeer het nog eens."),
    403: ("Geen toegang", "Uw rol geeft geen toegang tot deze pagina of handeling."),
    404: ("Niet gevonden", "Deze pagina of dit record bestaat niet (meer)."),
    413: ("Bestand te groot", "Het bestand is groter dan de toegestane limiet. Kies een kleiner bestand."),
    500: ("Er ging iets mis", "Er is een onverwachte fout opgetreden. Er is niets opgeslagen van de laatste handeling; probeer het opnieuw."),
}


BUSY = ("De kennisbank is bezet", "Op dit moment slaan anderen iets op. Er is niets gewijzigd; "
        "ga terug en probeer het over een paar tellen opnieuw.")


def _busy_page(error):
    """A write that waited too long for other writers: 503 with a Dutch page, not a 500."""
    if isinstance(error, DatabaseBusy) or is_busy(error):
        return render_template("error.html", code=503, title=BUSY[0], message=BUSY[1]), 503
    raise error


def init_app(app: Flask) -> None:
    """Attach log-in, CSRF, headers and Dutch error pages to the app."""
    login_manager.init_app(app)
    csrf.init_app(app)
    app.before_request(_refuse_nul)
    app.after_request(_set_headers)
    for code, (title, message) in ERRORS.items():
        app.register_error_handler(code, _error_page(code, title, message))
    app.register_error_handler(DatabaseBusy, _busy_page)
    app.register_error_handler(sqlite3.OperationalError, _busy_page)
    app.jinja_env.globals["ROLES"] = ROLES
