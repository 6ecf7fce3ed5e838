"""Dutch keyword terms: direction words left out of queries, exact-words check, text to embed."""
import pytest

from knowledge_base.keywords import fts_query, matching_words, names_every_term, query_terms, stem, topic_text


def test_direction_words_are_left_out_of_the_keyword_query():
    assert query_terms("Minder voortijdig schoolverlaters") == [stem("voortijdig"), stem("schoolverlaters")]
    assert "minder" not in fts_query("Het aantal inwoners dat zich eenzaam voelt daalt")
    assert "daalt" not in fts_query("Het aantal inwoners dat zich eenzaam voelt daalt")


@pytest.mark.parametrize("goal, expected", [
    ("Minder kinderen met overgewicht", "kinderen met overgewicht"),
    ("De sociale samenhang in de wijk neemt toe", "De sociale samenhang in de wijk"),
    ("Naasten kunnen de zorg af en toe overdragen", "Naasten kunnen de zorg af en toe overdragen"),
    ("minder", "minder"),
])
def test_topic_text_drops_direction_phrases_but_keeps_other_uses(goal, expected):
    assert topic_text(goal) == expected


def test_names_every_term_needs_all_meaningful_query_words():
    text = "VVE Thuis. Ouderprogramma bij de voor- en vroegschoolse educatie voor peuters."
    assert names_every_term(text, "VVE")
    assert names_every_term(text, "VVE voor peuters")  # stop words and stems: peuter(s)
    assert not names_every_term(text, "VVE voor kleuters")
    assert not names_every_term(text, "de")  # a query without meaningful words names nothing


def test_names_every_term_matches_long_stems_as_prefix():
    assert names_every_term("Mantelzorgondersteuning in de wijk", "mantelzorg")


@pytest.mark.parametrize("goal, expected", [
    ("Minimaal 250 mantelzorgers per jaar ontvangen respijtzorg.", "mantelzorgers ontvangen respijtzorg."),
    ("Minstens 70 procent van de bemiddelde conflicten is opgelost.", "bemiddelde conflicten is opgelost."),
    ("Het aandeel jongeren dat zich veilig voelt stijgt van 71% in 2025 naar 80% in 2029 (Jeugdmonitor).",
     "Het aandeel jongeren dat zich veilig voelt (Jeugdmonitor)."),
    ("Eenzaamheid onder 75-plussers en 65+ neemt af", "Eenzaamheid onder 75-plussers en 65+"),
])
def test_topic_text_drops_quantities_but_keeps_age_groups(goal, expected):
    assert topic_text(goal) == expected


def test_joining_words_are_never_shown_as_shared_words():
    goal = "Ouderen ontmoeten elkaar in de wijk, zodat zij minder eenzaam zijn, waarbij vrijwilligers helpen"
    record = "Vrijwilligers organiseren een wekelijkse inloop zodat ouderen uit de wijk elkaar ontmoeten."
    assert matching_words(record, goal) == {"vrijwilligers", "ouderen", "wijk", "elkaar", "ontmoeten"}
