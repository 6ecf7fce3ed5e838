"""A monitoring table whose rows name the goals listed above it in short words of their own gives those goals their
indicator and target; its rows are no goals of their own (restated.py). A goal table of its own stays a goal list.
A sentence announcing the goal the next one states makes that sentence a goal (rule announced_goal)."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes

LOT_1 = ["Huishoudens in Testdorp houden grip op hun post, rekeningen en formulieren.",
         "Een betalingsachterstand groeit niet uit tot een schuld waardoor iemand zijn huis kwijtraakt.",
         "Inwoners met weinig geld krijgen de toeslagen en regelingen waar zij recht op hebben."]
LOT_2 = ["In Testdorp en ten minste twee kernen is wekelijks een inloop voor vragen over telefoon en computer."]
HEADER = ["Doel", "Indicator", "Streefwaarde 2031"]
ROWS = [["Huishoudens houden grip op hun post, rekeningen en formulieren",
         "aandeel afgesloten trajecten zonder nieuwe betalingsachterstanden", "80%"],
        ["Betalingsachterstand groeit niet uit tot schuld", "aantal huisuitzettingen wegens huurachterstand per jaar", "0"],
        ["Inloop in Testdorp en de kernen", "aantal bezoeken aan de inloop per jaar", "500"]]


def _open_house(lot_heading: str) -> list[tuple[str, object]]:
    return [
        ("h1", "3 Doelen"),
        ("para", "Het college wil met deze Open House de volgende doelen bereiken. De doelen zijn verdeeld over twee percelen."),
        (lot_heading, "Perceel 1 Grip op geld"), *[("bullet", goal) for goal in LOT_1],
        (lot_heading, "Perceel 2 Digitaal meedoen"), *[("bullet", goal) for goal in LOT_2],
        ("para", "De gemeente volgt de doelen met de indicatoren hieronder."),
        ("table", [HEADER, *ROWS]),
        ("h1", "4 Aanmelden"),
        ("para", "Aanmeldingen moeten uiterlijk 1 november 2027 binnen zijn."),
    ]


def _text(elements) -> str:
    lines = []
    for kind, value in elements:
        if kind == "table":
            lines += ["| " + " | ".join(row) + " |" for row in value]
        else:
            lines.append({"h1": "## ", "h2": "### ", "bullet": "- ", "bold": "**"}.get(kind, "") + value
                         + ("**" if kind == "bold" else ""))
    return "\n".join(lines)


def _check(analysis) -> None:
    texts = [goal.text.rstrip(".") for goal in analysis.goals]
    assert texts == [goal.rstrip(".") for goal in LOT_1 + LOT_2]
    by_text = {goal.text.rstrip("."): goal for goal in analysis.goals}
    assert by_text[LOT_1[0].rstrip(".")].target == "80%"
    assert by_text[LOT_1[1].rstrip(".")].indicator == "aantal huisuitzettingen wegens huurachterstand per jaar"
    assert by_text[LOT_2[0].rstrip(".")].target == "500"


@pytest.mark.parametrize("lot_heading", ["bold", "h2"])
def test_rows_restating_the_listed_goals_are_no_goals_in_docx(lot_heading):
    _check(analyse_tender(docx_bytes(_open_house(lot_heading)), "openhouse.docx"))


def test_rows_restating_the_listed_goals_are_no_goals_in_pdf():
    _check(analyse_tender(pdf_bytes(_open_house("h2")), "openhouse.pdf"))


def test_rows_restating_the_listed_goals_are_no_goals_in_pasted_text():
    _check(analyse_text(_text(_open_house("bold"))))


OWN_GOAL_TABLE = [
    ("h1", "2 Wat willen we bereiken?"),
    ("para", "Daarnaast wil het college dat vrijwillige inzet voor en door inwoners groeit en goed wordt ondersteund."),
    ("table", [["Doel", "Indicator", "Streefwaarde 2030"],
               ["Meer inwoners zetten zich in als vrijwilliger.", "aandeel inwoners dat vrijwilligerswerk doet", "30%"],
               ["Vrijwilligersorganisaties zijn toegerust om vrijwilligers te werven en te behouden.",
                "aantal organisaties met een vrijwilligersbeleid", "40"]]),
    ("h1", "3 Planning"),
    ("para", "Aanvragen ontvangen wij uiterlijk 1 oktober 2027."),
]


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_a_goal_table_of_its_own_under_a_prose_goal_keeps_its_rows(name, build):
    texts = [goal.text for goal in analyse_tender(build(OWN_GOAL_TABLE), name).goals]
    assert "Meer inwoners zetten zich in als vrijwilliger." in texts
    assert "Vrijwilligersorganisaties zijn toegerust om vrijwilligers te werven en te behouden." in texts


ANNOUNCED = [
    ("h1", "1 Aanleiding"),
    ("para", "Testeiland vergrijst sneller dan de rest van de regio; veel mantelzorgers zijn zelf op leeftijd."),
    ("h1", "2 Doelen per thema"),
    ("para", "Deze tender kent twee thema's. U kunt voor één of beide thema's een aanvraag doen."),
    ("h2", "Thema A Mantelzorg op het eiland"),
    ("para", "Mantelzorgers op Testeiland zorgen vaak zonder familie in de buurt. Het college stelt voor dit thema één doel. "
             "Mantelzorgers op het eiland hoeven voor steun niet naar de vaste wal. Respijt valt ook onder dit thema."),
    ("h2", "Thema B Omzien naar ouderen"),
    ("para", "In de kleine kernen kennen mensen elkaar. De gemeente wil daarom dat het volgende gebeurt. Ouderen die weinig "
             "mensen zien, krijgen een vast maatje dat hen elke week bezoekt. Daarbij denken wij aan vrijwilligers."),
    ("h1", "3 Planning"),
    ("para", "Aanvragen ontvangen wij uiterlijk 1 oktober 2027."),
]


@pytest.mark.parametrize("name, build", [("tender.docx", docx_bytes), ("tender.pdf", pdf_bytes), ("plak", None)])
def test_the_sentence_after_one_announcing_a_goal_is_that_goal(name, build):
    analysis = analyse_tender(build(ANNOUNCED), name) if build else analyse_text(_text(ANNOUNCED))
    texts = [goal.text for goal in analysis.goals]
    assert "Mantelzorgers op het eiland hoeven voor steun niet naar de vaste wal." in texts
    assert "Ouderen die weinig mensen zien, krijgen een vast maatje dat hen elke week bezoekt." in texts
    assert not any(text.startswith(("Respijt", "Daarbij", "Het college stelt")) for text in texts)
