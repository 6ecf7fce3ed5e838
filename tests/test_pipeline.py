"""The pipeline's steps: evidence picking, request building, consent, the saved shape, download names."""
import datetime as dt

import pytest

from knowledge_base import delete_record, save_record
from knowledge_base.records import normalise
from knowledge_base.search import Hit
from proposal_builder.matching import PICK_MARGIN, fetch_records, has_number, pick_evidence
from proposal_builder.drafting import CriterionInfo
from proposal_builder.pipeline import draft_filename, draft_tender, outline_request, tender_from_analysis
from proposal_builder.tender import analyse_text

from .drafting_samples import (METHOD, PROJECT, RESULT_CONSENT, RESULT_NO_CONSENT, UNRECOGNISED,
                               open_docx)

NO_VALUE = normalise({"ref": "R09", "type": "result", "title": "Verhaal zonder cijfer",
                      "story": "Een mooi verhaal.", "consent": True})
RECORDS = {r["ref"]: r for r in (METHOD, UNRECOGNISED, PROJECT, RESULT_CONSENT, RESULT_NO_CONSENT, NO_VALUE)}


def hit(ref: str, weak: bool = False, score: float = 1.0) -> Hit:
    record = RECORDS[ref]
    return Hit(ref, record["type"], record["title"], score, "waarom", weak)


def test_picks_the_best_method_project_and_result_with_a_number_in_that_order():
    hits = [hit("R01"), hit("M02"), hit("P01"), hit("M01"), hit("R02")]
    assert pick_evidence(hits, RECORDS) == ["M02", "P01", "R01"]


def test_skips_weak_matches_and_results_without_a_number():
    hits = [hit("M02", weak=True), hit("R09"), hit("M01"), hit("R02", weak=True), hit("R01")]
    assert pick_evidence(hits, RECORDS) == ["M01", "R01"]


def test_matches_far_below_the_goals_best_are_not_picked():
    hits = [hit("M01", score=4.0), hit("P01", score=4.0 - PICK_MARGIN), hit("R01", score=3.9 - PICK_MARGIN)]
    assert pick_evidence(hits, RECORDS) == ["M01", "P01"]


def test_only_weak_matches_give_no_evidence():
    assert pick_evidence([hit("M01", weak=True), hit("R01", weak=True)], RECORDS) == []


def test_a_record_gone_from_the_knowledge_base_is_not_picked():
    assert pick_evidence([hit("M01"), hit("P01")], {"P01": PROJECT}) == ["P01"]


def test_has_number_for_results_and_projects_with_inline_figures():
    assert has_number(RESULT_CONSENT) and has_number(PROJECT)
    assert not has_number(NO_VALUE) and not has_number(METHOD)


def tender(**goal_fields) -> dict:
    goal = {"text": "Minder inwoners voelen zich eenzaam.", "section": "Meedoen", "kind": "effect",
            "indicator": "Aandeel eenzamen", "target": "8%", "own_text": "Wij werken wijkgericht.",
            "evidence": ["M01", "R01"], **goal_fields}
    return {"title": "Sociale basis Zaanstad", "municipality": "Zaanstad", "page_limit": 12,
            "criteria": [{"name": "Impact en kwaliteit", "weight": "60 punten"}, "Samenwerking"],
            "goals": [goal]}


def test_request_carries_tender_facts_goal_fields_and_records_in_chosen_order():
    request, notices = outline_request(tender(), RECORDS, "Stichting De Brug", dt.date(2025, 3, 1))
    info, goal = request.tender, request.goals[0]
    assert (info.title, info.municipality, info.organisation, info.page_limit) == (
        "Sociale basis Zaanstad", "Zaanstad", "Stichting De Brug", 12)
    assert [c.line for c in info.criteria] == ["Impact en kwaliteit (60 punten)", "Samenwerking"]
    assert info.date == dt.date(2025, 3, 1)
    assert (goal.section, goal.indicator, goal.target, goal.own_text) == (
        ["Meedoen"], "Aandeel eenzamen", "8%", "Wij werken wijkgericht.")
    assert [r["ref"] for r in request.evidence(goal)] == ["M01", "R01"] and notices == []


def test_chosen_record_no_longer_in_the_knowledge_base_is_left_out_with_a_notice():
    request, notices = outline_request(tender(evidence=["M01", "X99"]), RECORDS, "De Brug")
    assert [r["ref"] for r in request.evidence(request.goals[0])] == ["M01"]
    assert len(notices) == 1 and "X99" in notices[0]


def test_criterion_from_dict_or_string_with_its_kind():
    assert CriterionInfo.of({"name": "Prijs", "weight": ""}).line == "Prijs"
    assert CriterionInfo.of({"name": "Prijs", "weight": "30%"}).kind == "price"
    assert CriterionInfo.of(" Kwaliteit (70 punten) ").line == "Kwaliteit (70 punten)"
    assert CriterionInfo.of({"name": "Interview met het team", "goals": [1, "2"]}).goals == [1, 2]


def test_draft_of_a_saved_tender_leaves_out_a_story_without_consent(db):
    for record in (METHOD, PROJECT, RESULT_CONSENT, RESULT_NO_CONSENT):
        save_record(db, record)
    checked = draft_tender(db, tender(evidence=["M01", "R01", "R02"], own_text=""), "De Brug",
                           soffice="")
    text = "\n".join(p.text for p in open_docx(checked.docx).paragraphs)
    assert RESULT_CONSENT["story"] in text
    assert RESULT_NO_CONSENT["story"] not in text and RESULT_NO_CONSENT["value"] in text
    assert any("R02" in n and "toestemming" in n for n in checked.notices)
    assert checked.report.untraced == [] and checked.report.missing_goals == []


def test_fetch_records_skips_binned_and_unknown_refs(db):
    save_record(db, METHOD)
    save_record(db, UNRECOGNISED)
    delete_record(db, "M02")
    assert list(fetch_records(db, ["M01", "M02", "X1", "M01"])) == ["M01"]


def test_tender_from_analysis_reads_title_municipality_goals_and_table_attributes():
    analysis = analyse_text(
        "Uitvraag Mantelzorg Oostervaart 2028\n\nGemeente Oostervaart nodigt aanbieders uit.\n\n"
        "Wat willen we bereiken?\n\n"
        "| Doel | Indicator | Streefwaarde 2030 |\n"
        "| Mantelzorgers zijn minder zwaar belast. | Aandeel zwaar belaste mantelzorgers | 10% |\n"
        "| Jonge mantelzorgers worden eerder gezien. | Aantal jonge mantelzorgers in beeld | 150 |\n")
    result = tender_from_analysis(analysis, "uitvraag.txt")
    assert result["municipality"] == "Oostervaart"
    assert result["title"] == "Uitvraag Mantelzorg Oostervaart 2028"
    goal = next(g for g in result["goals"] if g["text"].startswith("Mantelzorgers zijn"))
    assert (goal["indicator"], goal["target"], goal["evidence"]) == (
        "Aandeel zwaar belaste mantelzorgers", "10%", [])


@pytest.mark.parametrize("title, name", [
    ("Sociale basis Zaanstad 2026-2029", "voorstel-sociale-basis-zaanstad-2026-2029.docx"),
    ("Sociaal werk Brakelsveen 2027–2030", "voorstel-sociaal-werk-brakelsveen-2027-2030.docx"),
    ("Één \"vraag\" / <b>", "voorstel-een-vraag-b.docx"),
    ("???", "voorstel-concept.docx"),
])
def test_draft_filename_is_a_safe_ascii_name(title, name):
    assert draft_filename(title) == name


@pytest.mark.model
def test_a_chosen_record_that_does_not_fit_its_goal_is_left_out_with_a_notice(demo_slice):
    from knowledge_base import open_db
    from knowledge_base.embeddings import get_embedder

    db = open_db(demo_slice)
    tender = {"title": "Informele zorg Oostervaart", "municipality": "Oostervaart",
              "goals": [{"text": "Mantelzorgers zijn minder zwaar belast.", "evidence": ["M08", "R06", "R04"]}]}
    checked = draft_tender(db, tender, "De Brug", soffice="", embedder=get_embedder())
    text = "\n".join(p.text for p in open_docx(checked.docx).paragraphs)
    assert "Op Adem" in text and "(R06)" in text  # the fitting method and result stay
    assert "administratie" not in text and "(R04)" not in text  # a debt result under a carers' goal does not
    assert any("R04" in n and "past niet bij doel 1" in n for n in checked.notices)
    db.conn.close()
