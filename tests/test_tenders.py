"""Saved tenders and their goal lists."""
import pytest

from knowledge_base import ConflictError
from knowledge_base.saved_tenders import (TenderError, get_tender, list_tenders, save_tender,
                                    set_tender_deleted, update_goals)

GOALS = [{"text": "Minder inwoners voelen zich eenzaam", "section": "2 Doelen", "kind": "effect", "source": 4},
         {"text": "  ", "section": "2 Doelen"}]


def test_save_and_reopen_tender_with_goals(db):
    tender = save_tender(db, {"title": "Welzijn Zaanstad 2027", "municipality": "Zaanstad",
                              "page_limit": 12, "goals": GOALS}, user="dir")
    again = get_tender(db, tender["id"])
    assert again["page_limit"] == 12
    assert [g["text"] for g in again["goals"]] == ["Minder inwoners voelen zich eenzaam"]
    assert again["goals"][0]["evidence"] == [] and again["goals"][0]["block"] == 4


def test_tender_needs_title(db):
    with pytest.raises(TenderError, match="titel"):
        save_tender(db, {"title": " "})


def test_update_goals_keeps_choices_and_detects_conflict(db):
    tender = save_tender(db, {"title": "T", "goals": GOALS})
    goals = tender["goals"] + [{"text": "Mantelzorgers zijn ontlast", "evidence": ["P01", "P01", "R02"]}]
    updated = update_goals(db, tender["id"], goals, expected_version=1)
    assert updated["version"] == 2
    assert updated["goals"][1]["evidence"] == ["P01", "R02"]
    with pytest.raises(ConflictError):
        update_goals(db, tender["id"], [], expected_version=1)
    assert len(get_tender(db, tender["id"])["goals"]) == 2


def test_deleted_tender_goes_to_bin(db):
    tender = save_tender(db, {"title": "T"})
    set_tender_deleted(db, tender["id"], True)
    assert list_tenders(db) == [] and get_tender(db, tender["id"]) is None
    assert [t["id"] for t in list_tenders(db, deleted=True)] == [tender["id"]]
    set_tender_deleted(db, tender["id"], False)
    assert get_tender(db, tender["id"])["deleted_at"] is None
