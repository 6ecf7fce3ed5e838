"""The procedure a tender follows: not the one it is modelled on, and a subsidy call that ranks applications is a
subsidietender without the word; in a .docx and a .pdf made here."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes, pdf_bytes

OWN_PROCEDURE = [
    ("h1", "Aanbestedingsleidraad Sociaal werk Zandvoorde"),
    ("h1", "2 Procedure"),
    ("para", "Deze opdracht betreft sociale en andere specifieke diensten als bedoeld in artikel 2.38 van de "
             "Aanbestedingswet 2012. De gemeente volgt een eigen procedure, die is gebaseerd op de openbare procedure. "
             "De inschrijver met de beste prijs-kwaliteitverhouding krijgt de opdracht gegund."),
]
RANKED_CALL = [
    ("h1", "Subsidieoproep Meedoen Zandvoorde 2028"),
    ("para", "Het college stelt voor 2028 een subsidieplafond van € 240.000 beschikbaar voor activiteiten die "
             "eenzaamheid verminderen."),
    ("para", "De beschikbare middelen worden verdeeld via een tender: aanvragen worden gerangschikt naar het aantal "
             "punten dat zij behalen."),
]
PRO_RATA_CALL = [
    ("h1", "Beleidsregel Vrijwillige inzet Zandvoorde"),
    ("para", "Het college verstrekt subsidie aan vrijwilligersorganisaties tot het subsidieplafond van € 90.000."),
    ("para", "Er is gekozen voor verdeling naar rato en niet voor een rangschikking van aanvragen."),
]


def _analysis(elements, fmt: str):
    return analyse_tender(docx_bytes(elements) if fmt == "docx" else pdf_bytes(elements), f"uitvraag.{fmt}")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("modelled", ["is gebaseerd op", "is afgeleid van", "is geënt op"])
def test_a_procedure_named_as_the_model_of_the_own_procedure_is_not_the_procedure(fmt, modelled):
    elements = [(kind, text.replace("is gebaseerd op", modelled)) for kind, text in OWN_PROCEDURE]
    analysis = _analysis(elements, fmt)
    assert (analysis.procedure, analysis.route) == ("eigen procedure", "aanbesteding")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_subsidy_call_that_ranks_applications_is_a_subsidietender_and_one_that_does_not_names_none(fmt):
    ranked = _analysis(RANKED_CALL, fmt)
    assert (ranked.procedure, ranked.route) == ("subsidietender", "subsidie")
    assert _analysis(PRO_RATA_CALL, fmt).procedure == ""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_open_house_for_another_service_in_the_introduction_is_not_the_procedure_of_the_aanbesteding(fmt):
    analysis = _analysis([
        ("h1", "Aanbestedingsleidraad Sociaal werk Kastanjeveld"), ("h1", "1 Inleiding"),
        ("para", "Niet tot de opdracht behoren de wijkteams en buurtbemiddeling. Buurtbemiddeling wordt stedelijk ingekocht "
                 "via een Open House."),
        ("h1", "3 Procedure"),
        ("para", "De opdracht is Europees aangekondigd. De gemeente volgt een eigen procedure, die is afgeleid van de "
                 "openbare procedure: er is geen selectiefase. De inschrijver met de beste prijs-kwaliteitverhouding krijgt "
                 "de opdracht gegund."),
    ], fmt)
    assert (analysis.procedure, analysis.route) == ("eigen procedure", "aanbesteding")
