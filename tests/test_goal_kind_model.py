"""Goal kinds from the learned kind model (kind_model.py) over the kind table: a service made available or an activity
delivered is an output, a change for residents an effect; the tender's own split of effects and results still decides."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction import kind_model
from tests.tender_samples import docx_bytes

GOALS = [("Ouders kunnen met vragen over de opvoeding zonder verwijzing terecht bij een spreekuur in de wijk.", "output"),
         ("Ouders voelen zich zekerder in de opvoeding van hun kinderen.", "effect"),
         ("In alle kernen is een laagdrempelige beweeggroep voor ouderen.", "output"),
         ("Jongerenwerkers zoeken jongeren elke avond op waar zij zich ophouden.", "output"),
         ("Minder jongeren raken betrokken bij overlast.", "effect")]


def _analysed(fmt: str):
    if fmt == "docx":
        return analyse_tender(docx_bytes([("h1", "2 Wat wij willen bereiken"),
                                          ("para", "Voor dit thema gelden de volgende doelen:"),
                                          *(("bullet", text) for text, _ in GOALS)]), "uitvraag.docx")
    return analyse_text("## 2 Wat wij willen bereiken\n\nVoor dit thema gelden de volgende doelen:\n\n" +
                        "".join(f"- {text}\n" for text, _ in GOALS))


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_service_made_available_is_an_output_and_a_change_for_residents_an_effect(fmt):
    assert [(goal.text, goal.kind) for goal in _analysed(fmt).goals] == GOALS


def test_switched_off_the_kind_table_alone_decides(monkeypatch):
    monkeypatch.setattr(kind_model, "ENABLED", False)
    # the table reads "kunnen ... terecht", "is er" and "zoeken op" as desired states
    assert [goal.kind for goal in _analysed("text").goals] == ["effect"] * 5


def test_the_tenders_own_split_of_effects_and_results_decides_over_the_model():
    analysis = analyse_text("## 3 Doelen en resultaten\n### 3.1 Beoogde effecten\n"
                            "1. Ouders kunnen met vragen over de opvoeding zonder verwijzing terecht in de wijk.\n"
                            "### 3.2 Resultaten\n"
                            "1. Ouders voelen zich zekerder in de opvoeding van hun kinderen.\n")
    assert [goal.kind for goal in analysis.goals] == ["effect", "output"]


def test_the_model_reads_the_lead_in_above_a_list_and_the_headings_over_it():
    table_row = analyse_tender(docx_bytes([
        ("h1", "2 Prestaties"), ("para", "De opdrachtnemer levert in elk geval:"),
        ("table", [["Nr.", "Prestatie"], ["1", "Een inloopspreekuur in elke wijk."]])]), "leidraad.docx")
    goal = table_row.goals[0]
    block = next(block for block in table_row.blocks if block.position == goal.block)
    at = {block.position: block for block in table_row.blocks}
    assert kind_model.lead_in(block, at) == "De opdrachtnemer levert in elk geval:"
    from proposal_builder.tender.extraction.goals import explain
    decision = next(d for d in explain(table_row.blocks) if d.goal is not None)
    features = kind_model.vector(decision, at)
    assert {"lead_in:levert", "heading:presta", "header:presta", "first:inloop"} <= set(features)
