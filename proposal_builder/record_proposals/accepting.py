"""Accepted candidates into the knowledge base through the normal import: one transaction, with history."""
from __future__ import annotations

import sqlite_utils

from knowledge_base.records import get_record
from knowledge_base.transfer import ImportReport, import_records


def accept(db: sqlite_utils.Database, accepted: list[dict], rejected: list[dict], user: str = "") -> ImportReport:
    """Import the accepted records; a project's link to a rejected method goes to the record that method
    duplicates (when there is one) or is dropped."""
    replacement = {c["id"]: c.get("duplicate_ref", "") for c in rejected if c.get("type") == "method"}
    records = []
    for record in accepted:
        record = {k: v for k, v in record.items() if k != "duplicate_ref"}
        if record.get("type") == "project":
            record["methods"] = [_link(db, ref, replacement) for ref in record.get("methods", [])]
            record["methods"] = [ref for ref in record["methods"] if ref]
        records.append(record)
    return import_records(db, records, user=user)


def _link(db: sqlite_utils.Database, ref: str, replacement: dict[str, str]) -> str:
    if ref not in replacement:
        return ref
    existing = replacement[ref]
    return existing if existing and get_record(db, existing) else ""
