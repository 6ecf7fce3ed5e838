"""Lots the organisation bids for: lots read from their structure (a list or table of percelen, a lot column in the
goal table, goals assigned in prose, goals for all lots) in .docx, PDF and pasted text; `tender goals --json`; the
saved choice narrowing the tender; and a draft, unattended or of a saved tender, holding only the chosen lot's goals."""
from __future__ import annotations

import json

import docx
import pytest

from knowledge_base import open_db
from knowledge_base.saved_tenders import get_tender, save_tender
from proposal_builder.cli import cli
from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.intake import tender_record
from proposal_builder.tender.lot_choice import LotChoiceError, choose_lots, for_chosen_lots

from .lot_samples import COLUMN_TENDER, PROSE_TENDER, as_text, pdf_elements
from .tender_samples import docx_bytes, pdf_bytes

GOALS = ["Jongeren hebben in hun wijk een plek waar zij elkaar ontmoeten.",
         "Jongeren organiseren zelf activiteiten in hun buurt.",
         "De overlast door groepen jongeren op straat neemt af.",
         "Ouders en scholen weten het jongerenwerk te vinden."]


def analysed(elements, fmt: str):
    if fmt == "txt":
        return analyse_text(as_text(elements))
    if fmt == "pdf":
        return analyse_tender(pdf_bytes(pdf_elements(elements) if elements is PROSE_TENDER else
                                        [(k, v) for k, v in elements if k != "title"]), "uitvraag.pdf")
    return analyse_tender(docx_bytes(elements), "uitvraag.docx")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_listed_lots_take_their_goals_from_the_lot_column_and_a_goal_for_all_lots_joins_each(fmt):
    analysis = analysed(COLUMN_TENDER, fmt)
    assert [goal.text for goal in analysis.goals] == GOALS
    lots = analysis.lots
    assert [lot.title for lot in lots] == ["Perceel 1 Jongerenwerk", "Perceel 2 Straatwerk"]
    assert [lot.goals for lot in lots] == [[1, 2, 4], [3, 4]]  # the "alle" row in both
    assert [lot.budget for lot in lots] == [400_000, 250_000]
    assert [lot.page_limit for lot in lots] == [8, 8]  # "per perceel ten hoogste acht pagina's"
    assert [analysis.blocks[lot.block].text for lot in lots] == [
        "Perceel 1: Jongerenwerk (inloop, activiteiten en ambulant werk in de wijken);",
        "Perceel 2: Straatwerk (contact met groepen op straat, ook 's avonds)."]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_goals_assigned_to_lots_in_a_sentence_or_for_both_lots_belong_there(fmt):
    analysis = analysed(PROSE_TENDER, fmt)
    lots = analysis.lots
    assert [lot.title for lot in lots] == ["Perceel 1 Cliëntondersteuning", "Perceel 2 Ouderenadvies"]
    texts = [[analysis.goals[n - 1].text[:40] for n in lot.goals] for lot in lots]
    assert texts == [["Inwoners weten dat zij recht hebben op g", "Inwoners die cliëntondersteuning krijgen",
                      "Voor beide percelen: voorlichting aan hu"],
                     ["Ouderen met beginnende kwetsbaarheid wor", "Voor beide percelen: voorlichting aan hu"]]
    assert [lot.budget for lot in lots] == [300_000, 150_000]


def test_a_tender_of_one_assignment_has_no_lots_in_its_parts():
    elements = [("title", "Offerteaanvraag Welzijn Strandmeer 2028"),
                ("para", "De opdracht bestaat uit twee onderdelen die aan één inschrijver worden gegund; er zijn geen percelen."),
                ("h2", "Onderdeel A Meedoen"), ("bullet", "Inwoners doen mee in hun buurt."),
                ("h2", "Onderdeel B Opgroeien"), ("bullet", "Kinderen groeien gezond op.")]
    assert analyse_tender(docx_bytes(elements), "uitvraag.docx").lots == []


def test_tender_goals_json_gives_each_lot_with_its_goals_budget_and_block(runner, tmp_path):
    path = tmp_path / "leidraad.docx"
    path.write_bytes(docx_bytes(COLUMN_TENDER))
    result = runner.invoke(cli, ["tender", "goals", str(path), "--json"])
    assert result.exit_code == 0, result.output
    lots = json.loads(result.output)["lots"]
    assert [(lot["label"], lot["name"], lot["goals"], lot["budget"], lot["page_limit"]) for lot in lots] == [
        ("Perceel 1", "Jongerenwerk", [1, 2, 4], 400_000, 8), ("Perceel 2", "Straatwerk", [3, 4], 250_000, 8)]
    assert all(isinstance(lot["block"], int) for lot in lots)


def test_the_choice_is_stored_with_the_tender_and_narrows_it_to_the_lots_goals_requirements_and_budget(db_path):
    db = open_db(db_path)
    record = tender_record(analyse_tender(docx_bytes(COLUMN_TENDER), "leidraad.docx"))
    record["criteria"] = [{"name": "Aanpak perceel 1", "goals": [1, 2]}, {"name": "Aanpak perceel 2", "goals": [3]},
                          {"name": "Bereik, in het bijzonder bij doel 2", "goals": [2]}, {"name": "Samenwerking", "goals": []}]
    saved = save_tender(db, {**record, "chosen_lots": ["Perceel 2 Straatwerk"]}, user="directeur")
    tender = get_tender(db, saved["id"])
    assert tender["chosen_lots"] == ["Perceel 2 Straatwerk"]
    narrowed = for_chosen_lots(tender)
    assert [goal["text"] for goal in narrowed["goals"]] == [GOALS[2], GOALS[3]]
    assert [(c["name"], c["goals"]) for c in narrowed["criteria"]] == [  # scored per lot unless it names another
        ("Aanpak perceel 2", [1]), ("Bereik, in het bijzonder bij doel 2", []), ("Samenwerking", [])]
    assert [r["text"] for r in narrowed["requirements"]] == [
        "Alle medewerkers hebben een Verklaring Omtrent het Gedrag.",
        "Straatwerkers zijn ook in het weekend en 's avonds op straat aanwezig."]
    assert narrowed["budget"] == "€ 250.000" and narrowed["page_limit"] == 8
    assert narrowed["bid_lots"] == ["Perceel 2 Straatwerk"] and [lot["goals"] for lot in narrowed["lots"]] == [[1, 2]]
    perceel_1 = for_chosen_lots(choose_lots(tender, ["1"]))
    assert [r["text"] for r in perceel_1["requirements"]] == ["Alle medewerkers hebben een Verklaring Omtrent het Gedrag."]
    assert for_chosen_lots({**tender, "chosen_lots": []}) == {**tender, "chosen_lots": []}  # none chosen: all lots
    with pytest.raises(LotChoiceError, match="Perceel ‘3’ staat niet in de uitvraag"):
        choose_lots(tender, ["3"])


def _headings(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 2"]


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_unattended_draft_for_one_perceel_holds_only_its_goals_and_names_it(runner, demo_slice, tmp_path):
    source, out = tmp_path / "leidraad.docx", tmp_path / "concept.docx"
    source.write_bytes(docx_bytes(COLUMN_TENDER))
    result = runner.invoke(cli, ["draft", str(source), "--perceel", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 doelen" in result.output and "Perceel: Perceel 2 Straatwerk" in result.output
    shown = _headings(out)
    assert any("overlast door groepen jongeren" in h for h in shown) and any("Ouders en scholen" in h for h in shown)
    assert not any("elkaar ontmoeten" in h or "organiseren zelf" in h for h in shown)
    text = _text(out)
    assert "perceel 2 Straatwerk" in text.splitlines()[1]  # the title names the lot
    assert "Dit voorstel gaat over perceel 2 Straatwerk (budget € 250.000)" in text
    assert "Jongeren organiseren zelf activiteiten" not in text


def test_the_draft_of_a_saved_tender_follows_the_directors_choice_and_the_perceel_option_overrides_it(
        runner, demo_slice, tmp_path):
    db = open_db(demo_slice)
    record = tender_record(analyse_tender(docx_bytes(COLUMN_TENDER), "leidraad.docx"))
    tender = save_tender(db, {**record, "chosen_lots": ["Perceel 1 Jongerenwerk"]}, user="directeur")
    db.conn.close()
    out = tmp_path / "concept.docx"
    result = runner.invoke(cli, ["draft", "--tender", str(tender["id"]), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 doelen" in result.output
    assert "De overlast door groepen jongeren" not in _text(out)
    result = runner.invoke(cli, ["draft", "--tender", str(tender["id"]), "--perceel", "perceel 2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 doelen" in result.output and "Jongeren organiseren zelf" not in _text(out)
    result = runner.invoke(cli, ["draft", "--tender", str(tender["id"]), "--perceel", "7", "--out", str(out)])
    assert result.exit_code != 0 and "Perceel ‘7’ staat niet in de uitvraag" in result.output


def test_a_list_introduced_for_all_themes_under_the_last_theme_belongs_to_every_theme():
    elements = [("title", "Subsidietender Samen in de buurt Ruimelhoven 2028"),
                ("para", "Wij zoeken initiatieven die bijdragen aan een van de twee thema's. Per thema dient u een aparte "
                         "aanvraag in."),
                ("bold", "Thema A – Ontmoeten in de buurt"),
                ("para", "Beoogd effect: Inwoners die weinig contact hebben, ontmoeten anderen in hun eigen buurt."),
                ("bold", "Thema B – Jonge mensen niet alleen"),
                ("para", "Beoogd effect: Jongvolwassenen die zich eenzaam voelen, vinden aansluiting bij leeftijdsgenoten."),
                ("para", "Voor alle thema's gelden daarnaast de volgende resultaten:"),
                ("bullet", "Ieder gesubsidieerd initiatief werkt samen met vrijwilligers uit de eigen buurt."),
                ("bullet", "Inwoners kunnen de activiteiten vinden via de Sociale Kaart.")]
    analysis = analyse_tender(docx_bytes(elements), "uitvraag.docx")
    assert [goal.text[:30] for goal in analysis.goals] == [
        "Inwoners die weinig contact he", "Jongvolwassenen die zich eenza", "Ieder gesubsidieerd initiatief",
        "Inwoners kunnen de activiteite"]
    assert [(lot.title, lot.goals) for lot in analysis.lots] == [("Thema A Ontmoeten in de buurt", [1, 3, 4]),
                                                                 ("Thema B Jonge mensen niet alleen", [2, 3, 4])]
