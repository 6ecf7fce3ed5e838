"""A PDF table whose cell borders are drawn: its rows are the bands between the rules, whatever the cells' text does
(wrapped over lines, vertically centred, a first cell merged down); made here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import VAlign

from proposal_builder.tender import analyse_tender

GOALS = [
    ("Nr.", "Doel", "Gemeten met", "Streefwaarde"),
    ("1", "Ouderen die zich eenzaam voelen, hebben weer contacten die voor hen betekenis hebben en zij weten waar "
          "zij terechtkunnen.", "aandeel 75-plussers dat zich ernstig eenzaam voelt (Gezondheidsmonitor GGD)",
     "11% in 2028"),
    ("2", "Meer ouderen nemen deel aan activiteiten in hun eigen kern, ook in de kleinste dorpen van de gemeente.",
     "aantal unieke deelnemers van 65 jaar en ouder per jaar", "minimaal 450"),
    ("3", "Signalen van eenzaamheid komen sneller bij de juiste ondersteuning terecht.",
     "aantal doorverwijzingen via het Signaalpunt Eenzaamheid", "wordt in 2028 samen met de subsidieontvangers bepaald"),
]


def _ruled_pdf() -> bytes:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Uitvraag subsidietender Samen Minder Alleen 2028", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "2 Wat wil de gemeente bereiken?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Uw aanvraag draagt bij aan een of meer van deze doelen.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    with pdf.table(col_widths=(10, 60, 55, 35), v_align=VAlign.M, first_row_as_headings=False) as table:
        for values in GOALS:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "De gemeente meet de doelen 1 en 2 zelf.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_bordered_table_with_wrapped_and_centred_cells_reads_one_row_per_goal_with_its_indicator_and_target():
    analysis = analyse_tender(_ruled_pdf(), "uitvraag.pdf")
    rows = [block for block in analysis.blocks if block.cells]
    assert [row.cells[0] for row in rows] == ["1", "2", "3"]
    assert rows[0].header == ["Nr.", "Doel", "Gemeten met", "Streefwaarde"]
    assert rows[2].cells[3] == "wordt in 2028 samen met de subsidieontvangers bepaald"
    assert [(g.text[:25], g.target) for g in analysis.goals] == [
        ("Ouderen die zich eenzaam ", "11% in 2028"), ("Meer ouderen nemen deel a", "minimaal 450"),
        ("Signalen van eenzaamheid ", "")]  # a target still to be set is none
