"""The document as a tree of sections (from its headings), each marked skipped, a facet or a name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from proposal_builder.tender.reading.blocks import HEADING, TABLE_ROW, Block

from .tables import Table, group_tables, ruled_header
from .names import normal
from .words import (DOCUMENT_KINDS, FACET_HEADINGS, GENERIC_HEADING_WORDS, HEADING_ARTICLES, LEGAL_FORMS,
                    NON_RECORD_CHAPTERS, SIGNATURE_ROLES,
                    ORGANISATION_HEADING_WORDS, PART_WORDS, STANDARD_CHAPTER_WORDS, STANDARD_LINKS, has_any,
                    strip_numbering)


@dataclass
class Section:
    """One heading with the blocks and tables right under it and its sub-sections."""

    heading: str  # without numbering
    path: tuple[str, ...]
    parent: "Section | None" = None
    blocks: list[Block] = field(default_factory=list)  # paragraphs and list items, in order
    tables: list[Table] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)
    skipped: bool = False  # a chapter that holds no records (voorwoord, financiën, ...)
    facet: str = ""  # 'partners', 'results', ... when the heading names a part of a record

    def walk(self):
        """This section and every section below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def text(self) -> str:
        """The prose of this section alone."""
        return " ".join(block.text for block in self.blocks)

    def all_text(self) -> str:
        """The prose of this section and its sub-sections."""
        return " ".join(s.text() for s in self.walk())


# 'Fase 1', 'Activiteit 2:', 'Stap B', 'Deel II': a numbered part of the record above.
PART_HEADING = re.compile(rf"(?:{'|'.join(PART_WORDS)})\s+(?:\d+|[a-z]|[ivx]+|een|twee|drie|vier|vijf)\b", re.I)


# A heading naming a person (an age in brackets, 'meneer K.', 'mevrouw D.') tells their story.
PERSON = re.compile(r"\(\d{1,3}\)|\b(?:meneer|mevrouw|mw\.|dhr\.)\s+[A-Z]", re.I)


def facet_of(heading: str, above: tuple[str, ...] = ()) -> str:
    """Which part of a record a heading names ('' when it names something itself); `above` are the headings
    it stands under ('Kerncijfers Ontmoeten en meedoen' under 'Ontmoeten en meedoen' is that chapter's results)."""
    words = re.sub(rf"^(?:{'|'.join(HEADING_ARTICLES)})\s+", "", heading.lower().strip(" :.?").replace(": ", " "))
    if PART_HEADING.match(words):
        return "part"
    for facet, names in FACET_HEADINGS.items():
        for name in names:
            rest = words[len(name) + 1:] if words.startswith(name + " ") else None
            if words == name or rest is not None and (len(rest.split()) <= 2 or rest.startswith("en ")
                                                      or _describes(rest, heading, above, facet)):
                return facet
    if PERSON.search(heading):
        return "story"  # 'Uit de praktijk: Ans (79)', 'Meneer K. vond zijn weg terug'
    return "question" if heading.strip().endswith("?") else ""


def _describes(rest: str, heading: str, above: tuple[str, ...], facet: str) -> bool:
    """Whether what follows a facet word says whose it is: a heading above ('Kerncijfers Vitaal en gezond') or,
    after a results word, a few lower-case words ('Resultaten van de pilot'; 'Verhalen uit de projecten' is a
    chapter of records)."""
    if any(normal(rest) == normal(h) for h in above):
        return True
    if facet != "results":
        return False
    link = re.match(r"(?:van|per|bij|in|uit|voor)\s+(?:(?:de|het|een|onze|ons)\s+)?(.+)", rest)
    return bool(link) and len(link.group(1).split()) <= 2 and link.group(1) in heading


def is_non_record(heading: str) -> bool:
    """Whether a chapter heading names a part of the report that is no record (foreword, finances, ...);
    a name in capitals that ends in such a word ('In Balans') is no such chapter."""
    whole = heading.strip(" :.")
    for written in (whole, re.sub(rf"^(?:{'|'.join(HEADING_ARTICLES)})\s+", "", whole, flags=re.I)):
        words = written.lower()
        if any(words == name or words.startswith(name + " ") or (
                words.endswith(" " + name) and not written[-len(name):][:1].isupper()) for name in NON_RECORD_CHAPTERS):
            return True
    return has_any(whole.lower(), ("jaarrekening", "inhoudsopgave", "voorwoord", "financiën"))


def _heading_words(heading: str) -> list[str]:
    words = re.findall(r"[\w'’&-]+", re.sub(r"\([^)]*\)", " ", heading.lower()))
    return [w for w in words if w not in STANDARD_LINKS and not re.fullmatch(r"\d+|20[0-4]\d", w)]


def _all_in(words: list[str], vocabulary) -> bool:
    # a compound of a standard word counts as one ('vrijwilligersbeleid', 'activiteitenoverzicht')
    return bool(words) and all(w in vocabulary or w.endswith(("overzicht", "beleid", "indicatoren")) for w in words)


def is_standard_chapter(heading: str) -> bool:
    """Whether a chapter heading is made of standard chapter words alone ('Kwaliteit en klachten', 'Visie')."""
    return _all_in(_heading_words(heading), STANDARD_CHAPTER_WORDS)


def is_generic_heading(heading: str) -> bool:
    """Whether a heading names a kind of chapter rather than something ('Aanpak per doel', 'Vrijwilligers')."""
    return _all_in(_heading_words(heading), GENERIC_HEADING_WORDS)


def about_organisation(heading: str, organisation: str) -> bool:
    """Whether a heading is about the organisation that writes the report ('Over Welzijn Zuidwaard'): no record."""
    words = re.findall(r"[\w'’-]+", heading.lower())
    about = words[:1] == ["over"]
    if about and len(words) > 2 and words[1] in LEGAL_FORMS:
        return True  # 'Over Stichting Omzien' when the title does not name the organisation
    own = [w for w in words if w not in ORGANISATION_HEADING_WORDS and not re.fullmatch(r"20[0-4]\d", w)]
    names = set(re.findall(r"[\w'’-]+", organisation.lower()))
    return bool(own) and set(own) <= names and (about or len(own) >= 2)


def build_tree(blocks: list[Block], organisation: str = "") -> Section:
    """The section tree; the root holds what stands before the first heading; chapters about the
    `organisation` itself (an annual report's author) hold no records."""
    root = Section("", ())
    nodes: dict[tuple[str, ...], Section] = {(): root}
    pending: list[Block] = []
    for block in blocks:
        path = tuple(block.section)
        if block.kind == TABLE_ROW:
            pending.append(block)
            continue
        _flush(pending, nodes, root)
        node = _node(nodes, path, root)
        if block.kind != HEADING:
            node.blocks.append(block)
    _flush(pending, nodes, root)
    _mark(root, organisation)
    _nest_parts(root)
    return root


# Headings that describe a part of the record before them; in a document without heading levels (plain text)
# they stand beside it: 'Samen Sterk', 'Fase 1: werving', 'Het verhaal van Sem' are one record.
NESTED_FACETS = ("part", "results", "story", "question")


def _nest_parts(parent: Section) -> None:
    """Put part headings that stand beside a named heading without sub-headings below it."""
    kept, anchor = [], None
    for child in parent.children:
        if anchor is not None and child.facet in NESTED_FACETS and not child.skipped and not child.children:
            child.parent = anchor
            anchor.children.append(child)
            _repath(child)
            continue
        kept.append(child)
        _nest_parts(child)
        title = parent.parent is None and kept == [child]  # the document's title heading
        named = not child.facet and not child.skipped and not child.children and bool(child.blocks)
        anchor = child if named and not title else None
    parent.children = kept


def _repath(section: Section) -> None:
    section.path = (*section.parent.path, section.path[-1])
    for child in section.children:
        _repath(child)


def _flush(rows: list[Block], nodes, root) -> None:
    if rows:
        rows[:] = ruled_header(rows, _node(nodes, tuple(rows[0].section), root))
    for table, extra in group_tables(rows):
        node = _node(nodes, tuple(table.path), root)
        node.tables.append(table)
        node.blocks.extend(extra)
    rows.clear()


def _node(nodes: dict, path: tuple[str, ...], root: Section) -> Section:
    if path in nodes:
        return nodes[path]
    parent = _node(nodes, path[:-1], root)
    section = Section(strip_numbering(path[-1]), path, parent)
    parent.children.append(section)
    nodes[path] = section
    return section


def _mark(root: Section, organisation: str) -> None:
    for section in root.walk():
        if section is root:
            continue
        parent_skipped = section.parent is not None and section.parent.skipped
        section.facet = facet_of(section.heading, tuple(strip_numbering(h) for h in section.path[:-1]))
        chapter = section.parent is root or (section.parent.parent is root and len(root.children) == 1)
        section.skipped = parent_skipped or is_non_record(section.heading) or (
            about_organisation(section.heading, organisation)) or (
            chapter and is_standard_chapter(section.heading) and section.facet in ("", "partners", "context", "plans")) or (
            chapter and (introduces_organisation(section, organisation) or is_signed(section)))


def introduces_organisation(section: Section, organisation: str) -> bool:
    """Whether a chapter opens by saying what the organisation is ('Buurtwerk Veenhoven is de
    welzijnsorganisatie van …'): a chapter about the author, whatever its heading ('Wie zijn wij')."""
    text = re.sub(rf"^(?:{'|'.join(LEGAL_FORMS)})\s+", "", section.text().lower())
    about = re.match(r"over\s+(.+)", section.heading.strip(), flags=re.I)  # 'Over Kompas Welzijn'
    names = [n.lower() for n in (organisation, about.group(1) if about else "") if n]
    return any(text.startswith(re.sub(rf"^(?:{'|'.join(LEGAL_FORMS)})\s+", "", n) + " is ") for n in names)


def is_signed(section: Section) -> bool:
    """Whether a chapter ends in a signature ('Joost Verbeek, bestuurder'): a foreword, whatever its heading."""
    lines = [section.blocks[-1].text] if section.blocks else []
    tail = section.children[-1] if section.children else None
    if tail is not None and not tail.blocks and not tail.children:  # a plain-text reader takes it for a heading
        lines.append(tail.heading)
    return any(0 < len(line.split()) <= 8 and not line.rstrip().endswith(".") and has_any(line, SIGNATURE_ROLES)
               for line in lines)


def subtitle(blocks: list[Block], words: int = 8) -> str:
    """The short line under the document's title ('Buurtwerk Veenhoven', 'Eindverslag 2023-2025'), '' when none."""
    first = next((i for i, b in enumerate(blocks) if b.kind == HEADING), None)
    line, after = (blocks[first + 1: first + 3] + [None, None])[:2] if first is not None else (None, None)
    if line is not None and line.kind == HEADING and (after is None or after.kind != HEADING):
        return ""  # a chapter heading with its text, no subtitle (a plain-text reader takes a subtitle for a heading)
    if line is None or len(line.text.split()) > words or line.text.rstrip().endswith("."):
        return ""
    return line.text.strip()


def subtitle_organisation(blocks: list[Block]) -> str:
    """The organisation a short line under the title names ('Buurtwerk Veenhoven', 'Stichting Omzien, welzijn in
    …', 'Welzijn Lindestreek – samen sterk in …'), '' when there is none."""
    name = re.split(r",|\s[–—-]\s", subtitle(blocks, words=20))[0].strip()
    return name if name[:1].isupper() and 2 <= len(name.split()) <= 5 and not document_kind(name)[0] else ""


def document_title(blocks: list[Block]) -> str:
    """The document's title: its first heading."""
    return next((strip_numbering(b.text) for b in blocks if b.kind == HEADING), "")


def document_kind(title: str) -> tuple[str, bool]:
    """The document kind named in its title and whether the rest of the title names a project."""
    lowered = title.lower()
    for word, names_project in sorted(DOCUMENT_KINDS.items(), key=lambda item: -len(item[0])):
        if re.search(rf"\b{re.escape(word)}", lowered):
            return word, names_project
    return "", False


def report_year(blocks: list[Block], title: str) -> int | None:
    """The year the document reports on: the one in its title, else the most frequent year."""
    found = re.findall(r"\b(20[0-4]\d)\b", title)
    if found:
        return int(found[-1])
    counts: dict[int, int] = {}
    for block in blocks[:400]:
        for year in re.findall(r"\b(20[0-4]\d)\b", block.text):
            counts[int(year)] = counts.get(int(year), 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None
