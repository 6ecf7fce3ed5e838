"""Dry runs and conflict choices: what an import would do, shown before anything is written."""
import json

import pytest

from knowledge_base import export_json, get_record, history, import_file, list_records, open_db
from knowledge_base.import_plan import plan_import
from proposal_builder.cli import cli

OURS = [
    {"id": "M01", "type": "method", "title": "Maatjes", "evidence_level": "goed onderbouwd",
     "databank": "Movisie"},
    {"id": "P01", "type": "project", "title": "Samen in de Wijk", "municipality": "Zaanstad",
     "methods": ["M01"]},
    {"id": "R01", "type": "result", "title": "Minder eenzaam", "project": "P01", "value": "68",
     "indicator": "minder eenzaam", "unit": "%"},
]
# Another organisation's file using the same references for other work.
THEIRS = [
    {"id": "M01", "type": "method", "title": "Buurtkracht", "evidence_level": "Effectief: goede aanwijzingen",
     "databank": "Movisie"},
    {"id": "P01", "type": "project", "title": "Wijkteam Noord", "municipality": "Almere", "methods": ["M01"]},
    {"id": "R01", "type": "result", "title": "Minder eenzaam", "project": "P01", "value": "68",
     "indicator": "minder eenzaam", "unit": "%"},
    {"id": "M02", "type": "method", "title": "Nieuw bij hen"},
]


@pytest.fixture
def ours(db):
    import_file(db, json.dumps(OURS), user="anna")
    return db


def _line(report, ref):
    return next(line for line in report.lines if line.ref == ref)


def test_dry_run_lists_added_updated_with_differences_and_unchanged_and_writes_nothing(ours):
    before = export_json(ours), [len(history(ours, r)) for r in ("M01", "P01", "R01")]
    report = import_file(ours, json.dumps(THEIRS), dry_run=True)
    assert report.dry_run
    assert {line.ref: line.outcome for line in report.lines} == {
        "M01": "updated", "M02": "added", "P01": "updated", "R01": "unchanged"}
    fields = {d.field: (d.stored, d.imported) for d in _line(report, "P01").differences}
    assert fields == {"title": ("Samen in de Wijk", "Wijkteam Noord"), "municipality": ("Zaanstad", "Almere")}
    assert [line.ref for line in report.conflicts] == ["M01", "P01"]
    assert (export_json(ours), [len(history(ours, r)) for r in ("M01", "P01", "R01")]) == before
    assert get_record(ours, "M02") is None


def test_keep_leaves_the_stored_record_alone(ours):
    report = import_file(ours, json.dumps(THEIRS), on_conflict="keep")
    assert {line.ref: line.outcome for line in report.lines} == {
        "M01": "kept", "M02": "added", "P01": "kept", "R01": "unchanged"}
    assert get_record(ours, "P01")["title"] == "Samen in de Wijk" and get_record(ours, "P01")["version"] == 1
    assert "2 behouden" in report.summary()


def test_new_imports_under_a_free_reference_and_repoints_links_in_the_file(ours):
    report = import_file(ours, json.dumps(THEIRS), on_conflict="new")
    renamed = {line.ref: line.new_ref for line in report.lines if line.new_ref}
    assert renamed == {"M01": "M01-2", "P01": "P01-2", "R01": "R01-2"}
    assert get_record(ours, "P01-2")["methods"] == ["M01-2"]
    assert get_record(ours, "R01-2")["project"] == "P01-2"
    assert get_record(ours, "P01")["title"] == "Samen in de Wijk"  # ours untouched
    assert get_record(ours, "M01-2")["evidence_level"] == "effectief - goede aanwijzingen"
    assert all(not line.warnings for line in report.lines)


def test_choices_per_conflict_override_the_default(ours):
    report = import_file(ours, json.dumps(THEIRS), choices={"M01": "keep", "P01": "new"})
    assert {line.ref: (line.outcome, line.new_ref) for line in report.lines} == {
        "M01": ("kept", ""), "M02": ("added", ""), "P01": ("added", "P01-2"), "R01": ("updated", "")}
    assert get_record(ours, "P01-2")["methods"] == ["M01"]  # the kept method is the stored one
    # R01 of the file belongs to its P01: re-pointed to P01-2 it differs from ours (a conflict, default update).
    assert [(d.field, d.stored, d.imported) for d in _line(report, "R01").differences] == [("project", "P01", "P01-2")]
    assert get_record(ours, "M01")["title"] == "Maatjes"


def test_a_free_reference_skips_taken_ones_also_in_the_bin(ours):
    import_file(ours, json.dumps([{"id": "P01-2", "type": "project", "title": "Al bezet"}]))
    from knowledge_base import delete_record
    delete_record(ours, "P01-2")
    report = plan_import(ours, THEIRS, on_conflict="new")
    assert _line(report, "P01").new_ref == "P01-3"


def test_a_binned_record_counts_as_a_conflict(ours):
    from knowledge_base import delete_record
    delete_record(ours, "R01")
    line = _line(plan_import(ours, OURS), "R01")
    assert line.conflict and line.outcome == "updated" and line.differences[0].field == "deleted_at"


def test_update_of_another_type_is_refused_but_new_works(ours):
    item = [{"id": "M01", "type": "project", "title": "Een project"}]
    assert _line(plan_import(ours, item), "M01").outcome == "rejected"
    assert _line(plan_import(ours, item, on_conflict="new"), "M01").new_ref == "M01-2"


def test_nothing_is_half_written_when_a_write_fails(ours, monkeypatch):
    from knowledge_base import import_plan
    calls = []

    def failing_save(db, record, user=""):
        calls.append(record["ref"])
        if len(calls) == 2:
            raise RuntimeError("schijf vol")
        return real_save(db, record, user=user)
    real_save = import_plan.save_record
    monkeypatch.setattr(import_plan, "save_record", failing_save)
    before = export_json(ours)
    with pytest.raises(RuntimeError):
        import_file(ours, json.dumps(THEIRS))
    assert export_json(ours) == before


# --- the command --------------------------------------------------------------------------

@pytest.fixture
def files(tmp_path):
    ours, theirs = tmp_path / "ours.json", tmp_path / "theirs.json"
    ours.write_text(json.dumps(OURS))
    theirs.write_text(json.dumps(THEIRS))
    return ours, theirs


def test_cli_dry_run_prints_the_plan_and_writes_nothing(runner, db_path, files):
    runner.invoke(cli, ["kb", "import", str(files[0])])
    before = export_json(open_db(db_path))
    result = runner.invoke(cli, ["kb", "import", "--dry-run", str(files[1])])
    assert result.exit_code == 0, result.output
    assert "er is niets gewijzigd" in result.output and "Bij een conflict: bijwerken" in result.output
    assert "updated    project  P01 (conflict: id bestaat met andere inhoud)" in result.output
    assert "title: 'Samen in de Wijk' → 'Wijkteam Noord'" in result.output
    assert "added      method   M02" in result.output
    assert "Zou worden: 1 toegevoegd, 2 bijgewerkt, 1 ongewijzigd, 0 afgewezen" in result.output
    assert export_json(open_db(db_path)) == before


@pytest.mark.parametrize("choice, p01_title, extra_ref", [
    ("update", "Wijkteam Noord", None), ("keep", "Samen in de Wijk", None), ("new", "Samen in de Wijk", "P01-2"),
])
def test_cli_on_conflict(runner, db_path, files, choice, p01_title, extra_ref):
    runner.invoke(cli, ["kb", "import", str(files[0])])
    result = runner.invoke(cli, ["kb", "import", "--on-conflict", choice, str(files[1])])
    assert result.exit_code == 0, result.output
    db = open_db(db_path)
    assert get_record(db, "P01")["title"] == p01_title
    if extra_ref:
        assert f"P01 → {extra_ref}" in result.output
        assert get_record(db, extra_ref)["title"] == "Wijkteam Noord"
    assert len(list_records(db)) == (7 if choice == "new" else 4)


def test_cli_warns_about_missing_links_and_unknown_levels(runner, db_path, tmp_path):
    path = tmp_path / "kb.json"
    path.write_text(json.dumps([{"id": "P1", "type": "project", "title": "X", "methods": ["M9"]},
                                {"id": "M1", "type": "method", "title": "Y", "evidence_level": "top"}]))
    result = runner.invoke(cli, ["kb", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "let op: Gekoppelde methodiek M9 bestaat niet." in result.output
    assert "let op: Erkenningsniveau ‘top’ is niet herkend" in result.output
    assert "2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 afgewezen; 2 waarschuwingen" in result.output


def test_cli_refuses_an_unknown_conflict_choice(runner, files):
    result = runner.invoke(cli, ["kb", "import", "--on-conflict", "merge", str(files[1])])
    assert result.exit_code == 2 and "merge" in result.output


def test_cli_xlsx_export_imports_back_unchanged(runner, db_path, files, tmp_path):
    runner.invoke(cli, ["kb", "import", str(files[0])])
    book = tmp_path / "kennisbank.xlsx"
    result = runner.invoke(cli, ["kb", "export", "--xlsx", str(book)])
    assert result.exit_code == 0 and book.read_bytes()[:2] == b"PK"
    result = runner.invoke(cli, ["kb", "import", "--dry-run", str(book)])
    assert result.exit_code == 0, result.output
    assert "Zou worden: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd, 0 afgewezen" in result.output


def test_cli_imports_a_csv_through_the_same_plan(runner, db_path, tmp_path):
    sheet = tmp_path / "methodieken.csv"
    sheet.write_text("Referentie;Titel;Type;Erkenningsniveau\nM7;Buurtcirkel;methodiek;Effectief: goede aanwijzingen\n",
                     encoding="utf-8")
    result = runner.invoke(cli, ["kb", "import", str(sheet)])
    assert result.exit_code == 0, result.output
    assert get_record(open_db(db_path), "M7")["evidence_level"] == "effectief - goede aanwijzingen"


def test_cli_refuses_a_bad_spreadsheet_in_dutch(runner, db_path, tmp_path):
    book = tmp_path / "kapot.xlsx"
    book.write_bytes(b"geen werkmap")
    result = runner.invoke(cli, ["kb", "import", str(book)])
    assert result.exit_code == 1 and "Er is niets gewijzigd" in result.output
