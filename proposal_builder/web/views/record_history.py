"""A record's history: every version, restoring one, and erasing personal data from all of them."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from knowledge_base import RecordError, history, restore_version
from knowledge_base.erasure import ErasureError, erase_text, erasures

from ..forms.record_intake import EraseForm
from ..forms.library import LABELS
from ..request_db import get_db
from ..security import role_required
from .records import _record_or_404, bp

STORY_FIELDS = ("story",)  # text about clients: not shown to the lezer role in history


def _with_changes(entries: list[dict]) -> list[dict]:
    """History entries, each with the labels of the fields changed since the version before it."""
    shown = [name for name in LABELS if name != "ref"]
    for entry, older in zip(entries, entries[1:] + [None]):
        before = older["snapshot"] if older else {}
        entry["changed"] = [LABELS[name] for name in shown
                            if older and entry["snapshot"].get(name) != before.get(name)]
    return entries


def _without_stories(entries: list[dict]) -> list[dict]:
    """The entries with every story left out of their snapshots (also inside a project's results)."""
    for entry in entries:
        snapshot = {k: v for k, v in entry["snapshot"].items() if k not in STORY_FIELDS}
        if isinstance(snapshot.get("results"), list):
            snapshot["results"] = [{k: v for k, v in item.items() if k not in STORY_FIELDS}
                                   if isinstance(item, dict) else item for item in snapshot["results"]]
        entry["snapshot"] = snapshot
    return entries


def _history_page(record: dict, form: EraseForm, status: int = 200):
    entries = _with_changes(history(get_db(), record["ref"]))
    if not current_user.can("medewerker"):
        entries = _without_stories(entries)
    return render_template("records/history.html", record=record, entries=entries, form=form,
                           erasures=erasures(get_db(), record["ref"]),
                           stories_hidden=not current_user.can("medewerker")), status


@bp.route("/<ref>/geschiedenis")
@role_required("lezer")
def record_history(ref: str):
    """Show every stored version of a record, newest first (stories only to medewerkers and up)."""
    return _history_page(_record_or_404(ref, include_deleted=True), EraseForm())


@bp.route("/<ref>/geschiedenis/wissen", methods=["POST"])
@role_required("medewerker")
def erase(ref: str):
    """Replace a piece of personal data in the record and every version of its history."""
    record = _record_or_404(ref, include_deleted=True)
    form = EraseForm()
    if not form.validate_on_submit():
        return _history_page(record, form, 422)
    try:
        done = erase_text(get_db(), ref, form.text.data, user=current_user.username)
    except ErasureError as exc:
        form.text.errors = [*form.text.errors, str(exc)]
        return _history_page(record, form, 422)
    fields = ", ".join(LABELS.get(name, name) for name in done.fields)
    flash(f"De tekst is vervangen door [verwijderd] in {fields} ({done.versions} "
          f"versie{'s' if done.versions != 1 else ''} in de geschiedenis). Dit is vastgelegd zonder de tekst zelf.",
          "success")
    return redirect(url_for(".record_history", ref=ref))


@bp.route("/<ref>/geschiedenis/<int:version>/terugzetten", methods=["POST"])
@role_required("medewerker")
def revert(ref: str, version: int):
    """Save an earlier version of a record as its newest version."""
    before = _record_or_404(ref, include_deleted=True)
    try:
        record = restore_version(get_db(), ref, version, user=current_user.username)
    except KeyError:
        abort(404)
    except RecordError as exc:
        flash(f"Versie {version} kan niet worden teruggezet: {' '.join(exc.errors.values())}", "error")
        return redirect(url_for(".record_history", ref=ref))
    if record["version"] == before["version"]:
        flash(f"Versie {version} is gelijk aan de huidige versie; er is niets veranderd.", "info")
    else:
        flash(f"Versie {version} van {ref} is teruggezet (nu versie {record['version']}).", "success")
    return redirect(url_for(".view", ref=ref))
