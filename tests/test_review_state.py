"""The review state of a tender: concept → ter review → goedgekeurd, with who and when."""
import pytest

from knowledge_base.saved_tenders import TenderError, get_tender, save_tender, set_review_state


def test_a_new_tender_is_a_concept_nobody_reviewed(db):
    tender = save_tender(db, {"title": "Mantelzorg 2027", "goals": [{"text": "Mantelzorgers zijn ontlast."}]})
    assert (tender["review_state"], tender["review_by"], tender["review_at"]) == ("concept", "", "")


def test_setting_the_state_records_who_and_when_and_keeps_the_version(db):
    tender = save_tender(db, {"title": "Mantelzorg 2027", "goals": [{"text": "Mantelzorgers zijn ontlast."}]})
    reviewed = set_review_state(db, tender["id"], "review", user="directeur")
    assert (reviewed["review_state"], reviewed["review_by"]) == ("review", "directeur")
    assert reviewed["review_at"] and reviewed["version"] == tender["version"]
    approved = set_review_state(db, tender["id"], "approved", user="beheerder")
    assert get_tender(db, tender["id"])["review_state"] == "approved" and approved["review_by"] == "beheerder"


@pytest.mark.parametrize("state", ["", "klaar", "Goedgekeurd"])
def test_an_unknown_state_is_refused(db, state):
    tender = save_tender(db, {"title": "Mantelzorg 2027"})
    with pytest.raises(TenderError):
        set_review_state(db, tender["id"], state, user="directeur")
    assert get_tender(db, tender["id"])["review_state"] == "concept"


def test_an_approved_tender_goes_back_to_concept_when_its_content_changes(db):
    from knowledge_base.saved_tenders import update_goals
    tender = save_tender(db, {"title": "Mantelzorg 2027", "goals": [{"text": "Mantelzorgers zijn ontlast."}],
                              "excluding_appendices": True})
    set_review_state(db, tender["id"], "approved", user="beheerder")
    same = save_tender(db, get_tender(db, tender["id"]), user="directeur", tender_id=tender["id"])
    assert same["review_state"] == "approved"  # saved unchanged: the approval stands
    changed = update_goals(db, tender["id"], [{"text": "Mantelzorgers zijn ontlast.", "evidence": ["M01"]}],
                           user="directeur")
    assert (changed["review_state"], changed["review_by"]) == ("concept", "directeur")
