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


def test_weights_after_voor_in_one_sentence_and_goals_named_in_the_next_paragraph():
    analysis = analyse_text(
        "Offerteaanvraag\n\nDoelstellingen\n\n"
        "- Huisartsen verwijzen inwoners met psychosociale klachten door naar een welzijnscoach.\n"
        "- Deelnemers ervaren na het traject een betere gezondheid.\n"
        "- Huisartsen ervaren minder druk van niet-medische hulpvragen.\n\n"
        "Gunningscriteria\n\n"
        "De gemeente gunt op basis van de beste prijs-kwaliteitverhouding, waarbij Visie en aanpak voor 50%, "
        "Samenwerking met huisartsen en sociaal team voor 30% en de prijs voor 20% meeweegt.\n\n"
        "Bij Visie en aanpak beschrijft u hoe u de doelstelling 2 realiseert. Bij Samenwerking met huisartsen en "
        "sociaal team beschrijft u hoe u de doelstellingen 1 en 3 bereikt.\n")
    assert [(c.name, c.weight, c.goals) for c in analysis.criteria] == [
        ("Visie en aanpak", "50%", [2]), ("Samenwerking met huisartsen en sociaal team", "30%", [1, 3]), ("Prijs", "20%", [])]


def test_a_criterion_names_goals_by_their_code_or_covers_every_goal_per_area():
    lead = ("para", "Het college wil de volgende doelen bereiken:")
    themes = [("h2", "Thema A. Geldzorgen"), lead,
              ("bullet", "Het aantal inwoners dat via vroegsignalering hulp krijgt, stijgt van 310 naar 450 in 2027."),
              ("bullet", "Inwoners houden hun administratie na afloop van de hulp zelf op orde (streefwaarde 70%)."),
              ("h2", "Thema B. Digitaal meedoen"), lead,
              ("bullet", "Deelnemers kunnen na afloop zelfstandig hun zaken met de overheid online regelen (streefwaarde 60%).")]
    coded = analyse_tender(docx_bytes([("h1", "Doelen")] + themes + [
        ("h1", "Beoordeling"),
        ("bullet", "Bijdrage aan de doelen: in hoeverre de activiteiten bijdragen aan de doelen (A2 tot en met B1) — maximaal 60 punten."),
        ("bullet", "Bereik: hoe u de doelgroep vindt — maximaal 40 punten.")]), "oproep.docx")
    assert [c.goals for c in coded.criteria] == [[2, 3], []]
    per_area = analyse_tender(docx_bytes([("h1", "Doelen")] + themes + [
        ("h1", "Gunningscriteria"),
        ("table", [["Criterium", "Weging"], ["K1 Aanpak per resultaatgebied", "600 punten"], ["P Prijs", "400 punten"]])]),
        "leidraad.docx")
    assert [c.goals for c in per_area.criteria] == [[1, 2, 3], []]
