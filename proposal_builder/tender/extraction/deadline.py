"""Find the submission deadline among the dates a tender mentions."""

import re
from dataclasses import asdict, dataclass
from datetime import date

from ..reading.blocks import HEADING, Block
from .amendments import amends, is_old_value
from .sentences import split_sentences

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WORD_DATE_RE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(20\d\d)\b", re.IGNORECASE)
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d)\b")
ISO_DATE_RE = re.compile(r"\b(20\d\d)-(\d{2})-(\d{2})\b")
TIME_RE = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*uur\b|\b(\d{1,2}):(\d{2})\b")
SUBMIT = re.compile(
    r"(?<!be)sluit|uiterlijk|deadline|uiterste|indien|ingediend|inschrijving|inschrijven|aanvraag|"
    r"aanvragen|binnen zijn|ontvangen|aanleveren|offerte|inzenden|insturen|reageren|"
    r"aanmeld|verzoek\s+tot\s+toelating",  # an Open House call admits providers who ask for it
    re.IGNORECASE,
)
# Words just before the date that closes a period: "tot en met 15 september", "uiterlijk vrijdag 5 mei".
CLOSING_RE = re.compile(
    r"\b(?:uiterlijk|vóór|voor|tot\s+en\s+met|t/m|tot|deadline|sluit\w*)\s*(?:op\s+)?(?:\w+dag\s+)?$", re.IGNORECASE
)
NOT_SUBMIT = re.compile(
    r"\bvragen|inlichtingen|gunning|gegund|start|publicatie|bezwaar|verslag|besluit|bijeenkomst|\binloop\w*|"
    r"presentatie|interview|ingangsdatum|looptijd|jaarrekening|verantwoording|beschikking|ondertekening|rapport|"
    r"\bvaststelling\b|"  # "De aanvraag tot vaststelling wordt uiterlijk 1 mei 2032 ingediend": settling a grant
    r"\blop(en|t)\s+(nog\s+)?door\b|overgang|"  # current work running on until a date is no submission
    r"\b(?:overeenkomst|contract)\w*\s+loopt\b|\bopzeg|"  # the contract's term ("De overeenkomst loopt van ... tot en met")
    r"\b(kan|kunt|mag|mogen|open(t|en)?)\s+(\w+\s+){0,2}vanaf\b(?!.*\b(tot|t/m|uiterlijk)\b)|behandel|in\s+werking|treedt|"  # windows opening
    r"\bdoorlopend\b|"  # "Aanmelden kan vanaf ... doorlopend tot en met 30 juni 2030": the end of a rolling admission
    # "Sluiting aanmelding (verzoek tot deelneming)": the selection round of a restricted procedure, before the offers
    r"\bverzoek\w*\s+tot\s+deelneming\b",
    re.IGNORECASE,
)


# Words just before a date that opens a period or sets a start: "Vanaf 4 oktober 2027 kunt u ... indienen",
# "kunnen worden ingediend vanaf", "kunt per 1 januari 2028 starten". Such a date is never the deadline.
OPENING_RE = re.compile(r"\b(?:vanaf|met\s+ingang\s+van|per)\s*(?:\w+dag\s+)?$", re.IGNORECASE)


# A rolling admission's window ("Aanbieders kunnen zich aanmelden vanaf 10 januari 2028 tot en met 31 december 2031", "De
# Open House staat open van 1 september 2027 tot 1 september 2030"): a period from one date to another of more than
# WINDOW_DAYS. Neither end is the deadline; a first date within it is ("Wie per 1 juli 2028 wil starten, zorgt ervoor dat
# zijn aanmelding uiterlijk 3 april 2028 binnen is") (CONVENTIONS.md, deadline). A submission window is weeks long.
WINDOW_DAYS = 180
WINDOW_FROM = re.compile(r"\b(?:van|vanaf)\s*(?:\w+dag\s+)?$", re.IGNORECASE)
WINDOW_TO = re.compile(r"^[^.;]{0,60}?\b(?:tot\s+en\s+met|t/m|tot)\s*(?:\w+dag\s+)?$", re.IGNORECASE)
# "Wie per 1 juli 2028 wil starten, ...", "Wilt u per 1 januari 2028 starten, dan ...", "het eerste toetredingsmoment": the
# date to be in by to take part from the start, which the writer plans against
FIRST_START = re.compile(r"\bwil\w*\s+(?:u\s+)?(?:per|op|vanaf)\s+[^,.;]{4,30}?\s+starten\b|"
                         r"\b(?:per|op|vanaf)\s+[^,.;]{4,30}?\s+wil\w*\s+starten\b|"
                         r"\beerste\s+(?:ronde|toetredingsmoment|toelatingsronde|aanmeldronde|aanmeldingsronde)\b", re.IGNORECASE)
# A later round than the first ("Daarna kunt u zich elk halfjaar aanmelden; het volgende toetredingsmoment sluit op ...")
LATER_ROUND = re.compile(r"\b(?:volgende|latere|daaropvolgende)\s+(?:ronde|toetredingsmoment|toelatingsronde|aanmeldronde|"
                         r"moment)\b|^\W*daarna\b", re.IGNORECASE)
# A date by which the tender decides ("aanmeldingen die uiterlijk op die dag binnen zijn, beoordelen wij vóór 1 april")
DECIDED_BY = re.compile(r"\b(?:beoordel\w*|beslis\w*|besluit\w*|behandel\w*)\b[^.;:]{0,25}$", re.IGNORECASE)
# The municipality deciding on or handling the applications by a date, said before it ("Het college beslist uiterlijk 15
# december op alle aanvragen"): that date is no deadline. Said after it, the date is the one to be in by ("Aanvragen die
# voor 1 juli binnen zijn, behandelen wij voor de zomer": CONVENTIONS.md, deadline).
DECIDES = re.compile(r"\b(?:beslis\w*|besluit|beoordel(?:en|t)|behandel(?:en|t))\b", re.IGNORECASE)
NO_DEADLINE = re.compile(r"\bgeen\s+(sluitingsdatum|uiterste\s+(indien)?datum|deadline)\b|\bdoorlopend\s+aanmelden\b", re.IGNORECASE)
# "Na de eerste ronde kunt u zich doorlopend aanmelden": a rolling admission after a first cut-off, which is the deadline
AFTER_FIRST_ROUND = re.compile(r"\b(?:daarna|vervolgens|na\s+(?:afloop\s+van\s+)?(?:de|het|deze)\s+eerste)\b", re.IGNORECASE)


@dataclass
class Deadline:
    """The submission deadline: ISO date, optional time, and the sentence it came from."""

    date: str
    time: str = ""
    text: str = ""

    def iso(self) -> str:
        """Date and time as one ISO string."""
        return f"{self.date}T{self.time}" if self.time else self.date

    def to_dict(self) -> dict:
        """Return the deadline as a plain dict."""
        return asdict(self)


def find_dates(text: str) -> list[tuple[int, str]]:
    """All dates in a text as (offset, ISO date)."""
    found = []
    for match in WORD_DATE_RE.finditer(text):
        found.append((match.start(), _iso(match.group(3), MONTHS[match.group(2).lower()], match.group(1))))
    for match in NUMERIC_DATE_RE.finditer(text):
        found.append((match.start(), _iso(match.group(3), match.group(2), match.group(1))))
    for match in ISO_DATE_RE.finditer(text):
        found.append((match.start(), _iso(match.group(1), match.group(2), match.group(3))))
    return sorted(d for d in found if d[1])


def _iso(year, month, day) -> str:
    year, month, day = int(year), int(month), int(day)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_time(text: str) -> str:
    """The first clock time in a text as HH:MM, or ""."""
    match = TIME_RE.search(text)
    if not match:
        return ""
    hour, minute = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{int(hour):02d}:{int(minute or 0):02d}" if int(hour) < 24 else ""


def extract_deadline(blocks: list[Block]) -> Deadline | None:
    """The date by which the proposal must be submitted, judged by the words around each date."""
    if any(NO_DEADLINE.search(s) and not AFTER_FIRST_ROUND.search(s) for block in blocks for s in split_sentences(block.text)):
        return None  # "Er is geen sluitingsdatum": providers may apply all along
    best, best_score, changed = None, 0, None
    window = window_ends(blocks)
    for block in blocks:
        if block.kind == HEADING:
            continue
        for sentence in split_sentences(block.text):
            dates = [(offset, iso) for offset, iso in find_dates(sentence)
                     if not OPENING_RE.search(sentence[max(0, offset - 25): offset]) and iso not in window]
            if not dates:
                continue
            score = len(SUBMIT.findall(sentence)) * 2 - len(NOT_SUBMIT.findall(sentence)) * 3 \
                - (3 if DECIDES.search(sentence[: dates[0][0]]) else 0)
            score += (1 if find_time(sentence) else 0) + (3 if FIRST_START.search(sentence) else 0)
            score -= 3 if LATER_ROUND.search(sentence) else 0
            if score > best_score:
                best, best_score = Deadline(_closing_date(sentence, dates), find_time(sentence), sentence), score
            new = [(offset, iso) for offset, iso in dates if not is_old_value(sentence, offset)]
            if score > 0 and new and amends(block, sentence):  # the later change wins: "verschoven naar 21 april"
                changed = Deadline(_closing_date(sentence, new), find_time(sentence), sentence)
    return changed or best


def _closing_date(sentence: str, dates: list[tuple[int, str]]) -> str:
    """Of several dates in a sentence, the one that closes the period ("van 1 juli tot en met 15 september"); a date by
    which the tender decides is none ("... binnen zijn, beoordelen wij vóór 1 april 2027")."""
    for offset, iso in dates:
        before = sentence[max(0, offset - 40): offset]
        if CLOSING_RE.search(before[-30:]) and not DECIDED_BY.search(before):
            return iso
    return next((iso for offset, iso in dates if not DECIDED_BY.search(sentence[max(0, offset - 40): offset])), dates[0][1])


def window_ends(blocks: list[Block]) -> set[str]:
    """The first and last day of every period of more than WINDOW_DAYS a sentence names ("van 1 september 2027 tot 1
    september 2030"): a rolling admission or a term, whose ends are no deadline."""
    ends: set[str] = set()
    for block in blocks:
        for sentence in split_sentences(block.text):
            dates = find_dates(sentence)
            for (start, first), (end, last) in zip(dates, dates[1:]):
                if WINDOW_FROM.search(sentence[max(0, start - 15):start]) and \
                        WINDOW_TO.search(sentence[start:end]) and \
                        (date.fromisoformat(last) - date.fromisoformat(first)).days > WINDOW_DAYS:
                    ends |= {first, last}
    return ends
