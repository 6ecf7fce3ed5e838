"""Award criteria written as a summary table under "Gunningscriteria" and then one subsection per criterion, its heading
carrying code, name, weight and limit, sub-criteria as bold lines inside it: the table gives the tree, the subsections
give limits and goals, and each criterion is read once (criterion_merge.py, criterion_tree.py). A sub-criterion is the
criterion, not its parent (CONVENTIONS.md); a row whose group cell groups only itself is named by it."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.reading.text import read_text

from .tender_samples import docx_bytes, pdf_bytes

GOALS = ["Inwoners met geldzorgen worden eerder bereikt en geholpen.",
         "Eenzame ouderen hebben een netwerk van mensen om zich heen.",
         "Jongeren hebben een zinvolle vrijetijdsbesteding in hun eigen wijk.",
         "Mantelzorgers raken minder overbelast.",
         "Bewoners nemen zelf initiatieven om hun wijk leefbaar te houden."]


def _read(analysis) -> list[tuple]:
    return [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria]


# K1's subsection with bold sub-criteria, then K2, K3 and Prijs each in their own
SUBSECTIONS = [
    ("h2", "6.2 K1 Plan van aanpak (450 punten)"), ("para", "Het plan van aanpak bestaat uit twee subcriteria."),
    ("bold", "K1a Aanpak van de doelen – 300 punten – maximaal 4 pagina's"),
    ("para", "Beschrijf hoe u bijdraagt aan doel 1, doel 2 en doel 3."),
    ("bold", "K1b Bereik in de wijken – 150 punten – maximaal 2 pagina's"),
    ("para", "Beschrijf hoe u inwoners bereikt die nu nog buiten beeld zijn, in het bijzonder mantelzorgers (doel 4)."),
    ("h2", "6.3 K2 Samenwerking in de wijk (180 punten, maximaal 2 pagina's)"),
    ("para", "Beschrijf met welke partners u samenwerkt en hoe u bewonersinitiatieven ondersteunt (doel 5)."),
    ("h2", "6.4 K3 Inzet van vrijwilligers (120 punten, maximaal 1 pagina)"),
    ("para", "Beschrijf hoe u vrijwilligers werft, begeleidt en behoudt."),
    ("h2", "6.5 Prijs (250 punten)"), ("para", "U vult het prijsblad in bijlage 3 in."),
]


def test_a_summary_table_and_coded_subsections_with_bold_sub_criteria_in_a_docx_give_each_criterion_once():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad Sociaal werk in de wijken"), ("h1", "2. Doelen"),
        ("para", "De gemeente wil met het sociaal werk de volgende doelen bereiken:"), *[("number", goal) for goal in GOALS],
        ("h1", "6. Gunning"), ("h2", "6.1 Gunningscriteria"),
        ("para", "De gemeente gunt op basis van de beste prijs-kwaliteitverhouding. In totaal zijn 1000 punten te behalen."),
        ("merged_table", ([["Criterium", "Onderdeel", "Punten"],
                           ["Kwaliteit (750 punten)", "K1 Plan van aanpak", "450 punten"],
                           ["", "K2 Samenwerking in de wijk", "180 punten"], ["", "K3 Inzet van vrijwilligers", "120 punten"],
                           ["Prijs", "prijsblad (bijlage 3)", "250 punten"]], (1, 0, 3))),
        *SUBSECTIONS,
    ]), "leidraad.docx")
    # K1 and "Kwaliteit" group the criteria below them; "Prijs" groups only its own row, "prijsblad (bijlage 3)" says how
    assert _read(analysis) == [("Aanpak van de doelen", "300 punten", 4, [1, 2, 3]), ("Bereik in de wijken", "150 punten", 2, [4]),
                               ("Samenwerking in de wijk", "180 punten", 2, [5]), ("Inzet van vrijwilligers", "120 punten", 1, []),
                               ("Prijs", "250 punten", None, [])]


def test_subsections_without_codes_split_a_criterion_of_the_summary_table_into_bold_sub_criteria_in_a_pdf():
    analysis = analyse_tender(pdf_bytes([
        ("h1", "Offerteaanvraag Jongerenwerk"), ("h1", "2. Doelen"),
        *[("number", (f"{n}.", goal)) for n, goal in enumerate(GOALS[:4], 1)],
        ("h1", "5. Beoordeling"), ("h2", "5.1 Gunningscriteria en weging"),
        ("table", [["Gunningscriterium", "Subcriterium", "Weging"], ["Kwaliteit", "Visie op jongerenwerk", "20%"],
                   ["", "Werkwijze", "30%"], ["", "Samenwerking met school en wijkteam", "15%"], ["Prijs", "", "35%"]]),
        ("h2", "5.2 Visie op jongerenwerk (20%)"),
        ("para", "U beschrijft uw visie in maximaal twee pagina's A4. Ga daarbij in op doel 3."),
        ("h2", "5.3 Werkwijze (30%)"), ("para", "Dit criterium bestaat uit twee delen."),
        ("bold", "Vroegsignalering (20%)"),
        ("para", "Beschrijf hoe u problemen vroeg in beeld krijgt (doel 1). Uw antwoord beslaat maximaal drie pagina's."),
        ("bold", "Aanpak van overlast (10%)"),
        ("para", "Beschrijf hoe u groepen jongeren benadert (doel 2 en doel 4). Hiervoor geldt een maximum van één pagina."),
        ("h2", "5.4 Samenwerking met school en wijkteam (15%)"),
        ("para", "Maximaal twee pagina's. Beschrijf hoe u samenwerkt met de scholen."),
        ("h2", "5.5 Prijs (35%)"), ("para", "U geeft een vaste prijs per jaar op in het prijsformulier."),
    ]), "offerte.pdf")
    # Werkwijze (30%) in the table is made up of its two bold sub-criteria (20% + 10%): they take its place
    assert _read(analysis) == [("Visie op jongerenwerk", "20%", 2, [3]), ("Vroegsignalering", "20%", 3, [1]),
                               ("Aanpak van overlast", "10%", 1, [2, 4]),
                               ("Samenwerking met school en wijkteam", "15%", 2, []), ("Prijs", "35%", None, [])]


COPIED = """Subsidietender Mantelzorg

2. Resultaten

1. Mantelzorgers weten waar zij met hun vragen terechtkunnen.
2. Ten minste 150 mantelzorgers per jaar maken gebruik van respijtzorg.
3. Jonge mantelzorgers worden op school herkend en krijgen steun.

6. Beoordeling

Onderdeel  Criterium  Maximaal aantal punten
Inhoud (60 punten)  A1 Bereik van mantelzorgers  25
  A2 Respijt en ontlasting  35
Organisatie (40 punten)  B1 Samenwerking  15
  B2 Begroting  25

6.2 A1 Bereik van mantelzorgers (25 punten)

U beschrijft hoe u mantelzorgers bereikt (resultaat 1 en 3). Uw antwoord is niet langer dan twee pagina's.

6.3 A2 Respijt en ontlasting (35 punten)

A2a Aanbod van respijtzorg (20 punten)

Maximaal twee pagina's. Beschrijf welk respijtaanbod u biedt (resultaat 2).

A2b Inzet van vrijwilligers (15 punten)

Maximaal één pagina. Beschrijf hoe vrijwilligers mantelzorgers ontlasten.

6.4 B1 Samenwerking (15 punten)

Beschrijf in maximaal één pagina met welke partners u samenwerkt.

6.5 B2 Begroting (25 punten)

Voeg een sluitende begroting toe.
"""


def test_a_table_copied_out_of_a_pdf_keeps_a_row_whose_merged_group_cell_is_left_empty():
    rows = [block.cells for block in read_text(COPIED) if block.kind == "table_row"]
    assert rows == [["Inhoud (60 punten)", "A1 Bereik van mantelzorgers", "25"], ["", "A2 Respijt en ontlasting", "35"],
                    ["Organisatie (40 punten)", "B1 Samenwerking", "15"], ["", "B2 Begroting", "25"]]


def test_coded_sub_criteria_in_text_copied_out_of_a_pdf_replace_their_criterion_of_the_summary_table():
    assert _read(analyse_text(COPIED)) == [
        ("Bereik van mantelzorgers", "25 punten", 2, [1, 3]), ("Aanbod van respijtzorg", "20 punten", 2, [2]),
        ("Inzet van vrijwilligers", "15 punten", 1, []), ("Samenwerking", "15 punten", 1, []), ("Begroting", "25 punten", None, [])]


def test_subsection_headings_without_a_weight_still_hold_the_sub_criteria_of_their_criterion_in_a_docx():
    analysis = analyse_tender(docx_bytes([
        ("title", "Aanbestedingsleidraad Buurtbemiddeling"), ("h1", "2. Doelen"), *[("number", goal) for goal in GOALS[:4]],
        ("h1", "4. Gunning"), ("h2", "4.1 Gunningscriteria"),
        ("table", [["Hoofdcriterium", "Criterium", "Punten", "Maximale omvang"],
                   ["Kwaliteit", "B1 Aanpak van conflicten", "40", ""], ["Kwaliteit", "B2 Inzet van vrijwilligers", "20", "2 pagina's"],
                   ["Kwaliteit", "B3 Samenwerking met de politie", "10", "1 pagina"], ["Prijs", "Laagste prijs", "30", "n.v.t."]]),
        ("h2", "4.2 B1 Aanpak van conflicten"), ("para", "B1 bestaat uit twee onderdelen."),
        # a bold title opening on a code and running on for four words is a sub-heading, not an item coded "B1.1"
        ("bold", "B1.1 Intake en bemiddeling (25 punten)"),
        ("para", "Beschrijf hoe een bemiddeling verloopt. Maximaal drie pagina's. Dit onderdeel gaat over doel 1 en doel 2."),
        ("bold", "B1.2 Nazorg (15 punten)"), ("para", "Beschrijf hoe u nagaat of de afspraken standhouden (doel 3). Maximaal één pagina."),
        ("h2", "4.3 B2 Inzet van vrijwilligers"), ("para", "Beschrijf hoe u vrijwilligers werft en begeleidt (doel 4)."),
        ("h2", "4.4 B3 Samenwerking met de politie"), ("para", "Beschrijf hoe u samenwerkt met de politie."),
    ]), "leidraad.docx")
    assert _read(analysis) == [("Intake en bemiddeling", "25 punten", 3, [1, 2]), ("Nazorg", "15 punten", 1, [3]),
                               ("Inzet van vrijwilligers", "20 punten", 2, [4]), ("Samenwerking met de politie", "10 punten", 1, []),
                               ("Prijs", "30 punten", None, [])]
    assert analysis.page_limit is None  # "Maximaal drie pagina's" is the sub-criterion's, not the whole plan's


def test_a_subsection_heading_without_a_weight_that_names_a_criterion_of_the_table_holds_its_bold_sub_criteria():
    analysis = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag Jongerenwerk"), ("h1", "2. Doelen"), *[("number", goal) for goal in GOALS[:3]],
        ("h1", "5. Beoordeling"), ("h2", "5.1 Gunningscriteria"),
        ("table", [["Gunningscriterium", "Subcriterium", "Weging"], ["Kwaliteit", "Visie op jongerenwerk", "20%"],
                   ["Kwaliteit", "Werkwijze", "30%"], ["Prijs", "", "50%"]]),
        ("h2", "5.2 Visie op jongerenwerk"), ("para", "U beschrijft uw visie in maximaal twee pagina's (doel 3)."),
        ("h2", "5.3 Werkwijze"), ("bold", "Vroegsignalering (20%)"), ("para", "Beschrijf hoe u problemen vroeg ziet (doel 1)."),
        ("bold", "Aanpak van overlast (10%)"), ("para", "Beschrijf hoe u groepen benadert (doel 2)."),
    ]), "offerte.docx")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Visie op jongerenwerk", "20%"), ("Vroegsignalering", "20%"), ("Aanpak van overlast", "10%"), ("Prijs", "50%")]


def test_sub_criteria_keep_their_main_criterion_place_below_a_stated_total_in_copied_text():
    text = COPIED.replace("6. Beoordeling\n\n", "6. Beoordeling\n\n6.1 Overzicht\n\nPer aanvraag zijn 100 punten te behalen.\n\n")
    assert [c.name for c in analyse_text(text).criteria] == [
        "Bereik van mantelzorgers", "Aanbod van respijtzorg", "Inzet van vrijwilligers", "Samenwerking", "Begroting"]


def test_a_row_copied_out_of_a_pdf_keeps_its_empty_last_cell_and_an_empty_cell_in_a_wide_gap():
    rows = [block.cells for block in read_text(
        "Gunningscriteria\n\nHoofdcriterium  Criterium  Punten  Maximale omvang\nKwaliteit  B1 Aanpak van conflicten  40\n"
        "Kwaliteit  B2 Inzet van vrijwilligers  20  2 pagina's\nPrijs      30  n.v.t.\n\nEen zin met  twee spaties is tekst.\n")
        if block.kind == "table_row"]
    assert rows == [["Kwaliteit", "B1 Aanpak van conflicten", "40", ""], ["Kwaliteit", "B2 Inzet van vrijwilligers", "20", "2 pagina's"],
                    ["Prijs", "", "30", "n.v.t."]]


def _chapters_with_summary_table(title: str) -> list[tuple]:
    """A leidraad as the Brakendam one is set: title, "Hoofdstuk N" chapters with "N.M" sections, a summary table without
    header whose group cell is merged down over K1-K3, K1 split into bold sub-criteria in its own subsection."""
    return [
        (title, "Aanbestedingsleidraad Sociaal werk"), ("h1", "Hoofdstuk 1 Doelen"),
        ("para", "De gemeente wil met het sociaal werk de volgende doelen bereiken:"), *[("number", goal) for goal in GOALS],
        ("h1", "Hoofdstuk 6 Gunningscriteria"), ("h2", "6.1 Verdeling van de punten"),
        ("para", "U kunt in totaal 1.000 punten halen: 750 punten voor kwaliteit en 250 punten voor prijs."),
        ("merged_table", ([["Kwaliteit (750 punten)", "K1 Plan van aanpak", "450 punten"],
                           ["", "K2 Samenwerking in de wijk", "180 punten"], ["", "K3 Inzet van vrijwilligers", "120 punten"],
                           ["Prijs", "prijsblad (bijlage 3)", "250 punten"]], (0, 0, 2))),
        *SUBSECTIONS,
    ]


BRAKENDAM_CRITERIA = [("Aanpak van de doelen", "300 punten", 4, [1, 2, 3]), ("Bereik in de wijken", "150 punten", 2, [4]),
                      ("Samenwerking in de wijk", "180 punten", 2, [5]), ("Inzet van vrijwilligers", "120 punten", 1, []),
                      ("Prijs", "250 punten", None, [])]


def test_sub_criteria_stand_in_their_main_criterions_place_in_a_docx():
    # K1a and K1b replace K1, the first row of the summary table: they come first, not after K2, K3 and Prijs
    analysis = analyse_tender(docx_bytes(_chapters_with_summary_table("title")), "leidraad.docx")
    assert _read(analysis) == BRAKENDAM_CRITERIA


def test_a_pdf_whose_merged_group_cell_is_centred_and_whose_title_outranks_its_chapters_gives_the_criteria_of_the_docx():
    # the PDF sets the title above "Hoofdstuk 6" and "6.1" at the chapter's size; fpdf prints "Kwaliteit (750 punten)" in
    # the middle row of the three it spans, the rows above and below it empty
    analysis = analyse_tender(pdf_bytes(_chapters_with_summary_table("h0")), "leidraad.pdf")
    assert _read(analysis) == BRAKENDAM_CRITERIA
