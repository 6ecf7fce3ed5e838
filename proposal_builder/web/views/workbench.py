"""The matching workbench of a saved tender: evidence per goal, coverage, and the checked draft."""
from __future__ import annotations

from datetime import date

from flask import (Blueprint, Response, abort, current_app, flash, jsonify, redirect, render_template,
                   request, url_for)
from flask_login import current_user

from knowledge_base.records import EVIDENCE_LEVELS, RECORD_TYPES, ConflictError
from knowledge_base.saved_tenders import REVIEW_STATES, get_tender, set_review_state, update_goals

from ... import dutch
from ...config import instance_tmp
from ...matching import COLUMNS, LEVELS, fetch_records, goal_coverage, summary
from ...pipeline import draft_filename, draft_tender
from ...tender import KIND_LABELS
from ...tender.goal import goals_from_records, goals_to_records
from ...tender.lot_choice import chosen_lots, for_chosen_lots
from ..draft_job import DONE, FAILED, DraftJob, draft_key, jobs_of
from ..embedder import page_embedder
from ..forms.workbench import ReviewForm, WorkbenchForm
from ..request_db import get_db
from ..security import role_required
from .workbench_data import goal_for, apply_choices, differences, goal_rows, matches, recommended, search_rows

bp = Blueprint("workbench", __name__, url_prefix="/aanbestedingen/<int:tender_id>")
_SAVED = {"save": "Uw keuzes zijn opgeslagen.",
          "recommend": "Aanbevolen bewijs overgenomen ({added} nieuw aangevinkt); uw keuzes zijn opgeslagen."}
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOWNLOAD_WAIT_SECONDS = 120  # a download waits this long for a draft being made, then shows its progress
_NOT_READY = {"queued": "Het concept wordt nog gemaakt; download het zodra de controles hieronder staan.",
              "running": "Het concept wordt nog gemaakt; download het zodra de controles hieronder staan."}


@bp.context_processor
def _names() -> dict:
    return {"RECORD_TYPES": RECORD_TYPES, "KIND_LABELS": KIND_LABELS, "LEVELS": LEVELS, "REVIEW_STATES": REVIEW_STATES,
            "dutch_moment": dutch.moment,
            "COLUMNS": COLUMNS, "EVIDENCE_LEVELS": EVIDENCE_LEVELS,
            "tender_page": _tender_page, "VIEWS": current_app.view_functions}


def _tender_page(tender_id: int) -> str | None:
    """The intake page of the tender, when that blueprint is installed."""
    if "tenders.view" in current_app.view_functions:
        return url_for("tenders.view", tender_id=tender_id)
    return None


def _tender_or_404(tender_id: int) -> dict:
    tender = get_tender(get_db(), tender_id)
    if tender is None:
        abort(404)
    return tender


def _save(form: WorkbenchForm, tender: dict, add: tuple[int, str] | None) -> dict | None:
    """Save the form's choices over the tender; on a conflict keep the input on the form, return None."""
    db = get_db()
    if add and 0 <= add[0] < len(form.goals):  # on the form, so a conflict still shows it ticked
        entry = form.goals[add[0]].evidence
        entry.data = [*(entry.data or []), add[1]]
    choices = form.choices()
    known = fetch_records(db, (ref for choice in choices for ref in choice["evidence"]))
    unknown = sorted({ref for c in choices for ref in c["evidence"] if ref not in known})
    if unknown:
        flash(f"Niet (meer) in de kennisbank, dus niet opgeslagen: {', '.join(unknown)}.", "warning")
    stored = goals_from_records(tender["goals"])
    goals, orphans = apply_choices(stored, choices, set(known))
    if goals == stored and not orphans:
        return tender
    try:
        saved = update_goals(db, tender["id"], goals_to_records(goals), user=current_user.username,
                             expected_version=form.expected_version())
    except ConflictError as exc:
        form.conflict = {"by": exc.current.get("updated_by") or "iemand anders",
                         "version": exc.current["version"],
                         "goals": differences(goals_from_records(exc.current["goals"]), form.choices())}
        form.version.data = str(exc.current["version"])  # the next save overwrites what was seen
        return None
    for orphan in orphans:
        flash(f"Het doel ‘{orphan['text']}’ staat niet meer in de aanbesteding; uw keuzes daarvoor "
              f"zijn niet opgeslagen ({', '.join(orphan['evidence']) or 'geen bewijs'}). "
              f"Uw eigen tekst was: {orphan['own_text'] or '(leeg)'}", "warning")
    return saved


def _action() -> tuple[str, int, str]:
    """The button pressed: ("add", goal, ref), ("search", goal, ""), ("recommend", goal or -1 for
    all goals, "") or ("save", -1, "")."""
    if request.form.get("recommend") == "all":
        return "recommend", -1, ""
    for name in ("add", "search", "recommend"):
        goal, _, ref = request.form.get(name, "").partition(":")
        if goal.isdigit():
            return name, int(goal), ref.strip()
    return "save", -1, ""


def _take_recommended(form: WorkbenchForm, tender: dict, goal: int) -> int:
    """Tick the recommended evidence of one goal (or of all, goal -1) on the form; return how many were new."""
    indices = range(len(form.goals)) if goal < 0 else [goal] if goal < len(form.goals) else []
    stored = goals_from_records(tender["goals"])
    picks = recommended(get_db(), [goal_for(stored, form.goals[i].goal_text.data, i) for i in indices])
    if picks is None:
        flash("Het aanbevolen bewijs is niet beschikbaar: het embeddingmodel kan niet worden geladen.", "error")
        return 0
    added = 0
    for index, refs in zip(indices, picks):
        entry = form.goals[index].evidence
        before = list(entry.data or [])
        entry.data = list(dict.fromkeys([*before, *refs]))
        added += len(entry.data) - len(before)
    return added


def _after_save(form: WorkbenchForm, action: str, goal: int, tender_id: int, added: int = 0):
    if action == "save" or (action == "recommend" and goal < 0):
        flash(_SAVED[action].format(added=added), "success")
        return redirect(url_for(".index", tender_id=tender_id))
    if action == "recommend":
        flash(_SAVED[action].format(added=added), "success")
        return redirect(url_for(".index", tender_id=tender_id, _anchor=f"doel-{goal + 1}"))
    query = form.goals[goal].query.data if goal < len(form.goals) else ""
    if action == "add":
        flash("Het record is toegevoegd aan het bewijs voor dit doel; uw keuzes zijn opgeslagen.", "success")
    return redirect(url_for(".index", tender_id=tender_id, doel=goal, q=query or None,
                            _anchor=f"doel-{goal + 1}"))


@bp.route("/werkbank", methods=["GET", "POST"])
@role_required("directeur")
def index(tender_id: int):
    """Each goal with its ranked evidence: tick what goes in, search and add, write an own paragraph."""
    tender = _tender_or_404(tender_id)
    if request.method == "POST":
        form = WorkbenchForm()
        form.conflict = None
        action, goal, ref = _action()
        added = (goal, ref) if action == "add" else None
        if form.validate_on_submit():
            new = _take_recommended(form, tender, goal) if action == "recommend" else 0
            if _save(form, tender, added) is not None:
                return _after_save(form, action, goal, tender_id, new)
        tender = get_tender(get_db(), tender_id) or tender
    else:
        form = WorkbenchForm.from_tender(for_chosen_lots(tender))  # the goals of the lots we bid for
        form.conflict = None
    return _render_workbench(tender, form)


def _render_workbench(tender: dict, form: WorkbenchForm):
    db = get_db()
    texts = [entry.goal_text.data or "" for entry in form.goals]
    found = matches(db, texts)
    search_goal = request.args.get("doel", type=int)
    query = (request.args.get("q") or "").strip()
    if search_goal is not None and 0 <= search_goal < len(form.goals) and request.method == "GET":
        form.goals[search_goal].query.data = query
    goals = goal_rows(db, goals_from_records(tender["goals"]), form, found.hits)
    results = search_rows(db, query, form, search_goal) if query and not found.error else None
    status = 409 if form.conflict else 200
    coverages = [g["coverage"] for g in goals]
    return render_template("workbench/index.html", tender=tender, form=form, goals=goals, lots=chosen_lots(tender),
                           found=found, search_goal=search_goal, query=query, results=results,
                           counts=summary(coverages), available=summary(coverages, by="available"),
                           review_form=ReviewForm()), status


@bp.route("/review", methods=["POST"])
@role_required("directeur")
def review(tender_id: int):
    """Move the proposal to another review state (concept, ter review, goedgekeurd), noting who and when."""
    _tender_or_404(tender_id)
    form = ReviewForm()
    if form.validate_on_submit():
        set_review_state(get_db(), tender_id, form.state.data, user=current_user.username)
        flash(f"Status van het voorstel: {REVIEW_STATES[form.state.data]}.", "success")
    else:
        flash("De status is niet gewijzigd: " + "; ".join(e for errors in form.errors.values() for e in errors), "error")
    return redirect(url_for(".index", tender_id=tender_id))


@bp.route("/dekking")
@role_required("directeur")
def coverage(tender_id: int):
    """Goals × evidence at a glance: which goals are well, thinly or not covered."""
    tender = _tender_or_404(tender_id)
    db = get_db()
    goals = goals_from_records(for_chosen_lots(tender)["goals"])
    found = matches(db, [goal.text for goal in goals])
    records = fetch_records(db, [h.ref for hits in found.hits for h in hits]
                            + [r for goal in goals for r in goal.evidence])
    coverages = [goal_coverage(hits, goal.evidence, records) for goal, hits in zip(goals, found.hits)]
    return render_template("workbench/coverage.html", tender=tender, found=found,
                           rows=list(zip(goals, coverages)), counts=summary(coverages),
                           available=summary(coverages, by="available"))


def _draft_of(tender: dict):
    """The tender's checked draft with the app's organisation and house style (runs in the draft job)."""
    return draft_tender(get_db(), tender, current_app.config["ORGANISATION"],
                        current_app.config.get("HOUSE_STYLE") or None,
                        workdir=instance_tmp(current_app.instance_path), embedder=page_embedder()[0])


def _key(tender: dict) -> str:
    settings = (current_app.config["ORGANISATION"], current_app.config.get("HOUSE_STYLE") or "")
    return draft_key(get_db(), tender, settings, date.today())


def _draft_job(tender: dict, retry: bool = False) -> DraftJob:
    """The job making the draft of the tender's saved choices: the one already there, or a new one."""
    app = current_app._get_current_object()

    def make():
        with app.app_context():  # its own connection, closed when the draft is made
            return _draft_of(tender)
    return jobs_of(app).submit(tender["id"], _key(tender), make, retry=retry)


@bp.route("/concept")
@role_required("directeur")
def draft(tender_id: int):
    """Show the checks (numbers, sections, length, consent) of the draft, or its progress while it is made."""
    tender = _tender_or_404(tender_id)
    job = _draft_job(tender, retry=request.args.get("opnieuw") == "1")
    state = job.state  # read once: the worker may finish while the page is rendered
    return render_template("workbench/draft.html", tender=tender, busy=state not in (DONE, FAILED),
                           checked=job.checked if state == DONE else None,
                           error=job.error if state == FAILED else None,
                           ahead=jobs_of(current_app).ahead(job), filename=draft_filename(tender["title"]))


@bp.route("/concept/status")
@role_required("directeur")
def draft_status(tender_id: int):
    """Whether the draft of the saved choices is waiting, being made, done or failed ("none": not asked for)."""
    tender = _tender_or_404(tender_id)
    job = jobs_of(current_app).find(tender_id, _key(tender))
    response = jsonify(state=job.state if job else "none")
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/concept/download")
@role_required("directeur")
def download(tender_id: int):
    """The draft of the saved choices as a Word file; while it is being made, the download waits for it
    (or, when other downloads are waiting already, shows its progress at once)."""
    tender = _tender_or_404(tender_id)
    job = jobs_of(current_app).wait_for_download(_draft_job(tender), DOWNLOAD_WAIT_SECONDS)
    if job.state != DONE:
        flash(_NOT_READY.get(job.state, "Het concept kon niet worden gemaakt: {error}").format(error=job.error),
              "error" if job.state == FAILED else "warning")
        return redirect(url_for(".draft", tender_id=tender_id))
    response = Response(job.checked.docx, mimetype=DOCX_MIME)
    response.headers["Content-Disposition"] = f'attachment; filename="{draft_filename(tender["title"])}"'
    response.headers["Cache-Control"] = "no-store"
    return response
