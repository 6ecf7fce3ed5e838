"""Anonymous assessment as a tender fact: read from the sentence that says so (in a .docx, a .pdf and pasted
text), with its source block; answers or reports sent "geanonimiseerd" are no such sentence."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes
from .test_views_tenders import _tender_id, _text, _upload

ELEMENTS = [("h1", "Opdracht"), ("para", "De gemeente Wolderzand koopt sociaal werk in voor vier jaar."),
            ("h1", "Gunning"), ("para", "De beoordelingscommissie beoordeelt de kwaliteitsplannen geanonimiseerd."),
            ("h1", "Inlichtingen"), ("para", "Vragen worden geanonimiseerd beantwoord in een nota van inlichtingen.")]


@pytest.mark.parametrize("make, name", [(docx_bytes, "leidraad.docx"), (pdf_bytes, "leidraad.pdf")])
def test_anonymous_assessment_is_read_with_its_source_block_from_docx_and_pdf(make, name):
    analysis = analyse_tender(make(ELEMENTS), name)
    assert analysis.anonymous is True
    source = next(b for b in analysis.blocks if b.position == analysis.facts_sources["anonymous"])
    assert "beoordeelt de kwaliteitsplannen geanonimiseerd" in source.text
    assert analysis.to_dict()["anonymous"] is True


def test_a_ban_on_the_tenderers_name_is_anonymous_assessment_without_the_word():
    text = ("# Gunning\nDe commissie kent de namen van de inschrijvers niet: vermeld in uw antwoorden op K1 tot en met "
            "K3 geen naam of logo van uw organisatie.\n")
    assert analyse_text(text).anonymous is True


@pytest.mark.parametrize("sentence", [
    "Vragen worden geanonimiseerd beantwoord in een nota van inlichtingen.",
    "De opdrachtnemer levert de gegevens per kwartaal geanonimiseerd aan.",
    "De commissie beoordeelt de plannen op de criteria in paragraaf 6.",
])
def test_anonymised_answers_reports_or_a_plain_assessment_are_not_anonymous_assessment(sentence):
    analysis = analyse_text(f"# Uitvraag\n{sentence}\n")
    assert analysis.anonymous is False and "anonymous" not in analysis.facts_sources


def test_the_tender_page_shows_an_anonymous_assessment_with_its_source(director, db):
    tender_id = _tender_id(_upload(director, docx_bytes(ELEMENTS), "leidraad.docx"))
    page = _text(director.get(f"/aanbestedingen/{tender_id}"))
    row = page.split('id="feit-anonymous"')[1].split("</tr>")[0]
    assert "geanonimiseerd" in row and 'href="#blok-' in row and "beoordeelt de kwaliteitsplannen" in row
