"""Two-column PDFs: tables set inside a text column, and lists in the right column, read as in a one-column PDF."""
from __future__ import annotations

import pytest
from fpdf import FPDF

from proposal_builder.tender import read_tender

FILLER = ("De gemeente Testdorp wil dat inwoners langer zelfstandig thuis wonen en dat zij hulp dichtbij vinden, "
          "in hun eigen buurt en met de mensen om hen heen. ")
CRITERIA = [["Code", "Gunningscriterium", "Punten", "Maximale omvang"],
            ["K1", "Aanpak van de opgave in de wijken en de kernen van de gemeente", "300 punten", "5 pagina's A4"],
            ["K2", "Samenwerking", "150 punten", "3 pagina's A4"],
            ["K3", "Implementatie en continuïteit van de dienstverlening", "100 punten", "2 pagina's A4"]]
GOALS = ["Bewoners kennen elkaar, voelen zich thuis in hun buurt en nemen zelf initiatief;",
         "Mantelzorgers houden hun zorg langer vol en weten waar zij steun vinden."]


def _two_column_pdf(elements: list[tuple[str, object]]) -> bytes:
    """A two-column PDF set as a municipality's word processor sets one: each table row one paragraph in its column,
    cells apart by two spaces."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT") as cols:
        for kind, value in elements:
            pdf.set_font("Helvetica", "B" if kind == "h" else "", 10 if kind == "h" else 9)
            rows = ["  ".join(row) for row in value] if kind == "table" else ["• " + value if kind == "bullet" else value]
            for row in rows:
                with cols.paragraph(top_margin=2.5 if kind == "h" else 1) as paragraph:
                    paragraph.write(row)
    return bytes(pdf.output())


def _document(before: int) -> list[tuple[str, object]]:
    """Headings, filler paragraphs (`before` of them ahead of the table), the criteria table, then goals as a list."""
    return ([("h", "1 Aanleiding")] + [("p", FILLER * 3)] * before + [("p", "De gemeente gunt op deze criteria:"),
            ("table", CRITERIA), ("h", "2 Doelen"), ("p", "De gemeente streeft de volgende effecten na:")]
            + [("bullet", goal) for goal in GOALS] + [("p", FILLER * 2)] * 14)


def test_table_inside_a_column_is_read_as_rows():
    blocks = read_tender(_two_column_pdf(_document(before=2)), "uitvraag.pdf", seconds=None)
    rows = [block for block in blocks if block.kind == "table_row"]
    assert [row.cells for row in rows] == CRITERIA[1:]
    assert rows[0].header == CRITERIA[0]


def test_table_row_running_on_in_the_next_column_is_one_row():
    for before in range(4, 12):  # somewhere the table reaches the foot of the left column
        blocks = read_tender(_two_column_pdf(_document(before)), "uitvraag.pdf", seconds=None)
        assert [block.cells for block in blocks if block.kind == "table_row"] == CRITERIA[1:], before


def test_list_in_the_right_column_is_not_nested():
    planning = [("bullet", "Publicatie: 6 september 2027"), ("bullet", "Inschrijving: 14 oktober 2027")]
    elements = [("h", "1 Planning")] + planning + [("p", FILLER * 3)] * 10 + _document(before=0)[-17:]
    blocks = read_tender(_two_column_pdf(elements), "uitvraag.pdf", seconds=None)
    levels = {block.text: block.level for block in blocks if block.kind == "list_item"}
    assert [levels.get(goal) for goal in GOALS] == [0, 0]


@pytest.mark.parametrize("text", ["Dit is een zin.  En dit is de volgende zin.", "Postbus 250  |  Privacyverklaring  |  Cookies"])
def test_sentences_or_a_footer_apart_by_two_spaces_are_no_table(text):
    blocks = read_tender(_two_column_pdf([("h", "1 Aanleiding"), ("p", text), ("p", text)] + [("p", FILLER * 2)] * 8),
                         "uitvraag.pdf", seconds=None)
    assert not [block for block in blocks if block.kind == "table_row"]


def test_full_line_ending_in_a_colon_runs_on_in_a_paragraph():
    target = ("B1 – Ouders van jonge kinderen die er alleen voor staan of weinig netwerk hebben, voelen zich zekerder in "
              "de opvoeding. De gemeente meet dit met het aandeel ouders dat zich zeker voelt in de opvoeding "
              "(Jeugdmonitor Kust); streefwaarde 2031: 80%.")
    elements = [("h", "1 Doelen")] + [("p", FILLER)] * 6 + [("p", target)] + [("p", FILLER * 2)] * 16
    blocks = read_tender(_two_column_pdf(elements), "uitvraag.pdf", seconds=None)
    assert target in [block.text for block in blocks]


def test_runs_of_spaces_in_a_one_column_pdf_are_no_table():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for text in ["Kenmerk  Versie", "RIS-2027-014  definitief"] + [FILLER * 2] * 4:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    blocks = read_tender(bytes(pdf.output()), "uitvraag.pdf", seconds=None)
    assert not [block for block in blocks if block.kind == "table_row"]


def test_heading_with_a_run_of_spaces_is_no_header_row():
    elements = [("h", "1 Aanleiding")] + [("p", FILLER)] * 3 + [("h", "3 Budget  2028"), ("p", "Totaal  € 1.000.000")]
    blocks = read_tender(_two_column_pdf(elements + [("p", FILLER * 2)] * 16), "uitvraag.pdf", seconds=None)
    assert "3 Budget 2028" in [block.text for block in blocks if block.kind == "heading"]
