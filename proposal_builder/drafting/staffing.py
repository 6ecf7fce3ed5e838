"""Who does the work, how often, and who brings people in, as a project's own description states it.

Records keep no fields for staff or frequency, but their descriptions name them in a few recurring shapes,
whoever wrote them: "vier jongerenwerkers (samen 3,2 fte)", "Ruim veertig vrijwilligers en een coördinator",
"Een coordinator (0,8 fte)", "twee mantelzorgconsulenten"; "vijf avonden per week", "elke schooldag",
"wekelijks". The draft composes its own sentence from these phrases
(wording.py), never the record's sentence, so a plan says by whom and how often without a place to fill.
"""
from __future__ import annotations

import re

from knowledge_base.abbreviations import expand

COUNT_WORDS = (r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|"
               r"dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|\w+(?:en|ën)twintig|\w+(?:en|ën)dertig)")
# A role in welfare work, by how its noun ends: "-werker(s)", "-coach(es)", "-consulent(en)", "vrijwilliger(s)".
ROLE = (r"[\w-]*(?:werkers?|werksters?|coach(?:es)?|consulent(?:en)?|vrijwilligers?|co[öo]rdinatoren|co[öo]rdinators?|"
        r"medewerkers?|adviseurs?|generalisten?|[\w-]*ondersteuners?|pedagogen|pedagoog|verpleegkundigen?|maatjes|bemiddelaars?|begeleiders?|"
        r"hulpverleners?|ervaringsdeskundigen|raadslieden|raads(?:man|vrouw))")
ADJECTIVE = r"(?:(?:getrainde|vaste|ervaren|betaalde|eigen|vrijwillige|sociaal|schoolmaatschappelijk|maatschappelijk)\s+)?"
# The effort a role takes, as staff write it after the role: "(samen 3,2 fte)", "(24u)", "(16 u/wk)", "16 u/w", "(2 dagen
# per week)", "(twee dagdelen per week)", or without brackets "coördinator 0,4 fte", "coördinator 20 u"; hours are per
# week. Opening hours ("ma t/m vr 10-16u") follow no role, so they are never read as effort.
HOURS = r"\d+(?:,\d+)?\s*(?:uur|u)(?:\s*(?:/\s*wk|/\s*week|/\s*w|p/?w|p\.w\.|per\s+week))?(?![\w/-])"
FTE_ONLY = r"\d+(?:,\d+)?\s*fte\b"
DAYS = (r"(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+(?:dag(?:en)?|dagde(?:e)?l(?:en)?)\s+"
        r"(?:per|in\s+de|p/)\s*w(?:ee)?k\b")
EFFORT_WORDS = rf"(?:{FTE_ONLY}|{HOURS}|{DAYS})"
# after the role, perhaps with what it works on between: "twee consulenten geldzaken (1,6 fte)"
IN_BRACKETS = rf"(?:\s+[^\W\d_][\w-]{{2,}})?\s*\((?:samen\s+|totaal\s+)?{EFFORT_WORDS}\)"
FTE = rf"(?:{IN_BRACKETS}|\s+(?:{FTE_ONLY}|{HOURS}))?"
# a count, never the end of a year ("sinds '24 dorpshuiscoach") or of another number
COUNT_START = r"(?<![\w'’.,])"
# "vier jongerenwerkers (samen 3,2 fte)", "ruim veertig vrijwilligers", "dertig tot veertig getrainde maatjes", "±25 vw"
COUNTED = (rf"{COUNT_START}(?:ruim\s+|circa\s+|ongeveer\s+|zo'n\s+|±\s*)?{COUNT_WORDS}(?:\s+tot\s+{COUNT_WORDS})?\s+"
           rf"{ADJECTIVE}{ROLE}\b{FTE}")
# one person: "een coördinator (0,8 fte)" anywhere; "Een jongerenwerker …" only opening a sentence, since "met een
# vrijwilliger" inside a sentence says how the work is done, not who is deployed
ONE = rf"(?:\b(?:[eé]e?n|de|onze)\s+{ADJECTIVE}{ROLE}\b\s*\((?:samen\s+|totaal\s+)?{EFFORT_WORDS}\))"
# a role with its effort opening a note without an article: "coördinator 20 u", "coördinator 0,4 fte"
BARE = rf"(?:(?<=^)|(?<=[.!?;:]\s))(?:{ROLE})\b(?:\s*\({EFFORT_WORDS}\)|\s+(?:{FTE_ONLY}|{HOURS}))"
# a role with its effort in brackets, wherever it stands: "sinds '24 dorpshuiscoach (0,6 fte) voor de dorpshuizen"
BRACKETED = rf"(?<![\w-]){ROLE}\b\s*\((?:samen\s+|totaal\s+)?{EFFORT_WORDS}\)"
ONE_OPENING = rf"(?:(?<=^)|(?<=[.!?]\s))(?:Een|Eén)\s+{ADJECTIVE}{ROLE}\b{FTE}"
# what joins the next role: "en", or a comma in a note ("24 vw, coördinator 0,4 fte")
NEXT = (rf"(?:\s+en\s+|,\s+)(?:{COUNTED}|[eé]e?n\s+{ADJECTIVE}{ROLE}\b{FTE}|"
        rf"{ROLE}\b(?:\s*\({EFFORT_WORDS}\)|\s+(?:{FTE_ONLY}|{HOURS})))")
STAFF = re.compile(rf"(?:{COUNTED}|{ONE}|{ONE_OPENING}|{BARE}|{BRACKETED})(?:{NEXT})*", re.IGNORECASE)
# A count of staff inside a sentence about a past year ("In 2023 ondersteunden 52 vrijwilligers 64 gezinnen") is
# what was reached then, not whom we deploy: a sentence opening on a year is left out.
PAST_YEAR = re.compile(r"^(?:In|Tot)\s+(?:19|20)\d\d\b")
# per week or month only: "twee keer per jaar" and "vier groepen per jaar" tend to count events (a podium night, a
# course), not how often the work itself is there
TIME_UNIT = r"(?:week|maand)"
OFTEN = re.compile(
    rf"\b(?:{COUNT_WORDS}|een|één)(?:\s+tot\s+{COUNT_WORDS})?\s+[\w-]+\s+per\s+{TIME_UNIT}\b"  # "vijf avonden per week"
    rf"|\beens\s+per\s+{TIME_UNIT}\b"
    r"|\belke\s+(?:twee\s+weken|week|maand|werkdag|schooldag|zomer|(?:maan|dins|woens|donder|vrij|zater|zon)dag"
    r"(?:avond|ochtend|middag)?)\b"
    r"|\b(?:wekelijks|maandelijks|dagelijks)\b", re.IGNORECASE)
JOINED_SHORT = re.compile(r"\+")
SENTENCES = re.compile(r"(?<=[.!?])\s+")


def _sentences(record: dict) -> list[str]:
    text = expand(" ".join(str(record.get("summary") or "").split()), keep_capitals=True, reader=True)
    return [s for s in SENTENCES.split(text) if s and not PAST_YEAR.match(s)]


def staff(record: dict) -> str:
    """Who does the work, as the description counts them: "vier jongerenwerkers (samen 3,2 fte)", "ruim veertig
    vrijwilligers en een coördinator"; "" when it names no count of people at work."""
    found: list[str] = []
    for sentence in _sentences(record):
        phrases = [_join([_written(part) for part in PARTS.split(" ".join(match.group(0).split()))])
                   for match in STAFF.finditer(sentence) if not JOINED_SHORT.search(
                       sentence[max(0, match.start() - 3):match.start()] + sentence[match.end():match.end() + 3])]
        # "1 jongerenwerk + 1 vrijwilliger": a shorthand list the phrase is only part of, left out above
        present = _present(sentence)
        if present and len(phrases) <= 1:  # one person of ours, there so many dagdelen a week
            person = phrases[0] if phrases else _person(sentence)
            phrases = [f"{person} ({present})"] if person and _one_unpaid_effort(person) else phrases
        for phrase in phrases:
            if phrase.lower() not in (f.lower() for f in found):
                found.append(phrase[:1].lower() + phrase[1:])
    return _join(found[:2])


PARTS = re.compile(r"\s+en\s+(?![^()]*\))|,\s+(?![^()]*\))")  # the roles of one phrase, not a "(samen …)" inside
# When one person of ours is there, as staff write it in a sentence about the work: "onze welzijnscoach, die twee
# ochtenden per week in het centrum spreekuur houdt", "Een buurtwerker is er drie middagen per week": that is the
# effort the record gives for that person (a morning, an afternoon or an evening a dagdeel, half a working day). Only
# one person in the sentence, named before the count per week and close to it; "elke twee weken", "2 of 3 ochtenden",
# a place open so many mornings before the person is named ("2 of 3 ochtenden per week open, … met 1 opbouwwerker op
# de achtergrond") or two people sharing a spreekuur say no effort.
PRESENCE_WORDS = 8  # words at most between the person and the count
PRESENT = re.compile(rf"(?<![\w-])(?<!\bof\s)(?<!\btot\s)(?<!-)(?P<count>\d|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+"
                     rf"(?P<unit>dagdel(?:en)?|dagdeel|ochtend(?:en)?|middag(?:en)?|avond(?:en)?|dag(?:en)?)\s+per\s+week\b",
                     re.IGNORECASE)
PERSON = re.compile(rf"(?<![\w-])(?:[eé]e?n|één|onze|de|1)\s+{ADJECTIVE}(?P<role>{ROLE})\b(?!\s*\()", re.IGNORECASE)


def _present(sentence: str) -> str:
    """"twee dagdelen per week" from the one count per week the sentence gives after the one person it names, ""
    when it gives none or several, or the count comes first or far from the person."""
    found = list(PRESENT.finditer(sentence))
    people = list(re.finditer(rf"(?<![\w-]){ROLE}\b", sentence, re.IGNORECASE))
    if len(found) != 1 or len(people) != 1 or people[0].end() > found[0].start() \
            or len(sentence[people[0].end():found[0].start()].split()) > PRESENCE_WORDS:
        return ""
    count, unit = found[0]["count"], found[0]["unit"]
    count = "één" if count.lower() in ("een", "één", "1") else count.lower()
    whole_days = unit.lower().startswith("dag") and not unit.lower().startswith("dagde")
    single = count == "één"
    return f"{count} {('dag' if single else 'dagen') if whole_days else ('dagdeel' if single else 'dagdelen')} per week"


def _person(sentence: str) -> str:
    """"een welzijnscoach": the one person of ours a sentence names (not a volunteer), "" for none or several."""
    people = [m for m in PERSON.finditer(sentence) if not VOLUNTARY.search(m["role"])]
    if len(people) != 1 or len(list(re.finditer(rf"(?<![\w-]){ROLE}\b", sentence, re.IGNORECASE))) != 1:
        return ""
    role = people[0]["role"].lower()
    return "" if re.search(r"(?:s|en)$", role) else f"een {role}"


def _one_unpaid_effort(phrase: str) -> bool:
    """A phrase of one person of ours without an effort given: "een welzijnscoach", "één opbouwwerker"."""
    return bool(re.fullmatch(rf"(?:een|één|eén)\s+{ADJECTIVE}{ROLE}", phrase, re.IGNORECASE)) and not VOLUNTARY.search(phrase)


EFFORT = re.compile(rf"\s*\((?P<together>(?:samen|totaal)\s+)?(?P<inner>{EFFORT_WORDS})\)|\s+(?P<bare>{FTE_ONLY}|{HOURS})",
                    re.IGNORECASE)
NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
                "negen": 9}


def _written(phrase: str) -> str:
    """A staff phrase as the draft writes it: "1 begeleider (24u)" → "één begeleider (24 uur per week)", "coördinator
    20 u" → "een coördinator (20 uur per week)", "De coördinator (0,5 fte)" → "een coördinator (0,5 fte)"."""
    phrase = re.sub(r"^(?:de|onze)\s", "een ", phrase, flags=re.IGNORECASE)  # the one the project has: one we deploy
    parts, last = [], 0
    for found in EFFORT.finditer(phrase):
        head = phrase[last:found.start()]
        parts.append(_plural(head) + f" ({'samen ' if found['together'] else ''}{_effort(found['inner'] or found['bare'])})")
        last = found.end()
    text = "".join(parts) + (_plural(phrase[last:]) if phrase[last:] else "")
    text = re.sub(r"^1\s", "één ", text)  # "1 opbouwwerker": één
    text = re.sub(r"^±\s*", "ongeveer ", text)  # "±25 vrijwilligers"
    if re.match(rf"(?i){COUNT_WORDS}\b|(?:een|één|eén)\b|ruim|circa|ongeveer|zo'n", text):
        return text
    # a role without a count: one person ("een dorpshuiscoach (0,6 fte)"), a plural as it is ("coaches (samen …)")
    return text if re.match(r"\S+(?:s|en)\b", text) else f"een {text}"


def _effort(words: str) -> str:
    """"24u", "16 u/wk" → "24 uur per week"; "0,8 fte" and "2 dagen per week" as they are."""
    words = " ".join(words.split())
    hours = re.fullmatch(r"(\d+(?:,\d+)?)\s*(?:uur|u)\b.*", words, re.IGNORECASE)
    if hours:
        return f"{hours[1]} uur per week"
    days = re.fullmatch(r"(\S+)\s+dag(?:en)?\b.*", words, re.IGNORECASE)
    if days:
        count = days[1].lower()
        return "één dag per week" if count in ("een", "één", "1") else f"{count} dagen per week"
    parts = re.fullmatch(r"(\S+)\s+dagde(?:e)?l(?:en)?\b.*", words, re.IGNORECASE)
    if parts:
        count = parts[1].lower()
        return "één dagdeel per week" if count in ("een", "één", "1") else f"{count} dagdelen per week"
    return re.sub(r"(\d)\s*fte", r"\1 fte", words, flags=re.IGNORECASE)


# The fte an effort counts: "0,8 fte"; hours per week over the organisation's full week; days over a five-day week,
# a dagdeel (a morning, an afternoon) half a day.
EFFORT_FTE = re.compile(r"\((?:samen\s+)?(?:(?P<fte>\d+(?:,\d+)?) fte|(?P<hours>\d+(?:,\d+)?) uur per week|"
                        r"(?P<days>\S+) (?P<unit>dagen?|dagdelen|dagdeel) per week)\)")
HOURS_GIVEN = re.compile(r"(?<=\()(?:samen\s+)?\d+(?:,\d+)? uur per week(?=\))")
VOLUNTARY = re.compile(r"vrijwillig|maatje", re.IGNORECASE)
WORK_DAYS = 5
DAY_PARTS = 2  # a dagdeel is half a working day


def fte(phrase: str, full_week: float | None) -> float | None:
    """The fte a staff phrase deploys, when it gives the effort of everyone paid: "een coördinator (0,8 fte) en ruim
    veertig vrijwilligers" → 0.8, "één begeleider (24 uur per week)" with a full week of 36 hours → 0.67 (rounded to
    hundredths, so the sum shown adds up), "twee dagen per week" → 0.4; None when a paid role has no effort given
    ("twee jongerenwerkers") or hours are given without the full week to count them against."""
    total, counted, unknown = 0.0, False, False
    for part in PARTS.split(phrase or ""):
        found = EFFORT_FTE.search(part)
        if not found:
            unknown = unknown or not VOLUNTARY.search(part)
            continue
        unknown = unknown and not found[0].startswith("(samen")  # "a en b (samen 1,0 fte)": both counted
        if found["fte"]:
            total += float(found["fte"].replace(",", "."))
        elif found["hours"] and full_week:
            total += float(found["hours"].replace(",", ".")) / full_week
        elif found["days"]:
            days = NUMBER_WORDS.get(found["days"].lower()) or (int(found["days"]) if found["days"].isdigit() else 0)
            if not days:
                return None
            total += days / WORK_DAYS / (DAY_PARTS if found["unit"].startswith("dagde") else 1)
        else:
            return None
        counted = True
    return round(total, 2) if counted and not unknown else None


# A count of volunteers, also in a sentence about a past year ("In 2024 zorgden 62 vrijwilligers …"): in a chapter on
# volunteers that is what the work took.
VOLUNTEERS = re.compile(rf"(?:ruim\s+|circa\s+|ongeveer\s+|zo'n\s+)?{COUNT_WORDS}(?:\s+tot\s+{COUNT_WORDS})?\s+"
                        rf"{ADJECTIVE}(?:vrijwilligers|maatjes|vrijwillige\s+[\w-]+(?:ers|s))\b", re.IGNORECASE)


def volunteers(record: dict) -> str:
    """How many volunteers a record's description counts: "62 vrijwilligers", "dertig getrainde vrijwilligers"; the
    first such count, "" when it names none."""
    text = expand(" ".join(str(record.get("summary") or "").split()), keep_capitals=True, reader=True)
    found = VOLUNTEERS.search(text)
    return found.group(0)[:1].lower() + found.group(0)[1:] if found else ""


def often(record: dict) -> str:
    """How often the work takes place, as the description says: "vijf avonden per week", "elke schooldag",
    "wekelijks"; the first such phrase, "" when there is none."""
    for sentence in _sentences(record):
        match = OFTEN.search(sentence)
        if match:
            phrase = match.group(0).lower()
            return re.sub(r"^(wekelijks|maandelijks|dagelijks)e$", r"\1", phrase)
    return ""


def _plural(phrase: str) -> str:
    """"46 vrijwilliger" (shorthand written out in the singular) → "46 vrijwilligers"; "1 sociaal werker" stays one."""
    return re.sub(rf"^((?:(?:ruim|circa|ongeveer|zo'n)\s+|±\s*)?(?!1\b|[eé]e?n\b){COUNT_WORDS}\s+(?:\w+\s+)?[\w-]*er)$",
                  r"\1s", phrase, flags=re.IGNORECASE)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else " en ".join(items) if items else ""


# Who refers people to the work: "Gezinnen worden aangemeld door het consultatiebureau, ...", "Verloskundigen, huisartsen
# en de jeugdgezondheidszorg melden aan", "Mantelzorgers komen bij ons binnen via de huisarts, ...", "De
# dorpsondersteuners ... verwijzen door".
OBJECT = r"(?:(?!(?:zij|wij|ze|we|hij)\b)\w+\s+)?"  # "melden gezinnen aan"; "verwijzen zij door" is said by us
REFERRED = (re.compile(r"\b(?:worden|wordt|zijn)\s+(?:\w+\s+)?aangemeld\s+door\s+(?P<who>.+)$", re.IGNORECASE),
            re.compile(r"\bkomen\s+(?:bij\s+ons\s+)?binnen\s+via\s+(?P<who>.+)$", re.IGNORECASE),
            re.compile(rf"^(?P<who>.+?)\s+(?:melden|meldt)\s+{OBJECT}aan$", re.IGNORECASE),
            re.compile(rf"^(?P<who>.+?)\s+(?:verwijzen|verwijst)\s+{OBJECT}door$", re.IGNORECASE))
# what follows the referrers and is not one ("… of melden zich zelf"), and a "door" repeated in the list
REFERRED_TAIL = re.compile(r",?\s+(?:of|en)\s+(?:melden|meldt|komen|komt)\b.*$|\s+\(.*$", re.IGNORECASE)


def referred_by(record: dict) -> str:
    """Who refers people to the work, as the description lists them: "het consultatiebureau, het jeugd- en
    gezinsteam en het sociaal team"; "" when it does not say."""
    for sentence in (part for whole in _sentences(record) for part in whole.split(";")):
        sentence = sentence.strip().rstrip(".!? ")
        for pattern in REFERRED:
            found = pattern.search(sentence)
            if found:
                who = REFERRED_TAIL.sub("", found["who"]).strip(" ,")
                who = re.sub(r"\b(of|en)\s+door\s+", r"\1 ", who)
                if "," in who and not re.search(r"\s(?:en|of)\s[^,]+$", who):  # "a, b, c" cut before "of …": "a, b en c"
                    head, _, last = who.rpartition(", ")
                    who = f"{head} en {last}"
                if 1 <= len(who.split()) <= 20:
                    return who[:1].lower() + who[1:] if not who.split()[0].isupper() else who
    return ""
