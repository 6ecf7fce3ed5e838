"""Requirement lists in the shapes seen in round 12 and blind_facts14: obligations once admitted under "toetreding", the
conditions after "U kunt een aanvraag indienen als u:", a list printed without bullets or numbers (a two-column PDF),
a bold label under a PDF table that opens the wishes, and sentences that are no requirement (confirming in a form,
applying together)."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender, analyse_text


def _requirements(analysis) -> list[tuple[str, str]]:
    return [(r.text, r.kind) for r in analysis.requirements]


def test_obligations_after_toetreding_are_minimum_requirements_of_an_open_house():
    analysis = analyse_text(
        "# Open House Geldzorgen\n\nOpen House van de gemeente Marrevoort.\n\n## 4 Toetredingseisen\n\n"
        "U kunt toetreden als u aan alle eisen hieronder voldoet.\n- U bent ingeschreven bij de Kamer van Koophandel.\n"
        "- U werkt met de Meldcode huiselijk geweld en kindermishandeling.\n\n## 5 Verplichtingen na toetreding\n\n"
        "- U levert elk halfjaar per gezin de gegevens aan voor de Monitor Bestaanszekerheid.\n"
        "- U start binnen tien werkdagen na een verwijzing met de begeleiding.\n")
    assert ("U levert elk halfjaar per gezin de gegevens aan voor de Monitor Bestaanszekerheid.", "minimum") in \
        _requirements(analysis)
    assert ("U start binnen tien werkdagen na een verwijzing met de begeleiding.", "minimum") in _requirements(analysis)


def test_the_conditions_after_a_lead_in_ending_in_als_u_and_no_permission_to_apply_together():
    analysis = analyse_text(
        "# Uitvraag subsidietender Vitaal Heggerveld\n\n## Wie kan aanvragen?\n\nU kunt een aanvraag indienen als u:\n"
        "• een rechtspersoon zonder winstoogmerk bent, zoals een stichting of een vereniging;\n"
        "• activiteiten uitvoert voor inwoners van de gemeente Heggerveld;\n"
        "• samenwerkt met ten minste één partner uit een andere sector, zoals zorg, onderwijs, sport of welzijn.\n\n"
        "## Voorwaarden\n\n1. Deelname aan de activiteiten is gratis.\n2. De aanvrager heeft een meldcode.\n"
        "Een aanvraag mag door meer organisaties samen worden gedaan; één van hen is dan aanvrager.\n")
    texts = [text for text, _ in _requirements(analysis)]
    assert any(text.startswith("samenwerkt met ten minste één partner uit een andere sector") for text in texts)
    assert not any("samen worden gedaan" in text for text in texts)


def test_a_list_without_bullets_under_its_lead_in_gives_each_line_and_a_confirmation_in_the_form_is_none():
    analysis = analyse_text(
        "# Aanbestedingsleidraad Schoolmaatschappelijk werk\n\n## 8. Minimumeisen\n\n"
        "De dienstverlening voldoet aan de volgende minimumeisen. U bevestigt dit in het inschrijvingsformulier.\n\n"
        "## 9. Eisen aan de uitvoering\n\nDe dienstverlening voldoet aan de volgende minimumeisen:\n\n"
        "Alle medewerkers hebben een Verklaring Omtrent het Gedrag.\n\n"
        "De schoolmaatschappelijk werker is tijdens de schoolweken op iedere school op een vast dagdeel bereikbaar.\n\n"
        "De opdrachtnemer levert ieder halfjaar een rapportage per gemeente en per school.\n\n## 10. Gunning\n\n"
        "De gemeente gunt op beste prijs-kwaliteitverhouding.\n")
    found = _requirements(analysis)
    assert ("De schoolmaatschappelijk werker is tijdens de schoolweken op iedere school op een vast dagdeel bereikbaar.",
            "minimum") in found
    assert not any("inschrijvingsformulier" in text for text, _ in found)


def _table_then_bold_label_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "5 Eisen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "De inschrijver voldoet aan de volgende minimumeisen.", new_x="LMARGIN", new_y="NEXT")
    rows = [("Nr.", "Eis", "Bewijs"), ("E1", "De opdrachtnemer werkt met de Meldcode huiselijk geweld.", "Meldcode"),
            ("E2", "De opdrachtnemer levert elk kwartaal de gegevens aan.", "Eigen verklaring")]
    for number, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if number == 0 else "", 10)
        for width, cell in zip((15, 120, 40), row):
            pdf.cell(width, 6, cell)
        pdf.ln(6)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Wensen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for item in ("De inschrijver zet ervaringsdeskundige jongeren in als peerwerker.",
                 "De jongerenwerkers zijn ook bereikbaar via de sociale media die jongeren gebruiken."):
        pdf.cell(0, 6, "- " + item, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_bold_label_under_a_pdf_table_is_no_row_of_it_and_opens_the_wishes():
    analysis = analyse_tender(_table_then_bold_label_pdf(), "leidraad.pdf")
    assert [row.cells[0] for row in analysis.blocks if row.cells] == ["E1", "E2"]
    found = dict(_requirements(analysis))
    assert found["De inschrijver zet ervaringsdeskundige jongeren in als peerwerker."] == "wish"
    assert found["De jongerenwerkers zijn ook bereikbaar via de sociale media die jongeren gebruiken."] == "wish"


def test_a_line_cut_off_mid_item_ends_a_run_of_unmarked_items():
    analysis = analyse_text(
        "# Open House Meedoen\n\n## Toelatingseisen\n\nEen aanbieder wordt toegelaten als hij aan alle eisen hieronder voldoet:\n\n"
        "De aanbieder is ingeschreven in het Handelsregister van de Kamer van Koophandel.\n\n"
        "De aanbieder levert een ondertekende eigen verklaring (Bijlage\n\n"
        "Het college besluit binnen zes weken.\n")
    assert not any(text.startswith("De aanbieder levert een ondertekende") for text, _ in _requirements(analysis))
