"""Requirement kinds from headings that name two things, from past experience, and wishes after a list."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes


def test_suitability_under_a_heading_with_exclusion_grounds_experience_and_an_encouragement_after_the_list():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Aanbestedingsleidraad"),
        ("para", "De gemeente besteedt de opdracht aan; de inschrijver met de beste prijs-kwaliteitverhouding wordt gegund."),
        ("h1", "Uitsluitingsgronden en geschiktheidseisen"),
        ("para", "De uitsluitingsgronden uit het UEA zijn van toepassing. Daarnaast moet u aan de volgende "
                 "geschiktheidseisen voldoen:"),
        ("bullet", "De inschrijver beschikt over een bedrijfsaansprakelijkheidsverzekering van minimaal € 2.500.000."),
        ("h1", "Eisen"),
        ("para", "Uw offerte moet voldoen aan de volgende eisen:"),
        ("bullet", "U heeft in de afgelopen vijf jaar ten minste één vergelijkbare opdracht uitgevoerd; u voegt een referentie toe."),
        ("bullet", "U voert binnen tien werkdagen na een verwijzing een eerste gesprek met de inwoner."),
        ("para", "Wij moedigen inschrijvers aan om ervaringsdeskundigen in te zetten."),
    ]), "leidraad.docx")
    assert [(r.kind, r.text[:30]) for r in analysis.requirements] == [
        ("suitability", "De inschrijver beschikt over e"), ("suitability", "U heeft in de afgelopen vijf j"),
        ("minimum", "U voert binnen tien werkdagen "), ("wish", "Wij moedigen inschrijvers aan ")]
