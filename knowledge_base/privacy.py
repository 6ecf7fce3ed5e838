"""Warn when a client story seems to contain personal data (AVG); a heuristic, never a guarantee."""
from __future__ import annotations

import re
from datetime import date

# Common first names in the Netherlands (Dutch and migrant backgrounds). A capitalised
# word after one of these is read as a surname; without the list "Huis van de Wijk"
# or "Gemeente Zaanstad" would look like names too.
FIRST_NAMES = set("""
aad adam ahmed aisha ali amina anna anne annemarie anton astrid ayse bart bas bea ben bram
carla caroline cees chantal chris claudia corrie daan david dennis dirk edith els emma erik
esther eva evert fatima fatma femke frank frans fred gerard gerrit gert hans hanneke harm
hassan hatice hendrik henk herman hilde hugo ibrahim ilse ineke ingrid jacqueline jan jannie
jasper jeroen jesse johan johanna john joke joost jos jose julia karin kees kevin khadija klaas
koen lars laura lieke linda lisa luuk maarten manon marc marco marian marieke marije mark
marloes martijn martin maria marjolein mehmet melissa michel mila mohamed mohammed monique
mustafa nadia naima niels nina noah noor olga paul peter petra piet pieter priya rachid rob
robert roel rosa ruben ruud saskia sander sanne sara sem sevda sophie stefan stijn susan tessa
theo thijs thomas tim tineke tom ton truus wendy willem wim yasmina youssef yvonne zeynep
""".split())
TUSSENVOEGSELS = (r"(?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Hh]et|[Tt]en|[Tt]er|[Tt]e|[Oo]p|[Ii]n|'t"
                  r"|[Ee]l|[Aa]l)\s+){0,3}")
SURNAME = r"[A-Z][a-zà-ÿ'\-]+(?:-[A-Z][a-zà-ÿ'\-]+)?"
TITLES = r"(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Mm]ijnheer|[Dd]hr\.|[Dd]e heer)"

_TITLED_NAME = re.compile(rf"\b{TITLES}\s+{TUSSENVOEGSELS}{SURNAME}")
_CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿ]+\b")
_SURNAME_AFTER = re.compile(rf"\s+{TUSSENVOEGSELS}{SURNAME}")
_STREET = re.compile(
    r"\b[A-Z][a-zà-ÿ\-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|pad|steeg"
    r"|markt|park|plantsoen|baan|wal|erf|veld|hoek|zijde)\s+\d{1,4}\s?[a-zA-Z]?\b")
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
_NINE_DIGITS = re.compile(r"(?<![\d.\-])\d(?:[ .]?\d){8}(?![\d\-])")
_PHONE = re.compile(r"(?<![\d+])(?:\+31|0031|0)[\s\-]?(?:\(0\)[\s\-]?)?[1-9](?:[\s\-]?\d){8}(?!\d)")
# Bounded parts and a start where no address character precedes: linear on a long run of letters
# (the unbounded pattern made a 100 KB story take 45 s).
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}\b")
_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
           "|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATE = rf"\b\d{{1,2}}(?:[\-/.]\d{{1,2}}[\-/.]|\s+(?:{_MONTHS})\.?\s+)((?:19|20)\d{{2}})\b"
_FULL_DATE = re.compile(_DATE, re.IGNORECASE)
_BIRTH = re.compile(rf"\b(?:geboren|geb\.|geboortedatum|geboortejaar)\s*(?:op|in|:)?\s*"
                    rf"(?:{_DATE}|(?:19|20)\d{{2}}\b)", re.IGNORECASE)
# A full date this many years back or more is more likely a birthday than an event.
ADULTHOOD_YEARS = 12


def passes_eleven_test(digits: str) -> bool:
    """Whether nine digits pass the BSN 11-proef."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def _overlaps(match: re.Match, others: list[re.Match]) -> bool:
    return any(match.start() < o.end() and o.start() < match.end() for o in others)


def _names(text: str) -> list[str]:
    found = [m.group(0) for m in _TITLED_NAME.finditer(text)]
    for first in _CAPITALISED.finditer(text):
        rest = _SURNAME_AFTER.match(text, first.end())
        if first.group(0).lower() in FIRST_NAMES and rest:
            found.append(first.group(0) + rest.group(0))
    return found


def _bsns(text: str) -> list[str]:
    phones = list(_PHONE.finditer(text))
    return [m.group(0) for m in _NINE_DIGITS.finditer(text)
            if passes_eleven_test(re.sub(r"\D", "", m.group(0))) and not _overlaps(m, phones)]


def _birth_dates(text: str) -> list[str]:
    stated = list(_BIRTH.finditer(text))
    latest = date.today().year - ADULTHOOD_YEARS
    dated = [m for m in _FULL_DATE.finditer(text)
             if int(m.group(1)) <= latest and not _overlaps(m, stated)]
    return [m.group(0) for m in stated + dated]


_CHECKS = [
    (_names, "Mogelijk een volledige naam: '{}'. Gebruik een voorletter of een gefingeerde naam."),
    (lambda t: _STREET.findall(t), "Mogelijk een adres: '{}'. Noem hooguit de wijk."),
    (lambda t: _POSTCODE.findall(t), "Mogelijk een postcode: '{}'."),
    (_bsns, "Mogelijk een BSN: '{}'. Een burgerservicenummer hoort nooit in een verhaal."),
    (lambda t: _PHONE.findall(t), "Mogelijk een telefoonnummer: '{}'."),
    (_birth_dates, "Mogelijk een geboortedatum: '{}'. Noem hooguit de leeftijd."),
    (lambda t: _EMAIL.findall(t), "Mogelijk een e-mailadres: '{}'."),
]


def story_warnings(text: str) -> list[str]:
    """Dutch warnings for what looks like a name, address, BSN, phone number, birth date or e-mail."""
    warnings: list[str] = []
    for find, message in _CHECKS:
        for match in find(text or ""):
            warning = message.format(match.strip())
            if warning not in warnings:
                warnings.append(warning)
    return warnings


def record_warnings(record: dict) -> list[str]:
    """The warnings for a record's stories: a result's story and a project's inline results."""
    stories = [record.get("story", "")] + [item.get("story", "") for item in record.get("results", [])]
    warnings: list[str] = []
    for story in stories:
        warnings += [w for w in story_warnings(story) if w not in warnings]
    return warnings
