"""Importing into the knowledge base in two steps: upload and preview, then confirm with a choice per conflict."""
from __future__ import annotations

from datetime import date

from flask import Response, flash, redirect, render_template, request, url_for
from flask_login import current_user

from knowledge_base import ImportFormatError
from knowledge_base.import_plan import import_items
from knowledge_base.transfer import export_xlsx as kb_xlsx, read_import_file

from .. import pending_imports
from ..forms.record_intake import CONFLICT_LABELS, ConfirmImportForm
from ..forms.records import ImportForm
from ..request_db import get_db
from ..security import role_required
from .records import bp

OUTCOME_WORDS = {"added": "toegevoegd", "updated": "bijgewerkt", "unchanged": "ongewijzigd",
                 "kept": "behouden", "rejected": "afgewezen"}
PLANNED_WORDS = {"added": "wordt toegevoegd", "updated": "wordt bijgewerkt", "unchanged": "ongewijzigd",
                 "kept": "wordt behouden", "rejected": "wordt afgewezen"}


def _page(form, status: int = 200, **context):
    return render_template("records/import.html", form=form, OUTCOME_WORDS=OUTCOME_WORDS,
                           PLANNED_WORDS=PLANNED_WORDS, CONFLICT_LABELS=CONFLICT_LABELS,
                           **context), status


def _preview(token: str, upload: dict, confirm: ConfirmImportForm, status: int = 200):
    plan = import_items(get_db(), upload["items"], dry_run=True)
    return _page(ImportForm(formdata=None), status, plan=plan, token=token, confirm=confirm,
                 filename=upload["filename"])


@bp.route("/import", methods=["GET", "POST"])
@role_required("medewerker")
def import_records():
    """Upload a file and show per record what importing it would do; nothing is written yet."""
    form = ImportForm()
    if not form.validate_on_submit():
        return _page(form, 422 if form.errors else 200)
    upload = form.file.data
    try:
        items = read_import_file(upload.filename or "", upload.read())
    except ImportFormatError as exc:
        form.file.errors = [*form.file.errors, f"{exc} Er is niets gewijzigd."]
        return _page(form, 422)
    token = pending_imports.save(items, upload.filename or "", current_user.username)
    return redirect(url_for(".import_preview", token=token))


@bp.route("/import/<token>", methods=["GET", "POST"])
@role_required("medewerker")
def import_preview(token: str):
    """Show the preview of an upload; on confirmation import it with the chosen conflict handling."""
    upload = pending_imports.load(token, current_user.username)
    if upload is None:
        flash("Deze voorvertoning bestaat niet meer (na een uur of na importeren vervalt ze); "
              "kies het bestand opnieuw.", "warning")
        return redirect(url_for(".import_records"))
    confirm = ConfirmImportForm()
    if not confirm.validate_on_submit():
        return _preview(token, upload, confirm, 400 if request.method == "POST" else 200)
    refs = [line.ref for line in import_items(get_db(), upload["items"], dry_run=True).conflicts]
    report = import_items(get_db(), upload["items"], user=current_user.username,
                          choices=confirm.choices(request.form, refs))
    pending_imports.discard(token)
    flash(f"Import van {upload['filename'] or 'het bestand'} voltooid: {report.summary()}.", "success")
    return _page(ImportForm(formdata=None), report=report, filename=upload["filename"])


@bp.route("/import/<token>/annuleren", methods=["POST"])
@role_required("medewerker")
def import_cancel(token: str):
    """Drop an upload without importing it."""
    confirm = ConfirmImportForm()
    if confirm.validate_on_submit():
        pending_imports.discard(token)
        flash("De import is geannuleerd; er is niets gewijzigd.", "info")
    return redirect(url_for(".import_records"))


@bp.route("/export.xlsx")
@role_required("medewerker")
def export_xlsx():
    """Download the whole knowledge base as an Excel workbook, a sheet per type."""
    filename = f"kennisbank-{date.today().isoformat()}.xlsx"
    return Response(kb_xlsx(get_db()),
                    mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
