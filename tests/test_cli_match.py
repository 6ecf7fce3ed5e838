"""The `match` and `index` commands: JSON output format, goal files, progress, model errors."""
import json

import pytest

from proposal_builder.cli import cli

from .conftest import FIXTURES

pytestmark = pytest.mark.model


def test_match_json_lists_goals_with_matches_best_first(runner, search_indexed):
    result = runner.invoke(cli, ["match", "--goal", "Zorgende naasten zijn ontlast",
                                 "--goal", "Minder eenzaamheid onder ouderen", "--top", "3", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [item["goal"] for item in data] == ["Zorgende naasten zijn ontlast",
                                               "Minder eenzaamheid onder ouderen"]
    for item in data:
        assert set(item) == {"goal", "matches"} and len(item["matches"]) == 3
        assert all(set(m) == {"ref", "type", "title", "score", "strength", "why"} for m in item["matches"])
        assert {m["strength"] for m in item["matches"]} <= {"sterk", "redelijk", "zwak"}
        scores = [m["score"] for m in item["matches"]]
        assert scores == sorted(scores, reverse=True)
    assert data[0]["matches"][0]["ref"] in {"SM1", "SP1", "SR2"}


def test_goals_file_reads_one_goal_per_line(runner, search_indexed, tmp_path):
    goals = tmp_path / "doelen.txt"
    goals.write_text("Jongeren op straat hebben een zinvolle vrije tijd\n\nTaalcafé\n", encoding="utf-8")
    result = runner.invoke(cli, ["match", "--goals-file", str(goals), "--top", "1", "--json"])
    data = json.loads(result.stdout)
    assert [(item["goal"], item["matches"][0]["ref"]) for item in data] == [
        ("Jongeren op straat hebben een zinvolle vrije tijd", "SP3"), ("Taalcafé", "SM3")]


def test_match_without_goals_is_a_usage_error(runner, search_indexed):
    result = runner.invoke(cli, ["match", "--json"])
    assert result.exit_code == 2 and "Geef minstens één doel" in result.output


def test_index_embeds_new_records_once_and_rebuild_embeds_all(runner, db_path):
    runner.invoke(cli, ["kb", "import", str(FIXTURES / "search_kb.json")])
    first = runner.invoke(cli, ["index"])
    assert first.exit_code == 0, first.output
    assert "10 records ingebed" in first.stderr and "Zoekindex actueel: 10 records" in first.stdout
    assert "ingebed" not in runner.invoke(cli, ["index"]).stderr
    assert "10 records ingebed" in runner.invoke(cli, ["index", "--rebuild"]).stderr


def test_a_configured_model_that_is_missing_stops_with_its_name(runner, search_indexed, monkeypatch):
    monkeypatch.setenv("PROPOSAL_BUILDER_EMBEDDING_MODEL", "voorbeeld-org/geen-model")
    result = runner.invoke(cli, ["match", "--goal", "mantelzorg", "--json"])
    assert result.exit_code == 1
    assert "'voorbeeld-org/geen-model'" in result.output and result.stdout == ""
