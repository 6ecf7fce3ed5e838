"""The municipality or municipalities a tender is for: one, a joint call, or a region with a lead."""

import re
from collections import Counter

from ..reading.blocks import Block
from .sentences import split_sentences

# Words that start a two-word municipality name ("Oude IJsselstreek", "West Betuwe").
_PREFIX = r"(?:(?:Oude|Nieuwe?|West|Oost|Noord|Zuid|Midden|Hollands|Stichtse|Gooise|Sint|Land|Berg) )?"
NAME = (r"(?:'s-|De |Den |Het |Ter |Ten )?" + _PREFIX + r"[A-Z][\w'-]+(?:[ -](?:aan|op|van|in|bij) (?:den |de |het )?[A-Z][\w'-]+)?")
SINGLE = re.compile(rf"\b(?:[Gg]emeente|[Cc]entrumgemeente|[Pp]envoerder,? (?:de )?gemeente) ({NAME})")
# "gemeenten Kempenhorst, Ellestein en Gansveld"; "de gemeenten A en B"
JOINT = re.compile(rf"\b[Gg]emeenten?:? ((?:{NAME}, )*{NAME},? (?:en|&) {NAME})")
# "de gemeente Hemmerden en de gemeente Stokwoude": two named one by one, together
PAIR = re.compile(rf"\b[Gg]emeente ({NAME}) en (?:de )?[Gg]emeente ({NAME})")
# "Samenwerkende gemeenten: A, B en C" as a list under a lead-in
# ... or "Voor perceel 1 treedt de gemeente Varsenburg op namens de volgende gemeenten:"
LEAD_IN = re.compile(r"\b(deelnemende|samenwerkende|betrokken|opdrachtgevende|volgende)\s+gemeenten\b.*:$", re.IGNORECASE)
# A municipality said to take no part: "De gemeente X neemt niet deel".
NOT_PARTY = re.compile(r"\b(niet\s+(deel|mee)|neemt\s+geen\s+deel|maakt\s+geen\s+deel|geen\s+(partij|deelnemer|onderdeel|deel\s+van)|buiten\s+de(ze)?\s+"
                       r"(aanbesteding|procedure|regeling|opdracht|uitvraag)|valt\s+niet)", re.IGNORECASE)
# Places inside one municipality: "Een van de vier kernen van de gemeente: Boekelwaarde, Achter-Lierop en Molenveste"
PARTS_OF_ONE = re.compile(r"\b(?:kernen|dorpen|wijken|buurten|woonkernen|stadsdelen)\s+van\s+de\s+gemeente\b", re.IGNORECASE)
# A sentence naming the lead of a joint tender: "De gemeente X treedt op als penvoerder".
LEAD = re.compile(r"\b(penvoerder|centrumgemeente|namens|gastgemeente|opdrachtgever\s+is)\b", re.IGNORECASE)
NOT_A_NAME = {"De", "Den", "Het", "Een", "In", "Op", "Voor", "Wil", "Zal", "U", "Wij", "We", "Deze", "Die", "Dit"}
# Where no "gemeente X" is written, the place the tender speaks of as its own: "inwoners van X", a sentence opening
# "In X ..." and the buyer's mail or web address ("inkoop@x.nl"); each sign a point, an address two.
RESIDENTS = re.compile(rf"\binwoners\s+van\s+({NAME})")
OPENING_PLACE = re.compile(rf"^In ({NAME})\s+[a-z]")
ADDRESS = re.compile(r"(?:@|\bwww\.)(?:[a-z-]+\.)?([a-z][a-z-]{2,})\.nl\b")
IMPLIED_POINTS = 2  # points a place needs to count as the buyer
PASSING = 3  # times more often a tender names its own place than municipalities it names in passing
HEAD = 12  # the blocks at the top that name the buyer (title page, letterhead)


def extract_municipalities(blocks: list[Block]) -> list[str]:
    """The municipalities the tender is for: a joint list when one is named, else the most named one."""
    joint, single, leads, excluded = [], Counter(), [], set()
    for block in blocks:
        for sentence in split_sentences(block.text):
            if NOT_PARTY.search(sentence):
                names = _names(sentence)
                excluded |= set(names[-1:])
                continue
            together = [name for match in JOINT.finditer(sentence) for name in _split(match.group(1))
                        if not PARTS_OF_ONE.search(sentence)] + \
                [name for match in PAIR.finditer(sentence) for name in match.groups() if name not in NOT_A_NAME]
            alone = [m.group(1) for m in SINGLE.finditer(sentence) if m.group(1) not in NOT_A_NAME]
            # "gemeente Lindemeer, mede namens de gemeente Sliedelo": a lead naming two by name names them together
            together += alone if not together and LEAD.search(sentence) and len(set(alone)) >= 2 else []
            joint += together
            single.update(alone)
            leads += alone if together or LEAD.search(sentence) else []
    joint += _listed(blocks)
    return _passing(_choose(joint, single, leads, excluded), blocks) or _implied(blocks)


def _passing(names: list[str], blocks: list[Block]) -> list[str]:
    """No municipalities when each is named only in passing ("de regio, waarvan ook de gemeenten Tessel en Haarloo deel
    uitmaken") and the tender speaks of another place as its own far more often (_implied): the names found else."""
    if len(names) < 2:
        return names
    text = " ".join(block.text for block in blocks)
    def mentions(name: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    own = _implied(blocks)
    passing = own and own[0] not in names and mentions(own[0]) >= PASSING * max(mentions(name) for name in names)
    return [] if passing else names


def _implied(blocks: list[Block]) -> list[str]:
    """The place a tender that names no "gemeente" speaks of as its own, when the signs point at one (IMPLIED_POINTS)."""
    points: Counter = Counter()
    words: dict[str, str] = {}
    for block in blocks:
        for sentence in split_sentences(block.text):
            found = [m.group(1) for m in RESIDENTS.finditer(sentence)] + [m.group(1) for m in OPENING_PLACE.finditer(sentence)]
            points.update(name for name in found if name not in NOT_A_NAME)
            words.update((word.lower(), word) for word in re.findall(r"\b[A-Z][a-z]+\b", sentence))
            points.update({words[a]: 2 for a in ADDRESS.findall(sentence.lower()) if a in words})
    best = points.most_common(1)
    return [best[0][0]] if best and best[0][1] >= IMPLIED_POINTS else []


def _names(sentence: str) -> list[str]:
    return [m.group(1) for m in SINGLE.finditer(sentence)] + [n for m in JOINT.finditer(sentence) for n in _split(m.group(1))]


def _split(text: str) -> list[str]:
    return [name.strip() for name in re.split(r",\s*|\s+(?:en|&)\s+", text) if name.strip() not in NOT_A_NAME]


def _listed(blocks: list[Block]) -> list[str]:
    """Names in the list items under a lead-in such as "Deelnemende gemeenten:"."""
    names, lead = [], False
    for block in blocks:
        item = re.fullmatch(rf"(?:[Gg]emeente\s+)?({NAME})[.;,]?", block.text.strip())  # "gemeente Oosterdiep" or the name
        if block.kind == "list_item" and lead and item:
            names.append(item.group(1))
        elif block.kind != "list_item":
            lead = bool(LEAD_IN.search(block.text))
    return names


def _choose(joint: list[str], single: Counter, leads: list[str], excluded: set[str]) -> list[str]:
    """The lead and the joint partners; without a joint list the most named municipality."""
    if joint:
        joint = list(dict.fromkeys(joint))
        return [name for name in dict.fromkeys([*(n for n in leads if n not in joint), *joint]) if name not in excluded]
    named = [(name, n) for name, n in single.most_common() if name not in excluded]
    return [named[0][0]] if named else []


def display_name(names: list[str]) -> str:
    """The municipalities as one line: "Kempenhorst, Ellestein en Gansveld" or the one name."""
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " en " + names[-1]
