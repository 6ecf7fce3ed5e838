"""`proposal-builder tender goals FILE [--json]` on real files."""
from __future__ import annotations

import json

from click.testing import CliRunner

from proposal_builder.cli import cli

from .tender_samples import docx_bytes, pdf_bytes

ELEMENTS = [
    ("h1", "Doelstellingen"),
    ("number", "Ouderen voelen zich minder eenzaam."),
    ("number", "Jaarlijks worden minimaal 400 ouderen bezocht."),
    ("h1", "Gunningscriteria"),
    ("table", [["Criterium", "Weging"], ["Plan van aanpak", "60%"], ["Samenwerking", "40%"]]),
    ("h1", "Procedure"),
    ("para", "Uw inschrijving telt maximaal 10 pagina's. De inschrijving moet uiterlijk 15 maart 2027 om 12.00 uur zijn ingediend."),
]


def test_goals_json_has_goals_criteria_page_limit_deadline_and_route(tmp_path):
    path = tmp_path / "uitvraag.docx"
    path.write_bytes(docx_bytes(ELEMENTS))
    result = CliRunner().invoke(cli, ["tender", "goals", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(g["text"], g["section"], g["kind"]) for g in data["goals"]] == [
        ("Ouderen voelen zich minder eenzaam.", "Doelstellingen", "effect"),
        ("Jaarlijks worden minimaal 400 ouderen bezocht.", "Doelstellingen", "output")]
    assert [(c["name"], c["weight"]) for c in data["criteria"]] == [("Plan van aanpak", "60%"), ("Samenwerking", "40%")]
    assert (data["page_limit"], data["deadline"], data["route"]) == (10, "2027-03-15T12:00", "aanbesteding")


def test_goals_text_output_numbers_goals_with_section_and_kind(tmp_path):
    path = tmp_path / "uitvraag.pdf"
    path.write_bytes(pdf_bytes([("h1", "Doelen"), ("bullet", "Jongeren voelen zich gehoord in hun dorp.")]))
    result = CliRunner().invoke(cli, ["tender", "goals", str(path)])
    assert result.exit_code == 0, result.output
    assert "  1. Jongeren voelen zich gehoord in hun dorp." in result.output
    assert "[effect] Doelen" in result.output
    assert "Deadline: niet gevonden" in result.output


def test_unreadable_file_exits_with_the_dutch_message(tmp_path):
    path = tmp_path / "scan.docx"
    path.write_bytes(b"")
    result = CliRunner().invoke(cli, ["tender", "goals", str(path)])
    assert result.exit_code == 1
    assert "Het bestand is leeg" in result.output


def test_goals_over_the_cap_are_cut_as_intake_cuts_them_with_a_warning(tmp_path):
    from proposal_builder.tender.goal_edits import MAX_GOALS

    from .test_tender_intake import many_goals_text

    path = tmp_path / "uitvraag.txt"
    path.write_text(many_goals_text(MAX_GOALS + 5), encoding="utf-8")
    result = CliRunner().invoke(cli, ["tender", "goals", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["goals"]) == MAX_GOALS
    assert f"De uitvraag leest als {MAX_GOALS + 5} doelen; alleen de eerste {MAX_GOALS}" in result.stderr
