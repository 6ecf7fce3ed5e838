"""A paragraph that opens with its goal's number ("Doelstelling 2 — …", any dash) states that goal, as a
list item with such a label does; the label is not part of the goal."""
from __future__ import annotations

from proposal_builder import pipeline
from tests.tender_samples import docx_bytes

GOALS = ["Huishoudens met betalingsachterstanden zoeken sneller hulp, zodat hun schulden niet verder oplopen.",
         "Werknemers met geldzorgen worden eerder geholpen, omdat hun werkgever signalen van financiële "
         "problemen herkent.",
         "Mannen die er alleen voor staan, hebben weer mensen om zich heen bij wie zij hun verhaal kwijt kunnen.",
         "Geweld achter de voordeur wordt in de buurt eerder gezien en bespreekbaar gemaakt."]


def test_paragraphs_numbered_as_goals_with_an_em_dash_are_each_a_goal_without_the_label():
    data = docx_bytes([
        ("title", "Aanbestedingsleidraad Sociaal werk Brakelsveen 2027"),
        ("h1", "Doelstellingen"),
        ("para", "De gemeente wil met deze opdracht de volgende doelstellingen bereiken."),
        *[("para", f"Doelstelling {n} — {text}") for n, text in enumerate(GOALS, start=1)],
        ("h1", "Procedure"), ("para", "Inschrijven kan tot en met 24 april 2026, 10.00 uur."),
    ])
    analysis = pipeline.analyse(pipeline.read(data, "leidraad.docx"))
    assert [goal.text for goal in analysis.goals] == GOALS


def test_an_en_dash_and_a_colon_label_a_goal_paragraph_too():
    data = docx_bytes([
        ("title", "Uitvraag Welzijn 2027"), ("h1", "Wat wij willen bereiken"),
        ("para", f"Doel 1 – {GOALS[0]}"), ("para", f"Doel 2: {GOALS[2]}"),
    ])
    analysis = pipeline.analyse(pipeline.read(data, "uitvraag.docx"))
    assert [goal.text for goal in analysis.goals] == [GOALS[0], GOALS[2]]
