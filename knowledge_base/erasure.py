"""Erasing personal data from a record and every version in its history (AVG: right to erasure).

The versions keep their structure: only the chosen text is replaced, wherever it stands in a
content field (a story, an inline result, an extra field). The erasure is logged with who,
when, which record and which fields, never with the erased text. The record's search-index
rows are dropped so no vector or stored passage keeps the text; the next refresh makes them anew.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

import sqlite_utils

from .cleaning import clean_text
from .database import write_transaction
from .index import index_generation
from .records import JSON_COLUMNS, content_hash, get_record, now

REPLACEMENT = "[verwijderd]"
MIN_CHARS = 3  # fewer would erase letters from every word
MAX_CHARS = 300
_NOT_CONTENT = {"id", "ref", "type", "version", "created_at", "created_by", "updated_at", "updated_by",
                "deleted_at", "content_hash"}


class ErasureError(ValueError):
    """The erasure was not done; the message says why, in Dutch."""


@dataclass
class Erasure:
    """One logged erasure: which record, which fields, how many versions, who and when."""

    ref: str
    fields: list[str]
    versions: int
    erased_at: str
    erased_by: str


def erase_text(db: sqlite_utils.Database, ref: str, text: str, user: str = "") -> Erasure:
    """Replace `text` (any case) in the record and every history version with REPLACEMENT; log it."""
    pattern = _pattern(text)
    with write_transaction(db):
        current = get_record(db, ref, include_deleted=True)
        if current is None:
            raise KeyError(ref)
        fields, versions = set(), 0
        for row in list(db.query("SELECT id, snapshot FROM record_history WHERE ref = ?", [ref])):
            snapshot, found = scrub(json.loads(row["snapshot"]), pattern)
            if found:
                db.execute("UPDATE record_history SET snapshot = ? WHERE id = ?",
                           [json.dumps(snapshot, ensure_ascii=False), row["id"]])
                fields |= found
                versions += 1
        live, found = scrub(current, pattern)
        if found:
            _store_live(db, live)
            fields |= found
        if not fields:
            raise ErasureError(f"Die tekst staat niet in {ref} of zijn geschiedenis; er is niets gewijzigd.")
        erasure = Erasure(ref, sorted(fields), versions, now(), user)
        db["record_erasures"].insert({**erasure.__dict__, "fields": json.dumps(erasure.fields)})
    return erasure


def erasures(db: sqlite_utils.Database, ref: str) -> list[Erasure]:
    """The logged erasures of a record, newest first."""
    rows = db.query("SELECT * FROM record_erasures WHERE ref = ? ORDER BY id DESC", [ref])
    return [Erasure(r["ref"], json.loads(r["fields"]), r["versions"], r["erased_at"], r["erased_by"]) for r in rows]


def _pattern(text: str) -> re.Pattern:
    text = clean_text(text or "").strip()
    if len(text) < MIN_CHARS:
        raise ErasureError(f"Geef de tekst op die weg moet, minstens {MIN_CHARS} tekens.")
    if len(text) > MAX_CHARS:
        raise ErasureError(f"Geef hooguit {MAX_CHARS} tekens tegelijk op.")
    return re.compile(re.escape(text), re.IGNORECASE)


def scrub(record: dict, pattern: re.Pattern) -> tuple[dict, set[str]]:
    """A copy of a record or snapshot with every match replaced, and the names of the fields it was in."""
    found, out = set(), dict(record)
    for name, value in record.items():
        if name in _NOT_CONTENT:
            continue
        new = _replace(value, pattern)
        if new != value:
            out[name] = new
            found.add(name)
    return out, found


def _replace(value, pattern: re.Pattern):
    if isinstance(value, str):
        return pattern.sub(REPLACEMENT, value)
    if isinstance(value, list):
        return [_replace(item, pattern) for item in value]
    if isinstance(value, dict):  # keys keep the structure; only values are text
        return {key: _replace(item, pattern) for key, item in value.items()}
    return value


def _store_live(db: sqlite_utils.Database, record: dict) -> None:
    """Write the scrubbed record in place (no new version: the text must not live on anywhere)."""
    row = {name: json.dumps(value, ensure_ascii=False) if name in JSON_COLUMNS else value
           for name, value in record.items() if name not in _NOT_CONTENT}
    row["content_hash"] = content_hash(record)
    db["records"].update(record["id"], row)
    db.execute("DELETE FROM search_chunks WHERE ref = ?", [record["ref"]])
    db.execute("DELETE FROM search_terms WHERE ref = ?", [record["ref"]])
    db.execute("INSERT OR REPLACE INTO search_state (key, value) VALUES ('generation', ?)",
               [str(index_generation(db) + 1)])
