"""Logging in and out."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user
from urllib.parse import urlsplit

from knowledge_base.users import authenticate

from ..db import get_db
from ..forms.auth import LoginForm
from ..security import User

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    # Only local paths: an absolute URL here would make the login an open redirect.
    if target and not urlsplit(target).netloc and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("main.index")


@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    """Show the log-in form and log the user in."""
    form = LoginForm()
    if form.validate_on_submit():
        row = authenticate(get_db(), form.username.data, form.password.data)
        if row:
            login_user(User(row))
            return redirect(_safe_next(request.args.get("next")))
        flash("Onbekende gebruikersnaam of onjuist wachtwoord.", "error")
    return render_template("auth/login.html", form=form)


@bp.route("/uitloggen", methods=["POST"])
def logout():
    """Log the user out."""
    logout_user()
    flash("U bent uitgelogd.", "info")
    return redirect(url_for("auth.login"))
