"""`proposal-builder draft`: unattended from a generated .docx tender, and from a saved tender."""
import json
import re
from pathlib import Path

import docx
import pytest

from knowledge_base import open_db
from knowledge_base.saved_tenders import update_goals
from proposal_builder.cli import cli

from .drafting_samples import open_docx
from .workbench_kb import GOALS, add_tender, kb_records


@pytest.fixture
def tender_docx(tmp_path) -> Path:
    """A municipality's tender as Word makes it: headings, a goal table, bullets and a page limit."""
    document = docx.Document()
    document.add_heading("Uitvraag Mantelzorg en Geldzorgen Oostervaart 2028", 0)
    document.add_paragraph("Gemeente Oostervaart nodigt aanbieders uit een plan in te dienen.")
    document.add_heading("Wat willen we bereiken?", 1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Doel", "Indicator", "Streefwaarde 2030")):
        cell.text = text
    for goal, indicator, target in (
            ("Mantelzorgers zijn minder zwaar belast.", "Aandeel zwaar belaste mantelzorgers", "10%"),
            ("Inwoners met geldzorgen houden hun administratie op orde.", "Aandeel huishoudens met orde", "80%")):
        for cell, text in zip(table.add_row().cells, (goal, indicator, target)):
            cell.text = text
    document.add_heading("Vormvereisten", 1)
    document.add_paragraph("Het plan van aanpak telt maximaal 20 pagina's.")
    path = tmp_path / "uitvraag.docx"
    document.save(path)
    return path


def headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 2"]


def test_unattended_draft_from_a_docx_tender(runner, demo_slice, tender_docx, tmp_path):
    out = tmp_path / "concept.docx"
    result = runner.invoke(cli, ["draft", str(tender_docx), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "gemeente Oostervaart" in result.output and "2 doelen" in result.output
    assert "bewijs: M03, P03, R04" in result.output  # method, project and result with a figure
    assert "cijfers niet herleidbaar tot de kennisbank: 0" in result.output
    assert "doelen zonder eigen paragraaf: 0" in result.output
    places = int(re.search(r"nog in te vullen door de directie: (\d+) plekken", result.output)[1])
    assert sum(" — in " in line for line in result.output.splitlines()) == places  # each with where it is fixed
    assert "maximaal 20" in result.output
    assert headings(out) == ["Mantelzorgers zijn minder zwaar belast",
                             "Inwoners met geldzorgen houden hun administratie op orde"]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Thuisadministratie met vrijwilligers" in text and "(R04)" in text


@pytest.mark.model
def test_a_fresh_import_is_indexed_before_matching(runner, tender_docx, tmp_path):
    # More records than a search embeds by itself, so matching alone would see an empty index.
    fillers = [{"id": f"J{i:02d}", "type": "method", "title": f"Jongerenwerk {i}",
                "summary": "Ambulant jongerenwerk in de avonduren."} for i in range(8)]
    records = tmp_path / "kennisbank.json"
    records.write_text(json.dumps(kb_records() + fillers, ensure_ascii=False), encoding="utf-8")
    assert runner.invoke(cli, ["kb", "import", str(records)]).exit_code == 0
    result = runner.invoke(cli, ["draft", str(tender_docx), "--out", str(tmp_path / "concept.docx")])
    assert result.exit_code == 0, result.output
    assert "Zoekindex: 22 records ingebed" in result.stderr
    assert "bewijs: M03, P03, R04" in result.stdout


def test_draft_of_a_saved_tender_uses_the_directors_choices(runner, demo_slice, tmp_path):
    tender = add_tender(demo_slice)
    goals = [dict(goal) for goal in tender["goals"]]
    goals[0].update(evidence=["M08", "R06"], own_text="Wij bereikten 777 mantelzorgers.")
    db = open_db(demo_slice)
    update_goals(db, tender["id"], goals, user="directeur")
    db.conn.close()
    out = tmp_path / "concept.docx"
    result = runner.invoke(cli, ["draft", "--tender", str(tender["id"]), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "bewijs: M08, R06" in result.output
    assert "cijfers niet herleidbaar tot de kennisbank: 1" in result.output and "777" in result.output
    assert "geen paginalimiet" in result.output
    document = open_docx(out.read_bytes())
    assert headings(out) == [goal["text"].rstrip(".") for goal in GOALS]
    assert "Wij bereikten 777 mantelzorgers." in [p.text for p in document.paragraphs]


@pytest.mark.parametrize("args, message", [
    ([], "Geef óf een uitvraag"),
    (["--tender", "999"], "Er is geen aanbesteding met id 999"),
])
def test_wrong_arguments_give_a_dutch_message(runner, demo_slice, tmp_path, args, message):
    result = runner.invoke(cli, ["draft", *args, "--out", str(tmp_path / "x.docx")])
    assert result.exit_code != 0 and message in result.output
    assert not (tmp_path / "x.docx").exists()


def test_an_unreadable_tender_file_gives_the_readers_message(runner, demo_slice, tmp_path):
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04 geen echt Word-bestand")
    result = runner.invoke(cli, ["draft", str(broken), "--out", str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and "kapot.docx" in result.output
    assert not (tmp_path / "x.docx").exists()


def test_an_unattended_draft_says_when_goals_were_left_out(runner, demo_slice, tender_docx, tmp_path, monkeypatch):
    monkeypatch.setattr("proposal_builder.tender.goal_edits.MAX_GOALS", 1)  # the tender has two goals
    monkeypatch.setattr("proposal_builder.tender.intake.MAX_GOALS", 1)
    out = tmp_path / "concept.docx"
    result = runner.invoke(cli, ["draft", str(tender_docx), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 doelen" in result.output
    assert "Let op: De uitvraag leest als 2 doelen; alleen de eerste 1 zijn overgenomen" in result.output
