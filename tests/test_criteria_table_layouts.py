"""Award criteria in the layouts the blind sets showed unmet: a criteria table with group rows merged across it (docx),
a narrow PDF table whose header cells stand closer than a cell gap, a scoring scale in a criteria article (text copied
from a PDF viewer), a criterion whose weight in percent comes before the points of a price formula (two-column PDF), a
row number or letter in a table's name cell (docx), and a pass mark of 0 points (two-column PDF).
Each tender is made up and built by the benchmark's generator in the format concerned."""
from __future__ import annotations

import sys
from pathlib import Path

from proposal_builder.tender import analyse_tender, analyse_text

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks" / "goal_extraction"))
import generate  # noqa: E402

GOALS = ["## 2 Doelen", "De gemeente wil met deze opdracht het volgende bereiken:",
         "1. Buurtbewoners lossen burenruzies vaker zelf op.", "2. Minder conflicten tussen buren worden bij de politie gemeld.",
         "3. Vrijwilligers uit alle wijken doen mee als bemiddelaar."]


def _built(markup: list[str], fmt: str, tmp_path: Path):
    """The analysis of the markup built in one format, read the way the app reads it."""
    elements = generate.parse("\n".join(["# Offerteaanvraag buurtbemiddeling Zandhoven", "## 1 Inleiding",
                                         "De gemeente Zandhoven vraagt offertes voor buurtbemiddeling.", *GOALS, *markup,
                                         "## 9 Planning", "De opdracht start op 1 maart 2028."]))
    path = tmp_path / f"uitvraag.{'txt' if fmt.endswith('txt') else 'pdf' if 'pdf' in fmt else 'docx'}"
    {"docx": generate.build_docx, "pdf": generate.build_pdf, "pdf2col": generate.build_pdf2col,
     "wrapped.txt": generate.build_wrapped_txt}[fmt](elements, path)
    return analyse_text(path.read_text(encoding="utf-8")) if fmt.endswith("txt") else analyse_tender(path.read_bytes(), path.name)


GROUPED = ["## 6 Gunning", "De opdracht wordt gegund op basis van de beste prijs-kwaliteitverhouding; er zijn 100 punten te behalen.",
           "| Code | Gunningscriterium | Punten | Omvang | Doel |",
           "| K | Kwaliteit (70 punten) | < | < | < |",
           "| K.1 | Aanpak van burenconflicten | 40 punten | 3 pagina's | 1, 2 |",
           "| K.2 | Werving van vrijwilligers | 30 punten | 2 pagina's | alle |",
           "| P | Prijs (30 punten) | < | < | < |",
           "| P.1 | Prijs | 30 punten | prijsblad | – |"]


def test_group_rows_merged_across_a_docx_criteria_table_are_no_criteria(tmp_path):
    analysis = _built(GROUPED, "docx", tmp_path)
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Aanpak van burenconflicten", "40 punten"), ("Werving van vrijwilligers", "30 punten"), ("Prijs", "30 punten")]


def test_a_goal_cell_saying_alle_links_every_goal(tmp_path):
    analysis = _built(GROUPED, "docx", tmp_path)
    assert [c.goals for c in analysis.criteria] == [[1, 2], [1, 2, 3], []]


NARROW = ["## 6 Beoordeling", "De commissie beoordeelt de aanvragen op de criteria in de tabel.",
          "| Nr. | Criterium | Wat wij willen weten | Weging | Max. pagina's |",
          "| 1 | Aanpak van burenconflicten | Hoe bemiddelt u tussen buren die niet meer met elkaar praten? | 50% | 3 |",
          "| 2 | Inzet van vrijwilligers | Hoe vindt u de vrijwilligers die u inzet? | 30% | 2 |",
          "| 3 | Borging na de looptijd | Hoe blijft de bemiddeling bestaan als de subsidie stopt? | 10% | 1 |",
          "| 4 | Doelmatige begroting | Staan de kosten in verhouding tot het aantal zaken? | 10% | – |"]


def test_a_narrow_pdf_criteria_table_whose_header_cells_touch_keeps_every_row(tmp_path):
    analysis = _built(NARROW, "pdf", tmp_path)
    assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == [
        ("Aanpak van burenconflicten", "50%", 3), ("Inzet van vrijwilligers", "30%", 2),
        ("Borging na de looptijd", "10%", 1), ("Doelmatige begroting", "10%", None)]


SCALE = ["## Artikel 6 Beoordeling", "1. De commissie beoordeelt de aanvragen op de volgende criteria:",
         "~ Aanpak van burenconflicten (60%): hoe de aanvrager bemiddelt tussen buren.",
         "~ Inzet van vrijwilligers (40%): hoe de aanvrager vrijwilligers werft en begeleidt.",
         "2. Elk criterium krijgt van de commissie een cijfer van 1 tot en met 10; het cijfer telt naar zijn gewicht mee.",
         "## Artikel 7 Aanvraag", "Een aanvraag wordt ingediend met het formulier op de website."]


def test_a_scoring_scale_in_a_criteria_article_is_no_criterion(tmp_path):
    analysis = _built(SCALE, "wrapped.txt", tmp_path)
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Aanpak van burenconflicten", "60%"),
                                                              ("Inzet van vrijwilligers", "40%")]


FORMULA = ["## 6 Beoordeling", "Wij beoordelen de offertes op twee criteria.",
           "1. Plan van aanpak (65%). Beschrijf hoe u de bemiddeling opzet. Ten hoogste drie pagina's.",
           "2. Prijs (35%). De laagste prijs krijgt 35 punten; een andere offerte krijgt de laagste prijs gedeeld door "
           "de eigen prijs, maal 35 punten."]


def test_a_weight_in_percent_beside_the_name_is_the_weight_not_the_points_of_the_price_formula(tmp_path):
    analysis = _built(FORMULA, "pdf2col", tmp_path)
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Plan van aanpak", "65%"), ("Prijs", "35%")]


NUMBERED = ["## 6 Beoordeling", "Een commissie beoordeelt de aanvragen aan de hand van de volgende criteria:",
            "| Criterium | Waar let de commissie op | Maximaal |",
            "| 1 Aanpak van burenconflicten | Hoe bemiddelt de aanvrager tussen buren? | 60 punten |",
            "| 2 Inzet van vrijwilligers | Hoe vindt en begeleidt de aanvrager vrijwilligers? | 25 punten |",
            "| P Prijs | De prijs per zaak | 15 punten |"]


def test_a_row_number_or_letter_in_a_table_name_cell_is_no_part_of_the_name(tmp_path):
    analysis = _built(NUMBERED, "docx", tmp_path)
    assert [(c.name, c.code, c.weight) for c in analysis.criteria] == [
        ("Aanpak van burenconflicten", "1", "60 punten"), ("Inzet van vrijwilligers", "2", "25 punten"),
        ("Prijs", "P", "15 punten")]


ZERO = ["## Artikel 6 Beoordeling", "1. De commissie beoordeelt de aanvragen op de volgende criteria:",
        "a. aanpak van burenconflicten (60 punten);", "b. inzet van vrijwilligers (40 punten).",
        "2. Een aanvraag die op een van de criteria 0 punten krijgt, komt niet voor subsidie in aanmerking.",
        "## Artikel 7 Aanvraag", "Een aanvraag wordt ingediend met het formulier op de website."]


def test_a_pass_mark_of_zero_points_is_no_criterion(tmp_path):
    analysis = _built(ZERO, "pdf2col", tmp_path)
    assert [(c.name.lower(), c.weight) for c in analysis.criteria] == [("aanpak van burenconflicten", "60 punten"),
                                                                      ("inzet van vrijwilligers", "40 punten")]

