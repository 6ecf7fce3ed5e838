"""What the tenderer as an organisation holds when it tenders (a licence, an establishment, a liability insurance named
with a hyphenated pair) is a suitability requirement in a mixed list; what it obtains later stays minimum. In a .docx
list and table, a PDF and pasted text."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes

ITEMS = [
    "De inschrijver beschikt over een beroeps- en bedrijfsaansprakelijkheidsverzekering met een dekking van € 2.500.000.",
    "De inschrijver werkt met de landelijke methodiek buurtbemiddeling en beschikt over een geldige licentie daarvoor.",
    "U heeft een vestiging of vaste werkplek in de gemeente of in een aangrenzende gemeente.",
    "U werkt volgens de landelijke methodiek en beschikt over het bijbehorende keurmerk, of behaalt dat binnen zes maanden.",
    "Alle bemiddelaars hebben de basistraining buurtbemiddeling gevolgd.",
]
KINDS = ["suitability", "suitability", "suitability", "minimum", "minimum"]
HEAD = [("title", "Offerteaanvraag buurtbemiddeling"),
        ("para", "De gemeente volgt een meervoudig onderhandse procedure voor deze aanbesteding."),
        ("h1", "6 Geschiktheidseisen en minimumeisen"), ("para", "De inschrijver voldoet aan de volgende eisen:")]


def _kinds(analysis) -> list[str]:
    by_text = {r.text[:40]: r.kind for r in analysis.requirements}
    return [by_text.get(item[:40], "missing") for item in ITEMS]


@pytest.mark.parametrize("fmt", ["docx", "docx table", "pdf", "text"])
def test_what_the_organisation_holds_when_it_tenders_is_suitability_in_a_mixed_list(fmt):
    if fmt == "docx":
        analysis = analyse_tender(docx_bytes(HEAD + [("bullet", item) for item in ITEMS]), "offerte.docx")
    elif fmt == "docx table":
        rows = [["Nr.", "Eis", "Bewijs"]] + [[f"E{n}", item, "Eigen verklaring"] for n, item in enumerate(ITEMS, 1)]
        analysis = analyse_tender(docx_bytes(HEAD[:3] + [("table", rows)]), "offerte.docx")
    elif fmt == "pdf":
        analysis = analyse_tender(pdf_bytes([(k if k != "title" else "h1", v) for k, v in HEAD] +
                                            [("bullet", item) for item in ITEMS]), "offerte.pdf")
    else:
        analysis = analyse_text("\n\n".join(["# " + HEAD[0][1], HEAD[1][1], "## " + HEAD[2][1], HEAD[3][1]]) + "\n\n" +
                                "\n".join(f"- {item}" for item in ITEMS))
    assert _kinds(analysis) == KINDS


CONDITIONS = [("h1", "Uitvraag subsidietender Samen in de Buurt"),
              ("para", "De gemeente verdeelt het geld via een subsidietender."),
              ("h2", "Wie kan aanvragen?"), ("para", "U kunt een aanvraag indienen als:"),
              ("bullet", "u een rechtspersoon zonder winstoogmerk bent;"),
              ("bullet", "uw activiteiten plaatsvinden in de gemeente Ruimelsloot."),
              ("h2", "Aan welke voorwaarden moet u voldoen?"),
              ("number", ("1.", "De activiteiten zijn gratis of tegen een kleine bijdrage toegankelijk voor alle inwoners.")),
              ("number", ("2.", "U registreert het aantal deelnemers per activiteit en levert die gegevens ieder halfjaar aan.")),
              ("para", "Een aanvraag die niet aan deze voorwaarden voldoet, wordt niet beoordeeld.")]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "text"])
def test_conditions_after_an_if_lead_in_and_under_a_question_heading_are_minimum(fmt):
    if fmt == "docx":
        analysis = analyse_tender(docx_bytes([(k, v[1] if k == "number" else v) for k, v in CONDITIONS]), "uitvraag.docx")
    elif fmt == "pdf":
        analysis = analyse_tender(pdf_bytes([(k if k != "h2" else "h1", v) for k, v in CONDITIONS]), "uitvraag.pdf")
    else:
        analysis = analyse_text("\n\n".join("#" * int(k[1]) + " " + v if k in ("h1", "h2") else f"- {v}" if k == "bullet"
                                            else f"{v[0]} {v[1]}" if k == "number" else v for k, v in CONDITIONS))
    assert [(r.kind, r.text[:24]) for r in analysis.requirements] == [
        ("minimum", "u een rechtspersoon zond"), ("minimum", "uw activiteiten plaatsvi"),
        ("minimum", "De activiteiten zijn gra"), ("minimum", "U registreert het aantal")]
