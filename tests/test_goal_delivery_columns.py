"""A goal table whose rows state an effect and, in a column of their own, what the provider is asked to deliver for it
("Wat willen wij bereiken? | Wat vragen wij van u? | Zo meten wij de prestatie") holds two goals per row: the effect
and the output, each with its own measure; a monitoring line that names a goal by its label and then only a measure
("Thema B: het aandeel ... Wij streven naar 70%.") measures that goal and is no goal of its own; and criteria typed as
bold numbered lines under an unnumbered styled heading are read as its parts, their goals by kind where the text
names "de beoogde effecten" or "de gevraagde prestaties" (real .docx and .pdf files, pasted text)."""
from __future__ import annotations

import pytest

from proposal_builder import pipeline
from proposal_builder.tender import analyse_text
from proposal_builder.tender.goal import EFFECT, OUTPUT
from tests.tender_samples import docx_bytes, pdf_bytes

HEADER = ["Thema", "Wat willen wij bereiken?", "Wat vragen wij van u?", "Zo meten wij de prestatie"]
ROWS = [
    ["A. Samen eten", "Ouderen in Veldhoek die alleen wonen, voelen zich minder eenzaam",
     "Ten minste 120 ouderen per jaar eten wekelijks mee aan een buurttafel", "het aantal ouderen dat meeat"],
    ["B. Klussen", "Inwoners met een kleine beurs wonen veilig en prettig in hun huis",
     "Elke maand helpen vrijwilligers bij ten minste 40 kleine klussen in huis", "het aantal uitgevoerde klussen"],
]
EFFECTS = [row[1] for row in ROWS]
OUTPUTS = [row[2] for row in ROWS]
MONITORING = [
    "Thema A: het aandeel deelnemers dat zegt zich minder alleen te voelen. Wij streven naar 70% in 2029.",
    "Thema B: hiervoor vragen wij geen cijfer. Eén keer per jaar spreken wij bewoners over hun huis.",
]
CRITERIA = [
    ("1. Bijdrage aan de effecten – 40 punten",
     "In hoeverre draagt uw plan bij aan de beoogde effecten van de thema's waarvoor u aanvraagt?"),
    ("2. Bereik in de buurten – 35 punten", "Hoe levert u de gevraagde prestaties, en waar?"),
    ("3. Begroting – 25 punten", "Is de begroting realistisch en past zij bij het plan?"),
]


def _docx() -> bytes:
    elements = [("title", "Subsidietender Thuis in Veldhoek 2028"), ("h1", "De thema's"),
                ("para", "In de tabel staat per thema wat wij willen bereiken en wat wij van u vragen."),
                ("table", [HEADER, *ROWS]), ("h1", "Hoe volgen wij de effecten?"),
                *[("para", line) for line in MONITORING], ("h1", "Hoe beoordelen wij uw aanvraag?"),
                ("para", "De commissie kent ten hoogste 100 punten toe.")]
    for title, text in CRITERIA:
        elements += [("bold", title), ("para", text)]
    return docx_bytes(elements + [("h1", "Planning"), ("para", "Aanvragen kan tot en met 1 oktober 2027.")])


def _text() -> str:
    table = "\n".join("| " + " | ".join(row) + " |" for row in [HEADER, *ROWS])
    return ("# Subsidietender Thuis in Veldhoek 2028\n## De thema's\n"
            "In de tabel staat per thema wat wij willen bereiken en wat wij van u vragen.\n" + table +
            "\n## Hoe volgen wij de effecten?\n" + "\n".join(MONITORING) + "\n")


@pytest.mark.parametrize("source", ["docx", "pdf", "text"])
def test_a_row_with_an_effect_and_a_delivery_column_gives_the_effect_and_the_output(source):
    if source == "text":
        analysis = analyse_text(_text())
    else:
        data = _docx() if source == "docx" else pdf_bytes([  # a ruled table whose cells stand closer than a wide gap
            ("h1", "De thema's"), ("para", "In de tabel staat per thema wat wij willen bereiken en wat wij van u vragen."),
            ("table", [HEADER, *ROWS]), ("h1", "Hoe volgen wij de effecten?"), *[("para", m) for m in MONITORING]])
        analysis = pipeline.analyse(pipeline.read(data, f"tender.{source}"))
    goals = {goal.text.rstrip("."): goal for goal in analysis.goals}
    assert sorted(goals) == sorted(EFFECTS + OUTPUTS)
    assert [goals[text].kind for text in EFFECTS] == [EFFECT, EFFECT]
    assert [goals[text].kind for text in OUTPUTS] == [OUTPUT, OUTPUT]
    # the measure column is the delivery's, not the effect's
    assert goals[OUTPUTS[0]].indicator.endswith("aantal ouderen dat meeat")
    assert "meeat" not in goals[EFFECTS[0]].indicator


def test_a_measure_column_before_the_delivery_column_is_never_taken_for_the_delivery():
    """"Zo meten wij de prestatie" names a delivery word but says how it is measured: its cell, a sentence of its own
    here, is the output's measure, and the output is the cell of the column asking what the provider delivers."""
    header = ["Thema", "Wat willen wij bereiken?", "Zo meten wij de prestatie", "Wat vragen wij van u?"]
    rows = [[row[0], row[1], "Wij tellen elk kwartaal hoeveel ouderen meeten", row[2]] for row in ROWS[:1]]
    data = docx_bytes([("title", "Subsidietender Thuis in Veldhoek 2028"), ("h1", "De thema's"),
                       ("table", [header, *rows])])
    goals = {goal.text.rstrip("."): goal for goal in pipeline.analyse(pipeline.read(data, "tender.docx")).goals}
    assert sorted(goals) == sorted([EFFECTS[0], OUTPUTS[0]])
    assert goals[OUTPUTS[0]].kind == OUTPUT


def test_a_monitoring_line_naming_a_goal_by_its_label_and_a_measure_is_no_goal_but_that_goals_measure():
    analysis = pipeline.analyse(pipeline.read(_docx(), "tender.docx"))
    texts = " ".join(goal.text for goal in analysis.goals)
    assert "aandeel deelnemers" not in texts and "geen cijfer" not in texts
    # "Thema A: ..." under "Hoe volgen wij de effecten?" measures row A's effect, not its output
    goals = {goal.text.rstrip("."): goal for goal in analysis.goals}
    assert goals[EFFECTS[0]].indicator.endswith("aandeel deelnemers dat zegt zich minder alleen te voelen")
    assert goals[EFFECTS[0]].target == "70% in 2029"
    assert goals[OUTPUTS[0]].indicator.endswith("aantal ouderen dat meeat")


def test_a_labelled_goal_that_states_a_change_in_a_measure_is_still_a_goal():
    analysis = analyse_text("# Uitvraag\n## Doelen\nDoel 1: Het aantal inwoners dat zich meldt bij het taalhuis stijgt naar "
                            "300 per jaar.\nDoel 2: Inwoners kennen hun buren beter.\n")
    assert len(analysis.goals) == 2


def test_bold_numbered_criteria_under_an_unnumbered_heading_are_its_parts_with_goals_by_kind():
    analysis = pipeline.analyse(pipeline.read(_docx(), "tender.docx"))
    headings = {block.text: block.level for block in analysis.blocks if block.kind == "heading"}
    assert headings[CRITERIA[0][0]] == headings["Hoe beoordelen wij uw aanvraag?"] + 1
    by_weight = {criterion.weight: criterion for criterion in analysis.criteria}
    assert sorted(by_weight) == ["25 punten", "35 punten", "40 punten"]
    assert by_weight["40 punten"].name == "Bijdrage aan de effecten"  # the line's number is no part of the name
    kinds = [goal.kind for goal in analysis.goals]
    assert [kinds[n - 1] for n in by_weight["40 punten"].goals] == [EFFECT, EFFECT]
    assert [kinds[n - 1] for n in by_weight["35 punten"].goals] == [OUTPUT, OUTPUT]
    assert by_weight["25 punten"].goals == []


def test_bold_numbered_chapters_under_a_numbered_styled_heading_keep_their_own_depth():
    data = docx_bytes([("title", "Leidraad"), ("h1", "1 Inleiding"), ("para", "De gemeente koopt welzijnswerk in."),
                       ("bold", "2. Doelen"), ("para", "Inwoners voelen zich thuis in hun wijk.")])
    blocks = pipeline.read(data, "leidraad.docx")
    levels = {block.text: block.level for block in blocks if block.kind == "heading"}
    assert levels["2. Doelen"] == levels["1 Inleiding"]


SUB = "Q1.2 Bereikbaarheid in woonwijken, dorpskernen en scholengemeenschap (15%, ten hoogste 2 pagina's)"


def test_pdf_sub_criteria_in_bold_body_type_are_read_also_when_one_wraps_onto_a_second_line():
    """Bold sub-criterion lines under a summary table replace their parent, also the one whose title wraps in bold
    onto a lower-case second line; the paragraph sharing out quality and price names no criterion of its own."""
    data = pdf_bytes([
        ("h1", "E. Gunningscriteria"), ("h2", "E.1 Verdeling"),
        ("para", "De gemeenten beoordelen elke inschrijving op kwaliteit (70%) en prijs (30%). De kwaliteit wordt als "
                 "volgt verdeeld:"),
        ("table", [["Criterium", "Weging", "Maximale omvang"], ["Q1 Plan van aanpak", "35%", "7 pagina's"],
                   ["Q2 Samenwerking", "35%", "3 pagina's"], ["Prijs", "30%", "prijsblad"]]),
        ("para", "Q1 bestaat uit twee onderdelen, die elk afzonderlijk worden beoordeeld."),
        ("bold", "Q1.1 Aanpak van de beoogde effecten (20%, ten hoogste 5 pagina's)"),
        ("para", "Beschrijf per beoogd effect hoe u het gaat bereiken."),
        ("bold", SUB), ("para", "Beschrijf waar en hoe vaak u werkt."),
        ("bold", "Q2 Samenwerking"), ("para", "Beschrijf met wie u samenwerkt."),
    ])
    analysis = pipeline.analyse(pipeline.read(data, "leidraad.pdf"))
    found = [(c.name, c.weight, c.page_limit) for c in analysis.criteria]
    assert found == [("Aanpak van de beoogde effecten", "20%", 5),
                     ("Bereikbaarheid in woonwijken, dorpskernen en scholengemeenschap", "15%", 2),
                     ("Samenwerking", "35%", 3), ("Prijs", "30%", None)]


def test_a_monitoring_table_whose_first_column_names_the_lot_links_each_row_by_its_effect_or_prestatie_column():
    """"Perceel | Effect of prestatie | Indicator | Streefwaarde": the lot column is no goal number; the rows are matched to
    the goals by the column naming the effect or prestatie ("Effect 2 (overlast)"), within the right lot."""
    text = ("# Leidraad jeugdwerk\n## B.3 Perceel 1 Jongerenwerk\n### Beoogde effecten perceel 1\n"
            "1. Jongeren met zorgen vinden op tijd de weg naar passende hulp.\n"
            "2. Omwonenden in Oosterhage ervaren minder overlast van groepen jongeren.\n"
            "## B.4 Perceel 2 Schoolmaatschappelijk werk\n### Beoogde effecten perceel 2\n"
            "1. Leerlingen die veel verzuimen, gaan weer regelmatig naar school.\n"
            "## C. Monitoring en indicatoren\n"
            "| Perceel | Effect of prestatie | Indicator | Nulmeting | Streefwaarde |\n"
            "| 1 | Effect 1 (weg naar hulp) | aandeel jongeren dat na toeleiding bij de hulp is aangekomen | geen | 80% in 2031 |\n"
            "| 1 | Effect 2 (overlast) | aantal meldingen van jeugdoverlast in Oosterhage | 131 (2025) | ten hoogste 105 per jaar |\n"
            "| 2 | Effect 1 (verzuim) | aandeel begeleide leerlingen met minder verzuim | 71% | 90% in 2031 |\n")
    goals = analyse_text(text).goals
    assert [(g.indicator[:22], g.target) for g in goals] == [
        ("aandeel jongeren dat n", "80% in 2031"), ("aantal meldingen van j", "ten hoogste 105 per jaar"),
        ("aandeel begeleide leer", "90% in 2031")]


@pytest.mark.parametrize("name, kind", [("Kwaliteitsinterview", "interview"), ("Eindpresentatie", "interview"),
                                        ("Verificatiegesprek", "interview"), ("Interview", "interview"),
                                        ("Werkwijze keukentafelgesprek", "quality"), ("Prijs", "price")])
def test_an_interview_named_in_a_compound_is_an_interview_criterion(name, kind):
    from proposal_builder.tender.extraction.criterion_details import criterion_kind
    assert criterion_kind(name) == kind


def test_all_three_goals_beside_three_effects_and_three_outputs_are_the_effects_in_every_run():
    """"Dit criterium geldt voor alle drie doelen" with three effects and three outputs read: the effects. The kinds were
    tried in a set's order, which changes with each process's string hashing, so the answer flipped between runs: the
    check runs in processes with different hash seeds."""
    import os
    import subprocess
    import sys
    script = ("from proposal_builder.tender import Goal\n"
              "from proposal_builder.tender.extraction.criterion_details import all_goals\n"
              "from proposal_builder.tender.extraction.goal_labels import GoalLabels\n"
              "goals = [Goal(f'Doel {n}', kind='effect' if n <= 3 else 'output') for n in range(1, 7)]\n"
              "print(all_goals('Dit criterium geldt voor alle drie doelen.', goals, GoalLabels(goals, [])))\n")
    answers = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert answers == {"[1, 2, 3]"}
