"""Goal extraction and tender facts: goals from lists, tables and prose; none from admin sections."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text, read_pasted
from proposal_builder.tender.extraction.deadline import find_dates, find_time
from proposal_builder.tender.extraction.goals import explain, extract_goals
from proposal_builder.tender.extraction.rules import GOAL_RULES, KIND_RULES

from .tender_samples import docx_bytes


def _goals(text: str) -> dict[str, object]:
    return {goal.text: goal for goal in analyse_text(text).goals}


def test_numbered_doelstellingen_are_goals_with_their_section():
    goals = _goals("# Opdracht\n## Doelstellingen\n1. Ouderen voelen zich minder eenzaam.\n"
                   "2. Mantelzorgers ervaren minder overbelasting.\n")
    goal = goals["Ouderen voelen zich minder eenzaam."]
    assert goal.section == ["Opdracht", "Doelstellingen"]
    assert goal.kind == "effect"
    assert len(goals) == 2


def test_doel_column_of_a_goal_table_is_the_goal_and_other_columns_are_attributes():
    data = docx_bytes([("h1", "Wat willen we bereiken?"), ("table", [
        ["Doel", "Indicator", "Streefwaarde"],
        ["Mantelzorgers zijn minder zwaar belast.", "Aandeel zwaar belast", "10%"],
        ["Meer inwoners zetten zich in als vrijwilliger.", "Aandeel vrijwilligers", "35%"],
    ])])
    goals = analyse_tender(data, "uitvraag.docx").goals
    assert [g.text for g in goals] == ["Mantelzorgers zijn minder zwaar belast.", "Meer inwoners zetten zich in als vrijwilliger."]
    assert goals[0].attributes == {"indicator": "Aandeel zwaar belast", "streefwaarde": "10%"}
    assert goals[0].found_as == "table"


def test_resultaten_bullets_under_themes_are_goals():
    data = docx_bytes([("h1", "Ambitie"), ("bold", "Thema 1: Ontmoeting"), ("para", "Resultaten:"),
                       ("bullet", "Inwoners hebben een plek in de buurt waar zij zich welkom voelen."),
                       ("bold", "Thema 2: Bewegen"), ("para", "Resultaten:"),
                       ("bullet", "Er is in elke wijk een wekelijks beweegaanbod voor 65-plussers.")])
    goals = analyse_tender(data).goals
    assert [g.section[-1] for g in goals] == ["Thema 1: Ontmoeting", "Thema 2: Bewegen"]
    assert [g.kind for g in goals] == ["effect", "output"]


def test_a_bullet_naming_its_goal_by_number_loses_the_label():
    data = docx_bytes([("h1", "Thema B: Vervoer en bewegen"),
                       ("bullet", "Doel 3: Inwoners zonder eigen vervoer kunnen naar de huisarts en de winkel."),
                       ("bullet", "Resultaat 2.1 – Minder thuiswonende ouderen vallen."),
                       ("bullet", "Doelgroep 4: ouderen in de kernen.")])
    texts = [g.text for g in analyse_tender(data).goals]
    assert texts[:2] == ["Inwoners zonder eigen vervoer kunnen naar de huisarts en de winkel.",
                         "Minder thuiswonende ouderen vallen."]
    assert not any(t.startswith("ouderen in de kernen") for t in texts)  # "Doelgroep" is no goal label


def test_award_criteria_table_with_weights_and_page_limits():
    data = docx_bytes([("h1", "Gunningscriteria"), ("table", [
        ["Criterium", "Weging", "Maximale omvang"],
        ["Aansluiting bij de doelen", "35%", "4 pagina's A4"],
        ["Samenwerking", "25%", "3 pagina's A4"],
    ])])
    criteria = analyse_tender(data).criteria
    assert [(c.name, c.weight, c.percentage, c.page_limit) for c in criteria] == [
        ("Aansluiting bij de doelen", "35%", 35.0, 4), ("Samenwerking", "25%", 25.0, 3)]


def test_award_criteria_with_points_in_a_list_and_in_prose():
    analysis = analyse_text("## Beoordeling\n1. Bijdrage aan de doelen: maximaal 40 punten.\n"
                            "2. Samenwerking: maximaal 20 punten.\n\n"
                            "De kwaliteit weegt voor 70 procent en de prijs voor 30 procent.\n")
    assert [(c.name, c.points, c.percentage) for c in analysis.criteria] == [
        ("Bijdrage aan de doelen", 40.0, None), ("Samenwerking", 20.0, None),
        ("Kwaliteit", None, 70.0), ("Prijs", None, 30.0)]


def test_page_and_word_limit_of_the_whole_proposal():
    analysis = analyse_text("## Inhoud\nUw plan van aanpak mag in totaal maximaal 12 pagina's A4 beslaan. "
                            "Het activiteitenplan bevat maximaal 3.000 woorden.\n")
    assert (analysis.page_limit, analysis.word_limit) == (12, 3000)


@pytest.mark.parametrize("sentence, expected", [
    ("De inschrijving moet uiterlijk 15 maart 2027 om 12.00 uur zijn ingediend.", "2027-03-15T12:00"),
    ("Sluitingsdatum: 15-03-2027, 12:00 uur.", "2027-03-15T12:00"),
    ("Aanvragen kunnen worden ingediend tot en met 1 april 2027.", "2027-04-01"),
])
def test_deadline_in_dutch_formats(sentence, expected):
    analysis = analyse_text(f"## Planning\nVragen kunt u stellen tot 2 februari 2027 om 10.00 uur.\n{sentence}\n")
    assert analysis.deadline.iso() == expected


def test_dates_and_times_are_parsed_from_dutch_text():
    assert find_dates("op 5 nov. 2027 en 28-06-2027") == [(3, "2027-11-05"), (18, "2027-06-28")]
    assert find_time("vóór 14.00 uur") == "14:00"


@pytest.mark.parametrize("sentence, amount", [
    ("Het subsidieplafond bedraagt € 640.000 per jaar.", 640000.0),
    ("Het beschikbare budget is € 1,2 miljoen.", 1200000.0),
    ("De geraamde opdrachtwaarde bedraagt EUR 3.200.000,- exclusief btw.", 3200000.0),
])
def test_budget_amount_in_euros(sentence, amount):
    text = f"## Financiën\nDe verzekering heeft een dekking van € 2.500.000 per gebeurtenis.\n{sentence}\n"
    assert analyse_text(text).budget.amount == amount


@pytest.mark.parametrize("text, route", [
    ("Bij een Open House-procedure wordt iedere aanbieder toegelaten.", "open house"),
    ("Het subsidieplafond is vastgesteld. De aanvrager dient een subsidieaanvraag in.", "subsidie"),
    ("De inschrijver dient een offerte in; de opdracht wordt gegund op BPKV.", "aanbesteding"),
])
def test_funding_route(text, route):
    assert analyse_text(text).route == route


def test_target_groups_from_the_doelgroep_section():
    analysis = analyse_text("## Doelgroep\nDe opdracht richt zich op alleenstaande ouderen en op jonge mantelzorgers.\n")
    assert analysis.target_groups == ["alleenstaande ouderen", "jonge mantelzorgers"]


def test_to_dict_has_the_cli_json_shape():
    data = analyse_text("## Doelen\n1. Inwoners voelen zich veilig in hun wijk.\n").to_dict()
    assert set(data) >= {"goals", "criteria", "page_limit", "deadline", "route"}
    assert data["goals"][0] == {"text": "Inwoners voelen zich veilig in hun wijk.", "section": "Doelen",
                                "kind": "effect", "position": 1, "indicator": "", "target": ""}


def test_abbreviated_month_and_bracketed_max_do_not_end_a_sentence():
    analysis = analyse_text("## Indienen\nAanvragen moeten uiterlijk 14 jan. 2028 om 12.00 uur binnen zijn.\n"
                            "Wij vragen een korte offerte (max. 3 A4) met uw aanpak.\n")
    assert (analysis.deadline.iso(), analysis.page_limit) == ("2028-01-14T12:00", 3)


def test_deadline_is_the_date_that_closes_the_submission_period():
    text = "## Artikel 7 Aanvraag\nEen aanvraag wordt ingediend in de periode van 1 juli 2027 tot en met 15 september 2027.\n"
    assert analyse_text(text).deadline.date == "2027-09-15"


def test_weighting_factor_column_with_single_digits_gives_criteria():
    data = docx_bytes([("h1", "Artikel 8 Verdeling van het subsidieplafond"), ("table", [
        ["Criterium", "Wegingsfactor"], ["Bijdrage aan de doelen", "3"], ["Inzet van vrijwilligers", "1"]])])
    assert [(c.name, c.weight) for c in analyse_tender(data).criteria] == [
        ("Bijdrage aan de doelen", "3"), ("Inzet van vrijwilligers", "1")]


def test_sub_headings_of_the_criteria_section_name_the_criteria_their_text_weighs():
    data = docx_bytes([("h1", "Beoordeling"), ("bold", "Visie en aanpak"),
                       ("para", "Hoe draagt uw aanpak bij aan de doelen? U kunt maximaal 30 punten behalen."),
                       ("bold", "Prijs"), ("para", "De laagste prijs krijgt maximaal 20 punten; de overige naar rato.")])
    assert [(c.name, c.weight) for c in analyse_tender(data).criteria] == [
        ("Visie en aanpak", "30 punten"), ("Prijs", "20 punten")]


def test_weighted_choice_in_a_letter_without_criteria_section_gives_criteria_and_keeps_the_page_limit():
    analysis = analyse_text("Beste collega's,\n\nStuur een offerte (max. 3 A4). We kiezen op kwaliteit (70%) en prijs (30%).\n")
    assert [(c.name, c.percentage) for c in analysis.criteria] == [("Kwaliteit", 70.0), ("Prijs", 30.0)]
    assert analysis.page_limit == 3
    assert analyse_text("In 2025 deed 31% van de inwoners (30%) vrijwilligerswerk, 17% (20%) mantelzorg.\n").criteria == []


def test_subsidieregeling_article_doel_gives_goals_and_what_subsidy_is_granted_for_or_refused_on_none():
    data = docx_bytes([
        ("h2", "Artikel 2 Doel"), ("para", "Deze regeling heeft tot doel bij te dragen aan:"),
        ("para", "a. het verminderen van eenzaamheid onder inwoners van 65 jaar en ouder;"),
        ("para", "b. het ontlasten van mantelzorgers, zodat zij de zorg kunnen volhouden."),
        ("h2", "Artikel 5 Subsidiabele activiteiten"), ("para", "Subsidie kan worden verstrekt voor de volgende activiteiten:"),
        ("para", "a. huisbezoeken aan inwoners van 75 jaar en ouder;"),
        ("h2", "Artikel 6 Weigeringsgronden"), ("para", "Het college weigert de subsidie in ieder geval als:"),
        ("para", "a. de activiteiten niet bijdragen aan het doel, bedoeld in artikel 2;"),
    ])
    goals = analyse_tender(data).goals
    assert [(g.text, g.kind) for g in goals] == [
        ("Het verminderen van eenzaamheid onder inwoners van 65 jaar en ouder", "effect"),
        ("Het ontlasten van mantelzorgers, zodat zij de zorg kunnen volhouden.", "effect")]


def test_begroting_programme_wat_gaan_we_doen_gives_outputs_and_wat_mag_het_kosten_nothing():
    data = docx_bytes([("h1", "Thema Eenzaamheid"), ("h2", "Wat willen we bereiken?"),
                       ("para", "Inwoners ontmoeten elkaar in hun eigen wijk. Eenzaamheid wordt eerder herkend door vrijwilligers."),
                       ("h2", "Wat gaan we daarvoor doen?"), ("bullet", "We koppelen jaarlijks 80 nieuwe maatjes."),
                       ("h2", "Wat mag het kosten?"), ("para", "Het college wil dat de lasten niet stijgen."),
                       ("table", [["Thema", "Begroting 2028"], ["Lasten", "€ 640.000"]])])
    goals = analyse_tender(data).goals
    assert [(g.text, g.kind) for g in goals] == [
        ("Inwoners ontmoeten elkaar in hun eigen wijk.", "effect"),
        ("Eenzaamheid wordt eerder herkend door vrijwilligers.", "effect"),
        ("We koppelen jaarlijks 80 nieuwe maatjes.", "output")]


def test_page_limit_of_a_kwaliteitsplan():
    assert analyse_text("## Gunning\nHet kwaliteitsplan omvat ten hoogste 8 pagina's.\n").page_limit == 8


def test_of_several_goal_like_columns_the_one_holding_the_sentence_is_the_goal():
    data = docx_bytes([("h1", "Opgaven en resultaatafspraken"), ("table", [
        ["Opgave", "Resultaat", "Indicator"],
        ["Samenleven", "Inwoners voelen zich thuis in hun buurt en kennen hun buren.", "Score buurtbinding"],
        ["Vrijwillige inzet", "Organisaties vinden en houden voldoende vrijwilligers.", "Aandeel open vacatures"]])])
    goals = analyse_tender(data).goals
    assert [(g.text, g.attributes["opgave"]) for g in goals] == [
        ("Inwoners voelen zich thuis in hun buurt en kennen hun buren.", "Samenleven"),
        ("Organisaties vinden en houden voldoende vrijwilligers.", "Vrijwillige inzet")]


def test_dat_betekent_dat_sentences_under_an_ambitie_are_goals_and_own_measures_and_indicators_are_not():
    data = docx_bytes([("h1", "Voorwoord"), ("para", "Dit programma beschrijft onze ambities voor 2029."),
                       ("h1", "Ambitie 1: Iedereen kan meedoen"),
                       ("para", "Veenhoven telt 2.140 huishoudens met een laag inkomen."),
                       ("para", "Dat betekent dat inwoners met een laag inkomen de regelingen gebruiken waar zij recht op hebben."),
                       ("h2", "Wat doen we?"), ("bullet", "We vereenvoudigen de aanvraag van het Meedoenbudget."),
                       ("bullet", "We organiseren jaarlijks 12 voorlichtingsavonden over regelingen."),
                       ("h2", "Hoe volgen we het?"), ("bullet", "Aandeel inwoners dat het Meedoenbudget gebruikt."),
                       ("h1", "Monitoring"), ("para", "Twee keer per jaar bespreken we de voortgang."),
                       ("para", "In 2030 volgt een tussenevaluatie."), ("para", "De raad ontvangt de evaluatie in 2031.")])
    goals = [g.text for g in analyse_tender(data).goals]
    assert goals == ["Dat betekent dat inwoners met een laag inkomen de regelingen gebruiken waar zij recht op hebben.",
                     "We organiseren jaarlijks 12 voorlichtingsavonden over regelingen."]


def test_budget_in_millions_with_a_decimal_is_exact_and_the_ceiling_wins_over_a_programme_total():
    analysis = analyse_text("## Financiën\nVoor de sociale basis is in 2029 een bedrag van € 4,1 miljoen beschikbaar. "
                            "Via de subsidieregeling verdeelt de gemeente een subsidieplafond van € 2.400.000.\n")
    assert analysis.budget.amount == 2400000.0
    assert analyse_text("Het beschikbare budget is € 4,1 miljoen.").budget.amount == 4100000.0


def test_criteria_in_prose_per_voor_de_clause_and_per_question_number():
    analysis = analyse_text("## Beoordeling\nVoor de aansluiting bij de effecten zijn maximaal 40 punten te behalen, "
                            "voor de samenwerking met partners in de wijk maximaal 25 punten en voor de haalbaarheid "
                            "van de begroting maximaal 20 punten.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Aansluiting bij de effecten", "40 punten"), ("Samenwerking met partners in de wijk", "25 punten"),
        ("Haalbaarheid van de begroting", "20 punten")]
    analysis = analyse_text("## Beoordeling\nVraag 1 tot en met 4 samen levert maximaal 60 punten op, vraag 5 maximaal "
                            "25 punten en vraag 6 maximaal 15 punten.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Vraag 1 tot en met 4", "60 punten"), ("Vraag 5", "25 punten"), ("Vraag 6", "15 punten")]


def test_criteria_listed_after_an_award_lead_in_outside_a_criteria_section_and_one_pagina():
    analysis = analyse_text("## 3 Uw offerte\nWe beoordelen de offertes op basis van de beste prijs-kwaliteitverhouding:\n"
                            "- Plan van aanpak: 60% (maximaal 6 pagina's)\n- Implementatie: 10% (maximaal 1 pagina)\n"
                            "- Prijs: 30%\n")
    assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == [
        ("Plan van aanpak", "60%", 6), ("Implementatie", "10%", 1), ("Prijs", "30%", None)]
    assert analysis.page_limit is None


def test_criteria_in_a_paragraph_whose_first_sentence_speaks_of_assessing_and_a_pass_mark_is_no_criterion():
    analysis = analyse_text("Praktisch\n\nEen regionale commissie beoordeelt de plannen. Vraag 1 tot en met 4 samen levert "
                            "maximaal 60 punten op, vraag 5 maximaal 25 punten en vraag 6 maximaal 15 punten.\n\n"
                            "Aanvragen met minder dan 60 punten vallen af.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Vraag 1 tot en met 4", "60 punten"), ("Vraag 5", "25 punten"), ("Vraag 6", "15 punten")]


def test_gewenst_resultaat_column_holds_the_goal_next_to_a_column_naming_the_opgave():
    data = docx_bytes([("h1", "Inleiding"), ("para", "Wij lichten toe wat wij vragen."),
                       ("h1", "Opgaven en gewenste resultaten"), ("para", "Per opgave staat wat wij in 2028 bereikt willen hebben."),
                       ("table", [["Opgave", "Gewenst resultaat 2028", "Hoe we het volgen"],
                                  ["Opvoedvragen", "Ouders vinden met vragen over opvoeden snel steun in hun omgeving.", "Ouderpanel"],
                                  ["Vrije tijd", "Elk kind, ook uit een gezin met weinig geld, kan meedoen aan sport.", "Jeugdmonitor"]]),
                       ("h1", "Bekostiging"), ("para", "De gemeente betaalt maandelijks een voorschot.")])
    goals = analyse_tender(data, "vraagverheldering.docx").goals
    assert [g.text for g in goals] == ["Ouders vinden met vragen over opvoeden snel steun in hun omgeving.",
                                       "Elk kind, ook uit een gezin met weinig geld, kan meedoen aan sport."]
    assert goals[1].attributes == {"opgave": "Vrije tijd", "hoe we het volgen": "Jeugdmonitor"}


def test_deadline_of_an_open_house_request_for_admission_not_the_end_of_a_transition():
    analysis = analyse_text("## Overgangsregeling\n\nLopende trajecten lopen door tot uiterlijk 30 juni 2027.\n\n"
                            "## Aanmelden\n\nWie uiterlijk 15 oktober 2026 een volledig verzoek tot toelating indient, "
                            "kan per 1 januari 2027 starten.\n")
    assert analysis.deadline.date == "2026-10-15"


def test_budget_is_the_total_over_the_term_when_a_sentence_gives_it_after_the_yearly_amount():
    analysis = analyse_text("Er is jaarlijks € 640.000 beschikbaar binnen de begroting Wmo; over de looptijd van vier jaar "
                            "is dat € 2.560.000. Gunning vindt plaats op beste prijs-kwaliteitverhouding.\n")
    assert (analysis.budget.amount, analysis.budget.per_year) == (2560000, False)


def test_a_quality_price_split_restated_by_the_criteria_table_is_not_counted_twice():
    data = docx_bytes([("h1", "Beoordeling"), ("para", "De kwaliteit weegt voor 70% en de prijs voor 30%."),
                       ("table", [["Gunningscriterium", "Weging"], ["Visie op de opgave", "40%"],
                                  ["Samenwerking in de kernen", "30%"], ["Prijs", "30%"]])])
    criteria = analyse_tender(data, "leidraad.docx").criteria
    assert [(c.name, c.weight) for c in criteria] == [
        ("Visie op de opgave", "40%"), ("Samenwerking in de kernen", "30%"), ("Prijs", "30%")]


def test_goal_kind_ignores_the_indicator_in_brackets_and_a_clause_naming_who_feels_what():
    from proposal_builder.tender.extraction.goals import goal_kind
    assert goal_kind("Bewoners nemen vaker zelf het initiatief voor hun buurt (aantal initiatieven per jaar, streefwaarde 15).") == "effect"
    assert goal_kind("Elke oudere die zich eenzaam voelt krijgt binnen een maand een uitnodiging voor een ontmoetingsactiviteit.") == "output"
    assert goal_kind("Er zijn in elke wijk minimaal twee ontmoetingsplekken waar bewoners binnen kunnen lopen.") == "output"
    assert goal_kind("Het aandeel jongeren dat zich eenzaam voelt, daalt.") == "effect"


def test_a_quality_price_split_restated_by_a_flattened_criteria_table_one_per_line_is_not_counted_twice():
    analysis = analyse_text("## Beoordeling\n\nDe kwaliteit weegt voor 70% en de prijs voor 30%.\n\nGunningscriterium Weging\n\n"
                            "Visie op de opgave 40%\n\nSamenwerking in de kernen 30%\n\nPrijs 30%\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Visie op de opgave", "40%"), ("Samenwerking in de kernen", "30%"), ("Prijs", "30%")]


@pytest.mark.parametrize("rule", GOAL_RULES, ids=lambda rule: rule.name)
def test_every_goal_rule_decides_a_candidate_of_its_example(rule):
    assert rule.name in [decision.rule for decision in explain(read_pasted(rule.example))]


@pytest.mark.parametrize("rule", KIND_RULES, ids=lambda rule: rule.name)
def test_every_kind_rule_decides_a_goal_of_its_example(rule):
    assert rule.name in [decision.kind_rule for decision in explain(read_pasted(rule.example))]


def test_the_trace_names_the_rule_of_every_candidate_and_stays_off_the_goals():
    trace = []
    goals = extract_goals(read_pasted("## Doelen\n- Inwoners kennen hun buren.\n- Eenzaamheid\n"), trace=trace)
    assert [(d.candidate.text, d.rule, d.kind_rule) for d in trace] == [
        ("Inwoners kennen hun buren.", "list_in_goal_section", "more_effect_cues"), ("Eenzaamheid", "too_short", "")]
    assert [(g.text, g.attributes) for g in goals] == [("Inwoners kennen hun buren.", {})]


def test_a_measured_change_in_a_goal_section_is_a_goal_and_a_claim_about_an_activity_is_not():
    text = ("### Thema 3: Vitaal thuis\n\nBewegen houdt ouderen zelfstandig en voorkomt valongevallen. Meer ouderen "
            "bewegen voldoende: het aandeel 65-plussers dat voldoet aan de beweegrichtlijnen stijgt van 38% naar 45% in 2028.\n")
    goals = [goal.text for goal in extract_goals(read_pasted("## Wat willen we bereiken?\n\n" + text))]
    assert goals == ["Meer ouderen bewegen voldoende: het aandeel 65-plussers dat voldoet aan de beweegrichtlijnen "
                     "stijgt van 38% naar 45% in 2028."]


def test_bare_lines_of_a_pasted_web_page_under_a_theme_are_goals_and_the_money_available_is_not():
    text = ("Subsidieoproep Opvoeden en opgroeien\n\nWaarom deze oproep?\n\nOpgroeien gaat voor de meeste kinderen goed. "
            "Toch maken ouders zich zorgen.\n\nDe oproep hoort bij het beleidsplan Samen Opgroeien.\n\n"
            "Met deze oproep versterken we de pedagogische basis van de stad.\n\nWat willen we bereiken?\n\nWe zoeken activiteiten binnen twee "
            "thema's. Per thema hebben we twee doelen.\n\nThema 1: Opvoedondersteuning dichtbij\n\nOuders met vragen over "
            "opvoeden vinden snel hulp in hun eigen wijk.\n\nIn elke wijk is er elke week een opvoedspreekuur op een vaste "
            "plek.\n\nThema 2: Veilig opgroeien\n\nJongeren van 10 tot 14 jaar hebben een plek in de buurt.\n\n"
            "Zorgen over kinderen komen sneller bij het buurtteam terecht.\n\nHoeveel geld is er?\n\n"
            "Voor 2028 is in totaal € 315.000 beschikbaar (het subsidieplafond). U kunt per aanvraag maximaal € 60.000 "
            "aanvragen.\n\nBelangrijke data\n\nAanvragen kan tot en met 31 oktober 2027. Wij besluiten in december.\n")
    assert [goal.text for goal in extract_goals(read_pasted(text))] == [
        "Ouders met vragen over opvoeden vinden snel hulp in hun eigen wijk.",
        "In elke wijk is er elke week een opvoedspreekuur op een vaste plek.",
        "Jongeren van 10 tot 14 jaar hebben een plek in de buurt.",
        "Zorgen over kinderen komen sneller bij het buurtteam terecht."]


def test_short_paragraphs_are_a_lost_list_only_in_a_section_without_real_bullets():
    from proposal_builder.tender.extraction.candidates import bare_lines

    lines = ("Het steunpunt ziet oudere partners vaak pas laat.\n\nDagbesteding is er alleen in de hoofdkern.\n\n")
    pasted = read_pasted("Oproep\n\n## Mantelzorg\n\n" + lines)
    assert len(bare_lines(pasted)) == 2  # a web page whose bullets were lost
    with_bullets = read_pasted("Oproep\n\n## Mantelzorg\n\n" + lines + "- Mantelzorgers houden de zorg vol.\n")
    assert bare_lines(with_bullets) == set()  # this section kept its bullets: the paragraphs are prose


def test_a_numbered_article_item_announcing_lettered_goals_is_no_goal_itself():
    elements = [("h1", "Artikel 3 Doel"), ("number", "De subsidie wordt verstrekt voor activiteiten die eraan bijdragen dat:"),
                ("bullet2", "ouderen zich minder eenzaam voelen;"), ("bullet2", "ouderen langer zelfstandig thuis wonen.")]
    goals = [goal.text for goal in analyse_tender(docx_bytes(elements)).goals]
    assert goals == ["Ouderen zich minder eenzaam voelen", "Ouderen langer zelfstandig thuis wonen."]


def test_a_criterion_naming_goals_by_the_tenders_own_numbers_covers_those_goals():
    table = [["Nr", "Doel", "Indicator", "Streefwaarde"],
             ["1", "Ouderen die zich eenzaam voelen hebben weer regelmatig contact met anderen in hun dorp",
              "aandeel deelnemers met meer contact", "70%"],
             ["2", "Minder 75-plussers voelen zich sterk eenzaam", "aandeel sterk eenzame 75-plussers", "van 13% naar 10%"]]
    data = docx_bytes([
        ("title", "Subsidietender Ouder worden in de kernen"), ("h1", "De thema's en doelen"),
        ("h2", "B. Vervoer"),  # the tender's goals 3 and 4 come first in the document
        ("bullet", "Doel 3: Inwoners zonder eigen vervoer kunnen naar de huisarts, de winkel en familie."),
        ("bullet", "Doel 4: Vrijwillige chauffeurs maken jaarlijks ten minste 3.000 ritten voor minder mobiele inwoners."),
        ("h2", "A. Ontmoeting"), ("table", table),
        ("h1", "Hoe beoordelen we uw aanvraag?"),
        ("number", "Bijdrage aan de doelen: in hoeverre dragen de activiteiten bij aan de doelen? – maximaal 40 punten"),
        ("number", "Inzet van vrijwilligers: hoe begeleidt u de vrijwilligers voor doel 4 en doel 1? – maximaal 15 punten")])
    analysis = analyse_tender(data)
    texts = [g.text for g in analysis.goals]
    assert texts[1].startswith("Vrijwillige chauffeurs") and texts[2].startswith("Ouderen die zich eenzaam")
    volunteers = next(c for c in analysis.criteria if c.name == "Inzet van vrijwilligers")
    assert sorted(volunteers.goals) == [2, 3]  # the goals numbered 4 and 1, at their places in the list found


def test_a_criterion_described_under_its_code_and_name_takes_the_goals_named_there():
    data = docx_bytes([
        ("title", "Aanbestedingsleidraad Jeugd in de kernen"), ("h1", "Doelen"),
        ("number", "Jongeren in de kleine kernen hebben een plek om elkaar te ontmoeten."),
        ("number", "Minder jongeren onder de 18 drinken alcohol."),
        ("number", "In alle keten zijn afspraken gemaakt over leeftijd en schenken."),
        ("h1", "Gunningscriteria"),
        ("table", [["Code", "Criterium", "Weging", "Max. pagina's"],
                   ["K1", "Plan van aanpak jongeren in de kernen", "60%", "5"],
                   ["K2", "Plan van aanpak alcohol en keten", "40%", "3"]]),
        ("bold", "K1 Plan van aanpak jongeren in de kernen"),
        ("para", "Beschrijf hoe u bijdraagt aan doel 1: welke activiteiten u in welke kernen uitvoert."),
        ("bold", "K2 Plan van aanpak alcohol en keten"),
        ("para", "Beschrijf uw aanpak voor de doelen 2 en 3 en de rol van ouders en keethouders.")])
    criteria = {c.name: c.goals for c in analyse_tender(data).criteria}
    assert criteria == {"Plan van aanpak jongeren in de kernen": [1], "Plan van aanpak alcohol en keten": [2, 3]}


def test_a_numbered_list_written_in_one_goal_cell_gives_a_goal_per_item():
    data = docx_bytes([
        ("title", "Programma van Eisen Buurtwerk"), ("h1", "Beoogde resultaten"),
        ("table", [["Onderdeel", "Beoogde resultaten", "Indicatoren en streefwaarden"],
                   ["Buurtwerk", "1. Bewoners kennen hun buren en helpen elkaar bij kleine dingen. 2. Inwoners over wie "
                                 "een signaal binnenkomt, worden binnen vijf werkdagen thuis bezocht.", "Bij 1: aandeel"],
                   ["Mantelzorg", "3. Mantelzorgers weten waar zij terechtkunnen voor informatie en respijt.", "Bij 3: aantal"]])])
    texts = [g.text for g in analyse_tender(data).goals]
    assert texts == ["Bewoners kennen hun buren en helpen elkaar bij kleine dingen.",
                     "Inwoners over wie een signaal binnenkomt, worden binnen vijf werkdagen thuis bezocht.",
                     "Mantelzorgers weten waar zij terechtkunnen voor informatie en respijt."]


def test_a_list_item_stating_a_goal_and_then_its_measure_gives_the_goal_sentence_and_its_target():
    data = docx_bytes([
        ("title", "Offerteaanvraag Buurtbemiddeling"), ("h1", "Wat wij willen bereiken"),
        ("bullet", "Burenruzies worden opgelost voordat politie of woningcorporatie moeten ingrijpen. Wij volgen dit met "
                   "het aandeel bemiddelingszaken dat met een afspraak wordt afgesloten; dat moet in 2029 ten minste 65 procent zijn."),
        ("bullet", "Buren die een conflict hebben gehad, gaan weer normaal met elkaar om.")])
    goals = analyse_tender(data).goals
    assert [g.text for g in goals] == ["Burenruzies worden opgelost voordat politie of woningcorporatie moeten ingrijpen.",
                                       "Buren die een conflict hebben gehad, gaan weer normaal met elkaar om."]
    assert "65 procent" in goals[0].target


PLAIN_THEMES_AFTER_BUDGET = """SUBSIDIEOPROEP WIJKEN VOORUIT 2028
Gemeente Oosterhaal

Beschikbaar budget
Het subsidieplafond bedraagt € 400.000, verdeeld over twee thema's:
• Thema 1 Samen sterker: € 250.000
• Thema 2 Gezond opgroeien: € 150.000

Thema 1 Samen sterker
In de wijk Kerkveld wonen veel ouderen alleen.
Met dit thema wil de gemeente de volgende doelen bereiken:
1. Ouderen in Kerkveld hebben vaker contact met buurtbewoners.
2. Jaarlijks nemen ten minste 60 ouderen deel aan een buurtactiviteit.

Thema 2 Gezond opgroeien
Doel\tIndicator\tStreefwaarde 2029
Kinderen in Kerkveld bewegen dagelijks een uur\taandeel kinderen dat de beweegnorm haalt\t60%

Voorwaarden
Een aanvraag komt alleen in behandeling als aan deze voorwaarden is voldaan:
1. De aanvrager is een rechtspersoon zonder winstoogmerk.
2. De activiteiten zijn gratis voor de deelnemers.
3. De aanvrager werkt samen met het wijkteam.

Beoordeling
Een commissie beoordeelt de aanvragen op bereik, aanpak en samenwerking.
Een aanvraag moet ten minste 50 punten halen.

Tijdpad
Aanvragen moeten uiterlijk vrijdag 1 oktober 2027 om 17.00 uur binnen zijn.
Het college besluit uiterlijk 15 december 2027.
"""


def test_goals_of_a_theme_part_read_under_a_budget_title_in_plain_text_are_found():
    # a plain-text document's guessed nesting puts "Thema 1 ..." under the title before it ("Beschikbaar budget");
    # a lead-in naming the goals, or a table headed "Doel", makes the part a goal section all the same
    goals = _goals(PLAIN_THEMES_AFTER_BUDGET)
    assert "Ouderen in Kerkveld hebben vaker contact met buurtbewoners." in goals
    assert "Jaarlijks nemen ten minste 60 ouderen deel aan een buurtactiviteit." in goals
    assert any(text.startswith("Kinderen in Kerkveld bewegen dagelijks") for text in goals)
    assert not any("rechtspersoon" in text or "gratis" in text for text in goals)  # conditions stay conditions
