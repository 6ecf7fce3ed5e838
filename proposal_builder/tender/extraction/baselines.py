"""A goal's target without its baseline, and its indicator without the labelled values after it.

The target is the value aimed at (CONVENTIONS, target rule 2): "daalt van 12 naar 9 procent in 2029" aims at "9 procent in
2029", a cell "55% (2024: 46%)" at "55%"; the year that stands with the value stays ("28% in 2030 (2024: 33%)" gives
"28% in 2030").
"""

import re

from .numbers import NUMBER

# "daalt van 12 naar", "van 31% (2023) naar", "Daling van 12% (2024) naar", "van 45 procent bij de start naar": a change
# from its baseline, up to the value aimed at
CHANGE = r"(?:daalt|dalen|stijgt|stijgen|groeit|groeien|daling|stijging|toename|afname)"
FROM_BASELINE = re.compile(rf"^\s*(?:{CHANGE}\s+)?van\s+(?:{NUMBER})[^;]{{0,36}}?\s+naar\s+(?=\S)", re.IGNORECASE)
# "(2024: 46%)", "(nulmeting 2024: 26%)", "(2026: 1.040)", "(schooljaar 2025/2026: 78%)": the baseline in brackets after
# the value, a year or a school year with what was measured then
BASELINE_BRACKET = re.compile(r"\s*\((?:nulmeting|stand|uitgangssituatie|peil|schooljaar|peiljaar|meetjaar)?\s*(?:in\s+)?"
                              r"20\d\d(?:\s*[/–-]\s*(?:20)?\d\d)?\s*:[^()]*\)", re.IGNORECASE)
# what a cell runs on with after its value and baseline: a sentence of its own ("... (2024: 15%) Met nieuwkomers ...")
RUN_ON = re.compile(r"(?<=\))\s+[A-Z][a-zà-ÿ]+\s+[a-zà-ÿ]+\s.*$")
# "aantal meldingen per jaar Nulmeting 2026: 380 Streefwaarde: ...": the values labelled after the measure
LABELLED_AFTER = re.compile(r"\s+(?:nulmeting|streefwaarde|doelwaarde)\b.*$", re.IGNORECASE | re.DOTALL)


def without_baseline(target: str) -> str:
    """The value aimed at, as written, without the baseline it starts from ("van 12 naar 9 procent in 2029" gives "9
    procent in 2029") or stands beside ("13% (2024: 17%)" gives "13%")."""
    if not target:
        return target
    value = FROM_BASELINE.sub("", RUN_ON.sub("", target), count=1)
    value = BASELINE_BRACKET.sub("", value).strip(" ,;")
    return value if re.search(r"\d|\w{3,}", value) else target


def without_labels(indicator: str) -> str:
    """The measure alone, without a baseline or target labelled after it in the same line."""
    return LABELLED_AFTER.sub("", indicator).strip(" ,;:") or indicator if indicator else indicator
