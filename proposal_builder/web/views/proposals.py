"""Records proposed from an organisation's own documents: upload, review each candidate, accept through the import."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask_login import current_user

from knowledge_base.index import index_model

from ...record_proposals import DocumentReadError, accept, propose_document
from ...tender import DEFAULT_MAX_BYTES
from ..embedder import page_embedder
from ..forms.proposals import CandidateForm, ReviewForm, UploadForm
from ..request_db import get_db
from ..security import role_required

bp = Blueprint("proposals", __name__, url_prefix="/kennisbank/voorstellen")


def _embedder(db):
    """The page's embedder when there is an index to compare with (else duplicates go by title)."""
    return page_embedder()[0] if index_model(db) else None


@bp.route("/", methods=["GET", "POST"])
@role_required("medewerker")
def upload():
    """Upload a document; show its candidate records for review."""
    form = UploadForm()
    if form.validate_on_submit():
        db = get_db()
        upload_file = form.file.data
        try:
            proposal = propose_document(upload_file.read(), upload_file.filename or "", db, _embedder(db),
                                        current_app.config.get("MAX_CONTENT_LENGTH") or DEFAULT_MAX_BYTES)
        except DocumentReadError as exc:
            form.file.errors = [*form.file.errors, str(exc)]
            return render_template("proposals/upload.html", form=form), 422
        review = ReviewForm(formdata=None, data={"candidates": [CandidateForm.data_of(c) for c in proposal.candidates]})
        return render_template("proposals/review.html", form=review, proposal=proposal,
                               filename=upload_file.filename)
    return render_template("proposals/upload.html", form=form)


@bp.route("/beslissen", methods=["POST"])
@role_required("medewerker")
def decide():
    """Import the accepted candidates in one transaction; nothing enters without a decision."""
    form = ReviewForm()
    if not form.validate_on_submit() or not form.candidates.entries:
        return render_template("proposals/review.html", form=form, proposal=None, filename=""), 422
    chosen = [entry.form for entry in form.candidates]
    accepted = [f.to_record() for f in chosen if f.decision.data == "accept"]
    rejected = [f.to_record() for f in chosen if f.decision.data == "reject"]
    report = accept(get_db(), accepted, rejected, user=current_user.username)
    return render_template("proposals/done.html", report=report, rejected=rejected)
