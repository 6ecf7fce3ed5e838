"""A PDF table without a header whose first row's long name runs up to the amount beside it, so the row reads as one
run of text: that row is still the table's first (read in round 16's aanbesteding: the first lot's budget was lost)."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender, read_tender

LOTS = [("Perceel 1 Maatschappelijk werk en bestaanszekerheid", "€ 3.150.000"),
        ("Perceel 2 Veilig thuis en veilig in de buurt", "€ 780.000"),
        ("Perceel 3 Jongerenwerk en straathoekwerk", "€ 1.240.000")]


def _pdf(name_width: float) -> bytes:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "Hoofdstuk 4 Budget", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Voor de drie percelen samen is een budget beschikbaar van € 5.170.000 per jaar. Dat bedrag is "
                         "als volgt verdeeld:", new_x="LMARGIN", new_y="NEXT")
    for name, amount in LOTS:
        pdf.cell(name_width, 6, name)
        pdf.cell(40, 6, amount, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Een inschrijving boven het budget van het perceel wordt terzijde gelegd.")
    return bytes(pdf.output())


def test_a_first_row_read_as_one_run_of_text_is_the_tables_first_row():
    blocks = read_tender(_pdf(name_width=90), "leidraad.pdf", seconds=None)
    rows = [block.cells for block in blocks if block.kind == "table_row"]
    assert rows == [list(lot) for lot in LOTS]


def test_every_lot_of_such_a_table_is_a_part_of_the_budget():
    analysis = analyse_tender(_pdf(name_width=90), "leidraad.pdf")
    assert analysis.budget_parts == [{"name": name, "amount": float(amount[2:].replace(".", ""))} for name, amount in LOTS]

