"""Recognise list markers and heading shapes in a single line of text."""

import re

BULLET_RE = re.compile(
    r"^\s*(?:[•·▪■□☐☑☒◦○●‣⁃∙➢➤►✓\uf0a7\uf0b7\uf076\uf0d8\uf0fc]\s*|[-–—*+o]\s+)(?=\S)"
)
NUMBER_ITEM_RE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?(?:i|ii|iii|iv|v|vi)\))\s+(?=\S)")
# A requirement or item code before a sentence, as in a programme of requirements: "PE-1 De opdrachtnemer ...".
CODE_ITEM_RE = re.compile(r"^\s*[A-Z]{1,4}[-.]?\d{1,3}(?:\.\d{1,2})?[.:)]?\s+(?=[A-Z](?:\S*\s+){3}\S)")
# E-mail header lines in pasted mail ("Van: ...", "Onderwerp: ...") are not headings.
MAIL_HEADER_RE = re.compile(r"^(van|aan|cc|bcc|onderwerp|verzonden|datum|from|to|subject|sent|date)\s*:", re.IGNORECASE)
NUMBERED_HEADING_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
MARKDOWN_HEADING_RE = re.compile(r"^\s*(#{1,6})\s+(\S.*?)\s*#*\s*$")
LABEL_HEADING_RE = re.compile(
    r"^(?:hoofdstuk|paragraaf|bijlage|thema|deel|onderdeel|perceel|artikel)\s+[\dIVX]+[a-z]?\b",
    re.IGNORECASE,
)
# A line giving a labelled value ("Streefwaarde: 9% in 2030", "Indicator: aandeel ...", "Budget: € 40.000"): a fact, never
# a heading, however short
LABELLED_VALUE_RE = re.compile(r"^[^\W\d][\w-]*(?:\s+(?:[^\W\d][\w-]*|20\d\d)){0,2}\s*:\s+"
                               r"(?:[\d€<>≥≤]|[^\W\d_A-ZÀ-Ý]\S*(?:\s+\S+){3})")  # a figure, or a phrase ("Uw offerte: de vragen" is a title)
# A cell holding an amount or a share ("€ 96.000 per jaar", "35%"): data, never a column label.
VALUE_CELL_RE = re.compile(r"^\s*(?:(?:€|eur\b\.?)\s*\d[\d.,]*(?:,-{1,2})?|\d[\d.,]*\s*(?:%|procent|euro|punten|punt)\b)"
                           r"(?:\s+per\s+\w+)?\s*$", re.IGNORECASE)
# A heading naming one part of a chapter by a number or letter ("Thema A – Eenzaamheid", "Perceel 2 Respijtzorg").
PART_HEADING_RE = re.compile(
    r"^(?i:thema|perceel|onderdeel|resultaatgebied|domein|pijler|opgave|speerpunt|programmalijn)\s+(?:[\dIVX]+[a-z]?|[A-Z])\b"
)
CHAPTER_HEADING_RE = re.compile(r"^(?:hoofdstuk|deel)\s+[\dIVX]+[a-z]?\b", re.IGNORECASE)
TERMINAL = ".;:,!?"


def split_bullet(text: str) -> tuple[str, str] | None:
    """Return (marker, rest) when the line starts with a bullet character."""
    match = BULLET_RE.match(text)
    if not match or text.lstrip().startswith(("--", "**")):
        return None
    rest = text[match.end():].strip()
    return (text[: match.end()].strip(), rest) if rest else None


def split_number(text: str) -> tuple[str, str] | None:
    """Return (label, rest) when the line starts with a list number like "1." or "b)", or an item code like "PE-1"."""
    match = NUMBER_ITEM_RE.match(text) or CODE_ITEM_RE.match(text)
    if not match:
        return None
    return text[: match.end()].strip(), text[match.end():].strip()


DIGIT_ITEM_RE = re.compile(r"^\s*(\()?(\d{1,2})([.)]?)\s+(?=\S)")  # "1.", "1)", and "4" of a heading "4 Eisen"


def same_list(text: str, other: str, step: int) -> bool:
    """Whether `other`, numbered, can be the item `step` places after (1) or before (-1) the item `text`.

    Items numbered with digits belong together only in the same style ("1." and "2.", "1)" and "2)")
    and in sequence; so "2. Wat we willen bereiken" is a heading above a list "1) ... 2) ...", and so is
    "4 Geschiktheidseisen" above "1. ...".
    Any other numbered neighbour (a letter, a code) counts as the same list, as it may be.
    """
    if not split_number(other):
        return False
    mine, theirs = DIGIT_ITEM_RE.match(text), DIGIT_ITEM_RE.match(other)
    if not (mine and theirs):
        return True
    same_style = (mine.group(1), mine.group(3)) == (theirs.group(1), theirs.group(3))
    return same_style and int(theirs.group(2)) == int(mine.group(2)) + step


def words(text: str) -> int:
    """Count the words in a text."""
    return len(text.split())


def heading_shaped(text: str, max_words: int = 12) -> bool:
    """True for short text that starts like a title and does not end like a sentence."""
    text = text.strip()
    if not text or words(text) > max_words or len(text) > 100:
        return False
    if text[-1] in TERMINAL and not text.endswith("?") or MAIL_HEADER_RE.match(text) or "@" in text:
        return False
    if re.search(r"[a-zà-ÿ]{2,}\.\s+[A-Z]", text):
        return False  # a sentence ends inside the line: running text, not a title
    first = text.lstrip("\"'(‘“")[:1]
    return first.isupper() or first.isdigit()


def numbered_heading(text: str) -> tuple[int, str] | None:
    """Return (level, text) for a heading numbered like "2.1 Doelen"; level = depth of the number."""
    match = NUMBERED_HEADING_RE.match(text)
    if not match or not heading_shaped(match.group(2), 10):
        return None
    number = match.group(1)
    if "." not in number and int(number) > 30:
        return None  # a figure such as "2027 Start" is not a chapter number
    return number.count(".") + 1, text.strip()


def caps_heading(text: str) -> bool:
    """True for a short line written in capitals, such as "PROGRAMMA VAN EISEN"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and words(text) <= 10 and all(c.isupper() for c in letters)


def markdown_heading(text: str) -> tuple[int, str] | None:
    """Return (level, text) for a markdown heading such as "## Doelen"."""
    match = MARKDOWN_HEADING_RE.match(text)
    return (len(match.group(1)), match.group(2)) if match else None


def strip_markup(text: str) -> str:
    """Drop markdown emphasis around a whole line ("**Thema 1**" becomes "Thema 1")."""
    stripped = text.strip()
    for mark in ("**", "__"):
        if stripped.startswith(mark) and stripped.endswith(mark) and len(stripped) > 4:
            return stripped[2:-2].strip()
    return text
