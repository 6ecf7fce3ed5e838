"""Methods and their recognition: from method tables, headings under a methods chapter and prose."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .figures import sentences
from .names import FUNCTION_WORDS, name_after, name_before, names_in, normal, same_name
from .sections import Section, is_generic_heading
from .tables import Table
from .words import (DATABANK_NAMES, DATABANKS, METHOD_NOUNS, NOT_RECOGNISED, RECOGNITION, RECOGNITION_CONTEXT, has_any)

LEVEL_PHRASE = re.compile("|".join(re.escape(p) for p in [*(p for p, _ in RECOGNITION), *NOT_RECOGNISED])
                          + r"|erkend", re.I)


@dataclass
class MethodDraft:
    """A method found in the document."""

    title: str
    evidence_level: str = ""
    as_written: str = ""
    databank: str = ""
    summary: str = ""
    source: str = ""
    mentions: list[str] = field(default_factory=list)

    def merge(self, other: "MethodDraft") -> None:
        """Take what `other` knows and this one does not."""
        if not self.evidence_level and other.evidence_level:
            self.evidence_level, self.as_written = other.evidence_level, other.as_written
            self.databank = self.databank or other.databank
        self.summary = self.summary or other.summary
        self.databank = self.databank or other.databank if self.evidence_level else self.databank


def recognition(text: str) -> tuple[str, str]:
    """(stored level, the words as written) of a recognition phrase in `text`; ('', '') when none.

    Uses the knowledge base's vocabulary normaliser when it is there; else this module's table.
    """
    lowered = text.lower()
    if has_any(lowered, NOT_RECOGNISED):
        return "", ""
    for phrase, level in RECOGNITION:
        at = lowered.find(phrase)
        if at >= 0:
            return level, text[at:at + len(phrase)]
    return "", ""


def databank(text: str) -> str:
    """The databank a sentence names, '' when none."""
    lowered = text.lower()
    return next((name for word, name in DATABANKS if word in lowered), "")


def _recognition_sentence(sentence: str) -> bool:
    lowered = sentence.lower()
    return has_any(lowered, RECOGNITION_CONTEXT) or bool(re.search(r"\((effectief|goed (onderbouwd|beschreven))", lowered))


def prose_methods(text: str, source: str) -> list[MethodDraft]:
    """Methods named in prose: before a recognition phrase or after a method noun."""
    found: list[MethodDraft] = []
    last: list[str] = []  # the names of the sentence before: 'Deze aanpak is erkend als …' is about them
    for sentence in sentences(text):
        lowered = sentence.lower()
        level, written = recognition(sentence) if _recognition_sentence(sentence) else ("", "")
        names = _names_by_noun(sentence)
        match = LEVEL_PHRASE.search(sentence)
        if match and (level or has_any(lowered, NOT_RECOGNISED)):
            before = _name_before_phrase(sentence, match.start())
            if before and before not in names:
                names.insert(0, before)
            elif not names and len(last) == 1 and ANAPHOR.match(sentence):
                found.append(MethodDraft(last[0], level, written, databank(sentence) if level else "", sentence, source))
                continue
        last = names
        for name, segment in _segments(sentence, names):
            # each name its own words: 'X, erkend als goed onderbouwd, en de eigen methode Y, die nog niet …'
            own, own_written = recognition(segment) if level or has_any(lowered, NOT_RECOGNISED) else ("", "")
            if not own and not has_any(segment.lower(), NOT_RECOGNISED) and len(names) == 1:
                own, own_written = level, written
            bank = databank(sentence) if own else ""
            found.append(MethodDraft(name, own, own_written, bank, sentence, source))
    return found


# 'Deze aanpak', 'De methode', 'Die interventie' at the start of a sentence: the method named just before.
ANAPHOR = re.compile(rf"(?:deze|die|de|dit|het)\s+(?:{'|'.join(METHOD_NOUNS)})\b", re.I)


def _segments(sentence: str, names: list[str]) -> list[tuple[str, str]]:
    """Each name with the text from it up to the next name and the words that introduce it ('de eigen methode'):
    where its own recognition stands."""
    places = sorted((sentence.find(n), n) for n in names if sentence.find(n) >= 0)
    out = []
    for i, (start, name) in enumerate(places):
        end = places[i + 1][0] if i + 1 < len(places) else len(sentence)
        out.append((name, INTRODUCTION.sub("", sentence[start:end]) if i + 1 < len(places) else sentence[start:end]))
    return out


INTRODUCTION = re.compile(rf"(?:\b(?:en|de|het|onze|eigen|een)\s+)*(?:{'|'.join(METHOD_NOUNS)})\s*(?:van\s+)?$", re.I)


def _names_by_noun(sentence: str) -> list[str]:
    names = []
    pattern = r"\b(?:de |het |onze |eigen |een )?(?:" + "|".join(METHOD_NOUNS) + r")\b(?: van)?"
    for match in re.finditer(pattern, sentence, re.I):
        apposition = re.match(r",\s+(?:de\s+|het\s+)?(?=[A-Z])", sentence[match.end():])  # 'een eigen werkwijze, Digi aan Huis, die …'
        name = name_after(sentence, match.end() + (apposition.end() if apposition else 0))
        if name and len(name) > 2 and not re.fullmatch(r"[\d .]+", name):
            names.append(name)
    return names


# A sentence opening with a name and its verb: 'Vaderkracht is …', 'Mantelzorg in Balans staat in de Databank …'.
SUBJECT = re.compile(r"^\s*((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|in|op|de|van|met|voor|aan|en))*?)\s+"
                     r"(?:is|werd|wordt|staat|stond)\b")


def _name_before_phrase(sentence: str, at: int) -> str:
    """The name a recognition phrase is about: 'X (erkend …)', 'X is erkend als …', 'X, erkend als …'."""
    head = sentence[:at]
    subject = SUBJECT.match(head)  # 'Vaderkracht is in 2022 door de Erkenningscommissie beoordeeld als …'
    if subject and subject.group(1).split()[0].lower() not in FUNCTION_WORDS | {"dat", "dit", "er", "volgens"} \
            and not has_any(subject.group(1), DATABANK_NAMES):
        return subject.group(1)
    # 'X, een interventie die door Movisie als …', 'X, die in de databank …': the name stands before the clause
    head = re.split(r",\s+(?:die|dat|(?:een|de|het)\s+[\w-]+\s+(?:die|dat))\s", head)[0]
    head = re.sub(r"(\s*\b(is|zijn|werd|staat|wordt|door movisie|door het nji|als|in de databank|beoordeeld|erkend|"
                  r"opgenomen|beschreven)\s*)+$", "", head, flags=re.I)
    head = re.sub(r"[\s(,:–-]*$", "", head)
    return name_before(head + " ", len(head) + 1) or name_before(sentence, at)


def table_methods(table: Table) -> list[MethodDraft]:
    """Rows of a table with a method column and a recognition or databank column."""
    name_col = table.column("method")
    level_col, bank_col = table.column("level"), table.column("databank")
    if level_col is None and bank_col is None:
        return []
    if name_col is None:
        name_col = 0  # then a level column must say a recognition somewhere ('Status | behaald' holds none)
        if not any(recognition(" ".join(r[c] for c in (level_col, bank_col) if c is not None))[0]
                   or has_any(" ".join(r), NOT_RECOGNISED) for r in table.rows):
            return []
    found = []
    for row in table.rows:
        name = row[name_col].strip()
        if not name or name_col in (level_col, bank_col):
            continue
        written = " ".join(row[c] for c in (level_col, bank_col) if c is not None)
        level, as_written = recognition(written)
        bank = row[bank_col].strip() if bank_col is not None else databank(written)
        found.append(MethodDraft(name, level, as_written or (row[level_col] if level_col is not None else ""),
                                 bank if level else "", " | ".join(row), "tabel"))
    return found


def find_methods(root: Section) -> list[MethodDraft]:
    """Every method the document names, each once, with its recognition where the document gives it; no
    databank, no theme chapter ('het programma Ontmoeten en meedoen') and no table row that joined several."""
    methods = merge_methods(_mentions(root))
    themes = [s.heading for s in root.walk() if s.children and s is not root]
    return [m for m in methods if not has_any(m.title.lower(), DATABANK_NAMES)
            and not (not m.evidence_level and any(_theme(m.title, heading) for heading in themes))
            and sum(1 for other in methods if other is not m and names_in(m.title, other.title)) < 2]


def _theme(name: str, heading: str) -> bool:
    """Whether a name is a chapter heading or its start before lower-case words ('Ontmoeten' of 'Ontmoeten en
    meedoen')."""
    rest = heading[len(name):] if heading.lower().startswith(name.lower()) else None
    return normal(name) == normal(heading) or rest is not None and rest[:1] == " " and not re.search(r"\s[A-Z]", rest)


def _mentions(root: Section) -> list[MethodDraft]:
    found: list[MethodDraft] = []
    for section in root.walk():
        for table in section.tables:  # a table of methods and their recognition, even in an appendix put
            found += table_methods(table)  # under a skipped chapter
        if section.skipped:
            continue
        if section.facet == "methods" or (section.parent and section.parent.facet == "methods"):
            found += _heading_method(section)
        found += prose_methods(section.text(), " › ".join(section.path))
    return found


def _heading_method(section: Section) -> list[MethodDraft]:
    """A heading under a methods chapter names a method; its text gives the recognition."""
    if section.facet or is_generic_heading(section.heading):
        return []
    text = section.all_text()
    if not _recognition_sentence(text) and not has_any(section.heading.lower(), METHOD_NOUNS):
        return []  # a plan's activity ('Buurtkamer De Kade') under 'Aanpak', not a method
    level, written = recognition(text) if _recognition_sentence(text) else ("", "")
    first = sentences(text)[:1]
    return [MethodDraft(_heading_name(section.heading), level, written, databank(text) if level else "",
                        first[0] if first else "", " › ".join(section.path))]


def _heading_name(heading: str) -> str:
    """The method a heading names: 'Preventieve huisbezoeken: Vroeg Erbij' names the one after the colon."""
    kind, _, name = heading.partition(": ")
    return name.strip() if name and kind and name[:1].isupper() else heading


def merge_methods(found: list[MethodDraft]) -> list[MethodDraft]:
    """One method per name, the recognition taken from wherever it was given."""
    merged: list[MethodDraft] = []
    for method in found:
        twin = next((m for m in merged if same_name(m.title, method.title)), None)
        if twin:
            twin.merge(method)
        else:
            merged.append(method)
    return merged
