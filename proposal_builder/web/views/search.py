"""Search the knowledge base by meaning, and show the search index's state."""
from __future__ import annotations

import re

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from knowledge_base.index import index_status
from knowledge_base.keywords import matching_words
from knowledge_base.library_types import EVIDENCE_TYPES as RECORD_TYPES  # the library is not searched
from knowledge_base.search import search

from ..request_db import get_db
from ..embedder import catch_up, page_embedder, refresh_in_request
from ..index_job import current_job, start_index_job
from ..security import role_required

bp = Blueprint("search", __name__, url_prefix="/zoeken")
_WORD = re.compile(r"([^\W_]+)", re.UNICODE)
MAX_QUERY = 500
SHOWN = 10  # fitting hits listed; weak ones wait behind a "tonen" toggle


@bp.app_template_filter("highlight")
def highlight(text: str, query: str) -> Markup:
    """`text` escaped, with the words matching the query (same stem or a synonym) in <mark>."""
    wanted = matching_words(text, query)
    parts = _WORD.split(text or "")  # odd positions hold the words
    return Markup("".join(
        f"<mark>{escape(part)}</mark>" if i % 2 and part.lower() in wanted else str(escape(part))
        for i, part in enumerate(parts)))


def record_url(ref: str) -> str | None:
    """The record's page, when the knowledge-base pages are part of this app."""
    if "records.view" in current_app.view_functions:
        return url_for("records.view", ref=ref)
    return None


@bp.route("")
@role_required("lezer")
def index():
    """Show the records that best match the query, each with the sentence that explains why."""
    query = request.args.get("q", "").strip()[:MAX_QUERY]
    kind = request.args.get("type", "")
    kind = kind if kind in RECORD_TYPES else ""
    embedder, error = page_embedder()
    hits, status, job = [], None, None
    if embedder:
        status, job = catch_up(get_db(), embedder)
        if query:
            hits = search(get_db(), query, embedder, top=20, types=[kind] if kind else None,
                          refresh=refresh_in_request(job))
    good, weak = [hit for hit in hits if not hit.weak], [hit for hit in hits if hit.weak]
    return render_template("search/index.html", query=query, kind=kind, good=good[:SHOWN], weak=weak,
                           error=error, status=status, job=job, record_url=record_url,
                           RECORD_TYPES=RECORD_TYPES)


@bp.route("/index")
@role_required("lezer")
def status():
    """Show how far the search index is, refreshing the page while it is being rebuilt."""
    embedder, error = page_embedder()
    state = index_status(get_db(), embedder.name) if embedder else None
    job = current_job(current_app.config["DATABASE"])
    return render_template("search/status.html", status=state, job=job, error=error,
                           model=embedder.name if embedder else current_app.config["EMBEDDING_MODEL"])


@bp.route("/index", methods=["POST"])
@role_required("medewerker")
def update():
    """Start bringing the search index up to date in the background."""
    embedder, error = page_embedder()
    if error:
        flash(error, "error")
    else:
        start_index_job(current_app.config["DATABASE"], embedder)
        flash("De zoekindex wordt bijgewerkt. Deze pagina ververst zichzelf.", "info")
    return redirect(url_for(".status"))
