"""Award criteria read as a tree and lots' own budgets: sub-criteria under a grouping column of a table (merged in Word,
left empty in a PDF or pasted text), a main criterion whose coded sub-criteria make up its weight, criteria named in
apposition in prose ("Voor het derde onderdeel, Samenwerking in de wijk, zijn ... punten"), goals named by the headings
they stand under, and budget parts from each lot's own sentence when they make up the budget."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.criterion_layouts import unstacked_rows
from proposal_builder.tender.reading.blocks import TABLE_ROW, Block

from .tender_samples import docx_bytes, pdf_bytes

GOALS = ["Professionals herkennen signalen van huiselijk geweld en bespreken hun zorgen tijdig.",
         "Inwoners weten waar zij terechtkunnen met vragen over geweld in hun gezin.",
         "Gezinnen waarin geweld heeft plaatsgevonden, bereiken duurzame veiligheid."]
HEADER = ["Criterium", "Subcriterium", "Weging", "Maximaal aantal pagina's"]
SUB_ROWS = [["Kwaliteit", "K1 Vroegsignalering en bereik", "40%", "4"], ["", "K2 Veiligheid in het gezin", "20%", "3"],
            ["", "K3 Samenwerking in de keten", "10%", "2"], ["Prijs", "Prijs", "30%", "–"]]
INTRO = "De gemeente gunt op basis van de beste prijs-kwaliteitverhouding. De kwaliteit weegt voor 70% en de prijs voor 30%."
NOTES = ["K1 Vroegsignalering en bereik. Beschrijf hoe u signalen opvangt. Dit subcriterium gaat over doel 1 en doel 2.",
         "K2 Veiligheid in het gezin. Beschrijf hoe u met het gezin werkt. Dit subcriterium hoort bij doel 3.",
         "K3 Samenwerking in de keten. Beschrijf hoe u samenwerkt. Dit subcriterium heeft betrekking op alle drie de doelen."]
EXPECTED = [("Vroegsignalering en bereik", "40%", 4, [1, 2]), ("Veiligheid in het gezin", "20%", 3, [3]),
            ("Samenwerking in de keten", "10%", 2, [1, 2, 3]), ("Prijs", "30%", None, [])]


def _read(analysis) -> list[tuple]:
    return [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria]


def _merged_docx() -> bytes:
    """A leidraad whose criteria table merges the "Kwaliteit" cell down over its three sub-criteria, as Word does."""
    return docx_bytes([("title", "Aanbestedingsleidraad huiselijk geweld"), ("h1", "3. Doelen"),
                       *[("number", goal) for goal in GOALS], ("h1", "8. Gunningscriteria en weging"), ("para", INTRO),
                       ("merged_table", ([HEADER, *SUB_ROWS], (1, 0, 3))), ("h2", "8.2 Toelichting op de subcriteria"),
                       *[("para", note) for note in NOTES]])


def test_sub_criteria_under_a_merged_grouping_cell_of_a_docx_table_are_the_criteria():
    analysis = analyse_tender(_merged_docx(), "leidraad.docx")
    assert _read(analysis) == EXPECTED


def test_sub_criteria_under_a_grouping_cell_left_empty_in_a_pdf_table_are_the_criteria():
    analysis = analyse_tender(pdf_bytes([
        ("h1", "Aanbestedingsleidraad huiselijk geweld"), ("h1", "3. Doelen"),
        *[("number", (f"{n}.", goal)) for n, goal in enumerate(GOALS, 1)],
        ("h1", "8. Gunningscriteria en weging"), ("para", INTRO), ("table", [HEADER, *SUB_ROWS]),
        ("h2", "8.2 Toelichting op de subcriteria"), *[("para", note) for note in NOTES],
    ]), "leidraad.pdf")
    assert _read(analysis) == EXPECTED


def test_sub_criteria_in_a_pasted_table_with_tabs_are_the_criteria():
    rows = "\n".join("\t".join(row) for row in [HEADER, *SUB_ROWS])
    analysis = analyse_text(
        "Aanbestedingsleidraad huiselijk geweld\n\n3. Doelen\n\n" + "\n".join(f"{n}. {g}" for n, g in enumerate(GOALS, 1)) +
        f"\n\n8. Gunningscriteria en weging\n\n{INTRO}\n\n{rows}\n\n8.2 Toelichting op de subcriteria\n\n" + "\n\n".join(NOTES) + "\n")
    assert _read(analysis) == EXPECTED


def test_a_code_column_with_a_total_row_below_is_no_grouping_column():
    analysis = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag"), ("h1", "7 Gunning"),
        ("table", [["Code", "Criterium", "Weging"], ["K1", "Plan van aanpak", "60%"], ["K2", "Samenwerking", "40%"],
                   ["", "Totaal", "100%"]]),
        ("para", "Bij K1 beschrijft u hoe u bijdraagt aan doel 1."),
    ]), "offerte.docx")
    assert [(c.code, c.name, c.weight) for c in analysis.criteria] == [("K1", "Plan van aanpak", "60%"), ("K2", "Samenwerking", "40%")]


def test_a_main_criterion_whose_coded_sub_criteria_make_up_its_weight_gives_way_to_them():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad"), ("h1", "6 Gunningscriteria"),
        ("table", [["Code", "Criterium", "Weging"], ["K1", "Kwaliteit van de dienstverlening", "60%"],
                   ["K1.1", "Plan van aanpak", "35%"], ["K1.2", "Samenwerking in de wijk", "25%"],
                   ["K2", "Implementatie", "15%"], ["P", "Prijs", "25%"]]),
    ]), "leidraad.docx")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Plan van aanpak", "35%"), ("Samenwerking in de wijk", "25%"), ("Implementatie", "15%"), ("Prijs", "25%")]


PROSE = [
    "Iedere aanvraag kan in totaal 100 punten behalen.",
    "Het eerste onderdeel is Bijdrage aan de doelen. Hiervoor kunt u ten hoogste 40 punten krijgen. De commissie kijkt "
    "hoe aannemelijk het is dat uw activiteiten de doelen onder Meedoen en Ontmoeten dichterbij brengen.",
    "Het tweede onderdeel is Bereik van de doelgroep, waarvoor de commissie ten hoogste 30 punten geeft. Dit onderdeel "
    "hoort bij de doelen onder Ontmoeten.",
    "Voor het derde onderdeel, Samenwerking in de wijk, zijn ten hoogste 20 punten te verdienen.",
    "Voor het vierde onderdeel, Begroting, kunt u ten slotte ten hoogste 10 punten krijgen.",
]
THEMES = [("Meedoen", ["Wij willen dat inwoners die weinig bewegen een sport vinden die bij hen past.",
                       "Daarnaast willen wij dat sportverenigingen toegankelijk worden voor iedereen."]),
          ("Ontmoeten", ["Wij willen dat ouderen via beweegactiviteiten nieuwe contacten opdoen."])]
PROSE_EXPECTED = [("Bijdrage aan de doelen", "40 punten", None, [1, 2, 3]), ("Bereik van de doelgroep", "30 punten", None, [3]),
                  ("Samenwerking in de wijk", "20 punten", None, []), ("Begroting", "10 punten", None, [])]


def _prose_elements() -> list[tuple[str, object]]:
    themes = [element for theme, goals in THEMES for element in [("h2", theme), *[("para", goal) for goal in goals]]]
    return [("h1", "Subsidieoproep Meedoen door Bewegen"), ("h1", "Wat wij willen bereiken"),
            ("para", "De gemeente heeft haar doelen geordend in twee thema's."), *themes,
            ("h1", "Hoe wij beoordelen"), *[("para", text) for text in PROSE]]


def test_criteria_named_in_apposition_in_docx_prose_with_goals_by_their_headings():
    elements = [("title" if i == 0 else kind, value) for i, (kind, value) in enumerate(_prose_elements())]
    assert _read(analyse_tender(docx_bytes(elements), "oproep.docx")) == PROSE_EXPECTED


def test_criteria_named_in_apposition_in_pdf_prose_with_goals_by_their_headings():
    assert _read(analyse_tender(pdf_bytes(_prose_elements()), "oproep.pdf")) == PROSE_EXPECTED


def test_criteria_named_in_apposition_in_pasted_prose_with_goals_by_their_headings():
    text = "\n\n".join(("# " if kind == "h1" else "## " if kind == "h2" else "") + value for kind, value in _prose_elements())
    assert _read(analyse_text(text + "\n")) == PROSE_EXPECTED


def test_an_onderdeel_without_a_name_in_apposition_is_no_criterion():
    analysis = analyse_text("# Offerte\n\n## Beoordeling\n\nHoe bereikt u jongeren? Dit onderdeel levert maximaal 20 punten op.\n\n"
                            "Hoe werkt u samen? Dit onderdeel levert maximaal 30 punten op.\n")
    assert not any(c.name.lower().startswith("levert") for c in analysis.criteria)


LOTS = [("h1", "Aanbestedingsdocument maatschappelijke zorg"),
        ("h1", "3. Perceel 1: Wijkgerichte ondersteuning bij psychische kwetsbaarheid"),
        ("para", "Met perceel 1 wil de gemeente dat inwoners een plek in hun wijk hebben."),
        ("h2", "3.3 Budget perceel 1"), ("para", "Voor perceel 1 is maximaal € 340.000 per jaar beschikbaar, exclusief btw."),
        ("h1", "4. Perceel 2: Maatschappelijke begeleiding van statushouders"),
        ("para", "Met perceel 2 wil de gemeente dat statushouders wegwijs zijn."),
        ("h2", "4.3 Budget"), ("para", "Hiervoor is maximaal € 210.000 per jaar beschikbaar, exclusief btw."),
        ("h1", "5. Budget"), ("para", "Het totale budget voor beide percelen samen is € 550.000 per jaar, exclusief btw.")]
LOT_PARTS = [("Perceel 1 Wijkgerichte ondersteuning bij psychische kwetsbaarheid", 340000.0),
             ("Perceel 2 Maatschappelijke begeleiding van statushouders", 210000.0)]


def _parts(analysis) -> list[tuple[str, float]]:
    return [(part["name"], part["amount"]) for part in analysis.budget_parts]


def test_each_lots_own_budget_sentence_gives_the_budget_parts_in_docx_pdf_and_pasted_text():
    elements = [("title" if i == 0 else kind, value) for i, (kind, value) in enumerate(LOTS)]
    text = "\n\n".join(("# " if kind == "h1" else "## " if kind == "h2" else "") + value for kind, value in LOTS) + "\n"
    for analysis in (analyse_tender(docx_bytes(elements), "aanbesteding.docx"), analyse_tender(pdf_bytes(LOTS), "a.pdf"),
                     analyse_text(text)):
        assert _parts(analysis) == LOT_PARTS
        assert analysis.budget.amount == 550000 and [lot.budget for lot in analysis.lots] == [340000.0, 210000.0]


def test_lot_amounts_that_do_not_make_up_the_budget_are_no_parts():
    lots = [*LOTS[:-1], ("para", "Het totale budget voor beide percelen samen is € 600.000 per jaar, exclusief btw.")]
    text = "\n\n".join(("# " if kind == "h1" else "## " if kind == "h2" else "") + value for kind, value in lots) + "\n"
    assert analyse_text(text).budget_parts == []


def test_a_main_criterion_heading_whose_sub_headings_make_up_its_weight_gives_way_to_them():
    elements = [("title", "Offerteaanvraag"), ("h1", "6 Gunningscriteria"),
                ("h2", "Kwaliteit van het plan (70%)"), ("h3", "Plan van aanpak (40%)"), ("para", "Beschrijf uw aanpak."),
                ("h3", "Samenwerking in de wijk (30%)"), ("para", "Beschrijf met wie u samenwerkt."),
                ("h2", "Prijs (30%)"), ("para", "De laagste prijs krijgt de meeste punten.")]
    analysis = analyse_tender(docx_bytes(elements), "offerte.docx")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Plan van aanpak", "40%"), ("Samenwerking in de wijk", "30%"), ("Prijs", "30%")]


def test_a_quality_share_whose_criteria_in_points_make_it_up_is_a_grouping_in_prose():
    analysis = analyse_text(
        "# Offerteaanvraag jongerenwerk\n\n## 5. Gunning\n\nDe kwaliteit weegt voor 70 procent en de prijs voor 30 procent. "
        "De kwaliteit wordt beoordeeld op drie onderdelen: visie op jongerenwerk (30 punten), aanpak van overlast "
        "(25 punten) en samenwerking met partners (15 punten).\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Prijs", "30 procent"), ("Visie op jongerenwerk", "30 punten"), ("Aanpak van overlast", "25 punten"),
        ("Samenwerking met partners", "15 punten")]


LOOKED_AT = ["Wij beoordelen uw aanvraag op vier punten. Als eerste kijken wij naar de aansluiting bij de doelen; dit levert "
             "maximaal 40 punten op. Als tweede kijken wij naar het bereik van de doelgroep (maximaal 30 punten). Daarnaast "
             "tellen samenwerking (20 punten) en begroting (10 punten) mee."]
LOOKED_AT_EXPECTED = [("Aansluiting bij de doelen", "40 punten"), ("Bereik van de doelgroep", "30 punten"),
                      ("Samenwerking", "20 punten"), ("Begroting", "10 punten")]


def test_criteria_the_commission_looks_at_with_the_weight_in_the_next_clause_in_docx_pdf_and_pasted_text():
    elements = [("h1", "Subsidieoproep"), ("h1", "Beoordeling"), ("para", LOOKED_AT[0])]
    for analysis in (analyse_tender(docx_bytes([("title", "Subsidieoproep"), *elements[1:]]), "o.docx"),
                     analyse_tender(pdf_bytes(elements), "o.pdf"), analyse_text(f"# Subsidieoproep\n\n## Beoordeling\n\n{LOOKED_AT[0]}\n")):
        assert [(c.name, c.weight) for c in analysis.criteria] == LOOKED_AT_EXPECTED


def test_a_share_split_after_a_colon_and_a_capitalised_subject_that_weighs():
    analysis = analyse_text("# Offerte\n\n## Gunning\n\nKwaliteit weegt 70%: het plan van aanpak 40% en de samenwerking 30%. "
                            "Prijs weegt 30%.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Plan van aanpak", "40%"), ("Samenwerking", "30%"), ("Prijs", "30%")]


def test_a_weight_in_the_name_cell_out_of_a_total_or_in_words_is_read():
    named = analyse_tender(docx_bytes([
        ("title", "Leidraad"), ("h1", "Gunningscriteria"),
        ("table", [["Criterium", "Toelichting"], ["Plan van aanpak (40%)", "Beschrijf hoe u de doelen bereikt."],
                   ["Samenwerking (30%)", "Met wie werkt u samen?"], ["Prijs (30%)", "De laagste prijs scoort het best."]]),
    ]), "leidraad.docx")
    assert [(c.name, c.weight) for c in named.criteria] == [("Plan van aanpak", "40%"), ("Samenwerking", "30%"), ("Prijs", "30%")]
    out_of = analyse_text("# Oproep\n\n## Beoordeling\n\nAanpak: maximaal 50 van de 100 punten.\n\n"
                          "Bereik: maximaal 30 van de 100 punten.\n\nBegroting: maximaal 20 van de 100 punten.\n")
    assert [(c.name, c.points) for c in out_of.criteria] == [("Aanpak", 50.0), ("Bereik", 30.0), ("Begroting", 20.0)]
    words = analyse_tender(pdf_bytes([("h1", "Offerteaanvraag"), ("h1", "Gunning"),
                                      ("para", "De kwaliteit weegt zeventig procent en de prijs dertig procent.")]), "o.pdf")
    assert [(c.name, c.weight, c.percentage) for c in words.criteria] == [
        ("Kwaliteit", "zeventig procent", 70.0), ("Prijs", "dertig procent", 30.0)]


def test_lots_budgets_a_sentence_each_make_up_the_stated_total():
    analysis = analyse_text("# Aanbesteding\n\n## Budget\n\nHet budget voor perceel 1 Jeugd bedraagt € 300.000 per jaar. Het "
                            "budget voor perceel 2 Ouderen bedraagt € 200.000 per jaar. In totaal is € 500.000 per jaar beschikbaar.\n")
    assert _parts(analysis) == [("Perceel 1 Jeugd", 300000.0), ("Perceel 2 Ouderen", 200000.0)]
    assert analysis.budget.amount == 500000 and analysis.budget.per_year


ACROSS = [["Criterium", "Plan van aanpak", "Samenwerking", "Prijs"], ["Weging", "40%", "30%", "30%"], ["Max. pagina's", "4", "2", "-"]]


def test_a_criteria_table_written_across_reads_one_criterion_per_column_in_docx_pdf_and_pasted_text():
    for analysis in (analyse_tender(docx_bytes([("title", "Leidraad"), ("h1", "Gunningscriteria"), ("table", ACROSS)]), "a.docx"),
                     analyse_tender(pdf_bytes([("h1", "Leidraad"), ("h1", "Gunningscriteria"), ("table", ACROSS)]), "a.pdf"),
                     analyse_text("# Leidraad\n\n## Gunningscriteria\n\n" + "\n".join("\t".join(row) for row in ACROSS) + "\n")):
        assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == [
            ("Plan van aanpak", "40%", 4), ("Samenwerking", "30%", 2), ("Prijs", "30%", None)]


def test_parts_stated_with_their_sum_correct_a_budget_read_from_another_sentence():
    analysis = analyse_text(
        "# Subsidietender\n\n## Budget\n\nKleine initiatieven kunnen terecht bij het Buurtbudget (maximaal € 2.500 per "
        "initiatief).\n\nVoor elk van de jaren 2028 en 2029 is € 285.000 beschikbaar. Dit bedrag is als volgt over de thema's "
        "verdeeld:\n\nOuderen (65+)\t€ 180.000\nJongvolwassenen\t€ 105.000\n")
    assert [(part["name"], part["amount"]) for part in analysis.budget_parts] == [("Ouderen (65+)", 180000.0), ("Jongvolwassenen", 105000.0)]
    assert (analysis.budget.amount, analysis.budget.per_year) == (285000.0, True)


FOUR = [["Kwaliteit", "K1 Vroegsignalering en bereik", "25%", "4"], ["", "K2 Veiligheid in het gezin", "20%", "4"],
        ["", "K3 Daderaanpak", "15%", "3"], ["", "K4 Samenwerking in de keten", "10%", "2"], ["Prijs", "Prijs", "30%", "-"]]


def _merged_pdf() -> bytes:
    """A PDF whose criteria table merges "Kwaliteit" down over four sub-criteria: the cell's text stands between the
    second and third rows (a reader that ignores the table's rules takes those in as one row, "K2 ... K3 ... | 20% 15% |
    4 3"; ours parts them by the rules, and unstacked_rows splits such a row where another reader gives one)."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "8. Gunningscriteria en weging", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, INTRO, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(line_height=5) as table:
        table.row(HEADER)
        for r, row in enumerate(FOUR):
            cells = table.row()
            for c, text in enumerate(row):
                if c == 0 and r == 0:
                    cells.cell(text, rowspan=4)
                elif not (c == 0 and r in (1, 2, 3)):
                    cells.cell(text)
    return bytes(pdf.output())


def test_sub_criteria_beside_a_merged_cell_in_a_pdf_are_read_one_per_criterion():
    analysis = analyse_tender(_merged_pdf(), "leidraad.pdf")
    assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == [
        ("Vroegsignalering en bereik", "25%", 4), ("Veiligheid in het gezin", "20%", 4), ("Daderaanpak", "15%", 3),
        ("Samenwerking in de keten", "10%", 2), ("Prijs", "30%", None)]


def test_a_table_row_holding_two_criteria_stacked_is_split_by_their_codes():
    """A PDF reader that takes in the rows beside a cell merged down gives one row of two criteria (the reader now
    separates fpdf's rows by their rules, 68a67c1; other PDFs still stack them)."""
    stacked = Block("Kwaliteit K2 Veiligheid in het gezin K3 Daderaanpak 20% 15% 4 3", TABLE_ROW, ["Gunning"], 7,
                    cells=["Kwaliteit", "K2 Veiligheid in het gezin K3 Daderaanpak", "20% 15%", "4 3"],
                    header=["Onderdeel", "Subcriterium", "Weging", "Pagina's"])
    rows = unstacked_rows([stacked])
    assert [row.cells for row in rows] == [["Kwaliteit", "K2 Veiligheid in het gezin", "20%", "4"],
                                           ["Kwaliteit", "K3 Daderaanpak", "15%", "3"]]
    assert {row.position for row in rows} == {7}


def test_a_paragraph_between_two_criterion_descriptions_belongs_to_the_one_before_it():
    notes = [NOTES[0], "K2 Veiligheid in het gezin. Beschrijf hoe u met het gezin werkt.", "Dit subcriterium hoort bij doel 3.",
             NOTES[2], "Tekst boven het maximum wordt niet gelezen."]
    analysis = analyse_tender(docx_bytes([
        ("title", "Leidraad"), ("h1", "3. Doelen"), *[("number", goal) for goal in GOALS], ("h1", "8. Gunningscriteria"),
        ("table", [["Criterium", "Weging", "Pagina's"], ["K1 Vroegsignalering en bereik", "40%", "4"],
                   ["K2 Veiligheid in het gezin", "20%", "3"], ["K3 Samenwerking in de keten", "10%", "2"], ["Prijs", "30%", "-"]]),
        ("h2", "8.2 Toelichting"), *[("para", note) for note in notes]]), "leidraad.docx")
    assert [c.goals for c in analysis.criteria] == [[1, 2], [3], [1, 2, 3], []]


TABLE_KPS = ("table", [["Nr", "Criterium", "Weging"], ["K1", "Plan van aanpak", "40%"], ["K2", "Samenwerking", "30%"], ["K3", "Prijs", "30%"]])
GOAL_LIST = [("h1", "3. Doelen"), *[("number", goal) for goal in GOALS]]


def test_a_sentence_opening_on_a_criterions_code_gives_it_goals_and_its_own_page_limit_not_the_whole_plans():
    sentence = "K1 gaat over doel 1 en 2 en telt maximaal 4 pagina's. K2 gaat over doel 3 en telt maximaal 2 pagina's."
    docx_analysis = analyse_tender(docx_bytes([("title", "Leidraad"), *GOAL_LIST, ("h1", "6. Gunningscriteria"), TABLE_KPS,
                                               ("para", sentence)]), "l.docx")
    pdf_analysis = analyse_tender(pdf_bytes([("h1", "Leidraad"), ("h1", "3. Doelen"),
                                             *[("number", (f"{n}.", g)) for n, g in enumerate(GOALS, 1)],
                                             ("h1", "6. Gunningscriteria"), TABLE_KPS, ("para", sentence)]), "l.pdf")
    for analysis in (docx_analysis, pdf_analysis):
        assert [(c.name, c.page_limit, c.goals) for c in analysis.criteria] == [
            ("Plan van aanpak", 4, [1, 2]), ("Samenwerking", 2, [3]), ("Prijs", None, [])]
        assert analysis.page_limit is None


def test_the_plan_named_as_subject_keeps_its_limit_for_the_whole_and_a_limit_per_criterion_goes_to_each_quality_one():
    table = "Criterium\tWeging\nPlan van aanpak\t40%\nSamenwerking\t30%\nPrijs\t30%"
    whole = analyse_text(f"# Offerte\n\n## Gunning\n\nHet plan van aanpak telt maximaal 10 pagina's A4. Per criterium geldt geen "
                         f"aparte paginagrens.\n\n{table}\n")
    assert (whole.page_limit, [c.page_limit for c in whole.criteria]) == (10, [None, None, None])
    each = analyse_text(f"# Offerte\n\n## Gunning\n\n{table}\n\nBeantwoord elk kwaliteitscriterium in maximaal twee pagina's A4.\n")
    assert (each.page_limit, [c.page_limit for c in each.criteria]) == (None, [2, 2, None])


def test_goals_named_by_several_ordinals_before_one_noun():
    analysis = analyse_text("# Offerte\n\n## 3. Doelen\n\n" + "\n".join(f"{n}. {g}" for n, g in enumerate(GOALS, 1)) +
                            "\n\n## 6. Gunning\n\nCriterium\tWeging\nPlan van aanpak\t70%\nPrijs\t30%\n\nBij het plan van "
                            "aanpak kijken wij naar het eerste en het tweede doel.\n")
    assert [c.goals for c in analysis.criteria] == [[1, 2], []]


def test_a_grouping_cell_marked_merged_by_a_caret_in_copied_text_over_two_rows():
    rows = [["Hoofdcriterium", "Criterium", "Weging"], ["Kwaliteit", "K1 Plan van aanpak", "40%"], ["^", "K2 Samenwerking", "30%"],
            ["Prijs", "Prijs", "30%"]]
    analysis = analyse_text("# Leidraad\n\n## 6 Gunning\n\n" + "\n".join("\t".join(row) for row in rows) + "\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Plan van aanpak", "40%"), ("Samenwerking", "30%"), ("Prijs", "30%")]


def test_a_capital_letter_before_a_listed_criterion_is_no_part_of_its_name():
    analysis = analyse_tender(docx_bytes([
        ("title", "Oproep"), ("h1", "Beoordeling"), ("para", "Wij beoordelen de aanvragen op de volgende criteria:"),
        ("bullet", "A. Aanpak – 40 punten"), ("bullet", "B. Bereik – 30 punten"), ("bullet", "C. Begroting – 30 punten")]), "o.docx")
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Aanpak", "40 punten"), ("Bereik", "30 punten"), ("Begroting", "30 punten")]


def test_the_goals_of_the_part_applied_for_are_all_goals():
    analysis = analyse_tender(docx_bytes([
        ("title", "Subsidietender"), *GOAL_LIST, ("h1", "6. Beoordeling"),
        ("table", [["Criterium", "Punten"], ["Bijdrage aan de doelen van het deel waarvoor u aanvraagt", "60 punten"],
                   ["Begroting", "40 punten"]])]), "s.docx")
    assert [c.goals for c in analysis.criteria] == [[1, 2, 3], []]


def test_a_main_criterion_gives_way_to_sub_criteria_numbered_below_it_that_make_up_its_points():
    listed = analyse_tender(docx_bytes([
        ("title", "Oproep"), ("h1", "6 Beoordeling"), ("para", "Criterium 1: Aanpak (maximaal 50 punten)"),
        ("bullet", "1a. Bereik: 20 punten"), ("bullet", "1b. Methode: 30 punten"), ("para", "Criterium 2: Begroting (maximaal 50 punten)")]),
        "o.docx")
    pasted = analyse_text("# Oproep\n\n## 6 Beoordeling\n\n### 6.1 Aanpak (50 punten)\n\n6.1.1 Bereik (20 punten)\n\n"
                          "6.1.2 Methode (30 punten)\n\n### 6.2 Begroting (50 punten)\n")
    for analysis in (listed, pasted):
        assert [(c.name, c.weight) for c in analysis.criteria] == [
            ("Bereik", "20 punten"), ("Methode", "30 punten"), ("Begroting", "50 punten")]


def test_a_compound_label_before_the_name_is_no_part_of_it_and_a_bare_weight_takes_its_columns_unit():
    labelled = analyse_text("# Leidraad\n\n## 7 Gunning\n\nKwaliteitscriterium 1 – Plan van aanpak (weging 30%)\n\n"
                            "Kwaliteitscriterium 2 – Samenwerking (weging 20%)\n\nPrijs (weging 50%)\n")
    assert [(c.name, c.weight) for c in labelled.criteria] == [("Plan van aanpak", "30%"), ("Samenwerking", "20%"), ("Prijs", "50%")]
    aspects = analyse_tender(docx_bytes([("title", "L"), ("h1", "Beoordeling"), ("bold", "Beoordelingsaspect A: Visie (25 punten)"),
                                         ("para", "Beschrijf uw visie."), ("bold", "Beoordelingsaspect B: Aanpak (75 punten)"),
                                         ("para", "Beschrijf uw aanpak.")]), "a.docx")
    assert [(c.name, c.weight) for c in aspects.criteria] == [("Visie", "25 punten"), ("Aanpak", "75 punten")]
    table = analyse_tender(pdf_bytes([("h1", "Leidraad"), ("h1", "Gunningscriteria"), ("table", [
        ["Gunningscriterium", "Weging in %"], ["Kwaliteit plan van aanpak", "45"], ["Kwaliteit team", "15"], ["Prijs", "40"]])]), "l.pdf")
    assert [(c.weight, c.percentage, c.points) for c in table.criteria] == [("45%", 45.0, None), ("15%", 15.0, None), ("40%", 40.0, None)]
