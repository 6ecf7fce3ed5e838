"""Projects: from headings that name one, from the document's own title, and from overview tables.

A heading is a project when it names something (it is no facet such as 'Resultaten' and no
chapter that holds no records), its text carries project signals (figures, partners, a period,
participants) and no heading below it is a project itself (then it is a theme chapter).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .figures import Figure, text_figures
from .names import same_name
from .sections import Section
from .tables import Table, is_number
from .words import DOCUMENT_KINDS, PARTNER_CUES, PEOPLE_WORDS, TOTAL_LABELS, has_any

PROJECT_FIELDS = ("municipality", "target_group", "partners", "method", "period")


@dataclass
class ProjectDraft:
    """A project found in the document, with the text and table cells that describe it."""

    title: str
    summary: str = ""
    municipality: str = ""
    period: str = ""
    target_group: str = ""
    partners: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)  # method titles
    figures: list[Figure] = field(default_factory=list)
    source: str = ""
    planned: bool = False  # the project a proposal plans: targets, no results
    section: Section | None = None
    cells: dict[str, str] = field(default_factory=dict)  # role → text from an overview table row

    def add_figures(self, figures: list[Figure]) -> None:
        """Add results, each value once."""
        if self.planned:
            return
        keys = {f.key() for f in self.figures}
        for figure in figures:
            if figure.key() not in keys:
                keys.add(figure.key())
                self.figures.append(figure)


def clean_title(heading: str) -> tuple[str, str]:
    """(title, what stood in brackets or after a colon): 'Maatjes Plus (Zaanstad, 2021-2023)'."""
    extra = " ".join(re.findall(r"\(([^)]*)\)", heading))
    title = re.sub(r"\([^)]*\)", " ", heading)
    title = re.sub(r"^(?:project|projectverslag|het project|pilot)\s*:?\s+", "", title.strip(), flags=re.I)
    parts = re.split(r"\s*[:–—]\s+|\s+-\s+", title, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= 1 and len(parts[0]) >= 3:
        title, extra = parts[0], f"{extra} {parts[1]}".strip()
    return " ".join(title.split()).strip(" .,"), extra


def title_project_name(title: str) -> str:
    """The project named in a report's or proposal's title, without the kind of document and the year."""
    text = title
    for word in sorted(DOCUMENT_KINDS, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(word)}\b", " ", text, flags=re.I)
    text = re.sub(r"\b(20[0-4]\d)(\s*[-–]\s*20[0-4]\d)?\b", " ", text)
    text = re.sub(r"^\s*(?:van|voor|over|project|het project|:|–|-)\s+", " ", text.strip(), flags=re.I)
    name = clean_title(" ".join(text.split()).strip(" :–-"))[0]
    return name.title() if name.isupper() else name  # a title typed in capitals


def signals(section: Section, year: int | None) -> int:
    """How much the text under a heading reads like a project (figures, partners, period, participants)."""
    text = section.all_text()
    lowered = text.lower()
    score = 2 if text_figures(text, year) else 0
    score += 2 if any(any(is_number(c) for r in t.rows for c in r) for s in section.walk() for t in s.tables) else 0
    score += 1 if has_any(lowered, PARTNER_CUES) else 0
    score += 1 if re.search(r"\b(sinds|vanaf|looptijd|gestart)\b|20[0-4]\d\s*[-–]\s*20[0-4]\d", lowered) else 0
    score += 1 if has_any(lowered, PEOPLE_WORDS + ("project", "deelnemers", "vrijwilligers")) else 0
    return score


def _name_like(heading: str) -> bool:
    words = heading.split()
    return 0 < len(words) <= 9 and not heading.endswith("?") and not re.fullmatch(r"[\d .]+", heading)


def section_projects(root: Section, year: int | None, title_heading: str) -> list[ProjectDraft]:
    """Projects named by headings: the deepest named headings whose text reads like a project."""
    candidates = [s for s in root.walk() if s is not root and not s.skipped and not s.facet
                  and _name_like(s.heading) and s.heading != title_heading and signals(s, year) >= 2]
    leaves = [s for s in candidates if not any(o is not s and _below(o, s) for o in candidates)]
    projects = []
    for section in leaves:
        title, extra = clean_title(section.heading)
        if not title or DOCUMENT_KINDS.get(title.lower().split()[0], None) is not None:
            continue
        projects.append(ProjectDraft(title, section=section, source=" › ".join(section.path),
                                     cells={"heading_extra": extra}))
    return projects


def _below(section: Section, ancestor: Section) -> bool:
    node = section.parent
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def overview_rows(table: Table) -> list[tuple[str, dict[str, str], list[str]]]:
    """An overview table's rows: (project name, role → cell, the other cells' headers and texts)."""
    label = table.column("project")
    described = sum(1 for role in table.roles if role in PROJECT_FIELDS)
    if label is None and not (described >= 2 and table.roles[0] in ("", "indicator")):
        return []
    label = 0 if label is None else label
    rows = []
    for row in table.rows:
        name = row[label].strip()
        if not name or has_any(name.lower(), TOTAL_LABELS) or is_number(name):
            continue
        roles = {role: row[i] for i, role in enumerate(table.roles) if role in PROJECT_FIELDS and i != label}
        rows.append((name, roles, [i for i in range(len(row)) if i != label]))
    return rows if rows and (described >= 1 or table.column("project") is not None) else []


def find_or_add(projects: list[ProjectDraft], name: str, source: str) -> ProjectDraft:
    """The project of this name, added when new."""
    title, extra = clean_title(name)
    for project in projects:
        if same_name(project.title, title):
            return project
    project = ProjectDraft(title, source=source, cells={"heading_extra": extra})
    projects.append(project)
    return project


def project_named(projects: list[ProjectDraft], text: str) -> ProjectDraft | None:
    """The one project a piece of text names (None when it names none or several)."""
    from .names import names_in

    named = [p for p in projects if names_in(text, p.title)]
    return named[0] if len(named) == 1 else None
