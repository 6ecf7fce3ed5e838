"""A draft for a tender assessed anonymously ("De commissie beoordeelt geanonimiseerd: vermeld niet de naam van
uw organisatie"): the organisation, its projects and its people go unnamed, and the checks find any name left.

Projects become "project A", "project B" in order of their refs, so the plan still refers back to them and each
number stays traceable to its source code; methods keep their names (a recognised method names no provider).
"""
from __future__ import annotations

import re
from dataclasses import replace
from string import ascii_uppercase

from . import wording
from .models import DraftRequest

OURS = "onze organisatie"


def anonymised(request: DraftRequest) -> DraftRequest:
    """The request as an anonymous assessment needs it; unchanged when the tender does not ask for that."""
    if not request.tender.anonymous:
        return request
    names = names_to_hide(request)
    records = {ref: _described(_scrubbed(record, names), request.records) for ref, record in request.records.items()}
    library = request.library
    library = replace(
        library, organisation=_scrubbed(library.organisation, names) if library.organisation else None,
        team=[_unnamed_member(_scrubbed(member, names)) for member in library.team],
        partners=[_scrubbed(p, names) for p in library.partners], proofs=[_scrubbed(p, names) for p in library.proofs],
        texts=[_scrubbed(t, names) for t in library.texts])
    return replace(request, tender=replace(request.tender, organisation=OURS), records=records, library=library)


def names_to_hide(request: DraftRequest) -> dict[str, str]:
    """Each name the draft must not show, with what it says instead: the organisation, its projects (by ref
    order: "project A", …) and its team members (their role)."""
    names = {request.tender.organisation: OURS} if request.tender.organisation.strip() else {}
    projects = sorted((r for r in request.records.values() if r.get("type") == "project" and r.get("title")),
                      key=lambda r: r.get("ref", ""))
    for n, project in enumerate(projects):
        names[project["title"]] = f"project {_letters(n)}"
    for member in request.library.team:
        if member.get("title"):
            names[member["title"]] = _role(member)
    return names


def names_left(paragraphs: list[str], request: DraftRequest) -> dict[str, int]:
    """How often each name to hide still stands in the draft's paragraphs (names found at least once)."""
    counts = {name: sum(len(_pattern(name).findall(text)) for text in paragraphs) for name in names_to_hide(request)}
    return {name: n for name, n in counts.items() if n}


def _scrubbed(record: dict, names: dict[str, str]) -> dict:
    """The record with every name to hide replaced in its text fields (nested ones included)."""
    def scrub(value):
        if isinstance(value, str):
            for name, instead in sorted(names.items(), key=lambda item: -len(item[0])):
                value = _pattern(name).sub(instead, value)
            return value
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in ("ref", "type", "project", "methods") else scrub(v) for k, v in value.items()}
        return value
    return scrub(record)


def _described(record: dict, records: dict[str, dict]) -> dict:
    """A project with what its work is (`approach`), for where the text names it as our approach: its letter
    alone ("wij bouwen voort op project C") tells the committee nothing."""
    if record.get("type") != "project":
        return record
    methods = [records[ref]["title"] for ref in record.get("methods") or [] if records.get(ref, {}).get("title")]
    return {**record, "approach": wording.project_approach(record, methods)}


def _pattern(name: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)


def _unnamed_member(member: dict) -> dict:
    """A team member known by role only: "Coördinator (24 uur per week): …" instead of the name."""
    role = _role_of(member)
    extra = {key: value for key, value in (member.get("extra") or {}).items() if key != "role"}
    return {**member, "title": (role[:1].upper() + role[1:]) if role else "Teamlid", "extra": extra}


def _role(member: dict) -> str:
    """What the text says instead of a member's name: "onze coördinator", or "een teamlid"."""
    role = _role_of(member)
    return f"onze {role[:1].lower()}{role[1:]}" if role else "een teamlid"


def _role_of(member: dict) -> str:
    return str((member.get("extra") or {}).get("role") or "").strip()


def _letters(n: int) -> str:
    """A, B, …, Z, AA, AB, …"""
    return ascii_uppercase[n] if n < 26 else _letters(n // 26 - 1) + ascii_uppercase[n % 26]
