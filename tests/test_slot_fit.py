"""The slot-fit model decides which ranked records fit a goal's evidence slot (issue 11, point 3)."""
import io

import pytest
from docx import Document

from knowledge_base import open_db
from knowledge_base.embeddings import get_embedder
from knowledge_base.search import Hit
from proposal_builder import pipeline
from proposal_builder.matching import slot_fit
from proposal_builder.tender import Goal
from proposal_builder.tender.goal import goals_from_records, goals_to_records

CARERS = "Mantelzorgers zijn minder zwaar belast."
LONELY = "Eenzame ouderen hebben meer sociale contacten."
DEBTS = "Inwoners met geldzorgen houden hun administratie op orde."


def test_the_stored_model_reads_the_features_the_draft_computes():
    model = slot_fit.load_model()
    records = {"M1": {"ref": "M1", "type": "method", "title": "Maatjes", "summary": "Vrijwilligers bezoeken ouderen."}}
    features = slot_fit.pair_features(Goal(LONELY), [Hit("M1", "method", "Maatjes", 3.0, "", False)], 0, records)
    assert model["features"] == list(features)
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(features)
    assert 0.5 <= model["threshold"] < 1


def test_a_record_for_other_people_on_another_topic_fits_less_than_one_for_the_goals_own():
    records = {"R1": {"ref": "R1", "type": "result", "title": "Mantelzorgers minder zwaar belast", "value": "12",
                      "unit": "%", "target_group": "mantelzorgers", "summary": "Belasting van mantelzorgers."},
               "R2": {"ref": "R2", "type": "result", "title": "Minder schulden bij jongeren", "value": "30",
                      "unit": "%", "target_group": "jongeren met schulden", "summary": "Schulden van jongeren."}}
    hits = [Hit("R1", "result", "", 3.0, "", False, cosine=0.85), Hit("R2", "result", "", 3.0, "", False, cosine=0.85)]
    own, other = (slot_fit.fit_probability(slot_fit.pair_features(Goal(CARERS), hits, rank, records)) for rank in (0, 1))
    assert own > other


def _choose(db, texts):
    goals = goals_from_records([{"text": text, "section": "Wat willen we bereiken?"} for text in texts])
    return pipeline.choose_and_fit(db, goals, get_embedder())


@pytest.mark.model
def test_the_model_places_a_linked_method_project_and_result_and_nothing_off_topic(demo_slice, monkeypatch):
    db = open_db(demo_slice)
    chosen, fits = _choose(db, [CARERS, LONELY, DEBTS])
    picks = {goal.text: goal.evidence for goal in chosen}
    # Maatjes Dichtbij, the Samen Thuis project that applies it and that project's result on loneliness
    assert picks[LONELY] == ["M05", "P01", "R01"]
    assert picks[CARERS] == ["M08", "P04", "R06"]  # Op Adem, the carers' support point using it, its result
    assert not {"R04", "M03", "P03"} & set(picks[CARERS] + picks[LONELY])  # the debt work stays under the debt goal
    assert {"M03", "R04"} <= set(picks[DEBTS])
    assert all(set(goal.evidence) <= fits[number] for number, goal in enumerate(chosen, start=1))  # none dropped later
    assert _choose(db, ["Er is een vrijwilligerscentrale."])[0][0].evidence == []  # only weak matches: nothing
    monkeypatch.setattr(slot_fit, "ENABLED", False)
    assert _choose(db, [LONELY])[0][0].evidence == ["M05", "P01"]  # the hand rules left the result out
    db.conn.close()


@pytest.mark.model
def test_a_draft_of_the_models_picks_cites_each_goals_own_evidence_in_its_section(demo_slice):
    db = open_db(demo_slice)
    chosen, fits = _choose(db, [CARERS, DEBTS])
    tender = {"title": "Informele zorg Oostervaart", "municipality": "Oostervaart", "goals": goals_to_records(chosen)}
    checked = pipeline.draft_tender(db, tender, "De Brug", soffice="", fits=fits)
    text = "\n".join(p.text for p in Document(io.BytesIO(checked.docx)).paragraphs)
    carers, debts = text.index(CARERS.rstrip(".")), text.index(DEBTS.rstrip("."))
    assert "(R06)" in text[carers:debts] and "(R04)" not in text[carers:debts]
    assert "(R04)" in text[debts:]
    assert not any("past niet bij doel" in notice for notice in checked.notices)
    db.conn.close()
