"""Storage of records on a real SQLite file."""
import pytest

from knowledge_base import (ConflictError, RecordError, delete_record, facets, get_record,
                            history, list_records, open_db, restore_record, restore_version,
                            save_record)
from knowledge_base.record_notices import record_notices
from knowledge_base.records import content_hash

METHOD = {"ref": "M01", "type": "method", "title": "Buurtbemiddeling", "themes": ["buurtbemiddeling"],
          "evidence_level": "effectief - goede aanwijzingen", "recognised_on": "2020-01-15"}


def test_save_and_reopen_file_keeps_record(db_path):
    db = open_db(db_path)
    save_record(db, METHOD, user="anna")
    db.conn.close()
    record = get_record(open_db(db_path), "M01")
    assert record["title"] == "Buurtbemiddeling"
    assert record["themes"] == ["buurtbemiddeling"]
    assert record["created_by"] == record["updated_by"] == "anna"
    assert record["created_at"] and record["version"] == 1


def test_update_bumps_version_and_keeps_creator(db):
    save_record(db, METHOD, user="anna")
    record, outcome = save_record(db, {**METHOD, "summary": "Nieuw"}, user="bert")
    assert outcome == "updated"
    assert record["version"] == 2
    assert (record["created_by"], record["updated_by"]) == ("anna", "bert")


def test_saving_same_content_is_unchanged(db):
    save_record(db, METHOD)
    _, outcome = save_record(db, METHOD)
    assert outcome == "unchanged"
    assert get_record(db, "M01")["version"] == 1


@pytest.mark.parametrize("change, field", [
    ({"ref": ""}, "ref"), ({"ref": "met spatie"}, "ref"), ({"type": "boek"}, "type"),
    ({"title": ""}, "title"), ({"evidence_level": "super"}, "evidence_level"),
    ({"recognised_on": "15-01-2020"}, "recognised_on"),
])
def test_invalid_record_is_refused_with_dutch_message(db, change, field):
    with pytest.raises(RecordError) as caught:
        save_record(db, {**METHOD, **change})
    assert field in caught.value.errors
    assert get_record(db, "M01") is None


def test_project_linking_unknown_method_is_kept_with_a_notice(db):
    saved, outcome = save_record(db, {"ref": "P01", "type": "project", "title": "X", "methods": ["M99"]})
    assert outcome == "added" and saved["methods"] == ["M99"]
    assert record_notices(db, saved) == ["Gekoppelde methodiek M99 bestaat niet."]
    save_record(db, {"ref": "M99", "type": "method", "title": "Later toegevoegd"})
    assert record_notices(db, saved) == []


def test_inline_results_carry_consent_flags_and_old_hashes_still_match(db):
    saved, _ = save_record(db, {"ref": "P01", "type": "project", "title": "X", "results": [
        {"indicator": "deelnemers", "value": "12", "story": "Meneer K.", "consent": "ja"}]})
    assert saved["results"][0] == {"indicator": "deelnemers", "value": "12", "unit": "", "story": "Meneer K.",
                                   "consent": True, "pseudonymised": False}
    without_flags = {**saved, "results": [{"indicator": "a", "value": "1", "unit": "", "story": ""}]}
    with_flags_off = {**without_flags, "results": [{**without_flags["results"][0], "consent": False,
                                                    "pseudonymised": False}]}
    assert content_hash(without_flags) == content_hash(with_flags_off)


def test_stale_version_raises_conflict(db):
    save_record(db, METHOD)
    save_record(db, {**METHOD, "summary": "eerste"}, expected_version=1)
    with pytest.raises(ConflictError):
        save_record(db, {**METHOD, "summary": "tweede"}, expected_version=1)
    assert get_record(db, "M01")["summary"] == "eerste"


def test_delete_moves_to_bin_and_restore_brings_back(db):
    save_record(db, METHOD)
    delete_record(db, "M01", user="anna")
    assert get_record(db, "M01") is None
    assert [r["ref"] for r in list_records(db, deleted=True)] == ["M01"]
    restore_record(db, "M01")
    assert get_record(db, "M01")["deleted_at"] is None


def test_history_keeps_every_version_and_old_one_restores(db):
    save_record(db, METHOD)
    save_record(db, {**METHOD, "title": "Buurtbemiddeling 2.0"})
    assert [h["version"] for h in history(db, "M01")] == [2, 1]
    restore_version(db, "M01", 1, user="anna")
    assert get_record(db, "M01")["title"] == "Buurtbemiddeling"


def test_list_filters_by_type_theme_municipality_year_and_keyword(db):
    save_record(db, METHOD)
    save_record(db, {"ref": "P01", "type": "project", "title": "Vreedzame wijk", "municipality": "Deventer",
                     "period": "2019-2022", "themes": ["Buurtbemiddeling"], "methods": ["M01"]})
    assert [r["ref"] for r in list_records(db, type="project")] == ["P01"]
    assert [r["ref"] for r in list_records(db, theme="buurtbemiddeling")] == ["M01", "P01"]
    assert [r["ref"] for r in list_records(db, municipality="deventer")] == ["P01"]
    assert [r["ref"] for r in list_records(db, year=2020)] == ["P01"]
    assert list_records(db, year=2023) == []
    assert [r["ref"] for r in list_records(db, q="vreedzame")] == ["P01"]
    assert facets(db)["years"] == [2019, 2020, 2021, 2022]


def test_opening_a_new_file_waits_while_another_connection_writes_to_it(tmp_path):
    import sqlite3
    import threading
    import time

    path = tmp_path / "busy.sqlite"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE scratch (a)")  # a rollback-journal file another process is writing
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO scratch VALUES (1)")
    threading.Thread(target=lambda: (time.sleep(0.3), writer.execute("COMMIT")), daemon=True).start()
    db = open_db(path)  # SQLite refuses the WAL switch at once while the lock is held: it must wait
    assert db.journal_mode == "wal"
    assert db.execute("SELECT count(*) FROM _migrations").fetchone()[0] > 0


def test_two_processes_opening_a_new_file_apply_migrations_once(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "race.sqlite"
    code = f"from knowledge_base import open_db; open_db({str(path)!r})"
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(4)]
    errors = [p.communicate()[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    db = open_db(path)
    names = [row[0] for row in db.execute("SELECT name FROM _migrations")]
    assert len(names) == len(set(names)) > 0
