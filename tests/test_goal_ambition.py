"""The tender's overarching ambition above its own goal list is its ambition, not a goal (CONVENTIONS.md, "Goals and
the ambition"); a tender without a goal list states its goals in its ambition."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes, pdf_bytes

AMBITION = "Het college wil dat inwoners van Testdorp prettig samenleven en elkaar helpen waar dat kan."
GOALS = ["Ouderen met een kleine sociale kring nemen deel aan activiteiten in hun dorp.",
         "Mantelzorgers voelen zich gesteund en houden de zorg voor hun naaste vol.",
         "Jongeren hebben een veilige plek in de buurt om elkaar te ontmoeten."]

WITH_GOAL_LIST = [
    ("h1", "1 Waarom deze uitvraag"),
    ("para", "In Testdorp wonen steeds meer ouderen alleen. " + AMBITION),
    ("h1", "2 Wat willen we bereiken?"),
    ("para", "De gemeente vraagt de aanbieder bij te dragen aan de volgende doelen:"),
    *[("bullet", goal) for goal in GOALS],
    ("h1", "3 Planning"),
    ("para", "Offertes ontvangen wij uiterlijk 1 oktober 2027."),
]

AMBITION_ONLY = [
    ("h1", "1 Inleiding"),
    ("para", "De gemeente Testdorp nodigt welzijnsorganisaties uit een offerte uit te brengen voor het sociaal werk."),
    ("h1", "2 Onze ambitie"),
    ("para", "Het college wil dat ouderen in Testdorp langer zelfstandig thuis blijven wonen. "
             "Daarnaast wil het college dat mantelzorgers de zorg voor hun naaste langer volhouden."),
    ("h1", "3 Planning"),
    ("para", "Offertes ontvangen wij uiterlijk 1 oktober 2027."),
]


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_the_ambition_above_a_goal_list_is_the_ambition_not_a_goal(name, build):
    analysis = analyse_tender(build(WITH_GOAL_LIST), name)
    assert [goal.text for goal in analysis.goals] == GOALS
    assert [item["text"] for item in analysis.ambition] == [AMBITION]
    block = analysis.blocks[analysis.ambition[0]["block"]]
    assert AMBITION in block.text and block.section[-1] == "1 Waarom deze uitvraag"
    data = analysis.to_dict()
    assert data["ambition"] == analysis.ambition and data["facts_sources"]["ambition"] == block.position


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_ambition_sentences_are_the_goals_where_the_tender_has_no_goal_list(name, build):
    analysis = analyse_tender(build(AMBITION_ONLY), name)
    assert [goal.text for goal in analysis.goals] == [
        "Het college wil dat ouderen in Testdorp langer zelfstandig thuis blijven wonen.",
        "Daarnaast wil het college dat mantelzorgers de zorg voor hun naaste langer volhouden."]
    assert analysis.ambition == []


LEAD = "Het college wil dat inwoners met een krappe beurs grip houden op hun vaste lasten."
ROWS = [["Huurders met een betalingsachterstand worden benaderd voordat er een deurwaarder aan te pas komt.",
         "aantal huisuitzettingen per jaar", "0"],
        ["Huishoudens in slecht geïsoleerde woningen hebben lagere energiekosten.", "besparing per huishouden", "€ 250"]]


def _lead_above(introduction: str, column: str) -> list[tuple[str, object]]:
    return [
        ("h1", "1 Aanleiding"),
        ("para", "Steeds meer inwoners van Testdorp komen niet rond. De wachtlijst bij de schuldhulp groeit."),
        ("h1", "2 Wat willen we bereiken?"),
        ("para", f"{LEAD} {introduction}"),
        ("table", [[column, "Indicator", "Streefwaarde 2028"], *ROWS]),
        ("h1", "3 Planning"),
        ("para", "Aanvragen ontvangen wij uiterlijk 1 oktober 2027."),
    ]


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_the_lead_sentence_above_the_goals_themselves_is_the_ambition(name, build):
    analysis = analyse_tender(build(_lead_above("Voor dit thema gelden de volgende doelen:", "Doel")), name)
    assert [goal.text for goal in analysis.goals] == [row[0] for row in ROWS]
    assert [item["text"] for item in analysis.ambition] == [LEAD]


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_the_lead_sentence_above_the_results_that_follow_it_is_a_goal(name, build):
    analysis = analyse_tender(build(_lead_above(
        "Om te volgen of dat lukt, verwachten wij de volgende resultaten van de aanvrager:", "Resultaat")), name)
    assert [goal.text for goal in analysis.goals] == [LEAD] + [row[0] for row in ROWS]
    assert analysis.ambition == []
