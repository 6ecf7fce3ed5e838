"""A line starting left of a list item's bullet in a PDF is the paragraph after the list, not part of the item."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender

LINE = 5


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "3. Wat wij willen bereiken", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, LINE, "De gemeente wil met deze subsidie twee dingen bereiken in de wijken van de stad:",
                   new_x="LMARGIN", new_y="NEXT")
    for item in ("Minder ouderen voelen zich ernstig eenzaam en zij kennen de activiteiten in hun buurt",
                 "Mantelzorgers voelen zich gesteund en weten waar zij met hun vragen terechtkunnen"):
        pdf.set_x(pdf.l_margin + 5)
        pdf.cell(5, LINE, "-")
        pdf.multi_cell(0, LINE, item, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, LINE, "In totaal zijn 100 punten te behalen.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_line_left_of_the_bullet_ends_the_list_item():
    analysis = analyse_tender(_pdf(), "uitvraag.pdf")
    items = [b.text for b in analysis.blocks if b.kind == "list_item"]
    assert items[-1] == "Mantelzorgers voelen zich gesteund en weten waar zij met hun vragen terechtkunnen"
    assert any(b.kind == "paragraph" and b.text == "In totaal zijn 100 punten te behalen." for b in analysis.blocks)
    assert not any("totaal" in c.name.lower() for c in analysis.criteria)  # a total line is no criterion
