"""Requirement kinds by the gold conventions (benchmarks/goal_extraction/CONVENTIONS.md): the tender's own label wins,
the organisation's registration, quality mark and insurance are suitability under a generic list, a subsidy's
conditions are minimum requirements, and preference words make a wish; each in a .docx and a .pdf made here."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes, pdf_bytes

TENDER = [
    ("h1", "Aanbestedingsleidraad Sociaal werk Veldhoven-Oost"),
    ("para", "De gemeente Veldhoven-Oost besteedt het sociaal werk aan met een openbare procedure; de opdracht wordt "
             "gegund aan de inschrijver met de beste prijs-kwaliteitverhouding."),
    ("h2", "4 Eisen"),
    ("para", "De inschrijver voldoet aan de volgende eisen:"),
    ("bullet", "De inschrijver is ingeschreven in het Handelsregister van de Kamer van Koophandel."),
    ("bullet", "De inschrijver beschikt over een geldig HKZ-certificaat of een gelijkwaardig kwaliteitskeurmerk."),
    ("bullet", "Alle medewerkers die bij inwoners thuis komen, hebben een Verklaring Omtrent het Gedrag."),
    ("bullet", "Bij voorkeur werkt de opdrachtnemer met getrainde ervaringsdeskundigen in elke kern."),
    ("bullet", "Inschrijvingen waarin twee of meer organisaties samenwerken, krijgen de voorkeur."),
    ("h2", "5 Minimumeisen"),
    ("para", "De opdrachtnemer voldoet aan de volgende minimumeisen:"),
    ("bullet", "De opdrachtnemer beschikt over een geldig kwaliteitscertificaat volgens ISO 9001."),
    ("h2", "6 Geschiktheidseisen"),
    ("para", "De inschrijver voldoet aan de volgende eisen. Een inschrijving die daar niet aan voldoet, wordt uitgesloten."),
    ("bullet", "De inschrijver werkt met de Meldcode huiselijk geweld en kindermishandeling."),
]

SUBSIDY = [
    ("h1", "Subsidieregeling Meedoen Gaasterland 2028"),
    ("para", "Het college verstrekt subsidie voor activiteiten die eenzaamheid verminderen; aanvragen worden per thema "
             "gerangschikt."),
    ("h2", "Artikel 4 Aanvrager"),
    ("para", "Subsidie kan alleen worden verstrekt aan een rechtspersoon zonder winstoogmerk die in de afgelopen drie jaar "
             "activiteiten voor ouderen heeft uitgevoerd."),
]


def _tender(elements, fmt: str):
    data = docx_bytes(elements) if fmt == "docx" else pdf_bytes([(k if k != "h2" else "h1", v) for k, v in elements])
    return analyse_tender(data, f"uitvraag.{fmt}")


def _kind(analysis, start: str) -> str:
    return next(r.kind for r in analysis.requirements if r.text.startswith(start))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_organisations_registration_and_quality_mark_under_a_generic_list_are_suitability_its_staff_minimum(fmt):
    analysis = _tender(TENDER, fmt)
    assert analysis.route == "aanbesteding"
    assert _kind(analysis, "De inschrijver is ingeschreven in het Handelsregister") == "suitability"
    assert _kind(analysis, "De inschrijver beschikt over een geldig HKZ") == "suitability"
    assert _kind(analysis, "Alle medewerkers die bij inwoners thuis komen") == "minimum"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_tenders_own_label_wins_over_the_content_and_over_a_generic_lead_in(fmt):
    analysis = _tender(TENDER, fmt)
    assert _kind(analysis, "De opdrachtnemer beschikt over een geldig kwaliteitscertificaat") == "minimum"
    assert _kind(analysis, "De inschrijver werkt met de Meldcode") == "suitability"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bij_voorkeur_and_krijgen_de_voorkeur_in_a_list_of_requirements_are_wishes(fmt):
    analysis = _tender(TENDER, fmt)
    assert _kind(analysis, "Bij voorkeur werkt de opdrachtnemer") == "wish"
    assert _kind(analysis, "Inschrijvingen waarin twee of meer organisaties") == "wish"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_subsidys_condition_on_past_experience_is_a_minimum_requirement(fmt):
    analysis = _tender(SUBSIDY, fmt)
    assert analysis.route == "subsidie"
    assert _kind(analysis, "Subsidie kan alleen worden verstrekt") == "minimum"
