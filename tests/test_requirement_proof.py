"""The proof a tender asks per requirement ("Bewijs", "Bewijsstuk" column): read apart from the requirement's
text, saved and corrected with it, and named in the draft's requirements table as what to attach."""
from __future__ import annotations

from dataclasses import replace

import pytest

from knowledge_base.saved_tenders import normalise_requirement
from proposal_builder.drafting import draft_proposal
from proposal_builder.tender import analyse_tender

from proposal_builder.drafting.libreoffice import docx_to_pdf

from .drafting_samples import open_docx, sample_request
from .tender_samples import docx_bytes

ELEMENTS = [("h1", "Toelating"), ("para", "Wij laten iedere aanbieder toe die aan alle onderstaande eisen voldoet."),
            ("table", [["Nr", "Toelatingseis", "Bewijsstuk"],
                       ["T1", "U bent ingeschreven in het Handelsregister van de Kamer van Koophandel.",
                        "Uittreksel, niet ouder dan drie maanden"],
                       ["T2", "Uw medewerkers die met jongeren werken, hebben een Verklaring Omtrent het Gedrag.",
                        "Verklaring van de directie"]])]


@pytest.mark.parametrize("name", ["toelating.docx", "toelating.pdf"])
def test_the_proof_column_is_read_apart_from_the_requirement(name, tmp_path):
    data = docx_bytes(ELEMENTS)
    if name.endswith(".pdf"):  # the same table as Word exports it
        data = docx_to_pdf(data, workdir=tmp_path)
    found = {r.text: r.proof for r in analyse_tender(data, name).requirements}
    text = "U bent ingeschreven in het Handelsregister van de Kamer van Koophandel."
    assert found[text] == "Uittreksel, niet ouder dan drie maanden"
    assert not any("Verklaring van de directie" in t for t in found)  # the proof is no part of a requirement's text


def test_the_proof_is_saved_with_the_requirement():
    saved = normalise_requirement({"text": "Een VOG.", "kind": "admission", "proof": " Verklaring van de directie "})
    assert saved["proof"] == "Verklaring van de directie"
    assert normalise_requirement({"text": "Een VOG."})["proof"] == ""


def test_the_draft_names_the_proof_to_attach_where_no_record_answers():
    request = sample_request(route="aanbesteding")
    requirements = [{"text": "De inschrijver beschikt over een geldige verzekering.", "kind": "suitability",
                     "proof": "Kopie van het polisblad"},
                    {"text": "De inschrijver levert elk kwartaal een rapportage.", "kind": "minimum"}]
    request = replace(request, tender=replace(request.tender, requirements=requirements))
    cells = [[c.text for c in row.cells] for table in open_docx(draft_proposal(request, soffice="").docx).tables
             for row in table.rows]
    row = next(r for r in cells if r[0].startswith("De inschrijver beschikt over een geldige verzekering"))
    assert row[2] == "[bijvoegen: kopie van het polisblad]"
    other = next(r for r in cells if r[0].startswith("De inschrijver levert elk kwartaal"))
    assert other[2] == "[bewijsstuk]"
