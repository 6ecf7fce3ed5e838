"""Award criteria: their names without heading numbers or labels, weights in thousands, totals that are none."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes


def _criteria(analysis) -> list[tuple[str, str, float | None]]:
    return [(c.name, c.weight, c.points) for c in analysis.criteria]


def test_a_criterion_heading_loses_its_number_and_label():
    text = ("# Leidraad\n\n## 6 Gunning\n\n### 6.2 Gunningscriterium 1 – Aanpak en resultaten (45 punten)\n\n"
            "Beschrijf uw aanpak. Maximaal vier pagina's.\n\n### 6.3 Gunningscriterium 2 – Prijs (55 punten)\n\n"
            "U vult het prijsformulier in.\n")
    assert _criteria(analyse_text(text)) == [("Aanpak en resultaten", "45 punten", 45), ("Prijs", "55 punten", 55)]


def test_a_total_named_as_the_award_basis_is_no_criterion_and_thousands_are_read_whole():
    elements = [("h1", "5 Gunning"),
                ("table", [["Criterium", "Punten"], ["Beste prijs-kwaliteitverhouding", "1.000 punten"],
                           ["Aanpak en resultaten", "600 punten"], ["Samenwerking", "250 punten"], ["Prijs", "150 punten"]])]
    assert _criteria(analyse_tender(docx_bytes(elements))) == [
        ("Aanpak en resultaten", "600 punten", 600), ("Samenwerking", "250 punten", 250), ("Prijs", "150 punten", 150)]


def test_a_criterion_whose_weight_is_the_sum_of_the_others_stays_when_not_named_as_a_total():
    text = ("# Uitvraag\n\n## Gunningscriteria\n\n| Criterium | Punten |\n| Kwaliteit van de aanpak | 50 punten |\n"
            "| Samenwerking in de wijk | 30 punten |\n| Inzet van vrijwilligers | 20 punten |\n")
    assert [c.name for c in analyse_text(text).criteria] == [
        "Kwaliteit van de aanpak", "Samenwerking in de wijk", "Inzet van vrijwilligers"]
