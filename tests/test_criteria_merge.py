"""Criteria read from every way a tender writes them, merged into one list: a table and the annex or prose that
restates it, criteria named one sentence at a time, two criteria sharing a weight ("elk"), a grouping ("kwaliteit
(70%)") and sentences about scoring that are no criteria."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.criteria import Criterion
from proposal_builder.tender.extraction.criterion_merge import merge, same_criterion

from .tender_samples import docx_bytes


def _named(analysis) -> list[tuple[str, str]]:
    return [(c.name, c.weight) for c in analysis.criteria]


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_criteria_named_one_sentence_at_a_time_replace_the_quality_share_they_make_up(fmt):
    award = ["Wij gunnen de opdracht aan de inschrijver met de beste prijs-kwaliteitverhouding. Wij beoordelen uw "
             "offerte op kwaliteit (70%) en prijs (30%).",
             "Kwaliteit bestaat uit drie onderdelen. Het plan van aanpak weegt 35%. Hierin beschrijft u hoe u de doelen "
             "bereikt. De samenwerking met de bibliotheek en het sociaal team weegt 20%; daarbij gaat het om de "
             "verwijzing. Het bereik van moeilijk bereikbare inwoners weegt 15%: hoe vindt u hen?"]
    if fmt == "docx":
        analysis = analyse_tender(docx_bytes([("title", "Offerteaanvraag"), ("h1", "5. Beoordeling van uw offerte")] +
                                             [("para", text) for text in award]), "offerte.docx")
    else:
        analysis = analyse_text("Offerteaanvraag\n\n5. Beoordeling van uw offerte\n\n" + "\n\n".join(award) + "\n")
    assert sorted(_named(analysis)) == [
        ("Bereik van moeilijk bereikbare inwoners", "15%"), ("Plan van aanpak", "35%"), ("Prijs", "30%"),
        ("Samenwerking met de bibliotheek en het sociaal team", "20%")]


def test_two_criteria_sharing_a_weight_with_elk_and_one_that_weighs_the_most_are_each_a_criterion():
    analysis = analyse_text(
        "Nadere regels\n\nArtikel 9. Beoordeling en rangschikking\n\n"
        "Bij de beoordeling kent het college ten hoogste 100 punten toe. De aansluiting bij het beoogde resultaat van het "
        "thema weegt het zwaarst: daarvoor zijn ten hoogste 40 punten te behalen. Voor het bereik van de doelgroep en voor "
        "de samenwerking in de keten zijn elk ten hoogste 20 punten te behalen, en voor de inzet van "
        "ervaringsdeskundigheid en voor een sluitende begroting elk ten hoogste 10 punten.\n")
    assert _named(analysis) == [
        ("Aansluiting bij het beoogde resultaat van het thema", "40 punten"), ("Bereik van de doelgroep", "20 punten"),
        ("Samenwerking in de keten", "20 punten"), ("Inzet van ervaringsdeskundigheid", "10 punten"),
        ("Sluitende begroting", "10 punten")]


def test_a_table_with_points_out_of_1000_and_a_totaal_row_ignores_the_scoring_sentence_below_it():
    analysis = analyse_tender(docx_bytes([
        ("title", "Programma van Eisen"), ("h1", "8 Gunningscriteria"),
        ("para", "De opdracht wordt gegund op basis van de beste prijs-kwaliteitverhouding. U kunt maximaal 1.000 punten "
                 "behalen."),
        ("table", [["Code", "Gunningscriterium", "Maximaal aantal punten", "Maximaal aantal pagina's"],
                   ["K1", "Ondersteuning van mantelzorgers", "400", "4"], ["K2", "Respijtzorg", "350", "3"],
                   ["P", "Prijs", "250", "n.v.t."], ["Totaal", "", "1.000", "7"]]),
        ("para", "De beoordelingscommissie kent per kwaliteitscriterium 0, 25, 50, 75 of 100% van de punten toe."),
        ("para", "De inschrijver met de laagste prijs krijgt 250 punten."),
    ]), "pve.docx")
    assert [(c.name, c.points, c.page_limit) for c in analysis.criteria] == [
        ("Ondersteuning van mantelzorgers", 400, 4), ("Respijtzorg", 350, 3), ("Prijs", 250, None)]
    assert analysis.page_limit == 7  # the Totaal row's pages


def test_a_criterion_in_a_table_and_again_in_an_annex_list_is_one_with_the_goals_and_limit_of_both():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), ("h1", "2 Doelen"),
        ("number", "Inwoners voelen zich minder eenzaam."), ("number", "Mantelzorgers houden de zorg langer vol."),
        ("number", "Meer inwoners doen vrijwilligerswerk."),
        ("h1", "7 Gunning"),
        ("table", [["Gunningscriterium", "Weging"], ["Plan van aanpak", "60%"], ["Prijs", "40%"]]),
        ("h1", "Bijlage 2 Gunningscriteria"),
        ("para", "Wij beoordelen de offertes op de volgende criteria:"),
        ("bullet", "Plan van aanpak (60%), maximaal vier pagina's: hoe u bijdraagt aan de doelen 1 en 3."),
        ("bullet", "Prijs (40%)."),
    ]), "leidraad.docx")
    assert [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria] == [
        ("Plan van aanpak", "60%", 4, [1, 3]), ("Prijs", "40%", None, [])]


def test_the_same_criterion_is_found_by_name_code_or_a_name_inside_the_other_with_the_same_weight():
    table = Criterion("Plan van aanpak", "35%", percentage=35, code="K1", source="table")
    assert same_criterion(table, Criterion("Het plan van aanpak", "35%", percentage=35))
    assert same_criterion(table, Criterion("K1 Plan van aanpak (35%)", "35%", percentage=35))
    assert same_criterion(table, Criterion("Plan van aanpak voor de doelen", "35%", percentage=35))
    assert not same_criterion(table, Criterion("Plan van aanpak voor de doelen", "20%", percentage=20))
    merged = merge([table], [Criterion("Plan van aanpak", "35%", percentage=35, page_limit=4, goals=[2], position=9)])
    assert [(c.name, c.page_limit, c.goals, c.also) for c in merged] == [("Plan van aanpak", 4, [2], [9])]


def test_a_grouping_stays_when_nothing_makes_it_up():
    analysis = analyse_text("Offerte\n\nGunning\n\nWij beoordelen de offertes op kwaliteit (60%) en prijs (40%).\n")
    assert _named(analysis) == [("Kwaliteit", "60%"), ("Prijs", "40%")]
