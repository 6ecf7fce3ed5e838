"""Requirements in the layouts the blind sets showed unmet: conditions under a lead-in "... aan deze voorwaarden:" (PDF),
and a preference "Wij geven de voorkeur aan een aanbieder die ..." (two-column PDF). Each tender is made up and built
by the benchmark's generator."""
from __future__ import annotations

import sys
from pathlib import Path

from proposal_builder.tender import analyse_tender, analyse_text

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks" / "goal_extraction"))
import generate  # noqa: E402


def _built(markup: list[str], fmt: str, tmp_path: Path, title: str = "# Subsidietender ontmoeting Velderbroek"):
    elements = generate.parse("\n".join([title, "## 1 Inleiding", "De gemeente Velderbroek wil dat ouderen elkaar vaker "
                                         "ontmoeten.", *markup, "## 9 Planning", "Aanvragen kan tot 1 maart 2028."]))
    path = tmp_path / f"uitvraag.{'txt' if fmt.endswith('txt') else 'pdf'}"
    {"pdf": generate.build_pdf, "pdf2col": generate.build_pdf2col, "wrapped.txt": generate.build_wrapped_txt}[fmt](elements, path)
    return analyse_text(path.read_text(encoding="utf-8")) if fmt.endswith("txt") else analyse_tender(path.read_bytes(), path.name)


CONDITIONS = ["Uw activiteiten vinden plaats in een van de wijken van Velderbroek.",
              "Vrijwilligers die ouderen thuis bezoeken, krijgen vooraf een korte training.",
              "De ontmoetingen zijn gratis toegankelijk voor alle inwoners van 65 jaar en ouder."]


def test_items_under_a_lead_in_naming_these_conditions_are_minimum_requirements(tmp_path):
    markup = ["## 5 Wie kan aanvragen", "Om voor subsidie in aanmerking te komen, voldoet uw aanvraag aan deze voorwaarden:",
              *[f"- {item}" for item in CONDITIONS], "## 6 Beoordeling", "Een commissie beoordeelt de aanvragen."]
    analysis = _built(markup, "pdf", tmp_path)
    assert [(r.text, r.kind) for r in analysis.requirements] == [(item, "minimum") for item in CONDITIONS]


def test_giving_preference_to_a_kind_of_provider_is_a_wish(tmp_path):
    wish = "Wij geven de voorkeur aan een aanbieder die ook op zaterdag ontmoetingen organiseert."
    markup = ["## 5 Eisen", "1. De aanbieder heeft ten minste drie jaar ervaring met ontmoetingsactiviteiten.",
              "2. Medewerkers en vrijwilligers beschikken over een VOG.", wish, "## 6 Beoordeling",
              "Wij beoordelen de offertes op kwaliteit."]
    analysis = _built(markup, "pdf2col", tmp_path, "# Offerteaanvraag ontmoeting Velderbroek")
    assert (wish, "wish") in [(r.text, r.kind) for r in analysis.requirements]

