"""Criteria as the items of a list that a ranking lead-in announces ("... worden gerangschikt op basis van:"), each
closing with its weight in brackets ("(ten hoogste 40 punten);") however long its name, and a pass mark after them
that is no criterion; in a .docx and a .pdf made here."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes, pdf_bytes

REGULATION = [
    ("h1", "Subsidieregeling Meedoen Ellemonde 2028"),
    ("para", "Het college verstrekt subsidie voor activiteiten die inwoners laten meedoen."),
    ("h1", "Artikel 8 Beoordeling en rangschikking"),
    ("para", "Aanvragen die voldoen aan de artikelen 4 en 5 worden per thema gerangschikt op basis van:"),
    ("bullet", "de mate waarin de activiteiten bijdragen aan de resultaten uit artikel 3 voor het thema waarvoor "
               "subsidie wordt gevraagd (ten hoogste 40 punten);"),
    ("bullet", "het bereik van inwoners die nu niet of nauwelijks meedoen (ten hoogste 25 punten);"),
    ("bullet", "de samenwerking met andere organisaties in de sociale basis (ten hoogste 20 punten);"),
    ("bullet", "de verhouding tussen de gevraagde subsidie en het verwachte bereik (ten hoogste 15 punten)."),
    ("para", "Een aanvraag die op criterium a minder dan 20 punten krijgt, wordt afgewezen."),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_ranked_list_of_weighted_items_gives_the_criteria_and_the_pass_mark_is_none(fmt):
    data = docx_bytes(REGULATION) if fmt == "docx" else pdf_bytes(REGULATION)
    analysis = analyse_tender(data, f"regeling.{fmt}")
    assert [(c.name[:30], c.weight) for c in analysis.criteria] == [
        ("de mate waarin de activiteiten", "40 punten"), ("het bereik van inwoners die nu", "25 punten"),
        ("de samenwerking met andere org", "20 punten"), ("de verhouding tussen de gevraa", "15 punten")]
    assert analysis.criteria[0].name.endswith("voor het thema waarvoor subsidie wordt gevraagd")
