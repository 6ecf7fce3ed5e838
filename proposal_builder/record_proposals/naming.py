"""Which name a heading gives its project: a label ('Prestatie-afspraak 1: …', 'Thema …') or a theme in
plain words ('Talentontwikkeling jongeren') names the work only loosely, and the text under it names the project
('Talentlab Zuiderkoog is in januari 2024 gestart …', 'het project Ouders aan Zet')."""
from __future__ import annotations

import re

from .names import name_after
from .words import LEGAL_FORMS, NOT_A_PROJECT, PROJECT_INTRO_CUES, THEME_LABELS, has_any

# 'Prestatie-afspraak 1: Buurtbemiddeling', 'Referentie 2 – Meiden Power Zandmeer', 'Programma 3: Jeugd en gezin'
NUMBERED_LABEL = re.compile(r"^[A-Za-zÀ-ÿ'-]+\s+\d+[a-z]?\s*[:–—-]\s+(?=\S)")


def strip_label(heading: str) -> tuple[str, bool]:
    """(the heading without a numbered or theme label, whether it had one)."""
    rest = NUMBERED_LABEL.sub("", heading.strip(), count=1)
    if rest != heading.strip():
        return rest, True
    first, _, after = heading.strip().partition(" ")
    if first.lower() in THEME_LABELS and after[:1].isupper():
        return after, True  # 'Thema Opvoeden en opgroeien'
    return heading.strip(), False


def is_theme(title: str) -> bool:
    """Whether a heading describes a field of work in plain words ('Taal en basisvaardigheden', 'Digitale
    inclusie') rather than naming a project: a name has a capital or a figure after its first word."""
    words = title.split()
    return len(words) >= 2 and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])


def is_no_project(text: str) -> bool:
    """Whether a text says that what it describes is no project ('Het is geen project', 'een vaste basisvoorziening')."""
    return has_any(text, NOT_A_PROJECT)


def introduced_name(text: str) -> str:
    """The project a text introduces: the name its first sentence opens with ('Talentlab Zuiderkoog is …',
    'Met Welzijn op Recept Zuiderkoog verwijzen …') or one after a cue ('het project Ouders aan Zet'); '' when none.
    A name of one word is too often a place or a person to count."""
    opening = name_after(text, 0)
    if len(opening.split()) >= 2 and not re.match(rf"\s*(?:{'|'.join(LEGAL_FORMS)})\b", text, flags=re.I):
        return opening
    for cue in re.finditer(rf"\b(?:{'|'.join(PROJECT_INTRO_CUES)})\s+", text, flags=re.I):
        name = name_after(text, cue.end())
        if len(name.split()) >= 2:
            return name
    return ""
