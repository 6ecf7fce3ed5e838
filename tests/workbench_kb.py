"""A small slice of the demo knowledge base, indexed once per test session with the real model.

Embedding these 14 records takes about two seconds, so the index is built once into a template
file (conftest's `demo_slice` fixture); each test imports the records into its own database and
copies the index rows.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from knowledge_base import import_records, open_db
from knowledge_base.demo_data import DEMO_FILE
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import refresh_index
from knowledge_base.saved_tenders import save_tender
from proposal_builder.web.draft_job import jobs_of

# Loneliness, informal care and debts, plus youth work as an unrelated theme.
REFS = ["M02", "M03", "M05", "M08", "M11", "P01", "P03", "P04", "R01", "R02", "R04", "R05", "R06", "R07"]
INDEX_TABLES = ["search_chunks", "search_terms", "search_state"]
GOALS = [  # as the real model ranks this slice: well covered twice, thin (no figure), not covered
    {"text": "Mantelzorgers zijn minder zwaar belast.", "section": "Wat willen we bereiken?",
     "indicator": "Aandeel mantelzorgers dat zich zwaar belast voelt", "target": "10%"},
    {"text": "Inwoners met geldzorgen houden hun administratie op orde.", "section": "Wat willen we bereiken?"},
    {"text": "Jongerenwerkers zijn vier avonden per week op straat aanwezig.", "section": "Prestaties",
     "kind": "output"},
    {"text": "Er is een vrijwilligerscentrale.", "section": "Prestaties", "kind": "output"},
]


def kb_records() -> list[dict]:
    """The slice of the demo knowledge base, in the JSON import format."""
    return [item for item in json.loads(DEMO_FILE.read_text(encoding="utf-8")) if item["id"] in REFS]


def indexed_template(folder: Path) -> Path:
    """A database in `folder` holding the slice and its search index."""
    path = folder / "indexed.sqlite"
    db = open_db(path)
    import_records(db, kb_records())
    refresh_index(db, get_embedder())
    db.conn.close()
    return path


def seed(db_path: Path, template: Path) -> None:
    """Import the slice into the database at `db_path` and copy the template's index rows."""
    db = open_db(db_path)
    import_records(db, kb_records())
    db.conn.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("ATTACH DATABASE ? AS template", [str(template)])
        for table in INDEX_TABLES:
            conn.execute(f"DELETE FROM main.{table}")
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM template.{table}")
    conn.close()


def add_tender(db_path: Path, **fields) -> dict:
    """Save a tender with the four GOALS and return it."""
    db = open_db(db_path)
    tender = save_tender(db, {"title": "Informele zorg Oostervaart 2028", "municipality": "Oostervaart",
                              "criteria": [{"name": "Bijdrage aan de doelen", "weight": "40 punten"}],
                              "goals": GOALS, **fields}, user="directeur")
    db.conn.close()
    return tender


# Fixtures of the workbench and draft-job tests (imported there by name).
@pytest.fixture
def app(app, demo_slice):
    """The app with the demo slice and its index in its database."""
    return app


@pytest.fixture(autouse=True)
def drafts_finish(app):
    """No draft is still being made in the background when a test ends."""
    yield
    assert jobs_of(app).idle(120)
