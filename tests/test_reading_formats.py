"""Reading a tender in the formats it arrives in gives the blocks its .docx gives: text copied out of a PDF viewer
(hard line breaks, page labels) and PDFs."""
from __future__ import annotations

import textwrap

from fpdf import FPDF

from proposal_builder.tender import read_pasted, read_tender
from proposal_builder.tender.reading.blocks import HEADING, LIST_ITEM, PARAGRAPH

WIDTH = 78


def _copied(*paragraphs: str, hang: str = "") -> list[str]:
    """Lines as a PDF viewer copies them: each paragraph wrapped at WIDTH characters, no blank line between."""
    return [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, WIDTH, subsequent_indent=hang)]


FIRST = ("Brederwiel heeft 27.000 inwoners en een jeugdmonitor die elke twee jaar verschijnt; in 2025 zorgde 9 procent "
         "van de scholieren thuis voor een familielid, landelijk ongeveer 8 procent.")
SECOND = ("Het huidige steunpunt richt zich vooral op volwassen mantelzorgers en bereikt jongeren nauwelijks, terwijl "
          "scholen en huisartsen de signalen wel herkennen en willen doorverwijzen.")


def test_copied_text_whose_sentence_ends_at_a_full_line_stays_one_paragraph():
    sentence_at_wrap = ("In 2025 vestigden zich 142 statushouders in Lintvoorde, onder wie 51 kinderen. De taakstelling "
                        "voor 2027 is 160 statushouders, en de gemeente begeleidt hen sinds 2022 zelf bij de inburgering.")
    lines = _copied(sentence_at_wrap, FIRST)
    assert lines[0].endswith("kinderen.") and len(lines[0]) + 1 + len("De") > WIDTH - 2  # the next word had no room
    blocks = read_pasted("\n".join(["Achtergrond", "", *lines]))
    assert [b.text for b in blocks if b.kind == PARAGRAPH] == [sentence_at_wrap, FIRST]


def test_copied_text_line_that_ends_where_the_next_word_had_room_ends_its_paragraph():
    lines = ["Geachte heer, mevrouw,", *_copied(FIRST, SECOND)]
    blocks = read_pasted("\n".join(["Inleiding", "", *lines]))
    assert [b.text for b in blocks if b.kind == PARAGRAPH] == ["Geachte heer, mevrouw,", FIRST, SECOND]


def test_copied_numbered_item_wrapping_under_its_own_text_is_a_list_item_not_a_heading():
    items = ["De inschrijver is ingeschreven bij de Kamer van Koophandel en heeft ten minste drie jaar ervaring met "
             "begeleiding in het sociaal domein.",
             "De inschrijver beschikt over een geldig kwaliteitscertificaat, zoals ISO 9001, HKZ of het Keurmerk "
             "Sociaal Werk.", "Alle medewerkers en vrijwilligers hebben een Verklaring Omtrent het Gedrag."]
    lines = [line for number, item in enumerate(items, 1) for line in _copied(f"{number}. {item}", hang="   ")]
    assert lines[3].startswith("   9001")  # the second item wraps before a figure, not a lower-case word
    blocks = read_pasted("\n".join(["Eisen aan de inschrijver", "", "De inschrijver voldoet aan deze eisen:", *lines]))
    listed = [b for b in blocks if b.kind == LIST_ITEM]
    assert [b.text for b in listed] == items and all(b.numbered for b in listed)
    assert [b.text for b in blocks if b.kind == HEADING] == ["Eisen aan de inschrijver"]


CRITERIA = [("Criterium", "Subcriterium", "Weging", "Maximaal aantal pagina's"),
            ("Kwaliteit", "K1 Vroegsignalering en bereik", "25%", "4"),
            (None, "K2 Veiligheid in het gezin", "20%", "4"),
            (None, "K3 Daderaanpak", "15%", "3"),
            (None, "K4 Samenwerking in de keten", "10%", "2"),
            ("Prijs", "Prijs", "30%", "-")]


def _pdf_section(heading: str, sentence: str) -> FPDF:
    """A PDF page opening with a bold heading and a sentence in body text, the body font set."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, sentence, new_x="LMARGIN", new_y="NEXT")
    return pdf


def _criteria_pdf() -> bytes:
    """A bordered table whose first cell is merged down over four rows, its text centred between the second and third."""
    pdf = _pdf_section("8.1 Gunningscriteria en weging", "De kwaliteit weegt voor 70% en de prijs voor 30%.")
    with pdf.table(line_height=5) as table:
        for values in CRITERIA:
            row = table.row()
            for column, value in enumerate(values):
                if value is not None:
                    row.cell(value, rowspan=4 if value == "Kwaliteit" else 1)
    return bytes(pdf.output())


def test_pdf_table_rows_beside_a_first_cell_merged_down_and_centred_stay_one_row_each():
    rows = [block.cells for block in read_tender(_criteria_pdf(), "leidraad.pdf", seconds=None) if block.cells]
    assert [row[1:] for row in rows] == [list(values[1:]) for values in CRITERIA[1:]]
    assert [row[0] for row in rows if row[0]] == ["Kwaliteit", "Prijs"]


def test_copied_heading_that_the_running_header_repeats_is_kept_where_it_is_no_page_furniture():
    header = "Een plek in de wijk"
    page_one = ["Wat wij willen bereiken", "Wij hebben vier doelen voor het jongerenwerk.", header,
                *_copied(FIRST), "", "Pagina 1 van 2", ""]
    page_two = [header, "", "", "Planning", *_copied(SECOND), "", "Pagina 2 van 2"]
    blocks = read_pasted("\n".join(["", *page_one, *page_two]))
    assert [b.text for b in blocks if b.kind == HEADING] == ["Wat wij willen bereiken", header, "Planning"]
    assert not any(b.text.startswith("Pagina") for b in blocks)


def test_copied_title_line_without_a_blank_line_above_nests_under_the_title_set_apart_by_one():
    lines = ["", "Wat wij willen bereiken", "Wij hebben twee doelen voor het jongerenwerk.",
             "Een plek in de wijk", *_copied(FIRST), "Minder overlast", *_copied(SECOND),
             "", "Planning", "Uw offerte moet uiterlijk 15 maart 2027 binnen zijn."]
    headings = [(b.text, b.level) for b in read_pasted("\n".join(lines)) if b.kind == HEADING]
    assert headings == [("Wat wij willen bereiken", 1), ("Een plek in de wijk", 2), ("Minder overlast", 2),
                        ("Planning", 1)]


GOAL_TABLE = [("Nr.", "Beoogd effect", "Indicator", "Streefwaarde 2030"),
              ("Geldzorgen",),
              ("1", "Inwoners met geldzorgen zijn eerder in beeld", "aanmeldingen schuldhulp", "900 per jaar"),
              ("2", "Huishoudens hebben hun administratie op orde", "huishoudens met maatje", "150 per jaar"),
              ("Samenleven in de buurt",),
              ("3", "Inwoners ervaren minder burenoverlast", "meldingen bij de politie", "20% minder"),
              ("4", "Bewoners nemen zelf initiatief in hun buurt", "bewonersinitiatieven", "40 per jaar")]


def _grouped_table_pdf() -> bytes:
    """A table set in positioned cells whose rows are grouped under a row of one cell merged across the table."""
    pdf = _pdf_section("Doelen", "De opdrachtnemer draagt bij aan deze doelen.")
    for values in GOAL_TABLE:
        for x, value in zip((10, 25, 110, 165), values):
            pdf.set_x(x)
            pdf.cell(0 if len(values) == 1 else 80, 6, value)
        pdf.ln(6)
    return bytes(pdf.output())


def test_pdf_table_row_naming_a_group_across_the_table_keeps_the_table_and_its_header_together():
    rows = [block for block in read_tender(_grouped_table_pdf(), "leidraad.pdf", seconds=None) if block.cells]
    assert [row.cells[0] for row in rows] == ["Geldzorgen", "1", "2", "Samenleven in de buurt", "3", "4"]
    assert all(row.header == list(GOAL_TABLE[0]) for row in rows)


def test_pasted_title_set_apart_between_two_tables_of_as_many_columns_is_no_row_of_the_first():
    text = "\n".join(["Budget", "Thema  Budget per jaar", "Geldzorgen  € 540.000", "Jongeren  € 460.000", "",
                      "Planning", "Activiteit  Datum", "Vragen stellen  27 november 2026",
                      "Inschrijving  14 januari 2027"])
    blocks = read_pasted(text)
    assert [b.text for b in blocks if b.kind == HEADING] == ["Budget", "Planning"]
    rows = [b for b in blocks if b.cells]
    assert [row.header for row in rows] == [["Thema", "Budget per jaar"]] * 2 + [["Activiteit", "Datum"]] * 2


def test_copied_paragraph_opening_on_a_numbered_label_starts_anew_after_a_full_line():
    goals = ["Doelstelling 5 — Mannen op middelbare en oudere leeftijd die er alleen voor staan, hebben weer mensen "
             "om zich heen bij wie zij hun verhaal kwijt kunnen.",
             "Doelstelling 6 — Patiënten die met eenzaamheid of rouw bij de huisarts komen, vinden steun in hun eigen "
             "omgeving."]
    lines = _copied(*goals)
    assert len(lines[1]) + 1 + len("Doelstelling") > WIDTH  # the label had no room on the full line above it
    blocks = read_pasted("\n".join(["Opgave C — Gezondheid en meedoen", "", *lines, *_copied(FIRST)]))
    assert [b.text for b in blocks if b.kind == PARAGRAPH] == [*goals, FIRST]
