"""JSON import and export."""
import json

import pytest

from knowledge_base import ImportFormatError, export_json, get_record, import_file, list_records

from .conftest import FIXTURES

GOOD = (FIXTURES / "small_kb.json").read_bytes()


def test_good_file_imports_every_record(db):
    report = import_file(db, GOOD, user="cli")
    assert [(line.ref, line.outcome) for line in report.lines] == [
        ("M01", "added"), ("P01", "added"), ("R01", "added")]
    assert get_record(db, "R01")["value"] == "68"
    assert get_record(db, "P01")["results"][0]["value"] == "120"


def test_reimport_is_idempotent(db):
    import_file(db, GOOD)
    before = [(r["ref"], r["version"]) for r in list_records(db)]
    report = import_file(db, GOOD)
    assert report.count("unchanged") == 3
    assert [(r["ref"], r["version"]) for r in list_records(db)] == before


@pytest.mark.parametrize("content, message", [
    (b"", "leeg"), (b"{not json", "geen geldige JSON"), (b'{"a": 1}', "JSON-lijst"),
    (b"[1, 2]", "geen object"), (b"\xff\xfe\x00", "UTF-8"),
])
def test_malformed_file_changes_nothing(db, content, message):
    import_file(db, GOOD)
    before = export_json(db)
    with pytest.raises(ImportFormatError, match=message):
        import_file(db, content)
    assert export_json(db) == before


def test_invalid_records_are_rejected_with_reason_others_imported(db):
    items = json.loads(GOOD) + [{"id": "X1", "type": "boek", "title": "?"},
                                 {"id": "R02", "type": "result", "title": "Los", "project": "P99"}]
    report = import_file(db, json.dumps(items))
    rejected = {line.ref: line.reason for line in report.lines if line.outcome == "rejected"}
    assert set(rejected) == {"X1"} and "type" in rejected["X1"]
    # A result naming a project that is not there is kept, with a warning.
    loose = next(line for line in report.lines if line.ref == "R02")
    assert loose.outcome == "added" and loose.warnings == ["Gekoppeld project P99 bestaat niet."]
    assert get_record(db, "R02")["project"] == "P99"
    assert report.count("added") == 4


def test_export_roundtrip_keeps_unknown_fields(db, tmp_path):
    import_file(db, GOOD)
    exported = json.loads(export_json(db))
    project = next(item for item in exported if item["id"] == "P01")
    assert project["funder"] == "Gemeente Zaanstad"
    assert project["methods"] == ["M01"]
    from knowledge_base import open_db
    other = open_db(tmp_path / "other.sqlite")
    import_file(other, export_json(db))
    assert export_json(other) == export_json(db)


def test_invalid_json_is_explained_in_dutch_with_its_place(db):
    with pytest.raises(ImportFormatError) as raised:
        import_file(db, b'[{"id": "P1",\n  bad}]')
    message = str(raised.value)
    assert "regel 2, kolom 3" in message and "aanhalingstekens" in message
    assert "Expecting" not in message


def test_unknown_type_names_the_allowed_values_as_written_in_the_file(db):
    report = import_file(db, b'[{"id": "X1", "type": "verhaal", "title": "T", "summary": "S"}]')
    reason = report.lines[0].reason
    assert all(f"{kind}" in reason for kind in ("project", "method", "result")), reason
