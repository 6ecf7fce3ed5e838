"""Build the outline of a Dutch proposal: chapters by route and criteria, goal sections, sources."""
from __future__ import annotations

import re

from . import wording
from .admission import applied_lots, theme_choice
from .budget import budget
from .chapters import (VOLUNTEER_WORDS, appendix, chapter_heading, cooperation, interview_annex, key_message,
                       monitoring, reach, requirements, standard, summary, team, title_page)
from .citations import level_label
from .document import Element, Heading, Outline, Run, Table, para, placeholder
from .evidence import GoalEvidence, gather
from .goal_section import Composer, Detail, continued_work, goal_heading
from .library_chapters import LibraryWriter, with_quality_chapter
from .models import DraftRequest
from .plan import TOPICS, Chapter, plan_chapters
from .record_chapters import grounding, reach_known, recognised_methods, volunteer_counts, volunteers

OVERVIEW_TITLE = "Aansluiting bij de doelen van de gemeente"
OVERVIEW_HEADER = ["Doel", "Onze aanpak", "Bewezen resultaat"]
TEAM_WORDS = dict(TOPICS)["team"]  # a criterion on staff, also when named with another topic ("Personeel en implementatie")
STAFF_WORDS = re.compile(r"personeel|team|medewerker|professional|beroeps|deskundig", re.IGNORECASE)  # ... or paid staff
REACH_WORDS = re.compile(r"\bbereik|doelgroep|vindplaats|toeleiding", re.IGNORECASE)  # a chapter title asking reach
GOAL_STYLES = {"goals": "plan", "activity_plan": "activity", "themes": "theme", "lot": "theme"}


def build_outline(request: DraftRequest, detail: Detail | None = None, overview: bool = True) -> Outline:
    """The full outline for the tender's route and criteria; `detail` and `overview` are lowered to fit the limits."""
    chapters = with_quality_chapter(plan_chapters(request.tender, len(request.goals)), request.library,
                                    request.tender.route)
    evidence, notices = _fitting_evidence(request)
    used = _used(request, evidence)
    library = LibraryWriter(request, chapters, lean=not overview, evidence=used)  # fitting for length: short texts first
    detail = detail or Detail()
    composer = Composer(request.tender.municipalities, detail, notices=notices, labels=_labels(chapters))
    outline = Outline(used_records=used, outside_limit=_outside_limit(request, chapters))
    outline.add(*title_page(request.tender, detail.cover),
                *summary(request, chapters, library.key_message() or key_message(request, evidence)))
    umbrella = any(chapter.overview for chapter in chapters)
    if overview and request.goals and request.tender.route != "open house" and not umbrella:
        outline.add(*_overview(request, evidence))
    number = 0
    written = [c for c in chapters if c.kind not in ("price", "interview")]
    # the partners of our current work are listed once, in the first chapter on cooperation; later ones refer to it
    partners_at = next((n for n, c in enumerate(written, start=1) if c.kind == "cooperation"), 0)
    # one deployment table, after the last chapter of the activity plan (a subsidy may spread its goals over several)
    composer.deploy_after = next((c for c in reversed(chapters) if c.kind == "activity_plan"), None)
    for chapter in chapters:
        if chapter.kind in ("price", "interview"):
            continue  # price is in the price sheet; the interview gets an annex
        number += 1
        outline.add(*chapter_heading(chapter, request.tender.route),
                    *_body(chapter, request, evidence, composer, used, number, library, partners_at))
        if chapter.page_limit:
            outline.budgets[chapter.title] = chapter.page_limit
    outline.add(*_compliance(request, library), *_annexes(request, chapters, library),
                *appendix(used + _behind(request, used)))
    outline.notices = composer.notices
    outline.derived = composer.derived
    outline.library_used = library.used
    return outline


def _body(chapter: Chapter, request: DraftRequest, evidence: list[GoalEvidence], composer: Composer,
          used: list[dict], number: int, library: LibraryWriter, partners_at: int = 0) -> list[Element]:
    if chapter.kind in GOAL_STYLES:
        applied = applied_lots(request, used) if chapter.kind in ("themes", "lot") else []
        places = {n - 1: where for lot, where in applied for n in lot.goals}
        blocks: list[Element] = theme_choice(applied, evidence, composer.labels) if chapter.kind == "themes" else []
        if chapter.overview:  # a criterion over every goal: the goals at a glance, each detailed where it is asked
            blocks += _overview(request, evidence, heading=False) or [placeholder(
                "bijdrage aan alle doelen", "per doel de activiteit en het verwachte effect; de uitwerking staat bij elk thema")]
        for k, index in enumerate(chapter.goals, start=1):
            blocks += composer.section(index + 1, request.goals[index], evidence[index], GOAL_STYLES[chapter.kind],
                                       f"{number}.{k}", places.get(index))
        return blocks + (composer.deployment_table() if chapter is composer.deploy_after else [])
    work = used + _behind(request, used)  # the chosen work and the projects behind its results, for these chapters
    if chapter.kind == "cooperation":  # "Bereik en samenwerking", "Samenwerking en vindplaatsen": reach too
        later = partners_at != number  # the partners stand in an earlier chapter already: refer to it
        places = request.tender.municipalities
        listed = library.has_partners or any(r.get("type") == "project" and wording.plan_partners(r, places) for r in work)
        return cooperation(request, work, library.texts(chapter) if later else library.cooperation(chapter),
                           reach_known(evidence) if REACH_WORDS.search(chapter.title) else [], chapter.title,
                           listed_in=partners_at if later and listed else 0)
    if chapter.kind == "monitoring":
        return monitoring(request, library.texts(chapter))
    if chapter.kind == "budget":
        blocks, composer.derived = budget(request.tender.budget, composer.activities, library.profile())
        return blocks
    if chapter.kind == "grounding":
        return grounding(used) + (library.standard(chapter) or standard("grounding", chapter))
    if chapter.kind == "reach":
        return [*reach(request.goals, evidence, request.tender.municipalities, composer.labels, library.lean),
                *library.texts(chapter)]
    if chapter.kind == "requirements":
        return [*library.who_we_are(), *requirements(request.tender, ("admission", "minimum", "suitability", "wish"),
                                                      library.requirement_cells)]
    on_team = TEAM_WORDS.search(chapter.title) or chapter.kind == "team"
    volunteers_only = bool(VOLUNTEER_WORDS.search(chapter.title)) and not STAFF_WORDS.search(chapter.title)
    staff = team(work, volunteers_only) if on_team else []
    helping = [*volunteers(work), *volunteer_counts(work, request.records)] if VOLUNTEER_WORDS.search(chapter.title) else []
    hint = "team_known" if staff else "volunteers_known" if helping else chapter.kind
    return staff + helping + (recognised_methods(used) if on_team else []) + (library.standard(chapter) or standard(
        hint if chapter.kind == "team" else chapter.kind, chapter))


def _outside_limit(request: DraftRequest, chapters: list[Chapter]) -> list[str]:
    """The chapters a limit set for the activity plan does not count: the budget, handed in beside it."""
    if not request.tender.page_limit_part:
        return []
    return [chapter.title for chapter in chapters if chapter.kind == "budget"]


def _labels(chapters: list[Chapter]) -> dict[int, str]:
    """Each goal's section number ("1.3") by goal index, as the chapters will number them."""
    numbered = [c for c in chapters if c.kind not in ("price", "interview")]
    return {index: f"{number}.{k}" for number, chapter in enumerate(numbered, start=1) if chapter.kind in GOAL_STYLES
            for k, index in enumerate(chapter.goals, start=1)}


def _fitting_evidence(request: DraftRequest) -> tuple[list[GoalEvidence], list[str]]:
    """Per goal the chosen records that fit it, sorted by kind; a notice for each one left out."""
    chosen = [request.fitting(number, goal) for number, goal in enumerate(request.goals, start=1)]
    chosen = [([_with_methods(r, request) for r in fit], off) for fit, off in chosen]
    # the chosen projects, and for a result's context the project behind it, also when that was not chosen
    projects = {r["ref"]: r for r in request.records.values() if r.get("type") == "project"}
    projects.update({r["ref"]: r for fit, _ in chosen for r in fit if r.get("type") == "project"})
    notices = [f"{r.get('ref')} ‘{r.get('title', '')}’ past niet bij doel {number} ‘{goal_heading(goal)}’ en is "
               "weggelaten; kies in de werkbank bewijs dat bij dit doel hoort."
               for number, (goal, (_, off)) in enumerate(zip(request.goals, chosen), start=1) for r in off]
    linked = [fit + _linked_results(request, number, fit) for number, (fit, _) in enumerate(chosen, start=1)]
    return [gather(fit, projects) for fit in linked], notices


def _with_methods(record: dict, request: DraftRequest) -> dict:
    """A project with the titles of its methods the draft holds and whether it ran in this municipality, so the
    plan names the method we apply here rather than another town's project (`evidence.activity_of`)."""
    if record.get("type") != "project":
        return record
    titles = [request.records[ref]["title"] for ref in record.get("methods") or []
              if request.records.get(ref, {}).get("type") == "method"]
    return {**record, "method_titles": titles, "here": wording.here(record, request.tender.municipalities)}


def _linked_results(request: DraftRequest, number: int, fit: list[dict]) -> list[dict]:
    """For a goal whose chosen records hold a project but no recognised method and no result: that project's
    results the draft uses elsewhere and that match this goal too, so "why it works" shows what the work achieved
    instead of a place to fill, or after "not recognised; our own results show it works" (issue 11: follow the
    method–project–result links). A goal with a recognised method has its "why"."""
    if any(r.get("type") == "result" or (r.get("type") == "method" and level_label(r.get("evidence_level", "")))
           for r in fit):
        return []
    projects = {r["ref"] for r in fit if r.get("type") == "project"}
    matching = request.fits.get(number, set()) if request.fits is not None else None
    return [r for r in request.records.values() if r.get("type") == "result" and r.get("project") in projects
            and (matching is None or r.get("ref") in matching)]


def _behind(request: DraftRequest, used: list[dict]) -> list[dict]:
    """The projects behind the results the draft uses, not chosen themselves: the work its result sentences name,
    whose partners, staff and volunteers the chapters on cooperation and staff may name (with their refs)."""
    chosen = {r["ref"] for r in used}
    behind = (request.records.get(r.get("project") or "", {}) for r in used if r.get("type") == "result")
    return list({p["ref"]: p for p in behind if p.get("type") == "project" and p["ref"] not in chosen}.values())


def _used(request: DraftRequest, evidence: list[GoalEvidence]) -> list[dict]:
    seen: dict[str, dict] = {}
    for goal_evidence in evidence:
        for record in goal_evidence.methods + goal_evidence.projects:
            seen.setdefault(record["ref"], record)
        for item in goal_evidence.results:
            if item.ref in request.records:
                seen.setdefault(item.ref, request.records[item.ref])
    return list(seen.values())


def _overview(request: DraftRequest, evidence: list[GoalEvidence], heading: bool = True) -> list[Element]:
    """The goals at a glance with our approach and a proven result (under its own heading unless told not);
    left out when most of its cells would be a dash, as such a table tells the committee first what we lack."""
    rows, shown = [], set()
    for goal, goal_evidence in zip(request.goals, evidence):
        approach = [[Run(title)] for title in ([r.get("title", "") for r in goal_evidence.methods]
                                               or continued_work(goal_evidence))[:2]] or [[Run("—")]]
        result = next((r for r in goal_evidence.results if r.value and (r.ref, r.indicator) not in shown), None)
        if result:
            shown.add((result.ref, result.indicator))
        rows.append([[[Run(goal_heading(goal))]], approach, _proof(result) if result else [[Run("—")]]])
    if sum(cell == [[Run("—")]] for row in rows for cell in row[1:]) > len(rows):  # over half of two cells a row
        return []
    table = Table(OVERVIEW_HEADER, rows, widths_cm=[6.0, 4.5, 5.5])
    return [Heading(OVERVIEW_TITLE, 1, numbered=False), table] if heading else [para(wording.say("overview_intro")), table]


def _proof(result) -> list[list[Run]]:
    indicator = wording.indicator(result.indicator or result.title, result.value, result.unit)
    return [[Run(f"{indicator}: {wording.value(result.value, result.unit, indicator)} "),
             Run(f"({result.ref})", "source")]]


def _compliance(request: DraftRequest, library: LibraryWriter) -> list[Element]:
    if request.tender.route == "open house":
        return []
    table = requirements(request.tender, ("minimum", "suitability", "wish"), library.requirement_cells)
    return [Heading("Eisen en wensen", 1), *table] if table else []


def _annexes(request: DraftRequest, chapters: list[Chapter], library: LibraryWriter) -> list[Element]:
    """One interview preparation, also when the tender names the interview twice ("Interview", "K5 Interview")."""
    interview = next((chapter for chapter in chapters if chapter.kind == "interview"), None)
    return interview_annex(request, interview, library.interview_people()) if interview else []
