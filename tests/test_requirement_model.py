"""The learned requirement finder beside the rules: requirements the rules miss, in a real .docx."""
from __future__ import annotations

import json

from proposal_builder.tender import analyse_tender
from proposal_builder.tender.extraction import requirement_model
from proposal_builder.tender.extraction.requirement_model import MODEL, requirement_chance

from .tender_samples import docx_bytes

CHECKLIST = [
    ("h1", "Open House Vrijwillige inzet Ammerveld"),
    ("para", "Iedere aanbieder die aan de voorwaarden voldoet, kan zich aanmelden."),
    ("h2", "Voorwaarden voor toelating"),
    ("para", "Kijk vooraf of u alles kunt aanvinken:"),
    ("para", "☐ U bent ingeschreven in het Handelsregister van de Kamer van Koophandel."),
    ("para", "☐ Al uw medewerkers die met inwoners werken, hebben een geldige Verklaring Omtrent het Gedrag."),
    ("para", "☐ U heeft een klachtenregeling en bent aangesloten bij een onafhankelijke klachtencommissie."),
    ("h2", "Wat wij willen bereiken"),
    ("bullet", "Meer inwoners doen vrijwilligerswerk in hun eigen buurt."),
]


def _texts(analysis) -> list[str]:
    return [r.text for r in analysis.requirements]


def test_a_checklist_the_rules_do_not_know_is_found_by_the_model(monkeypatch):
    data = docx_bytes(CHECKLIST)
    found = _texts(analyse_tender(data, "openhouse.docx"))
    assert "U bent ingeschreven in het Handelsregister van de Kamer van Koophandel." in found  # no box left
    assert any("klachtencommissie" in t for t in found)
    assert not any("vrijwilligerswerk in hun eigen buurt" in t for t in found)  # the goal stays a goal
    model = dict(requirement_model._model(), threshold=1.01)  # the model switched off: the rules alone
    monkeypatch.setattr(requirement_model, "_model", lambda: model)
    assert not any("Kamer van Koophandel" in t for t in _texts(analyse_tender(data, "openhouse.docx")))


def test_the_stored_model_tells_a_requirement_from_a_goal_and_says_what_it_was_trained_on():
    assert requirement_chance("De aanbieder beschikt over een geldig HKZ-keurmerk of een gelijkwaardig certificaat.",
                              "Toelatingseisen") > 0.5
    assert requirement_chance("Minder ouderen voelen zich eenzaam in hun eigen wijk.", "Doelen") < 0.5
    stored = json.loads(MODEL.read_text(encoding="utf-8"))
    assert stored["trained_on"]["requirements"] > 300 and 0 < stored["threshold"] < 1
