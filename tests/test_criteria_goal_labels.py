"""The goals an award criterion covers, found by the labels the tender gives its goals: their own codes ("R1 tot en
met R3", "doelen A1 tot en met A4"), their numbers beside those codes ("effect 1 en effect 2"), their place in the
list ("het tweede doel"), the table holding them ("de indicatoren uit tabel 2"), and a list of descriptions one per
criterion."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.goal_labels import numbered

from .tender_samples import docx_bytes

EFFECTS_AND_RESULTS = [
    ("title", "Programma van Eisen"), ("h1", "3 Doelen en resultaten"), ("h2", "3.1 Beoogde maatschappelijke effecten"),
    ("para", "De opdracht moet bijdragen aan de volgende maatschappelijke effecten:"),
    ("number", "Mantelzorgers kunnen de zorg combineren met werk, school en een eigen leven."),
    ("number", "Mantelzorgers raken niet overbelast en weten waar zij terechtkunnen."),
    ("number", "Jonge mantelzorgers worden eerder gezien en krijgen steun die bij hun leeftijd past."),
    ("h2", "3.2 Resultaten"),
    ("table", [["Nr.", "Resultaat", "Meetbaar via", "Streefwaarde"],
               ["R1", "Meer mantelzorgers zijn in beeld en ingeschreven.", "aantal ingeschreven mantelzorgers", "2.100"],
               ["R2", "Mantelzorgers krijgen snel een eerste gesprek.", "percentage binnen 10 werkdagen", "90%"],
               ["R3", "Jonge mantelzorgers worden bereikt via school.", "aantal scholen met voorlichting", "6"],
               ["R4", "Mantelzorgers kunnen respijtzorg inzetten wanneer zij dat nodig hebben.", "aantal gebruikers",
                "150 per jaar"]]),
]


def _goals(analysis) -> dict[str, list[int]]:
    return {c.name: c.goals for c in analysis.criteria}


def test_a_criterion_names_goals_by_effect_number_and_by_result_code_in_one_sentence():
    analysis = analyse_tender(docx_bytes(EFFECTS_AND_RESULTS + [
        ("h1", "8 Gunningscriteria"),
        ("table", [["Code", "Gunningscriterium", "Weging"], ["K1", "Ondersteuning van mantelzorgers", "50%"],
                   ["K2", "Respijtzorg", "30%"], ["P", "Prijs", "20%"]]),
        ("para", "Wat wij per criterium willen lezen:"),
        ("para", "K1 Ondersteuning van mantelzorgers: hoe u bijdraagt aan effect 1 en effect 2 en hoe u de resultaten "
                 "R1 tot en met R3 behaalt."),
        ("para", "K2 Respijtzorg: hoe u resultaat R4 behaalt en hoe u vrijwilligers werft."),
    ]), "pve.docx")
    assert len(analysis.goals) == 7
    assert _goals(analysis) == {"Ondersteuning van mantelzorgers": [1, 2, 4, 5, 6], "Respijtzorg": [7], "Prijs": []}


def test_goals_coded_in_their_own_text_are_found_by_a_code_range_under_a_bold_criterion_line():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), ("h1", "3 Doelen"),
        ("number", "A1. Ouderen in de kernen kunnen langer zelfstandig thuis wonen."),
        ("number", "A2. Mantelzorgers raken niet overbelast."),
        ("number", "B1. Thuiswonende 65-plussers vallen minder vaak."),
        ("number", "B2. Ouderen zonder auto kunnen op hun bestemming komen."),
        ("h1", "7 Gunning"),
        ("table", [["Code", "Gunningscriterium", "Weging"], ["K1", "Plan van aanpak ondersteuning", "50%"],
                   ["K2", "Plan van aanpak vitaal ouder worden", "30%"], ["P", "Prijs", "20%"]]),
        ("bold", "K1 Plan van aanpak ondersteuning (50%)"),
        ("para", "Beschrijf hoe u bijdraagt aan de doelen A1 tot en met A2."),
        ("bold", "K2 Plan van aanpak vitaal ouder worden (30%)"),
        ("para", "Beschrijf hoe u bijdraagt aan de doelen B1 en B2."),
    ]), "leidraad.docx")
    assert _goals(analysis) == {"Plan van aanpak ondersteuning": [1, 2], "Plan van aanpak vitaal ouder worden": [3, 4],
                                "Prijs": []}


def test_a_goal_named_by_its_place_counts_the_listed_goals_not_an_ambition_sentence_before_them():
    analysis = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag Buurtbemiddeling"), ("h1", "2 Doelen van buurtbemiddeling"),
        ("para", "Met buurtbemiddeling wil de gemeente bereiken dat buren zelf hun conflicten oplossen."),
        ("table", [["Doel", "Indicator", "Streefwaarde"],
                   ["Burenconflicten worden opgelost voordat ze escaleren.", "percentage opgeloste zaken", "70%"],
                   ["Bewoners lossen onenigheid zelf op met hulp van getrainde vrijwilligers.", "aantal bemiddelaars", "24"],
                   ["Politie en wijkteam verwijzen burenconflicten vroeg door.", "aandeel vroege aanmeldingen", "60%"]]),
        ("h1", "5 Gunning"),
        ("table", [["Criterium", "Punten"], ["Werving van vrijwilligers", "40"], ["Samenwerking met ketenpartners", "30"],
                   ["Prijs", "30"]]),
        ("para", "Bij Werving van vrijwilligers kijken wij vooral naar het tweede doel, bij Samenwerking met "
                 "ketenpartners naar het derde doel."),
    ]), "offerte.docx")
    texts = [goal.text for goal in analysis.goals]
    volunteers = texts.index("Bewoners lossen onenigheid zelf op met hulp van getrainde vrijwilligers.") + 1
    referrals = texts.index("Politie en wijkteam verwijzen burenconflicten vroeg door.") + 1
    assert _goals(analysis)["Werving van vrijwilligers"] == [volunteers]
    assert _goals(analysis)["Samenwerking met ketenpartners"] == [referrals]


def test_descriptions_listed_per_criterion_and_a_table_named_by_its_caption_give_the_goals():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), ("h1", "3 Beoogde effecten"),
        ("para", "Tabel 2 bevat de beoogde maatschappelijke effecten per perceel."),
        ("table", [["Nr.", "Beoogd maatschappelijk effect", "Indicator"],
                   ["1", "Mantelzorgers voelen zich voldoende ondersteund.", "aandeel overbelaste mantelzorgers"],
                   ["2", "Meer inwoners zetten zich vrijwillig in.", "aandeel vrijwilligers"],
                   ["3", "Ouderen voelen zich minder eenzaam.", "aandeel eenzame 75-plussers"]]),
        ("h1", "Bijlage 2 Gunningscriteria"),
        ("table", [["Code", "Gunningscriterium", "Weging"], ["K1", "Visie op de sociale basis", "20%"],
                   ["K2", "Plan van aanpak", "40%"], ["K3", "Samenwerking", "20%"], ["P", "Prijs", "20%"]]),
        ("para", "Toelichting per criterium:"),
        ("number", "Beschrijf hoe u de ambitie vertaalt naar de deelnemende gemeenten."),
        ("number", "Beschrijf per beoogd effect uit tabel 2 welke activiteiten u inzet."),
        ("number", "Beschrijf hoe u samenwerkt. Het gaat daarbij vooral om effect 3."),
    ]), "leidraad.docx")
    assert _goals(analysis) == {"Visie op de sociale basis": [], "Plan van aanpak": [1, 2, 3], "Samenwerking": [3],
                                "Prijs": []}


def test_goals_named_in_the_sentences_after_a_criterion_and_by_the_tenders_own_numbers():
    analysis = analyse_text(
        "Offerteaanvraag\n\n2. Wat willen wij bereiken?\n\n"
        "Het maatschappelijk effect dat wij nastreven, is dat inwoners zelfstandig hun zaken kunnen regelen.\n\n"
        "Doel 1 - Meer inwoners met lage basisvaardigheden nemen deel aan een taaltraject.\n\n"
        "Doel 2 - Inwoners die digitaal niet mee kunnen, krijgen dichtbij huis hulp.\n\n"
        "Doel 3 - Professionals herkennen laaggeletterdheid en verwijzen door.\n\n"
        "5. Beoordeling van uw offerte\n\n"
        "Wij beoordelen uw offerte op kwaliteit (70%) en prijs (30%).\n\n"
        "Het plan van aanpak weegt 40%. Hierin beschrijft u hoe u doel 1 en doel 2 wilt bereiken. De samenwerking met "
        "het sociaal team weegt 30%; daarbij gaat het vooral om doel 3.\n")
    texts = [goal.text for goal in analysis.goals]
    assert not any(text.startswith("Doel ") for text in texts)  # the label is not part of the goal
    places = [next(i for i, text in enumerate(texts, 1) if text.startswith(start))
              for start in ("Meer inwoners met lage", "Inwoners die digitaal", "Professionals herkennen")]
    assert _goals(analysis)["Plan van aanpak"] == places[:2]
    assert _goals(analysis)["Samenwerking met het sociaal team"] == places[2:]


def test_goal_numbers_in_words_and_ranges():
    assert numbered("hoe u bijdraagt aan effect 1 en effect 2 en de resultaten R1 tot en met R3") == [1, 2]
    assert numbered("de doelstellingen 1 tot en met 4 en doel 6") == [1, 2, 3, 4, 6]
    assert numbered("het aandeel daalt met 10 procent in doel 2028") == []


def test_a_criterion_on_the_goals_of_the_theme_applied_for_covers_every_goal():
    for wording in ("de doelen van het deelthema waarvoor u aanvraagt", "de doelen van de gekozen thema's"):
        analysis = analyse_text(
            "# Subsidietender Informele zorg\n\n## Doelen\n\n"
            "- Mantelzorgers voelen zich gesteund en kunnen hun zorg langer volhouden.\n"
            "- Vrijwilligers vinden makkelijk passend vrijwilligerswerk in hun eigen dorp.\n"
            "- Inwoners met geldzorgen vragen eerder om hulp.\n\n## Beoordeling\n\n"
            f"a. Doelbereik: de mate waarin de activiteiten bijdragen aan {wording}: maximaal 40 punten.\n"
            "b. Samenwerking met huisartsen en wijkteams: maximaal 30 punten.\n"
            "c. Begroting: maximaal 30 punten.\n")
        assert [(c.name, c.goals) for c in analysis.criteria][0] == ("Doelbereik", [1, 2, 3])


def test_results_coded_in_their_own_headings_are_named_by_a_criterion_as_resultaat_1_2():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Beschrijvend document Informele zorg"),
        ("h2", "3 Resultaten"),
        ("h3", "Resultaat 1.1 Eerder in beeld"),
        ("para", "Mantelzorgers komen eerder in beeld bij het steunpunt mantelzorg."),
        ("h3", "Resultaat 1.2 Ondersteuning dichtbij"),
        ("para", "Mantelzorgers voelen zich voldoende ondersteund door aanbod dichtbij huis."),
        ("h3", "Resultaat 2.1 Vrijwilligers vinden hun plek"),
        ("para", "Inwoners die vrijwilligerswerk zoeken, vinden snel een passende plek."),
        ("h2", "4 Gunning"),
        ("table", [["Code", "Criterium", "Wat wij beoordelen", "Punten"],
                   ["G1", "Samenwerking in de regio", "Hoe u samenwerkt met huisartsen en wijkteams; in het bijzonder voor "
                                                      "resultaat 1.2 en resultaat 2.1.", "200"],
                   ["G2", "Risico's", "De drie belangrijkste risico's en uw beheersmaatregelen.", "100"]]),
    ]), "beschrijvend_document.docx")
    assert [(c.name, c.goals) for c in analysis.criteria] == [("Samenwerking in de regio", [2, 3]), ("Risico's", [])]


def test_a_sentence_under_the_last_criterion_that_names_another_one_gives_its_goals_to_that_one():
    # a table pasted cell by cell, one line each, as copied from an official publication
    analysis = analyse_text(
        "Subsidieregeling Sociale basis\n\nArtikel 2 Doelen\nHet college verstrekt subsidie voor de doelen in bijlage 1.\n\n"
        "Artikel 8 Rangschikking\n1. Het college rangschikt de aanvragen. Daarbij worden punten toegekend volgens de "
        "onderstaande tabel.\nCriterium\nMaximaal aantal punten\nDoelgerichtheid\n50\nVrijwillige inzet\n30\n"
        "Doelmatigheid van de begroting\n20\n"
        "2. Bij het criterium Vrijwillige inzet wordt in het bijzonder betrokken in hoeverre de aanvraag bijdraagt aan doel B2.\n\n"
        "Bijlage 1 Doelen\n\nOnderdeel B Vrijwillige inzet\nDoel B1\nMantelzorgers ervaren minder overbelasting.\n"
        "Doel B2\nMeer inwoners doen vrijwilligerswerk, ook inwoners die dat tot nu toe niet deden.\n")
    assert [(c.name, c.goals) for c in analysis.criteria][1:] == [("Vrijwillige inzet", [2]), ("Doelmatigheid van de begroting", [])]


def test_criteria_named_in_one_sentence_each_with_its_points_and_goals_linked_by_coordinated_places_in_prose():
    analysis = analyse_text(
        "# Offerteaanvraag Taal- en Digipunt\n\n## Wat wij willen bereiken\n\nDe gemeente wil drie doelen bereiken:\n"
        "1. Inwoners die moeite hebben met lezen of schrijven, vinden de weg naar hulp.\n"
        "2. Inwoners die een cursus volgen, worden zelfstandiger in het dagelijks leven.\n"
        "3. Professionals in de gemeente herkennen laaggeletterdheid en verwijzen door.\n\n"
        "Om deze doelen te bereiken vragen wij de volgende prestaties:\n"
        "* Een wekelijks inloopspreekuur in de bibliotheek.\n* Oefengroepen voor taal en digitale vaardigheden.\n"
        "* De werving, training en begeleiding van vrijwillige taalmaatjes.\n\n"
        "## Beoordeling van de offertes\n\nWij beoordelen de offertes op basis van de beste prijs-kwaliteitverhouding. "
        "Het criterium Aanpak en bereik levert ten hoogste 35 punten op, het criterium Samenwerking en doorverwijzing ten "
        "hoogste 20 punten en het criterium Inzet van vrijwilligers ten hoogste 15 punten. Het criterium Prijs levert ten "
        "hoogste 30 punten op; de laagste prijs krijgt 30 punten.\n\n"
        "Bij Aanpak en bereik beoordelen wij hoe u bijdraagt aan het eerste en het tweede doel. Bij Samenwerking en "
        "doorverwijzing gaat het om het derde doel. Bij Inzet van vrijwilligers kijken wij naar de derde prestatie.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Aanpak en bereik", "35 punten"), ("Samenwerking en doorverwijzing", "20 punten"),
        ("Inzet van vrijwilligers", "15 punten"), ("Prijs", "30 punten")]
    assert _goals(analysis) == {"Aanpak en bereik": [1, 2], "Samenwerking en doorverwijzing": [3],
                                "Inzet van vrijwilligers": [6], "Prijs": []}


def test_a_criterion_naming_a_whole_list_its_lead_in_names_covers_that_list():
    analysis = analyse_text(
        "# Uitvraag subsidietender\n\n## Wat willen wij bereiken?\n\nPer thema is een beoogd effect vastgesteld:\n"
        "1. Inwoners van alle leeftijden bewegen meer, ook met weinig geld.\n"
        "2. Kinderen groeien gezond op, met voldoende beweging en gezonde voeding.\n"
        "3. Inwoners met klachten die niet medisch zijn, vinden via de huisarts een activiteit.\n\n"
        "Voor alle thema's samen willen wij daarnaast de volgende resultaten bereiken:\n"
        "* Huisartsen in alle kernen weten welke activiteiten er zijn en verwijzen daarnaar.\n"
        "* Alle gesubsidieerde activiteiten staan op de website.\n\n"
        "## Hoe beoordelen wij uw aanvraag?\n\n| Nr. | Criterium | Punten |\n| 1 | Bijdrage aan het beoogde effect | 40 |\n"
        "| 2 | Bereik van inwoners met een laag inkomen | 30 |\n| 3 | Samenwerking met huisartsen | 30 |\n\n"
        "Criterium 1 gaat over de drie beoogde effecten. Criterium 3 gaat over de twee resultaten voor alle thema's.\n")
    assert [c.goals for c in analysis.criteria] == [[1, 2, 3], [], [4, 5]]


def test_a_goals_cell_mixing_letter_codes_and_result_codes_names_each_goal_by_its_code():
    analysis = analyse_tender(docx_bytes([
        ("h1", "4 Doelen en resultaten"),
        ("para", "De gemeente wil met buurtbemiddeling drie doelen bereiken."),
        ("table", [["Code", "Doel", "Indicator"],
                   ["A", "Bewoners lossen onenigheid met hun buren zelf op.", "aandeel afspraken"],
                   ["B", "Politie en corporaties verwijzen burenruzies vroeg door.", "aantal verwijzingen"],
                   ["C", "Bewoners voelen zich veilig in hun straat.", "aandeel inwoners met overlast"]]),
        ("para", "Om deze doelen te bereiken vraagt de gemeente de volgende resultaten:"),
        ("table", [["Code", "Resultaat"],
                   ["R1", "Bewoners kunnen buurtbemiddeling aanvragen via één telefoonnummer."],
                   ["R2", "De opdrachtnemer werkt met een vaste groep getrainde bemiddelaars."]]),
        ("h1", "11 Gunning"),
        ("para", "De gemeente beoordeelt de inschrijvingen op de criteria in de tabel hieronder."),
        ("table", [["Code", "Criterium", "Weging", "Doelen"],
                   ["K1", "Plan van aanpak bemiddeling", "50%", "A, C"],
                   ["K2", "Samenwerking met verwijzers", "30%", "B, R1"],
                   ["K3", "Prijs", "20%", "–"]]),
    ]), "leidraad.docx")
    assert _goals(analysis) == {"Plan van aanpak bemiddeling": [1, 3], "Samenwerking met verwijzers": [2, 4], "Prijs": []}


def test_goals_numbered_per_lot_in_a_number_column_are_found_by_a_dotted_range_and_a_dotted_run():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad Sociale basis"), ("h1", "3 Doelen"), ("h2", "3.1 Perceel 1"),
        ("table", [["Nr.", "Doel", "Indicator"],
                   ["1.1", "Inwoners met problemen op meerdere levensgebieden krijgen weer grip op hun leven.", "ZRM-score"],
                   ["1.2", "Het maatschappelijk werk is in elke wijk zonder afspraak bereikbaar.", "dagdelen inloop"],
                   ["1.3", "Inwoners krijgen de toeslagen waar zij recht op hebben.", "financieel resultaat"]]),
        ("h2", "3.2 Perceel 2"),
        ("table", [["Nr.", "Doel", "Indicator"],
                   ["2.1", "Ouders voorkomen dat ruzies thuis uitlopen op geweld.", "aandeel ouders met minder ruzie"],
                   ["2.2", "Buren lossen hun conflict zelf op.", "aandeel bemiddelingen met afspraken"]]),
        ("h1", "6 Gunningscriteria"),
        ("table", [["Code", "Gunningscriterium", "Punten"], ["K1", "Aanpak van de doelen", "500 punten"],
                   ["K2", "Bereik in de wijken", "250 punten"], ["P", "Prijs", "250 punten"]]),
        ("bold", "K1 Aanpak van de doelen (500 punten)"),
        ("para", "Beschrijf per doel (perceel 1: doelen 1.1 tot en met 1.3; perceel 2: doelen 2.1 tot en met 2.2) welke "
                 "aanpak u kiest."),
        ("bold", "K2 Bereik in de wijken (250 punten)"),
        ("para", "Beschrijf hoe u inwoners bereikt die zelf geen hulp vragen, in het bijzonder bij de doelen 1.2 en 2.2."),
    ]), "leidraad.docx")
    assert len(analysis.goals) == 5
    assert _goals(analysis) == {"Aanpak van de doelen": [1, 2, 3, 4, 5], "Bereik in de wijken": [2, 5], "Prijs": []}
