"""A project's period, place, target group and partners, read from the text that describes it."""
from __future__ import annotations

import re
from collections import Counter

from .figures import sentences
from .names import FUNCTION_WORDS
from .words import (FUNDER_CUES, NOT_PLACES, ORGANISATION_WORDS, PARTNER_CUES, PEOPLE_WORDS, PERIOD_ONGOING,
                    has_any)

YEAR = r"(20[0-4]\d|19[89]\d)"
RANGE = re.compile(rf"{YEAR}\s*(?:[-–/]|t/m|tot en met|tot)\s*{YEAR}")
ONGOING = re.compile(rf"\b(?:{'|'.join(PERIOD_ONGOING)})\s+(?:\w+\s+){{0,2}}{YEAR}|{YEAR}\s*[-–]\s*(?:heden|nu|nu toe)\b"
                     rf"|\bin\s+{YEAR}\s+(?:gestart|begonnen|opgericht|opgezet|van start gegaan)\b", re.I)
PLACE = r"([A-Z][a-zà-ÿ'’]+(?:[- ](?:aan|op|de|den|der|bij)?[- ]?[A-Z][a-zà-ÿ'’]+)*)"
PLACE_AFTER = re.compile(rf"\b(?:gemeenten?|in de gemeenten?|in|te|regio|dorp|dorpen)\s+{PLACE}"
                         rf"(?:\s*(?:,|en)\s+{PLACE})?")
STRONG_PLACE = re.compile(rf"\b[Gg]emeenten?\s+{PLACE}(?:\s*(?:,|en)\s+{PLACE})?")
GROUP = re.compile(r"(?:doelgroep(?:\s+(?:is|zijn|bestaat uit|waren))?:?|gericht op|bedoeld voor|bestemd voor|"
                   r"richt(?:te)? zich (?:op|tot)|is er voor|voor)\s+([^.;:()]{3,90})", re.I)
GROUP_END = re.compile(r"\s+(?:die|om|zodat|waardoor|in de wijk|in|uit|met|door|bij|tot en met|waarbij|en die)\s|,")


def period(text: str, year: int | None = None) -> str:
    """'2021-2023', '2019-heden' or '' from the first period the text names."""
    ranges = RANGE.search(text)
    ongoing = ONGOING.search(text)
    if ranges and (not ongoing or ranges.start() < ongoing.start()):
        return f"{ranges.group(1)}-{ranges.group(2)}"
    if ongoing:
        return f"{next(year for year in ongoing.groups() if year)}-heden"
    return ""


def places(text: str, known_names: list[str]) -> Counter:
    """Place names the text puts after 'gemeente', 'in' or 'te', with how often (after 'gemeente' counts thrice)."""
    counts: Counter = Counter()
    banned = {n.lower() for n in known_names}
    for pattern, weight in ((PLACE_AFTER, 1), (STRONG_PLACE, 2)):
        for match in pattern.finditer(text):
            for name in filter(None, match.groups()):
                if _is_place(name, banned):
                    counts[name] += weight
    return counts


def _is_place(name: str, banned: set[str]) -> bool:
    lowered = name.lower()
    first = lowered.split()[0]
    return (lowered not in NOT_PLACES and first not in NOT_PLACES and first not in FUNCTION_WORDS
            and lowered not in banned and not any(lowered in b for b in banned)
            and not has_any(lowered, ORGANISATION_WORDS))


def municipality(text: str, known_names: list[str], lexicon: Counter) -> str:
    """The place the text names most, counting only names the whole document uses as places."""
    counts = places(text, known_names)
    ranked = [name for name, _ in counts.most_common() if lexicon.get(name, 0) >= 1]
    if not ranked:
        return ""
    pair = re.search(rf"\b(?:gemeenten|in)\s+{re.escape(ranked[0])}\s*(?:,|en)\s+{PLACE}", text)
    if pair and pair.group(1) in counts:
        return f"{ranked[0]} en {pair.group(1)}"
    return ranked[0]


def target_group(text: str) -> str:
    """The group the text says the work is for ('' when it does not say)."""
    for match in GROUP.finditer(text):
        phrase = GROUP_END.split(match.group(1) + " ")[0].strip()
        words = phrase.split()
        if words and has_any(phrase.lower(), PEOPLE_WORDS) and len(words) <= 10:
            return phrase
    return ""


def partners(text: str, extra_names: list[str] = ()) -> list[str]:
    """Organisations the text says the work is done with (funders left out)."""
    found: list[str] = []
    for sentence in sentences(text):
        lowered = sentence.lower()
        cue = next((c for c in PARTNER_CUES if c in lowered), None)
        if cue is None or cue in ("met steun van",):
            continue
        part = sentence[lowered.index(cue) + len(cue):]
        part = re.split(r"\b(?:" + "|".join(re.escape(c) for c in FUNDER_CUES) + r")", part, flags=re.I)[0]
        found += organisations(part)
    for name in extra_names:
        found += organisations(name)
    return _unique(found)


def organisations(text: str) -> list[str]:
    """The organisation names in a list such as 'de GGD, Bibliotheek Zaanstad en huisartsen uit de wijk'."""
    text = re.sub(r"\b(?:onder (?:meer|andere)|o\.a\.|zoals|onder wie|waaronder|namelijk)\b", ",", text)
    text = re.sub(r"^[\s:]*(?:zijn|waren|is|was|:)?\s*", "", text)
    items = re.split(r",\s*|;\s*|\s+en\s+|\s+&\s+|\s*\n\s*|\s+•\s+", text.strip(" .:"))
    out = []
    for item in items:
        item = re.sub(r"^(?:de|het|een|met|onze|ook|en|alle)\s+", "", item.strip(" .:•-"), flags=re.I)
        item = re.split(r"\s+(?:die|dat|om|voor|waarmee|wat|zodat|in de wijk)\s+", item)[0].strip(" .")
        if 2 <= len(item) <= 70 and len(item.split()) <= 7 and _organisation(item):
            out.append(item[:1].upper() + item[1:] if item[:1].islower() and has_any(item, ("ggd",)) else item)
    return out


def _organisation(item: str) -> bool:
    lowered = item.lower()
    if has_any(lowered, ("fonds", "gemeente", "provincie", "ministerie")) or has_any(lowered, FUNDER_CUES):
        return False
    return item[:1].isupper() or has_any(lowered, ORGANISATION_WORDS) or bool(re.search(r"[A-Z]{2,}", item))


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out
