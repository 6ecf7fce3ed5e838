"""The demo answer library: every type present, loaded by `run --demo`, also into a demo made before it."""
import sys

import pytest

from knowledge_base import count_records, delete_record, list_records, open_db
from knowledge_base.demo_data import load_demo
from knowledge_base.library_types import LIBRARY_FIELDS, LIBRARY_TYPES, library_errors
from proposal_builder.cli import cli
import proposal_builder.cli.run  # noqa: F401 (the module, not the command of the same name)


def test_demo_holds_every_library_type_and_loads_once(db):
    report = load_demo(db)
    assert report.count("rejected") == 0
    counts = count_records(db)
    assert all(counts[kind] >= 1 for kind in LIBRARY_TYPES), counts
    assert counts["standard_text"] >= 10 and counts["project"] >= 10
    profile = list_records(db, type="organisation")[0]  # filled, so the demo's drafts show what it fills
    assert all(profile["extra"].get(f.name) for f in LIBRARY_FIELDS["organisation"]), profile["extra"]
    assert library_errors(profile) == {}
    assert load_demo(db) is None


def test_a_demo_made_before_the_library_gets_it_and_keeps_its_evidence(db):
    load_demo(db)
    full = count_records(db)
    library = {r["ref"] for r in list_records(db) if r["type"] in LIBRARY_TYPES}
    for ref in library:
        delete_record(db, ref)
    report = load_demo(db)
    assert {line.ref for line in report.lines} == library  # only the library file, the evidence left alone
    assert count_records(db) == full


@pytest.mark.model
def test_run_demo_loads_the_answer_library(runner, db_path, tmp_path, monkeypatch):
    run_module = sys.modules["proposal_builder.cli.run"]
    monkeypatch.setenv("PROPOSAL_BUILDER_INSTANCE", str(tmp_path / "instance"))
    monkeypatch.setattr(run_module, "_stop_on_sigterm", lambda: None)
    monkeypatch.setattr("proposal_builder.web.index_job.start_index_job", lambda database, embedder: None)
    monkeypatch.setattr("waitress.serve", lambda app, **options: None)
    result = runner.invoke(cli, ["run", "--demo"])
    assert result.exit_code == 0, result.output
    db = open_db(db_path)
    assert all(count_records(db)[kind] >= 1 for kind in LIBRARY_TYPES)
    db.conn.close()
