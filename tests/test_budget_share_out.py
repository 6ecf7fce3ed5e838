"""Budget parts in the shapes round 17's tenders wrote them, in each format: a share-out sentence under a table of
tariffs ("Daarvan is € 190.000 voor Onderdeel 1 – ..."), also where a PDF line wrapped to open on its dash; a table
of parts without a header row whose first part's name holds "drempels"; an item's amount wrapped onto a line of its
own; a lot named in more than ten words."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes

SHARE_OUT = ("Voor het Open House is in 2028, 2029 en 2030 jaarlijks € 410.000 beschikbaar. Daarvan is € 190.000 voor "
             "Onderdeel 1 – Kinderen en ouders in de kernen, € 70.000 voor Onderdeel 2 – Jonge mantelzorgers en "
             "€ 150.000 voor Onderdeel 3 – Jongeren van 16 tot 23 jaar.")
# the same sentence as a PDF wraps it, each line opening on the dash
SHARE_OUT_LINES = ("Voor het Open House is in 2028, 2029 en 2030 jaarlijks € 410.000 beschikbaar. Daarvan is € 190.000 voor "
                   "Onderdeel 1\n– Kinderen en ouders in de kernen, € 70.000 voor Onderdeel 2\n– Jonge mantelzorgers en "
                   "€ 150.000 voor Onderdeel 3 – Jongeren van 16 tot 23 jaar.")
TARIFF_LEAD = "De gemeente betaalt per geleverde eenheid tegen de volgende vaste tarieven:"
TARIFFS = [["Oudercursus (reeks van acht bijeenkomsten)", "€ 3.900"], ["Ouderavond in een kern", "€ 650"],
           ["Groepsbijeenkomst jonge mantelzorgers", "€ 310"]]
SHARED_OUT = [{"name": "Onderdeel 1 – Kinderen en ouders in de kernen", "amount": 190_000},
              {"name": "Onderdeel 2 – Jonge mantelzorgers", "amount": 70_000},
              {"name": "Onderdeel 3 – Jongeren van 16 tot 23 jaar", "amount": 150_000}]

CEILING = "Het subsidieplafond is € 1.260.000 per jaar. Het plafond is als volgt over de opgaven verdeeld:"
OPGAVEN = [["Opgave A. Meedoen zonder drempels", "€ 480.000"], ["Opgave B. Talent in de wijk", "€ 260.000"],
           ["Opgave C. Steun bij opvoeden", "€ 300.000"], ["Opgave D. Jonge mantelzorgers", "€ 220.000"]]
OPGAVE_PARTS = [{"name": name, "amount": float(amount[2:].replace(".", ""))} for name, amount in OPGAVEN]


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _read(kind: str, elements: list[tuple[str, str]]):
    """A tender of chapters ("h1") and paragraphs read as .docx, .pdf or pasted text."""
    if kind == "docx":
        return analyse_tender(docx_bytes(elements), "tender.docx")
    if kind == "pdf":
        return analyse_tender(pdf_bytes(elements), "tender.pdf")
    return analyse_text(_text("# Uitvraag", *(f"## {v}" if k == "h1" else v for k, v in elements)))


def _rows(rows: list[list[str]]) -> str:
    return "\n".join(f"| {' | '.join(row)} |" for row in rows)


@pytest.mark.parametrize("kind", ["docx", "pdf", "text"])
def test_a_share_out_sentence_gives_the_parts_and_a_table_of_tariffs_under_it_none(kind):
    if kind == "docx":
        analysis = analyse_tender(docx_bytes([("h1", "4 Budget en tarieven"), ("para", SHARE_OUT), ("para", TARIFF_LEAD),
                                              ("table", TARIFFS)]), "openhouse.docx")
    elif kind == "pdf":
        analysis = analyse_tender(pdf_bytes([("h1", "4 Budget en tarieven"), ("para", SHARE_OUT_LINES),
                                             ("para", TARIFF_LEAD), ("merged_table", (TARIFFS, (0, 0, 0)))]), "openhouse.pdf")
    else:
        analysis = analyse_text(_text("# Open House", "## 4 Budget en tarieven", SHARE_OUT, TARIFF_LEAD, _rows(TARIFFS)))
    assert analysis.budget.amount == 410_000
    assert analysis.budget_parts == SHARED_OUT


@pytest.mark.parametrize("kind", ["docx", "pdf", "text"])
def test_a_table_of_parts_without_a_header_row_keeps_its_first_part_though_it_names_drempels(kind):
    if kind == "docx":
        analysis = analyse_tender(docx_bytes([("h1", "Hoeveel subsidie is er?"), ("para", CEILING), ("table", OPGAVEN)]),
                                  "tender.docx")
    elif kind == "pdf":
        analysis = analyse_tender(pdf_bytes([("h1", "Hoeveel subsidie is er?"), ("para", CEILING),
                                             ("merged_table", (OPGAVEN, (0, 0, 0)))]), "tender.pdf")
    else:
        analysis = analyse_text(_text("# Subsidietender", "## Hoeveel subsidie is er?", CEILING, _rows(OPGAVEN)))
    assert analysis.budget_parts == OPGAVE_PARTS


def test_an_amount_wrapped_off_its_item_onto_a_line_of_its_own_stays_with_the_item():
    analysis = analyse_tender(pdf_bytes([
        ("h1", "Artikel 6 Subsidieplafond"),
        ("para", "Het subsidieplafond bedraagt € 640.000. Het plafond wordt als volgt verdeeld over de onderdelen:"),
        ("number", ("a.", "opvoedondersteuning in groepen en individueel: € 300.000;")),
        ("number", ("b.", "vrijwillige gezinsondersteuning: € 140.000;")),
        ("number", ("c.", "ondersteuning van professionals in de pedagogische basis:\n€ 200.000.")),
    ]), "regeling.pdf")
    assert [part["amount"] for part in analysis.budget_parts] == [300_000, 140_000, 200_000]
    assert analysis.budget_parts[2]["name"] == "Ondersteuning van professionals in de pedagogische basis"


@pytest.mark.parametrize("kind", ["docx", "text"])
def test_a_lot_named_in_more_than_ten_words_keeps_its_part(kind):
    rows = [["Perceel", "Halderveen", "Lindewaerde", "Totaal per jaar"],
            ["Perceel 1 Jongerenwerk op straat en talent", "€ 455.000", "€ 85.000", "€ 540.000"],
            ["Perceel 2 Meedoen van kinderen in gezinnen met een laag inkomen", "€ 395.000", "€ 100.000", "€ 495.000"],
            ["Totaal", "€ 850.000", "€ 185.000", "€ 1.035.000"]]
    lead = "De gemeenten stellen per jaar in totaal € 1.035.000 beschikbaar. Dit bedrag is als volgt verdeeld:"
    if kind == "docx":
        analysis = analyse_tender(docx_bytes([("h1", "Deel D Financiering"), ("para", lead), ("table", rows)]), "oh.docx")
    else:
        analysis = analyse_text(_text("# Open House", "## Deel D Financiering", lead, _rows(rows)))
    assert analysis.budget_parts == [{"name": rows[1][0], "amount": 540_000}, {"name": rows[2][0], "amount": 495_000}]


ESTIMATE_TENDER = [
    ("h1", "4.1 Budget"),
    ("para", "Het beschikbare budget is een plafond per perceel. Voor perceel 1 is maximaal € 310.000 per jaar beschikbaar "
             "en voor perceel 2 maximaal € 190.000 per jaar, beide exclusief btw."),
    ("h1", "4.2 Geraamde waarde"),
    ("para", "De geraamde waarde van de opdracht, inclusief beide verlengingen en exclusief btw, is € 2.500.000 voor "
             "beide percelen samen."),
]


@pytest.mark.parametrize("kind", ["docx", "pdf", "text"])
def test_the_value_with_its_extensions_gives_way_to_the_lots_ceilings_per_year(kind):
    analysis = _read(kind, ESTIMATE_TENDER)
    assert (analysis.budget.amount, analysis.budget.per_year) == (500_000, True)
    assert [part["amount"] for part in analysis.budget_parts] == [310_000, 190_000]


@pytest.mark.parametrize("kind", ["docx", "text"])
def test_a_budget_tables_total_is_the_budget_not_the_value_inclusief_de_twee_mogelijke_verlengingen(kind):
    rows = [["Onderdeel", "Maximaal budget per jaar"], ["Mantelzorgondersteuning", "€ 910.000"],
            ["Respijtzorg", "€ 570.000"], ["Totaal", "€ 1.480.000"]]
    value = "De geraamde waarde van de opdracht, inclusief de twee mogelijke verlengingen, bedraagt € 8.880.000."
    if kind == "docx":
        analysis = analyse_tender(docx_bytes([("h1", "4.3 Budget"), ("table", rows), ("para", value)]), "leidraad.docx")
    else:
        analysis = analyse_text(_text("# Aanbestedingsleidraad", "## 4.3 Budget", _rows(rows), value))
    assert (analysis.budget.amount, analysis.budget.per_year) == (1_480_000, True)



@pytest.mark.parametrize("kind", ["docx", "pdf", "text"])
def test_money_spent_that_the_tender_calls_no_ceiling_is_no_budget(kind):
    spent = [("h1", "Tarieven"), ("para", "In 2026 heeft de gemeente aan deze drie onderwerpen samen € 455.000 besteed; "
                                          "dat bedrag is een indicatie en geen plafond.")]
    analysis = _read(kind, spent)
    assert analysis.budget is None
