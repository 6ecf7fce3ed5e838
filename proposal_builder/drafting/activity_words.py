"""What a record says its work is, in words the draft can put in its own sentences: the activities a project
offers ("huisbezoeken", "de cursus Digi-Stappen") and the ways it reaches people ("met huisbezoeken")."""
from __future__ import annotations

import re

# How we reach people, as a method or project names it, and the phrase the draft writes for it ("met huisbezoeken").
OUTREACH = (
    (re.compile(r"huisbezoek|aan huis|bij (?:hen|mensen|gezinnen|ouderen) thuis", re.IGNORECASE), "met huisbezoeken"),
    (re.compile(r"outreach|op straat|ambulant", re.IGNORECASE), "op straat"),
    (re.compile(r"vindplaats", re.IGNORECASE), "op vindplaatsen"),
    (re.compile(r"inloop", re.IGNORECASE), "met een vrije inloop"),
    (re.compile(r"spreekuur|spreekuren", re.IGNORECASE), "met spreekuren"),
    (re.compile(r"buurthuis|wijkcentrum|ontmoetingsplek|buurtkamer", re.IGNORECASE),
     "op laagdrempelige plekken in de wijk"),
    (re.compile(r"\bop\s+(?:de\s+)?school\b|\bop\s+scholen\b", re.IGNORECASE), "op school"),
    (re.compile(r"\bonline\b|sociale media", re.IGNORECASE), "online"),
)


# What a project offers, as its description names it: an activity noun ("huisbezoeken", "ontmoetingsmiddagen", "een
# Digicafé", "de cursus Digi-Stappen"), as a compound, after a word saying how often, or with its name after it; a bare
# "middagen" or "groepen" says too little. Words only: the draft writes its own sentence around them.
ACTIVITY_HEADS = ("bezoeken", "bezoek", "gesprekken", "gesprek", "middagen", "middag", "ochtenden", "ochtend", "avonden",
                  "avond", "groepen", "groep", "spreekuren", "spreekuur", "cursussen", "cursus", "trainingen", "training",
                  "bijeenkomsten", "bijeenkomst", "inloop", "cafés", "café's", "café", "lessen", "maaltijden", "tafels",
                  "ritten", "koppels")
ACTIVITY_WHOLE = frozenset({"inloop", "spreekuur", "spreekuren"})  # an activity without a word before it
ACTIVITY_ONE = frozenset({"bezoek", "gesprek", "middag", "ochtend", "avond", "groep", "spreekuur", "cursus", "training",
                          "bijeenkomst", "inloop", "café"})  # singular: its article kept
ACTIVITY_OFTEN = r"(?:wekelijkse|wekelijks|maandelijkse|maandelijks|dagelijkse|vaste|gratis|open|korte)"
ACTIVITY = re.compile(r"(?<![\w-])(?P<article>(?:een|de|het)\s+)?(?P<often>" + ACTIVITY_OFTEN + r"\s+)?"
                      r"(?P<noun>(?!(?:maan|dins|woens|donder|vrij|zater|zon)dag|week|eerste|laatste)"  # a time, not a
                      r"[\w-]*?(?:" + "|".join(ACTIVITY_HEADS) + r"))(?![\w-])"  # what: "een zaterdagavond", "weekgesprek"
                      r"(?P<name>(?:\s+(?:&\s+|en\s+(?=[A-Z]))?[A-Z][\w-]*)+)?")  # "de training Rots en Water"
# Not what the project offers its people: what it gives its volunteers ("terugkomavonden", "een basistraining voor
# de vrijwilligers") or where it sends them on ("zet signalen door naar de valpreventiecursus").
NOT_OFFERED = re.compile(r"^(?:terugkom|basistraining|intervisie|deskundigheid)|\s+voor\s+(?:de\s+|onze\s+|alle\s+)?"
                         r"(?:vrijwilligers|maatjes|vw|medewerkers|professionals)\b", re.IGNORECASE)
REFERRED_TO = re.compile(r"\b(?:door|verwijz\w*|doorverwijz\w*|stuurt|sturen)\b[^.;]*\bnaar\b[^.;]*$|\b(?:op|naar)\s+$",
                         re.IGNORECASE)  # "zet door naar de valpreventiecursus", "rijden … op familiebezoek"
ACTIVITIES = 3  # named at most


def activities(text: str) -> list[str]:
    """The activities a record's description names, in its order, each once: ["huisbezoeken", "wekelijkse
    ontmoetingsmiddagen"], ["een Digicafé", "de cursus Digi-Stappen"]; [] when it names none."""
    found, heads = [], set()
    for match in ACTIVITY.finditer(text or ""):
        noun = match["noun"]
        head = next(h for h in ACTIVITY_HEADS if noun.lower().endswith(h))
        compound = len(noun) - len(head) >= 3
        if not (compound or match["often"] or match["name"] or noun.lower() in ACTIVITY_WHOLE) or head[:5] in heads \
                or NOT_OFFERED.search(noun + text[match.end():match.end() + 40]) \
                or REFERRED_TO.search(text[max(0, match.start() - 120):match.start()]):
            continue
        heads.add(head[:5])  # "huisbezoek" and "huisbezoeken" once
        opening = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1:] in ".:;!?"
        article = (match["article"] or "").lower() if head in ACTIVITY_ONE else ""  # "de cursus …", not "de groepen"
        article = article or ("een " if head in ACTIVITY_ONE else "")
        words = f"{article}{(match['often'] or '').lower()}{noun.lower() if opening else noun}"
        found.append(words + (match["name"] or ""))
    return found[:ACTIVITIES]


def outreach(text: str) -> list[str]:
    """The ways of reaching people a record's text names, as the draft writes them, in the order of OUTREACH."""
    return [phrase for words, phrase in OUTREACH if words.search(text)]
