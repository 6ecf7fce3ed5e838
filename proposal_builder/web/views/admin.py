"""Account management for the beheerder, and a backup download."""
import logging
import tempfile
from datetime import datetime
from io import BytesIO
from pathlib import Path

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, send_file,
                   url_for)
from flask_login import current_user

from knowledge_base import login_throttle
from knowledge_base.backup import backup_to_file
from knowledge_base.users import (ROLES, UserError, create_user, get_user_by_id, list_users,
                                  set_active, set_password, set_role)

from ..request_db import get_db
from ..forms.admin import ConfirmForm, CreateUserForm, PasswordResetForm, RoleForm
from ..security import role_required

bp = Blueprint("admin", __name__, url_prefix="/beheer")
log = logging.getLogger(__name__)


def _account(user_id: int) -> dict:
    return get_user_by_id(get_db(), user_id) or abort(404)


def _back(message: str, category: str = "success"):
    flash(message, category)
    return redirect(url_for("admin.users"))


@bp.route("")
@role_required("beheerder")
def users():
    """List every account with its role, state and the actions on it."""
    db = get_db()
    accounts = list_users(db)
    role_forms = {a["id"]: RoleForm(formdata=None, role=a["role"], prefix=f"u{a['id']}")
                  for a in accounts}
    locked = login_throttle.locked_usernames(db)
    return render_template("admin/users.html", accounts=accounts, role_forms=role_forms, locked=locked,
                           addresses=login_throttle.locked_addresses(db), confirm=ConfirmForm())


@bp.route("/nieuw", methods=["GET", "POST"])
@role_required("beheerder")
def create():
    """Create an account with a role and a first password."""
    form = CreateUserForm()
    if form.validate_on_submit():
        try:
            create_user(get_db(), form.username.data, form.password.data, form.role.data)
        except UserError as exc:
            form.username.errors.append(str(exc))
        else:
            log.info("%r created account %r (%s)", current_user.username, form.username.data, form.role.data)
            return _back(f"Account '{form.username.data}' aangemaakt met rol {ROLES[form.role.data]}.")
    return render_template("admin/create.html", form=form)


@bp.route("/<int:user_id>/rol", methods=["POST"])
@role_required("beheerder")
def change_role(user_id: int):
    """Give an account another role."""
    account = _account(user_id)
    form = RoleForm(prefix=f"u{user_id}")
    if not form.validate_on_submit():
        return _back("Kies een geldige rol.", "error")
    try:
        set_role(get_db(), user_id, form.role.data)
    except UserError as exc:
        return _back(str(exc), "error")
    log.info("%r gave %r the role %s", current_user.username, account["username"], form.role.data)
    return _back(f"{account['username']} heeft nu de rol {ROLES[form.role.data]}.")


def _set_active(user_id: int, active: bool):
    account = _account(user_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if not active and user_id == current_user.id:
        return _back("U kunt uw eigen account niet blokkeren.", "error")
    try:
        set_active(get_db(), user_id, active)
    except UserError as exc:
        return _back(str(exc), "error")
    log.info("%r %s %r", current_user.username, "unblocked" if active else "blocked", account["username"])
    state = "gedeblokkeerd" if active else "geblokkeerd en overal uitgelogd"
    return _back(f"{account['username']} is {state}.")


@bp.route("/<int:user_id>/blokkeren", methods=["POST"])
@role_required("beheerder")
def block(user_id: int):
    """Block an account: it can no longer log in and its sessions end."""
    return _set_active(user_id, False)


@bp.route("/<int:user_id>/deblokkeren", methods=["POST"])
@role_required("beheerder")
def unblock(user_id: int):
    """Let a blocked account log in again."""
    return _set_active(user_id, True)


@bp.route("/<int:user_id>/ontgrendelen", methods=["POST"])
@role_required("beheerder")
def unlock(user_id: int):
    """Lift the lock set after too many failed log-ins, and the delays of every address."""
    account = _account(user_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    login_throttle.unlock(get_db(), account["username"])
    log.info("%r unlocked %r and every address", current_user.username, account["username"])
    return _back(f"{account['username']} kan weer inloggen; ook de adressen zijn ontgrendeld.")


@bp.route("/ontgrendelen", methods=["POST"])
@role_required("beheerder")
def unlock_all():
    """Lift every account lock and address delay at once."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    lifted = login_throttle.unlock(get_db())
    log.info("%r lifted every log-in lock", current_user.username)
    return _back(f"Alle inlogvergrendelingen zijn opgeheven ({lifted}).")


@bp.route("/<int:user_id>/wachtwoord", methods=["GET", "POST"])
@role_required("beheerder")
def reset_password(user_id: int):
    """Set a new password for an account (for someone who forgot theirs)."""
    account = _account(user_id)
    form = PasswordResetForm()
    if form.validate_on_submit():
        db = get_db()
        set_password(db, user_id, form.password.data)
        login_throttle.reset(db, account["username"])
        log.info("%r reset the password of %r", current_user.username, account["username"])
        return _back(f"Nieuw wachtwoord ingesteld voor {account['username']}; "
                     "andere sessies van dit account zijn uitgelogd.")
    return render_template("admin/password.html", form=form, account=account)


@bp.route("/reservekopie")
@role_required("beheerder")
def backup():
    """Download a consistent copy of the whole database."""
    name = f"proposal-builder-{datetime.now():%Y%m%d-%H%M}.sqlite"
    database = Path(current_app.config["DATABASE"])
    # The copy passes through the database's own folder only, and is gone once in memory.
    with tempfile.TemporaryDirectory(dir=database.parent) as folder:
        data = backup_to_file(database, Path(folder) / name).read_bytes()
    log.info("%r downloaded a backup", current_user.username)
    return send_file(BytesIO(data), mimetype="application/vnd.sqlite3", as_attachment=True,
                     download_name=name, max_age=0)
