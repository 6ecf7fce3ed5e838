"""A target carries a value to aim at (CONVENTIONS.md, goal targets): a target column that only names what is measured
("aandeel meldingen met een aanbod binnen vijf werkdagen", as a PDF runs the indicator and target columns together) is
the goal's indicator, and the target is then the amount in the goal's own sentence, or none. In a .docx and pasted text
made here (a table drawn in a PDF made here is not read as a goal table, so a PDF would test the reader, not this)."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes

ROWS = [["Nr.", "Deel", "Resultaat", "Waaraan zien we het streefwaarde 2030"],
        ["1", "1", "Binnen vijf werkdagen na een melding van een betalingsachterstand doet een consulent een aanbod voor hulp",
         "aandeel meldingen met een aanbod binnen vijf werkdagen"],
        ["2", "2", "Ten minste 90 huishoudens per jaar krijgen thuis hulp van een getrainde vrijwilliger bij hun administratie",
         "aantal huishoudens met een vrijwilliger thuisadministratie"],
        ["3", "1", "Huishoudens met een beginnende betalingsachterstand worden geholpen voordat de schulden zich opstapelen",
         "aandeel huishoudens zonder nieuwe achterstand: 70%"]]
TENDER = [("h1", "Open House Geldzaken Heukelwold 2028–2030"),
          ("para", "In deze Open House sluit de gemeente Heukelwold een overeenkomst met iedere aanbieder die aan de "
                   "toelatingseisen voldoet."),
          ("h2", "3 Wat moet de dienstverlening opleveren?"),
          ("para", "Voor deze Open House gaat het om de drie resultaten hieronder."),
          ("table", ROWS)]


def _goals(fmt: str):
    if fmt == "txt":
        text = "\n".join(["# " + TENDER[0][1], TENDER[1][1], "## " + TENDER[2][1], TENDER[3][1]] +
                         ["| " + " | ".join(row) + " |" for row in ROWS])
        return analyse_text(text).goals
    return analyse_tender(docx_bytes(TENDER), f"open_house.{fmt}").goals


def _goal(goals, start: str):
    return next(goal for goal in goals if goal.text.startswith(start))


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_target_column_naming_only_a_measure_gives_the_indicator_not_the_target(fmt):
    goals = _goals(fmt)
    answered = _goal(goals, "Binnen vijf werkdagen")
    assert answered.indicator == "aandeel meldingen met een aanbod binnen vijf werkdagen"
    assert answered.target != "aandeel meldingen met een aanbod binnen vijf werkdagen"
    helped = _goal(goals, "Ten minste 90 huishoudens")
    assert (helped.indicator, helped.target) == ("aantal huishoudens met een vrijwilliger thuisadministratie",
                                                 "Ten minste 90 huishoudens per jaar")
    assert _goal(goals, "Huishoudens met een beginnende").target == "70%"  # a cell with its value keeps it
