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


def test_lettered_criteria_after_points_are_awarded_end_in_their_weight_and_a_semicolon():
    elements = [("h1", "Artikel 7 Verdeling en rangschikking"),
                ("para", "Het college kent aan iedere aanvraag punten toe op grond van de volgende criteria:"),
                ("number", "Bijdrage aan de doelen: de mate waarin de activiteiten bijdragen aan de doelen, bedoeld in "
                           "artikel 3, eerste lid, onder a tot en met d; ten hoogste 40 punten;"),
                ("number", "Doelmatigheid: de verhouding tussen de gevraagde subsidie en het bereik; ten hoogste 10 punten.")]
    assert _criteria(analyse_tender(docx_bytes(elements))) == [
        ("Bijdrage aan de doelen", "40 punten", 40), ("Doelmatigheid", "10 punten", 10)]


def test_a_criterion_name_may_hold_a_bracket_and_a_long_list_item_stays_one_criterion():
    text = ("# Offerteaanvraag\n\n## 5.1 Gunningscriteria\n\nWij beoordelen de offertes op de volgende criteria:\n\n"
            "1. K1 Visie op jongerenwerk in Lindholt, inclusief uw aanpak van thema C (Meedoen en talent) – maximaal 20 punten\n"
            "2. K2 Aanpak van thema A (Veilig op straat) – maximaal 80 punten\n")
    assert [c.name for c in analyse_text(text).criteria] == [  # without the code standing apart (CONVENTIONS.md)
        "Visie op jongerenwerk in Lindholt, inclusief uw aanpak van thema C (Meedoen en talent)",
        "Aanpak van thema A (Veilig op straat)"]


def test_bare_lines_naming_a_criterion_and_its_share_before_a_question_are_criteria_but_a_pass_mark_is_not():
    text = ("Hoe beoordelen we uw aanvraag?\n\nDe commissie kijkt naar:\n\nAansluiting bij de doelen – 60%. Dragen uw "
            "activiteiten bij aan de doelen van het thema waarvoor u aanvraagt?\n\nBereik van gezinnen die het moeilijk "
            "hebben – 40%. Bereikt u ook ouders en jongeren die nu nog niet meedoen?\n\n"
            "Aanvragen met een score onder de 55% vallen af.\n")
    assert [(c.name, c.weight) for c in analyse_text(text).criteria] == [
        ("Aansluiting bij de doelen", "60%"), ("Bereik van gezinnen die het moeilijk hebben", "40%")]


def test_page_limits_given_per_criterion_code_in_one_sentence_go_to_those_criteria():
    text = ("# Offerteaanvraag\n\n## 5 Beoordeling\n\n### 5.1 Gunningscriteria\n\nWij beoordelen de offertes op de "
            "volgende criteria:\n\n1. K1 Visie op jongerenwerk – maximaal 20 punten\n2. K2 Aanpak van thema A – maximaal "
            "50 punten\n3. K3 Samenwerking met het onderwijs – maximaal 30 punten\n\n### 5.2 Omvang van de offerte\n\n"
            "Beantwoord K1 in maximaal één pagina, K2 elk in maximaal drie pagina's en K3 in maximaal twee pagina's. "
            "Uw offerte telt in totaal niet meer dan zes pagina's A4.\n")
    analysis = analyse_text(text)
    assert [(c.name, c.page_limit) for c in analysis.criteria] == [
        ("Visie op jongerenwerk", 1), ("Aanpak van thema A", 3), ("Samenwerking met het onderwijs", 2)]
    assert analysis.page_limit == 6


def test_criteria_listed_without_weights_after_an_assessment_lead_in_keep_the_goals_they_name():
    text = ("Aan: aanbieders\n\n8. Beoordeling\n\nWe beoordelen uw offerte op de volgende onderdelen:\n"
            "- Aanpak buurtbemiddeling (doelen 1 t/m 3)\n- Aanpak pilot vroegsignalering (doelen 4 en 5)\n"
            "- Een realistische begroting binnen het budget\n\n"
            "Elk onderdeel moet ten minste voldoende zijn.\n")
    assert [(c.name, c.weight, c.goals) for c in analyse_text(text).criteria] == [
        ("Aanpak buurtbemiddeling", "", [1, 2, 3]), ("Aanpak pilot vroegsignalering", "", [4, 5]),
        ("Een realistische begroting binnen het budget", "", [])]


def test_goals_named_by_letter_under_a_criterion_heading_are_its_goals():
    text = ("# Leidraad\n\n## 2 Effecten\n\n| | Effect |\n| A | Inwoners met geldzorgen krijgen eerder hulp. |\n"
            "| B | Inwoners voelen zich gesteund door het maatschappelijk werk. |\n"
            "| C | Jongeren met schulden vinden de weg naar hulp. |\n\n## 6 Gunning\n\n"
            "### 6.2 Gunningscriterium 1 – Aanpak (60 punten)\n\nBeschrijf hoe u bijdraagt aan de effecten A tot en met B.\n\n"
            "### 6.3 Gunningscriterium 2 – Jongeren (40 punten)\n\nBeschrijf hoe u effect C waarmaakt.\n")
    assert [(c.name, c.goals) for c in analyse_text(text).criteria] == [("Aanpak", [1, 2]), ("Jongeren", [3])]


def test_criteria_named_sentence_by_sentence_in_prose_take_the_weight_of_their_sentence_or_the_next():
    text = ("# Subsidietender\n\n## Hoe beoordelen wij de aanvragen?\n\nWij beoordelen elke aanvraag op vier criteria. "
            "Het zwaarst weegt het criterium bijdrage aan de doelen: hoe goed dragen uw activiteiten bij aan de doelen? "
            "Hiervoor kunt u maximaal 40 punten krijgen. Voor het tweede criterium, bereik van de doelgroep, krijgt u "
            "maximaal 20 punten. De criteria samenwerking in de sociale basis en inzet van vrijwilligers en "
            "ervaringsdeskundigen leveren elk maximaal 15 punten op. Tot slot beoordelen we de doelmatigheid van de "
            "begroting, goed voor maximaal 10 punten.\n")
    assert [(c.name, c.weight) for c in analyse_text(text).criteria] == [
        ("Bijdrage aan de doelen", "40 punten"), ("Bereik van de doelgroep", "20 punten"),
        ("Samenwerking in de sociale basis", "15 punten"), ("Inzet van vrijwilligers en ervaringsdeskundigen", "15 punten"),
        ("Doelmatigheid van de begroting", "10 punten")]


def test_a_criterion_on_the_goals_of_the_theme_applied_for_covers_every_goal():
    text = ("# Oproep\n\n## Doelen\n\n- Ouders vinden snel hulp in hun wijk.\n- Ouders kennen andere ouders.\n\n"
            "## Hoe beoordelen we uw aanvraag?\n\nAansluiting bij de doelen – 60%. Dragen uw activiteiten bij aan de doelen "
            "van het thema waarvoor u aanvraagt?\n\nBereik van gezinnen – 40%. Bereikt u ook ouders die nog niet meedoen?\n")
    assert [(c.name, c.goals) for c in analyse_text(text).criteria] == [
        ("Aansluiting bij de doelen", [1, 2]), ("Bereik van gezinnen", [])]
