"""Whom a goal or a record is for: the target groups a text names, grouped into families.

The embedding model hears "ouders" and "ouderen", or "jonge mantelzorgers" and "kinderen", as
near neighbours; a municipal assessor does not. A record placed under a goal must be for the
people the goal is about: when both name a family of target groups and share none, the record
does not fit the goal however high it ranks. A goal about "inwoners" names no family and admits
every record, and so does a record that names none.

The families are data: one table of Dutch words per family, as tenders and knowledge bases write
them, the people (ouderen, ouders, mantelzorgers) and what they struggle with (schulden,
eenzaamheid, taal). Intermediaries (employers, teachers, GPs) form families of their own, so a training for
employers fits a goal about working carers (the goal names both) but not one about lonely
elderly people.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..tender import Goal

# family → the words that name it (regular expressions matched on whole words, lower case)
FAMILIES: dict[str, tuple[str, ...]] = {
    "ouderen": (r"ouderen\w*", r"senioren", r"bejaard\w*", r"hoogbejaard\w*", r"(?:5[5-9]|[6-9]\d)-?plussers?",
                r"(?:5[5-9]|[6-9]\d)-?jarigen?", r"(?:5[5-9]|[6-9]\d)\s?\+", r"(?:5[5-9]|[6-9]\d) jaar en ouder",
                r"van (?:5[5-9]|[6-9]\d) jaar", r"ouder dan (?:5[5-9]|[6-9]\d)", r"pensioen\w*", r"vergrijzing"),
    "jeugd": (r"kinderen", r"kind", r"jongeren\w*", r"jeugd\w*", r"tieners?", r"pubers?", r"leerlingen",
              r"scholieren", r"jongvolwassenen", r"peuters?", r"kleuters?", r"baby'?s", r"minderjarigen",
              r"tienermoeders?", r"kindcentr\w*", r"jongerenwerk\w*"),
    "ouders": (r"ouders", r"gezinnen", r"gezin", r"opvoed\w*", r"vaders?", r"moeders?", r"ouderschap",
               r"zwangere\w*", r"jonge ouders"),
    "mantelzorgers": (r"mantelzorg\w*", r"respijt\w*", r"zorgen voor een naaste", r"zorg voor een naaste",
                      r"zorgtaak", r"zorgtaken", r"naasten"),
    "vrijwilligers": (r"vrijwilligers?\w*",),
    "nieuwkomers": (r"nieuwkomer\w*", r"statushouder\w*", r"vluchteling\w*", r"asielzoeker\w*", r"inburger\w*",
                    r"anderstalig\w*", r"migranten"),
    "geldzorgen": (r"schuld\w*", r"geldzorg\w*", r"geldzaken", r"betalingsachterstand\w*", r"laag inkomen",
                   r"lage inkomens?", r"minima\w*", r"armoede\w*", r"financiële problemen", r"financiën",
                   r"thuisadministratie", r"administratie", r"budget\w*", r"toeslagen"),
    "beperking": (r"beperking\w*", r"psychisch\w*", r"psychosocia\w*", r"ggz", r"dementie\w*", r"verstandelijk\w*",
                  r"chronisch zie\w*", r"dagbesteding\w*", r"verward\w*", r"autisme"),
    "werkgevers": (r"werkgever\w*", r"leidinggevende\w*", r"hr-\w+", r"hr", r"werknemer\w*", r"werkende\w*",
                   r"bedrijven", r"werkvloer"),
    "professionals": (r"docenten", r"leerkrachten", r"huisarts\w*", r"wijkverpleegkundige\w*", r"professionals",
                      r"scholen", r"school", r"onderwijs"),
    "taal": (r"laaggeletterd\w*", r"lezen en schrijven", r"taalvaardigheid", r"taal\w*", r"nt1", r"nt2"),
    "digitaal": (r"digita\w*", r"computer\w*", r"internet", r"online", r"smartphones?", r"tablets?"),
    "buren": (r"buren", r"burenruzies?", r"burenconflict\w*", r"buurtbemiddeling", r"overlast"),
    "bewonersinitiatieven": (r"bewonersinitiatie\w*", r"burgerinitiatie\w*", r"initiatiefnemers", r"eigen initiatieven",
                             r"zelforganisatie\w*"),
    "eenzaamheid": (r"eenza\w*", r"netwerk", r"sociale contacten", r"isolement", r"alleenstaand\w*"),
}
_PATTERNS = {family: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
             for family, words in FAMILIES.items()}


@lru_cache(maxsize=4096)
def families(text: str) -> frozenset[str]:
    """The families of target groups a text names."""
    return frozenset(family for family, pattern in _PATTERNS.items() if pattern.search(text or ""))


def goal_families(goal: Goal | str) -> frozenset[str]:
    """The families a goal is about: its words and its table row's target-group column; when those name
    nobody, the headings above it ("Resultaatgebied 2 Thuisadministratie": a goal there is about money
    worries even when it only says "inwoners")."""
    if isinstance(goal, str):
        return families(goal)
    row = " ".join(str(value) for key, value in goal.attributes.items() if "doelgroep" in str(key).lower())
    return families(goal.text) | families(row) or families(" ".join(goal.section))


def record_families(record: dict) -> frozenset[str]:
    """The families a record is for: its target group and title; its themes only when those name nobody
    (themes say what the work is about, "vrijwillige inzet", as often as whom it is for)."""
    named = families(" ".join([str(record.get("target_group") or ""), str(record.get("title") or "")]))
    return named or families(" ".join(map(str, record.get("themes") or [])))


def for_same_people(goal: frozenset[str], record: frozenset[str]) -> bool:
    """Whether a record named for `record`'s families can serve a goal about `goal`'s families:
    when both name some, they share one (a debt project for older people serves a goal about
    older people's loneliness; a loneliness project for older people does not serve parents)."""
    return not goal or not record or bool(goal & record)


def fits_audience(goal: Goal | str, record: dict) -> bool:
    """Whether the record is for the people the goal is about (True when either names nobody)."""
    return for_same_people(goal_families(goal), record_families(record))
