"""What stands around a tender's goals and is no goal: the items a regulation funds or excludes (nested under a
numbered article item), a table of contents, obligations after admission and what to hand in (issue 10)."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender
from tests.tender_samples import docx_bytes, pdf_bytes

REGULATION = [
    ("h1", "Subsidieregeling Samen ouder worden Brakendam 2028"),
    ("h2", "Artikel 2 Doel"),
    ("para", "1. De subsidie wordt verstrekt voor activiteiten die eraan bijdragen dat:"),
    ("para", "a. ouderen langer zelfstandig thuis kunnen blijven wonen;"),
    ("para", "b. eenzame ouderen meer contact hebben met anderen in hun buurt."),
    ("h2", "Artikel 4 Subsidiabele activiteiten"),
    ("para", "1. Subsidie kan worden verstrekt voor:"),
    ("para", "a. het inzetten van ouderenadviseurs die huisbezoeken afleggen;"),
    ("para", "b. vroegsignalering en voorlichting over geldzaken aan ouderen;"),
    ("para", "c. een wekelijks beweegaanbod in de kernen Brakendam en Oudewaard."),
    ("para", "2. Geen subsidie wordt verstrekt voor:"),
    ("para", "a. formeel taalonderwijs dat uit de middelen voor volwasseneneducatie wordt bekostigd;"),
    ("para", "b. activiteiten met een overwegend recreatief karakter."),
    ("h2", "Artikel 5 Subsidieplafond"),
    ("para", "Het subsidieplafond bedraagt € 180.000 per jaar."),
]
GOALS = ["Ouderen langer zelfstandig thuis kunnen blijven wonen",
         "Eenzame ouderen meer contact hebben met anderen in hun buurt."]


@pytest.mark.parametrize("name, build", [("regeling.docx", docx_bytes), ("regeling.pdf", pdf_bytes)])
def test_what_a_regulation_funds_or_excludes_item_by_item_is_no_goal_and_what_its_activities_bring_about_is(name, build):
    goals = [goal.text for goal in analyse_tender(build(REGULATION), name).goals]
    assert goals == GOALS


OPEN_HOUSE = [
    ("h1", "Open House Welzijn Ouderen Brakendam 2027-2030"),
    ("h2", "Inhoudsopgave"),
    ("para", "1 Inleiding"), ("para", "2 Wat willen wij bereiken"), ("para", "3 Toelatingseisen"),
    ("para", "4 Verplichtingen na toelating"), ("para", "5 Aanmelden"),
    ("h2", "1 Inleiding"),
    ("para", "De gemeente Brakendam wil met deze Open House aanbieders toelaten die ouderen ondersteunen."),
    ("h2", "2 Wat willen wij bereiken"),
    ("para", "Ouderen in Brakendam wonen langer zelfstandig thuis."),
    ("para", "Eenzame ouderen hebben meer contact met anderen in hun buurt."),
    ("h2", "3 Toelatingseisen"),
    ("bullet", "De aanbieder beschikt over een geldige VOG voor alle medewerkers."),
    ("bullet", "De aanbieder werkt met een klachtenregeling."),
    ("h2", "4 Verplichtingen na toelating"),
    ("para", "Na de toelating levert de aanbieder jaarlijks voor 1 april aan:"),
    ("bullet", "een verslag van de bereikte ouderen en de behaalde resultaten;"),
    ("bullet", "een overzicht van de inzet van vrijwilligers."),
    ("para", "De aanbieder neemt deel aan het netwerkoverleg ouderen."),
    ("h2", "5 Aanmelden"),
    ("para", "U meldt zich aan met:"),
    ("bullet", "het ingevulde aanmeldformulier (bijlage A);"),
    ("bullet", "een beschrijving van uw aanpak van ten hoogste vijf pagina's;"),
    ("bullet", "de bewijsstukken die aantonen dat u aan de toelatingseisen voldoet."),
]


@pytest.mark.parametrize("name, build", [("openhouse.docx", docx_bytes), ("openhouse.pdf", pdf_bytes)])
def test_contents_obligations_after_admission_and_what_to_hand_in_are_no_goals(name, build):
    analysis = analyse_tender(build(OPEN_HOUSE), name)
    assert [goal.text for goal in analysis.goals] == ["Ouderen in Brakendam wonen langer zelfstandig thuis.",
                                                      "Eenzame ouderen hebben meer contact met anderen in hun buurt."]
    kinds = {requirement.text.rstrip(";"): requirement.kind for requirement in analysis.requirements}
    assert kinds["een verslag van de bereikte ouderen en de behaalde resultaten"] == "minimum"
    assert kinds["De aanbieder neemt deel aan het netwerkoverleg ouderen."] == "minimum"  # a sentence, not an item
    assert kinds["De aanbieder werkt met een klachtenregeling."] == "admission"
    assert not [text for text in kinds if "aanmeldformulier" in text or "beschrijving van uw aanpak" in text
                or "bewijsstukken" in text]


GOAL_SECTION_WITH_CONTEXT = [
    ("h1", "Uitvraag Samen ouder worden Drieborg 2028"),
    ("h2", "2 Doelen"),
    ("para", "Het beleidskader kent twee thema's: ouderen en mantelzorgers."),
    ("para", "Ouderen in Drieborg wonen langer zelfstandig thuis."),
    ("para", "De bibliotheek geeft cursussen in het dorp; in de kleine kernen is er geen aanbod meer."),
    ("para", "Mantelzorgers voelen zich gesteund in hun zorg voor een naaste."),
    ("para", "In Drieborg is de ondersteuning van mantelzorgers tot nu toe versnipperd over vier organisaties."),
    ("h2", "3 Procedure"),
    ("para", "Aanvragen kan tot 1 maart 2028."),
    ("para", "Het subsidieplafond bedraagt € 240.000 per jaar."),
    ("para", "Het activiteitenplan telt ten hoogste acht pagina's."),
    ("para", "Het college beslist binnen acht weken op de aanvraag."),
    ("para", "Vragen stelt u uiterlijk 1 februari 2028 per e-mail."),
]


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_the_situation_now_and_how_the_policy_is_built_are_no_goals_in_a_goal_section(name, build):
    goals = [goal.text for goal in analyse_tender(build(GOAL_SECTION_WITH_CONTEXT), name).goals]
    assert goals == ["Ouderen in Drieborg wonen langer zelfstandig thuis.",
                     "Mantelzorgers voelen zich gesteund in hun zorg voor een naaste."]
