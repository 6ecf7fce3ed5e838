"""Goal targets as tenders write them: time limits with their share, counts per period with the part that
follows, target cells in words or saying there is none; and goals pasted as "•  " lines."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.targets import target_in

from .tender_samples import docx_bytes
from .test_tender_reading import _three_column_tables_pdf


@pytest.mark.parametrize("text, target", [
    ("Inwoners kunnen zonder wachtlijst terecht: het eerste gesprek vindt plaats binnen vijf werkdagen na aanmelding, "
     "bij ten minste 90% van de aanmeldingen.", "binnen vijf werkdagen na aanmelding, bij ten minste 90% van de aanmeldingen"),
    ("Inwoners die eenzaam zijn krijgen een maatje: 90 nieuwe koppelingen per jaar, waarvan ten minste 30 in Zandbergen.",
     "90 nieuwe koppelingen per jaar, waarvan ten minste 30 in Zandbergen"),
    ("De opbouwwerkers ondersteunen ten minste 35 bewonersinitiatieven per jaar, waarvan ten minste de helft in Oostpolder.",
     "ten minste 35 bewonersinitiatieven per jaar, waarvan ten minste de helft in Oostpolder"),
    ("Cliëntondersteuners signaleren knelpunten en delen die twee keer per jaar met de regio.", "twee keer per jaar"),
    ("Deelnemers houden hun administratie zelf bij; streefwaarde 80% van de afgeronde trajecten.",
     "80% van de afgeronde trajecten"),
])
def test_time_limits_and_counts_per_period_are_targets(text, target):
    assert target_in(text) == target


def test_a_target_column_in_words_counts_and_a_cell_saying_none_is_no_target():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Te bereiken resultaten"),
        ("table", [["Nr.", "Resultaat", "Indicator", "Streefwaarde"],
                   ["1", "In elke kern is een laagdrempelige ontmoetingsplek voor ouderen.", "aantal kernen met een ontmoetingsplek",
                    "alle zes kernen"],
                   ["2", "Ouderen hebben een sociaal netwerk waarop zij kunnen terugvallen.", "aandeel ouderen dat zich eenzaam voelt",
                    "8%"]]),
        ("h1", "Doelstellingen"),
        ("para", "De gemeente heeft de volgende doelstellingen:"),
        ("number", "Huisartsen ervaren minder druk van niet-medische hulpvragen."),
        ("number", "Deelnemers ervaren na het traject een betere gezondheid."),
        ("h1", "Monitoring"),
        ("table", [["Doelstelling", "Indicator", "Streefwaarde 2028"],
                   ["1", "ervaren druk (jaarlijkse enquête)", "geen streefwaarde; nulmeting in 2027"],
                   ["2", "aandeel deelnemers met een hogere score", "ten minste 65%"]]),
    ]), "leidraad.docx")
    assert [(g.indicator, g.target) for g in analysis.goals] == [
        ("aantal kernen met een ontmoetingsplek", "alle zes kernen"), ("aandeel ouderen dat zich eenzaam voelt", "8%"),
        ("ervaren druk (jaarlijkse enquête)", ""), ("aandeel deelnemers met een hogere score", "ten minste 65%")]


def test_goals_pasted_as_bullets_with_spaces_are_a_list_not_a_table():
    analysis = analyse_text(
        "Open House\n\nWat willen we bereiken?\n\nMet cliëntondersteuning willen de gemeenten het volgende bereiken:\n\n"
        "•  Het aandeel inwoners dat de cliëntondersteuning kent, stijgt van 27% in 2025 naar 45% in 2030.\n"
        "•  Inwoners voelen zich door hun cliëntondersteuner gehoord en houden zelf de regie.\n")
    assert [g.target for g in analysis.goals] == ["45% in 2030", ""]


def test_a_pdf_table_with_centred_cells_keeps_each_wrapped_cell_in_its_row():
    rows = [["Doelstelling", "Indicator", "Streefwaarde 2028"],
            ["1", "aantal verwijzingen naar een welzijnscoach door huisartsen en praktijkondersteuners", "300 per jaar"],
            ["2", "aandeel deelnemers met een hogere score op het spinnenweb Positieve Gezondheid na zes maanden "
                  "begeleiding door de coach", "ten minste 65%"],
            ["3", "aandeel deelnemers dat nog deelneemt", "ten minste 50%"]]
    analysis = analyse_tender(_three_column_tables_pdf([rows]), "monitoring.pdf")  # fpdf2 centres cells
    assert [b.cells for b in analysis.blocks if b.kind == "table_row"] == rows[1:]
    assert analysis.blocks[-1].header == rows[0]


def test_what_an_application_asks_for_is_no_goal():
    analysis = analyse_text(
        "Open House\n\nWat willen we bereiken?\n\nMet cliëntondersteuning willen de gemeenten het volgende bereiken:\n\n"
        "- Inwoners voelen zich door hun cliëntondersteuner gehoord en houden zelf de regie.\n\n"
        "Zo meldt u zich aan\n\nU meldt zich aan via TenderNed met het aanmeldformulier. Daarin vragen wij:\n\n"
        "- het KvK-uittreksel en de bewijsstukken bij de toelatingseisen;\n- een ondertekende eigen verklaring.\n")
    assert [g.text for g in analysis.goals] == ["Inwoners voelen zich door hun cliëntondersteuner gehoord en houden zelf de regie."]


def test_a_number_word_is_a_whole_word_not_the_start_of_eenmaal():
    # (the whole frequency, the sentence's sole amount (CONVENTIONS, target rule 6), never "ten minste een")
    assert target_in("Elke locatie organiseert ten minste eenmaal per maand een activiteit.") == "ten minste eenmaal per maand"
    assert target_in("Wij bieden ten minste twee keer per jaar een training aan.") == "ten minste twee keer per jaar"
    assert target_in("Ten minste vijfentwintig deelnemers per jaar ronden de cursus af.") == \
        "Ten minste vijfentwintig deelnemers per jaar"


@pytest.mark.parametrize("text, target", [
    ("Minder jongeren drinken alcohol (leerlingen klas 4 die alcohol dronken: van 38% in 2025 naar 30% in 2029).",
     "van 38% in 2025 naar 30% in 2029"),
    ("Achterstanden nemen af (aandeel huishoudens: van 45 procent bij de start naar 20 procent na een jaar begeleiding).",
     "van 45 procent bij de start naar 20 procent na een jaar begeleiding"),
    ("Het aantal meldingen van jeugdoverlast daalt met 20% ten opzichte van 2026 (142 meldingen).",
     "daalt met 20% ten opzichte van 2026 (142 meldingen)"),
])
def test_a_change_from_a_baseline_is_the_target_whole_with_or_without_a_verb(text, target):
    assert target_in(text) == target


def test_a_bounded_amount_stops_before_an_article():
    assert target_in("Elke week is er in ten minste vier wijken een opvoedinloop waar ouders binnen kunnen lopen.") == \
        "ten minste vier wijken"
    assert target_in("In ten minste twee kernen is er elke week een middag met activiteiten.") == "ten minste twee kernen"
