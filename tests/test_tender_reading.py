"""Reading tenders: .docx, .pdf and text into blocks, and refusing bad files with a Dutch message."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from proposal_builder.tender import TenderReadError, read_pasted, read_tender
from proposal_builder.tender.reading.blocks import join_wrapped
from proposal_builder.tender.reading.sniffing import OLE_MAGIC, detect_type

from .tender_samples import LONG_SENTENCE, docx_bytes, image_only_pdf_bytes, pdf_bytes

DOCX_ELEMENTS = [
    ("title", "Uitvraag Welzijn Testdorp"),
    ("h1", "1 Inleiding"),
    ("para", "Testdorp telt 20.000 inwoners."),
    ("h1", "2 Opdracht"),
    ("h2", "2.1 Doelstellingen"),
    ("number", "Inwoners voelen zich minder eenzaam."),
    ("number", "Mantelzorgers voelen zich gesteund."),
    ("bold", "Thema 1: Ontmoeting"),
    ("para", "Resultaten:"),
    ("bullet", "Meer inwoners doen mee aan activiteiten."),
    ("bullet2", "Vooral ouderen in de kernen."),
    ("manual", "Met de hand getypt bolletje."),
    ("h2", "2.2 Indicatoren"),
    ("table", [["Doel", "Indicator", "Streefwaarde"], ["Minder eenzaamheid", "% eenzaam", "40%"]]),
]


def _by_text(blocks):
    return {block.text: block for block in blocks}


def test_docx_headings_give_each_block_its_section_path():
    blocks = _by_text(read_tender(docx_bytes(DOCX_ELEMENTS), "uitvraag.docx"))
    assert blocks["Inwoners voelen zich minder eenzaam."].section == ["2 Opdracht", "2.1 Doelstellingen"]
    assert blocks["2.1 Doelstellingen"].kind == "heading"
    assert blocks["2.1 Doelstellingen"].level == 2


def test_docx_numbered_and_bulleted_lists_are_list_items():
    blocks = _by_text(read_tender(docx_bytes(DOCX_ELEMENTS)))
    numbered = blocks["Inwoners voelen zich minder eenzaam."]
    bullet = blocks["Meer inwoners doen mee aan activiteiten."]
    assert (numbered.kind, numbered.numbered) == ("list_item", True)
    assert (bullet.kind, bullet.numbered, bullet.level) == ("list_item", False, 0)
    assert blocks["Vooral ouderen in de kernen."].level == 1
    assert blocks["Met de hand getypt bolletje."].kind == "list_item"


def test_docx_bold_line_becomes_a_heading_under_the_current_section():
    blocks = _by_text(read_tender(docx_bytes(DOCX_ELEMENTS)))
    assert blocks["Thema 1: Ontmoeting"].kind == "heading"
    assert blocks["Meer inwoners doen mee aan activiteiten."].section[-1] == "Thema 1: Ontmoeting"


def test_docx_table_rows_keep_cells_and_header_in_document_order():
    blocks = read_tender(docx_bytes(DOCX_ELEMENTS))
    row = next(block for block in blocks if block.kind == "table_row")
    assert row.cells == ["Minder eenzaamheid", "% eenzaam", "40%"]
    assert row.header == ["Doel", "Indicator", "Streefwaarde"]
    assert row.section[-1] == "2.2 Indicatoren"
    assert [block.position for block in blocks] == list(range(len(blocks)))


def test_pdf_wrapped_lines_are_joined_and_headings_recovered():
    data = pdf_bytes([("h1", "2.1 Doelen"), ("para", LONG_SENTENCE), ("bullet", LONG_SENTENCE), ("bullet", "Kort punt.")])
    blocks = read_tender(data, "uitvraag.pdf")
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list_item", "list_item"]
    assert blocks[1].text == LONG_SENTENCE
    assert blocks[2].text == LONG_SENTENCE
    assert blocks[3].section == ["2.1 Doelen"]


def test_pdf_numbered_items_stay_list_items_not_headings():
    data = pdf_bytes([("h1", "Doelen"), ("para", "Wij willen het volgende bereiken:"),
                      ("number", ("1.", "Inwoners voelen zich veilig")), ("number", ("2.", "Jongeren doen mee"))])
    blocks = read_tender(data)
    assert [(b.kind, b.text) for b in blocks[2:]] == [
        ("list_item", "Inwoners voelen zich veilig"), ("list_item", "Jongeren doen mee")]


def test_pdf_running_header_footer_and_page_numbers_are_dropped():
    elements = [("h1", "1 Inleiding"), ("para", LONG_SENTENCE), ("page", ""), ("h1", "2 Doelen"),
                ("para", LONG_SENTENCE), ("page", ""), ("h1", "3 Procedure"), ("para", "De inschrijving sluit.")]
    texts = [block.text for block in read_tender(pdf_bytes(elements, furniture=True))]
    assert not any("Gemeente Testdorp" in text or text.startswith("Pagina") for text in texts)
    assert "3 Procedure" in texts


def test_a_pdf_title_repeated_by_its_running_header_stays_the_first_heading():
    elements = [("h1", "Gemeente Testdorp - Uitvraag Welzijn 2028"), ("para", LONG_SENTENCE), ("page", ""),
                ("h1", "2 Doelen"), ("para", LONG_SENTENCE), ("page", ""), ("h1", "3 Procedure"),
                ("para", "De inschrijving sluit.")]
    blocks = read_tender(pdf_bytes(elements, furniture=True))
    assert (blocks[0].kind, blocks[0].text) == ("heading", "Gemeente Testdorp - Uitvraag Welzijn 2028")
    assert [b.text for b in blocks].count("Gemeente Testdorp - Uitvraag Welzijn 2028") == 1


def test_pasted_text_markdown_headings_lists_tables_and_paragraphs():
    text = (
        "# Uitvraag\n\n## Doelen\nWij willen het volgende bereiken:\n1. Inwoners voelen zich veilig.\n"
        "2. Jongeren doen mee.\n\nThema ontmoeting\n- Meer ontmoeting in de wijk.\n\n"
        "Doel\tIndicator\tStreefwaarde\nMinder eenzaamheid\t% eenzaam\t40%\n"
    )
    blocks = read_pasted(text)
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("heading", "Doelen") in kinds
    assert ("list_item", "Jongeren doen mee.") in kinds
    assert ("heading", "Thema ontmoeting") in kinds
    row = blocks[-1]
    assert (row.kind, row.header, row.cells[0]) == ("table_row", ["Doel", "Indicator", "Streefwaarde"], "Minder eenzaamheid")


def test_hard_wrapped_text_is_joined_into_one_paragraph():
    wrapped = "\n".join(["De gemeente wil dat in 2027 minder inwoners zich eenzaam voelen en dat",
                         "inwoners elkaar in de buurt weer weten te vinden, zodat zij langer",
                         "zelfstandig thuis kunnen blijven wonen."])
    assert [b.text for b in read_pasted(wrapped)] == [" ".join(wrapped.split())]


def test_type_is_detected_by_content_not_by_extension():
    docx_data = docx_bytes([("h1", "Doelen"), ("para", "Inwoners doen mee.")])
    pdf_data = pdf_bytes([("h1", "Doelen"), ("para", "Inwoners doen mee.")])
    assert detect_type(docx_data) == "docx"
    assert detect_type(pdf_data) == "pdf"
    assert read_tender(docx_data, "uitvraag.txt")[-1].text == "Inwoners doen mee."
    assert read_tender(pdf_data, "uitvraag.docx")[-1].text == "Inwoners doen mee."


def test_cp1252_text_is_decoded():
    assert read_tender("Één doel: inwoners doen mee.".encode("cp1252"))[0].text == "Één doel: inwoners doen mee."


def test_pdf_with_only_an_owner_password_is_read():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([("para", LONG_SENTENCE)]))))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    assert read_tender(out.getvalue())[0].text == LONG_SENTENCE


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([("para", LONG_SENTENCE)]))))
    writer.encrypt(user_password="geheim", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _ole(stream_name: str) -> bytes:
    # A compound-file header followed by a directory entry name, as Word writes them.
    return OLE_MAGIC + bytes(504) + stream_name.encode("utf-16-le") + bytes(1000)


BAD_FILES = {
    "empty": (lambda: b"", "empty", "leeg"),
    "whitespace": (lambda: b"  \n\t ", "empty", "leeg"),
    "image": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "image", "afbeelding"),
    "binary": (lambda: bytes(range(256)) * 20, "unsupported", "niet ondersteund"),
    "zip without word document": (lambda: _zip({"foto.jpg": b"x" * 100}), "zip_not_docx", "geen Word-document"),
    "old .doc": (lambda: _ole("WordDocument"), "old_doc", ".doc"),
    "password-protected docx": (lambda: _ole("EncryptionInfo"), "encrypted_docx", "wachtwoord"),
    "corrupt docx": (lambda: _zip({"[Content_Types].xml": b"<bad", "word/document.xml": b"<w:document"}), "corrupt_docx", "beschadigd"),
    "truncated docx": (lambda: docx_bytes([("para", "Tekst")])[:2000], "corrupt_docx", "beschadigd"),
    "zip bomb": (lambda: _zip({"word/document.xml": b"<x/>", "word/media/image1.png": bytes(30 * 1024 * 1024)}), "zip_bomb", "verdacht groot"),
    "encrypted pdf": (_encrypted_pdf, "encrypted_pdf", "wachtwoord"),
    "scanned pdf": (image_only_pdf_bytes, "scanned_pdf", "scan"),
    "corrupt pdf": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 4, "corrupt_pdf", "beschadigd"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_is_refused_with_a_dutch_message(name):
    make, code, words = BAD_FILES[name]
    with pytest.raises(TenderReadError) as caught:
        read_tender(make(), "uitvraag.docx")
    assert caught.value.code == code
    assert words in caught.value.message


def test_file_above_the_size_limit_is_refused_before_reading():
    with pytest.raises(TenderReadError) as caught:
        read_tender(b"x" * 2048, "groot.txt", max_bytes=1024)
    assert caught.value.code == "too_large"
    assert "groter dan 1 kB" in caught.value.message


def test_default_size_limit_is_20_megabytes():
    with pytest.raises(TenderReadError) as caught:
        read_tender(b"a" * (20 * 1024 * 1024 + 1))
    assert "20 MB" in caught.value.message


def test_empty_paste_is_refused():
    with pytest.raises(TenderReadError) as caught:
        read_pasted("   \n ")
    assert caught.value.code == "empty"


def _kinds(blocks):
    return [(block.kind, block.text) for block in blocks]


def test_requirement_codes_start_list_items_in_docx_and_pasted_text():
    item = "De opdrachtnemer biedt jaarlijks ten minste 900 inwoners ondersteuning."
    docx_blocks = read_tender(docx_bytes([("h1", "Prestatie-eisen"), ("para", f"PE-1 {item}"), ("para", f"PE-2 {item}")]))
    assert _kinds(docx_blocks)[1:] == [("list_item", item)] * 2
    assert _kinds(read_pasted(f"Prestatie-eisen\nE1. {item}\nR-02: {item}\n"))[1:] == [("list_item", item)] * 2


def test_mail_header_lines_of_a_pasted_e_mail_are_not_headings():
    blocks = read_pasted("Van: Ilse Verbeek <i.verbeek@gemeente.nl>\nAan: info@welzijn.nl\nOnderwerp: Offerte taalcafé\n\n"
                         "Beste collega's,\n\nWij vragen u een offerte uit te brengen voor het taalcafé in 2028.\n")
    assert not [block for block in blocks if block.kind == "heading"]


def test_text_copied_from_a_pdf_loses_page_labels_and_running_headers_and_mends_hyphenated_words():
    text = ("Uitvraag Welzijn Testdorp\n\n1. Doelen\nDe gemeente wil dat inwoners met vragen over geld eerder onder-\n"
            "steuning vinden bij een Wmo-\nloket in de wijk, dichtbij huis en zonder\n\nPagina 1 van 2\n\n"
            "Uitvraag Welzijn Testdorp\n\nwachtlijst.\n\n2. Planning\nDe aanvraag sluit op 1 mei.\n\nPagina 2 van 2\n")
    blocks = read_pasted(text)
    assert [block.text for block in blocks].count("Uitvraag Welzijn Testdorp") == 1
    assert _kinds(blocks)[1:] == [
        ("heading", "1. Doelen"),
        ("paragraph", "De gemeente wil dat inwoners met vragen over geld eerder ondersteuning vinden bij een "
                      "Wmo-loket in de wijk, dichtbij huis en zonder wachtlijst."),
        ("heading", "2. Planning"), ("paragraph", "De aanvraag sluit op 1 mei.")]


def test_short_line_that_runs_on_into_a_lowercase_line_is_not_a_heading():
    text = ("8. Verantwoording\nDe subsidieontvanger rapporteert halfjaarlijks over de resultaten\n"
            "uit paragraaf 3 en levert jaarlijks vóór 1 mei een financieel verslag aan, dat de gemeente toetst.\n")
    assert _kinds(read_pasted(text))[1] == ("paragraph", "De subsidieontvanger rapporteert halfjaarlijks over de resultaten "
                                                         "uit paragraaf 3 en levert jaarlijks vóór 1 mei een financieel verslag aan, dat de gemeente toetst.")


def test_pasted_table_with_merged_cells_keeps_each_cell_in_its_column():
    text = ("Thema\tBeoogd effect\tStreefwaarde\nZelfredzaamheid\tInwoners regelen hun eigen zaken.\t3,5\n"
            "\tInwoners weten de weg in hun wijk.\t70%\n")
    rows = [block for block in read_pasted(text) if block.kind == "table_row"]
    assert rows[1].cells == ["", "Inwoners weten de weg in hun wijk.", "70%"]


def _merged_first_column_pdf() -> bytes:
    """A PDF table like a Word export: top-aligned cells, the theme cell merged over two rows."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(line_height=5, first_row_as_headings=True, v_align="TOP") as table:
        for r, row in enumerate([["Thema", "Beoogd effect", "Streefwaarde"],
                                 ["Zelfredzaamheid", "Inwoners met meervoudige problemen regelen na de begeleiding hun eigen zaken.", "3,5"],
                                 [None, "Inwoners weten zelf de weg naar voorzieningen in hun wijk.", "70%"]]):
            cells = table.row()
            for c, text in enumerate(row):
                if text is not None:
                    cells.cell(text, rowspan=2 if r == 1 and c == 0 else 1)
    return bytes(pdf.output())


def test_pdf_table_row_starts_even_when_its_first_cell_is_merged_with_the_row_above():
    rows = [block for block in read_tender(_merged_first_column_pdf()) if block.kind == "table_row"]
    assert [row.cells[1:] for row in rows] == [
        ["Inwoners met meervoudige problemen regelen na de begeleiding hun eigen zaken.", "3,5"],
        ["Inwoners weten zelf de weg naar voorzieningen in hun wijk.", "70%"]]


TWO_COLUMN_TEXT = [
    ("h", "2 Doelen"),
    ("p", "De gemeente wil dat inwoners met vragen over geld, wonen of gezondheid snel de juiste hulp vinden in hun eigen wijk, "
          "dichtbij huis en zonder lange wachtlijst."),
    ("p", "- Kwetsbare inwoners hebben een sociaal netwerk waarop zij kunnen terugvallen als het tegenzit."),
    ("h", "3 Procedure"),
    ("p", "De aanvraag wordt ingediend via het subsidieportaal van de gemeente en moet uiterlijk op de sluitingsdatum "
          "binnen zijn; te late aanvragen worden niet in behandeling genomen."),
    ("p", "Hoofdstuk 4 beschrijft de beoordeling. Hoofdstuk 5 beschrijft de verantwoording en de betaling van de subsidie."),
]


def _two_column_pdf(pages: int = 2) -> bytes:
    """Running text in two columns under a running header, as a municipal newsletter-style uitvraag."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 5, "Gemeente Testdorp - Uitvraag Sociaal Werk 2028 - versie 2, 3 juni 2027", new_x="LMARGIN", new_y="NEXT")
    with pdf.text_columns(ncols=2, gutter=8) as columns:
        for _ in range(pages * 4):
            for kind, text in TWO_COLUMN_TEXT:
                pdf.set_font("Helvetica", "B" if kind == "h" else "", 10 if kind == "h" else 9)
                with columns.paragraph(top_margin=3 if kind == "h" else 2) as paragraph:
                    paragraph.write(text)
    return bytes(pdf.output())


def test_two_column_pdf_is_read_column_by_column():
    blocks = read_tender(_two_column_pdf(), "uitvraag.pdf")
    texts = [block.text for block in blocks]
    first = texts.index("2 Doelen")
    assert texts[first: first + 6] == [text.lstrip("- ") for _, text in TWO_COLUMN_TEXT]
    assert blocks[first + 2].kind == "list_item"
    assert blocks[first + 5].kind == "paragraph"


def test_single_column_table_with_a_short_value_column_is_not_read_as_two_columns():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(line_height=5, first_row_as_headings=True) as table:
        for row in [["Criterium", "Weging"]] + [[f"Onderdeel {n} van het plan van aanpak", f"{10 * n}%"] for n in range(1, 9)]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    rows = [block for block in read_tender(bytes(pdf.output())) if block.kind == "table_row"]
    assert rows[0].cells == ["Onderdeel 1 van het plan van aanpak", "10%"]
    assert len(rows) == 8


def test_pdf_of_one_line_paragraphs_with_spacing_keeps_each_paragraph_apart():
    """Most lines are one-line paragraphs: the line height comes from the few wrapped ones, not the most common step."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    items = ["- Inzet van ervaringsdeskundigen en vrijwilligers (20 punten)", "Het activiteitenplan telt maximaal 12 pagina's A4.",
             "- Samenwerking met partners in de wijk en de regio (30 punten)", "De begroting en de bijlagen tellen daarbij niet mee.",
             "- Bereik van jongeren en hun ouders in alle kernen (50 punten)", "De beoordelingscommissie telt de punten bij elkaar op."]
    for text in items + [LONG_SENTENCE] * 2:
        pdf.multi_cell(105, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    texts = [block.text for block in read_tender(bytes(pdf.output()))]
    assert texts[:2] == [items[0][2:], items[1]]


def _under_a_large_title(write_title) -> list:
    """The blocks of a one-page PDF: a 26-point title written by `write_title(pdf)`, four paragraphs."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 26)
    write_title(pdf)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for _ in range(4):
        pdf.multi_cell(0, 5, LONG_SENTENCE, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return read_tender(bytes(pdf.output()))


def test_pdf_title_wrapped_over_several_large_lines_is_one_heading():
    title = "Programma van Eisen Maatschappelijk Werk en Sociaal Werk Duinmond 2028-2031"
    blocks = _under_a_large_title(lambda pdf: pdf.multi_cell(110, 12, title, new_x="LMARGIN", new_y="NEXT"))
    assert _kinds(blocks)[0] == ("heading", title)
    assert [block.kind for block in blocks[1:]] == ["paragraph"] * 4


def test_pdf_title_whose_last_line_is_a_year_keeps_it():
    def wrapped(pdf):  # as a typesetter wraps it
        for line in ("Offerteaanvraag Sociaal werk in", "de kernen Veenmarke 2027-", "2030"):
            pdf.cell(0, 12, line, new_x="LMARGIN", new_y="NEXT")
    blocks = _under_a_large_title(wrapped)
    assert _kinds(blocks)[0] == ("heading", "Offerteaanvraag Sociaal werk in de kernen Veenmarke 2027-2030")


def test_bare_page_numbers_at_the_page_edges_are_still_dropped():
    pdf = FPDF()
    for number in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        for _ in range(3):
            pdf.multi_cell(0, 5, LONG_SENTENCE, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_y(-20)
        pdf.cell(0, 5, str(number), align="C")
    texts = [block.text for block in read_tender(bytes(pdf.output()))]
    assert "1" not in texts and "2" not in texts and all(text.startswith(LONG_SENTENCE[:20]) for text in texts)


def test_label_line_that_runs_on_in_lower_case_is_not_a_heading():
    text = "Bijlage 1 bij de leidraad, kenmerk INK-14, en\nverder de formulieren voor de inschrijving van de aanbieders.\n"
    assert _kinds(read_pasted(text)) == [("paragraph", " ".join(text.split()))]


def _two_row_header_docx() -> bytes:
    """A goal table whose "Streefwaarde" header spans the years in a second header row."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate([["Doel", "Indicator", "Streefwaarde", ""], ["", "", "2026", "2029"],
                             ["Inwoners kennen hun buren.", "Score buurtbinding", "6,4", "6,8"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 2).merge(table.cell(0, 3))
    for c in (0, 1):
        table.cell(0, c).merge(table.cell(1, c))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_table_with_two_header_rows_gives_one_header_per_column():
    rows = [block for block in read_tender(_two_row_header_docx()) if block.kind == "table_row"]
    assert [(row.cells, row.header) for row in rows] == [
        (["Inwoners kennen hun buren.", "Score buurtbinding", "6,4", "6,8"],
         ["Doel", "Indicator", "Streefwaarde 2026", "Streefwaarde 2029"])]


def test_docx_line_typed_in_capitals_is_a_heading():
    blocks = read_tender(docx_bytes([("para", "WAT WILLEN WE BEREIKEN"), ("para", "• Ouderen voelen zich minder eenzaam.")]))
    assert _kinds(blocks) == [("heading", "WAT WILLEN WE BEREIKEN"), ("list_item", "Ouderen voelen zich minder eenzaam.")]
    assert blocks[1].section == ["WAT WILLEN WE BEREIKEN"]


def test_one_column_page_with_a_planning_table_is_not_read_as_two_columns():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, LONG_SENTENCE, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(line_height=5, first_row_as_headings=True) as table:
        for row in [["Activiteit", "Datum", "Tijd"], ["Publicatie", "15 november 2027", ""], ["Sluiting vragen", "6 december 2027", "12:00"],
                    ["Nota van inlichtingen", "20 december 2027", ""], ["Uiterste inschrijfdatum", "8 februari 2028", "10:00"],
                    ["Voorlopige gunning", "14 maart 2028", ""], ["Start opdracht", "1 juli 2028", ""]]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.multi_cell(0, 5, LONG_SENTENCE, new_x="LMARGIN", new_y="NEXT")
    rows = [block.cells for block in read_tender(bytes(pdf.output())) if block.kind == "table_row"]
    assert rows[3] == ["Uiterste inschrijfdatum", "8 februari 2028", "10:00"]


def _plain_effects_table_pdf() -> bytes:
    """A two-column table without header styling whose first column is filled to its edge, then a heading."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Wat willen we bereiken?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    rows = [["Maatschappelijk effect", "Hoe meten we dat"],
            ["Jongeren hebben een zinvolle vrijetijdsbesteding in hun eigen wijk.", "Aantal bereikte jongeren per wijk"],
            ["Jongeren die uitvallen op school of werk zijn weer in beeld en hebben een passend vervolg.",
             "Aantal jongeren met een plan binnen zes weken na aanmelding"],
            ["De overlast door groepen jongeren in de openbare ruimte neemt af.", "Meldingen jeugdoverlast bij de politie"]]
    with pdf.table(line_height=5, first_row_as_headings=False, num_heading_rows=0) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Voor wie is deze subsidie?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Subsidie kan worden aangevraagd door organisaties zonder winstoogmerk.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_table_cell_filled_to_the_next_column_stays_in_the_table_and_a_heading_follows_it():
    blocks = read_tender(_plain_effects_table_pdf())
    rows = [block.cells for block in blocks if block.kind == "table_row"]
    assert [cells[0] for cells in rows] == [
        "Jongeren hebben een zinvolle vrijetijdsbesteding in hun eigen wijk.",
        "Jongeren die uitvallen op school of werk zijn weer in beeld en hebben een passend vervolg.",
        "De overlast door groepen jongeren in de openbare ruimte neemt af."]
    heading = next(block for block in blocks if block.text == "Voor wie is deze subsidie?")
    assert heading.kind == "heading"


def test_pasted_hoofdstuk_label_after_a_numbered_paragraph_is_a_chapter_not_nested_under_it():
    text = ("Hoofdstuk 1 Algemeen\n\n1.1 Aanbestedende dienst\nDe gemeente nodigt vier organisaties uit.\n\n"
            "1.2 Communicatie\nAlle communicatie verloopt via de contactpersoon.\n\n"
            "Hoofdstuk 2 Beschrijving van de opdracht\nDe opdracht omvat taalcafés en digitale spreekuren.\n")
    blocks = read_pasted(text)
    chapter = next(block for block in blocks if block.text.startswith("Hoofdstuk 2"))
    assert chapter.kind == "heading"
    assert chapter.section == ["Hoofdstuk 2 Beschrijving van de opdracht"]


def test_pdf_heading_wrapped_onto_a_lower_case_line_in_its_own_large_font_stays_one_heading():
    pdf = FPDF()
    pdf.add_page()
    for title in ("Ambitie 2: Niemand staat er alleen voor", "Ambitie 3: Opgroeien in een veilige en gezonde omgeving"):
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(95, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for _ in range(2):
            pdf.multi_cell(0, 5, "Dat betekent dat ouders met vragen over opvoeden en opgroeien terechtkunnen bij een "
                                 "vertrouwd gezicht in de buurt, op school of bij de kinderopvang.", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    blocks = read_tender(bytes(pdf.output()))
    headings = [block.text for block in blocks if block.kind == "heading"]
    assert headings == ["Ambitie 2: Niemand staat er alleen voor", "Ambitie 3: Opgroeien in een veilige en gezonde omgeving"]
    assert blocks[-1].section == ["Ambitie 3: Opgroeien in een veilige en gezonde omgeving"]


def _three_column_tables_pdf(tables: list[list[list[str]]]) -> bytes:
    """A one-column page with several centred three-column tables between short paragraphs."""
    pdf = FPDF()
    pdf.add_page()
    for number, rows in enumerate(tables, 1):
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, f"Onderdeel {number}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, "De tabel hieronder geeft de afspraken voor dit onderdeel.", new_x="LMARGIN", new_y="NEXT")
        with pdf.table(line_height=5) as table:
            for row in rows:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        pdf.ln(2)
    return bytes(pdf.output())


def test_page_of_three_column_tables_is_not_read_as_two_text_columns():
    kpi = [["KPI", "Norm", "Bron"], ["Aantal unieke deelnemers aan ontmoetingsactiviteiten", "1.200 per jaar", "registratie"],
           ["Aandeel deelnemers dat meer contacten ervaart", "60%", "vragenlijst na zes maanden"]]
    criteria = [["Criterium", "Weging", "Maximale omvang"], ["Visie op sociaal werk in de gemeente", "30%", "3 pagina's"],
                ["Aanpak per resultaatgebied", "40%", "6 pagina's"], ["Samenwerking in de kernen", "20%", "2 pagina's"],
                ["Implementatie en overdracht", "10%", "1 pagina"]]
    blocks = read_tender(_three_column_tables_pdf([kpi, kpi, kpi, criteria]))
    rows = [block.cells for block in blocks if block.kind == "table_row" and block.section == ["Onderdeel 4"]]
    assert rows[0] == ["Visie op sociaal werk in de gemeente", "30%", "3 pagina's"]
    assert len(rows) == 4


def test_pdf_row_whose_wrapped_first_cell_centres_the_other_cells_lower_is_its_own_row():
    criteria = [["Gunningscriterium", "Maximaal te behalen punten", "Omvang"], ["Aanpak en bereik", "50", "max. 3 pagina's"],
                ["Samenwerking met bibliotheek en partners in alle kernen", "30", "max. 2 pagina's"],
                ["Inzet en begeleiding van vrijwilligers", "20", "max. 2 pagina's"]]
    blocks = read_tender(_three_column_tables_pdf([criteria]))
    rows = [block.cells for block in blocks if block.kind == "table_row"]
    assert [row[:2] for row in rows] == [["Aanpak en bereik", "50"],
                                         ["Samenwerking met bibliotheek en partners in alle kernen", "30"],
                                         ["Inzet en begeleiding van vrijwilligers", "20"]]


def _short_right_column_pdf(sections: int) -> bytes:
    """A two-column page (fpdf text columns) whose right column holds only the last few lines."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT") as cols:
        for n in range(1, sections + 1):
            pdf.set_font("Helvetica", "B", 10)
            with cols.paragraph(top_margin=2.5) as paragraph:
                paragraph.write(f"{n} Onderdeel {n}")
            pdf.set_font("Helvetica", "", 9)
            with cols.paragraph(top_margin=1) as paragraph:
                paragraph.write(f"In onderdeel {n} beschrijven wij de situatie in de wijk. Het aantal meldingen steeg van 312 "
                                "naar 418 in twee jaar en bewoners weten niet altijd bij wie zij terechtkunnen.")
    return bytes(pdf.output())


def test_two_column_page_with_a_short_right_column_is_read_column_by_column():
    blocks = read_tender(_short_right_column_pdf(19))
    assert not [block for block in blocks if block.kind == "table_row"]
    headings = [block.text for block in blocks if block.kind == "heading"]
    assert headings == [f"{n} Onderdeel {n}" for n in range(1, 20)]


def test_last_page_of_a_two_column_pdf_with_a_few_lines_in_its_right_column_keeps_the_columns():
    data = _short_right_column_pdf(50)  # page 2: a full left column, five lines in the right one
    assert len(PdfReader(io.BytesIO(data)).pages) == 2
    blocks = read_tender(data)
    assert not [block for block in blocks if block.kind == "table_row"]
    numbers = [int(block.text.split()[0]) for block in blocks if block.kind == "heading"]
    assert numbers == sorted(numbers) and numbers[-6:] == [45, 46, 47, 48, 49, 50]


def test_pdf_row_whose_long_middle_cell_starts_above_its_centred_first_cell_keeps_its_text_together():
    results = [["Opgave", "Gewenst resultaat 2028", "Bron"],
               ["Opvoedvragen", "Ouders vinden met gewone vragen over opvoeden en opgroeien snel steun in hun eigen "
                "omgeving, zonder verwijzing naar de jeugdhulp.", "Ouderpanel"],
               ["Vrije tijd", "Elk kind, ook uit een gezin met weinig geld, kan meedoen aan sport, cultuur of een club "
                "in de eigen buurt of het eigen dorp.", "Jeugdmonitor"]]
    blocks = read_tender(_three_column_tables_pdf([results]))
    rows = [block.cells for block in blocks if block.kind == "table_row"]
    assert rows == results[1:]


def test_pasted_table_rows_with_cells_apart_by_two_spaces_are_table_rows_but_one_such_line_is_text():
    blocks = read_pasted("## Opgaven\n\nPer opgave staat wat wij willen bereiken.\n"
                         "Opgave  Gewenst resultaat 2028  Bron\n"
                         "Opvoedvragen  Ouders vinden snel steun in hun eigen omgeving.  Ouderpanel\n"
                         "Vrije tijd  Elk kind kan meedoen aan sport of een club.  Jeugdmonitor\n\n"
                         "Een zin met  twee spaties is gewoon tekst.\n")
    rows = [block for block in blocks if block.kind == "table_row"]
    assert [row.cells for row in rows] == [["Opvoedvragen", "Ouders vinden snel steun in hun eigen omgeving.", "Ouderpanel"],
                                           ["Vrije tijd", "Elk kind kan meedoen aan sport of een club.", "Jeugdmonitor"]]
    assert rows[0].header == ["Opgave", "Gewenst resultaat 2028", "Bron"]
    assert blocks[-1].kind == "paragraph"


def test_pdf_table_rows_whose_first_cell_starts_in_lower_case_are_rows_not_the_header_wrapped():
    results = [["Indicator", "2024", "2025", "Streefwaarde 2025"], ["mantelzorgers ondersteund", "301", "356", "350"],
               ["respijtuitjes", "40", "52", "45"], ["ervaren overbelasting (rapportcijfer)", "6,1", "5,4", "5,0"],
               ["Gesprekken met een mantelzorgconsulent", "412", "468", "450"]]
    blocks = read_tender(_three_column_tables_pdf([results]))
    rows = [block for block in blocks if block.kind == "table_row"]
    assert [row.cells for row in rows] == results[1:]
    assert rows[0].header == results[0]


def test_pasted_numbered_chapter_above_a_list_numbered_in_another_style_is_a_heading():
    text = ("1. Aanleiding\n\nBuurtbemiddeling bestaat in beide gemeenten sinds 2016.\n\n"
            "2. Wat we willen bereiken\n\n"
            "1) Buren lossen onenigheid zelf op.\n2) Buurtbemiddeling bereikt ten minste 90 nieuwe zaken per jaar.\n\n"
            "3. Opdracht en looptijd\n\nDe opdracht loopt twee jaar.\n")
    blocks = read_pasted(text)
    kinds = {block.text: (block.kind, block.section) for block in blocks}
    assert kinds["2. Wat we willen bereiken"] == ("heading", ["2. Wat we willen bereiken"])
    assert kinds["Buren lossen onenigheid zelf op."] == ("list_item", ["2. Wat we willen bereiken"])
    assert kinds["3. Opdracht en looptijd"] == ("heading", ["3. Opdracht en looptijd"])


def test_pasted_numbered_items_of_short_lines_in_one_style_and_sequence_stay_a_list():
    text = ("Thema's\n\nDe gemeente kiest drie thema's\n\n1. Eenzaamheid\n2. Armoede\n3. Mantelzorg\n\n"
            "Toelichting volgt.\n")
    blocks = read_pasted(text)
    assert [b.kind for b in blocks if b.text in {"Armoede", "Mantelzorg"}] == ["list_item"] * 2


def test_pasted_label_headings_nest_under_the_plain_title_line_before_them():
    text = ("Subsidie opvoeden en opgroeien\n\nDe gemeente subsidieert activiteiten voor gezinnen.\n\n"
            "Wat willen we bereiken?\n\nPer thema hebben we twee doelen.\n\nThema 1: Opvoeden\n\nOuders voelen zich zekerder in de opvoeding.\n\n"
            "Thema 2: Meedoen\n\nElk kind kan meedoen aan sport of een club.\n")
    sections = {block.text: block.section for block in read_pasted(text)}
    assert sections["Thema 2: Meedoen"] == ["Wat willen we bereiken?", "Thema 2: Meedoen"]
    assert sections["Ouders voelen zich zekerder in de opvoeding."] == ["Wat willen we bereiken?", "Thema 1: Opvoeden"]


def test_pasted_chapter_numbered_without_a_dot_after_a_list_or_a_table_is_a_heading():
    text = ("3.2 Planning\n• Publicatie: 10 mei 2027\n• Gunningsvoornemen: 12 juli 2027\n\n4 Geschiktheidseisen\n"
            "1. De inschrijver heeft ervaring met maatschappelijk werk.\n2. De inschrijver heeft een keurmerk.\n\n"
            "5 Eisen aan de dienstverlening\nNr\tEis\tKnock-out\nM1\tAlle medewerkers zijn geregistreerd.\tJa\n"
            "M2\tDe cliëntondersteuner beslist niet mee.\tJa\n\n6 Gunning\n\n6.1 Beoordeling\nWij gunnen op kwaliteit.\n")
    blocks = {block.text: block for block in read_pasted(text)}
    assert [blocks[t].kind for t in ("4 Geschiktheidseisen", "5 Eisen aan de dienstverlening", "6 Gunning")] == ["heading"] * 3
    assert blocks["Wij gunnen op kwaliteit."].section == ["6 Gunning", "6.1 Beoordeling"]


def test_pdf_table_cells_filled_to_the_next_column_and_wrapped_in_lower_case_stay_in_their_rows():
    rows = [["Wat willen we bereiken?", "Hoe meten we dat?", "Wanneer zijn we tevreden?"],
            ["Inwoners met een psychische kwetsbaarheid doen mee in hun buurt, bijvoorbeeld via vrijwilligerswerk, een "
             "club of een inloop.", "aantal deelnemers dat na het traject een vaste activiteit in de buurt heeft",
             "wordt in 2028 bepaald"],
            ["Er zijn jaarlijks ten minste 180 nieuwe koppelingen tussen een inwoner en een maatje of buddy.",
             "aantal nieuwe koppelingen per jaar", "ten minste 180"]]
    blocks = read_tender(_three_column_tables_pdf([rows]))
    table_rows = [block for block in blocks if block.kind == "table_row"]
    assert [row.cells for row in table_rows] == rows[1:]
    assert table_rows[0].header == rows[0]


def test_pasted_form_rows_with_empty_cells_stay_rows_of_their_table():
    blocks = read_pasted("De begroting maakt u in het model hieronder:\n\nKostenpost\t2027\t2028\n"
                         "Personeelskosten beroepskrachten\t\t\nOverhead (ten hoogste 12%)\t\t\nGevraagde subsidie\t\t\n")
    rows = [(block.kind, block.cells) for block in blocks[1:]]
    assert rows == [("table_row", ["Personeelskosten beroepskrachten", "", ""]),
                    ("table_row", ["Overhead (ten hoogste 12%)", "", ""]), ("table_row", ["Gevraagde subsidie", "", ""])]
    assert blocks[1].header == ["Kostenpost", "2027", "2028"]


def test_pasted_chapter_title_standing_alone_above_its_first_part_is_a_heading():
    blocks = read_pasted("Inleiding\nMarveen telt ongeveer 11.200 inwoners in vier kernen.\n\n"
                         "Waarvoor kunt u subsidie aanvragen\n\nThema 1 Dementie en mantelzorg\n"
                         "In Marveen wonen naar schatting 260 mensen met dementie.\n")
    headings = [(block.text, block.level) for block in blocks if block.kind == "heading"]
    assert headings == [("Inleiding", 1), ("Waarvoor kunt u subsidie aanvragen", 1), ("Thema 1 Dementie en mantelzorg", 2)]


def test_paragraphs_pasted_one_to_a_line_are_not_joined_where_some_lines_run_long():
    # most lines under 140 characters, as if wrapped there, but two paragraphs run far past them: one paragraph a line
    long = "Namens de gemeenten nodigen wij u uit om toe te treden tot de Open House Meedoen en rondkomen. " * 2
    text = "\n".join(["Van: Inkoop Sociaal Domein", "Verzonden: dinsdag 6 oktober 2026 09:12",
                      "Onderwerp: Open House Meedoen en rondkomen", "Geachte heer, mevrouw,", long.strip(),
                      "THEMA'S EN BEOOGDE RESULTATEN", "U kunt toetreden voor een of meer van de onderstaande thema's.",
                      "Thema 1 Digitaal meedoen",
                      "a) Ten minste 400 ouderen per jaar krijgen les of persoonlijke hulp bij het gebruik van hun telefoon, "
                      "tablet of computer",
                      "b) Ouderen die moeite hebben met computers en smartphones, kunnen zelf hun bankzaken, afspraken en "
                      "contact online regelen",
                      "Voor resultaat a) tellen wij het aantal unieke deelnemers per jaar in beide gemeenten samen.",
                      "De tarieven worden jaarlijks per 1 januari geïndexeerd.", long.strip(), "PLANNING"]
                     + [f"Ronde {n}: aanmelden tot en met 1 {month} 2027, besluit over toelating binnen zes weken."
                        for n, month in enumerate(("maart", "juni", "september", "december"), 1)]
                     + ["Met vriendelijke groet,", "Team Inkoop Sociaal Domein", "Gemeente Brakelsveen", "Postbus 100",
                        "Telefoon 14 0123"])
    items = [block.text for block in read_pasted(text) if block.kind == "list_item"]
    assert items == ["Ten minste 400 ouderen per jaar krijgen les of persoonlijke hulp bij het gebruik van hun telefoon, "
                     "tablet of computer",
                     "Ouderen die moeite hebben met computers en smartphones, kunnen zelf hun bankzaken, afspraken en "
                     "contact online regelen"]


@pytest.mark.parametrize("text, following, joined", [
    ("Veenmarke 2027–", "2030", "Veenmarke 2027–2030"),
    ("Duinmond 2028-", "2031", "Duinmond 2028-2031"),
    ("zorg-", "en welzijnsorganisaties", "zorg- en welzijnsorganisaties"),
])
def test_a_wrapped_line_joins_a_range_of_years_without_a_space(text, following, joined):
    assert join_wrapped(text, following) == joined


def test_a_dotted_section_of_a_pdf_stands_under_its_chapter_where_the_title_takes_the_top_size():
    blocks = read_tender(pdf_bytes([("h0", "Aanbestedingsleidraad Sociaal werk"), ("h1", "Hoofdstuk 5 Eisen"),
                               ("para", "U staat ingeschreven in het Handelsregister."), ("h1", "Hoofdstuk 6 Gunningscriteria"),
                               ("h2", "6.1 Verdeling van de punten"), ("para", "U kunt in totaal 1.000 punten halen.")]),
                         "leidraad.pdf")
    points = next(b for b in blocks if b.text.startswith("U kunt"))
    assert points.section == ["Aanbestedingsleidraad Sociaal werk", "Hoofdstuk 6 Gunningscriteria", "6.1 Verdeling van de punten"]


def test_a_pdf_heading_wrapped_after_a_comma_is_one_heading():
    blocks = read_tender(pdf_bytes([("h1", "6 Gunningscriteria"), ("para", "Wij letten op concrete afspraken."),
                                    ("h2", "6.4 K3 Implementatie en continuïteit (120 punten,\nmaximaal 1 pagina)"),
                                    ("para", "Beschrijf hoe u de overgang regelt.")]), "leidraad.pdf")
    below = next(b for b in blocks if b.text.startswith("Beschrijf"))
    assert below.section == ["6 Gunningscriteria", "6.4 K3 Implementatie en continuïteit (120 punten, maximaal 1 pagina)"]
