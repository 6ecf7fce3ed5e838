"""How a goal is measured, written apart from the goal: a paragraph after it, a sub-item under it, a column named in
other words, one target column per year; and the kinds a tender gives its goals by its own headings."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender, analyse_text


def test_a_paragraph_measuring_the_goal_paragraph_before_it_is_no_goal_and_gives_its_indicator_and_target():
    analysis = analyse_text(
        "## 2. Wat willen wij bereiken?\n\n"
        "Doel 1 - Meer inwoners met lage basisvaardigheden nemen deel aan een taaltraject.\n\n"
        "Wij meten dit aan het aantal nieuwe deelnemers per jaar. Nu zijn dat er 130; ons streven is minimaal 240 in 2029.\n\n"
        "Doel 2 - Inwoners die digitaal niet mee kunnen, krijgen dichtbij huis hulp bij hun digitale zaken.\n\n"
        "Het gaat ons om ten minste 1.000 geholpen inwoners per jaar, verspreid over de kernen.\n")
    goals = analysis.goals
    assert [goal.text[:8] for goal in goals] == ["Meer inw", "Inwoners"]  # the labels apart
    assert goals[0].indicator == "aantal nieuwe deelnemers per jaar"
    assert goals[0].target.startswith("minimaal 240")
    assert goals[1].target == "ten minste 1.000 geholpen inwoners per jaar"


def test_sub_items_saying_how_a_numbered_goal_is_measured_are_no_goals_and_give_its_indicator():
    analysis = analyse_text(
        "## 1 Inleiding\n\nDe gemeente zet in op welzijn op recept.\n\nHuisartsen verwijzen naar een welzijnscoach.\n\n"
        "## 3 Wat willen we bereiken?\n\n"
        "1. Meer inwoners van 55 jaar en ouder bewegen voldoende.\n"
        "   - Meten we met: aandeel 55-plussers dat voldoet aan de beweegrichtlijn (Gezondheidsmonitor)\n"
        "   - Streefwaarde: 50% in 2030\n"
        "2. Inwoners blijven na afloop meedoen aan activiteiten in hun buurt.\n"
        "   - Meten we met: nog niet vastgesteld; de gemeente ontwikkelt hiervoor een indicator.\n"
        "## 4 Planning\n\nAanmelden kan vanaf 1 maart.\n\nDe gemeente besluit binnen acht weken.\n")
    goals = analysis.goals
    assert [goal.text for goal in goals] == ["Meer inwoners van 55 jaar en ouder bewegen voldoende.",
                                             "Inwoners blijven na afloop meedoen aan activiteiten in hun buurt."]
    assert (goals[0].indicator, goals[0].target) == ("aandeel 55-plussers dat voldoet aan de beweegrichtlijn", "50% in 2030")
    assert goals[1].indicator == ""


def test_a_tender_heading_its_effects_apart_from_its_results_gives_each_goal_that_kind():
    analysis = analyse_text(
        "## 3 Doelen en resultaten\n### 3.1 Beoogde maatschappelijke effecten\n"
        "1. Mantelzorgers raken niet overbelast.\n"
        "### 3.2 Resultaten\n"
        "| Nr. | Resultaat | Meetbaar via | Streefwaarde |\n"
        "| R1 | Mantelzorgers zijn tevreden over de ondersteuning. | gemiddeld rapportcijfer in de tevredenheidsmeting | 7,5 |\n"
        "| R2 | Mantelzorgers krijgen snel een eerste gesprek. | percentage aanmeldingen met een gesprek binnen 10 werkdagen | 90% |\n")
    kinds = [(goal.text[:22], goal.kind) for goal in analysis.goals]
    assert kinds == [("Mantelzorgers raken ni", "effect"), ("Mantelzorgers zijn tev", "output"),
                     ("Mantelzorgers krijgen ", "output")]
    assert analysis.goals[1].indicator == "gemiddeld rapportcijfer in de tevredenheidsmeting"


def test_a_tender_with_only_an_effects_heading_keeps_the_kind_its_wording_gives():
    analysis = analyse_text("## Beoogde effecten\n- Er zijn in elke wijk minimaal twee ontmoetingsplekken.\n"
                            "- Ouderen voelen zich minder eenzaam.\n")
    assert [goal.kind for goal in analysis.goals] == ["output", "effect"]


def test_of_target_columns_per_year_the_last_year_is_the_target():
    analysis = analyse_text(
        "## Maatschappelijke effecten\n"
        "| Nr. | Effect | Indicator | Nulmeting 2025 | Streefwaarde 2027 | Streefwaarde 2029 |\n"
        "| 1 | Minder inwoners voelen zich sterk eenzaam. | aandeel volwassenen dat zich sterk eenzaam voelt | 12% | 11% | 10% |\n")
    assert analysis.goals[0].target == "10%"


def _narrow_table_pdf() -> bytes:
    """A PDF whose goal table has columns so narrow that long words break inside, as a word processor exports it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "3 Beoogde effecten", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Mantelzorgers krijgen steun; de tabel noemt per effect de streefwaarde.", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    widths = (12, 22, 18)
    for row in (["Nr.", "Effect", "Streefwaarde"], ["1", "Mantelzorgers voelen zich gesteund.", "ten minste 80%"]):
        top, bottom, x = pdf.get_y(), pdf.get_y(), pdf.l_margin
        for width, text in zip(widths, row):
            pdf.set_xy(x + 1, top)
            pdf.multi_cell(width - 2, 5, text, new_x="LMARGIN", new_y="NEXT")
            bottom, x = max(bottom, pdf.get_y()), x + width
        pdf.set_y(bottom + 1)
    return bytes(pdf.output())


def test_words_a_narrow_pdf_column_broke_are_read_whole_where_the_document_uses_them():
    goal = analyse_tender(_narrow_table_pdf(), "leidraad.pdf").goals[0]
    assert goal.text == "Mantelzorgers voelen zich gesteund."
    assert goal.target == "ten minste 80%"


def test_a_list_of_what_a_subsidy_is_granted_for_names_activities_not_goals():
    analysis = analyse_text(
        "## Artikel 1 Inleiding\n\nDeze regeling gaat over geldzorgen.\n\nZij geldt voor 2028 en 2029.\n\n"
        "## Artikel 2 Thema's en beoogde resultaten\n\n"
        "Subsidie kan worden verstrekt voor activiteiten binnen de volgende thema's:\n"
        "a. vroegsignalering van geldzorgen;\nb. hulp bij thuisadministratie.\n\n"
        "Met thema a wil het college bereiken dat huishoudens met betalingsachterstanden eerder hulp krijgen.\n")
    assert [goal.text for goal in analysis.goals] == [
        "Met thema a wil het college bereiken dat huishoudens met betalingsachterstanden eerder hulp krijgen."]


def test_prose_around_a_goal_table_explains_its_goals_unless_it_states_one_of_its_own():
    analysis = analyse_text(
        "## 1 Inleiding\n\nDe regio koopt welzijn in.\n\nDe opdracht loopt vier jaar.\n\n"
        "## 3 Beoogde maatschappelijke effecten\n\n"
        "De sociale basis is sterk genoeg om kleine vragen op te vangen, zodat inwoners minder vaak een "
        "maatwerkvoorziening nodig hebben.\n\n"
        "| Nr. | Beoogd maatschappelijk effect | Indicator |\n"
        "| 1 | Ouderen voelen zich minder eenzaam. | aandeel eenzame 75-plussers |\n"
        "| 2 | Mantelzorgers houden de zorg langer vol. | aandeel overbelaste mantelzorgers |\n\n"
        "Naast deze effecten vragen wij één resultaat: in elke kern is er ten minste één vaste inloopplek.\n")
    assert [goal.text for goal in analysis.goals] == [
        "Ouderen voelen zich minder eenzaam.", "Mantelzorgers houden de zorg langer vol.",
        "In elke kern is er ten minste één vaste inloopplek."]  # the lead-in before the colon is no part of the goal


def test_a_figure_of_a_past_year_under_the_goals_is_their_baseline_not_a_goal():
    analysis = analyse_text(
        "## 1 Inleiding\n\nDe gemeente subsidieert ouderenwerk.\n\nDe regeling loopt twee jaar.\n\n"
        "## Artikel 2 Doel van de subsidie\n\n- Ouderen wonen langer zelfstandig thuis.\n"
        "- In 2024 woonde 88% van de inwoners van 75 jaar en ouder zelfstandig.\n")
    assert [goal.text for goal in analysis.goals] == ["Ouderen wonen langer zelfstandig thuis."]


def test_a_sentence_followed_by_how_it_is_measured_is_a_goal_with_the_figure_aimed_at_as_its_target():
    analysis = analyse_text(
        "## 1 Inleiding\n\nDe gemeente vraagt jeugdwerk.\n\nHet werk loopt vier jaar.\n\n"
        "## Jongeren van 12 tot 18 jaar\n\n"
        "Jongeren van 12 tot 18 jaar hebben een zinvolle vrijetijdsbesteding. De indicator is het aandeel jongeren dat "
        "zegt dat er genoeg te doen is. De nulmeting in 2025 was 41%; de streefwaarde is 55% in 2030.\n\n"
        "Kinderen spelen op een veilige plek in hun eigen wijk. Wij tellen daarvoor het aantal kinderen dat ten minste één "
        "keer per maand meedoet; wij streven naar ten minste 350 kinderen per jaar.\n")
    goals = [(goal.text[:8], goal.indicator, goal.target) for goal in analysis.goals]
    assert goals == [("Jongeren", "aandeel jongeren dat zegt dat er genoeg te doen is", "55% in 2030"),
                     ("Kinderen", "aantal kinderen dat ten minste één keer per maand meedoet", "ten minste 350 kinderen per jaar")]


def test_the_notes_to_a_regulation_restate_its_goals_and_set_none():
    analysis = analyse_text(
        "## Artikel 1 Begrippen\n\nIn deze regeling wordt verstaan onder ouderen: inwoners van 65 jaar en ouder.\n\n"
        "## Artikel 2 Doel\n\n- Ouderen wonen langer zelfstandig thuis.\n\n"
        "## Toelichting\n### Algemeen\n\nHet college wil dat ouderen zo lang mogelijk prettig en veilig thuis wonen.\n\n"
        "De regeling is in 2027 met de adviesraad besproken.\n")
    assert [goal.text for goal in analysis.goals] == ["Ouderen wonen langer zelfstandig thuis."]


def test_a_goal_table_flattened_into_lines_gives_each_row_its_goal_and_measure():
    analysis = analyse_text(
        "## 1 Inleiding\n\nDe gemeente koopt buurtbemiddeling in.\n\nHet werk loopt drie jaar.\n\n"
        "## 2 Doelen van buurtbemiddeling\n\nDoel Indicator Streefwaarde\n\n"
        "Burenconflicten worden opgelost voordat ze escaleren. percentage afgesloten zaken met een resultaat ten minste 70%\n\n"
        "Er komen minder meldingen van burenoverlast binnen. aantal meldingen van burenoverlast per jaar maximaal 310\n\n"
        "## 3 Planning\n\nOffertes ontvangen wij uiterlijk 1 oktober.\n")
    goals = [(goal.text, goal.indicator, goal.target) for goal in analysis.goals]
    assert goals == [
        ("Burenconflicten worden opgelost voordat ze escaleren.", "percentage afgesloten zaken met een resultaat",
         "ten minste 70%"),
        ("Er komen minder meldingen van burenoverlast binnen.", "aantal meldingen van burenoverlast per jaar", "maximaal 310")]
