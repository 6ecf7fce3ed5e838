"""Restore refuses crafted databases and leaves the live one untouched; files are private
(finding 8 and the file-mode part of finding 9 of issue 15)."""
import sqlite3
import stat

import pytest

from knowledge_base import get_record, open_db, save_record
from knowledge_base.backup import BackupError, backup_to_file, restore_backup
from knowledge_base.users import get_user

from .conftest import PASSWORD


@pytest.fixture
def live(db_path):
    """The live database with one record, and a good backup of it."""
    db = open_db(db_path)
    save_record(db, {"ref": "M1", "type": "method", "title": "Origineel"}, user="anna")
    db.conn.close()
    return db_path


def _crafted(live, tmp_path, *statements) -> str:
    path = tmp_path / "kopie.sqlite"
    backup_to_file(live, path)
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


CRAFTED = {
    "trigger that promotes a lezer": ["CREATE TRIGGER promote AFTER INSERT ON records BEGIN "
                                      "UPDATE users SET role = 'beheerder' WHERE username = 'lezer'; END"],
    "extra view": ["CREATE VIEW v AS SELECT * FROM users"],
    "extra table": ["CREATE TABLE stash (x)"],
    "only two tables": ["DROP TABLE record_history", "DROP TABLE tenders"],
    "no users table": ["DROP TABLE users"],
    "no active beheerder": ["UPDATE users SET active = 0 WHERE role = 'beheerder'"],
    "unknown migration": ["INSERT INTO _migrations VALUES ('zz_999_unknown', '2026-01-01')"],
}


@pytest.mark.parametrize("kind", CRAFTED)
def test_crafted_backup_is_refused_and_the_live_database_is_untouched(live, tmp_path, kind):
    crafted = _crafted(live, tmp_path, *CRAFTED[kind])
    before = live.read_bytes()
    with pytest.raises(BackupError):
        restore_backup(crafted, live)
    assert live.read_bytes() == before
    db = open_db(live)
    assert get_record(db, "M1")["title"] == "Origineel" and get_user(db, "beheerder")


def test_a_later_import_cannot_promote_through_a_restored_trigger(live, tmp_path):
    crafted = _crafted(live, tmp_path, *CRAFTED["trigger that promotes a lezer"])
    with pytest.raises(BackupError, match="wijkt af"):
        restore_backup(crafted, live)
    db = open_db(live)
    save_record(db, {"ref": "M2", "type": "method", "title": "Nieuw"})
    assert get_user(db, "lezer")["role"] == "lezer"


def test_a_true_backup_is_restored(live, tmp_path):
    good = backup_to_file(live, tmp_path / "goed.sqlite")
    db = open_db(live)
    save_record(db, {"ref": "M1", "type": "method", "title": "Later gewijzigd"})
    db.conn.close()
    restore_backup(good, live)
    assert get_record(open_db(live), "M1")["title"] == "Origineel"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_backups_and_safety_copies_are_private(tmp_path):
    db = open_db(tmp_path / "nieuw.sqlite")
    from knowledge_base.users import create_user
    create_user(db, "baas", PASSWORD, "beheerder")
    db.conn.close()
    assert _mode(tmp_path / "nieuw.sqlite") == 0o600
    copy = backup_to_file(tmp_path / "nieuw.sqlite", tmp_path / "kopie.sqlite")
    assert _mode(copy) == 0o600
    safety = restore_backup(copy, tmp_path / "nieuw.sqlite")
    assert _mode(safety) == 0o600
