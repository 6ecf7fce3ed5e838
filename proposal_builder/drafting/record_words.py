"""Records as the proposal names them: staff's shorthand written out.

Staff keep the knowledge base in their own words: "jw ommerzijl / jongerenbus", "sinds najaar '23",
"Marrevoort + Ommerzijl", "okt '23 - dec '24". A proposal names the same work in full: "Jongerenwerk
Ommerzijl / jongerenbus", "sinds najaar 2023", "Marrevoort en Ommerzijl", "oktober 2023 – december 2024".
Only what the draft shows changes: the stored record keeps the staff's words, and every claim still
cites its ref.
"""
from __future__ import annotations

import re

from knowledge_base.abbreviations import expand

from ..tender.extraction.numbers import to_int
from . import wording

MONTHS = {"jan": "januari", "feb": "februari", "mrt": "maart", "apr": "april", "jun": "juni", "jul": "juli",
          "aug": "augustus", "sep": "september", "sept": "september", "okt": "oktober", "nov": "november",
          "dec": "december"}
# A month written short before a year: "okt '23", "sept. 2024".
SHORT_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?(?=\s+'?\d\d\b|\s+(?:19|20)\d\d\b)", re.IGNORECASE)
SHORT_YEAR = re.compile(r"(?<![\w'])'(\d\d)\b")  # "najaar '23" → "najaar 2023"
SCHOOL_YEAR = re.compile(r"(?<![\w/.,])(\d\d)/(\d\d)(?![\w/.,])")  # "schooljaar 23/24" → "2023/2024"
JOINED = re.compile(r"\s+[+&]\s+")  # "Marrevoort + Ommerzijl"
# Two groups joined by a slash or plus ("ouderen/alleenstaanden", "ouderen + alleenstaanden"), words on both sides
GROUPS_JOINED = re.compile(r"(?<=[a-zë])\s*[/+]\s*(?=[a-zë])")
# A two-digit year after a word of time ("eind 24", "najaar 22"): the year in full
WORD_YEAR = re.compile(r"\b(eind|begin|medio|voorjaar|najaar|zomer|winter|" + "|".join(MONTHS.values()) +
                       r")\s+(\d\d)\b", re.IGNORECASE)
UNTIL = re.compile(r"(?i)\bt/m\s+")  # "t/m eind 24": until and including
# A place name in a municipality field or the tender's lists: a word with a capital, joined by a hyphen or a
# space to the next ("Hessum-Aa", "Den Helder"); "Wolderdijk (+ paar in Hessum-Aa)" names two.
PLACE = re.compile(r"(?<![\w-])[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*")
SPAN = re.compile(r"\s+[-–]\s+")  # "okt '23 - dec '24": an en dash between the two ends
# What a record shows of itself in a draft, and how each field is written out.
NAMED_FIELDS = ("title", "target_group", "indicator", "unit")
GROUP_FIELDS = ("target_group", "unit")  # a group or what is counted: shorthand in the plural
# A value written in words, perhaps with its digits after it: "drieënzestig", "negenhonderdachtenzestig (968)".
VALUE_IN_WORDS = re.compile(r"^(?P<words>[a-zëé]+)(?:\s*\((?P<digits>\d{1,3}(?:\.\d{3})*|\d+)\))?$", re.IGNORECASE)


def period(text: str) -> str:
    """A period as staff write it ("sinds najaar '23", "schooljaar 23/24", "okt '23 - dec '24") with its years and
    months in full; one still running ("2021-", "2020 - heden") as "sinds 2021"; other periods unchanged."""
    text = (text or "").strip()
    text = SHORT_MONTH.sub(lambda m: MONTHS[m[1].lower()], text)
    text = SHORT_YEAR.sub(r"20\1", text)
    text = WORD_YEAR.sub(r"\1 20\2", text)
    dash = SPAN.search(text)
    if dash:  # "2020 - t/m eind 2024": a span ends where it says, its "t/m" left out
        text = text[:dash.end()] + UNTIL.sub("", text[dash.end():], count=1)
    text = UNTIL.sub("tot en met ", text)
    text = SCHOOL_YEAR.sub(lambda m: f"20{m[1]}/20{m[2]}" if int(m[2]) == (int(m[1]) + 1) % 100 else m[0], text)
    since = wording.running_since(text)
    if since.isdigit():  # "2021-", "2020 - heden": still running
        return f"sinds {since}"
    return SPAN.sub(" – ", text)


def value_in_digits(text: str) -> str:
    """A value staff wrote as a whole number in words, in digits, so the draft can count with it: "drieënzestig" →
    "63", "negenhonderdachtenzestig (968)" → "968"; anything else ("twee derde", "8 van de 10", "71%") unchanged."""
    found = VALUE_IN_WORDS.match((text or "").strip())
    number = to_int(found["words"]) if found else None
    if number is None or (found["digits"] and to_int(found["digits"]) != number):
        return text
    return str(number)


def place_names(*groups: list[str]) -> list[str]:
    """The place names in municipality fields and the tender's lists, as written with a capital."""
    names = set()
    for group in groups:
        for text in group:
            names.update(name for name in PLACE.findall(text or "") if len(name) > 2)
    return sorted(names, key=len, reverse=True)


def with_places(text: str, places: list[str]) -> str:
    """`text` with a place written in lower case ("jongerenwerk ommerzijl") given its capital."""
    for name in places:
        text = re.sub(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", name, text)
    return text


# A group written short with its place after it ("jongeren Ommerzijl", "winkelpersoneel Wolderdijk"): a noun in lower
# case right before a place name, no preposition, article or conjunction between.
LINK_WORDS = frozenset("in uit van bij rond op voor met aan naar tot de het een den en of".split())


def placed_group(group: str, places: list[str]) -> str:
    """"jongeren Ommerzijl" → "jongeren in Ommerzijl"; a group that already says where, unchanged."""
    for name in places:
        head = group[: -len(name)].rstrip() if group.endswith(name) else ""
        last = head.rsplit(" ", 1)[-1] if head else ""
        if last[:1].islower() and last.lower() not in LINK_WORDS and not last.endswith(","):
            return f"{head} in {name}"
    return group


# A name as a text writes it inside a sentence: capitalised words, perhaps joined by "de", "van", "aan" ("De Kade",
# "Respijt aan Huis"); the first word of a sentence is capitalised by grammar, so it is skipped.
NAME = re.compile(r"(?<![.!?:;]\s)(?<!^)(?<![\w'-])[A-Z][\w'-]+(?:\s+(?:(?:de|van|het|der|den|aan|in|op|voor)\s+)*[A-Z][\w'-]+)*")


def names_in(text: str) -> list[str]:
    """The names a record's own description writes with capitals ("jongerencentrum De Kade" → "De Kade"), longest
    first, so a title staff wrote in lower case ("talentlab de kade") can name them as they do."""
    found = {m.group(0) for m in NAME.finditer(" ".join((text or "").split())) if len(m.group(0)) > 2}
    return sorted(found, key=len, reverse=True)


def shown(record: dict, places: list[str]) -> dict:
    """The record as the draft names it: shorthand written out, places and months in full, names in the title
    written as its description writes them."""
    out = dict(record)
    for key in NAMED_FIELDS:
        if isinstance(out.get(key), str) and out[key]:
            out[key] = with_places(expand(out[key], keep_capitals=True, plural=key in GROUP_FIELDS, reader=True), places)
    if out.get("title"):  # "statush. lindewaerde '25" → "Statushouders Lindewaerde 2025"
        title = with_places(out["title"], names_in(str(record.get("summary") or "")))
        out["title"] = wording.capitalised(SHORT_YEAR.sub(r"20\1", title))
    if out.get("target_group"):
        group = out["target_group"]
        group = group if " en " in group else GROUPS_JOINED.sub(" en ", group, count=1)  # not "a en b en c"
        out["target_group"] = placed_group(group, places)
    if isinstance(out.get("municipality"), str):
        out["municipality"] = with_places(JOINED.sub(" en ", out["municipality"]), places)
    if isinstance(out.get("period"), str):
        out["period"] = period(out["period"])
    if isinstance(out.get("value"), str):
        out["value"] = value_in_digits(out["value"])
    return out


def shown_records(records: dict[str, dict], municipalities: list[str], area: list[str]) -> dict[str, dict]:
    """Every chosen record as the draft names it (`shown`), places known from the tender and the records."""
    places = place_names(municipalities, area, [str(r.get("municipality") or "") for r in records.values()])
    return {ref: shown(record, places) for ref, record in records.items()}
