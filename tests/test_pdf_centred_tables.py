"""PDF tables whose cells stand vertically centred in their rows (fpdf's tables, Word's "centre" cell alignment):
a header whose cells wrap to different heights, and a four-column table whose middle gap looks like a page gutter."""
from __future__ import annotations

import sys
from pathlib import Path

from proposal_builder.tender import analyse_tender, read_pasted, read_tender

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks" / "goal_extraction"))
import generate  # noqa: E402

GOAL_ROWS = [
    ["Nr.", "Perceel", "Beoogd maatschappelijk effect", "Indicator", "Nulmeting 2026", "Streefwaarde 2031"],
    ["1", "1", "Mantelzorgers voelen zich voldoende ondersteund en houden de zorg voor hun naaste langer vol.",
     "aandeel mantelzorgers dat zich zwaar of overbelast voelt", "17%", "ten hoogste 12%"],
    ["2", "1", "Meer inwoners zetten zich vrijwillig in voor een ander of voor hun kern.",
     "aandeel inwoners van 18 jaar en ouder dat vrijwilligerswerk doet", "27%", "30%"],
    ["3", "2", "Problemen bij jongeren worden eerder gesignaleerd, zodat minder jongeren zwaardere jeugdhulp nodig hebben.",
     "aantal warme overdrachten van het jongerenwerk naar het sociaal team", "niet bekend",
     "n.t.b. (wordt in 2028 met de opdrachtnemer vastgesteld)"],
]
CRITERIA_ROWS = [
    ["Nr.", "Aspect", "Wat wij beoordelen", "Max. punten"],
    ["1", "Bijdrage aan de doelen", "De mate waarin de activiteiten bijdragen aan alle doelen van de thema's waarvoor u aanvraagt", "30"],
    ["2", "Dementie en mantelzorg", "De aanpak voor de doelen van thema 1", "20"],
    ["3", "Vitaal en in beweging", "De aanpak voor de doelen van thema 2", "15"],
    ["4", "Rondkomen en basisvaardigheden", "De aanpak voor de doelen van thema 3", "15"],
    ["5", "Samenwerking in de kernen", "Samenwerking met dorpsbelangen, huisartsen, verenigingen en andere aanbieders", "10"],
    ["6", "Begroting en doelmatigheid", "Een realistische begroting en een goede verhouding tussen kosten en bereik", "10"],
]


def _table_pdf(heading: str, rows: list[list[str]], tmp_path: Path) -> bytes:
    """A PDF made by the benchmark's generator: a heading, a sentence, a table (fpdf centres its cells vertically
    and sets the header in bold) and a sentence."""
    markup = "\n".join([f"## {heading}", "De tabel hieronder geeft het overzicht."]
                        + ["| " + " | ".join(row) + " |" for row in rows]
                        + ["De gemeente kan deze tabel tijdens de looptijd aanpassen."])
    path = tmp_path / "uitvraag.pdf"
    generate.build_pdf(generate.parse(markup), path)
    return path.read_bytes()


def _table_rows(blocks) -> list[list[str]]:
    return [block.header for block in blocks if block.kind == "table_row"][:1] + [
        block.cells for block in blocks if block.kind == "table_row"]


def test_a_header_whose_cells_wrap_to_different_heights_still_gives_every_column(tmp_path):
    blocks = read_tender(_table_pdf("3.2 Beoogde maatschappelijke effecten", GOAL_ROWS, tmp_path), "leidraad.pdf")
    assert _table_rows(blocks) == GOAL_ROWS


def test_goals_are_read_from_a_table_with_a_centred_header_as_from_the_same_text_pasted(tmp_path):
    pdf = analyse_tender(_table_pdf("3.2 Beoogde maatschappelijke effecten", GOAL_ROWS, tmp_path), "leidraad.pdf")
    assert [goal.text for goal in pdf.goals] == [row[2] for row in GOAL_ROWS[1:]]
    assert [goal.target for goal in pdf.goals][:2] == ["ten hoogste 12%", "30%"]


def test_a_four_column_table_with_a_wide_middle_gap_is_one_table_not_two_page_columns(tmp_path):
    blocks = read_tender(_table_pdf("Beoordeling en verdeling", CRITERIA_ROWS, tmp_path), "subsidietender.pdf")
    assert _table_rows(blocks) == CRITERIA_ROWS


def test_the_criteria_of_a_four_column_centred_table_keep_their_points(tmp_path):
    analysis = analyse_tender(_table_pdf("Beoordeling en verdeling", CRITERIA_ROWS, tmp_path), "subsidietender.pdf")
    assert [(c.name, c.weight) for c in analysis.criteria] == [(row[1], f"{row[3]} punten") for row in CRITERIA_ROWS[1:]]


def test_generated_pdfs_print_signs_outside_the_core_font_as_a_typist_would(tmp_path):
    elements = generate.parse("# Uitvraag\n"
                              "☐ U bent ingeschreven in het Handelsregister van de Kamer van Koophandel.\n"
                              "| Doel | Streefwaarde |\n| Mantelzorgers zijn tevreden. | ≥ 7,5 |\n")
    path = tmp_path / "uitvraag.pdf"
    generate.build_pdf(elements, path)
    blocks = read_tender(path.read_bytes(), path.name)
    assert [b.cells for b in blocks if b.kind == "table_row"] == [["Mantelzorgers zijn tevreden.", ">= 7,5"]]
    item = next(b for b in blocks if "Handelsregister" in b.text)
    assert (item.kind, item.text) == ("list_item", "U bent ingeschreven in het Handelsregister van de Kamer van Koophandel.")


def test_a_pasted_check_box_line_is_a_list_item():
    blocks = read_pasted("Wat u aantoont:\n☐ U bent ingeschreven in het Handelsregister.\n☐ U werkt met de meldcode.\n")
    assert [(b.kind, b.text) for b in blocks][1:] == [("list_item", "U bent ingeschreven in het Handelsregister."),
                                                      ("list_item", "U werkt met de meldcode.")]


def test_two_tables_with_only_a_bold_title_between_them_are_two_tables_with_their_own_headers(tmp_path):
    markup = "\n".join([
        "## 2 Wat wil de gemeente bereiken?", "De gemeente werkt met effecten en resultaten.", "**Effecten**",
        "| Code | Effect | Indicator | Nulmeting | Streefwaarde 2031 |",
        "| E1 | Inwoners krijgen eerder hulp, voordat problemen zich opstapelen. | aandeel hulpvragen met hoge schulden | 41% (2026) | 30% |",
        "| E2 | Inwoners kunnen na hulp weer zelfstandig verder. | aandeel trajecten zonder nieuwe melding | 68% (2026) | 80% |",
        "**Resultaten**",
        "| Code | Resultaat | Indicator | Streefwaarde per jaar |",
        "| R1 | Inwoners die zich melden, hebben snel een eerste gesprek. | aandeel aanmeldingen met een gesprek binnen vijf dagen | ten minste 90% |",
        "| R2 | Inwoners met achterstanden krijgen snel een aanbod van hulp. | aandeel vroegsignalen met een huisbezoek | ten minste 85% |",
        "De streefwaarden gelden per jaar."])
    path = tmp_path / "leidraad.pdf"
    generate.build_pdf(generate.parse(markup), path)
    analysis = analyse_tender(path.read_bytes(), "leidraad.pdf")
    assert [(goal.text[:20], goal.target) for goal in analysis.goals] == [
        ("Inwoners krijgen eer", "30%"), ("Inwoners kunnen na h", "80%"),
        ("Inwoners die zich me", "ten minste 90%"), ("Inwoners met achters", "ten minste 85%")]
    rows = [block for block in analysis.blocks if block.kind == "table_row"]
    assert rows[-1].header == ["Code", "Resultaat", "Indicator", "Streefwaarde per jaar"]
