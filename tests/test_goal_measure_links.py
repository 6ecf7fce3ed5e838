"""A goal's indicator and target written away from the goal, linked to it by the tender's structure: a section per goal
under a heading on how the goals are followed, a theme's measurement line further down its section, a sentence naming
the goal by its number or letter anywhere in it, a monitoring table listing the goals in its own order; and what the
tender says a goal has none of."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text
from tests.tender_samples import docx_bytes, pdf_bytes

GOALS = ["Jongeren met schulden melden zich eerder bij het jongerenloket.",
         "Ouders van jonge kinderen voelen zich zekerder in de opvoeding.",
         "Buurtbewoners weten waar zij terechtkunnen met zorgen over een gezin."]


def _per_goal_sections(kind: str) -> list[tuple[str, object]]:
    """Goals in a numbered list; then a chapter on how they are followed with a bold or heading "Doel N" per goal."""
    return [("h1", "2. Doelen van deze uitvraag"), ("para", "De gemeente stelt drie doelen:"),
            *(("number", (f"{n}.", goal) if kind == "bold" else goal) for n, goal in enumerate(GOALS, 1)),
            ("h1", "3. Hoe wij de doelen volgen"),
            ("para", "Wij volgen de doelen met een indicator en een streefwaarde per doel."),
            (kind, "Doel 1"),
            ("para", "Indicator: aantal jongeren dat zich meldt voordat de schuld hoger is dan € 2.000. "
                     "Streefwaarde: ten minste 140 jongeren per jaar in 2029 (2026: 62)."),
            (kind, "Doel 2"),
            ("para", "Indicator: aandeel ouders dat na de cursus zegt zich zekerder te voelen. Streefwaarde: 70%."),
            (kind, "Doel 3"),
            ("para", "Voor dit doel stellen wij de indicator en de streefwaarde in 2029 vast, samen met de scholen."),
            ("para", "Over alle doelen samen verwacht het college dat in elke wijk ten minste één inloop is."),
            ("h1", "4. Budget"), ("para", "Het budget bedraagt € 120.000 per jaar.")]


def _measures(analysis) -> list[tuple[str, str]]:
    by_text = {goal.text: (goal.indicator, goal.target) for goal in analysis.goals}
    return [by_text.get(text, ("missing", "missing")) for text in GOALS]


def test_a_heading_per_goal_under_how_the_goals_are_followed_gives_each_goal_its_own_indicator_and_target_in_docx():
    measures = _measures(analyse_tender(docx_bytes(_per_goal_sections("h3")), "uitvraag.docx"))
    assert measures[0] == ("aantal jongeren dat zich meldt voordat de schuld hoger is dan € 2.000",
                           "ten minste 140 jongeren per jaar in 2029")  # the baseline in brackets left out
    assert measures[1] == ("aandeel ouders dat na de cursus zegt zich zekerder te voelen", "70%")
    # set later is none; the figure for all goals together belongs to none of them
    assert measures[2] == ("", "")


def test_a_bold_line_per_goal_under_how_the_goals_are_followed_links_the_same_way_in_a_pdf():
    measures = _measures(analyse_tender(pdf_bytes(_per_goal_sections("bold")), "uitvraag.pdf"))
    assert measures[1] == ("aandeel ouders dat na de cursus zegt zich zekerder te voelen", "70%")
    assert measures[0][1] == "ten minste 140 jongeren per jaar in 2029"
    assert measures[2] == ("", "")


def test_a_themes_measurement_line_further_down_its_section_is_the_measure_of_the_themes_one_goal():
    analysis = analyse_text(
        "## Wat we willen bereiken\n\nDe gemeente werkt met twee thema's.\n\n"
        "### Thema 1 Thuis in de buurt\n\n"
        "Wat we willen: nieuwe bewoners kennen binnen een jaar hun directe buren.\n\n"
        "Veel nieuwe bewoners komen uit een andere gemeente en kennen niemand. Een welkomstbezoek helpt daarbij.\n\n"
        "Zo meten we het: het aandeel nieuwe bewoners dat na een jaar zegt zijn buren te kennen. Streefwaarde: 60% in 2030.\n\n"
        "### Thema 2 Samen actief\n\n"
        "Wat we willen: ouderen in de wijk bewegen elke week samen.\n\n"
        "Beweeggroepen draaien nu alleen in het centrum.\n\n"
        "Zo volgen we het: het aantal wekelijkse beweeggroepen. Streefwaarde: ten minste 12 groepen in 2029.\n\n"
        "## Budget\n\nHet budget bedraagt € 90.000.\n")
    measures = {goal.text[:20]: (goal.indicator, goal.target) for goal in analysis.goals}
    assert measures == {
        "Nieuwe bewoners kenn": ("aandeel nieuwe bewoners dat na een jaar zegt zijn buren te kennen", "60% in 2030"),
        "Ouderen in de wijk b": ("aantal wekelijkse beweeggroepen", "ten minste 12 groepen in 2029")}


def test_a_letter_pointer_after_two_lettered_lists_goes_to_the_goal_whose_words_the_sentence_shares():
    analysis = analyse_text(
        "## Artikel 3 Doel\n\n"
        "1. De subsidie wordt verstrekt voor activiteiten die eraan bijdragen dat:\n"
        "   a. mantelzorgers hun zorg langer volhouden;\n"
        "   b. jonge mantelzorgers op school gezien worden;\n"
        "   c. werkende mantelzorgers werk en zorg beter combineren.\n"
        "2. De activiteiten leveren in elk geval op:\n"
        "   a. een steunpunt dat op werkdagen bereikbaar is;\n"
        "   b. 300 respijtdagen per jaar voor mantelzorgers van mensen met dementie.\n\n"
        "## Toelichting\n\n"
        "Bij onderdeel b sturen wij op het aandeel jonge mantelzorgers dat op school gezien wordt door een "
        "vertrouwenspersoon, met als streefwaarde ten minste 60%. Bij onderdeel c volgen wij het aantal werkgevers met "
        "een mantelzorgbeleid; een streefwaarde stellen wij vast na het eerste jaar.\n")
    measures = {goal.text[:18]: (goal.indicator, goal.target) for goal in analysis.goals}
    assert measures["Jonge mantelzorger"] == ("aandeel jonge mantelzorgers dat op school gezien wordt door een "
                                              "vertrouwenspersoon", "ten minste 60%")
    assert measures["Werkende mantelzor"] == ("aantal werkgevers met een mantelzorgbeleid", "")
    assert measures["300 respijtdagen p"] == ("", "300 respijtdagen per jaar")  # its own amount, not b's measure


def test_a_sentence_naming_one_goal_by_its_code_after_its_verb_measures_that_goal_and_one_naming_two_measures_neither():
    analysis = analyse_text(
        "## Resultaten\n\n### Resultaat 1a\n\nVrijwilligers bezoeken ouderen die alleen wonen.\n\n"
        "### Resultaat 1b\n\nOuderen die alleen wonen, hebben iemand om op terug te vallen.\n\n"
        "## Monitoring\n\nDe gemeente volgt resultaat 1b met het aantal ouderen met een vast maatje; de streefwaarde is "
        "90 in 2029. De gemeente meet resultaat 1a en resultaat 1b ook met de Gezondheidsmonitor.\n")
    measures = {goal.text[:12]: (goal.indicator, goal.target) for goal in analysis.goals}
    assert measures["Ouderen die "] == ("aantal ouderen met een vast maatje", "90 in 2029")
    assert measures["Vrijwilliger"] == ("", "")


def test_a_goal_the_tender_sets_no_target_for_keeps_its_indicator_and_takes_no_figure_from_the_background_after_it():
    analysis = analyse_text(
        "## 2 Wat wij willen bereiken\n\nDe doelen zijn:\n\n"
        "- Buren lossen een conflict op voordat het escaleert.\n"
        "- Het aantal meldingen van geluidsoverlast bij de gemeente daalt.\n\n"
        "Bij het tweede doel volgen wij het aantal meldingen van geluidsoverlast in het meldingensysteem. Een "
        "streefwaarde stellen wij voor dit doel niet vast. In 2026 werden 90 zaken verwezen, waarvan 61 procent met een "
        "afspraak werd afgesloten.\n\n## 3 De opdracht\n\nDe opdrachtnemer werkt in de hele gemeente.\n")
    goal = next(goal for goal in analysis.goals if goal.text.startswith("Het aantal meldingen"))
    assert goal.indicator == "aantal meldingen van geluidsoverlast in het meldingensysteem"
    assert goal.target == ""


def test_a_monitoring_table_listing_the_goals_in_its_own_order_links_each_row_by_its_words():
    analysis = analyse_tender(docx_bytes([
        ("h1", "3 Resultaten"),
        ("bullet", "Deelnemers met een beperking hebben een zinvolle dag in hun eigen kern."),
        ("bullet", "Elke locatie organiseert ten minste eenmaal per maand een activiteit met een vereniging."),
        ("bullet", "Deelnemers die dat kunnen, stromen door naar vrijwilligerswerk of een werkervaringsplek."),
        ("h1", "8 Rapportage en monitoring"),
        ("para", "Aanbieders leveren de volgende gegevens aan."),
        ("table", [["Onderwerp", "Indicator", "Frequentie"],
                   ["Zinvolle dag", "Aandeel deelnemers dat zegt een zinvolle dag te hebben", "Jaarlijks"],
                   ["Doorstroom", "Aantal deelnemers dat doorstroomt naar vrijwilligerswerk of een werkervaringsplek",
                    "Halfjaarlijks"],
                   ["Activiteiten in de kern", "Aantal activiteiten met verenigingen", "Halfjaarlijks"]]),
        ("h1", "9 Vragen"), ("para", "Vragen stelt u via TenderNed.")]), "leidraad.docx")
    indicators = {goal.text[:12]: goal.indicator for goal in analysis.goals}
    assert indicators["Deelnemers d"] == "Aantal deelnemers dat doorstroomt naar vrijwilligerswerk of een werkervaringsplek"
    assert indicators["Elke locatie"] == "Aantal activiteiten met verenigingen"


def test_time_limits_and_counts_in_words_in_the_goal_sentence_are_its_target():
    analysis = analyse_text(
        "## Doelen\n\n"
        "- Een melding van burenoverlast wordt binnen vijf werkdagen opgepakt.\n"
        "- Elke buurthuis organiseert ten minste eenmaal per maand een maaltijd voor ouderen.\n"
        "- Iedere inwoner kan binnen 20 minuten reistijd een ontmoetingsplek bereiken.\n")
    assert [goal.target for goal in analysis.goals] == ["binnen vijf werkdagen", "ten minste eenmaal per maand",
                                                        "binnen 20 minuten reistijd"]


def test_labelled_lines_of_a_measurement_section_go_to_the_goals_their_labels_name_by_words_or_heading():
    analysis = analyse_tender(pdf_bytes([
        ("h1", "Wat willen we bereiken?"),
        ("h2", "Thema 1: Geld op orde"),
        ("para", "Wat we willen: Inwoners met betalingsachterstanden krijgen hulp voordat hun schulden oplopen."),
        ("para", "Daarvoor vragen wij in elk geval:"),
        ("bullet", "In de bibliotheek kunnen inwoners elke week terecht bij een belastingspreekuur."),
        ("h2", "Thema 2: Samen in de wijk"),
        ("para", "Wat we willen: Bewoners van de wijk Hoogveld voelen zich minder eenzaam."),
        ("h1", "Hoe meten we of het lukt?"),
        ("para", "We vragen u elk half jaar de volgende cijfers aan te leveren:"),
        ("bullet", "Geld op orde: het aandeel inwoners dat binnen een jaar geen nieuwe achterstand heeft. We streven naar 75%."),
        ("bullet", "Belastingspreekuur: het aantal bezoeken aan het spreekuur. We verwachten er ten minste 200 per jaar."),
        ("bullet", "Eenzaamheid: het aandeel bewoners dat zich eenzaam voelt. Een streefwaarde stellen we in 2028 samen met u vast."),
        ("h1", "Budget"), ("para", "Het budget bedraagt € 80.000 per jaar.")]), "uitvraag.pdf")
    measures = {goal.text[:14]: (goal.indicator, goal.target) for goal in analysis.goals}
    assert measures == {
        "Inwoners met b": ("aandeel inwoners dat binnen een jaar geen nieuwe achterstand heeft", "75%"),
        "In de biblioth": ("aantal bezoeken aan het spreekuur", "ten minste 200 per jaar"),
        "Bewoners van d": ("aandeel bewoners dat zich eenzaam voelt", "")}


def test_a_monitoring_table_naming_goals_by_codes_their_list_does_not_show_takes_them_in_order_one_row_each():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Artikel 3 Doelen"),
        ("number", "Volwassenen die moeite hebben met lezen redden zich beter met brieven en formulieren."),
        ("number", "Ouders voeren zelf een gesprek met de leerkracht van hun kind."),
        ("number", "Inwoners die er alleen voor staan, hebben weer mensen om zich heen."),
        ("h1", "Artikel 4 Hoe wij de doelen volgen"),
        ("table", [["Doel", "Indicator", "Streefwaarde"],
                   ["T1", "aandeel deelnemers dat na een jaar een niveau vooruitgaat op de taaltoets", "70%"],
                   ["T2", "wordt in 2028 samen met de scholen ontwikkeld", "–"],
                   ["O1", "aandeel vaste bezoekers dat zich minder eenzaam voelt", "65%"]]),
        ("h1", "Artikel 5 Budget"), ("para", "Het budget bedraagt € 60.000 per jaar.")]), "regeling.docx")
    assert [(goal.indicator, goal.target) for goal in analysis.goals] == [
        ("aandeel deelnemers dat na een jaar een niveau vooruitgaat op de taaltoets", "70%"), ("", ""),
        ("aandeel vaste bezoekers dat zich minder eenzaam voelt", "65%")]


def test_a_time_limit_ending_an_item_keeps_what_it_runs_from_and_not_half_a_word():
    from proposal_builder.tender.extraction.targets import target_in
    assert target_in("een financiële check binnen tien werkdagen na aanmelding") == "binnen tien werkdagen na aanmelding"
    assert target_in("een intakegesprek binnen twee weken na de verwijzing") == "binnen twee weken na de verwijzing"
    assert target_in("Een aanmelding wordt binnen vijf werkdagen opgepakt.") == "binnen vijf werkdagen"
