"""Per goal its indicator and target from tables that are not the goal's own row."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes


def _values(analysis) -> list[tuple[str, str]]:
    return [(goal.indicator, goal.target) for goal in analysis.goals]


def test_a_monitoring_table_with_phrases_as_headers_and_short_names_gives_the_goals_their_values():
    text = ("# Subsidieoproep\n\n## Wat willen we bereiken?\n\n- Ouders vinden snel hulp in hun eigen wijk.\n"
            "- In elke wijk is er elke week een opvoedspreekuur.\n\n## Hoe meten we dat?\n\n"
            "Doel\tWat we meten\tWaar we naartoe willen\n"
            "Hulp dichtbij\taandeel ouders dat weet waar ze terechtkunnen\tvan 61% naar 75% in 2029\n"
            "Opvoedspreekuren\taantal spreekuren per week per wijk\t1\n")
    assert _values(analyse_text(text)) == [("aandeel ouders dat weet waar ze terechtkunnen", "75% in 2029"),
                                           ("aantal spreekuren per week per wijk", "1")]


def test_label_and_value_rows_after_the_only_goal_of_a_section_are_its_indicator_and_target():
    elements = [("h1", "3 Resultaten"), ("h2", "Resultaat 1.1 Eerder in beeld"),
                ("para", "Mantelzorgers zijn eerder in beeld bij het steunpunt."),
                ("para", "Toelichting: veel mantelzorgers zien zichzelf niet als mantelzorger. Herkenning via huisartsen, "
                         "scholen, werkgevers en apotheken is daarom belangrijk."),
                ("table", [["Indicator", "aantal mantelzorgers dat voor het eerst contact heeft met het steunpunt"],
                           ["Streefwaarde", "2.400 nieuwe mantelzorgers per jaar"], ["Bron", "registratie"]]),
                ("h2", "Resultaat 1.2 Dichtbij"), ("para", "Mantelzorgers voelen zich gesteund in hun eigen gemeente."),
                ("table", [["Indicator", "aandeel mantelzorgers dat zich voldoende ondersteund voelt in de monitor"],
                           ["Streefwaarde", "van 58% in 2024 naar 65% in 2030"], ["Bron", "Gezondheidsmonitor"]])]
    assert _values(analyse_tender(docx_bytes(elements))) == [
        ("aantal mantelzorgers dat voor het eerst contact heeft met het steunpunt", "2.400 nieuwe mantelzorgers per jaar"),
        ("aandeel mantelzorgers dat zich voldoende ondersteund voelt in de monitor", "65% in 2030")]


def test_a_result_cell_holding_what_is_measured_and_its_value_gives_both():
    text = ("# Leidraad\n\n## 2.2 Beoogde maatschappelijke effecten\n\n| | Maatschappelijk effect | Resultaat eind 2031 |\n"
            "| A | Inwoners met problemen op meerdere leefgebieden krijgen snel passende hulp. | Wachttijd tot het eerste "
            "gesprek: ten hoogste 10 werkdagen |\n| B | Het maatschappelijk werk is fysiek aanwezig in alle kernen van "
            "beide gemeenten. | Minimaal één spreekuur per twee weken per kern |\n")
    assert _values(analyse_text(text)) == [("Wachttijd tot het eerste gesprek", "ten hoogste 10 werkdagen"),
                                           ("", "Minimaal één spreekuur per twee weken per kern")]


def test_a_line_pointing_at_a_lettered_result_gives_that_result_its_indicator_not_the_item_above_it():
    text = ("Van: Inkoop Sociaal Domein Brakelsveen-Tervoorde\nOnderwerp: Open House Meedoen en rondkomen - uitnodiging\n\n"
            "Geachte heer, mevrouw,\n\nNamens de gemeenten Brakelsveen en Tervoorde nodigen wij u uit om toe te treden tot "
            "de Open House Meedoen en rondkomen 2027-2030. Hieronder leest u waar het om gaat.\n\n"
            "THEMA'S EN BEOOGDE RESULTATEN\nU kunt toetreden voor een of meer van de onderstaande thema's.\n\n"
            "Thema 1 Digitaal meedoen\n"
            "a) Ten minste 400 ouderen per jaar krijgen les of persoonlijke hulp bij het gebruik van hun telefoon, tablet of computer\n"
            "b) Ouderen die moeite hebben met computers en smartphones, kunnen zelf hun bankzaken, afspraken en contact met de "
            "overheid online regelen\n"
            "Voor resultaat a) tellen wij het aantal unieke deelnemers per jaar in beide gemeenten samen.\n\n"
            "TOETREDINGSEISEN\n1. U bent ingeschreven in het Handelsregister van de Kamer van Koophandel.\n"
            "2. U werkt volgens de Meldcode huiselijk geweld en kindermishandeling.\n\n"
            "PLANNING\nAanbieders die aan de voorwaarden voldoen, kunnen zich het hele jaar aanmelden via het portaal van de "
            "gemeenten; de gemeenten beoordelen elke aanmelding binnen zes weken en laten de aanbieder schriftelijk weten of hij "
            "is toegelaten.\nDe eerste overeenkomsten gaan in op 1 januari 2027.\n")
    goals = analyse_text(text).goals
    assert [(g.text[:30], g.indicator) for g in goals] == [
        ("Ten minste 400 ouderen per jaa", "aantal unieke deelnemers per jaar in beide gemeenten samen"),
        ("Ouderen die moeite hebben met ", "")]


BRINKHAVEN = ("# Open House Jongerenwerk\n\n## 1 Inleiding\n\nBrinkhaven telt vier wijken met elk een jongerencentrum.\n\n"
              "## 3 Thema's en resultaten\n\n### Thema 1 Ontmoeting\n\n"
              "- Resultaat 1.1 – In elk van de vier wijken is er ten minste drie avonden per week een open inloop voor jongeren.\n"
              "- Resultaat 1.2 – Jongeren voelen zich welkom in het jongerenwerk en organiseren zelf activiteiten.\n\n"
              "Bij resultaat 1.2 volgen wij het aandeel activiteiten dat door jongeren zelf is georganiseerd. Wij streven naar "
              "30 procent in 2030.\n\n### Thema 2 Talentontwikkeling\n\n| Resultaat | Indicator | Streefwaarde 2030 |\n"
              "| 2.1 Jongeren ontdekken hun talenten en ontwikkelen vaardigheden voor school of werk. | aantal jongeren dat een "
              "talenttraject afrondt | 80 per jaar |\n"
              "| 2.2 Jongeren die dreigen uit te vallen, worden op tijd opgemerkt en doorverwezen. | aandeel doorverwezen jongeren "
              "dat na drie maanden nog in beeld is | nog niet bekend |\n\n## 4 Planning\n\nAanmelden kan vanaf 1 maart 2027.\n")


def test_a_result_named_by_its_dotted_code_gets_its_figures_and_a_row_coded_2_2_is_not_goal_2():
    goals = analyse_text(BRINKHAVEN).goals
    assert [(g.text[:25], g.indicator, g.target) for g in goals][:2] == [
        ("In elk van de vier wijken", "", "ten minste drie avonden per week"),
        ("Jongeren voelen zich welk", "aandeel activiteiten dat door jongeren zelf is georganiseerd", "30 procent in 2030")]


def test_a_sentence_pointing_at_two_coded_goals_gives_neither_its_figures():
    goals = analyse_text("# Subsidieregeling\n\n## Artikel 2 Doelen\n\n### Doel A1\n\nInwoners hebben een plek in de buurt "
                         "waar zij anderen ontmoeten.\n\n### Doel A2\n\nInwoners voelen zich veilig en prettig in hun buurt.\n\n"
                         "## Toelichting\n\nVoor doel A1 en doel A2 stelt het college de streefwaarde vast na de Burgerpeiling "
                         "van 2028, met als indicator het rapportcijfer.\n\n## Planning\n\nAanvragen kan tot 1 juni 2027.\n").goals
    assert [(g.indicator, g.target) for g in goals] == [("", ""), ("", "")]


STATED_TARGET = ("# Aanbestedingsleidraad\n\n## Opgave A: Opgroeien\n\n"
                 "Kinderen en jongeren gaan met plezier naar school en blijven niet thuis zitten.\n\n"
                 "De streefwaarde voor 2030 is 85%; op 1 januari 2025 was dat 71%.\n\n"
                 "Ouders weten waar zij met vragen over opvoeden terechtkunnen.\n")


def test_a_sentence_stating_the_streefwaarde_is_no_goal_in_pasted_text_and_docx():
    expected = ["Kinderen en jongeren gaan met plezier naar school en blijven niet thuis zitten.",
                "Ouders weten waar zij met vragen over opvoeden terechtkunnen."]
    elements = [("h1", "Opgave A: Opgroeien"), ("para", expected[0]),
                ("para", "De streefwaarde voor 2030 is 85%; op 1 januari 2025 was dat 71%."), ("para", expected[1])]
    for analysis in (analyse_text(STATED_TARGET), analyse_tender(docx_bytes(elements), "leidraad.docx")):
        assert [goal.text for goal in analysis.goals] == expected
