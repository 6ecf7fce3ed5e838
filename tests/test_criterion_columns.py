"""Criteria tables read by what their columns hold, not by their header words: a grouping column with a code column
between it and the sub-criteria, weights under a header that names no weight, a goals column, a lower-case code column
in a PDF whose name cell wrapped onto a row of its own; in .docx, PDF and pasted text. Also the municipalities of a
lead acting "mede namens" a partner, and municipalities named only in passing."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.criterion_columns import (
    CODE, DESCRIPTION, GOALS, GROUPING, LIMIT, NAME, WEIGHT, column_roles)
from proposal_builder.tender.extraction.criteria import extract_criteria
from proposal_builder.tender.extraction.municipalities import extract_municipalities
from proposal_builder.tender.reading.blocks import PARAGRAPH, TABLE_ROW, Block

from .tender_samples import docx_bytes, pdf_bytes

GOALS_TEXT = ["Jongeren in alle kernen hebben een plek om elkaar te ontmoeten.",
              "Jongeren die dreigen vast te lopen worden vroeg gezien en geholpen.",
              "Minder jongeren voelen zich vaak eenzaam."]
# The grouping column, then a code column, then the sub-criteria: no header word says which column groups
HEADER = ["Onderdeel", "Code", "Subcriterium", "Weging", "Maximale omvang"]
ROWS = [["Kwaliteit", "K1", "Plan van aanpak", "30%", "4 pagina's"], ["", "K2", "Bereik van kwetsbare jongeren", "25%", "2 pagina's"],
        ["", "K3", "Samenwerking in de keten", "15%", "1 pagina"], ["Prijs", "P", "Prijs", "30%", "prijsblad"]]
INTRO = "Wij beoordelen de inschrijvingen op kwaliteit (70%) en prijs (30%)."
NOTES = ["Bij K1 beoordelen wij hoe uw aanpak bijdraagt aan de doelen 1 en 2.", "K2 hoort bij doel 2 en doel 3."]
EXPECTED = [("Plan van aanpak", "30%", 4, [1, 2]), ("Bereik van kwetsbare jongeren", "25%", 2, [2, 3]),
            ("Samenwerking in de keten", "15%", 1, []), ("Prijs", "30%", None, [])]


def _read(analysis) -> list[tuple]:
    return [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria]


def test_column_roles_follow_the_cells_whatever_the_headers_say():
    roles = column_roles(HEADER, [["Kwaliteit", "K1", "Plan van aanpak", "30%", "4 pagina's"],
                                  ["^", "K2", "Bereik", "25%", "2 pagina's"], ["Prijs", "P", "Prijs", "45%", "–"]])
    assert roles == [GROUPING, CODE, NAME, WEIGHT, LIMIT]
    # headers that name nothing: bare numbers adding up to 100 are weights, "1 t/m 3" goals, long texts descriptions
    roles = column_roles(["", "", "", ""], [
        ["Visie", "Beschrijf uw visie op het jongerenwerk in de kernen en hoe u aansluit bij de jongeren zelf", "40", "1 t/m 3"],
        ["Bereik", "Beschrijf hoe u jongeren bereikt die niet uit zichzelf naar een jongerenruimte komen", "35", "2"],
        ["Samenwerking", "Beschrijf met wie u samenwerkt en hoe u signalen deelt met het jeugd- en gezinsteam", "25", "1, 3"]])
    assert roles == [NAME, DESCRIPTION, WEIGHT, GOALS]


def _grouped_tender(form: str):
    """The tender with the grouped criteria table as Word (the group cell merged down), a PDF (left empty) or pasted text
    (tabs), read the way the app reads each."""
    elements = [("title", "Aanbestedingsleidraad jongerenwerk"), ("h1", "2. Doelen"),
                *[("number", goal if form == "docx" else (f"{n}.", goal)) for n, goal in enumerate(GOALS_TEXT, 1)],
                ("h1", "8. Gunningscriteria"), ("para", INTRO),
                ("merged_table", ([HEADER, *ROWS], (1, 0, 3))) if form == "docx" else ("table", [HEADER, *ROWS]),
                *[("para", note) for note in NOTES]]
    if form == "docx":
        return analyse_tender(docx_bytes(elements), "leidraad.docx")
    if form == "pdf":
        return analyse_tender(pdf_bytes([("h1", v) if k == "title" else (k, v) for k, v in elements]), "leidraad.pdf")
    goals = "\n".join(f"{n}. {goal}" for n, goal in enumerate(GOALS_TEXT, 1))  # one list: a line per goal
    table = "\n".join("\t".join(row) for row in [HEADER, *ROWS])
    return analyse_text("\n\n".join(["Aanbestedingsleidraad jongerenwerk", "2. Doelen", goals, "8. Gunningscriteria", INTRO,
                                     table, *NOTES]) + "\n")


@pytest.mark.parametrize("form", ["docx", "pdf", "txt"])
def test_a_grouping_column_beside_a_code_column_groups_the_sub_criteria_in_every_format(form):
    assert _read(_grouped_tender(form)) == EXPECTED


def test_a_weight_column_whose_header_names_no_weight_is_read_by_its_numbers_in_a_pasted_table():
    rows = [["Aspect", "Wat wij beoordelen", "Max."], ["Visie op jongerenwerk", "Uw visie op het werk in de kernen", "40"],
            ["Bereik", "Hoe u jongeren bereikt die thuiszitten", "35"], ["Samenwerking", "Met wie u samenwerkt", "25"]]
    table = "\n".join("\t".join(row) for row in rows)
    analysis = analyse_text(f"Subsidieoproep jongerenwerk\n\n5. Beoordeling\n\nWij beoordelen de aanvragen als volgt.\n\n{table}\n")
    assert [(c.name, c.points) for c in analysis.criteria] == [("Visie op jongerenwerk", 40.0), ("Bereik", 35.0),
                                                                ("Samenwerking", 25.0)]


def test_a_lower_case_code_column_under_an_empty_header_cell_in_a_docx_table_is_no_criterion_name():
    rows = [["", "Beoordelingscriterium", "Maximaal aantal punten", "Maximale omvang"],
            ["a", "Bereik van inwoners", "40", "drie pagina's"], ["b", "Samenwerking met huisartsen", "35", "twee pagina's"],
            ["c", "Kosteneffectiviteit", "25", "één pagina"]]
    document = docx_bytes([("title", "Subsidietender samen minder alleen"), ("h1", "6 Beoordeling"),
                           ("para", "De commissie beoordeelt de aanvragen."), ("table", rows)])
    analysis = analyse_tender(document, "tender.docx")
    assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == [
        ("Bereik van inwoners", "40 punten", 3), ("Samenwerking met huisartsen", "35 punten", 2),
        ("Kosteneffectiviteit", "25 punten", 1)]


def test_a_name_cell_wrapped_onto_a_pdf_row_of_its_own_is_joined_to_the_row_below():
    # the rows as the PDF reader gave them for blind_facts10's Wierumerveld table: the header lost its empty first
    # column, and the first name cell wrapped onto a row with fewer cells
    header, section = ["Beoordelingscriterium", "Maximaal aantal punten", "Maximale omvang"], ["6 Hoe beoordelen wij uw aanvraag?"]
    cells = [["Bereik van inwoners die nu", "", ""], ["a", "buiten beeld zijn", "30", "drie pagina's"],
             ["b", "Samenwerking met huisartsen", "20", "twee pagina's"], ["c", "Borging en monitoring", "15", "één pagina"],
             ["d", "Kosteneffectiviteit van de begroting", "35", "– (zie begroting)"], ["", "Totaal", "100", ""]]
    blocks = [Block(kind=TABLE_ROW, text=" | ".join(c for c in row if c), section=section, position=i, cells=row, header=header)
              for i, row in enumerate(cells)]
    assert [(c.name, c.points, c.page_limit) for c in extract_criteria(blocks)] == [
        ("Bereik van inwoners die nu buiten beeld zijn", 30.0, 3), ("Samenwerking met huisartsen", 20.0, 2),
        ("Borging en monitoring", 15.0, 1), ("Kosteneffectiviteit van de begroting", 35.0, None)]


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(kind=PARAGRAPH, text=text, section=[], position=i) for i, text in enumerate(texts)]


def test_a_lead_acting_mede_namens_a_partner_names_both_municipalities():
    blocks = _paragraphs("Toelatingsdocument – gemeente Lindemeer, mede namens de gemeente Sliedelo – 30 augustus 2027",
                         "De gemeente Lindemeer voert de procedure uit.")
    assert extract_municipalities(blocks) == ["Lindemeer", "Sliedelo"]


def test_municipalities_named_only_in_passing_give_way_to_the_place_the_tender_speaks_of():
    blocks = _paragraphs("Het college wil dat iedere inwoner van Marwoude goed kan lezen en schrijven.",
                         "Marwoude ontvangt rijksmiddelen via de regio, waarvan ook de gemeenten Tessel en Haarloo deel uitmaken.",
                         "Deze uitvraag gaat alleen over inwoners van Marwoude.", "In Marwoude is een Taalhuis.",
                         "Aanvragen stuurt u naar subsidie@marwoude.nl.")
    assert extract_municipalities(blocks) == ["Marwoude"]


def test_municipalities_listed_as_gemeente_x_under_namens_de_volgende_gemeenten_join_the_lead_in_pasted_text():
    analysis = analyse_text(
        "Aanbestedingsdocument cliëntondersteuning\n\nDe gemeente Varsenburg besteedt deze opdracht aan namens zichzelf en "
        "namens de gemeenten Hoornwolde en Mierlebroek. Voor perceel 1 treedt de gemeente Varsenburg op namens de volgende "
        "gemeenten:\n- gemeente Oosterdiep\n- gemeente Kraggenveen\n\nDe gemeente Varsenburg voert de procedure uit.\n")
    assert analysis.municipalities == ["Varsenburg", "Hoornwolde", "Mierlebroek", "Oosterdiep", "Kraggenveen"]


def test_the_places_of_one_municipality_and_a_partner_outside_the_assignment_are_no_municipalities():
    blocks = _paragraphs("Kern: een van de vier kernen van de gemeente: Boekelwaarde, Achter-Lierop, Zevenhuis aan de Lee en "
                         "Molenveste.", "De gemeente Boekelwaarde zoekt aanbieders van dagactiviteiten.")
    assert extract_municipalities(blocks) == ["Boekelwaarde"]
    blocks = _paragraphs("De gemeenten Veldmeer en Sterrebos kopen samen in.", "Beide gemeenten werken samen met "
                         "centrumgemeente Ravenhorst; die taken vallen buiten deze opdracht.")
    assert extract_municipalities(blocks) == ["Veldmeer", "Sterrebos"]
