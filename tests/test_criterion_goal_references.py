"""The goals a criterion points at by reference (CONVENTIONS.md, award criteria): a "Past bij resultaat" column counting
within the results, "het tweede beoogde effect", "het tweede doel van thema 3", and a regulation's "de doelen, bedoeld
in artikel 3, eerste lid, onder a tot en met d" or "art. 3 lid 2". In a .docx and as pasted text made here."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes

RESULTS = [
    ("h1", "Offerteaanvraag Digitale inclusie Aldenhove 2028"),
    ("para", "De gemeente Aldenhove vraagt drie organisaties een offerte uit te brengen voor digitale inclusie."),
    ("h2", "2 Wat wij willen bereiken"),
    ("para", "Aldenhove wil dat inwoners met weinig digitale vaardigheden hun zaken met de overheid zelf kunnen regelen."),
    ("para", "Daarnaast willen wij dat inwoners die zich geen eigen apparaat kunnen veroorloven, toch toegang hebben tot "
             "internet."),
    ("para", "Om te volgen of dat lukt, hebben wij de volgende resultaten vastgesteld:"),
    ("bullet", "Ten minste 350 inwoners per jaar volgen een cursus of training digitale vaardigheden."),
    ("bullet", "Er is in iedere wijk ten minste één vaste plek met digitale hulp."),
    ("bullet", "Ten minste 60 huishoudens per jaar krijgen een opgeknapte laptop in bruikleen."),
    ("h2", "5 Gunning"),
    ("para", "Wij beoordelen de offertes op de volgende criteria:"),
    ("table", [["Criterium", "Punten", "Past bij resultaat"], ["Bereik van inwoners", "40", "1, 2"],
               ["Apparaten en toegang", "30", "3"], ["Prijs", "30", ""]]),
]
EFFECTS = [
    ("h1", "Subsidietender Welzijn op Recept Hoogveld 2028"),
    ("para", "Met deze subsidietender verdeelt het college het subsidieplafond; aanvragen worden gerangschikt."),
    ("h2", "2 Doelen"),
    ("para", "Het college heeft drie beoogde effecten vastgesteld:"),
    ("number", "Huisartsen verwijzen inwoners met niet-medische klachten vaker door naar welzijn."),
    ("number", "Deelnemers ervaren na afloop van hun traject een betere kwaliteit van leven."),
    ("number", "Deelnemers blijven na het traject actief in hun buurt."),
    ("h2", "5 Beoordeling"),
    ("number", "Bereik en doorverwijzing (40 punten). De commissie kijkt hier naar het eerste en het derde effect."),
    ("number", "Kwaliteit van de coaching (30 punten). Dit criterium gaat over het tweede beoogde effect."),
    ("number", "Doelmatigheid (30 punten). Staat de begroting in verhouding tot wat u wilt bereiken?"),
]
THEMES = [
    ("h1", "Subsidie Opvoeden en opgroeien Vlietdorp 2028"),
    ("para", "Het college verdeelt het subsidieplafond door de aanvragen te rangschikken."),
    ("h2", "Wat willen we bereiken?"),
    ("h3", "Thema 1: Opvoedondersteuning dichtbij"),
    ("bullet", "Ouders met vragen over opvoeden vinden snel hulp in hun eigen wijk."),
    ("h3", "Thema 2: Ouders ontmoeten elkaar"),
    ("bullet", "Ouders van jonge kinderen kennen andere ouders in de buurt en steunen elkaar."),
    ("h3", "Thema 3: Veilig opgroeien in de buurt"),
    ("bullet", "Jongeren van 10 tot 14 jaar hebben een plek in de buurt waar ze na school terechtkunnen."),
    ("bullet", "Zorgen over kinderen komen sneller bij het buurtteam terecht."),
    ("h2", "Hoe beoordelen we uw aanvraag?"),
    ("para", "Aansluiting bij de doelen – 60%. Wij kijken naar alle doelen van het thema waarvoor u aanvraagt."),
    ("para", "Samenwerking met school en buurtteam – 40%. Hier kijken we vooral naar het tweede doel van thema 3."),
]
ARTICLES = [
    ("h1", "Subsidieregeling Welzijn Ouderen Woldhoven 2028–2031"),
    ("h2", "Artikel 3 Doel"),
    ("number", "De subsidie wordt verstrekt voor activiteiten die eraan bijdragen dat:"),
    ("bullet", "ouderen minder eenzaam zijn;"),
    ("bullet", "ouderen langer zelfstandig thuis kunnen blijven wonen;"),
    ("bullet", "kwetsbare ouderen in beeld zijn bij het sociaal team voordat er een crisis ontstaat."),
    ("number", "De activiteiten leveren in elk geval op:"),
    ("bullet", "in elke kern een ontmoetingsplek voor ouderen die ten minste drie dagdelen per week open is;"),
    ("bullet", "450 huisbezoeken per jaar aan inwoners die in dat jaar 75 jaar worden."),
    ("h2", "Artikel 7 Beoordeling"),
    ("para", "Het college verdeelt het subsidieplafond door de aanvragen te rangschikken op de volgende criteria:"),
    ("bullet", "Bijdrage aan de doelen: de mate waarin de activiteiten bijdragen aan de doelen, bedoeld in artikel 3, eerste "
               "lid, onder a tot en met c; ten hoogste 40 punten;"),
    ("bullet", "Prestaties: de mate waarin de aanvraag aannemelijk maakt dat de prestaties, bedoeld in art. 3 lid 2, worden "
               "geleverd; ten hoogste 30 punten;"),
    ("bullet", "Kwetsbare ouderen: het bereik van ouderen als bedoeld in artikel 3, eerste lid, onder c; ten hoogste 30 punten."),
]


def _pasted(elements) -> str:
    lines, number = [], 0
    for kind, value in elements:
        number = number + 1 if kind == "number" else number if kind == "bullet" else 0
        if kind == "table":
            lines += ["| " + " | ".join(row) + " |" for row in value]
        else:
            lines.append({"h1": "# ", "h2": "## ", "h3": "### ", "bullet": "- ", "number": f"{number}. "}.get(kind, "") + value)
    return "\n".join(lines)


def _criteria(elements, fmt: str) -> dict[str, list[str]]:
    analysis = analyse_text(_pasted(elements)) if fmt == "txt" else analyse_tender(docx_bytes(elements), "uitvraag.docx")
    return {c.name: [" ".join(analysis.goals[n - 1].text.lower().split()[:3]) for n in c.goals] for c in analysis.criteria}


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_past_bij_resultaat_column_counts_within_the_results_not_the_goal_sentences_above_them(fmt):
    criteria = _criteria(RESULTS, fmt)
    assert criteria["Bereik van inwoners"] == ["ten minste 350", "er is in"]
    assert criteria["Apparaten en toegang"] == ["ten minste 60"]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_an_ordinal_names_its_goal_with_a_word_between_and_within_a_theme(fmt):
    assert _criteria(EFFECTS, fmt)["Kwaliteit van de coaching"] == ["deelnemers ervaren na"]
    assert _criteria(THEMES, fmt)["Samenwerking met school en buurtteam"] == ["zorgen over kinderen"]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_regulations_criterion_names_its_goals_by_article_lid_and_letter(fmt):
    criteria = _criteria(ARTICLES, fmt)
    assert criteria["Bijdrage aan de doelen"] == ["ouderen minder eenzaam", "ouderen langer zelfstandig",
                                                  "kwetsbare ouderen in"]
    assert criteria["Prestaties"] == ["in elke kern", "450 huisbezoeken per"]
    assert criteria["Kwetsbare ouderen"] == ["kwetsbare ouderen in"]


DOTTED = [
    ("h1", "Offerteaanvraag Sociaal werk Rietdorp 2028"),
    ("para", "De gemeente Rietdorp vraagt drie organisaties om een offerte; gunning op beste prijs-kwaliteitverhouding."),
    ("h2", "2 Resultaten ontmoeting"),
    ("para", "Resultaat 2.1 Ten minste 300 ouderen per jaar nemen deel aan een ontmoetingsactiviteit."),
    ("para", "Resultaat 2.2 In elke wijk is er een inloop die ten minste drie dagdelen per week open is."),
    ("para", "Resultaat 2.3 Ten minste 40 vrijwilligers zetten zich in voor ontmoeting."),
    ("h2", "5 Gunning"),
    ("table", [["Criterium", "Weging", "Toelichting"], ["Aanpak ontmoeting", "60%", "Hoe behaalt u resultaat 2.1 en 2.3?"],
               ["Prijs", "40%", ""]]),
]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_run_of_dotted_result_codes_names_each_result(fmt):
    assert _criteria(DOTTED, fmt)["Aanpak ontmoeting"] == ["resultaat 2.1 ten", "resultaat 2.3 ten"]
