"""The goals a criterion covers when the tender numbers its effects (or doelen) and its results (or prestaties) each
from 1: "effect 1 en 2, resultaat 1", "het eerste doel en de resultaten 1 en 2", "de prestaties 1 en 3", "alle
doelen uit artikel 2 en alle prestaties uit artikel 3"; in a .docx table, prose, PDF and pasted text."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.goal_lists import in_lists

from .tender_samples import docx_bytes, pdf_bytes

ARTICLES = [
    ("h1", "Nadere regels subsidie Welzijn op recept"),
    ("h2", "Artikel 2 Doel"),
    ("para", "Met deze subsidie wil het college bereiken dat:"),
    ("bullet", "inwoners met psychosociale klachten minder vaak met deze klachten bij de huisarts komen;"),
    ("bullet", "ouderen in de gemeente langer fit en zelfstandig blijven."),
    ("h2", "Artikel 3 Prestaties"),
    ("para", "Om de doelen uit artikel 2 te bereiken, levert de subsidieontvanger de volgende prestaties:"),
    ("bullet", "Huisartsen verwijzen inwoners met psychosociale klachten door naar een welzijnscoach."),
    ("bullet", "Verwezen inwoners hebben binnen tien werkdagen een eerste gesprek met de welzijnscoach."),
    ("bullet", "Ouderen nemen wekelijks deel aan een beweeggroep in hun eigen wijk."),
    ("h2", "Artikel 8 Beoordeling"),
    ("para", "Een adviescommissie beoordeelt de aanvragen op de volgende criteria: aansluiting bij de doelen en "
             "prestaties (40 punten), bereik van de doelgroep (30 punten) en samenwerking met huisartsen (30 punten)."),
    ("para", "Bij het eerste criterium betrekt de commissie alle doelen uit artikel 2 en alle prestaties uit artikel 3. "
             "Bij het criterium bereik van de doelgroep gaat het om de prestaties 1 en 3, bij het criterium samenwerking "
             "met huisartsen om de prestaties 1 en 2."),
]


def _text(elements) -> str:
    lines = []
    for kind, value in elements:
        lines += ["#" * int(kind[1]) + " " + value if kind in ("h1", "h2") else f"- {value}" if kind == "bullet" else value, ""]
    return "\n".join(lines)


def _analyse(fmt: str, elements):
    if fmt == "docx":
        return analyse_tender(docx_bytes(elements), "regels.docx")
    if fmt == "pdf":
        return analyse_tender(pdf_bytes(elements), "regels.pdf")
    return analyse_text(_text(elements))


def _covered(analysis) -> dict[str, list[str]]:
    """Per criterion the opening words of the goals it covers."""
    return {c.name.lower()[:22]: [analysis.goals[n - 1].text[:12] for n in c.goals] for c in analysis.criteria}


@pytest.mark.parametrize("fmt", ["docx", "pdf", "text"])
def test_prestaties_numbered_apart_from_the_doelen_are_named_within_their_own_list(fmt):
    analysis = _analyse(fmt, ARTICLES)
    assert len(analysis.goals) == 5
    covered = _covered(analysis)
    assert covered["bereik van de doelgroe"] == ["Huisartsen v", "Ouderen neme"]
    assert covered["samenwerking met huisa"] == ["Huisartsen v", "Verwezen inw"]
    assert len(covered["aansluiting bij de doe"]) == 5


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_criteria_table_naming_effects_and_results_each_by_their_own_number(fmt):
    rows = [["Code", "Criterium", "Weging", "Betreft"], ["K1", "Ondersteuning van mantelzorgers", "60%", "effect 1, resultaat 2"],
            ["K2", "Jonge mantelzorgers", "40%", "effect 2 en resultaat 1"]]
    elements = [
        ("h1", "3 Effecten en resultaten"),
        ("h2", "3.1 Effecten"),
        ("bullet", "Mantelzorgers houden de zorg voor hun naaste langer vol."),
        ("bullet", "Jonge mantelzorgers worden eerder herkend op school."),
        ("h2", "3.2 Resultaten"),
        ("bullet", "Scholen hebben een vaste contactpersoon voor jonge mantelzorgers."),
        ("bullet", "Mantelzorgers krijgen een persoonlijk gesprek met een consulent."),
        ("h1", "7 Gunningscriteria"),
    ]
    if fmt == "docx":
        analysis = analyse_tender(docx_bytes(elements + [("table", rows)]), "leidraad.docx")
    else:
        analysis = analyse_text(_text(elements) + "\n".join("| " + " | ".join(row) + " |" for row in rows))
    covered = _covered(analysis)
    assert covered["ondersteuning van mant"] == ["Mantelzorger", "Mantelzorger"]
    assert covered["jonge mantelzorgers"] == ["Jonge mantel", "Scholen hebb"]


def test_references_are_read_only_where_goals_are_listed_apart_and_within_each_list():
    lists = {"effect": [1, 2], "resulta": [3, 4, 5]}
    assert in_lists("hoe u bijdraagt aan het eerste effect en aan de resultaten 2 tot en met 3", lists)[0] == [1, 4, 5]
    assert in_lists("alle effecten en resultaat 1", lists)[0] == [1, 2, 3]
    assert in_lists("resultaat 4", lists)[0] == []  # beyond the list: left to the other readings
    assert in_lists("effect 1", {})[0] == []  # one list only: numbers are places in it
