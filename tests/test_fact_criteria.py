"""Criteria: scoring-scale rows, umbrella rows, a writer's lead clause, goals per clause, cross tables, and table
rows flattened into lines with their question."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes

GOALS = [("h1", "3 Doelen"), ("para", "Voor deze opdracht zijn dat drie doelen."),
         ("number", "Inwoners voelen zich minder eenzaam en hebben een netwerk."),
         ("number", "Mantelzorgers houden het vol en weten waar zij steun krijgen."),
         ("number", "Vrijwilligers worden goed begeleid en blijven langer actief.")]

# A letter's goals, each one sentence under a bold label (also used by test_fact_targets)
LABELLED_GOALS = [
    ("title", "Uitnodiging offerte jongerenwerk"), ("para", "Wij doen dit in een meervoudig onderhandse procedure."),
    ("h1", "Wat wij willen bereiken"), ("para", "Wij hebben drie doelen voor het jongerenwerk geformuleerd."),
    ("bold", "Minder overlast"), ("para", "De overlast door groepen jongeren in het centrum neemt af."),
    ("bold", "Op tijd hulp"), ("para", "Jongeren met zorgen over thuis worden eerder gezien en op tijd doorverwezen."),
    ("bold", "Meedoen"), ("para", "Meer jongeren doen mee aan activiteiten die zij zelf bedenken en organiseren."),
]


def _criteria(analysis) -> list[tuple[str, str, list[int]]]:
    return [(c.name, c.weight, c.goals) for c in analysis.criteria]


def test_a_scoring_scale_is_no_criterion_and_a_cross_table_gives_the_goals():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), *GOALS,
        ("h1", "6 Gunningscriteria"),
        ("para", "De weging is:"),
        ("bullet", "K1 Visie op sociaal werk – 40%"), ("bullet", "K2 Aanpak en methodieken – 40%"), ("bullet", "Prijs – 20%"),
        ("bold", "Welke doelen horen bij welk criterium"),
        ("table", [["Doel", "K1", "K2"], ["1 Eenzaamheid", "x", "x"], ["2 Mantelzorg", "x", ""], ["3 Vrijwilligers", "", "x"]]),
        ("bold", "Beoordeling"),
        ("table", [["Score", "Betekenis"], ["10", "Uitstekend: het antwoord is concreet."], ["0", "Onvoldoende: het antwoord ontbreekt."]]),
    ]), "leidraad.docx")
    # the code standing apart before the name is no part of it (CONVENTIONS.md), and still links the cross table's goals
    assert _criteria(analysis) == [("Visie op sociaal werk", "40%", [1, 2]), ("Aanpak en methodieken", "40%", [1, 3]),
                                   ("Prijs", "20%", [])]


def test_an_umbrella_row_that_its_rows_below_make_up_is_dropped_but_a_first_row_the_next_two_equal_stays():
    umbrella = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag"), ("h1", "5 Gunning"),
        ("table", [["Criterium", "Wat wij beoordelen", "Punten"], ["Kwaliteit", "", "70"],
                   ["Plan van aanpak", "Hoe werkt u aan de doelen?", "40"], ["Risico's", "Wat doet u bij uitval?", "30"],
                   ["Prijs", "Laagste prijs krijgt de meeste punten.", "30"], ["Totaal", "", "100"]]),
    ]), "offerte.docx")
    assert [c.name for c in umbrella.criteria] == ["Plan van aanpak", "Risico's", "Prijs"]
    plain = analyse_tender(docx_bytes([
        ("title", "Subsidieregeling"), ("h1", "Artikel 9 Beoordeling"),
        ("table", [["Criterium", "Maximaal aantal punten"], ["Aansluiting bij de effecten", "40"], ["Bereik", "20"],
                   ["Samenwerking", "20"], ["Begroting", "20"]]),
    ]), "regeling.docx")
    assert [c.name for c in plain.criteria] == ["Aansluiting bij de effecten", "Bereik", "Samenwerking", "Begroting"]


def test_criteria_in_an_email_sentence_lose_the_lead_clause_and_take_goals_per_clause():
    analysis = analyse_text(
        "Beste allemaal,\n\nWat willen we bereiken? Drie dingen:\n\n"
        "1) Ouderen in Oost zijn minder alleen en weten elkaar te vinden.\n"
        "2) De buurtkamers zijn open op ten minste vier middagen per week.\n"
        "3) Vrijwilligers voelen zich gewaardeerd en haken minder snel af.\n\n"
        "Hoe we beoordelen: we kijken naar drie dingen, de aanpak (max. 50 punten), de inbedding in de wijk "
        "(max. 20 punten) en de prijs (max. 30 punten). Bij de aanpak gaat het om alle drie de doelen hierboven; bij de "
        "inbedding in de wijk vooral om hoe jullie bewoners betrekken, dus doel 2 en 3.\n")
    assert [(name.lower(), weight) for name, weight, _ in _criteria(analysis)] == [
        ("aanpak", "50 punten"), ("inbedding in de wijk", "20 punten"), ("prijs", "30 punten")]
    assert analysis.criteria[0].goals == list(range(1, len(analysis.goals) + 1)) and analysis.criteria[1].goals == [2, 3]


def test_table_rows_flattened_into_lines_give_name_and_weight_without_the_question():
    analysis = analyse_text(
        "# Uitvraag subsidie\n\n## 2. Wat willen wij bereiken?\n\nMinder inwoners voelen zich eenzaam.\n\n"
        "## 6. Hoe beoordelen wij uw aanvraag?\n\n"
        "Aspect Waar letten wij op Maximaal\n\n"
        "Bijdrage aan de effecten Hoe draagt uw plan bij aan de effecten van het gekozen thema, en hoe aannemelijk is dat?\n\n"
        "40 punten\n\n"
        "Bereik Bereikt u de inwoners voor wie het thema bedoeld is, ook in de wijken? 25 punten\n\n"
        "Samenwerking Met wie werkt u samen en wat voegt die samenwerking toe? 35 punten\n")
    assert [(name, weight) for name, weight, _ in _criteria(analysis)] == [
        ("Bijdrage aan de effecten", "40 punten"), ("Bereik", "25 punten"), ("Samenwerking", "35 punten")]
    assert analysis.criteria[0].goals == list(range(1, len(analysis.goals) + 1)) and analysis.goals


def test_a_criterion_naming_a_theme_in_words_covers_the_goals_of_that_theme_column_merged_down():
    analysis = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag"),
        ("h1", "3. Doelen en resultaten"),
        ("table", [["Thema", "Doel", "Indicator", "Streefwaarde 2031"],
                   ["Bewonerskracht", "Bewoners nemen vaker zelf initiatief om hun buurt te verbeteren.",
                    "aantal nieuwe bewonersinitiatieven", "ten minste 25 per jaar"],
                   ["Meedoen", "Inwoners die weinig meedoen, doen mee aan een activiteit in hun buurt.",
                    "aantal inwoners dat deelneemt", "150 per jaar"],
                   ["", "In elke wijk organiseert de opdrachtnemer een wijkgesprek met bewoners.", "aantal wijkgesprekken",
                    "4 per jaar"]]),
        ("h1", "5. Gunning"),
        ("table", [["Criterium", "Wat wij beoordelen", "Punten"],
                   ["Bereik van bewoners die weinig meedoen", "Uw aanpak voor het thema Meedoen.", "70"],
                   ["Prijs", "Laagste prijs krijgt de meeste punten.", "30"]]),
    ]), "offerte.docx")
    assert _criteria(analysis)[0] == ("Bereik van bewoners die weinig meedoen", "70 punten", [2, 3])


def test_a_criteria_table_read_one_cell_per_line_gives_names_and_weights_that_add_up():
    analysis = analyse_text(
        "# Subsidieregeling\n\nArtikel 8 Rangschikking\n\n"
        "1. Het college rangschikt de aanvragen. Daarbij worden punten toegekend volgens de onderstaande tabel.\n\n"
        "Criterium\n\nMaximaal aantal punten\n\nDoelgerichtheid\n\n60\n\nSamenwerking in wijk en dorp\n\n40\n\n"
        "2. Bij het criterium Doelgerichtheid wordt beoordeeld in hoeverre de activiteiten bijdragen aan de doelen van het "
        "onderdeel waarvoor de aanvraag wordt gedaan.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Doelgerichtheid", "60 punten"),
                                                                ("Samenwerking in wijk en dorp", "40 punten")]


def test_a_share_in_a_sentence_that_the_next_criteria_make_up_is_no_criterion_and_paragraphs_give_page_limits():
    analysis = analyse_text(
        "# Offerteaanvraag\n\n## 7 Gunning\n\n"
        "Wij gunnen de opdracht aan de inschrijver met de beste prijs-kwaliteitverhouding. De kwaliteit weegt voor 75 procent "
        "en bestaat uit twee onderdelen: het plan van aanpak weegt 50 procent en de samenwerking met de wijkpartners 25 "
        "procent; de prijs weegt 25 procent.\n\n"
        "Bij het plan van aanpak kijken wij hoe u bijdraagt aan de doelen. Dit deel van uw offerte is niet langer dan vier "
        "pagina's.\n\n"
        "Bij de samenwerking met de wijkpartners kijken wij naar uw afspraken met de politie. Dit deel is niet langer dan "
        "twee pagina's.\n")
    assert [(c.name.lower(), c.weight, c.page_limit) for c in analysis.criteria] == [
        ("plan van aanpak", "50 procent", 4), ("samenwerking met de wijkpartners", "25 procent", 2), ("prijs", "25 procent", None)]


def test_a_weight_after_the_word_doelen_names_no_goal_and_a_quoted_criterion_takes_all_goals_from_its_sentence():
    analysis = analyse_tender(docx_bytes([
        ("title", "Subsidieoproep"), *GOALS,
        ("h1", "Beoordeling"),
        ("table", [["Onderdeel", "Punten"], ["Bijdrage aan de doelen", "60"], ["Samenwerking in de wijk", "40"]]),
        ("para", "Bij 'Bijdrage aan de doelen' kijken wij naar alle doelen in deze brief waaraan u zegt bij te dragen."),
    ]), "brief.docx")
    assert analysis.criteria[0].goals == [1, 2, 3]


def test_numbered_questions_with_their_own_weighting_are_criteria_and_take_goals_by_question_number_and_label():
    analysis = analyse_tender(docx_bytes([
        *LABELLED_GOALS,
        ("h1", "Uw offerte: de vragen"), ("para", "Wij vragen u de onderstaande vragen te beantwoorden."),
        ("number", "Aanpak jongerenwerk (weging 50%). Beschrijf uw aanpak."),
        ("number", "Team en inzet. Deze vraag beoordelen wij niet."),
        ("number", "Samenwerking met school en politie (weging 20%). Beschrijf met wie u samenwerkt."),
        ("number", "Prijs (weging 30%). Vul het prijsformulier in."),
        ("para", "Bij vraag 1 kijken wij naar alle drie de doelen. Bij vraag 3 kijken wij vooral naar Minder overlast en "
                 "Op tijd hulp, bij vraag 4 naar de prijs."),
    ]), "brief.docx")
    assert _criteria(analysis) == [("Aanpak jongerenwerk", "50%", [1, 2, 3]),
                                   ("Samenwerking met school en politie", "20%", [1, 2]), ("Prijs", "30%", [])]


def test_a_criterion_on_the_goals_of_a_chapter_covers_the_goals_under_it_and_loses_its_typed_letter():
    analysis = analyse_text(
        "# Subsidieoproep Armoede en schulden\n\nDeze oproep is een subsidietender.\n\n## 3 Wat wij willen bereiken\n\n"
        "Huishoudens die schuldhulp hebben gehad, vallen minder vaak terug in problematische schulden.\n\n"
        "Kinderen die opgroeien in een gezin met een laag inkomen, doen mee aan sport en cultuur.\n\n"
        "## 6 Beoordeling en rangschikking\n\nDe commissie beoordeelt de aanvragen. Zij let op:\n"
        "- a. de bijdrage aan de doelen in hoofdstuk 3 (60 punten);\n- b. de verhouding tussen kosten en resultaten (40 punten).\n")
    assert _criteria(analysis) == [("de bijdrage aan de doelen in hoofdstuk 3", "60 punten", [1, 2]),
                                   ("de verhouding tussen kosten en resultaten", "40 punten", [])]


def test_a_criterion_names_goals_by_a_code_with_a_letter_or_by_the_words_of_one_goal():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsdocument cliëntondersteuning"), ("para", "Dit is een Europese openbare procedure."),
        ("h1", "3 Doelstellingen"), ("para", "Met deze opdracht willen de gemeenten het volgende bereiken:"),
        ("bullet", "Doelstelling 1a. Inwoners weten dat zij recht hebben op gratis cliëntondersteuning."),
        ("bullet", "Doelstelling 1b. Cliëntondersteuners zijn beschikbaar voor alle levensdomeinen."),
        ("bullet", "Doelstelling 2a. Er zijn ten minste 35 getrainde vrijwilligers thuisadministratie actief."),
        ("h1", "6 Gunningscriteria"),
        ("table", [["Code", "Criterium", "Punten", "Doelstellingen"], ["G1", "Bereik en toegankelijkheid", "60", "doelstelling 1a en doelstelling 1b"],
                   ["G2", "Inzet van vrijwilligers", "40", "–"]]),
        ("para", "Bij Inzet van vrijwilligers kijken wij naar de manier waarop u het doel over het aantal getrainde "
                 "vrijwilligers haalt."),
    ]), "leidraad.docx")
    assert _criteria(analysis) == [("Bereik en toegankelijkheid", "60 punten", [1, 2]), ("Inzet van vrijwilligers", "40 punten", [3])]


def test_a_scale_of_percentages_in_a_sentence_and_the_total_to_be_had_are_no_criteria():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), *GOALS,
        ("h1", "6 Gunning"),
        ("para", "De gemeente gunt op de beste prijs-kwaliteitverhouding. Er zijn 1.000 punten te behalen."),
        ("table", [["Code", "Subgunningscriterium", "Punten"], ["K1", "Aanpak van de doelen", "600 punten"],
                   ["K2", "Samenwerking", "300 punten"], ["P", "Prijs", "100 punten"]]),
        ("para", "De commissie gebruikt de schaal uitstekend (100%), goed (70%), voldoende (50%), matig (30%) en "
                 "onvoldoende (0%). Een inschrijving die op een criterium onvoldoende scoort, valt af."),
    ]), "leidraad.docx")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Aanpak van de doelen", "600 punten"), ("Samenwerking", "300 punten"), ("Prijs", "100 punten")]


def test_a_criterion_named_by_its_place_in_a_sentence_takes_the_goals_named_with_it():
    analysis = analyse_text(
        "# Oproep subsidietender\n\n## 2. Doelen\n\n1. Jongeren met geldzorgen zoeken eerder hulp.\n"
        "2. Jongeren kunnen hun eigen geldzaken regelen.\n3. Jongeren weten het Geldpunt te vinden.\n\n"
        "## 6. Beoordeling\n\nDe commissie beoordeelt de aanvragen op de volgende punten:\n\n"
        "1. Bereik (40 punten): hoe bereikt u jongeren met geldzorgen?\n"
        "2. Aanpak en werkwijze (35 punten): welke activiteiten voert u uit?\n"
        "3. Samenwerking (25 punten): hoe werkt u samen met het Geldpunt?\n\n"
        "Bij het eerste criterium kijkt de commissie vooral naar doel 3. Bij het tweede criterium gaat het om de "
        "doelen 1 en 2, en bij het derde criterium om doel 3.\n")
    assert _criteria(analysis) == [("Bereik", "40 punten", [3]), ("Aanpak en werkwijze", "35 punten", [1, 2]),
                                   ("Samenwerking", "25 punten", [3])]


def test_the_top_of_a_scale_in_a_sentence_is_no_criterion():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), *GOALS, ("h1", "6 Gunning"),
        ("table", [["Code", "Gunningscriterium", "Punten"], ["K1", "Plan van aanpak", "500 punten"],
                   ["K2", "Samenwerking in de wijk", "200 punten"], ["P", "Prijs", "300 punten"]]),
        ("para", "Per criterium kent de commissie 0, 25, 50, 75 of 100 procent van de punten toe (onvoldoende, matig, "
                 "voldoende, goed, uitstekend)."),
    ]), "leidraad.docx")
    assert [c.name for c in analysis.criteria] == ["Plan van aanpak", "Samenwerking in de wijk", "Prijs"]


def test_a_criterion_described_below_its_bold_name_takes_the_goals_of_the_part_it_names_by_letter():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), ("h1", "2 De opdracht"),
        ("h2", "2.2 Opgave A: Opgroeien"),
        ("number", "Ouders weten waar zij met vragen over opvoeden terecht kunnen."),
        ("number", "Meer peuters met een VVE-indicatie gaan naar de voorschool."),
        ("h2", "2.3 Opgave B: Samenleven in de buurt"),
        ("number", "Meiden in de wijk worden weerbaarder en maken eigen keuzes."),
        ("number", "Bewoners nemen zelf het initiatief om hun buurt schoner te maken."),
        ("h1", "6 Gunning"),
        ("table", [["Code", "Gunningscriterium", "Punten"], ["K1", "Plan van aanpak Opgroeien", "400 punten"],
                   ["K2", "Plan van aanpak Samenleven", "300 punten"], ["P", "Prijs", "300 punten"]]),
        ("bold", "K1 Plan van aanpak Opgroeien"),
        ("para", "Beschrijf hoe u bijdraagt aan de doelen van opgave A, Opgroeien (paragraaf 2.2): ouders die de weg weten "
                 "en peuters naar de voorschool."),
        ("bold", "K2 Plan van aanpak Samenleven"),
        ("para", "Beschrijf hoe u bijdraagt aan de doelen van opgave B: meidenwerk en initiatieven van bewoners."),
    ]), "leidraad.docx")
    assert _criteria(analysis) == [("Plan van aanpak Opgroeien", "400 punten", [1, 2]),
                                   ("Plan van aanpak Samenleven", "300 punten", [3, 4]), ("Prijs", "300 punten", [])]
