"""Which goals a criterion covers when the tender says so by the part of the assignment it names ("Plan van aanpak Leven
in de kernen" over the goals under "Opgave Leven in de kernen"), or per criterion in a numbered member of an article
that names several criteria at once; and a criteria lead-in that pasted text joined
with the first criterion ("De commissie kijkt naar: Aansluiting bij de doelen – 40%. ...")."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes

KERNEN = ["Inwoners van de kleine kernen vinden met hun vragen dichtbij de weg naar hulp.",
          "Ouderen in de dorpen die weinig mensen zien, hebben weer regelmatig contact."]
JEUGD = ["Jongeren in dorpen zonder jongerencentrum hebben een plek waar zij elkaar ontmoeten.",
         "Mantelzorgers raken niet overbelast en houden tijd voor zichzelf."]


def test_a_criterion_named_after_a_part_of_the_assignment_covers_the_goals_under_that_part():
    document = docx_bytes([
        ("title", "Offerteaanvraag sociaal werk in de kernen"), ("h1", "5 Opgaven"),
        ("h2", "5.1 Opgave Leven in de kernen"), *[("bullet", goal) for goal in KERNEN],
        ("h2", "5.2 Opgave Jeugd en mantelzorg"), *[("bullet", goal) for goal in JEUGD],
        ("h1", "7 Gunningscriteria"),
        ("table", [["Code", "Criterium", "Weging"], ["K1", "Plan van aanpak Leven in de kernen", "40%"],
                   ["K2", "Plan van aanpak Jeugd en mantelzorg", "30%"], ["P", "Prijs", "30%"]]),
    ])
    analysis = analyse_tender(document, "offerte.docx")
    goals = {goal.text: number for number, goal in enumerate(analysis.goals, 1)}
    assert [(c.name, c.goals) for c in analysis.criteria] == [
        ("Plan van aanpak Leven in de kernen", [goals[g] for g in KERNEN]),
        ("Plan van aanpak Jeugd en mantelzorg", [goals[g] for g in JEUGD]), ("Prijs", [])]


def test_a_lead_in_joined_with_the_first_criterion_keeps_that_criterion_in_pasted_text():
    analysis = analyse_text(
        "Subsidie opvoeden en opgroeien\n\nHoe beoordelen we uw aanvraag?\n\nKrijgen we meer aanvragen dan er geld is? "
        "De commissie kijkt naar: Aansluiting bij de doelen – 40%. Dragen uw activiteiten bij aan de doelen?\n\n"
        "Bereik van gezinnen – 35%. Bereikt u ook ouders die nu niet meedoen?\n\nKosten in verhouding tot wat u bereikt – 25%.\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [
        ("Aansluiting bij de doelen", "40%"), ("Bereik van gezinnen", "35%"), ("Kosten in verhouding tot wat u bereikt", "25%")]


def test_a_numbered_member_naming_several_criteria_gives_each_its_own_goals_in_a_pdf():
    analysis = analyse_tender(pdf_bytes([
        ("h1", "Nadere regels welzijn op recept"), ("h1", "Artikel 2 Doelen"),
        *[("bullet", goal) for goal in KERNEN + JEUGD],
        ("h1", "Artikel 8 Beoordeling en rangschikking"),
        ("number", ("1.", "Een adviescommissie beoordeelt de aanvragen op de volgende criteria: aansluiting bij de doelen "
                          "(40 punten), bereik van de doelgroep (35 punten) en kwaliteit van de begroting (25 punten).")),
        ("number", ("2.", "Bij het criterium bereik van de doelgroep gaat het om de doelen 1 en 3.")),
    ]), "regels.pdf")
    assert [(c.name, c.weight, c.goals) for c in analysis.criteria] == [
        ("Aansluiting bij de doelen", "40 punten", []), ("Bereik van de doelgroep", "35 punten", [1, 3]),
        ("Kwaliteit van de begroting", "25 punten", [])]
