"""A letter whose chapters are items of one numbered list, as pasted into Word: the items read as headings, so the
goals under "2. Wat willen wij bereiken?" are found as in the pasted text."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.reading.blocks import HEADING

from .tender_samples import docx_bytes

LETTER = [
    ("para", "Geachte heer, mevrouw,"),
    ("para", "Hierbij nodigt de gemeente u uit een offerte uit te brengen."),
    ("number", "Inleiding"),
    ("para", "Ongeveer 3.400 volwassen inwoners hebben moeite met lezen en schrijven."),
    ("number", "Wat willen wij bereiken?"),
    ("para", "Het maatschappelijk effect dat wij nastreven, is dat inwoners zelfstandig hun post kunnen regelen."),
    ("para", "Doel 1 - Meer inwoners met lage basisvaardigheden nemen deel aan een taaltraject."),
    ("para", "Wij meten dit aan het aantal nieuwe deelnemers per jaar; ons streven is minimaal 240 in 2029."),
    ("number", "Planning"),
    ("para", "Offertes ontvangen wij uiterlijk 1 oktober 2027."),
]


def test_the_numbered_chapters_of_a_letter_in_word_are_its_headings():
    analysis = analyse_tender(docx_bytes(LETTER), "offerteaanvraag.docx")
    assert [block.text for block in analysis.blocks if block.kind == HEADING] == [
        "Inleiding", "Wat willen wij bereiken?", "Planning"]
    goals = [(goal.text, goal.indicator) for goal in analysis.goals]
    assert goals == [
        ("Het maatschappelijk effect dat wij nastreven, is dat inwoners zelfstandig hun post kunnen regelen.", ""),
        ("Meer inwoners met lage basisvaardigheden nemen deel aan een taaltraject.",  # without its label
         "aantal nieuwe deelnemers per jaar")]


def test_a_numbered_list_of_sentences_stays_a_list():
    data = docx_bytes([("h1", "Doelen"), ("number", "Inwoners kennen hun buren."), ("number", "Ouderen bewegen meer."),
                       ("para", "De gemeente volgt dit jaarlijks.")])
    assert [goal.text for goal in analyse_tender(data, "doelen.docx").goals] == [
        "Inwoners kennen hun buren.", "Ouderen bewegen meer."]


def test_a_goal_paragraph_before_its_measure_lines_is_no_summary_of_them():
    analysis = analyse_text(
        "## 1 Inleiding\n\nDe gemeente zet in op welzijn op recept.\n\nHuisartsen verwijzen door.\n\n"
        "## 3 Wat willen we bereiken?\n\nMeer inwoners van 55 jaar en ouder bewegen voldoende.\n\n"
        "- Meten we met: aandeel 55-plussers dat voldoet aan de beweegrichtlijn\n- Streefwaarde: 50% in 2030\n\n"
        "## 4 Planning\n\nAanmelden kan vanaf 1 maart.\n")
    goal = analysis.goals[0]
    assert (goal.text, goal.indicator, goal.target) == (
        "Meer inwoners van 55 jaar en ouder bewegen voldoende.", "aandeel 55-plussers dat voldoet aan de beweegrichtlijn",
        "50% in 2030")


def test_short_title_lines_in_the_body_font_of_a_letter_are_its_chapters():
    body = "Ongeveer 3.400 volwassen inwoners van de gemeente hebben moeite met lezen, schrijven of rekenen."
    data = docx_bytes([
        ("para", "Geachte heer, mevrouw,"), ("para", "Inleiding"), ("para", body),
        ("para", "Wat willen wij bereiken?"),
        ("para", "Doel 1 - Meer inwoners met lage basisvaardigheden nemen deel aan een taaltraject dicht bij huis."),
        ("para", "Wij meten dit aan het aantal nieuwe deelnemers per jaar; ons streven is minimaal 240 in 2029."),
        ("para", "Planning"), ("para", "Offertes ontvangen wij uiterlijk 1 oktober 2027 via de mail van de afdeling inkoop."),
    ])
    analysis = analyse_tender(data, "brief.docx")
    assert [block.text for block in analysis.blocks if block.kind == HEADING] == [
        "Inleiding", "Wat willen wij bereiken?", "Planning"]
    assert [(goal.text[:6], goal.target) for goal in analysis.goals] == [("Meer i", "minimaal 240 in 2029")]


def test_a_sentence_naming_a_lettered_goal_gives_that_goal_its_measure():
    analysis = analyse_text(
        "## Artikel 1 Begrippen\n\nIn deze regeling wordt verstaan onder ouderen: inwoners van 65 jaar en ouder.\n\n"
        "## Artikel 2 Doel van de subsidie\n\nDe subsidie is gericht op:\n"
        "a. het vergroten van de zelfredzaamheid van ouderen;\nb. het verminderen van eenzaamheid onder ouderen;\n"
        "c. het eerder signaleren van ouderen die kwetsbaar worden.\n\n"
        "Het college meet de voortgang op het doel onder a met het aandeel 75-plussers dat zelfstandig woont, met als "
        "streefwaarde ten minste 91% in 2029. Voor het doel onder b is de indicator het aandeel 65-plussers dat zich "
        "eenzaam voelt, met als streefwaarde ten hoogste 38% in 2029.\n\n"
        "## Artikel 3 Doelgroep\n\nDe activiteiten zijn bedoeld voor ouderen.\n\nOok hun mantelzorgers doen mee.\n\n"
        "Jongere inwoners komen niet in aanmerking.\n")
    assert [(goal.indicator, goal.target) for goal in analysis.goals] == [
        ("aandeel 75-plussers dat zelfstandig woont", "ten minste 91% in 2029"),
        ("aandeel 65-plussers dat zich eenzaam voelt", "ten hoogste 38% in 2029"), ("", "")]


def test_a_theme_named_vitaal_en_in_beweging_is_no_chapter_about_weighting():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Subsidietender Vitaal en zorgzaam"),
        ("h2", "Waarvoor kunt u subsidie aanvragen"),
        ("h3", "Thema 2 Vitaal en in beweging"),
        ("para", "Ouderen bewegen minder dan gemiddeld in de regio. Voor dit thema gelden twee doelen:"),
        ("bullet", "Ouderen blijven langer vitaal en fit doordat zij wekelijks in hun eigen dorp in beweging komen;"),
        ("bullet", "In alle vier kernen is een laagdrempelige beweeggroep voor 65-plussers."),
        ("h2", "Beoordeling en weging"),
        ("para", "Een commissie beoordeelt de aanvragen; de weging staat in de tabel."),
    ]), "subsidietender.docx")
    assert [goal.text for goal in analysis.goals] == [
        "Ouderen blijven langer vitaal en fit doordat zij wekelijks in hun eigen dorp in beweging komen",
        "In alle vier kernen is een laagdrempelige beweeggroep voor 65-plussers."]
