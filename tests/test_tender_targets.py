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
    assert _values(analyse_text(text)) == [("aandeel ouders dat weet waar ze terechtkunnen", "van 61% naar 75% in 2029"),
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
        ("aandeel mantelzorgers dat zich voldoende ondersteund voelt in de monitor", "van 58% in 2024 naar 65% in 2030")]


def test_a_result_cell_holding_what_is_measured_and_its_value_gives_both():
    text = ("# Leidraad\n\n## 2.2 Beoogde maatschappelijke effecten\n\n| | Maatschappelijk effect | Resultaat eind 2031 |\n"
            "| A | Inwoners met problemen op meerdere leefgebieden krijgen snel passende hulp. | Wachttijd tot het eerste "
            "gesprek: ten hoogste 10 werkdagen |\n| B | Het maatschappelijk werk is fysiek aanwezig in alle kernen van "
            "beide gemeenten. | Minimaal één spreekuur per twee weken per kern |\n")
    assert _values(analyse_text(text)) == [("Wachttijd tot het eerste gesprek", "ten hoogste 10 werkdagen"),
                                           ("", "Minimaal één spreekuur per twee weken per kern")]
