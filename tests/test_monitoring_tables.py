"""A monitoring table elsewhere in a tender gives its goals their indicator and target, however it names them."""
from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes

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


CODED = [
    ("h1", "Aanbestedingsleidraad Sociaal werk in de kernen"),
    ("h2", "Doelen"),
    ("para", "De gemeenten hebben per thema doelen geformuleerd."),
    ("bold", "Thema A – Ondersteuning en mantelzorg"),
    ("bullet", "A1. Oudere inwoners van de kleine kernen kunnen langer zelfstandig in hun eigen dorp blijven wonen."),
    ("bullet", "A2. Inwoners die voor een zieke partner of ouder zorgen, raken niet uitgeput."),
    ("bold", "Thema B – Vitaal ouder worden"),
    ("bullet", "B1. Ouderen die niet meer autorijden, kunnen op eigen gelegenheid naar de huisarts en de winkel."),
    ("bullet", "B2. Thuiswonende 65-plussers vallen minder vaak en belanden minder vaak op de spoedeisende hulp."),
    ("h2", "Indicatoren"),
    ("para", "De gemeenten volgen de doelen met de indicatoren hieronder."),
    ("table", [["Doel", "Indicator", "Nulmeting", "Streefwaarde 2030"],
               ["A1", "aandeel 75-plussers dat zelfstandig in de eigen kern woont", "88%", "ten minste 90%"],
               ["A2", "aandeel mantelzorgers dat zich zwaar of overbelast voelt", "14%", "10%"],
               ["B2", "SEH-bezoeken na een val per 1.000 inwoners van 65 jaar en ouder", "31", "25"]]),
]


def test_rows_keyed_by_the_goals_own_codes_fill_those_goals_and_a_goal_left_out_gets_nothing():
    goals = analyse_tender(docx_bytes(CODED), "leidraad.docx").goals
    assert [(g.indicator, g.target) for g in goals] == [
        ("aandeel 75-plussers dat zelfstandig in de eigen kern woont", "ten minste 90%"),
        ("aandeel mantelzorgers dat zich zwaar of overbelast voelt", "10%"),
        ("", ""),  # B1: no row
        ("SEH-bezoeken na een val per 1.000 inwoners van 65 jaar en ouder", "25")]


def test_rows_keyed_by_a_number_and_letter_fill_the_goals_numbered_so():
    goals = analyse_text("""Aanbestedingsdocument Cliëntondersteuning

4.1 Perceel 1 Onafhankelijke cliëntondersteuning
Met perceel 1 willen de gemeenten het volgende bereiken:
- Doelstelling 1a. Inwoners weten dat zij recht hebben op gratis en onafhankelijke cliëntondersteuning.
- Doelstelling 1b. Elk jaar krijgen ten minste 1.100 inwoners in de regio cliëntondersteuning.
4.2 Perceel 2 Digitale inclusie
Met perceel 2 willen de gemeenten het volgende bereiken:
- Doelstelling 2a. Inwoners met weinig digitale vaardigheden kunnen hun zaken met de overheid regelen.
- Doelstelling 2b. Inwoners die dat willen, verbeteren hun digitale vaardigheden.

Bijlage 2 Indicatoren
| Doelstelling | Indicator | Nulmeting | Streefwaarde |
| 1b | aantal inwoners dat cliëntondersteuning ontvangt | 860 | 1.100 per jaar |
| 2a | aandeel bezoekers van een Informatiepunt van wie de vraag is opgelost | 72% | 85% |
| 2b | aantal inwoners dat een cursus digitale vaardigheden afrondt | onbekend | n.t.b. na nulmeting in 2028 |
""").goals
    assert [(g.indicator, g.target) for g in goals][1:] == [
        ("aantal inwoners dat cliëntondersteuning ontvangt", "1.100 per jaar"),
        ("aandeel bezoekers van een Informatiepunt van wie de vraag is opgelost", "85%"),
        ("aantal inwoners dat een cursus digitale vaardigheden afrondt", "")]


def test_a_reporting_table_whose_first_column_names_the_subject_gives_indicators_to_the_goals_it_names():
    goals = analyse_text("""Open House Ontmoeting en dagstructuur

3 Wat willen we bereiken?
- Inwoners met een beperking of dementie hebben een zinvolle daginvulling dicht bij huis.
- Elke locatie organiseert geregeld een activiteit samen met partijen uit de kern.
- Deelnemers die dat kunnen, stromen door naar vrijwilligerswerk of een werkervaringsplek.

8 Rapportage
| Onderwerp | Indicator | Frequentie |
| Bereik | Aantal unieke deelnemers per locatie | Per kwartaal |
| Zinvolle dag | Aandeel deelnemers dat het (zeer) eens is met 'Ik heb een zinvolle dag' | Jaarlijks |
| Activiteiten in de kern | Aantal activiteiten met partijen uit de kern | Halfjaarlijks |
| Doorstroom | Aantal deelnemers dat doorstroomt naar vrijwilligerswerk of een werkervaringsplek | Halfjaarlijks |
""").goals
    assert [g.indicator for g in goals] == [
        "Aandeel deelnemers dat het (zeer) eens is met 'Ik heb een zinvolle dag'",
        "Aantal activiteiten met partijen uit de kern",
        "Aantal deelnemers dat doorstroomt naar vrijwilligerswerk of een werkervaringsplek"]


def test_an_indicator_table_naming_goals_by_their_lot_and_place_gives_each_its_indicator_and_target():
    goals = analyse_text(
        "# Open House Geldzorgen\n\n## 3 Percelen en doelen\n\n### Perceel 1 Vroegsignalering\n\n"
        "Voor dit perceel gelden twee doelen:\n- Gezinnen met kinderen raken hun huis niet kwijt door een huurschuld.\n"
        "- Gezinnen met een betalingsachterstand worden binnen een week thuis bezocht.\n\n### Perceel 2 Meedoen van kinderen\n\n"
        "Het doel van perceel 2 is:\n- Kinderen uit gezinnen met weinig geld kunnen lid worden van een sportclub.\n\n"
        "### Indicatoren\n\nDe gemeenten volgen de doelen met de indicatoren in de tabel.\n\n"
        "| Doel | Indicator | Streefwaarde 2031 |\n"
        "| Perceel 1, eerste doel | aantal ontruimingen van gezinnen wegens huurschuld | 0 |\n"
        "| Perceel 1, tweede doel | aandeel meldingen met een huisbezoek binnen een week | 90% (2026: 71%) |\n"
        "| Perceel 2 | aantal kinderen dat via een regeling sport volgt | 450 per jaar |\n").goals
    values = {goal.text[:25]: (goal.indicator, goal.target) for goal in goals}
    assert values["Gezinnen met kinderen rak"] == ("aantal ontruimingen van gezinnen wegens huurschuld", "0")
    assert values["Gezinnen met een betaling"] == ("aandeel meldingen met een huisbezoek binnen een week", "90%")
    assert values["Kinderen uit gezinnen met"] == ("aantal kinderen dat via een regeling sport volgt", "450 per jaar")
