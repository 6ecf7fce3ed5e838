"""The tender's ambition: set apart from its goals at reading, stored with the tender, shown on its page with the
sentence it was read from, corrected there, and opening the draft's summary in the organisation's voice."""
from __future__ import annotations

import pytest

from knowledge_base import save_record
from knowledge_base.saved_tenders import get_tender
from knowledge_base.records import normalise
from proposal_builder.drafting import wording
from proposal_builder.pipeline import draft_tender

from .drafting_samples import open_docx
from .test_views_tenders import _tender_id, _text

AMBITION = "De gemeente Durkerland wil dat inwoners met geldzorgen hulp krijgen van een organisatie in hun eigen dorp."
PASTED = f"""# Subsidieregeling Grip op geld Durkerland 2028
## 1 Waarom deze regeling
{AMBITION}
## 2 Doelen
- Huishoudens houden grip op hun post en rekeningen.
- Een betalingsachterstand groeit niet uit tot een schuld.
- Inwoners krijgen de toeslagen waar zij recht op hebben.
"""


@pytest.fixture
def tender_id(director):
    return _tender_id(director.post("/aanbestedingen/nieuw", data={"text": PASTED}))


def test_the_ambition_is_stored_with_the_tender_and_shown_with_its_source(director, db, tender_id):
    tender = get_tender(db, tender_id)
    assert tender["ambition"] == AMBITION
    assert AMBITION not in [goal["text"] for goal in tender["goals"]]
    row = _text(director.get(f"/aanbestedingen/{tender_id}")).split('id="feit-ambition"')[1].split("</tr>")[0]
    assert "inwoners met geldzorgen hulp krijgen" in row and 'href="#blok-' in row


def test_the_director_corrects_the_ambition_on_the_tender_page(director, db, tender_id):
    tender = get_tender(db, tender_id)
    data = {"facts-title": tender["title"], "facts-municipality": "Durkerland", "facts-route": "subsidie",
            "facts-ambition": "  Iedereen in Durkerland\n doet mee.  ", "facts-version": str(tender["version"])}
    assert director.post(f"/aanbestedingen/{tender_id}/gegevens", data=data).status_code == 302
    assert get_tender(db, tender_id)["ambition"] == "Iedereen in Durkerland doet mee."
    assert "Iedereen in Durkerland doet mee." in _text(director.get(f"/aanbestedingen/{tender_id}"))


def _summary(db, tender: dict) -> list[str]:
    save_record(db, normalise({"ref": "P01", "type": "project", "title": "Thuisadministratie", "municipality":
                               "Durkerland", "period": "2019-2025", "summary": "Vrijwilligers helpen met de post."}))
    tender = {**tender, "goals": [{**tender["goals"][0], "evidence": ["P01"]}, *tender["goals"][1:]]}
    paragraphs = [p.text for p in open_docx(draft_tender(db, tender, "Stichting Eemhoeve", soffice="").docx).paragraphs]
    start = paragraphs.index("Samenvatting")
    return paragraphs[start + 1:start + 3]


def test_the_drafts_summary_opens_with_the_municipalitys_ambition_in_our_voice(director, db, tender_id):
    first, second = _summary(db, get_tender(db, tender_id))
    assert first == "Net als de gemeente Durkerland willen wij dat inwoners met geldzorgen hulp krijgen van een " \
                    "organisatie in hun eigen dorp."
    assert second.startswith("Met dit voorstel reageert Stichting Eemhoeve")


def test_a_corrected_ambition_that_states_no_wish_is_shared_in_its_own_words(db):
    tender = {"title": "Grip op geld Durkerland", "municipality": "Durkerland", "municipalities": ["Durkerland"],
              "route": "subsidie", "ambition": "Iedereen in Durkerland doet mee. Niemand valt buiten de boot.",
              "goals": [{"text": "Huishoudens houden grip op hun post en rekeningen.", "kind": "effect"}]}
    first, _ = _summary(db, tender)
    assert first == "Wij delen de ambitie van de gemeente Durkerland: “Iedereen in Durkerland doet mee.”"


def test_without_an_ambition_the_summary_opens_as_before(db):
    tender = {"title": "Grip op geld Durkerland", "municipality": "Durkerland", "route": "subsidie",
              "goals": [{"text": "Huishoudens houden grip op hun post en rekeningen.", "kind": "effect"}]}
    assert _summary(db, tender)[0].startswith("Met dit voorstel reageert Stichting Eemhoeve")


@pytest.mark.parametrize("text, names, shared", [
    ("De gemeenten Kempenhorst, Gansveld en Ellestein willen dat ouderen langer thuis wonen.",
     ["Kempenhorst", "Gansveld", "Ellestein"],
     "Net als de gemeenten Kempenhorst, Gansveld en Ellestein willen wij dat ouderen langer thuis wonen."),
    ("Het college streeft ernaar dat geen kind opgroeit in armoede", ["Veenmarke"],
     "Net als de gemeente Veenmarke willen wij dat geen kind opgroeit in armoede."),
    ("Beide gemeenten willen dat ouderen in de kleine kernen mee blijven doen.", ["Veenmarke", "Drieborg"],
     "Net als de gemeenten Veenmarke en Drieborg willen wij dat ouderen in de kleine kernen mee blijven doen."),
    ("", ["Veenmarke"], ""),
    ("In 2026 heeft de gemeente voor deze onderwerpen € 431.000 aan subsidies verstrekt.", ["Veenmarke"], ""),  # no aim
    ("De gemeente wil dat zij in de eigen wijk terechtkunnen, zonder indicatie.", ["Strandweerd"], ""),  # who is "zij"?
    # a forecast about a figure an earlier sentence gives: which "aantal"?
    ("Wij verwachten dat dit aantal tot 2031 stijgt tot ongeveer 4.500 per jaar, omdat vanaf 2028 ook de gemeentelijke "
     "belastingen signalen afgeven.", ["Brakendam"], ""),
])
def test_an_ambition_is_put_in_our_voice(text, names, shared):
    assert wording.ambition(text, names) == shared
