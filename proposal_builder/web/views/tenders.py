"""Tender intake in the browser: upload or paste, the tender page with its goals, the list and the bin."""
from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from knowledge_base import ConflictError
from knowledge_base.saved_tenders import (get_tender, list_tenders, save_tender,
                                    set_tender_deleted, update_goals)

from ..request_db import get_db
from ..forms.tender_facts import CRITERION_KINDS, REQUIREMENT_KINDS, FactsForm, lot_titles
from ..forms.tenders import ROUTES, GoalListForm, IntakeForm, VersionedForm
from ..security import role_required
from ... import pipeline
from ...tender import DEFAULT_MAX_BYTES, KIND_LABELS, Goal, TenderReadError, goal_edits
from ...tender.goal import goals_to_records
from ...tender.lot_choice import CHOSEN, lots_of
from ...tender.reading.errors import too_large
from ...tender.reading.sniffing import refuse_data_text
from ... import dutch
from . import tender_undo
from .tender_display import expired, fact_rows, goals_by_block, section_text, source_parts

bp = Blueprint("tenders", __name__, url_prefix="/aanbestedingen")
DONE = {"save": "De doelen zijn opgeslagen.", "add": "Het nieuwe doel is toegevoegd.",
        "block": "De tekst is als doel toegevoegd.", "merge": "De doelen zijn samengevoegd.",
        "split": "Het doel is gesplitst.", "delete": "Het doel is verwijderd.",
        "up": "Het doel is een plaats omhoog gezet.", "down": "Het doel is een plaats omlaag gezet."}

EDITS = {"merge": goal_edits.merge_with_next, "split": goal_edits.split_goal, "delete": goal_edits.delete_goal}


@bp.context_processor
def _names() -> dict:
    return {"KIND_LABELS": KIND_LABELS, "ROUTES": ROUTES, "dutch_date": dutch.date_time,
            "number": dutch.number, "money": dutch.money, "section_text": section_text, "expired": expired,
            "REQUIREMENT_KINDS": REQUIREMENT_KINDS, "CRITERION_KINDS": CRITERION_KINDS,
            "workbench_url": _workbench_url}


def _workbench_url(tender_id: int) -> str | None:
    """The matching workbench of the tender, when that blueprint is installed."""
    if "workbench.index" in current_app.view_functions:
        return url_for("workbench.index", tender_id=tender_id)
    return None


def _tender_or_404(tender_id: int) -> dict:
    tender = get_tender(get_db(), tender_id, include_deleted=True)
    if tender is None:
        abort(404)
    return tender


def _max_bytes() -> int:
    return current_app.config.get("MAX_CONTENT_LENGTH") or DEFAULT_MAX_BYTES


@bp.route("/")
@role_required("directeur")
def index():
    """List the saved tenders, most recently changed first."""
    return render_template("tenders/index.html", tenders=list_tenders(get_db()))


def _analyse(form: IntakeForm):
    """Read the uploaded file or the pasted text; raise TenderReadError when that fails."""
    if _has_file(form):
        upload = form.file.data
        return pipeline.analyse(pipeline.read(upload.read(), upload.filename, _max_bytes())), upload.filename
    refuse_data_text(form.text.data or "")  # pasted JSON or CSV is no tender either
    return pipeline.analyse(pipeline.read_text(form.text.data)), ""


@bp.route("/nieuw", methods=["GET", "POST"])
@role_required("directeur")
def new():
    """Upload or paste a tender; read it, save its goals and facts, and open its page."""
    form = IntakeForm()
    if form.validate_on_submit():
        try:
            analysis, filename = _analyse(form)
        except TenderReadError as exc:
            field = form.file if _has_file(form) else form.text
            field.errors = [*field.errors, exc.message]
            return render_template("tenders/new.html", form=form, read_error=exc.message), 422
        record = pipeline.tender_from_analysis(analysis, filename, form.title.data or "", form.municipality.data or "")
        tender = pipeline.store(get_db(), record, user=current_user.username)
        _flash_found(tender)
        for notice in record["notices"]:
            flash(notice, "warning")
        return redirect(url_for(".view", tender_id=tender["id"]))
    return render_template("tenders/new.html", form=form, read_error=None)


def _has_file(form: IntakeForm) -> bool:
    return bool(form.file.data and form.file.data.filename)


def _flash_found(tender: dict) -> None:
    count = len(tender["goals"])
    if count:
        flash(f"De uitvraag is gelezen: {count} {'doel' if count == 1 else 'doelen'} gevonden. "
              "Controleer ze naast de brontekst en pas ze zo nodig aan.", "success")
    else:
        flash("De uitvraag is gelezen, maar er zijn geen doelen in gevonden. Voeg ze toe vanuit de "
              "brontekst (knop + doel) of typ ze zelf in.", "warning")


@bp.errorhandler(413)
def upload_too_large(error):
    """A request above the size limit: the intake page with a Dutch message, status 413."""
    # Form fields may be as large as the request (MAX_FORM_MEMORY_SIZE), so only the whole
    # request's size can be the cause here.
    message = too_large(_max_bytes()).message
    # The refused request's fields cannot be read, so the form starts empty.
    return render_template("tenders/new.html", form=IntakeForm(formdata=None), read_error=message,
                           too_large=True), 413


@bp.route("/<int:tender_id>")
@role_required("directeur")
def view(tender_id: int):
    """Show a tender: its goals to edit next to the source text, and its facts."""
    tender = _tender_or_404(tender_id)
    return _render_tender(tender, GoalListForm.from_tender(tender), _facts_form(tender))


def _facts_form(tender: dict) -> FactsForm:
    return FactsForm.from_tender(tender)


def _render_tender(tender: dict, goals_form: GoalListForm, facts_form: FactsForm,
                   conflict: dict | None = None, status: int = 200):
    goals = goals_form.goal_list()
    blocks = tender["blocks"]
    return render_template(
        "tenders/view.html", tender=tender, form=goals_form, facts_form=facts_form, conflict=conflict,
        parts=source_parts(blocks), used=goals_by_block(goals), facts=fact_rows(tender, ROUTES),
        undo=tender_undo.pending(tender["id"]),
        block_at={block["position"]: block for block in blocks}), status


def _apply(form: GoalListForm, blocks: list[dict]) -> tuple[list[Goal], int | None]:
    """The goal list after the pressed button, and the (0-based) goal to show afterwards."""
    verb, index = form.verb()
    goals = form.goal_list()
    if verb in EDITS:
        goals = EDITS[verb](goals, index)
        return goals, min(index, len(goals) - 1) if goals else None
    if verb in ("up", "down"):
        step = -1 if verb == "up" else 1
        moved = goal_edits.move_goal(goals, index, step)
        return moved, max(0, min(index + step, len(goals) - 1))
    if verb == "add":
        goal = goal_edits.new_goal(form.new_text.data, form.new_kind.data, [part for part in (form.new_section.data or "").split(" > ") if part.strip()])
        return goal_edits.insert_goal(goals, goal), len(goals)
    if verb == "block":
        return _add_block(goals, blocks, index)
    return goals, None


def _add_block(goals: list[Goal], blocks: list[dict], position: int) -> tuple[list[Goal], int]:
    block = next((b for b in blocks if b["position"] == position and b["kind"] != "heading"), None)
    if block is None:
        raise goal_edits.GoalEditError("Dit stuk brontekst bestaat niet; laad de pagina opnieuw.")
    goal = goal_edits.goal_from_block(block)
    updated = goal_edits.insert_goal(goals, goal)
    return updated, next(i for i, g in enumerate(updated) if g is goal)


def _one_line(goals: list[Goal]) -> list[Goal]:
    """Goal texts on one line: line breaks only matter when splitting."""
    return [replace(goal, text=" ".join(goal.text.split())) for goal in goals]


@bp.route("/<int:tender_id>/doelen", methods=["POST"])
@role_required("directeur")
def goals(tender_id: int):
    """Apply the pressed button to the posted goal list and save it, unless someone saved first."""
    tender = _tender_or_404(tender_id)
    form = GoalListForm()
    if not form.validate_on_submit():
        return _render_tender(tender, form, _facts_form(tender))
    try:
        edited, focus = _apply(form, tender["blocks"])
    except goal_edits.GoalEditError as exc:
        form.action.errors = [str(exc)]
        return _render_tender(tender, form, _facts_form(tender))
    edited = _one_line(edited)
    deleted = tender_undo.deleted_goal(*form.verb(), form.goal_list(), tender_id)
    try:
        update_goals(get_db(), tender_id, goals_to_records(edited), user=current_user.username,
                     expected_version=form.expected_version())
    except (ConflictError, KeyError) as exc:
        return _conflict(tender_id, goals=edited, busy=getattr(exc, "busy", False))
    tender_undo.remember(deleted)
    flash(DONE[form.verb()[0]], "success")
    anchor = f"doel-{focus + 1}" if focus is not None else None
    return redirect(url_for(".view", tender_id=tender_id, _anchor=anchor))


@bp.route("/<int:tender_id>/doelen/ongedaan", methods=["POST"])
@role_required("directeur")
def undo_delete(tender_id: int):
    """Put the goal deleted last back in its place."""
    tender, undo = _tender_or_404(tender_id), tender_undo.pending(tender_id)
    if undo is None:
        flash("Er is geen verwijderd doel om terug te zetten.", "info")
        return redirect(url_for(".view", tender_id=tender_id))
    goals, index = tender_undo.restored([Goal.from_record(g) for g in tender["goals"]], undo)
    update_goals(get_db(), tender_id, goals_to_records(goals), user=current_user.username)
    tender_undo.remember(None)
    flash("Het verwijderde doel is teruggezet.", "success")
    return redirect(url_for(".view", tender_id=tender_id, _anchor=f"doel-{index + 1}"))


def _conflict(tender_id: int, goals: list[Goal] | None = None, facts_form: FactsForm | None = None,
              busy: bool = False):
    """Show the director's unsaved goals or facts against what someone else saved meanwhile (409).

    The forms now carry the stored version, so saving again deliberately overwrites it.
    """
    current = _tender_or_404(tender_id)
    conflict = {"by": current["updated_by"] or "iemand anders", "version": current["version"],
                "deleted": bool(current["deleted_at"]), "facts": facts_form is not None,
                "goals": current["goals"] if goals is not None else None, "busy": busy}
    if facts_form is not None:
        facts_form.version.data = str(current["version"])
    return _render_tender(current, GoalListForm.from_tender(current, goals),
                          facts_form or _facts_form(current), conflict, 409)


@bp.route("/<int:tender_id>/gegevens", methods=["POST"])
@role_required("directeur")
def facts(tender_id: int):
    """Save the corrected title, municipality, route and limits."""
    tender = _tender_or_404(tender_id)
    form = FactsForm()
    if not form.validate_on_submit():
        return _render_tender(tender, GoalListForm.from_tender(tender), form)
    facts = form.facts()
    renamed = lot_titles(form, tender.get("lots") or [])  # a lot renamed keeps its choice; one removed loses it
    facts[CHOSEN] = [title for old in tender.get(CHOSEN) or [] if (title := renamed.get(old, old))
                     and title in {lot.title for lot in lots_of(facts)}]
    try:
        save_tender(get_db(), {**tender, **facts}, user=current_user.username,
                    tender_id=tender_id, expected_version=form.expected_version())
    except (ConflictError, KeyError) as exc:
        return _conflict(tender_id, facts_form=form, busy=getattr(exc, "busy", False))
    flash("De gegevens van de aanbesteding zijn opgeslagen.", "success")
    if len(facts[CHOSEN]) < len(tender.get(CHOSEN) or []):
        flash("Een gekozen perceel staat niet meer in de lijst: kies opnieuw waarop u inschrijft.", "warning")
    return redirect(url_for(".view", tender_id=tender_id))


@bp.route("/<int:tender_id>/percelen", methods=["POST"])
@role_required("directeur")
def choose_lots(tender_id: int):
    """Save the lots the organisation bids for (none ticked: all lots)."""
    tender = _tender_or_404(tender_id)
    form = VersionedForm()
    if not form.validate_on_submit():
        abort(400)
    titles = {lot.title for lot in lots_of(tender)}
    chosen = [title for title in dict.fromkeys(request.form.getlist("lot")) if title in titles]
    try:
        save_tender(get_db(), {**tender, CHOSEN: chosen}, user=current_user.username,
                    tender_id=tender_id, expected_version=form.expected_version())
    except (ConflictError, KeyError) as exc:
        return _conflict(tender_id, busy=getattr(exc, "busy", False))
    flash(f"U schrijft in op {' en '.join(chosen)}." if chosen else
          "Geen perceel gekozen: de werkbank en het concept gaan over alle percelen.", "success")
    return redirect(url_for(".view", tender_id=tender_id) + "#perceelkeuze")


@bp.route("/<int:tender_id>/verwijderen", methods=["GET", "POST"])
@role_required("directeur")
def delete(tender_id: int):
    """Ask for confirmation, then move the tender to the bin."""
    tender = _tender_or_404(tender_id)
    if request.method == "POST":
        set_tender_deleted(get_db(), tender_id, True, user=current_user.username)
        flash(f"‘{tender['title']}’ staat in de prullenbak; u kunt de aanbesteding daar terugzetten.", "success")
        return redirect(url_for(".index"))
    return render_template("tenders/delete.html", tender=tender)


@bp.route("/prullenbak", endpoint="bin")
@role_required("directeur")
def show_bin():
    """List the tenders in the bin."""
    return render_template("tenders/bin.html", tenders=list_tenders(get_db(), deleted=True))


@bp.route("/<int:tender_id>/terugzetten", methods=["POST"])
@role_required("directeur")
def restore(tender_id: int):
    """Bring a tender back from the bin."""
    tender = _tender_or_404(tender_id)
    if tender["deleted_at"]:
        set_tender_deleted(get_db(), tender_id, False, user=current_user.username)
        flash(f"‘{tender['title']}’ is teruggezet uit de prullenbak.", "success")
    else:
        flash("Deze aanbesteding staat niet in de prullenbak.", "info")
    return redirect(url_for(".view", tender_id=tender_id))
