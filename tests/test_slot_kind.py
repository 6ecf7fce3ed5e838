"""An effect goal takes the result that shows an effect, a count goal the count (issue 11, point 3).

A tender asks for an effect ("bewoners lossen burenruzies zelf op") and a count ("ten minste 200 ruzies per jaar
begeleid"); the knowledge base holds one project with a count result and a share result with a story. The share
and its story belong under the effect goal, the count under the output goal, also when the model finds the share
more probable for the count goal (both are about mediation).
"""
import io

import pytest
from docx import Document

from knowledge_base import import_records, open_db
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import refresh_index
from proposal_builder import pipeline
from proposal_builder.matching.evidence import other_kind
from proposal_builder.tender import Goal
from proposal_builder.tender.goal import goals_from_records, goals_to_records

EFFECT = "Bewoners lossen onenigheid met hun buren zelf op voordat de politie of de verhuurder eraan te pas komt."
COUNT = "Ten minste 200 ruzies tussen buren per jaar worden begeleid door vrijwillige bemiddelaars."
RECORDS = [
    {"id": "BB-M01", "type": "method", "title": "Buurtbemiddeling met getrainde vrijwillige bemiddelaars",
     "summary": "Twee getrainde vrijwilligers begeleiden buren met een conflict in een gesprek op neutraal terrein, "
                "zodat zij samen afspraken maken.", "target_group": "buren met een conflict",
     "recognition": "Erkend als goed onderbouwd"},
    {"id": "BB-P01", "type": "project", "title": "Buurtbemiddeling Veldhoven-Noord",
     "summary": "Vrijwillige bemiddelaars helpen buren met onenigheid over geluid, parkeren of tuinen om het conflict "
                "zelf op te lossen, op verwijzing van woningcorporatie en wijkagent.",
     "target_group": "bewoners met een burenconflict", "municipality": "Veldhoven", "period": "2022-2025",
     "methods": ["BB-M01"]},
    {"id": "BB-R01", "type": "result", "title": "212 aanmeldingen voor buurtbemiddeling", "project": "BB-P01",
     "summary": "In 2025 kwamen 212 aanmeldingen voor buurtbemiddeling binnen; 150 keer volgde een intake met beide "
                "buren.", "indicator": "aanmeldingen buurtbemiddeling", "value": "212", "unit": "aanmeldingen",
     "target_group": "bewoners met een burenconflict", "municipality": "Veldhoven", "period": "2025"},
    {"id": "BB-R02", "type": "result", "title": "72% van de bemiddelde burenruzies opgelost of verbeterd",
     "project": "BB-P01",
     "summary": "Drie maanden na de bemiddeling zei in 72% van de zaken ten minste een van de buren dat het conflict "
                "was opgelost of minder was geworden.", "indicator": "conflicten opgelost of verbeterd",
     "value": "72", "unit": "%", "target_group": "bewoners met een burenconflict", "municipality": "Veldhoven",
     "period": "2025", "story": "Mevrouw B. en haar bovenburen spreken na twee gesprekken weer met elkaar.",
     "consent": True, "pseudonymised": True},
    {"id": "BB-P02", "type": "project", "title": "Maatjes voor eenzame ouderen",
     "summary": "Vrijwilligers bezoeken eenzame ouderen thuis.", "target_group": "eenzame ouderen",
     "municipality": "Veldhoven"},
]


def test_a_share_measures_an_effect_and_a_count_an_output():
    share, count = RECORDS[3], RECORDS[2]
    assert not other_kind(Goal(EFFECT, kind="effect"), share) and other_kind(Goal(COUNT, kind="output"), share)
    assert other_kind(Goal(EFFECT, kind="effect"), count) and not other_kind(Goal(COUNT, kind="output"), count)
    assert not other_kind(Goal(COUNT, kind="output"), RECORDS[1])  # a project measures nothing


@pytest.mark.model
def test_the_effect_result_and_its_story_stand_under_the_effect_goal_and_the_count_under_the_count_goal(db_path):
    db = open_db(db_path)
    import_records(db, RECORDS)
    embedder = get_embedder()
    refresh_index(db, embedder)
    goals = goals_from_records([{"text": EFFECT, "kind": "effect"}, {"text": COUNT, "kind": "output"}])
    chosen, fits = pipeline.choose_and_fit(db, goals, embedder)
    effect, count = (goal.evidence for goal in chosen)
    assert "BB-R02" in effect and "BB-R01" not in effect
    assert "BB-R01" in count and "BB-R02" not in count
    assert "BB-P02" not in effect + count

    tender = {"title": "Buurtbemiddeling Veldhoven", "municipality": "Veldhoven", "goals": goals_to_records(chosen)}
    checked = pipeline.draft_tender(db, tender, "De Brug", soffice="", fits=fits)
    text = "\n".join(p.text for p in Document(io.BytesIO(checked.docx)).paragraphs)
    start, end = text.index(EFFECT.rstrip(".")), text.index(COUNT.rstrip("."))
    effect_section, count_section = text[start:end], text[end:]
    assert "72" in effect_section and "Mevrouw B." in effect_section  # the effect and its story
    assert "212" in count_section and "Mevrouw B." not in count_section
    db.conn.close()
