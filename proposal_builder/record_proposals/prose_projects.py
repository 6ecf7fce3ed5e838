"""Projects a theme's running text introduces, and which of them each later paragraph is about.

A report often tells a theme's projects without a heading each: 'Nieuw sinds maart 2023 is Signaal Eropaf
Heerveld, een pilot …', '… startte het project Jonge Mantelzorgers Lindestreek (2024-2026)', a list item
'Straatwerk Oosterbeemd-Noord – sinds 2017 …', 'Sinds 2019 rijdt door Vlietburg de Klusbus: …'. The paragraphs
after such an introduction are about that project until the text names another.
"""
from __future__ import annotations

import re

from proposal_builder.tender.reading.blocks import Block

from .names import name_after, name_before, names_in
from .words import PROSE_PROJECT_NOUNS

# Where a name starts after a cue: 'het project X', 'de pilot X', 'Sinds 2019 rijdt door Vlietburg de X: …'.
NAME_AFTER = (re.compile(rf"\b(?:het|de)\s+(?:{'|'.join(PROSE_PROJECT_NOUNS)})\s+(?=[A-Z])"),
              re.compile(r"\bonder de naam\s+(?=[A-Z])"),
              re.compile(r"^Sinds\s+\d{4}\b[^.:]*?\b(?:de|het)\s+(?=[A-Z][^.:]{2,50}:\s)"))
# Where a name ends before a cue: 'X, een pilot die …', 'X, een maatjesproject voor …'.
NAME_BEFORE = re.compile(rf",\s+een\s+(?:\w*project|{'|'.join(PROSE_PROJECT_NOUNS)})\b")
# A list item that opens with a name, a dash and its start: 'Straatwerk Oosterbeemd-Noord – sinds 2017 …'.
LIST_NAME = re.compile(r"^(?P<name>[A-Z][^–:]{2,60}?)\s+[–:-]\s+(?:sinds|vanaf|in|van)?\s*(?:\w+\s+)?\d{4}\b")


def introduced(block: Block) -> list[str]:
    """The project names a paragraph or list item introduces."""
    text = block.text
    found = [name_after(text, m.end()) for pattern in NAME_AFTER for m in pattern.finditer(text)]
    found += [name_before(text, m.start()) for m in NAME_BEFORE.finditer(text)]
    listed = LIST_NAME.match(text)
    if listed:
        found.append(name_after(text, 0))
    return [name for name in dict.fromkeys(found) if name and name[:1].isupper()]


def mentions(text: str, title: str, loose: bool = True) -> int:
    """Where a text last names a project, by its name or (`loose`) its first word alone ('het straatwerk' for
    'Straatwerk Oosterbeemd-Noord'); -1 when it does not."""
    if names_in(text, title):
        return text.lower().rfind(title.split()[0].lower())
    if not loose:
        return -1
    head = title.split()[0].lower()
    found = re.search(rf"\b{re.escape(head)}\b(?!.*\b{re.escape(head)}\b)", text.lower())
    return found.start() if len(head) >= 6 and len(title.split()) > 1 and found else -1
