"""Projects: from headings that name one, from the document's own title, and from overview tables.

A heading is a project when it names something (it is no facet such as 'Resultaten', no chapter
that holds no records and not made of generic chapter words such as 'Aanpak per doel'), its text
carries project signals (figures, partners, a period, participants) and tells of work done (past
tense, earlier years, a results table; in a plan more of that than of plans), and no heading below
it is a project itself (then it is a theme chapter) — unless its sub-headings are mostly parts of a
record ('Aanpak', 'Resultaten', 'Fase 1'): then it is the project and every heading below belongs to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .fields import ONGOING
from .figures import Figure, text_figures
from .names import names_in, same_name
from .naming import introduced_name, is_no_project, is_theme, strip_label
from .sections import Section, is_generic_heading
from .tables import Table, column_role, is_number
from .words import (COLUMN_ROLES, DOCUMENT_KINDS, FUTURE_WORDS, PARTNER_CUES, PAST_WORDS, PEOPLE_WORDS, TARGET_CUES, TOTAL_LABELS,
                    has_any)

# Sub-headings that describe a part of the project they stand under: a heading with one of these below it
# is a project, and every heading below it belongs to it ('Aanpak', 'Resultaten', 'Locaties', 'Waardering').
PART_FACETS = ("results", "partners", "methods", "story", "part", "target_group", "question")
PART_CONTEXT = ("wat we deden", "wat hebben we gedaan", "activiteiten", "looptijd", "uitvoering", "opzet",
                "evaluatie", "lessen", "geleerde lessen", "borging", "looptijd en budget")

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
        """Add results, each once (a figure without a unit is the same as one with the same value)."""
        if self.planned:
            return
        for figure in figures:
            if not any(f.value == figure.value and _same_unit(f.unit, figure.unit)
                       for f in self.figures):  # '4.210 ritten' in prose and '4.210' in the table: one result
                self.figures.append(figure)


def _same_unit(a: str, b: str) -> bool:
    """Units of one count: equal, one missing, or the same noun ('deelnemers', 'nieuwe deelnemers')."""
    return not a or not b or a.split()[-1] == b.split()[-1]


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


# The words of table headers ('Realisatie', 'Streefwaarde', 'Indicator'): a heading made of them and years is a
# table's header that a PDF reader took for a heading, never a record.
HEADER_WORDS = {w for _, words in COLUMN_ROLES for phrase in words for w in phrase.split()}


def _name_like(heading: str) -> bool:
    words = heading.split()
    header = [w for w in re.findall(r"[\w-]+", heading.lower()) if not re.fullmatch(r"(19|20)\d\d", w)]
    return (0 < len(words) <= 9 and not heading.endswith("?") and not re.fullmatch(r"[\d .]+", heading)
            and not is_generic_heading(heading) and not (len(header) >= 2 and set(header) <= HEADER_WORDS))


def tense(section: Section, start: int | None) -> tuple[int, int]:
    """(past, future): how much the heading and text under it tell of work done and of work to come.

    Past: verbs in the past tense, years before `start` (the first year not reported on), a table of
    results; future: future and plan words, target tables, years from `start` on.
    """
    text = f"{section.heading} {section.all_text()}".lower()
    words = re.findall(r"[\w'’-]+", text)
    counted = set(PAST_WORDS)
    past = sum(1 for w in words if w in counted) + sum(1 for phrase in PAST_WORDS if " " in phrase and phrase in text)
    future = sum(1 for w in words if w in FUTURE_WORDS) + sum(1 for p in FUTURE_WORDS if " " in p and p in text)
    past += len(ONGOING.findall(text))  # '2023-heden', 'sinds 2021': begun before it was written
    if start is not None:
        for found in re.findall(r"\b(20[0-4]\d)\b", text):
            if int(found) < start:
                past += 1
            else:
                future += 1
    for table in (t for s in section.walk() for t in s.tables):
        if "target" in table.roles or has_any(" ".join(table.header).lower(), TARGET_CUES):
            future += 1
        if any(role == "value" or (role == "year" and (start is None or table.year_columns[c] < start))
               for c, role in enumerate(table.roles)):
            past += 1
    return past, future


def reads_as_past(section: Section, start: int | None) -> bool:
    """Whether a section tells of work done rather than of work planned."""
    past, future = tense(section, start)
    return past > future


def _looks_back(section: Section, planning: bool, start: int | None) -> bool:
    """A plan's section must tell more of work done than of work to come; a report's must not tell of plans alone."""
    if planning:
        return reads_as_past(section, start)
    past, future = tense(section, start)
    return bool(past) or not future


def _owns_parts(section: Section) -> bool:
    """A heading whose sub-headings are mostly parts of a record ('Resultaten', 'Aanpak', 'Fase 1'): the record."""
    parts = [c for c in section.children if c.facet in PART_FACETS or c.heading.lower().strip(" :.") in PART_CONTEXT]
    return bool(parts) and 2 * len(parts) >= len(section.children)


def section_projects(root: Section, year: int | None, title_heading: str, planning: bool = False,
                     start: int | None = None, own: str = "") -> list[ProjectDraft]:
    """Projects named by headings: named headings whose text reads like past work on a project.

    A heading with parts of a record below it is the project and the headings below it belong to it;
    otherwise the deepest such headings are the projects (above them stands a theme). In a document
    that plans work (`planning`), a heading is a project only when its text tells of work done before
    `start`; one naming the planned project (`own`) is that project and never a second record.
    """
    candidates = [s for s in root.walk() if s is not root and not s.skipped and not s.facet
                  and not (s.parent is not None and s.parent.facet == "methods")  # a method or part of the approach
                  and _name_like(s.heading) and s.heading != title_heading and signals(s, year) >= 2
                  and not (own and same_name(clean_title(s.heading)[0], own))]
    # a report looks back: there only a heading with nothing but plans is no record
    candidates = [s for s in candidates if _looks_back(s, planning, start)]
    owners = [s for s in candidates if _owns_parts(s)]
    candidates = [s for s in candidates if not any(_below(s, o) for o in owners)]
    leaves = [s for s in candidates if s in owners or _tells_own_work(s, year)
              or not any(o is not s and _below(o, s) for o in candidates)]
    projects = []
    for section in leaves:
        title, extra = _heading_name(section)
        if not title or DOCUMENT_KINDS.get(title.lower().split()[0], None) is not None:
            continue
        projects.append(ProjectDraft(title, section=section, source=" › ".join(section.path),
                                     cells={"heading_extra": extra}))
    # a heading that names several projects is none itself (a PDF table's wrapped header read as a heading)
    return [p for p in projects if sum(1 for o in projects if o is not p and names_in(p.title, o.title)) < 2]


def _tells_own_work(section: Section, year: int | None) -> bool:
    """A named heading whose own paragraphs tell of a project's work and results is that project, even with other
    projects below it (a PDF reader puts a bold name after a project's text one level below its heading);
    a theme says a paragraph or two before its projects."""
    own = Section(section.heading, section.path, blocks=section.blocks)
    return len(section.blocks) >= 4 and not is_theme(section.heading) and bool(text_figures(own.text(), year)) \
        and signals(own, year) >= 4


def _heading_name(section: Section) -> tuple[str, str]:
    """(the project a heading names, what stood beside its name); ('', '') when its text says it is no project or
    when a theme heading's text names none."""
    named, labelled = strip_label(section.heading)
    title, extra = clean_title(named)
    if is_no_project(section.text()):
        return "", ""
    if labelled or is_theme(title):
        introduced = introduced_name(section.text())
        if introduced:
            return clean_title(introduced)[0], extra
        if is_theme(title):
            return "", ""
    return title, extra


def _below(section: Section, ancestor: Section) -> bool:
    node = section.parent
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def record_card(table: Table) -> list[tuple[str, dict[str, str], list[str]]]:
    """A table of two columns with a field per row ('Project | De Papierwinkel', 'Looptijd | sinds 2018', 'Samen
    met | …'): one project, its name beside 'Project'; [] for any other table."""
    labels = [table.header[0]] + [row[0] for row in table.rows]
    values = [table.header[-1]] + [row[-1] for row in table.rows]
    roles = [column_role(label) for label in labels]
    if len(table.header) != 2 or "project" not in roles or sum(r in PROJECT_FIELDS for r in roles) < 2:
        return []
    cells = {role: value for role, value in zip(roles, values) if role in PROJECT_FIELDS}
    return [(values[roles.index("project")], cells, [])]


def overview_rows(table: Table) -> list[tuple[str, dict[str, str], list[str]]]:
    """An overview table's rows: (project name, role → cell, the other cells' headers and texts)."""
    if record_card(table):
        return record_card(table)
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


def project_named(projects: list[ProjectDraft], text: str, value: str = "") -> ProjectDraft | None:
    """The one project a piece of text names; when it names several, the one named last before `value`
    ('Huiskamers bereikte 386 bezoekers en Maatjes voor Morgen 96 koppelingen'); None when none."""
    named = [p for p in projects if names_in(text, p.title)]
    if len(named) <= 1 or not value:
        return named[0] if len(named) == 1 else None
    at = re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d,]|\.\d)", text)
    if at is None:
        return None
    before = text[:at.start()].lower()
    places = [(before.rfind(p.title.lower()), p) for p in named]
    last, project = max(places, key=lambda item: item[0])
    return project if last >= 0 else None
