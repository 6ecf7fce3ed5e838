"""Logging in and out (rate-limited against guessing) and changing one's own password."""
import logging
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from knowledge_base import login_throttle
from knowledge_base.users import (UserError, authenticate, change_own_password, end_sessions,
                                  get_user_by_id)

from ..request_db import get_db
from ..forms.admin import OwnPasswordForm
from ..forms.auth import LoginForm
from ..security import User, client_address, is_known_device, public, role_required, set_known_device

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)
WRONG_LOGIN = "Onbekende gebruikersnaam of onjuist wachtwoord."
CHOOSE_PASSWORD = "Kies eerst een eigen wachtwoord; het gedeelde startwachtwoord werkt daarna niet meer."


def _safe_next(target: str | None) -> str:
    # Only local paths: an absolute URL here would make the login an open redirect;
    # control characters (CR/LF) or a backslash could split the header or leave the site.
    if (target and target.startswith("/") and not target.startswith("//") and "\\" not in target
            and not any(ord(c) < 32 or ord(c) == 127 for c in target) and not urlsplit(target).netloc):
        return target
    return url_for("main.index")


def _start_session(row: dict) -> None:
    # A fresh session on every log-in: nothing set before it (planted by someone else,
    # or left from an earlier user of this browser) carries over into the logged-in session.
    session.clear()
    login_user(User(row))


def _attempt_login(username: str, password: str) -> tuple[dict | None, str | None]:
    """Check the throttle and the password; return (account, None) or (None, Dutch message)."""
    db, address, known = get_db(), client_address(), is_known_device(username)
    if until := login_throttle.locked_until(db, username, address, known_device=known):
        log.warning("Refused log-in for %r from %s: locked", username, address)
        return None, login_throttle.retry_message(until)
    row = authenticate(db, username, password)
    if row:
        login_throttle.record_success(db, username)
        return row, None
    until = login_throttle.record_failure(db, username, address, known_device=known)
    log.warning("Failed log-in for %r from %s%s", username, address, " (now locked)" if until else "")
    return None, login_throttle.retry_message(until) if until else WRONG_LOGIN


@bp.route("/inloggen", methods=["GET", "POST"])
@public
def login():
    """Show the log-in form and log the user in."""
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        row, message = _attempt_login(form.username.data, form.password.data)
        if row:
            _start_session(row)
            log.info("Log-in by %r", row["username"])
            target = _safe_next(request.args.get("next"))
            if row["must_change_password"]:  # say why the account page opens instead of the page asked for
                flash(CHOOSE_PASSWORD, "warning")
                target = url_for("auth.account")
            return set_known_device(redirect(target), row["username"])
        flash(message, "error")
        status = 200 if message == WRONG_LOGIN else 429
    return render_template("auth/login.html", form=form), status


@bp.route("/uitloggen", methods=["POST"])
@role_required("lezer")
def logout():
    """Log the user out; the account's session token is renewed, so a copied cookie ends too."""
    end_sessions(get_db(), current_user.id)
    logout_user()
    session.clear()
    flash("U bent uitgelogd.", "info")
    return redirect(url_for("auth.login"))


@bp.before_app_request
def _force_new_password():
    """An account that must choose a new password (the demo accounts) sees only its account page."""
    if (current_user.is_authenticated and current_user.must_change_password
            and request.endpoint not in {"auth.account", "auth.logout", "static"}):
        flash(CHOOSE_PASSWORD, "warning")
        return redirect(url_for("auth.account"))
    return None


@bp.route("/account", methods=["GET", "POST"])
@role_required("lezer")
def account():
    """Let the logged-in user change their own password."""
    form = OwnPasswordForm()
    forced = current_user.must_change_password
    if form.validate_on_submit():
        db = get_db()
        try:
            change_own_password(db, current_user.id, form.current.data, form.password.data)
        except UserError as exc:
            form.current.errors.append(str(exc))
        else:
            # The new password renewed the session token: log in again to keep this session.
            _start_session(get_user_by_id(db, current_user.id))
            log.info("Password changed by %r", current_user.username)
            flash("Uw wachtwoord is gewijzigd. Andere sessies met dit account zijn uitgelogd.", "success")
            # A first, forced change goes on to the start page: the account page was only a stop on the way.
            return redirect(url_for("main.index") if forced else url_for("auth.account"))
    return render_template("auth/account.html", form=form)
