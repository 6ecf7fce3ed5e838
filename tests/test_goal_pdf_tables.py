"""Goals in PDF tables laid out as a word processor exports them: a theme cell merged downwards over several goals,
an indicator cell merged with the empty target cell to its right."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender

WIDTHS = (30, 35, 45, 30, 25)
LINE = 5


def _table_pdf(rows: list[list[str]]) -> bytes:
    """A PDF with a heading, a table drawn cell by cell (an empty cell stands for one merged with the cell above,
    a None for one merged with the cell to its left) and a paragraph below it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "3. Doelen en resultaten", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, LINE, "De tabel geeft per doel de indicator en de streefwaarde.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for row in rows:
        top, bottom, x = pdf.get_y(), pdf.get_y(), pdf.l_margin
        for column, text in enumerate(row):
            width = WIDTHS[column] + (WIDTHS[column + 1] if column + 1 < len(row) and row[column + 1] is None else 0)
            if text:
                pdf.set_xy(x + 2, top)
                pdf.multi_cell(width - 4, LINE, text, new_x="LMARGIN", new_y="NEXT")
                bottom = max(bottom, pdf.get_y())
            x += WIDTHS[column]
        pdf.set_y(bottom + 1)
    pdf.ln(4)
    pdf.multi_cell(0, LINE, "In 2025 woonden in de wijken samen 9.300 inwoners.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_goals_under_a_theme_cell_merged_downwards_are_each_a_row():
    data = _table_pdf([
        ["Thema", "Doel", "Indicator", "Streefwaarde", "Nulmeting"],
        ["Bewonerskracht", "Bewoners nemen vaker zelf initiatief om hun buurt te verbeteren.",
         "aantal nieuwe bewonersinitiatieven met steun", "25 per jaar", "14"],
        ["", "Initiatieven bestaan na twee jaar nog.", "aandeel initiatieven dat na twee jaar nog actief is",
         "60%", "onbekend"],
        ["Veiligheid", "Bewoners van de Oude Haven waarderen hun buurt hoger.", "rapportcijfer", "7,0", "6,4"],
        ["", "Signalen over overlast en verloedering komen binnen twee weken bij de juiste partij.",
         "Geen indicator; de opdrachtnemer rapporteert per kwartaal.", None, "-"],
        ["", "In elke wijk organiseert de opdrachtnemer een wijkgesprek met bewoners.", "aantal wijkgesprekken per wijk",
         "4 per jaar", "2"],
    ])
    goals = [goal.text for goal in analyse_tender(data, "offerte.pdf").goals]
    assert goals == ["Bewoners nemen vaker zelf initiatief om hun buurt te verbeteren.",
                     "Initiatieven bestaan na twee jaar nog.", "Bewoners van de Oude Haven waarderen hun buurt hoger.",
                     "Signalen over overlast en verloedering komen binnen twee weken bij de juiste partij.",
                     "In elke wijk organiseert de opdrachtnemer een wijkgesprek met bewoners."]
