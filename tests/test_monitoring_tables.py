"""A monitoring table elsewhere in a tender gives its goals their indicator and target, however it names them."""
from proposal_builder.tender import analyse_text

LETTERS = """Beleidsregel Vrijwillige inzet Noordermeer

Artikel 2 Doelen
Met deze beleidsregel wil het college de volgende doelen bereiken:
a. Meer inwoners doen vrijwilligerswerk dat bij hen past.
b. Minder vrijwilligersorganisaties hebben een tekort aan vrijwilligers.
c. Mantelzorgers zijn bekend bij het Steunpunt Mantelzorg.

Artikel 11 Prestatie-indicatoren
Het college volgt de bijdrage aan de doelen met de volgende indicatoren:

| Doel | Prestatie-indicator | Streefwaarde 2028 |
| --- | --- | --- |
| a | Aantal bemiddelingen naar vrijwilligerswerk | 175 |
| b | – | ten hoogste 25% |
| c | Aantal mantelzorgers geregistreerd bij het Steunpunt | n.t.b. |
"""

NAMED = """Subsidietender Sociale basis Ameldonk

Doelen
- Inwoners die zich eenzaam voelen, hebben weer betekenisvolle contacten.
- In elke kern is een laagdrempelige ontmoetingsplek.
- Inwoners met geldzorgen vragen eerder om hulp.
- Mantelzorgers van mensen met dementie kunnen hun zorgtaak langer volhouden.
- Jonge mantelzorgers zijn in beeld en krijgen steun.

Monitoring
Wij volgen per doel de voortgang met de indicatoren in de onderstaande tabel.

| Thema | Doel | Indicator | Streefwaarde eind 2029 |
| --- | --- | --- | --- |
| A | Minder eenzaamheid | Aandeel deelnemers dat zich minder eenzaam voelt | 60% |
| A | Ontmoetingsplekken in alle kernen | Aantal kernen met een ontmoetingsplek | 4 van de 4 kernen |
| C | Mantelzorgers houden het vol | Aandeel mantelzorgers dat de zorg vol kan houden | 75% |
| C | Jonge mantelzorgers in beeld | Aantal bekende jonge mantelzorgers | 120 |
"""


def test_rows_keyed_by_the_goals_letters_fill_them_and_a_dash_or_ntb_is_no_value():
    goals = analyse_text(LETTERS).goals
    assert [(g.indicator, g.target) for g in goals] == [
        ("Aantal bemiddelingen naar vrijwilligerswerk", "175"), ("", "ten hoogste 25%"),
        ("Aantal mantelzorgers geregistreerd bij het Steunpunt", "")]


def test_rows_naming_goals_in_their_own_words_are_matched_in_order_and_a_goal_left_out_gets_nothing():
    goals = analyse_text(NAMED).goals
    assert [(g.indicator, g.target) for g in goals] == [
        ("Aandeel deelnemers dat zich minder eenzaam voelt", "60%"),
        ("Aantal kernen met een ontmoetingsplek", "4 van de 4 kernen"),
        ("", ""),  # geldzorgen: no row
        ("Aandeel mantelzorgers dat de zorg vol kan houden", "75%"),
        ("Aantal bekende jonge mantelzorgers", "120")]
