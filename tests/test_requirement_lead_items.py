"""Requirements announced by "gelden de volgende verplichtingen:", and by a numbered lid that is itself a list item
("1. Subsidie kan alleen worden aangevraagd door ... die:"): its lettered items are conditions, the lid is none, and
an item that only allows something in applying is none; in a .docx and a .pdf made here."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender

from .tender_samples import docx_bytes, pdf_bytes

CALL = [
    ("h1", "Subsidieregeling Meedoen Ellemonde 2028"),
    ("para", "Het college verstrekt subsidie voor activiteiten die inwoners laten meedoen."),
    ("h1", "Artikel 5 Aanvragers"),
    ("number", ("1.", "Subsidie kan alleen worden aangevraagd door een stichting of vereniging met volledige "
                     "rechtsbevoegdheid die:")),
    ("number", ("a.", "statutair of feitelijk gevestigd is in Ellemonde;")),
    ("number", ("b.", "geen winstoogmerk heeft.")),
    ("number", ("2.", "Een aanvrager kan voor meer dan één thema een aanvraag indienen.")),
    ("h1", "5 Waar moet u aan voldoen?"),
    ("para", "Als u subsidie ontvangt, gelden de volgende verplichtingen:"),
    ("bullet", "U registreert het bereik per kern en rapporteert hierover tweemaal per jaar aan de gemeente."),
    ("bullet", "U neemt deel aan het Netwerk Samen Minder Alleen, dat viermaal per jaar bijeenkomt."),
]


def _docx_elements():
    """python-docx numbers its own list items: the number or letter is left to the list style."""
    return [(kind, value[1]) if kind == "number" else (kind, value) for kind, value in CALL]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_lettered_conditions_under_a_numbered_lid_and_obligations_after_a_lead_in_are_minimum_requirements(fmt):
    data = docx_bytes(_docx_elements()) if fmt == "docx" else pdf_bytes(CALL)
    found = [(r.kind, r.text[:28]) for r in analyse_tender(data, f"regeling.{fmt}").requirements]
    assert ("minimum", "statutair of feitelijk geves") in found
    assert ("minimum", "geen winstoogmerk heeft.") in found
    assert ("minimum", "U registreert het bereik per") in found
    assert ("minimum", "U neemt deel aan het Netwerk") in found
    assert not any(text.startswith(("Subsidie kan alleen", "Een aanvrager kan")) for _, text in found)
