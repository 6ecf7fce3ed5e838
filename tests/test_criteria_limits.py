"""Page and word limits around the criteria: limits per criterion by a short form of their names, the total that a
sentence "in totaal" states after them, numbers written twice ("13 (dertien)"), what counts as appendices, limits per
theme applied for, and the procedure named with its regime."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_text
from proposal_builder.tender.extraction.limits import appendices_excluded

AWARD = ("Offerteaanvraag\n\n5. Beoordeling\n\n"
         "Wij beoordelen de offertes op de volgende criteria: plan van aanpak (35%), samenwerking met de bibliotheek en "
         "het sociaal team (20%), bereik van moeilijk bereikbare inwoners (15%) en prijs (30%).\n\n")


def test_limits_per_criterion_by_short_names_and_the_total_after_them():
    analysis = analyse_text(
        AWARD + "Voor het plan van aanpak heeft u maximaal vier pagina's, voor de samenwerking en voor het bereik elk "
                "maximaal twee pagina's. Uw offerte (zonder prijsblad) telt in totaal niet meer dan zeven pagina's A4, "
                "exclusief bijlagen zoals cv's en referenties.\n")
    assert [(c.name.lower(), c.page_limit) for c in analysis.criteria] == [
        ("plan van aanpak", 4), ("samenwerking met de bibliotheek en het sociaal team", 2),
        ("bereik van moeilijk bereikbare inwoners", 2), ("prijs", None)]
    assert (analysis.page_limit, analysis.excluding_appendices) == (7, True)


def test_a_total_in_the_paragraph_of_limits_per_criterion_is_the_whole_limit():
    analysis = analyse_text(
        AWARD + "Uw beschrijving van het plan van aanpak mag maximaal 6 pagina's A4 beslaan; voor samenwerking zijn "
                "maximaal 3 pagina's en voor bereik maximaal 2 pagina's beschikbaar. In totaal bevat uw kwalitatieve "
                "inschrijving dus niet meer dan 11 pagina's A4.\n")
    assert [c.page_limit for c in analysis.criteria] == [6, 3, 2, None]
    assert analysis.page_limit == 11


@pytest.mark.parametrize("sentence, pages, words", [
    ("Het plan van aanpak telt maximaal 13 (dertien) pagina's A4.", 13, None),
    ("Het activiteitenplan telt ten hoogste 4.000 (vierduizend) woorden.", None, 4000),
    ("Het kwaliteitsplan telt in totaal maximaal 10 pagina's A4; het cv-overzicht telt niet mee.", 10, None),
    ("Uw plan telt in totaal maximaal 12 pagina's A4, met per criterium ten hoogste het aantal uit de tabel.", 12, None),
    ("Het activiteitenplan telt per thema maximaal 8 pagina's A4.", 8, None),
    ("Beschrijf per thema waarvoor u zich aanmeldt uw werkwijze in maximaal 600 woorden.", None, 600),
    ("Het plan telt maximaal 4 pagina's per thema.", None, None),  # a part of one plan
    ("De samenvatting telt maximaal één pagina.", None, None),
])
def test_the_whole_limit(sentence, pages, words):
    analysis = analyse_text("Uitvraag\n\nVorm\n\n" + sentence + "\n")
    assert (analysis.page_limit, analysis.word_limit) == (pages, words)


@pytest.mark.parametrize("text, excluded", [
    ("Het voorblad en de inhoudsopgave tellen niet mee; bijlagen wel.", False),
    ("Het voorblad en de inhoudsopgave tellen niet mee.", None),
    ("De begroting en de bijlagen vallen daarbuiten.", True),
    ("Exclusief voorblad, inhoudsopgave en de verplichte bijlagen.", True),
    ("Bijlagen, zoals uw VOG's en de Eigen Verklaring, tellen niet mee voor het aantal woorden.", True),
    ("Een activiteitenplan waarbij de begroting en de bijlagen niet worden meegeteld.", True),
    ("Bewijsstukken stuurt u als bijlage mee; die tellen niet mee voor het aantal pagina's.", True),
    ("In maximaal 750 woorden, exclusief de bewijsstukken.", True),
    ("Niet langer dan vijftien pagina's, de begroting en de bijlagen meegerekend.", False),
])
def test_what_the_limit_leaves_out(text, excluded):
    assert appendices_excluded(text) is excluded


def test_the_procedure_keeps_the_regime_it_is_run_under():
    analysis = analyse_text("Aanbestedingsleidraad\n\nProcedure\n\nDe gemeenten voeren de aanbesteding uit als een "
                            "openbare procedure volgens het verlicht regime.\n")
    assert (analysis.procedure, analysis.route) == ("openbare procedure (verlicht regime)", "aanbesteding")
    subsidy = analyse_text("Subsidieregeling\n\nVerdeling\n\nHet college verdeelt het subsidieplafond volgens een "
                           "tendersysteem.\n")
    assert (subsidy.procedure, subsidy.route) == ("tendersysteem", "subsidie")
