"""Sort the evidence chosen for a goal into methods, projects and results with their numbers."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import activity_words, wording
from .models import DraftRequest


@dataclass
class ResultItem:
    """A proven result, from a result record or a result listed inside a project."""

    ref: str
    title: str
    indicator: str
    value: str
    unit: str
    period: str
    municipality: str = ""
    story: str = ""
    consent: bool = False
    pseudonymised: bool = False
    project_title: str = ""
    project_label: str = ""  # the project where it stands for our approach (wording.project_named)
    target_group: str = ""  # for whom the work that achieved it was done
    project_activity: str = ""  # the method the project applied, when the draft names that method
    project_offers: tuple = ()  # what the project offers, as its description names it (activity_words.activities)


@dataclass
class GoalEvidence:
    """The evidence of one goal, sorted by kind."""

    methods: list[dict] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)
    results: list[ResultItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.methods or self.projects or self.results)


def used_records(request: DraftRequest) -> list[dict]:
    """Every record chosen for any goal, once, in order of first use."""
    seen: dict[str, dict] = {}
    for goal in request.goals:
        for record in request.evidence(goal):
            seen.setdefault(record.get("ref", ""), record)
    return list(seen.values())


def _from_result(record: dict, projects: dict[str, dict]) -> ResultItem:
    project = projects.get(record.get("project", ""), {})
    return ResultItem(
        ref=record.get("ref", ""), title=record.get("title", ""),
        indicator=record.get("indicator", ""), value=record.get("value", ""),
        unit=record.get("unit", ""), period=record.get("period", "") or project.get("period", ""),
        municipality=record.get("municipality", "") or project.get("municipality", ""),
        story=record.get("story", ""), consent=record.get("consent") is True,
        pseudonymised=record.get("pseudonymised") is True, project_title=project.get("title", ""),
        project_label=wording.project_named(project) if project else "", project_activity=activity_of(project),
        project_offers=tuple(activity_words.activities(project.get("summary") or "")),
        target_group=" ".join(str(record.get("target_group") or "").split()))


def activity_of(project: dict) -> str:
    """The method a project of another town applied (`method_titles`, set by the outline from the draft's
    records): what we do here is that method, not the other town's project ("Mantelzorgsteunpunt Amersfoort");
    "" for a project without one or of this municipality (`here`, set by the outline)."""
    titles = project.get("method_titles") or []
    return titles[0] if titles and not project.get("here") else ""


def _from_project(project: dict) -> list[ResultItem]:
    # Inline results carry no consent flag of their own: their stories count as without consent.
    return [ResultItem(
        ref=project.get("ref", ""), title=project.get("title", ""),
        indicator=item.get("indicator", ""), value=item.get("value", ""), unit=item.get("unit", ""),
        period=project.get("period", ""), municipality=project.get("municipality", ""),
        story=item.get("story", ""), consent=item.get("consent") is True,
        pseudonymised=item.get("pseudonymised") is True, project_title=project.get("title", ""),
        project_label=wording.project_named(project))
        for item in project.get("results") or []]


def gather(chosen: list[dict], projects: dict[str, dict]) -> GoalEvidence:
    """Sort a goal's records; `projects` maps refs of all used projects for result context."""
    evidence = GoalEvidence()
    seen: set[tuple[str, str, str]] = set()
    results = [r for r in chosen if r.get("type") == "result"]
    for record in chosen:
        if record.get("type") == "method":
            evidence.methods.append(record)
        elif record.get("type") == "project":
            evidence.projects.append(record)
    # Result records first, so a project's inline copy of the same figure is skipped.
    candidates = [_from_result(r, projects) for r in results]
    for project in evidence.projects:
        candidates.extend(_from_project(project))
    for item in candidates:
        key = (item.indicator.strip().lower(), item.value.strip(), item.unit.strip())
        if key not in seen or not item.value:
            seen.add(key)
            evidence.results.append(item)
    return evidence

