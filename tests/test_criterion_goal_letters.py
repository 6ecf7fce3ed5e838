"""A criteria table whose goals column names lettered goals ("A, B en C", "D"), as prose does ("doelstellingen A tot
en met D"); in a .docx made here (its table read with header and cells)."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes

TENDER = [
    ("title", "Aanbestedingsleidraad Vroegsignalering Geldzorgen Ootmonde"),
    ("h1", "2 Wat willen wij bereiken?"),
    ("para", "Voor deze opdracht zijn vier doelstellingen (A tot en met D) afgeleid uit het beleidsplan."),
    ("h2", "Doelstelling A – Eerder in beeld"),
    ("para", "Huishoudens met betalingsachterstanden worden bereikt voordat er sprake is van problematische schulden."),
    ("h2", "Doelstelling B – Hulp die aansluit"),
    ("para", "Huishoudens die ingaan op het aanbod, krijgen binnen vier weken passende hulp."),
    ("h2", "Doelstelling C – Blijvend grip op geld"),
    ("para", "Huishoudens die hulp hebben gehad, houden hun financiën ook na afsluiting van het traject op orde."),
    ("h2", "Doelstelling D – Een sluitende keten"),
    ("para", "Professionals van wijkteams en huisartsen herkennen geldzorgen en verwijzen inwoners actief door."),
    ("h1", "6 Gunning"),
    ("para", "De opdracht wordt gegund aan de inschrijver met de beste prijs-kwaliteitverhouding."),
    ("table", [["Code", "Gunningscriterium", "Weging", "Doelstellingen"],
               ["K1", "Aanpak vroegsignalering en hulp", "40%", "A, B en C"],
               ["K2", "Samenwerking in de keten", "30%", "D"],
               ["P", "Prijs", "30%", "–"]]),
]


def test_a_goals_column_naming_lettered_goals_links_each_criterion_to_its_goals():
    analysis = analyse_tender(docx_bytes(TENDER), "leidraad.docx")
    assert [g.text[:20] for g in analysis.goals] == ["Huishoudens met beta", "Huishoudens die inga",
                                                      "Huishoudens die hulp", "Professionals van wi"]
    assert [(c.name, c.goals) for c in analysis.criteria] == [
        ("Aanpak vroegsignalering en hulp", [1, 2, 3]), ("Samenwerking in de keten", [4]), ("Prijs", [])]
