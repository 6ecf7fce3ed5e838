"""One record of an import file made storable: vocabularies mapped, checked, with warnings.

Only what cannot be stored is refused (no id, no type, no title, a malformed value); a value
in someone's own wording is mapped to the stored vocabulary, and one no rule knows is kept as
written in the record's extra fields with a warning (see record_notices).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from . import vocabulary
from .record_notices import AS_WRITTEN, as_written_message
from .record_shape import shape_errors
from .records import (FLAG_FIELDS, INLINE_RESULT_FLAGS, LIST_FIELDS, RECORD_TYPES, TEXT_FIELDS,
                      normalise, validate)


@dataclass
class Prepared:
    """An import item as a record to store, or the reason it cannot be stored."""

    ref: str
    type: str
    record: dict | None
    warnings: list[str] = field(default_factory=list)
    reason: str = ""


def label(value) -> str:
    """A ref or type for the report, whatever the file holds there (a number, a list, a bad string)."""
    text = value if isinstance(value, str) else "" if value is None else json.dumps(value)[:40]
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "").strip()[:40]


def prepare(item: dict) -> Prepared:
    """Map, normalise and check one import item."""
    ref, kind = label(item.get("id") or item.get("ref")), label(item.get("type")).lower()
    if errors := shape_errors(item, TEXT_FIELDS + ["ref", "id", "type"], LIST_FIELDS):
        return Prepared(ref or "(geen id)", kind, None, reason=" ".join(errors.values()))
    data, warnings = translate(item)
    record = normalise(data)
    if errors := validate(record):
        return Prepared(ref or "(geen id)", record["type"] or kind, None, reason=" ".join(errors.values()))
    return Prepared(record["ref"], record["type"], record, warnings)


def translate(item: dict) -> tuple[dict, list[str]]:
    """The item with its vocabularies in stored words, and a Dutch warning per value kept as written."""
    data, warnings = dict(item), []
    kind = vocabulary.record_type(item.get("type"), RECORD_TYPES)
    if kind.known:
        data["type"] = kind.value
    for name, mapper in (("evidence_level", vocabulary.evidence_level),
                         ("recognised_on", vocabulary.recognition_date)):
        if name in item:
            _map_field(data, warnings, name, mapper(item[name]), "")
    for name in FLAG_FIELDS:
        if name in item:
            _map_field(data, warnings, name, vocabulary.flag(item[name]), False)
    if isinstance(item.get("results"), list):
        data["results"] = [_inline_flags(result, number, warnings)
                           for number, result in enumerate(item["results"], start=1)]
    return data, warnings


def _map_field(data: dict, warnings: list[str], name: str, mapped: vocabulary.Mapped, fallback) -> None:
    if mapped.known:
        data[name] = mapped.value
        if mapped.note:
            warnings.append(f"{mapped.note[:1].upper()}{mapped.note[1:]}.")
        return
    data[name] = fallback
    data[AS_WRITTEN[name]] = mapped.value
    warnings.append(as_written_message(name, mapped.value))


def _inline_flags(result, number: int, warnings: list[str]):
    if not isinstance(result, dict):
        return result
    result = dict(result)
    for name in INLINE_RESULT_FLAGS:
        mapped = vocabulary.flag(result.get(name))
        result[name] = mapped.value if mapped.known else False
        if not mapped.known:
            warnings.append(f"Resultaat {number} in het project: "
                            + as_written_message(name, mapped.value)[0].lower()
                            + as_written_message(name, mapped.value)[1:])
    return result
