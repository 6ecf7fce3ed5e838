"""Curating the knowledge base in the browser: list, view, add, edit, bin, history, import, export."""
from __future__ import annotations

import re
from datetime import date

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from knowledge_base import (RECORD_TYPES, BusyError, ConflictError, RecordError, count_records,
                            delete_record, export_json, facets, get_record, list_records,
                            projects_using_method, restore_record, results_of_project, save_record)
from knowledge_base.freshness import marks as freshness_marks, record_staleness
from knowledge_base.library_types import LIBRARY_FIELDS, REF_PREFIXES
from knowledge_base.privacy import record_warnings
from knowledge_base.record_notices import record_notices

from ..embedder import embed_soon
from ..request_db import get_db
from ...config import result_max_age
from ..forms.library import LABELS, RECORD_FORMS
from ..forms.records import FilterForm
from ..paging import Page
from ..security import role_required

bp = Blueprint("records", __name__, url_prefix="/kennisbank")
RECORDS_PER_PAGE = 30  # rows of the knowledge-base list per page (a page of 80 was 10,800 px tall)
REF_PREFIX = {"project": "P", "method": "M", "result": "R", **REF_PREFIXES}
OUTCOMES = {"added": "is toegevoegd", "updated": "is opgeslagen",
            "unchanged": "is niet gewijzigd: er was niets veranderd"}
ACTIONS = {"added": "toegevoegd", "updated": "gewijzigd", "deleted": "naar de prullenbak",
           "restored": "teruggezet uit de prullenbak", "reverted": "oude versie teruggezet"}
LINK_FIELDS = {"project": "methods", "result": "project"}


@bp.context_processor
def _record_names() -> dict:
    return {"RECORD_TYPES": RECORD_TYPES, "LABELS": LABELS, "ACTIONS": ACTIONS,
            "LIBRARY_FIELD_NAMES": {kind: [f.name for f in fields] for kind, fields in LIBRARY_FIELDS.items()}}


def _record_or_404(ref: str, include_deleted: bool = False) -> dict:
    record = get_record(get_db(), ref, include_deleted=include_deleted)
    if record is None:
        abort(404)
    return record


def _all_refs(db) -> set[str]:
    return {r["ref"] for r in list_records(db) + list_records(db, deleted=True)}


def _next_ref(db, kind: str) -> str:
    """The next free ref of a type, e.g. P13 after P12 (a suggestion the user may change)."""
    prefix = REF_PREFIX[kind]
    numbers = [int(m.group(1)) for ref in _all_refs(db) if (m := re.fullmatch(rf"{prefix}(\d+)", ref))]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


def _link_choices(db, kind: str) -> list[tuple[str, str]]:
    linked_type = {"project": "method", "result": "project"}.get(kind)
    if not linked_type:
        return []
    return [(r["ref"], f"{r['ref']} — {r['title']}") for r in list_records(db, type=linked_type)]


def _make_form(kind: str, record: dict | None = None, taken_refs=()):
    form_class = RECORD_FORMS[kind]
    data = form_class.record_data(record) if record else None
    choices = _link_choices(get_db(), kind)
    # A link to a record that is not there (kept from an import) stays choosable, so saving keeps it.
    linked = (record or {}).get(LINK_FIELDS.get(kind, ""), [])
    known = {ref for ref, _ in choices}
    choices += [(ref, f"{ref} — bestaat niet") for ref in ([linked] if isinstance(linked, str) else linked)
                if ref and ref not in known]
    return form_class(data=data, taken_refs=taken_refs, link_choices=choices)


def _differences(form, stored: dict) -> list[dict]:
    """The fields where the stored record differs from what the user typed."""
    theirs = type(form).record_data(stored)
    mine = type(form).record_data(form.to_record())
    return [{"label": LABELS[name], "stored": theirs[name], "mine": mine[name]}
            for name in mine if name not in {"ref", "version"} and theirs[name] != mine[name]]


def _flash_saved(record: dict, outcome: str) -> None:
    flash(f"{RECORD_TYPES[record['type']]} {record['ref']} {OUTCOMES[outcome]}.", "success")
    warnings = record_warnings(record)
    if warnings:
        # The record page lists the findings themselves; the flash only says the save went through.
        flash("Let op, privacy: het verhaal bevat mogelijk persoonsgegevens (zie hieronder). "
              "Het record is wel opgeslagen; pas het verhaal zo nodig aan.", "warning")


def _try_save(form, base: dict) -> dict | None:
    """Save the form's values over `base`; on failure put errors or the conflict on the form."""
    try:
        saved, outcome = save_record(get_db(), {**base, **form.to_record()}, user=current_user.username,
                                     expected_version=form.expected_version())
    except BusyError as exc:
        _busy_conflict(form, exc.current)
        return None
    except ConflictError as exc:
        by = exc.current.get("updated_by") or "iemand anders"
        if not base:  # adding: someone else took this ref a moment ago
            form.add_errors({"ref": f"{by} heeft de referentie {exc.current['ref']} zojuist in gebruik "
                                    "genomen; kies een andere."})
            return None
        form.conflict = {"by": by, "version": exc.current["version"], "deleted": bool(exc.current["deleted_at"]),
                         "fields": _differences(form, exc.current)}
        # The next save deliberately overwrites the version the user has now seen.
        form.version.data = str(exc.current["version"])
        return None
    except RecordError as exc:
        form.add_errors(exc.errors)
        return None
    _flash_saved(saved, outcome)
    if outcome != "unchanged":
        embed_soon()
    return saved


def _busy_conflict(form, current: dict | None) -> None:
    """Put a 'database busy' conflict on the form: nothing was saved, the input stays."""
    form.conflict = {"busy": True, "by": "", "deleted": False, "fields": [],
                     "version": current["version"] if current else None}
    if current:  # the next save is measured against the version stored now
        form.version.data = str(current["version"])


def _related(db, record: dict) -> dict:
    """The records a record page shows beside the record itself."""
    if record["type"] == "project":
        methods = [get_record(db, ref) or {"ref": ref, "missing": True} for ref in record["methods"]]
        return {"methods": methods, "result_records": results_of_project(db, record["ref"])}
    if record["type"] == "method":
        return {"projects": projects_using_method(db, record["ref"])}
    project = get_record(db, record["project"], include_deleted=True) if record["project"] else None
    return {"project": project}


@bp.route("/")
@role_required("lezer")
def index():
    """List the records that match the search and filters, with counts."""
    db = get_db()
    form = FilterForm(request.args, facets=facets(db))
    form.validate()
    records = list_records(db, **form.filters())
    found = {kind: sum(1 for r in records if r["type"] == kind) for kind in RECORD_TYPES}
    page = Page.of(records, request.args.get("pagina", 1, type=int), RECORDS_PER_PAGE)
    return render_template("records/index.html", form=form, records=records, page=page, found=found,
                           totals=count_records(db), filtered=bool(form.filters()),
                           marks=freshness_marks(page.items, date.today(), result_max_age()))


@bp.route("/organisatieprofiel")
@role_required("medewerker")
def profile():
    """The organisation profile, the one place its standing facts are edited: the profile there is, else a new one."""
    found = list_records(get_db(), type="organisation")
    return redirect(url_for(".edit", ref=found[0]["ref"]) if found else url_for(".add", kind="organisation"))


@bp.route("/<ref>")
@role_required("lezer")
def view(ref: str):
    """Show one record with its links, privacy warnings and evidence (also from the bin)."""
    db = get_db()
    record = _record_or_404(ref, include_deleted=True)
    return render_template("records/view.html", record=record, warnings=record_warnings(record),
                           stale=record_staleness(record, date.today(), result_max_age()),
                           notices=record_notices(db, record), **_related(db, record))


@bp.route("/nieuw/<kind>", methods=["GET", "POST"])
@role_required("medewerker")
def add(kind: str):
    """Add a record of one type."""
    if kind not in RECORD_FORMS:
        abort(404)
    db = get_db()
    form = _make_form(kind, taken_refs=_all_refs(db))
    if request.method == "GET":
        form.ref.data = _next_ref(db, kind)
        if kind == "result":
            form.project.data = request.args.get("project", "")
    if form.validate_on_submit() and (saved := _try_save(form, {})):
        return redirect(url_for(".view", ref=saved["ref"]))
    status = 409 if form.conflict else 200
    return render_template("records/edit.html", form=form, kind=kind, record=None), status


@bp.route("/<ref>/bewerken", methods=["GET", "POST"])
@role_required("medewerker")
def edit(ref: str):
    """Edit a record; a save over someone else's newer version shows the conflict instead."""
    # A record binned while someone edits it still takes the POST, so their work shows as a conflict.
    current = _record_or_404(ref, include_deleted=request.method == "POST")
    form = _make_form(current["type"], current)
    form.ref.data = ref  # the ref is the record's key; it never changes here
    if form.validate_on_submit() and (saved := _try_save(form, current)):
        return redirect(url_for(".view", ref=saved["ref"]))
    status = 409 if form.conflict else 200
    return render_template("records/edit.html", form=form, kind=current["type"], record=current), status


@bp.route("/<ref>/verwijderen", methods=["GET", "POST"])
@role_required("medewerker")
def delete(ref: str):
    """Ask for confirmation, then move the record to the bin."""
    db = get_db()
    record = _record_or_404(ref)
    if request.method == "POST":
        delete_record(db, ref, user=current_user.username)
        flash(f"{RECORD_TYPES[record['type']]} {ref} staat in de prullenbak; u kunt het daar terugzetten.",
              "success")
        return redirect(url_for(".index"))
    return render_template("records/delete.html", record=record, **_related(db, record))


@bp.route("/prullenbak", endpoint="bin")
@role_required("medewerker")
def show_bin():
    """List the records in the bin."""
    return render_template("records/bin.html", records=list_records(get_db(), deleted=True))


@bp.route("/<ref>/terugzetten", methods=["POST"])
@role_required("medewerker")
def restore(ref: str):
    """Bring a record back from the bin."""
    record = _record_or_404(ref, include_deleted=True)
    if not record["deleted_at"]:
        flash(f"{ref} staat niet in de prullenbak.", "info")
    else:
        restore_record(get_db(), ref, user=current_user.username)
        embed_soon()
        flash(f"{RECORD_TYPES[record['type']]} {ref} is teruggezet uit de prullenbak.", "success")
    return redirect(url_for(".view", ref=ref))


@bp.route("/export")
@role_required("medewerker")
def export():
    """Download the whole knowledge base as JSON (the organisation's own backup)."""
    filename = f"kennisbank-{date.today().isoformat()}.json"
    return Response(export_json(get_db()), mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


# The import and history pages join this blueprint from their own modules.
from . import record_history, record_import  # noqa: E402,F401
