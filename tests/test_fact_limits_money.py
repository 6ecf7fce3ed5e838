"""Budget parts from a table flattened into lines, named after their amount in a list, none from a table of rates;
and a whole page limit stated as the parts summed."""
from __future__ import annotations

from proposal_builder.tender import analyse_text


def test_a_budget_table_flattened_into_lines_gives_the_parts_that_add_up_to_the_budget():
    analysis = analyse_text(
        "# Uitvraag subsidie\n\n## 3. Hoeveel subsidie is er?\n\n"
        "Het subsidieplafond voor deze uitvraag bedraagt € 1.000.000 per jaar. Het plafond is als volgt over de thema's verdeeld:\n\n"
        "A – Eenzaamheid € 420.000 € 420.000\n\nB – Gezonde leefstijl € 310.000 € 310.000\n\n"
        "C – Mantelzorg € 270.000 € 270.000\n\nTotaal € 1.000.000 € 1.000.000\n\n"
        "Per aanvraag kunt u ten hoogste € 250.000 per jaar aanvragen.\n")
    assert analysis.budget_parts == [{"name": "A – Eenzaamheid", "amount": 420000.0},
                                     {"name": "B – Gezonde leefstijl", "amount": 310000.0},
                                     {"name": "C – Mantelzorg", "amount": 270000.0}]


def test_the_whole_page_limit_is_the_sum_stated_after_limits_per_criterion():
    analysis = analyse_text(
        "Beste allemaal,\n\nWe vragen jullie een offerte; de opdracht wordt gegund aan de beste offerte.\n\n"
        "Hoe we beoordelen: we kijken naar de aanpak (max. 50 punten), de inbedding in de wijk (max. 20 punten) en de prijs "
        "(max. 30 punten). Over de aanpak wil ik niet meer dan drie A4'tjes lezen, over de inbedding in de wijk is één A4 "
        "genoeg. Samen dus hooguit vier pagina's; cv's en referenties tellen niet mee.\n")
    assert analysis.page_limit == 4


def test_list_parts_named_after_their_amount_lose_voor_and_a_table_of_rates_gives_no_parts():
    call = analyse_text(
        "# Subsidieoproep Armoede en schulden\n\nDeze oproep is een subsidietender.\n\n## 4 Subsidieplafond en verdeling\n\n"
        "Het subsidieplafond voor deze oproep is € 1.300.000 voor de jaren 2028 en 2029 samen. Wij verdelen het plafond als volgt:\n"
        "- € 800.000 voor Schulden en vroegsignalering;\n- € 500.000 voor Armoede en meedoen.\n")
    assert call.budget_parts == [{"name": "Schulden en vroegsignalering", "amount": 800000.0},
                                 {"name": "Armoede en meedoen", "amount": 500000.0}]
    open_house = analyse_text(
        "# Toelatingsdocument Open House Dagbesteding\n\n## 4 Tarieven en looptijd\n\n"
        "Er is geen vast budget: de gemeenten betalen per geleverde eenheid.\n\n"
        "| Product | Eenheid | Tarief 2028 |\n| Ondersteuning thuis | uur | € 62,40 |\n| Dagbesteding | dagdeel | € 48,90 |\n")
    assert open_house.budget_parts == []


def test_a_ceiling_in_words_per_year_is_the_budget_not_the_most_per_applicant_nor_a_part():
    analysis = analyse_text(
        "# Subsidieregeling sociale basis\n\nHet college verdeelt het subsidieplafond door middel van een tender.\n\n"
        "## Artikel 4 Subsidieplafond\n\n"
        "1. Het subsidieplafond voor deze regeling bedraagt voor elk van de jaren 2028 tot en met 2031 twee miljoen euro.\n"
        "2. Van het subsidieplafond is per jaar beschikbaar:\n"
        "a. € 1.350.000 voor onderdeel A Welzijn en ontmoeting;\nb. € 650.000 voor onderdeel B Mantelzorg.\n"
        "3. Een subsidie bedraagt ten hoogste € 600.000 per jaar per aanvrager.\n")
    assert (analysis.budget.amount, analysis.budget.per_year) == (2000000.0, True)
    assert [part["amount"] for part in analysis.budget_parts] == [1350000.0, 650000.0]


def test_a_ceiling_available_from_a_year_is_the_budget_not_an_activity_budget_later():
    analysis = analyse_text(
        "# Open House jongerenwerk\n\n## 3 Budget\n\n"
        "Voor het jongerenwerk is vanaf 2028 een budgetplafond van € 645.000 per jaar beschikbaar.\n\n"
        "Voor elke inloop ontvangt de aanbieder daarnaast een activiteitenbudget van € 1.200 per jaar.\n")
    assert analysis.budget.amount == 645000.0
