"""What a stored record should tell its reader: links to records that are not there, and values
an import could not map to the vocabulary (kept as written)."""
from __future__ import annotations

import sqlite_utils

# Where an import keeps a value it did not recognise, by field (in the record's `extra`).
AS_WRITTEN = {
    "evidence_level": "evidence_level_as_written",
    "recognised_on": "recognised_on_as_written",
    "consent": "consent_as_written",
    "pseudonymised": "pseudonymised_as_written",
}
_AS_WRITTEN_MESSAGES = {
    "evidence_level": "Erkenningsniveau ‘{}’ is niet herkend; het record is opgeslagen zonder erkenningsniveau.",
    "recognised_on": "Erkenningsdatum ‘{}’ is niet herkend; schrijf de datum als JJJJ-MM-DD.",
    "consent": "Toestemming ‘{}’ is niet herkend als ja of nee; opgeslagen als geen toestemming.",
    "pseudonymised": "Gepseudonimiseerd ‘{}’ is niet herkend als ja of nee; opgeslagen als nee.",
}
_LINKS = {  # record type → (field, linked type, Dutch name of the linked record)
    "project": ("methods", "method", "Gekoppelde methodiek"),
    "result": ("project", "project", "Gekoppeld project"),
}


def as_written_message(field: str, written) -> str:
    """The Dutch warning for a value of `field` kept as written."""
    return _AS_WRITTEN_MESSAGES[field].format(str(written)[:100])


def link_warnings(record: dict, known: dict[str, str]) -> list[str]:
    """A Dutch warning per link to a record that is not there; `known` maps live refs to their type."""
    field, linked_type, name = _LINKS.get(record.get("type"), (None, None, None))
    if field is None:
        return []
    refs = record.get(field) or []
    refs = [refs] if isinstance(refs, str) else refs
    warnings = []
    for ref in refs:
        if ref not in known:
            warnings.append(f"{name} {ref} bestaat niet.")
        elif known[ref] != linked_type:
            warnings.append(f"{name} {ref} is geen {name.split()[-1]}.")
    return warnings


def live_types(db: sqlite_utils.Database) -> dict[str, str]:
    """Every live record's ref and type."""
    return {row["ref"]: row["type"] for row in db.query("SELECT ref, type FROM records WHERE deleted_at IS NULL")}


def record_notices(db: sqlite_utils.Database, record: dict) -> list[str]:
    """Everything a record's page warns about: missing links and values kept as written."""
    notices = link_warnings(record, live_types(db))
    extra = record.get("extra") or {}
    notices += [as_written_message(field, extra[key]) for field, key in AS_WRITTEN.items() if key in extra]
    return notices
