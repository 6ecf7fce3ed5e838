"""From a document's blocks to candidate records in the import format, each with where it came from."""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field

from proposal_builder.tender.reading.blocks import Block

from . import fields
from .figures import cell_figures, text_figures
from .methods import MethodDraft, find_methods
from .names import names_in, normal, same_name
from .prose_projects import introduced, mentions
from .projects import (ProjectDraft, find_or_add, overview_rows, project_named, reads_as_past,
                       section_projects, title_project_name)
from .results import table_results
from .sections import (Section, build_tree, document_kind, document_title, is_generic_heading, report_year, subtitle,
                       subtitle_organisation)
from .words import PLANNING_KINDS, PROSE_PROJECT_NOUNS, has_any

NO_FIGURES_FACETS = ("story", "plans")


@dataclass
class Candidate:
    """A proposed record: the record in the import format, where it was read and what it may duplicate."""

    record: dict
    source: str = ""
    evidence: list[str] = field(default_factory=list)  # the sentences or table rows its figures come from
    as_written: str = ""  # a method's recognition as the document wrote it
    duplicate_of: dict | None = None  # {"ref", "title", "how"} of an existing record

    def to_dict(self) -> dict:
        """The candidate as plain JSON."""
        return {"record": self.record, "source": self.source, "evidence": self.evidence,
                "as_written": self.as_written, "duplicate_of": self.duplicate_of}


@dataclass
class Proposal:
    """Every candidate read from one document, and the chapters left out as no records."""

    source: str
    kind: str
    year: int | None
    candidates: list[Candidate]
    skipped_chapters: list[str]
    seconds: float = 0.0

    def records(self) -> list[dict]:
        """The candidate records alone, in the import format."""
        return [c.record for c in self.candidates]

    def to_dict(self) -> dict:
        """The proposal as plain JSON."""
        return {"source": self.source, "kind": self.kind, "year": self.year,
                "skipped_chapters": self.skipped_chapters, "seconds": round(self.seconds, 2),
                "candidates": [c.to_dict() for c in self.candidates]}


@dataclass
class _Document:
    root: Section
    title: str
    kind: str
    planning: bool
    year: int | None
    title_project: ProjectDraft | None = None
    projects: list[ProjectDraft] = field(default_factory=list)
    methods: list[MethodDraft] = field(default_factory=list)
    owners: dict[int, ProjectDraft] = field(default_factory=dict)  # id(section) → its project
    introduced: dict[int, list[ProjectDraft]] = field(default_factory=dict)  # id(section) → projects its text names


def _read(blocks: list[Block], source: str = "") -> _Document:
    """The document's structure, kind and reporting year (the file name speaks when the title is lost)."""
    title = document_title(blocks)
    kind, names_project = document_kind(title)
    named = re.sub(r"\.[a-z]+$", "", source.rsplit("/", 1)[-1]).replace("_", " ").replace("-", " ").title()
    if not kind and document_kind(subtitle(blocks))[0]:  # 'Buurtcirkels Zevenhoven' above 'Eindverslag 2023-2025'
        title = f"{subtitle(blocks)} {title}"
        kind, names_project = document_kind(title)
    if not kind and document_kind(named)[0]:
        title = named
        kind, names_project = document_kind(title)
    planning = kind in PLANNING_KINDS
    # an annual report names its author in its title or the line under it
    # (a title of no known kind names no organisation: 'Inhoudelijke verantwoording subsidie 2024')
    organisation = "" if names_project else (title_project_name(title) if kind else "") or subtitle_organisation(blocks)
    doc = _Document(build_tree(blocks, organisation), title, kind, planning, report_year(blocks, title))
    if names_project and title_project_name(title):
        doc.title_project = ProjectDraft(title_project_name(title), planned=planning, source="titel van het document",
                                         cells={"period": fields.period(title)})  # 'Projectvoorstel X 2026-2027'
    return doc


def find_all(doc: _Document) -> None:
    """Fill the document's projects (with their figures and fields) and methods."""
    doc.methods = find_methods(doc.root)
    if doc.title_project is None or doc.planning:
        own = doc.title_project.title if doc.title_project is not None else ""
        doc.projects = section_projects(doc.root, doc.year, _title_heading(doc), doc.planning, _start(doc), own)
    if doc.title_project is not None:
        doc.projects.insert(0, doc.title_project)
    _overview_tables(doc)
    _side_projects(doc)
    _assign_owners(doc)
    _prose_projects(doc)
    _figures(doc)
    _fields(doc)


def _start(doc: _Document) -> int | None:
    """The first year the document does not look back on: a plan's first year, else the year after the report's."""
    if not doc.planning:
        return doc.year + 1 if doc.year else None
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", doc.title)]
    if years:
        return min(years)
    first = next((s for s in doc.root.walk() if s is not doc.root and s.text().strip()), None)
    found = fields.period(first.text()) if first is not None else ""
    return int(found[:4]) if found else None


def _past_table(doc: _Document, section: Section, table, cells: dict[str, str]) -> bool:
    """Whether an overview table row tells of earlier work: in a report, unless the table holds targets alone;
    in a plan, by its period, else by the chapter it stands in."""
    start = _start(doc)
    if not doc.planning:
        reported = any(role == "value" or (role == "year" and (start is None or table.year_columns[c] < start))
                       for c, role in enumerate(table.roles))
        return reported or "target" not in table.roles
    if "target" in table.roles:
        return False
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", cells.get("period", ""))]
    if years and start is not None:
        return min(years) < start
    chapter = section
    while chapter.parent is not None and chapter.parent.parent is not None and chapter.parent.heading != doc.title:
        chapter = chapter.parent
    return reads_as_past(chapter, start)  # the chapter it stands in: earlier work, or the plan


def _title_heading(doc: _Document) -> str:
    first = doc.root.children[0].heading if doc.root.children else ""
    return first if first == doc.title else doc.title


def _live_sections(doc: _Document):
    return [s for s in doc.root.walk() if not s.skipped]


def _overview_tables(doc: _Document) -> None:
    for section in _live_sections(doc):
        for table in section.tables:
            for name, cells, _ in overview_rows(table):
                if not _past_table(doc, section, table, cells):
                    continue  # a plan's table of activities or targets
                if sum(1 for p in doc.projects if names_in(name, p.title)) >= 2:
                    continue  # rows a PDF reader joined into one: 'Huiskamer van de Wijk Samen Uit Vennebroek'
                if doc.title_project and not doc.planning and not any(same_name(p.title, name) for p in doc.projects):
                    continue  # a project report's table of activities: all of it is the one project
                project = find_or_add(doc.projects, name, " › ".join(section.path) + " (tabel)")
                for role, text in cells.items():
                    if text.strip():
                        project.cells[role] = f"{project.cells.get(role, '')} {text}".strip()


def _side_projects(doc: _Document) -> None:
    """In a report on one project, a chapter headed as a pilot or project ('Pilot Westkreek') whose text introduces
    another name ('… onder de naam Vaders in Beeld Westkreek') is that other project's."""
    if doc.planning or doc.title_project is None:
        return
    for section in _live_sections(doc):
        if section is doc.root or not has_any(section.heading, PROSE_PROJECT_NOUNS):
            continue
        names = [n for b in section.blocks for n in introduced(b)]  # 'Vaders in Beeld Westkreek' beside 'Vaders in Beeld'
        if names and not any(normal(names[0]) == normal(p.title) for p in doc.projects):
            doc.projects.append(ProjectDraft(names[0], section=section, source=" › ".join(section.path)))


def _prose_projects(doc: _Document) -> None:
    """Projects a report's theme text introduces without a heading of their own (not in a plan, whose text names
    the work to come, nor in a report on one project)."""
    if doc.planning or doc.title_project is not None:
        return
    for section in _live_sections(doc):
        if id(section) in doc.owners or section.facet not in ("", "context") or _in_facet(section, NO_FIGURES_FACETS):
            continue  # a theme chapter ('Programma 2: Bestaanszekerheid') may introduce projects, a part of one not
        for block in section.blocks:
            for name in introduced(block):
                if not any(same_name(name, m.title) for m in doc.methods):
                    project = find_or_add(doc.projects, name, " › ".join(section.path) + " (tekst)")
                    project.cells.setdefault("period", block.text)
                    doc.introduced.setdefault(id(section), []).append(project)


def _local_projects(doc: _Document, section: Section) -> list[tuple[ProjectDraft, bool]]:
    """The projects without a heading of their own that a theme's later paragraphs may be about, each with whether
    a mention by its first word counts (only for one this section introduced: 'het straatwerk'); none in a chapter
    about the year as a whole ('Ons jaar in vogelvlucht'), whose paragraphs are about many things."""
    if is_generic_heading(section.heading):
        return []
    here = doc.introduced.get(id(section), []) + [p for p in doc.projects if p.source == f"{' › '.join(section.path)} (tabel)"]
    return [(p, p in here) for p in doc.projects if p.section is None and not p.planned and p is not doc.title_project]


def _assign_owners(doc: _Document) -> None:
    for project in doc.projects:
        if project.section is not None:
            for section in project.section.walk():
                doc.owners[id(section)] = project
    if doc.title_project is not None:
        for section in _live_sections(doc):
            doc.owners.setdefault(id(section), doc.title_project)


def _figures(doc: _Document) -> None:
    for section in _live_sections(doc):
        owner = doc.owners.get(id(section))
        if section.facet not in NO_FIGURES_FACETS and not _in_facet(section, NO_FIGURES_FACETS):
            _prose_figures(doc, section, owner)
        for table in section.tables:
            default = owner if owner is not None and not owner.planned else None
            for project, figure in table_results(table, _figure_year(doc), doc.projects, default):
                project.add_figures([figure])


def _figure_year(doc: _Document) -> int | None:
    """The year whose figures are results: a plan's earlier projects each report their own years."""
    return None if doc.planning else doc.year


def _in_facet(section: Section, facets) -> bool:
    node = section.parent
    while node is not None:
        if node.facet in facets:
            return True
        node = node.parent
    return False


def _prose_figures(doc: _Document, section: Section, owner: ProjectDraft | None) -> None:
    local = _local_projects(doc, section) if owner is None else []
    current = None  # the project the paragraphs are about since the text last named one
    for block in section.blocks:
        figures = text_figures(block.text, _figure_year(doc), planning=owner is not None and owner.planned)
        if owner is not None and owner is not doc.title_project:
            owner.add_figures(figures)
            continue
        named_here = max(((mentions(block.text, p.title, loose), p) for p, loose in local), key=lambda m: m[0],
                         default=(-1, None))
        current = named_here[1] if named_here[0] >= 0 else current
        for figure in figures:
            named = project_named([p for p in doc.projects if not p.planned], figure.source, figure.value)
            target = named or owner or current
            if target is not None:
                target.add_figures([figure])


def _scope_text(doc: _Document, project: ProjectDraft) -> str:
    if project.section is not None:
        return project.section.all_text()
    if project is doc.title_project:
        return " ".join(s.text() for s in _live_sections(doc) if doc.owners.get(id(s)) is project)
    return ""


def _fields(doc: _Document) -> None:
    known = [p.title for p in doc.projects] + [m.title for m in doc.methods]
    whole = " ".join(s.text() for s in _live_sections(doc))
    lexicon = fields.places(whole + " " + doc.title, known)
    default_place = next(iter(name for name, _ in lexicon.most_common()), "")
    for project in doc.projects:
        text = _scope_text(doc, project)
        extra = project.cells.get("heading_extra", "")
        overview = " ".join(project.cells.get(r, "") for r in ("municipality", "target_group", "period"))
        project.period = fields.period(f"{extra} {project.cells.get('period', '')} {text}") or (
            str(doc.year) if doc.year and not doc.planning and project.section is not None else "")
        project.municipality = (project.cells.get("municipality", "").strip()
                                or fields.municipality(f"{extra} {text}", known, lexicon)
                                or _place_in(extra, lexicon) or default_place)
        project.target_group = (project.cells.get("target_group", "").strip() or fields.target_group(text)
                                or fields.target_group(overview))
        project.partners = fields.partners(text, [project.cells["partners"]] if "partners" in project.cells else [])
        project.methods = [m.title for m in doc.methods
                           if names_in(f"{text} {project.cells.get('method', '')}", m.title)]
        project.summary = _summary(project, text)
        if "results" in project.cells:  # overview cells such as "142 aanmeldingen"
            project.add_figures(cell_figures(project.cells["results"], "", "", project.cells["results"]))


def _place_in(text: str, lexicon: Counter) -> str:
    return next((name for name in lexicon if name in text), "")


def _summary(project: ProjectDraft, text: str) -> str:
    if project.section is not None:
        first = next((b.text for b in project.section.blocks if len(b.text) > 40), "")
        return first[:600]
    return text[:600].rsplit(" ", 1)[0] if len(text) > 600 else text


def propose_blocks(blocks: list[Block], source: str = "") -> Proposal:
    """Candidate records (methods first, then projects) from a document's blocks; refs are placeholders."""
    started = time.perf_counter()
    doc = _read(blocks, source)
    find_all(doc)
    candidates = [_method_candidate(m, i) for i, m in enumerate(doc.methods, 1)]
    method_refs = {c.record["title"]: c.record["id"] for c in candidates}
    candidates += [_project_candidate(p, i, method_refs) for i, p in enumerate(doc.projects, 1)]
    skipped = [s.heading for s in doc.root.walk() if s.skipped and not (s.parent and s.parent.skipped)]
    return Proposal(source, doc.kind, doc.year, candidates, skipped, time.perf_counter() - started)


def _method_candidate(method: MethodDraft, number: int) -> Candidate:
    record = {"id": f"M{number:02d}", "type": "method", "title": method.title, "summary": method.summary,
              "evidence_level": method.evidence_level, "databank": method.databank, "recognised_on": ""}
    return Candidate(record, method.source, [method.summary] if method.summary else [], method.as_written)


def _project_candidate(project: ProjectDraft, number: int, method_refs: dict[str, str]) -> Candidate:
    record = {"id": f"P{number:02d}", "type": "project", "title": project.title, "summary": project.summary,
              "municipality": project.municipality, "period": project.period,
              "target_group": project.target_group, "partners": project.partners,
              "methods": [method_refs[m] for m in project.methods if m in method_refs],
              "results": [{"indicator": f.indicator, "value": f.value, "unit": f.unit, "story": ""}
                          for f in project.figures]}
    return Candidate(record, project.source, [f.source for f in project.figures])
