"""Facts of round 13 and blind_facts15, in the formats they were missed in: the agreement's terms under a bare
"Voorwaarden" are no requirements, an organisation's experience and a certificate it holds now select it
(suitability), a statement that one meets the requirements is none; the procedure a clause says is followed wins over
the route named throughout an Open House; appendices left out beside other parts; a goal pointed at by its place in a
list printed without numbers, or as the object of how it is followed."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes
from .tender_samples import pdf_bytes as _pdf_bytes


def pdf_bytes(elements) -> bytes:
    """The PDF builder, with each numbered item given its number as it prints it."""
    numbered, n = [], 0
    for kind, value in elements:
        n = n + 1 if kind == "number" else 0
        numbered.append((kind, (f"{n}.", value)) if kind == "number" else (kind, value))
    return _pdf_bytes(numbered)

OFFER_REQUEST = [
    ("h1", "Offerteaanvraag Steunpunt Jonge Mantelzorgers Testdorp"),
    ("para", "De gemeente Testdorp volgt een meervoudig onderhandse procedure en nodigt drie organisaties uit."),
    ("h1", "Eisen"),
    ("para", "U voldoet aan de volgende eisen:"),
    ("number", "U staat ingeschreven bij de Kamer van Koophandel."),
    ("number", "U hebt ten minste drie jaar ervaring met het ondersteunen van jonge mantelzorgers."),
    ("number", "Alle medewerkers en vrijwilligers hebben een Verklaring Omtrent het Gedrag."),
    ("h1", "Voorwaarden"),
    ("para", "Op de overeenkomst zijn de Algemene Inkoopvoorwaarden Testdorp van toepassing. De opdrachtnemer factureert "
             "per kwartaal. Persoonsgegevens van jongeren worden alleen verwerkt met hun toestemming. De opdrachtnemer "
             "rapporteert ieder halfjaar over de indicatoren."),
    ("para", "De eerste drie maanden van de overeenkomst zijn een opstartperiode."),
    ("h1", "Vragen"),
    ("para", "Vragen stelt u uiterlijk 1 september 2027."),
]


def _as_text(elements) -> str:
    marks = {"h1": "## ", "h2": "### ", "bullet": "- ", "number": "1. "}
    return "\n".join(marks.get(kind, "") + value for kind, value in elements)


@pytest.mark.parametrize("name, build", [("offerte.docx", docx_bytes), ("offerte.pdf", pdf_bytes), ("plak", None)])
def test_the_agreements_terms_are_no_requirements_and_experience_selects(name, build):
    analysis = analyse_tender(build(OFFER_REQUEST), name) if build else analyse_text(_as_text(OFFER_REQUEST))
    found = [(r.kind, r.text) for r in analysis.requirements]
    assert found == [
        ("suitability", "U staat ingeschreven bij de Kamer van Koophandel."),
        ("suitability", "U hebt ten minste drie jaar ervaring met het ondersteunen van jonge mantelzorgers."),
        ("minimum", "Alle medewerkers en vrijwilligers hebben een Verklaring Omtrent het Gedrag."),
    ]


def test_conditions_under_a_bare_voorwaarden_heading_stay_requirements_without_the_agreements_terms():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Subsidieoproep Meedoen Testdorp"),
        ("h1", "Voorwaarden"),
        ("para", "U kunt subsidie aanvragen als u aan de volgende voorwaarden voldoet:"),
        ("bullet", "de aanvrager is een rechtspersoon zonder winstoogmerk;"),
        ("bullet", "de activiteiten vinden plaats in Testdorp."),
    ]), "oproep.docx")
    assert [(r.kind, r.text.rstrip(";.")) for r in analysis.requirements] == [
        ("minimum", "de aanvrager is een rechtspersoon zonder winstoogmerk"),
        ("minimum", "de activiteiten vinden plaats in Testdorp")]


MIXED_LIST = [
    ("h1", "4 Eisen"),
    ("h2", "4.1 Geschiktheidseisen en minimumeisen"),
    ("para", "De inschrijver en de dienstverlening voldoen aan de volgende eisen. Met het indienen van de inschrijving "
             "verklaart de inschrijver dat hij hieraan voldoet; de gemeente kan om bewijs vragen."),
    ("number", "De inschrijver beschikt op het moment van inschrijving over een geldig HKZ-certificaat of een "
               "gelijkwaardig keurmerk."),
    ("number", "Beroepskrachten hebben een afgeronde hbo-opleiding Sociaal Werk."),
    ("h1", "5 Gunning"),
    ("para", "De gemeente gunt op de beste prijs-kwaliteitverhouding in een openbare procedure."),
]


@pytest.mark.parametrize("name, build", [("leidraad.docx", docx_bytes), ("leidraad.pdf", pdf_bytes)])
def test_a_certificate_held_when_tendering_selects_and_a_declaration_of_meeting_them_is_none(name, build):
    analysis = analyse_tender(build(MIXED_LIST), name)
    assert [(r.kind, r.text[:40]) for r in analysis.requirements] == [
        ("suitability", "De inschrijver beschikt op het moment va"), ("minimum", "Beroepskrachten hebben een afgeronde hbo")]


OPEN_HOUSE = [
    ("h1", "Open House Grip op geld"),
    ("h1", "1 Waarom een Open House"),
    ("para", "Daarom kiest de gemeente voor een Open House: iedere aanbieder die voldoet aan de toelatingseisen, wordt "
             "toegelaten. De gemeente volgt een eigen procedure, die zij hieronder beschrijft."),
    ("h1", "2 Budget"),
    ("para", "Voor deze Open House is per jaar ten hoogste € 520.000 beschikbaar. Na 2031 evalueert de gemeente de Open House."),
]


@pytest.mark.parametrize("name, build", [("openhouse.docx", docx_bytes), ("openhouse.pdf", pdf_bytes)])
def test_the_procedure_a_clause_says_is_followed_wins_over_the_route_named_throughout(name, build):
    analysis = analyse_tender(build(OPEN_HOUSE), name)
    assert analysis.procedure == "eigen procedure"


@pytest.mark.parametrize("sentence", [
    "Uw plan van aanpak telt in totaal niet meer dan 13 pagina's A4. Bijlagen, het UEA en het prijsformulier tellen niet mee.",
    "Het activiteitenplan telt ten hoogste 3.000 woorden. De begroting, het jaarverslag en de statuten tellen niet mee "
    "voor het aantal woorden.",
])
@pytest.mark.parametrize("name, build", [("leidraad.docx", docx_bytes), ("leidraad.pdf", pdf_bytes)])
def test_appendices_left_out_beside_other_parts_are_excluded(sentence, name, build):
    analysis = analyse_tender(build([("h1", "Uw inschrijving"), ("para", sentence)]), name)
    assert analysis.excluding_appendices is True


THEMES = [
    ("h1", "Subsidietender Oud worden op Testeiland 2028"),
    ("h1", "1 Aanleiding"),
    ("para", "Testeiland vergrijst sneller dan de rest van de regio. Van de 2.150 inwoners is 31% 65 jaar of ouder."),
    ("h1", "2 Doelen per thema"),
    ("para", "Deze tender kent twee thema's. U kunt voor één of beide thema's een aanvraag doen."),
    ("h2", "Thema A Thuis oud worden"),
    ("para", "Voor thema A gelden twee doelen:"),
    ("para", "Op Testeiland krijgen 75-plussers thuis bezoek van een ouderenadviseur die met hen kijkt wat zij nodig hebben."),
    ("para", "Problemen bij thuiswonende ouderen worden gezien voordat zij uitgroeien tot een crisis."),
    ("para", "Voor het eerste doel meet de gemeente het aantal huisbezoeken aan 75-plussers op Testeiland. De streefwaarde "
             "is ten minste 150 huisbezoeken per jaar; in 2025 waren het er 104. Voor het tweede doel vraagt het college "
             "geen streefwaarde."),
    ("h1", "3 Budget"),
    ("para", "Het subsidieplafond is € 268.000."),
]


@pytest.mark.parametrize("name, build", [("tender.docx", docx_bytes), ("tender.pdf", pdf_bytes)])
def test_a_goal_pointed_at_by_its_place_among_paragraphs_of_one_goal_each(name, build):
    goals = analyse_tender(build(THEMES), name).goals
    first = next(goal for goal in goals if goal.text.startswith("Op Testeiland"))
    assert first.indicator == "aantal huisbezoeken aan 75-plussers op Testeiland"
    assert first.target == "ten minste 150 huisbezoeken per jaar"
    second = next(goal for goal in goals if goal.text.startswith("Problemen"))
    assert not second.target


FOLLOWED_WITH = [
    ("h1", "3 Doelen"),
    ("para", "Met de dagbesteding willen de gemeenten de volgende doelen bereiken:"),
    ("number", "Inwoners met een lichte ondersteuningsvraag hebben een zinvolle daginvulling in hun eigen kern."),
    ("number", "Deelnemers hebben meer sociale contacten en voelen zich minder eenzaam."),
    ("para", "De regio volgt het tweede doel met de vraag uit de cliëntervaringsmeting of deelnemers meer contact met "
             "anderen hebben; de streefwaarde is 75 procent in 2029."),
    ("h1", "4 Aanmelden"),
    ("para", "Aanmeldingen moeten uiterlijk 1 november 2027 binnen zijn."),
]


@pytest.mark.parametrize("name, build", [("toelating.docx", docx_bytes), ("toelating.pdf", pdf_bytes)])
def test_a_goal_named_as_the_object_of_how_it_is_followed_gets_that_measure(name, build):
    goals = analyse_tender(build(FOLLOWED_WITH), name).goals
    second = next(goal for goal in goals if goal.text.startswith("Deelnemers"))
    assert second.indicator.startswith("vraag uit de cliëntervaringsmeting of deelnemers meer contact")
    assert second.target == "75 procent in 2029"
    first = next(goal for goal in goals if goal.text.startswith("Inwoners"))
    assert not first.indicator and not first.target


TIE_BREAK = [
    ("h1", "Subsidietender Ouder worden in Testdorp"),
    ("h1", "6 Beoordeling"),
    ("para", "De commissie kent per criterium punten toe. Aanvragen waarin ouderen zelf een rol hebben in de uitvoering, "
             "krijgen bij een gelijke score de voorkeur."),
    ("h1", "7 Planning"),
    ("para", "Aanvragen ontvangen wij uiterlijk 1 oktober 2027."),
]


@pytest.mark.parametrize("name, build", [("tender.docx", docx_bytes), ("tender.pdf", pdf_bytes)])
def test_a_preference_between_applications_with_equal_scores_is_a_wish(name, build):
    analysis = analyse_tender(build(TIE_BREAK), name)
    assert [(r.kind, r.text[:40]) for r in analysis.requirements] == [("wish", "Aanvragen waarin ouderen zelf een rol he")]


@pytest.mark.parametrize("name, build", [("offerte.docx", docx_bytes), ("offerte.pdf", pdf_bytes)])
def test_appendices_that_count_stay_counted_when_other_parts_are_left_out(name, build):
    analysis = analyse_tender(build([("h1", "Uw offerte"), ("para", (
        "Het plan van aanpak telt maximaal 2.500 woorden, inclusief eventuele bijlagen; het prijsblad en de eigen "
        "verklaring tellen niet mee."))]), name)
    assert analysis.excluding_appendices is False


@pytest.mark.parametrize("name, build", [("openhouse.docx", docx_bytes), ("openhouse.pdf", pdf_bytes)])
def test_an_open_house_following_its_own_procedure_keeps_its_route(name, build):
    assert analyse_tender(build(OPEN_HOUSE), name).route == "open house"


def test_an_aanbesteding_following_its_own_procedure_that_mentions_an_open_house_stays_an_aanbesteding():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Aanbestedingsleidraad Sociaal werk Testdorp"),
        ("para", "Het jongerenwerk wordt apart ingekocht via een Open House."),
        ("h1", "2 Procedure"),
        ("para", "De gemeente volgt een eigen procedure. De inschrijver met de beste prijs-kwaliteitverhouding wordt gegund."),
    ]), "leidraad.docx")
    assert (analysis.procedure, analysis.route) == ("eigen procedure", "aanbesteding")
