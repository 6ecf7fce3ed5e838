"""Requirements the organisation profile answers: the facts an organisation states once (legal form, KvK number,
establishments, cao, registration of its professionals) and every proposal reuses, each with the profile named as
its source. The profile answers a requirement only where its words show that it holds: a legal form "zonder
winstoogmerk" for a requirement about profit, an establishment in the place the requirement names, the register the
requirement names; otherwise the cell stays the director's, saying what to add to the profile.
"""
from __future__ import annotations

import re

from .. import dutch
from . import wording

# A requirement about the legal form; which legal forms meet which words of it.
LEGAL = re.compile(r"winstoogmerk|rechtspersoon|rechtsbevoegd|stichting of vereniging|rechtsvorm", re.IGNORECASE)
NOT_FOR_PROFIT = re.compile(r"(?:zonder|geen)\s+winstoogmerk|\banbi\b|not[- ]for[- ]profit", re.IGNORECASE)
ASSOCIATION = re.compile(r"\bstichting|\bvereniging", re.IGNORECASE)
ESTABLISHED = re.compile(r"vestiging|gevestigd|\bwerkplek\b|kantoor", re.IGNORECASE)
# "gevestigd of werkzaam", "vestiging of werkgebied", "activiteiten uitvoert voor inwoners van": work there suffices
WORKING = re.compile(r"werkzaam|\bactief\b|werkgebied|activiteiten\s+(?:uit)?voert|voert\b.{0,40}\buit\b", re.IGNORECASE)
# A place named after "in"/"te" ("een vaste werkplek in Vlasakker of het Spoorkwartier")
ELSEWHERE = re.compile(r"\b(?:in|te)\s+(?:(?:de|het)\s+)?(?:(?:gemeente|wijk|kern|dorp)\s+)?[A-Z][\w'-]+")
CAO = re.compile(r"\bcao\b|collectieve arbeidsovereenkomst", re.IGNORECASE)
REGISTERS = {"Registerplein": r"registerplein", "SKJ": r"\bskj\b|kwaliteitsregister jeugd", "BIG": r"\bbig\b"}
REGISTERED = re.compile("|".join(REGISTERS.values()) + r"|beroepsregist|\bgeregistreerd\b", re.IGNORECASE)


def _field(profile: dict | None, name: str) -> str:
    return " ".join(str(((profile or {}).get("extra") or {}).get(name) or "").split())


def _source(profile: dict, field: str = "") -> str:
    """"Organisatieprofiel (ORG01)", with the field's value where it is the proof ("KvK-nummer 41234567")."""
    return f"{field + ', ' if field else ''}organisatieprofiel ({profile['ref']})"


def _legal(requirement: str, profile: dict, places: list[str]) -> tuple[str, str] | None:
    form = _field(profile, "legal_form")
    if not form or (re.search(r"winstoogmerk", requirement, re.IGNORECASE) and not NOT_FOR_PROFIT.search(form)) \
            or (re.search(r"stichting of vereniging|rechtsbevoegd", requirement, re.IGNORECASE)
                and not ASSOCIATION.search(form)):
        return None
    number = _field(profile, "kvk_number")
    return (wording.say("req_legal_form", legal_form=form),
            _source(profile, f"KvK-nummer {number}" if number else ""))


def _established(requirement: str, profile: dict, places: list[str]) -> tuple[str, str] | None:
    """An establishment in a place the requirement names (the tender's places when it names none); where work
    there suffices ("gevestigd of werkzaam"), the working area too."""
    named = [p for p in places if p.lower() in requirement.lower()]
    if not named and ELSEWHERE.search(requirement):  # a wijk or kern the tender's places do not hold: not checked
        return None
    named = named or list(places)
    sites, area = _field(profile, "establishments"), _field(profile, "working_area")
    here = [p for p in named if p.lower() in sites.lower()]
    if here:
        return wording.say("req_established", places=wording.join(here)), _source(profile)
    working = [p for p in named if p.lower() in area.lower()] if WORKING.search(requirement) else []
    if working:
        return wording.say("req_working_area", places=wording.join(working)), _source(profile)
    return None


def _cao(requirement: str, profile: dict, places: list[str]) -> tuple[str, str] | None:
    cao = _field(profile, "cao")
    return (wording.say("req_cao", cao=cao), _source(profile)) if cao else None


def _registered(requirement: str, profile: dict, places: list[str]) -> tuple[str, str] | None:
    """The professionals' registration, when it names each register the requirement names (one of them, where the
    requirement offers a choice: "in het Registerplein of in het Kwaliteitsregister Jeugd")."""
    held = _field(profile, "staff_registration")
    asked = [name for name, words in REGISTERS.items() if re.search(words, requirement, re.IGNORECASE)]
    found = [bool(re.search(REGISTERS[name], held, re.IGNORECASE)) for name in asked]
    either = len(asked) > 1 and re.search(r"\bof\b", requirement)
    if not held or (found and not (any(found) if either else all(found))):
        return None
    return wording.say("req_registration", registration=held), _source(profile)


def kvk_answer(profile: dict | None) -> tuple[str, str] | None:
    """The registration in the trade register from the profile's number, when no extract is among the proofs."""
    number = _field(profile, "kvk_number")
    return (wording.say("req_kvk", number=number), _source(profile, f"KvK-nummer {number}")) if number else None


EUROS = re.compile(r"€\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(\s*miljoen)?", re.IGNORECASE)


def _euros(text: str) -> list[int]:
    """Every amount in euros a text names: "€ 2.500.000" and "€ 2,5 miljoen" both 2500000."""
    found = []
    for match in EUROS.finditer(text or ""):
        whole = match[0].split("€", 1)[1].strip()
        number = re.sub(r"\s*miljoen$", "", whole, flags=re.IGNORECASE).replace(".", "").replace(",", ".")
        found.append(round(float(number) * (1_000_000 if match[2] else 1)))
    return found


def coverage_lacking(requirement: str, proofs: list[dict]) -> str:
    """For an insurance the requirement asks with a least cover ("met een dekking van ten minste € 2.500.000"),
    what to add when no insurance proof states that much: the cover is not claimed on a policy's say-so."""
    asked = max(_euros(requirement), default=0)
    held = [n for p in proofs for n in _euros(f"{p.get('title', '')} {p.get('summary', '')}")]
    if not asked or any(n >= asked for n in held):
        return ""
    return f"dekking van ten minste {dutch.money(asked)} op de polis"


# (the profile field that answers, the requirement's words, the answer), in reading order.
PROFILE_RULES = (("legal_form", LEGAL, _legal), ("establishments", ESTABLISHED, _established), ("cao", CAO, _cao),
                 ("staff_registration", REGISTERED, _registered))
