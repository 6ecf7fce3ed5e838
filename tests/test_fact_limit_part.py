"""A page limit the tender sets for the activity plan (handed in beside the budget) is read as that part's,
in a .docx list and in pasted text, and reaches the saved tender and the draft's page count."""
from __future__ import annotations

import pytest

from proposal_builder import pipeline
from proposal_builder.tender import analyse_tender
from proposal_builder.tender.extraction.limits import limit_part
from tests.tender_samples import docx_bytes


@pytest.mark.parametrize("sentence, part", [
    ("een activiteitenplan van maximaal 6 pagina's A4, waarin de aanvrager per activiteit aangeeft …;",
     "activiteitenplan"),
    ("Het werkplan telt ten hoogste acht pagina's; de begroting telt niet mee.", "activiteitenplan"),
    ("Het activiteitenplan telt per thema maximaal 8 pagina's A4.", "activiteitenplan"),
    ("Het plan is maximaal 5 pagina's A4, exclusief de begroting.", "activiteitenplan"),  # the budget apart
    ("Het plan van aanpak telt maximaal 8 pagina's.", ""),  # a tender's quality document is the whole
    ("Het plan van aanpak telt maximaal 8 pagina's, exclusief bijlagen.", ""),
    ("De aanvraag (activiteitenplan en begroting) telt maximaal 10 pagina's.", ""),
    ("Het activiteitenplan inclusief begroting is maximaal 10 pagina's.", ""),
])
def test_what_a_page_limit_is_for(sentence, part):
    assert limit_part(sentence) == part


def test_an_activity_plan_limit_in_a_docx_list_reaches_the_saved_tender():
    data = docx_bytes([
        ("title", "Subsidieregeling Sociale basis Meerhove 2027"),
        ("h1", "Doelen"), ("bullet", "Minder ouderen voelen zich eenzaam."),
        ("bullet", "Mantelzorgers voelen zich gesteund."),
        ("h1", "Aanvragen"), ("para", "De aanvraag bevat:"),
        ("bullet", "een activiteitenplan van maximaal 6 pagina's A4, waarin u per activiteit het effect noemt;"),
        ("bullet", "een begroting met dekkingsplan."),
        ("para", "Aanvragen kunnen tot en met 1 oktober 2026 worden ingediend bij de gemeente Meerhove."),
    ])
    tender = pipeline.tender_from_analysis(pipeline.analyse(pipeline.read(data, "regeling.docx")), "regeling.docx")
    assert (tender["page_limit"], tender["page_limit_part"]) == (6, "activiteitenplan")


def test_a_limit_for_the_whole_application_in_pasted_text_is_the_wholes():
    text = ("Uitvraag Welzijn Noord 2027\n\nDoelen\n- Minder ouderen voelen zich eenzaam.\n\n"
            "Indienen\nUw aanvraag telt maximaal 10 pagina's, inclusief de begroting.\n")
    tender = pipeline.tender_from_analysis(pipeline.analyse(pipeline.read_text(text)))
    assert (tender["page_limit"], tender["page_limit_part"]) == (10, "")


def test_a_word_limit_per_product_applied_for_or_after_a_bracketed_appendix_is_the_proposals():
    per_product = analyse_tender(docx_bytes([
        ("title", "Aanmelddocument Open House Basisvaardigheden"), ("h1", "7 Hoe meldt u zich aan?"),
        ("para", "Uw aanmelding bestaat uit:"),
        ("bullet", "het ingevulde aanmeldformulier (bijlage 1);"),
        ("bullet", "een korte beschrijving van uw aanbod van maximaal 600 woorden per product waarvoor u zich aanmeldt."),
    ]), "aanmelding.docx")
    assert per_product.word_limit == 600
    after_appendix = analyse_tender(docx_bytes([
        ("title", "Open House Ontmoeting"), ("h1", "6 Aanmelden"),
        ("para", "Voeg toe: een uittreksel KvK, een eigen verklaring (bijlage 2) en per perceel een beschrijving van hoe u "
                 "bijdraagt aan de resultaten, in niet meer dan 750 woorden per perceel."),
    ]), "openhouse.docx")
    assert after_appendix.word_limit == 750
