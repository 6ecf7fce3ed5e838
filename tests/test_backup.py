"""Online backup and restore, and a killed import leaving the database consistent."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from knowledge_base import (delete_record, export_json, get_record, history, import_file, open_db,
                            save_record)
from knowledge_base.backup import BackupError, backup_to_file, check_backup, restore_backup
from knowledge_base.users import list_users
from proposal_builder.cli import cli

from .conftest import FIXTURES


def _snapshot(db) -> dict:
    """Everything a restore must bring back: the export, every history and the accounts."""
    refs = [row[0] for row in db.execute("SELECT ref FROM records ORDER BY ref")]
    return {"export": export_json(db), "history": {ref: history(db, ref) for ref in refs},
            "users": [(u["username"], u["role"], u["password_hash"]) for u in list_users(db)]}


@pytest.fixture
def filled_db(db):
    """The small fixture knowledge base, with one edit and one deletion in its history."""
    import_file(db, (FIXTURES / "small_kb.json").read_bytes(), user="anna")
    save_record(db, {**get_record(db, "P01"), "summary": "Bijgewerkt."}, user="bram")
    delete_record(db, "R01", user="bram")
    return db


def test_backup_restores_an_identical_knowledge_base(filled_db, db_path, runner, tmp_path):
    before = _snapshot(filled_db)
    backup_file = tmp_path / "kopie.sqlite"
    result = runner.invoke(cli, ["backup", str(backup_file)])
    assert result.exit_code == 0, result.output
    save_record(filled_db, {"ref": "M99", "type": "method", "title": "Later toegevoegd"})
    delete_record(filled_db, "P01")
    assert _snapshot(filled_db) != before
    result = runner.invoke(cli, ["restore", str(backup_file), "--yes"])
    assert result.exit_code == 0, result.output
    assert _snapshot(filled_db) == before


def test_restore_keeps_the_replaced_database_beside_it(filled_db, db_path, tmp_path):
    backup_to_file(db_path, tmp_path / "kopie.sqlite")
    save_record(filled_db, {"ref": "M99", "type": "method", "title": "Later toegevoegd"})
    safety = restore_backup(tmp_path / "kopie.sqlite", db_path)
    assert safety.parent == db_path.parent and "voor-herstel" in safety.name
    kept = open_db(safety)
    assert get_record(kept, "M99")["title"] == "Later toegevoegd"
    kept.conn.close()
    assert get_record(filled_db, "M99") is None


def test_backup_during_an_open_write_holds_only_committed_data(filled_db, db_path, tmp_path):
    before = export_json(filled_db)
    writer = sqlite3.connect(db_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE records SET title = 'half af'")
    try:
        backup_to_file(db_path, tmp_path / "kopie.sqlite")
    finally:
        writer.rollback()
        writer.close()
    copy = open_db(tmp_path / "kopie.sqlite")
    assert export_json(copy) == before
    copy.conn.close()


def test_backup_refuses_to_overwrite_a_file(db, db_path, runner, tmp_path):
    existing = tmp_path / "bestaat.sqlite"
    existing.write_text("iets")
    result = runner.invoke(cli, ["backup", str(existing)])
    assert result.exit_code == 1
    assert "bestaat al" in result.output
    assert existing.read_text() == "iets"


@pytest.mark.parametrize("content, message", [
    (b"dit is gewoon tekst, geen database", "geen database van Proposal Builder"),
    (b"", "geen database van Proposal Builder"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "beschadigd"),
])
def test_restore_of_a_non_database_file_is_refused(filled_db, runner, tmp_path, content, message):
    before = _snapshot(filled_db)
    bad = tmp_path / "kopie.sqlite"
    bad.write_bytes(content)
    result = runner.invoke(cli, ["restore", str(bad), "--yes"])
    assert result.exit_code == 1
    assert message in result.output and "Er is niets teruggezet" in result.output
    assert _snapshot(filled_db) == before
    assert not list(tmp_path.glob("*voor-herstel*"))


def test_restore_of_another_programs_database_is_refused(tmp_path):
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE klanten (naam TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="ontbreekt: _migrations, records"):
        check_backup(other)


def _write_lock_held(db_path) -> bool:
    probe = sqlite3.connect(db_path, timeout=0)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.rollback()
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def _wait_for_import_transaction(process, db_path, hold=0.5, seconds=30.0) -> None:
    """Return once one write lock has been held for `hold` seconds: the import, not a migration."""
    deadline = time.monotonic() + seconds
    held_since = None
    while time.monotonic() < deadline and process.poll() is None:
        if not _write_lock_held(db_path):
            held_since = None
        elif held_since is None:
            held_since = time.monotonic()
        elif time.monotonic() - held_since >= hold:
            return
        time.sleep(0.02)
    pytest.fail("the import never held its transaction open")


def test_killing_an_import_midway_leaves_the_database_consistent(filled_db, db_path, tmp_path):
    before = _snapshot(filled_db)
    big = tmp_path / "groot.json"
    big.write_text(json.dumps([{"id": f"K{i:05d}", "type": "method", "title": f"Methode {i}",
                                "summary": "Wekelijks huisbezoek door een vrijwilliger.",
                                "themes": ["eenzaamheid"]} for i in range(20000)]))
    env = {**os.environ, "PROPOSAL_BUILDER_DB": str(db_path)}
    process = subprocess.Popen(
        [sys.executable, "-c", "from proposal_builder.cli import cli; cli()", "kb", "import", str(big)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_import_transaction(process, db_path)
        assert process.poll() is None, "the import finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
    filled_db.conn.close()
    reopened = open_db(db_path)
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    imported = reopened.execute("SELECT count(*) FROM records WHERE ref LIKE 'K%'").fetchone()[0]
    assert imported in (0, 20000)
    assert _snapshot(reopened) == before or imported == 20000
    save_record(reopened, {"ref": "M99", "type": "method", "title": "Schrijven lukt weer"})
    reopened.conn.close()
