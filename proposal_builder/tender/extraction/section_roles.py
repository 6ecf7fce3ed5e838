"""What the section a block stands in is for: its role, read from its heading path, the shape of its block and the
blocks around it.

The section kinds of sections.py (admin, context, goal, neutral) decide where goals may stand at all. A role says
more finely what a stretch of the tender does, so the goal rules and the goal veto can tell a goal from what
surrounds it:

- CONTENTS: a table of contents, under a heading "Inhoud(sopgave)" or as a run of short entries that name the
  document's own later headings (or end in page numbers), whether set as a list, a table or lines of text;
- NOTES: the explanatory notes to a regulation ("Toelichting", "Artikelsgewijs", or headings that name an article
  again, "Artikel 3" after "Artikel 3 Activiteiten ..."): they explain the articles, they set no goals;
- CONDITIONS: conditions and obligations (eisen, voorwaarden, verplichtingen, what applies after admission);
- SUBMISSION: the application or bid and its procedure; MONITORING: how results are followed and accounted for;
- BACKGROUND: context and explanation (aanleiding, achtergrond, toelichting op ...); GOALS: goals and results;
- "" where no heading says.
A role read from the headings holds for the innermost heading that names one (the document title aside).
"""

import re

from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from . import lexicon as cues
from .sections import SectionClassifier

CONTENTS, NOTES, CONDITIONS, SUBMISSION, MONITORING, BACKGROUND, GOALS = (
    "contents", "notes", "conditions", "submission", "monitoring", "background", "goals")
ROLES = (CONTENTS, NOTES, CONDITIONS, SUBMISSION, MONITORING, BACKGROUND, GOALS)

# Heading words per role, tried in this order on one heading (a goal word last: "Toelatingseisen" or "Hoe volgen wij
# de doelen?" speak of goals, but are for conditions and monitoring)
ROLE_HEADINGS = (
    (CONTENTS, re.compile(r"^\W*(inhoud|inhoudsopgave|inhoudstafel)\W*$", re.IGNORECASE)),
    (NOTES, re.compile(r"^\W*(toelichting|artikelsgewijze?\s+toelichting|artikelsgewijs|nota\s+van\s+toelichting)\W*$",
                       re.IGNORECASE)),
    (CONDITIONS, re.compile(r"(?<!programma van )(?<!prestatie-)(?<!prestatie )(?<!prestatie)eisen\b|voorwaarde|verplicht|\bna\s+(de\s+)?(toelating|gunning|verlening)\b|weigering|"
                            r"uitsluiting|niet\s+in\s+aanmerking|\bwie\s+kan\b|\bwie\s+komt\b", re.IGNORECASE)),
    (SUBMISSION, re.compile(r"aanmeld|inschrijving|indienen|\baanvraag\b|^\W*aanvragen\W*$|\bstuurt\s+u\s+in\b|procedure|planning|"
                            r"beoordel|gunning|criteri", re.IGNORECASE)),
    (MONITORING, re.compile(r"monitor|verantwoording|rapportage|\bhoe\s+(\w+\s+){0,3}?(volgen|meten|monitoren)\b|indicator|streefwaarde|"
                            r"evaluatie", re.IGNORECASE)),
    (BACKGROUND, cues.CONTEXT_HEADING),
    (GOALS, cues.GOAL_HEADING),
)

# An entry of a table of contents: its number, its title, and perhaps dots and a page number ("3.2 Doelen ..... 7")
ENTRY_NUMBER = re.compile(r"^\W*(hoofdstuk\s+|bijlage\s+)?([\dIVX]+[.\d]*|[A-Z])[.)]?\s+", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"(\s*\.{2,}\s*|\s+|\t)(\d{1,3})\s*$")
CONTENTS_ENTRIES, ENTRY_WORDS, NAMED_SHARE = 3, 8, 0.6
# A heading naming a part of a regulation again, without its title: "Artikel 3", "Artikel 3 en 4", "Art. 5"
ARTICLE = re.compile(r"^\W*(artikel|art\.)\s*(\d+[a-z]?)\b(?P<rest>.*)$", re.IGNORECASE)


def section_roles(blocks: list[Block], classifier: SectionClassifier) -> dict[int, str]:
    """The role of each block, by its position."""
    roles = {block.position: heading_role(block, classifier) for block in blocks}
    roles.update(dict.fromkeys(notes_blocks(blocks), NOTES))
    roles.update(dict.fromkeys(contents_blocks(blocks), CONTENTS))
    return roles


def heading_role(block: Block, classifier: SectionClassifier) -> str:
    """The role the innermost heading above the block names (the heading's own role for a heading), or ""."""
    for heading in reversed(classifier.headings(tuple(block.section))):
        role = role_of(heading)
        if role:
            return role
    return ""


def role_of(heading: str) -> str:
    """The role one heading names, or ""."""
    return next((role for role, pattern in ROLE_HEADINGS if pattern.search(heading)), "")


def entry_title(text: str) -> str:
    """An entry's title in lower case, without its number, dots and page number."""
    text = PAGE_NUMBER.sub("", ENTRY_NUMBER.sub("", text.strip()))
    return " ".join(re.findall(r"[\wÀ-ÿ]+", text.lower()))


def contents_blocks(blocks: list[Block]) -> set[int]:
    """The blocks of a table of contents: a run of three or more short entries (list items, table rows or lines of
    text, one kind) of which most name a heading that follows the run or end in a page number."""
    found, run = set(), []
    for block in blocks + [None]:
        if block is not None and _entry_shaped(block) and (not run or (run[-1].kind == block.kind and run[-1].section == block.section)):
            run.append(block)
            continue
        if len(run) >= CONTENTS_ENTRIES:
            later = {entry_title(b.text) for b in blocks if b.kind == HEADING and b.position > run[-1].position}
            named = sum(entry_title(_entry_text(b)) in later for b in run)
            if named >= NAMED_SHARE * len(run) or _paged(run):
                found.update(b.position for b in run)
        run = [block] if block is not None and _entry_shaped(block) else []
    return found


def _paged(run: list[Block]) -> bool:
    """Every entry ends in a page number, and the numbers do not go down."""
    pages = [PAGE_NUMBER.search(_entry_text(b)) for b in run]
    numbers = [int(p.group(2)) for p in pages if p]
    return len(numbers) == len(run) and numbers == sorted(numbers)


def _entry_text(block: Block) -> str:
    """A contents entry's text: a table row's cells joined ("3 | Doelen en resultaten | 7" reads "3 Doelen ... 7")."""
    return " ".join(cell for cell in block.cells if cell) if block.kind == TABLE_ROW and block.cells else block.text


def _entry_shaped(block: Block) -> bool:
    if block.kind not in (LIST_ITEM, TABLE_ROW, PARAGRAPH):
        return False
    text = _entry_text(block).strip()
    return bool(entry_title(text)) and len(entry_title(text).split()) <= ENTRY_WORDS and text[-1:] not in ".:;?!,"


def notes_blocks(blocks: list[Block]) -> set[int]:
    """The blocks of a regulation's explanatory notes: from a line "Toelichting" set as text (its heading lost) to
    the end, and under a heading that names an article a heading before it named (with its title)."""
    found: set[int] = set()
    label = next((b.position for b in blocks if b.kind == PARAGRAPH and role_of(b.text) == NOTES), None)
    if label is not None:
        found.update(b.position for b in blocks if b.position > label)
    titled: set[str] = set()
    for block in blocks:
        if block.kind != HEADING:
            continue
        match = ARTICLE.match(block.text)
        if not match:
            continue
        number = match.group(2).lower()
        if number in titled:  # "Artikel 3" again, in the notes
            found.update(b.position for b in blocks if b.section[:len(block.section)] == block.section)
        elif match.group("rest").strip(" .:–-"):
            titled.add(number)
    return found
