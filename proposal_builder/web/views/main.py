"""The start page: what is in the knowledge base, recent tenders and the next steps per role."""
from datetime import date

from flask import Blueprint, current_app, render_template
from flask_login import current_user

from knowledge_base import count_records
from knowledge_base.freshness import stale_records
from knowledge_base.index import index_model, index_status
from knowledge_base.privacy import record_warnings
from knowledge_base.records import list_records
from knowledge_base.saved_tenders import REVIEW_STATES, list_tenders

from ..request_db import get_db
from ..index_job import current_job
from ..security import role_required
from .tender_display import expired
from ... import dutch
from ...config import result_max_age

bp = Blueprint("main", __name__)
RECENT_TENDERS = 5


def _recent_tenders(db) -> list[dict]:
    """The most recently changed tenders, each with how many of its goals have evidence chosen."""
    if not current_user.can("directeur"):
        return []
    tenders = list_tenders(db)[:RECENT_TENDERS]
    for tender in tenders:
        tender["with_evidence"] = sum(1 for goal in tender["goals"] if goal["evidence"] or goal["own_text"])
    return tenders


def _to_check(db) -> dict[str, list[dict]]:
    """For curators: stories that stay out of proposals for lack of consent, and stories that may
    hold personal data; a lezer cannot act on them, so gets none."""
    if not current_user.can("medewerker"):
        return {}
    results = list_records(db, type="result")
    return {"no_consent": [r for r in results if r["story"].strip() and not r["consent"]],
            "privacy": [r for r in list_records(db) if r["type"] != "method" and record_warnings(r)]}


def _stale(db) -> list:
    """For curators and the director: what is stale in the knowledge base and the answer library."""
    if not current_user.can("medewerker"):
        return []
    return stale_records(db, date.today(), result_max_age())


def _index_behind(db) -> int:
    """How many records the search index still has to take in (0 when searches see everything).

    Compared with the model of the stored vectors, so the start page never loads a model.
    """
    job = current_job(current_app.config["DATABASE"])
    if job and job.running:
        return max(job.total - job.done, 1)
    status = index_status(db, index_model(db))
    return status.pending + status.stale


@bp.route("/")
@role_required("lezer")
def index():
    """Show what is in the knowledge base, the recent tenders and where to start."""
    db = get_db()
    return render_template("main/index.html", counts=count_records(db), tenders=_recent_tenders(db),
                           index_behind=_index_behind(db), to_check=_to_check(db), stale=_stale(db), dutch_date=dutch.date_time, expired=expired,
                           dutch_moment=dutch.moment, REVIEW_STATES=REVIEW_STATES)
