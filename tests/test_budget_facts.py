"""The budget and its parts in the shapes tenders write them: a table's Totaal row, lots numbered in their own
column, a one-year ceiling, and rates that are no parts."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes


def test_a_lot_tables_total_row_is_the_budget_and_each_lot_is_named_with_its_header():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Percelen en budget"),
        ("table", [["Perceel", "Omschrijving", "Budget per jaar (excl. btw)"],
                   ["1", "Maatschappelijk werk", "€ 1.240.000"], ["2", "Opbouwwerk", "€ 560.000"],
                   ["Totaal", "", "€ 1.800.000"]]),
        ("para", "De geraamde totale waarde van beide percelen samen, inclusief verlengingen, is € 10.800.000."),
    ]), "uitnodiging.docx")
    assert (analysis.budget.amount, analysis.budget.per_year) == (1_800_000, True)
    assert analysis.budget_parts == [{"name": "Perceel 1 Maatschappelijk werk", "amount": 1_240_000},
                                     {"name": "Perceel 2 Opbouwwerk", "amount": 560_000}]


def test_a_one_year_ceiling_is_per_year_and_rates_per_trajectory_are_no_parts():
    analysis = analyse_text(
        "Oproep\n\nBudget\n\nHet subsidieplafond voor deze tender bedraagt € 420.000 voor het jaar 2027.\n\n"
        "De regio betaalt een vast tarief per traject:\n- kort traject (tot en met 6 uur): € 412\n"
        "- lang traject (meer dan 6 uur): € 1.180\n")
    assert (analysis.budget.amount, analysis.budget.per_year, analysis.budget_parts) == (420_000, True, [])


def test_the_value_over_the_longest_term_and_costs_outside_the_budget_give_way_to_the_budget_table():
    analysis = analyse_text(
        "# Aanbestedingsleidraad sociaal werk\n\n## 3.4 Budget\n\n"
        "De gemeente stelt voor de opdracht een vast budget beschikbaar.\n\n"
        "| Perceel | Budget per jaar |\n| Perceel 1 – Noord | € 2.340.000 |\n| Perceel 2 – Zuid | € 1.960.000 |\n"
        "| Totaal | € 4.300.000 |\n\n"
        "De totale waarde van de opdracht over de maximale looptijd van acht jaar bedraagt daarmee € 34.400.000. "
        "De huur van de locaties (ongeveer € 310.000 per jaar) betaalt de gemeente rechtstreeks; deze kosten "
        "vallen buiten het budget.\n")
    assert (analysis.budget.amount, analysis.budget.per_year) == (4300000.0, True)


def test_an_amount_available_each_year_is_a_budget_per_year():
    analysis = analyse_tender(docx_bytes([
        ("title", "Open House Basisvaardigheden"), ("h1", "5 Beschikbaar budget"),
        ("para", "Voor de Open House is ieder jaar € 465.000 beschikbaar uit de regionale WEB-middelen."),
    ]), "openhouse.docx")
    assert (analysis.budget.amount, analysis.budget.per_year) == (465000.0, True)
