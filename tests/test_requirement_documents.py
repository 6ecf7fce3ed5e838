"""Documents to hand in are no requirements (benchmarks/goal_extraction/CONVENTIONS.md, "Documents to hand in"): the
items of a list of what goes with the application, and an item that only asks to hand in an Eigen Verklaring; a
condition the Eigen Verklaring proves stays one. The agreement's terms named after its first sentence are no
requirements either. Each in a .docx and a .pdf made here, and as pasted text."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes

OPEN_HOUSE = [
    ("h1", "Open House Geldzaken Rietveen en Aldemeer 2028–2030"),
    ("para", "In een Open House sluiten de gemeenten Rietveen en Aldemeer een overeenkomst met iedere aanbieder die aan de "
             "toelatingseisen voldoet. Er is geen rangschikking."),
    ("h2", "4 Aanmelding"),
    ("para", "Met uw aanmelding laat u zien dat u aan de toelatingseisen voldoet. U stuurt mee:"),
    ("number", "het ingevulde aanmeldformulier (bijlage A);"),
    ("number", "een beschrijving van uw aanpak voor het deel waarvoor u zich aanmeldt, van ten hoogste vijf pagina's A4;"),
    ("number", "de bewijsstukken die bij de toelatingseisen worden gevraagd."),
    ("h2", "5 Toelatingseisen"),
    ("para", "U wordt toegelaten als u aan alle onderstaande eisen voldoet."),
    ("bullet", "U staat ingeschreven bij de Kamer van Koophandel."),
    ("bullet", "Iedere medewerker en vrijwilliger heeft een Verklaring Omtrent het Gedrag."),
    ("bullet", "U levert de ondertekende Eigen verklaring (bijlage B) aan, waarin u verklaart dat geen van de "
               "uitsluitingsgronden op u van toepassing is."),
    ("bullet", "U levert een ingevulde en ondertekende Eigen Verklaring in."),
    ("bullet", "De aanbieder toont aan dat hij aan de eisen voldoet met de Eigen Verklaring en, op verzoek, met de "
               "bewijsstukken die daarin zijn genoemd."),
]
HANDED_IN = ("het ingevulde aanmeldformulier", "een beschrijving van uw aanpak", "de bewijsstukken die bij",
             "U levert een ingevulde en ondertekende", "De aanbieder toont aan dat hij aan de eisen voldoet")
ADMISSION = ("U staat ingeschreven bij de Kamer van Koophandel.", "Iedere medewerker en vrijwilliger heeft een Verklaring",
             "U levert de ondertekende Eigen verklaring (bijlage B) aan, waarin u verklaart")

TERMS = [
    ("h1", "Offerteaanvraag Buurtbemiddeling Rietveen 2028"),
    ("para", "De gemeente Rietveen vraagt drie organisaties om een offerte voor buurtbemiddeling; de opdracht wordt "
             "gegund aan de inschrijver met de beste prijs-kwaliteitverhouding."),
    ("h2", "6 Eisen"),
    ("para", "De inschrijver voldoet aan de volgende eisen:"),
    ("bullet", "Alle bemiddelaars hebben de basistraining buurtbemiddeling gevolgd."),
    ("h2", "7 Voorwaarden"),
    ("para", "De opdrachtnemer factureert per kwartaal achteraf. Op de overeenkomst zijn de Algemene Inkoopvoorwaarden "
             "van de gemeente Rietveen 2025 van toepassing."),
    ("para", "De opdrachtnemer rapporteert twee keer per jaar over het aantal aanmeldingen en de afgesloten zaken."),
]


def _pasted(elements) -> str:
    marks = {"h1": "# ", "h2": "## ", "bullet": "- ", "number": ""}
    lines, number = [], 0
    for kind, text in elements:
        number = number + 1 if kind == "number" else 0
        lines.append((f"{number}. " if kind == "number" else marks.get(kind, "")) + text)
    return "\n".join(lines)


def _analysed(elements, fmt: str):
    if fmt == "txt":
        return analyse_text(_pasted(elements))
    data = docx_bytes(elements) if fmt == "docx" else pdf_bytes([(k if k != "h2" else "h1", v) for k, v in elements])
    return analyse_tender(data, f"uitvraag.{fmt}")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_documents_to_hand_in_are_no_requirements_but_a_condition_proved_by_an_eigen_verklaring_is(fmt):
    analysis = _analysed(OPEN_HOUSE, fmt)
    texts = [r.text for r in analysis.requirements]
    assert analysis.route == "open house"
    for start in HANDED_IN:
        assert not any(start in text for text in texts), start
    for start in ADMISSION:
        assert [r.kind for r in analysis.requirements if r.text.startswith(start)] == ["admission"], start


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_a_conditions_chapter_naming_the_general_terms_after_its_first_sentence_holds_no_requirements(fmt):
    texts = [r.text for r in _analysed(TERMS, fmt).requirements]
    assert texts == ["Alle bemiddelaars hebben de basistraining buurtbemiddeling gevolgd."]


AFTER_ADMISSION = [
    ("h1", "Open House Grip op geld Durkhoven 2028–2031"),
    ("para", "In deze Open House sluit de gemeente Durkhoven een overeenkomst met iedere aanbieder die aan de "
             "toelatingseisen voldoet. Er is geen rangschikking."),
    ("h2", "6 Toelatingseisen"),
    ("para", "Een aanbieder wordt toegelaten als hij aan alle onderstaande eisen voldoet."),
    ("bullet", "De aanbieder staat ingeschreven bij de Kamer van Koophandel."),
    ("bullet", "De aanbieder neemt deel aan het Netwerk Geldzaken Durkhoven, dat zes keer per jaar bijeenkomt."),
    ("h2", "8 Verplichtingen na toelating"),
    ("para", "Na toelating sluit de gemeente met iedere aanbieder een raamovereenkomst voor de periode 1 januari 2028 tot "
             "en met 31 december 2031. Toegelaten aanbieders:"),
    ("bullet", "leveren elk kwartaal via het gemeentelijke registratiesysteem het aantal trajecten aan;"),
    ("bullet", "nemen binnen vijf werkdagen contact op met een inwoner die door het Sociaal Team is aangemeld."),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_what_the_municipality_does_is_no_requirement_though_it_stands_among_the_obligations(fmt):
    texts = [r.text for r in _analysed(AFTER_ADMISSION, fmt).requirements]
    assert not any("sluit de gemeente" in text for text in texts)
    assert any(text.startswith("nemen binnen vijf werkdagen contact op") for text in texts)
