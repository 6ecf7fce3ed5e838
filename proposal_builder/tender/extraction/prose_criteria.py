"""Criteria named one by one in running text, when no other way of writing them was found: each sentence names
a criterion after the word "criterium" (or "criteria" for two that weigh the same) or after "beoordelen we",
and its weight follows in that sentence or in the next ("Hiervoor kunt u maximaal 40 punten krijgen").

"Het zwaarst weegt het criterium bijdrage aan de doelen: ... Hiervoor kunt u maximaal 40 punten krijgen.",
"Voor het tweede criterium, bereik van de doelgroep, krijgt u maximaal 20 punten", "De criteria samenwerking
in de wijk en inzet van vrijwilligers leveren elk maximaal 15 punten op", "Tot slot beoordelen we de
doelmatigheid van de begroting, goed voor maximaal 10 punten".
"""

import re

from ..reading.blocks import HEADING, Block
from .criteria import CRITERIA_HEADING, POINTS_RE, PERCENT_RE, Criterion, weighted
from .sentences import split_sentences

NAME_END = r"(?=\s*(?:[:;,.?]|\s(?:levert|leveren|krijgt|weegt|wegen|telt|tellen|is|zijn)\b))"
NAMED = (
    re.compile(rf"\bcriterium,?\s+(?P<name>[a-zà-ÿ][^:;,.?]{{3,80}}?){NAME_END}", re.IGNORECASE),
    re.compile(rf"\bcriteria\s+(?P<name>[a-zà-ÿ][^:;,.?]{{3,120}}?)\s+(?:leveren|krijgen|wegen|tellen)\s+elk\b", re.IGNORECASE),
    re.compile(rf"\bbeoordelen\s+(?:we|wij)\s+(?:ook\s+)?(?:de|het)\s+(?P<name>[^:;,.?]{{3,80}}?){NAME_END}", re.IGNORECASE),
)
FOLLOWS = re.compile(r"^\s*(?:hiervoor|daarvoor|voor\s+dit\s+criterium)\b", re.IGNORECASE)


def named_in_prose(blocks: list[Block]) -> list[Criterion]:
    """The criteria named sentence by sentence in a criteria section; [] unless two or more are found."""
    found = []
    for block in blocks:
        if block.kind == HEADING or not any(CRITERIA_HEADING.search(h) for h in block.section):
            continue
        sentences = split_sentences(block.text)
        for index, sentence in enumerate(sentences):
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            found += _named(sentence, following if FOLLOWS.search(following) else "", block.position)
    return found if len(found) >= 2 else []


def _named(sentence: str, following: str, position: int) -> list[Criterion]:
    weight = _weight(sentence) or _weight(following)
    for pattern in NAMED:
        match = pattern.search(sentence)
        if match and weight:
            names = re.split(r"\s+en\s+", match.group("name"), maxsplit=1) if pattern is NAMED[1] else [match.group("name")]
            return [weighted(name[:1].upper() + name[1:], weight, position) for name in names]
    return []


def _weight(sentence: str) -> str:
    weights = [m.group(0) for pattern in (POINTS_RE, PERCENT_RE) for m in pattern.finditer(sentence)]
    return weights[0] if len(weights) == 1 else ""
