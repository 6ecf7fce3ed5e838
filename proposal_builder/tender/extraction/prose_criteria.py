"""Criteria named one by one in running text: each sentence names a criterion after the word "criterium" (or
"criteria" for two that weigh the same), after "beoordelen we", or as the subject that "weegt", and its weight
follows in that sentence or in the next ("Hiervoor kunt u maximaal 40 punten krijgen").

"Het zwaarst weegt het criterium bijdrage aan de doelen: ... Hiervoor kunt u maximaal 40 punten krijgen.",
"Voor het tweede criterium, bereik van de doelgroep, krijgt u maximaal 20 punten", "De criteria samenwerking
in de wijk en inzet van vrijwilligers leveren elk maximaal 15 punten op", "Tot slot beoordelen we de
doelmatigheid van de begroting, goed voor maximaal 10 punten", "Het plan van aanpak weegt 35%.", "De aansluiting
bij het beoogde resultaat weegt het zwaarst: daarvoor zijn ten hoogste 40 punten te behalen."
"""

import re

from ..reading.blocks import HEADING, Block
from .criterion_reading import CRITERIA_HEADING, POINTS_RE, PERCENT_RE, THRESHOLD_RE, Criterion, weighted
from .sentences import split_sentences

NAME_END = r"(?=\s*(?:[:;,.?(]|$|\s(?:levert|leveren|krijgt|weegt|wegen|telt|tellen|is|zijn)\b))"
# "Het plan van aanpak weegt 35%", "Daarnaast weegt ... ": the subject of "weegt" is the criterion
SUBJECT = r"^\s*(?:(?:verder|daarnaast|ook|tot\s+slot|ten\s+slotte)\s+)?(?:de|het)\s+(?P<name>[a-zà-ÿ][^:;,.?()%]{2,80}?)"
NAMED = (
    re.compile(rf"\bcriterium,?\s+(?P<name>[a-zà-ÿ][^:;,.?]{{3,80}}?){NAME_END}", re.IGNORECASE),
    # "Het eerste onderdeel is Bijdrage aan de doelen.", "Voor het derde onderdeel, Samenwerking in de wijk, zijn ...
    # punten": the name in apposition to, or after "is", the word for a criterion
    re.compile(rf"\b(?i:(?:sub|deel|gunnings|kwaliteits|beoordelings)criterium|onderdeel|beoordelingspunt|aspect)"
               rf"(?:,|\s+is)\s+(?P<name>[A-Za-zÀ-ÿ][^:;,.?]{{3,80}}?){NAME_END}"),
    re.compile(rf"\bcriteria\s+(?P<name>[a-zà-ÿ][^:;,.?]{{3,120}}?)\s+(?:leveren|krijgen|wegen|tellen)\s+elk\b", re.IGNORECASE),
    # "Tot slot beoordelen we de doelmatigheid", "Als eerste kijken wij naar de aansluiting bij de doelen; dit levert ..."
    re.compile(rf"\b(?:beoordelen\s+(?:we|wij)|(?:kijken|letten)\s+(?:we|wij)\s+(?:\w+\s+)?(?:naar|op))\s+(?:ook\s+)?(?:de|het)\s+"
               rf"(?P<name>[^:;,.?()]{{3,80}}?){NAME_END}", re.IGNORECASE),
    re.compile(rf"{SUBJECT}\s+(?:weegt|telt)\s+(?:mee\s+)?(?:voor\s+)?(?=\d{{1,3}}\s*(?:%|procent|punten)|het\s+zwaarst)",
               re.IGNORECASE),
    # "Prijs weegt 30%.": a capitalised subject without article
    re.compile(r"^\s*(?P<name>[A-ZÀ-Ý][^:;,.?()%]{2,60}?)\s+(?:weegt|telt)\s+(?:mee\s+)?(?:voor\s+)?(?=\d{1,3}\s*(?:%|procent|punten))"),
)
# the weight in the next clause: "Hiervoor kunt u ...", "dit levert maximaal 40 punten op", "Dit onderdeel weegt 20%"
FOLLOWS = re.compile(r"^\s*(?:hiervoor|daarvoor|voor\s+dit\s+(?:criterium|onderdeel)|dit\s+(?:(?:sub)?criterium\s+|onderdeel\s+|aspect\s+)?"
                     r"(?:levert|weegt|telt|geeft))\b", re.IGNORECASE)
MAX_NAME_WORDS = 12


def named_in_prose(blocks: list[Block]) -> list[Criterion]:
    """The criteria named sentence by sentence in a criteria section; [] unless two or more are found."""
    found = named_one_by_one(blocks)
    return found if len(found) >= 2 else []


def named_one_by_one(blocks: list[Block]) -> list[Criterion]:
    """Every criterion named on its own in a sentence (or a clause up to ";") of a criteria section."""
    found = []
    for block in blocks:
        if block.kind == HEADING or not any(CRITERIA_HEADING.search(h) for h in block.section):
            continue
        clauses = [c for sentence in split_sentences(block.text) for c in re.split(r";\s*", sentence) if c]
        for index, clause in enumerate(clauses):
            following = clauses[index + 1] if index + 1 < len(clauses) else ""
            found += _named(clause, following if FOLLOWS.search(following) else "", block.position)
    return found


def _named(sentence: str, following: str, position: int) -> list[Criterion]:
    weight = _weight(sentence) or _weight(following)
    if weight and weight in sentence and THRESHOLD_RE.search(sentence[:sentence.index(weight)].rstrip()):
        return []  # "Een aanvraag die op criterium a minder dan 20 punten krijgt, ...": a pass mark
    for pattern in NAMED:
        match = pattern.search(sentence)
        if match and weight and len(match.group("name").split()) <= MAX_NAME_WORDS:
            names = re.split(r"\s+en\s+", match.group("name"), maxsplit=1) if pattern is NAMED[2] else [match.group("name")]
            found = [weighted(name[:1].upper() + name[1:], weight, position) for name in names]
            for criterion in found:
                criterion.source = "sentence"
            return found
    return []


def _weight(sentence: str) -> str:
    weights = [m.group(0) for pattern in (POINTS_RE, PERCENT_RE) for m in pattern.finditer(sentence)]
    return weights[0] if len(weights) == 1 else ""
