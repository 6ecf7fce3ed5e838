"""`proposal-builder kb propose`: candidates printed, as JSON, or written as an import file."""
import json

from proposal_builder.cli import cli

REPORT = ("PROJECTVERSLAG TAALMAATJES VELDRECHT 2025\n\nInleiding\nTaalmaatjes Veldrecht koppelt sinds 2022 "
          "taalmaatjes aan volwassenen in Veldrecht, samen met het Taalhuis Veldrecht en ROC Oostland.\n\n"
          "Resultaten\nResultaat\tRealisatie 2025\tStreefwaarde\nnieuwe koppelingen\t96\t90\n\n"
          "Vooruitblik 2026\nIn 2026 willen we 120 koppelingen maken.\n")


def _file(tmp_path, text=REPORT, name="projectverslag.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_lists_the_candidates_with_their_source(runner, tmp_path):
    result = runner.invoke(cli, ["kb", "propose", str(_file(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    proposal = json.loads(result.output)
    project = proposal["candidates"][0]["record"]
    assert project["title"] == "Taalmaatjes Veldrecht" and project["period"] == "2022-heden"
    assert [r["value"] for r in project["results"]] == ["96"]
    assert "Vooruitblik 2026" in proposal["skipped_chapters"]


def test_out_writes_an_import_file_and_imports_nothing(runner, tmp_path):
    out = tmp_path / "voorstel.json"
    result = runner.invoke(cli, ["kb", "propose", str(_file(tmp_path)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records[0]["id"] == "P01" and records[0]["type"] == "project"
    listed = runner.invoke(cli, ["kb", "export", "-"])
    assert json.loads(listed.output) == []
    imported = runner.invoke(cli, ["kb", "import", str(out)])
    assert "1 toegevoegd" in imported.output


def test_plain_output_and_a_bad_file(runner, tmp_path):
    result = runner.invoke(cli, ["kb", "propose", str(_file(tmp_path))])
    assert "Taalmaatjes Veldrecht" in result.output and "96" in result.output
    empty = runner.invoke(cli, ["kb", "propose", str(_file(tmp_path, "", "leeg.txt"))])
    assert empty.exit_code == 1 and "leeg" in empty.output
