"""Targets as the value aimed at (baseline left out), tied to the goal the tender names: a paragraph pointing at a goal
by its place in its own list ("Het eerste resultaat meten wij met ..."), labelled lines pasted under a goal, a results
table with goals of its own; in .docx (prose and table), PDF and pasted text."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.baselines import without_baseline

from .tender_samples import docx_bytes, pdf_bytes

MONITORED = [
    ("h1", "2 Wat wil de gemeente bereiken"),
    ("para", "De gemeente beschrijft hieronder de effecten en de resultaten van de Open House."),
    ("bold", "Effecten"),
    ("bullet", "Inwoners in een kwetsbare positie hebben meer sociale contacten en voelen zich minder eenzaam."),
    ("bullet", "Inwoners houden grip op hun administratie, zodat geldproblemen niet groter worden."),
    ("bold", "Resultaten"),
    ("bullet", "Inwoners die daarom vragen, worden gekoppeld aan een vrijwillig maatje."),
    ("bullet", "Inwoners krijgen hulp bij hun thuisadministratie van een getrainde vrijwilliger."),
    ("bold", "Monitoring"),
    ("para", "De gemeente volgt de resultaten twee keer per jaar. Het eerste resultaat meten wij met het aandeel "
             "koppelingen dat binnen vier weken tot stand komt; de streefwaarde is 85%. Het tweede resultaat meten wij "
             "met het aantal afgeronde trajecten thuisadministratie; de streefwaarde is 220 per jaar."),
    ("para", "Het eerste effect volgen wij met het aandeel inwoners dat zich ernstig eenzaam voelt (2024: 11%)."),
]


def _text(elements) -> str:
    lines = []
    for kind, value in elements:
        lines += [f"- {value}" if kind == "bullet" else f"**{value}**" if kind == "bold" else value, ""]
    return "\n".join(lines)


def _analyse(fmt: str, elements):
    if fmt == "docx":
        return analyse_tender(docx_bytes(elements), "openhouse.docx")
    if fmt == "pdf":
        return analyse_tender(pdf_bytes([("h2" if k == "bold" else k, v) for k, v in elements]), "openhouse.pdf")
    return analyse_text(_text(elements))


def _values(analysis) -> dict[str, tuple[str, str]]:
    return {goal.text[:20]: (goal.indicator, goal.target) for goal in analysis.goals}


@pytest.mark.parametrize("fmt", ["docx", "pdf", "text"])
def test_a_paragraph_pointing_at_a_result_by_its_place_gives_that_result_its_values(fmt):
    values = _values(_analyse(fmt, MONITORED))
    assert values["Inwoners die daarom "] == ("aandeel koppelingen dat binnen vier weken tot stand komt", "85%")
    assert values["Inwoners krijgen hul"] == ("aantal afgeronde trajecten thuisadministratie", "220 per jaar")
    # "het eerste effect" counts in the list of effects, and its baseline in brackets is no target
    assert values["Inwoners in een kwet"] == ("aandeel inwoners dat zich ernstig eenzaam voelt", "")


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_cell_or_sentence_keeps_the_value_aimed_at_and_its_year_without_the_baseline(fmt):
    elements = [
        ("h1", "3 Doelen"),
        ("para", "De gemeente wil de volgende doelen bereiken."),
        ("table", [["Nr.", "Doel", "Indicator", "Streefwaarde"],
                   ["1", "Jongeren in Kanaalzijde sporten vaker bij een vereniging.", "aandeel jongeren dat lid is van "
                    "een sportvereniging", "55% (2024: 46%)"],
                   ["2", "Ouderen vallen minder vaak en blijven zelfstandig in beweging.", "aandeel 75-plussers dat in het "
                    "afgelopen jaar viel", "28% in 2030 (2024: 33%)"]]),
    ]
    if fmt == "text":
        analysis = analyse_text("# 3 Doelen\n\nDe gemeente wil de volgende doelen bereiken.\n\n" + "\n".join(
            "| " + " | ".join(row) + " |" for row in elements[2][1]))
    else:
        analysis = _analyse(fmt, elements)
    assert [goal.target for goal in analysis.goals] == ["55%", "28% in 2030"]


def test_the_baseline_a_target_starts_from_or_stands_beside_is_left_out():
    assert without_baseline("daalt van 12 naar 9 procent in 2029") == "9 procent in 2029"
    assert without_baseline("Daling van 12% (2024) naar 9%") == "9%"
    assert without_baseline("van 45 procent bij de start naar 20 procent na een jaar") == "20 procent na een jaar"
    assert without_baseline("12% (2024: 15%) Met nieuwkomers bedoelen wij de statushouders.") == "12%"
    assert without_baseline("300 (2027 en 2028 samen)") == "300 (2027 en 2028 samen)"  # a period, no baseline
    assert without_baseline("daalt met 20% ten opzichte van 2026") == "daalt met 20% ten opzichte van 2026"


@pytest.mark.parametrize("fmt", ["docx", "pdf", "text"])
def test_labelled_lines_under_a_goal_are_its_values_and_never_headings(fmt):
    elements = [
        ("h1", "Wat willen wij bereiken?"),
        ("para", "Per thema beschrijven wij het beoogde effect, de indicator en de streefwaarde."),
        ("h2", "Thema A – Ontmoeten in de buurt"),
        ("para", "Beoogd effect: Inwoners die weinig contact hebben, ontmoeten anderen in hun eigen buurt."),
        ("para", "Indicator: aandeel volwassen inwoners dat zich sterk eenzaam voelt"),
        ("para", "Streefwaarde: 9% in 2030"),
        ("h2", "Thema B – Ouderen blijven meedoen"),
        ("para", "Beoogd effect: Ouderen die alleen wonen, blijven meedoen aan activiteiten in de wijk."),
        ("para", "Indicator: aandeel alleenwonende ouderen dat wekelijks meedoet aan een activiteit"),
        ("para", "Streefwaarde: 40% in 2030"),
    ]
    analysis = _analyse(fmt, elements)
    assert [goal.target for goal in analysis.goals] == ["9% in 2030", "40% in 2030"]
    assert not [block for block in analysis.blocks if block.kind == "heading" and block.text.startswith("Streefwaarde")]


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_results_table_numbering_its_own_rows_gives_nothing_to_the_goals_above_it(fmt):
    elements = [
        ("h1", "2 Wat wil de gemeente bereiken"),
        ("para", "Met deze opdracht wil de gemeente bereiken dat mantelzorgers de zorg voor hun naaste langer volhouden. "
                 "Ook wil de gemeente dat jonge mantelzorgers eerder worden herkend en ondersteund."),
        ("para", "Het eerste doel volgen wij met de Gezondheidsmonitor: het aandeel mantelzorgers dat zich zwaar belast "
                 "voelt, moet in 2030 zijn gedaald naar 10%."),
        ("para", "Om deze doelen te bereiken verwacht de gemeente de volgende resultaten:"),
        ("table", [["Nr.", "Resultaat", "Indicator", "Streefwaarde per jaar"],
                   ["1", "Mantelzorgers krijgen een persoonlijk gesprek met een consulent.", "Aantal gesprekken", "350"],
                   ["2", "Mantelzorgers maken gebruik van respijtzorg door vrijwilligers.", "Aantal uren respijtzorg",
                    "6.000"]]),
    ]
    if fmt == "text":
        analysis = analyse_text("\n\n".join(["# " + elements[0][1], elements[1][1], elements[2][1], elements[3][1]]) +
                                "\n\n" + "\n".join("| " + " | ".join(row) + " |" for row in elements[4][1]))
    else:
        analysis = _analyse(fmt, elements)
    values = _values(analysis)
    assert values["Met deze opdracht wi"] == ("aandeel mantelzorgers dat zich zwaar belast voelt", "10% in 2030")
    assert values["Ook wil de gemeente "] == ("", "")
    assert values["Mantelzorgers krijge"] == ("Aantal gesprekken", "350")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "text"])
def test_a_measure_named_for_a_goal_by_its_number_wins_over_its_own_sentence_and_words_count_as_numbers(fmt):
    elements = [
        ("h1", "2 Doelstellingen"),
        ("para", "De gemeenten hebben de volgende doelstellingen:"),
        ("number", ("1.", "Buren lossen hun conflicten vaker zelf op.")),
        ("number", ("2.", "Het aantal burenruzies waarbij de politie moet ingrijpen, neemt af.")),
        ("number", ("3.", "In elke gemeente is een team van getrainde vrijwillige bemiddelaars actief.")),
        ("para", "Doelstelling 2 volgen zij met het aantal meldingen van burenoverlast bij de politie; een streefwaarde "
                 "is daarvoor niet vastgesteld. Doelstelling 3 meten de gemeenten met het aantal actieve bemiddelaars, met "
                 "als streefwaarde ten minste acht in Heggerveen en ten minste vijf in Duivenhoek."),
    ]
    if fmt == "docx":
        elements = [(k, v[1] if k == "number" else v) for k, v in elements]
    if fmt == "text":
        analysis = analyse_text("\n\n".join(f"{v[0]} {v[1]}" if k == "number" else v for k, v in elements))
    else:
        analysis = _analyse(fmt, elements)
    values = _values(analysis)
    assert values["Het aantal burenruzi"][0] == "aantal meldingen van burenoverlast bij de politie"
    assert values["In elke gemeente is "][1] == "ten minste acht in Heggerveen en ten minste vijf in Duivenhoek"


def test_a_short_title_with_a_colon_above_text_stays_a_heading_in_pasted_text():
    analysis = analyse_text("Offerteaanvraag jongerenwerk\n\nUw offerte: de vragen\n\nBeschrijf hoe u het jongerenwerk in de "
                            "wijk vormgeeft en hoe u jongeren bereikt die niet vanzelf komen.\n\nStreefwaarde: 40% in 2030\n\n"
                            "Wij volgen dit met de jaarlijkse Jeugdmonitor van de GGD in de regio.\n")
    headings = [block.text for block in analysis.blocks if block.kind == "heading"]
    assert "Uw offerte: de vragen" in headings and "Streefwaarde: 40% in 2030" not in headings


@pytest.mark.parametrize("fmt", ["docx", "pdf", "text"])
def test_the_year_set_for_a_value_in_its_sentence_stays_with_it(fmt):
    goals = ["Mantelzorgers houden de zorg voor hun naaste vol zonder zelf overbelast te raken.",
             "Inwoners die eenzaam zijn, vinden een maatje in hun eigen buurt."]
    elements = [("h1", "2 Doelen"), ("para", "De gemeente wil met deze opdracht de volgende doelen bereiken.")] + \
        [("bullet", goal) for goal in goals] + [
        ("para", "Bij het eerste doel volgen wij het aandeel mantelzorgers dat zich zwaar belast voelt. De streefwaarde "
                 "voor 2031 is 12% (2024: 16%). Bij het tweede doel telt de gemeente het aantal koppelingen; dat aantal "
                 "moet in 2030 ten minste 240 zijn."),
    ]
    values = _values(_analyse(fmt, elements))
    assert values["Mantelzorgers houden"] == ("aandeel mantelzorgers dat zich zwaar belast voelt", "12% in 2031")
    assert values["Inwoners die eenzaam"] == ("aantal koppelingen", "ten minste 240 in 2030")


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_result_cell_naming_its_measure_in_words_with_a_number_and_a_dash_cell(fmt):
    rows = [["Nr.", "Maatschappelijk effect", "Resultaat eind 2031"],
            ["1", "Inwoners kunnen na afsluiting van de hulp hun situatie zelf weer aan.",
             "Aandeel cliënten dat binnen een jaar na afsluiting niet terugkomt met dezelfde vraag: 80%"],
            ["2", "Meer inwoners doen vrijwilligerswerk in hun eigen buurt.", "—"]]
    if fmt == "docx":
        analysis = analyse_tender(docx_bytes([("h1", "3 Doelen"), ("table", rows)]), "leidraad.docx")
    else:
        analysis = analyse_text("# 3 Doelen\n\n" + "\n".join("| " + " | ".join(row) + " |" for row in rows))
    assert [(goal.indicator, goal.target) for goal in analysis.goals] == [
        ("Aandeel cliënten dat binnen een jaar na afsluiting niet terugkomt met dezelfde vraag", "80%"), ("", "")]


def test_a_school_years_baseline_in_brackets_is_left_out():
    assert without_baseline("85% (schooljaar 2025/2026: 78%)") == "85%"
    assert without_baseline("90% in 2031 (2026: 71%)") == "90% in 2031"
