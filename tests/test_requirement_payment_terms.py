"""A table of prices or tariffs and the rules on payment and indexation are no requirements to answer, also where they
stand in an Open House's chapter of conditions (payment_terms.py; CONVENTIONS.md, "Requirements outside a requirements
list"); an obligation on declaring listed under a heading that names requirements stays one."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes

GOALS = [("number", "Inwoners ontmoeten elkaar in hun buurt."), ("number", "Nieuwkomers oefenen de Nederlandse taal.")]
ADMISSION = ["De aanbieder staat ingeschreven bij de Kamer van Koophandel.", "De aanbieder heeft een klachtenregeling."]
TARIFFS = [["Activiteit", "Tarief"], ["Taalcafé, per bijeenkomst", "€ 85"], ["Koffieochtend, per bijeenkomst", "€ 60"],
           ["Buurtmaaltijd, per deelnemer", "€ 6,50"]]
PAYMENT = ["De tarieven worden elk jaar op 1 januari geïndexeerd.",
           "Is het budget van een thema op, dan vergoedt de gemeente dat jaar geen nieuwe activiteiten meer binnen dat thema.",
           "De aanbieder declareert per kwartaal achteraf.", "Een bijeenkomst met minder dan vijf deelnemers wordt niet vergoed."]


def _texts(analysis) -> list[tuple[str, str]]:
    return [(r.text, r.kind) for r in analysis.requirements]


def test_a_tariff_table_and_payment_rules_in_an_open_house_chapter_of_conditions_are_no_requirements():
    analysis = analyse_tender(docx_bytes([
        ("title", "Open House Sociale basis Ermelveen"),
        ("para", "De gemeente Ermelveen laat via een Open House aanbieders toe die activiteiten in de sociale basis uitvoeren."),
        ("h1", "2. Doelen"), *GOALS, ("h1", "3. Voorwaarden"), ("h2", "3.1 Toelatingseisen"),
        *[("bullet", text) for text in ADMISSION],
        ("h2", "3.2 Tarieven"), ("para", "De gemeente vergoedt de activiteiten tegen de volgende tarieven:"), ("table", TARIFFS),
        ("para", " ".join(PAYMENT[:2])), ("h2", "3.3 Bekostiging"), *[("bullet", text) for text in PAYMENT[2:]],
    ]), "open_house.docx")
    assert analysis.route == "open house"
    assert _texts(analysis) == [(text, "admission") for text in ADMISSION]


OPEN_HOUSE = ("# Open House Sociale basis Ermelveen\n\nDe gemeente Ermelveen laat via een Open House aanbieders toe.\n\n"
              "## 2. Doelen\n\n1. Inwoners ontmoeten elkaar in hun buurt.\n2. Nieuwkomers oefenen de Nederlandse taal.\n\n"
              "## 3. Voorwaarden\n\nU wordt toegelaten als u voldoet aan de volgende voorwaarden:\n\n" +
              "".join(f"- {text}\n" for text in ADMISSION))


def test_a_tariff_table_right_below_the_admission_requirements_and_the_paragraph_below_it_are_no_requirements():
    rows = "\n".join("| " + " | ".join(row) + " |" for row in TARIFFS)
    analysis = analyse_text(OPEN_HOUSE + f"\nVoor de activiteiten gelden de volgende tarieven:\n\n{rows}\n\n{' '.join(PAYMENT)}\n\n"
                            "- Verder neemt de aanbieder deel aan het netwerkoverleg.\n")
    assert _texts(analysis) == [*[(text, "admission") for text in ADMISSION],
                                ("Verder neemt de aanbieder deel aan het netwerkoverleg.", "admission")]


def test_the_items_under_a_lead_in_on_payment_among_the_admission_requirements_are_no_requirements():
    analysis = analyse_text(OPEN_HOUSE + "\nVoor de bekostiging gelden de volgende afspraken:\n\n" +
                            "".join(f"- {text}\n" for text in PAYMENT))
    assert _texts(analysis) == [(text, "admission") for text in ADMISSION]


def test_declaring_listed_among_the_obligations_once_admitted_stays_a_requirement():
    analysis = analyse_tender(docx_bytes([
        ("title", "Open House Jongerenwerk"), ("para", "De gemeente laat via een Open House aanbieders toe."),
        ("h1", "2. Doelen"), *GOALS, ("h1", "3. Tarieven"), ("table", TARIFFS), ("para", PAYMENT[0]),
        ("h1", "4. Toelatingseisen"), *[("bullet", text) for text in ADMISSION],
        ("h1", "5. Verplichtingen na toelating"),
        ("bullet", "U declareert uitsluitend gerealiseerde bijeenkomsten, tegen de tarieven uit hoofdstuk 3."),
    ]), "open_house.docx")
    assert _texts(analysis) == [*[(text, "admission") for text in ADMISSION],
                                ("U declareert uitsluitend gerealiseerde bijeenkomsten, tegen de tarieven uit hoofdstuk 3.", "minimum")]
