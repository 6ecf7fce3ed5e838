"""Award criteria, their weights, limits and goals, and goal targets in the shapes municipalities write them."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_list_of_criteria_with_a_description_before_the_weight(fmt):
    items = ["Bereik: hoe u de doelgroep vindt, ook inwoners die niet zelf om hulp vragen — maximaal 20 punten.",
             "Samenwerking en inbedding — samenwerking met de sociale teams, huisartsen en kerken: maximaal 25 punten.",
             "Begroting en doelmatigheid: maximaal 15 punten."]
    lead = "Per aanvraag kunt u maximaal 60 punten krijgen:"
    if fmt == "docx":
        analysis = analyse_tender(docx_bytes([("h1", "Beoordeling"), ("para", lead)] + [("bullet", i) for i in items]),
                                  "oproep.docx")
    else:
        analysis = analyse_text("Oproep\n\nBeoordeling\n\n" + lead + "\n" + "".join(f"- {i}\n" for i in items))
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Bereik", "20 punten"), ("Samenwerking en inbedding", "25 punten"), ("Begroting en doelmatigheid", "15 punten")]


def test_a_points_column_gives_the_unit_a_results_column_the_goals_and_a_shared_limit_no_criterion_its_own():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Gunningscriteria"),
        ("table", [["Code", "Gunningscriterium", "Resultaten", "Punten", "Maximale omvang"],
                   ["K1", "Plan van aanpak", "1, 2 en 3", "60", "maximaal drie A4'tjes"],
                   ["P", "Prijs", "–", "40", "prijsformulier"]]),
        ("bold", "P Prijs"),
        ("para", "De inschrijver met de laagste prijs krijgt 40 punten."),
        ("para", "Het plan van aanpak (K1 en K2 samen) telt in totaal maximaal zeven A4'tjes, exclusief bijlagen."),
    ]), "leidraad.docx")
    assert [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria] == [
        ("Plan van aanpak", "60 punten", 3, [1, 2, 3]), ("Prijs", "40 punten", None, [])]
    assert (analysis.page_limit, analysis.excluding_appendices) == (7, True)
