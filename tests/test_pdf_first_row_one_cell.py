"""A PDF table's first row that does not start a table of its own is still the table's first: a row whose long name
runs up to the amount beside it (one run of text), or a row whose first cell is merged down and set in the middle of
the rows it spans (read in round 16's aanbesteding: the first lot's budget and two criteria rows were lost)."""
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



CRITERIA = [("", "K1 Plan van aanpak", "450 punten"), ("Kwaliteit (750 punten)", "K2 Samenwerking in de wijk", "180 punten"),
            ("", "K3 Implementatie en continuïteit", "120 punten"), ("Prijs", "prijsblad (bijlage 3)", "250 punten")]


def test_a_first_row_whose_merged_first_cell_stands_in_the_row_below_is_the_tables_first_row():
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Wij beoordelen elke inschrijving op kwaliteit en prijs.", new_x="LMARGIN", new_y="NEXT")
    for cells in CRITERIA:
        for width, cell in zip((60, 70, 40), cells):
            pdf.cell(width, 6, cell)
        pdf.ln(6)
    pdf.multi_cell(0, 5, "Het kwaliteitsplan telt ten hoogste negen pagina's.")
    blocks = read_tender(bytes(pdf.output()), "leidraad.pdf", seconds=None)
    assert [tuple(block.cells) for block in blocks if block.kind == "table_row"] == CRITERIA  # no row a header or lost
