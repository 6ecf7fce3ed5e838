"""A lead-in that introduces a goal after its colon: the goal is what follows the colon, in every format."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from tests.tender_samples import docx_bytes, pdf_bytes

ELEMENTS = [
    ("h1", "3 Wat willen we bereiken"),
    ("para", "Jongeren in Ommerzijl groeien gezond en veilig op en doen mee op school en in de buurt."),
    ("para", "Daarnaast geldt voor dit thema: In elk dorp is er ten minste twee avonden per week een plek waar "
             "jongeren terechtkunnen."),
    ("para", "Naast deze effecten vragen wij één concreet resultaat: in elk dorp en in elke wijk is er ten minste "
             "één vaste inloopplek waar inwoners met geldzorgen zonder afspraak terechtkunnen."),
    ("para", "Respijtzorg is bekend en bereikbaar: ten minste 90 mantelzorgers per jaar maken gebruik van respijt."),
    ("h1", "4 Planning"),
    ("para", "Aanmelden kan tot 1 mei 2028."),
]


def _texts(analysis) -> list[str]:
    return [goal.text for goal in analysis.goals]


@pytest.mark.parametrize("name, build", [("plan.docx", docx_bytes), ("plan.pdf", pdf_bytes)])
def test_the_goal_after_a_lead_in_is_the_clause_after_its_colon(name, build):
    texts = _texts(analyse_tender(build(ELEMENTS), name))
    assert "In elk dorp is er ten minste twee avonden per week een plek waar jongeren terechtkunnen." in texts
    assert ("In elk dorp en in elke wijk is er ten minste één vaste inloopplek waar inwoners met geldzorgen zonder "
            "afspraak terechtkunnen.") in texts
    assert not any("Daarnaast geldt" in text or "Naast deze effecten" in text for text in texts)


def test_a_claim_spelled_out_after_its_colon_keeps_both_halves():
    text = "## Doelen\nRespijtzorg is bekend en bereikbaar: ten minste 90 mantelzorgers per jaar maken gebruik van respijt.\n"
    assert _texts(analyse_text(text)) == [
        "Respijtzorg is bekend en bereikbaar: ten minste 90 mantelzorgers per jaar maken gebruik van respijt."]
