"""The learned goal veto (extraction/goal_veto.py) over what the rule table accepts, on tenders made here as .docx
and .pdf: an indicator table whose goal column holds only captions ("Perceel 1, eerste doel") gives no goals with the
model and did without it (switched off by goal_veto.ENABLED); the real goals stay; a lead-in before a colon is no
part of the goal either way (that is structure, not the model)."""
from __future__ import annotations

import pytest
from proposal_builder.tender import analyse_tender
from proposal_builder.tender.extraction import goal_veto
from proposal_builder.tender.extraction.goals import explain
from tests.tender_samples import docx_bytes, pdf_bytes

GOALS = ["Jongeren in Wierdum voelen zich veilig en gezien in hun dorp.",
         "Meer jongeren doen mee aan activiteiten in hun eigen dorp."]
LEAD_IN = "Daarnaast geldt voor dit thema: "
AFTER_LEAD_IN = "In elk dorp is er ten minste twee middagen per week een plek waar jongeren na school terechtkunnen."
TABLE = [["Doel", "Indicator", "Streefwaarde 2030"],
         ["Perceel 1, eerste doel", "aandeel jongeren dat zich veilig voelt", "85%"],
         ["Perceel 2, doel 2", "aantal jongeren dat meedoet", "ten minste 300"]]
CAPTIONS = ["Perceel 1, eerste doel", "Perceel 2, doel 2"]


def _elements() -> list[tuple[str, object]]:
    return [("h1", "1 Inleiding"), ("para", "De gemeente Wierdum koopt jongerenwerk in voor de jaren 2028 tot en met 2031."),
            ("h1", "2 Wat willen we bereiken"), *(("para", goal) for goal in GOALS), ("para", LEAD_IN + AFTER_LEAD_IN),
            ("h1", "3 Hoe volgen we de doelen"), ("table", TABLE),
            ("h1", "4 Planning"), ("para", "Inschrijven kan tot 1 maart 2028.")]


@pytest.fixture
def model_switch():
    """Restores the module's switch after a test turns the model off."""
    yield
    goal_veto.ENABLED = True


@pytest.mark.parametrize("name, build", [("uitvraag.docx", docx_bytes), ("uitvraag.pdf", pdf_bytes)])
def test_captions_in_a_goal_column_are_goals_only_without_the_model(name, build, model_switch):
    data = build(_elements())
    goal_veto.ENABLED = False
    without = [goal.text for goal in analyse_tender(data, name).goals]
    goal_veto.ENABLED = True
    analysis = analyse_tender(data, name)
    with_model = [goal.text for goal in analysis.goals]
    assert all(caption in without for caption in CAPTIONS)
    assert not any(caption in with_model for caption in CAPTIONS)
    assert with_model == [*GOALS, AFTER_LEAD_IN]  # the real goals stay, the lead-in's goal after its colon
    vetoed = [d for d in explain(analysis.blocks) if d.rule.startswith(goal_veto.VETOED)]
    assert [d.candidate.text for d in vetoed] == CAPTIONS  # turned down by the model, not by a rule


def test_the_model_is_stored_small_and_applies_with_its_own_features():
    model = goal_veto._stored()
    assert model and 0 < model["threshold"] < 0.5 and len(model["coef"]) == len(model["features"])
    assert goal_veto.MODEL.stat().st_size < 100_000
