"""The learned requirement finder beside the rules: requirements the rules miss, in a real .docx."""
from __future__ import annotations

import json

from proposal_builder.tender import analyse_tender
from proposal_builder.tender.extraction import requirement_model
from proposal_builder.tender.extraction.requirement_model import MODEL, requirement_chance

from .tender_samples import docx_bytes

# A condition written as a plain statement under "Voorwaarden", without a lead-in, list, obligation verb or the provider
# as its subject: no rule takes it. (A "☐" checklist, the model's first example, is read as a list since check boxes
# count as bullets.) The model holds it for a requirement with a margin over its threshold (MARGIN), so that retraining
# on more sets does not tip the test: the earlier example ("De activiteiten zijn gratis of tegen een geringe eigen
# bijdrage toegankelijk ...") scored 0.850 and 0.851 against 0.85.
CONDITION = "Medewerkers die met kinderen werken, hebben een Verklaring Omtrent het Gedrag."
MARGIN = 0.05
CONDITIONS = [
    ("h1", "Subsidietender Samen opgroeien Kanaalzijde"),
    ("para", "Organisaties kunnen subsidie aanvragen voor activiteiten voor kinderen en ouders."),
    ("h2", "Voorwaarden"),
    ("para", CONDITION),
    ("h2", "Wat wij willen bereiken"),
    ("bullet", "Meer kinderen groeien gezond en veilig op in hun eigen wijk."),
]


def _texts(analysis) -> list[str]:
    return [r.text for r in analysis.requirements]


def test_a_condition_the_rules_do_not_know_is_found_by_the_model(monkeypatch):
    data = docx_bytes(CONDITIONS)
    analysis = analyse_tender(data, "subsidietender.docx")
    assert _texts(analysis) == [CONDITION]  # the goal stays a goal
    text, heading, signs, _ = next(c for c in requirement_model.candidates(analysis.blocks, set()) if c[0] == CONDITION)
    chance = requirement_chance(text, heading, requirement_model.features(text, heading, signs))
    assert chance >= requirement_model._model()["threshold"] + MARGIN
    model = dict(requirement_model._model(), threshold=1.01)  # the model switched off: the rules alone
    monkeypatch.setattr(requirement_model, "_model", lambda: model)
    assert _texts(analyse_tender(data, "subsidietender.docx")) == []


def test_the_stored_model_tells_a_requirement_from_a_goal_and_says_what_it_was_trained_on():
    assert requirement_chance("De aanbieder beschikt over een geldig HKZ-keurmerk of een gelijkwaardig certificaat.",
                              "Toelatingseisen") > 0.5
    assert requirement_chance("Minder ouderen voelen zich eenzaam in hun eigen wijk.", "Doelen") < 0.5
    stored = json.loads(MODEL.read_text(encoding="utf-8"))
    assert stored["trained_on"]["requirements"] > 300 and 0 < stored["threshold"] < 1
