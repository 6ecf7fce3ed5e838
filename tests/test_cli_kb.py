"""The `kb import|export` and `users` commands."""
import json

from knowledge_base import get_record, open_db
from proposal_builder.cli import cli

from .conftest import FIXTURES


def test_import_prints_per_record_outcome(runner, db_path):
    result = runner.invoke(cli, ["kb", "import", str(FIXTURES / "small_kb.json")])
    assert result.exit_code == 0, result.output
    assert "added      method   M01" in result.output
    assert "3 toegevoegd" in result.output
    assert get_record(open_db(db_path), "R01")["unit"] == "%"


def test_malformed_import_fails_with_message(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{kapot")
    result = runner.invoke(cli, ["kb", "import", str(bad)])
    assert result.exit_code == 1
    assert "geen geldige JSON" in result.output and "niets gewijzigd" in result.output


def test_export_writes_import_format(runner, tmp_path):
    runner.invoke(cli, ["kb", "import", str(FIXTURES / "small_kb.json")])
    out = tmp_path / "export.json"
    result = runner.invoke(cli, ["kb", "export", str(out)])
    assert result.exit_code == 0
    assert {item["id"] for item in json.loads(out.read_text())} == {"M01", "P01", "R01"}


def test_users_create_makes_a_login(runner, db_path):
    result = runner.invoke(cli, ["users", "create", "eva", "--role", "directeur",
                                 "--password", "geheim-genoeg-1"])
    assert result.exit_code == 0, result.output
    from knowledge_base.users import authenticate
    assert authenticate(open_db(db_path), "eva", "geheim-genoeg-1")["role"] == "directeur"
