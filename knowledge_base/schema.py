"""The database schema: every migration, in the order they are applied (each runs once, recorded by name).

A new migration goes at the end of `MIGRATIONS`; a published one is never changed or reordered.
"""
from __future__ import annotations

import re

import sqlite_utils


def kb_001_records(db: sqlite_utils.Database) -> None:
    """Records of all three types in one table, plus their change history."""
    db.execute(
        """
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL CHECK (type IN ('project', 'method', 'result')),
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            target_group TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            themes TEXT NOT NULL DEFAULT '[]',
            partners TEXT NOT NULL DEFAULT '[]',
            methods TEXT NOT NULL DEFAULT '[]',
            results TEXT NOT NULL DEFAULT '[]',
            evidence_level TEXT NOT NULL DEFAULT '',
            databank TEXT NOT NULL DEFAULT '',
            recognised_on TEXT NOT NULL DEFAULT '',
            project TEXT NOT NULL DEFAULT '',
            indicator TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            story TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0,
            pseudonymised INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}',
            content_hash TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX records_type ON records (type, deleted_at)")
    db.execute(
        """
        CREATE TABLE record_history (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL,
            version INTEGER NOT NULL,
            action TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX record_history_ref ON record_history (ref, version)")


def auth_001_users(db: sqlite_utils.Database) -> None:
    """User accounts with one role each."""
    db.execute(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )
        """
    )


def tenders_001_tenders(db: sqlite_utils.Database) -> None:
    """Tenders with their goals and choices as JSON columns."""
    db.execute(
        """
        CREATE TABLE tenders (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            municipality TEXT NOT NULL DEFAULT '',
            route TEXT NOT NULL DEFAULT '',
            deadline TEXT NOT NULL DEFAULT '',
            page_limit INTEGER,
            budget TEXT NOT NULL DEFAULT '',
            criteria TEXT NOT NULL DEFAULT '[]',
            target_groups TEXT NOT NULL DEFAULT '[]',
            source_name TEXT NOT NULL DEFAULT '',
            blocks TEXT NOT NULL DEFAULT '[]',
            goals TEXT NOT NULL DEFAULT '[]',
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        )
        """
    )


def tenders_002_word_limit(db: sqlite_utils.Database) -> None:
    """The word limit of the whole proposal, next to its page limit."""
    db.execute("ALTER TABLE tenders ADD COLUMN word_limit INTEGER")


def search_001_index(db: sqlite_utils.Database) -> None:
    """Chunk vectors keyed by record, chunk, content hash and model; stems for BM25; index state."""
    db.execute("""
        CREATE TABLE search_chunks (
            ref TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            model TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (ref, chunk)
        )""")
    db.execute("CREATE VIRTUAL TABLE search_terms USING fts5(ref UNINDEXED, title, body)")
    db.execute("CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def search_002_head_lookup(db: sqlite_utils.Database) -> None:
    """A covering index for the per-query freshness check, so it never reads vector pages."""
    db.execute("CREATE INDEX search_chunks_heads ON search_chunks (chunk, ref, content_hash, model)")


def search_003_live_records(db: sqlite_utils.Database) -> None:
    """A covering index on the records side of the freshness check (live refs and their hashes)."""
    db.execute("CREATE INDEX search_records_live ON records (deleted_at, ref, content_hash)")


def auth_002_session_token(db: sqlite_utils.Database) -> None:
    """A per-account token in every session, renewed to log out all sessions of an account."""
    db.execute("ALTER TABLE users ADD COLUMN session_token TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE users SET session_token = lower(hex(randomblob(16)))")


def auth_003_login_throttle(db: sqlite_utils.Database) -> None:
    """Failed log-ins per username and per client address."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS login_throttle (
            kind TEXT NOT NULL CHECK (kind IN ('user', 'address')),
            name TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            last_failure REAL NOT NULL DEFAULT 0,
            locked_until REAL NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, name)
        )
        """
    )


def tenders_003_facts(db: sqlite_utils.Database) -> None:
    """The facts a proposal is built on: municipalities, procedure, budget per year and parts,
    whether appendices count, requirements, and per fact its source block."""
    for column, kind in (("municipalities", "TEXT NOT NULL DEFAULT '[]'"), ("procedure", "TEXT NOT NULL DEFAULT ''"),
                         ("budget_per_year", "INTEGER"), ("budget_parts", "TEXT NOT NULL DEFAULT '[]'"),
                         ("excluding_appendices", "INTEGER"), ("requirements", "TEXT NOT NULL DEFAULT '[]'"),
                         ("facts_sources", "TEXT NOT NULL DEFAULT '{}'")):
        db.execute(f"ALTER TABLE tenders ADD COLUMN {column} {kind}")


def tenders_004_review(db: sqlite_utils.Database) -> None:
    """The review state of a tender's proposal (concept, ter review, goedgekeurd), with who and when."""
    db.execute("ALTER TABLE tenders ADD COLUMN review_state TEXT NOT NULL DEFAULT 'concept'")
    db.execute("ALTER TABLE tenders ADD COLUMN review_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE tenders ADD COLUMN review_at TEXT NOT NULL DEFAULT ''")


def auth_004_must_change_password(db: sqlite_utils.Database) -> None:
    """Accounts that must choose a new password at their next log-in (the demo accounts)."""
    db.execute("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0")


def kb_002_library(db: sqlite_utils.Database) -> None:
    """The answer library's record types (organisation, team_member, partner, proof, standard_text)
    beside projects, methods and results, and an owner and review date on every record.

    SQLite cannot change a CHECK, so the table is rebuilt with every column and index it has now.
    """
    types = ("project", "method", "result", "organisation", "team_member", "partner", "proof", "standard_text")
    table_sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'records'").fetchone()[0]
    indexes = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL")]
    allowed = "CHECK (type IN (" + ", ".join(f"'{t}'" for t in types) + "))"
    new_sql = re.sub(r"CHECK \(type IN \([^)]*\)\)", allowed, table_sql)
    db.execute(new_sql.replace("CREATE TABLE records", "CREATE TABLE records_new", 1))
    columns = ", ".join(f'"{row[1]}"' for row in db.execute("PRAGMA table_info(records)"))
    db.execute(f"INSERT INTO records_new ({columns}) SELECT {columns} FROM records")
    db.execute("DROP TABLE records")
    db.execute("ALTER TABLE records_new RENAME TO records")
    for index_sql in indexes:
        db.execute(index_sql)
    db.execute("ALTER TABLE records ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE records ADD COLUMN review_on TEXT NOT NULL DEFAULT ''")


def kb_003_erasures(db: sqlite_utils.Database) -> None:
    """The log of personal data erased from records' history: who, when, which record and fields (never the text)."""
    db.execute("""
        CREATE TABLE record_erasures (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '[]',
            versions INTEGER NOT NULL DEFAULT 0,
            erased_at TEXT NOT NULL,
            erased_by TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX record_erasures_ref ON record_erasures (ref)")


def tenders_005_page_limit_part(db: sqlite_utils.Database) -> None:
    """The part of the proposal the page limit is for ("activiteitenplan"); '' for the whole."""
    db.execute("ALTER TABLE tenders ADD COLUMN page_limit_part TEXT NOT NULL DEFAULT ''")


def tenders_006_lots(db: sqlite_utils.Database) -> None:
    """The lots or themes of a tender, each with its goals, budget, places, page limit and source block."""
    db.execute("ALTER TABLE tenders ADD COLUMN lots TEXT NOT NULL DEFAULT '[]'")


def tenders_007_anonymous(db: sqlite_utils.Database) -> None:
    """Whether the plan is assessed without the tenderer's name (1), not (0), or unknown (NULL)."""
    db.execute("ALTER TABLE tenders ADD COLUMN anonymous INTEGER")


def tenders_008_ambition(db: sqlite_utils.Database) -> None:
    """The municipality's overarching ambition above the tender's goals, as read or corrected; '' when unknown."""
    db.execute("ALTER TABLE tenders ADD COLUMN ambition TEXT NOT NULL DEFAULT ''")


def tenders_009_chosen_lots(db: sqlite_utils.Database) -> None:
    """The lots the organisation bids for (their titles); [] when none is chosen, so the draft covers every lot."""
    db.execute("ALTER TABLE tenders ADD COLUMN chosen_lots TEXT NOT NULL DEFAULT '[]'")


MIGRATIONS = [
    kb_001_records,
    auth_001_users,
    tenders_001_tenders,
    tenders_002_word_limit,
    search_001_index,
    search_002_head_lookup,
    search_003_live_records,
    auth_002_session_token,
    auth_003_login_throttle,
    tenders_003_facts,
    auth_004_must_change_password,
    tenders_004_review,
    kb_002_library,
    kb_003_erasures,
    tenders_005_page_limit_part,
    tenders_006_lots,
    tenders_007_anonymous,
    tenders_008_ambition,
    tenders_009_chosen_lots,
]
