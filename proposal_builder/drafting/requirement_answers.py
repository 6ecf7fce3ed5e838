"""Requirements our own records answer: a recognised method, work in the municipality, experience, named partners,
each written with the record as its traceable proof. A requirement that also asks what no record holds (a legal
form, an amount, an insurance, taking part in a meeting, a document) is left for the director.
"""
from __future__ import annotations

import datetime as dt
import re

from knowledge_base.abbreviations import expand
from knowledge_base.keywords import words

from .. import dutch
from ..tender.extraction.numbers import NUMBER, to_int
from ..tender.extraction.requirements import PROVIDER_OPENING
from ..matching.audience import families, record_families
from . import wording
from .citations import databank_label, level_label

NOT_IN_RECORDS = re.compile(r"rechtspersoon|winstoogmerk|€|verzeker|omzet|neemt\b.{0,20}\bdeel|deelname|overleg|"
                            r"penvoerder|rapport|levert\b|aanlever|factur", re.IGNORECASE)
RECOGNISED = re.compile(r"erkend\w*\s+(?:methodiek|interventie|aanpak|databank)|databank|goed onderbouwd|"
                        r"bewezen effectie", re.IGNORECASE)
EXPERIENCE = re.compile(r"ervaring\s+(?:met|in|op)|vergelijkbare\s+opdracht|opdracht\w*\s+(?:op het gebied van|voor)\b|"
                        r"\b\w+\s+jaar\b.{0,60}\buitgevoerd", re.IGNORECASE)
# Work in the municipality, which a project there shows (an office or a fixed location it does not).
# "die al in de regio werkt en de sociale kaart van Lindewaerde kent" asks the same.
LOCAL = re.compile(r"\bwerkzaam\b|\bactief\b|werkgebied|een\s+activiteit|netwerk\s+(?:heeft\s+)?in\b|"
                   r"\bin\s+de\s+regio\s+werk|\bsociale\s+kaart\b", re.IGNORECASE)
COOPERATION = re.compile(r"samen\s?werk\w*\s+met|werk\w*\s+samen\s+met|aansluit\w*\s+bij", re.IGNORECASE)
# Words after "samenwerken met" that name no partner of their own ("met andere organisaties in de sociale basis").
GENERIC = frozenset("de het een en met van in andere organisaties organisatie partners partijen instanties meerdere "
                    "ten minste één twee beide gemeenten gemeente sociale basis uit lokale bij die".split())
HOW_MANY = re.compile(rf"\b({NUMBER})\s+(?:vergelijkbare\s+)?(?:opdracht|referentie)", re.IGNORECASE)
DURATION = re.compile(rf"(?:ten minste|minimaal|minstens)\s+({NUMBER})\s+jaar\b", re.IGNORECASE)
LEVEL_ORDER = ("goed beschreven", "goed onderbouwd", "effecti")  # "effectief", also "voor effectiviteit"
RECOGNISED_SHOWN = 3
SHARED_WORD = 7  # letters a word needs to name the work on its own (not "werk", "hulp", "jaren")
ANY_WORK = ("ondersteun", "begeleid", "inwoner", "bewoner", "gemeente", "organisatie", "activiteit", "uitvoer",
            "vergelijkba", "opdracht", "doelgroep", "deelnemer", "professional", "vrijwillig", "ervaring")  # recognised methods named at most, highest level first
DATABANK_WORDS = {"movisie": "movisie|sociale interventies", "nji": "nji|jeugdinterventies", "rivm": "rivm|gezond leven"}


# A response time the service keeps ("heeft binnen vijf werkdagen een eerste gesprek", "wordt binnen tien werkdagen
# in behandeling genomen"): kept by working so, accepted like the obligations below.
RESPONSE_TIME = rf"\bbinnen\s+(?:{NUMBER})\s+(?:werk)?(?:dagen|weken)\b"
# An obligation while carrying out the work, which a tenderer meets by accepting it rather than by proof: taking
# part in a meeting, reporting, handing in figures, invoicing, being reachable, starting by a date, working within
# the municipality. A requirement that also asks for a document, an amount or a share stays the director's.
COMMITMENT = re.compile(r"\b(?:neemt|nemen)\b.{0,80}\bdeel\b|\b(?:doet|doen|werkt|werken)\s+mee\s+aan\b|\brapporteert\b|\b(?:levert|leveren)\b.{0,80}\b(?:\w*gegevens|"
                        r"verslag|jaarverslag|rapportage|aantallen|aantal|cijfers)\b.{0,60}\baan\b|\bfactureert\b|\bbereikbaar\b|"
                        r"\bstart\w*\s+(?:uiterlijk|binnen)\b|\bvinden\s+(?:[\wÀ-ÿ-]+\s+){0,3}plaats\b|"
                        r"\bworden\s+uitgevoerd\s+in\b|\b(?:voert|voeren)\b.{0,60}\buit\s+in\b|"
                        r"\b(?:aanvaardt|aanvaarden|accepteert|accepteren|gaat\s+akkoord|gaan\s+akkoord)\b|" + RESPONSE_TIME,
                        re.IGNORECASE)
# The same obligation written as an action the provider takes, opening the requirement or the item under a lead-in
# ("registreert per activiteit het aantal deelnemers", "De aanbieder meldt een wijziging direct aan het college",
# "nemen binnen vijf werkdagen contact op"); what the provider holds, is or already does ("heeft", "beschikt over",
# "werkt met een erkende interventie", "werkt samen met de bibliotheek") needs proof.
ACTION_OPENING = re.compile(rf"^(?:(?:{PROVIDER_OPENING}|u)\s+)?"
                            r"(?:registreert|registreren|neemt|nemen|meldt|melden|vermeldt|vermelden|"
                            r"rapporteert|rapporteren|informeert|informeren|stemt|stemmen|overlegt|overleggen|"
                            r"verantwoordt|verantwoorden)\b", re.IGNORECASE)
NOT_COMMITTED = re.compile(r"€|%|procent|\bverklaring\b|referentie|certificaat|keurmerk|uittreksel|kopie|polis|verzeker|"
                           r"\bVOG\b|gratis|eigen bijdrage|social return|\bwerkplek\b|vestiging", re.IGNORECASE)


def commitment_answer(requirement: str, route: str) -> tuple[str, str] | None:
    """(how, proof) for an obligation during the work (`COMMITMENT`): accepted in the proposal itself."""
    if not (COMMITMENT.search(requirement) or ACTION_OPENING.search(requirement.strip())) or \
            NOT_COMMITTED.search(requirement):
        return None
    return wording.say("req_commitment"), wording.say("req_commitment_proof", document=wording.SUBMISSION.get(
        route, wording.SUBMISSION[""]))


def evidence_answer(requirement: str, records: list[dict], places: list[str]) -> tuple[str, str] | None:
    """(how we meet it, proof) from the records the draft uses, when one really answers the requirement."""
    if NOT_IN_RECORDS.search(requirement):
        return None
    rule = next((rule for rule in RULES if rule[1].search(requirement)), None)
    return rule[2](requirement, records, places) if rule else None


def _on_topic(requirement: str, record: dict) -> bool:
    """Whether the record is on the topic and for the people the requirement names (when it names any); a record
    whose target group, title and themes name none is read by its summary."""
    wanted = families(requirement)
    return not wanted or bool(wanted & (record_families(record) or families(str(record.get("summary") or ""))))


def _names_work(requirement: str, record: dict) -> bool:
    """Whether the record does work the requirement names after "ervaring met" ("… met maatschappelijk werk,
    buurtbemiddeling of maatjeswerk": any of them will do), its shorthand written out ("amw"). Two words name the
    same work when one begins with the other and the shorter has at least `SHARED_WORD` letters ("maatjes" and
    "maatjeswerk"); words any support work shares ("ondersteuning", "inwoners") do not count."""
    found = EXPERIENCE.search(requirement)
    wanted = _work_words(requirement[found.end():] if found else "")
    have = _work_words(expand(f"{record.get('title', '')} {record.get('summary', '')}"))
    return any(w.startswith(h) or h.startswith(w) for w in wanted for h in have)


def _work_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) >= SHARED_WORD and not w.startswith(ANY_WORK)}


def level_rank(level: str) -> int:
    """1 for "goed beschreven", 2 for "goed onderbouwd", 3 for any "effectief", wherever the stored level says it
    ("Erkend als goed onderbouwd", "eerste aanwijzingen voor effectiviteit"); 0 when not recognised."""
    low = (level or "").lower()
    return max((rank for rank, name in enumerate(LEVEL_ORDER, start=1) if name in low), default=0)


def _recognised(requirement: str, records: list[dict], places: list[str]) -> tuple[str, str] | None:
    """The recognised methods on the requirement's topic, from a databank it names (if it names one), highest first."""
    low = requirement.lower()
    least = 2 if re.search(r"goed onderbouwd|effectie", low) else 1
    banks = [pattern for pattern in DATABANK_WORDS.values() if re.search(pattern, low)]
    methods = [m for m in records if m.get("type") == "method" and level_rank(m.get("evidence_level", "")) >= least
               and (not banks or any(re.search(p, str(m.get("databank", "")).lower()) for p in banks))
               and _on_topic(requirement, m)]
    if not methods:
        return None
    best = sorted(methods, key=lambda m: -level_rank(m.get("evidence_level", "")))[:RECOGNISED_SHOWN]
    named = [wording.say("req_recognised_one", method=m["title"], level=level_label(m["evidence_level"]),
                         details=_recognition_details(m)) for m in best]
    return wording.say("req_recognised", methods="; ".join(named)), _proof(best)


def _recognition_details(method: dict) -> str:
    """" (Databank Effectieve sociale interventies, Movisie, 14 maart 2022)", or "" when neither is stored."""
    details = ", ".join(d for d in (databank_label(method.get("databank", "")),
                                    dutch.date(method.get("recognised_on") or "")) if d)
    return f" ({details})" if details else ""


def _projects(records: list[dict]) -> list[dict]:
    return [r for r in records if r.get("type") == "project"]


def _experience(requirement: str, records: list[dict], places: list[str]) -> tuple[str, str] | None:
    """As many projects on the requirement's topic as it asks for ("twee referenties"), each running at least
    as many years as it asks ("ten minste drie jaar")."""
    count, years = HOW_MANY.search(requirement), DURATION.search(requirement)
    needed, span = to_int(count[1]) if count else 1, to_int(years[1]) if years else 0
    found = [p for p in _projects(records) if (_on_topic(requirement, p) or _names_work(requirement, p))
             and _years(p.get("period", "")) >= span]
    if len(found) < needed:
        return None
    chosen = found[:max(needed, 2)]
    return wording.say("req_experience", projects=wording.join([_project_line(p) for p in chosen])), _proof(chosen)


def _years(period: str, today: dt.date | None = None) -> int:
    """How many years a period such as "2021-2024" spans; one still running ("sinds 2019", "2020 - heden") up to
    this year (0 when it names no years)."""
    found = [int(y) for y in re.findall(r"\b(20\d\d|19\d\d)\b", period or "")]
    if not found:
        return 0
    if len(found) == 1 and wording.running_since(period):
        return max(0, (today or dt.date.today()).year - found[0])
    return max(found) - min(found) if len(found) > 1 else 0


def _local(requirement: str, records: list[dict], places: list[str]) -> tuple[str, str] | None:
    """Projects in the municipalities the requirement is about: each of them when it says every one."""
    every = re.search(r"\b(elk|elke|iedere|alle|beide)\b", requirement, re.IGNORECASE)
    wanted = [p for p in places if p.lower() in requirement.lower()] or list(places)
    found = {p: [r for r in _projects(records) if p.lower() in str(r.get("municipality") or "").lower()] for p in wanted}
    present = [p for p in wanted if found[p]]
    if not present or (every and len(present) < len(wanted)):
        return None
    projects = list({r["ref"]: r for p in present for r in found[p][:1]}.values())
    return (wording.say("req_local", places=wording.join(present), projects=wording.join(
        [_project_line(p) for p in projects])), _proof(projects))


def _cooperation(requirement: str, records: list[dict], places: list[str]) -> tuple[str, str] | None:
    """Partners of our projects: those the requirement names (by a shared word), or any when it names none."""
    after = COOPERATION.split(requirement, maxsplit=1)[-1]
    # a place shares its name with many partners ("Politie basisteam Halderveen-Lindewaerde"): no partner of its own
    towns = {w[:5] for place in places for w in re.findall(r"[\wë]+", place.lower())}
    named = {w[:5] for w in re.findall(r"[\wë]+", after.split(".")[0].lower()) if w not in GENERIC and len(w) > 3} - towns
    projects = sorted(_projects(records), key=lambda p: not any(
        x.lower() in str(p.get("municipality") or "").lower() for x in places))
    partners: dict[str, dict] = {}
    for project in projects:
        for partner in wording.partners_here(project, places):
            words = {w[:5] for w in re.findall(r"[\wë]+", partner.lower()) if len(w) > 3} - towns
            if not named or words & named:
                partners.setdefault(partner, project)
    if not partners:
        return None
    shown = list(partners)[:3]
    used = list({partners[p]["ref"]: partners[p] for p in shown}.values())
    return wording.say("req_cooperation", partners=wording.join(shown)), _proof(used)


def _project_line(project: dict) -> str:
    """"Geldfit (Brakelsveen, 2021–2024)"."""
    where = wording.where_when(project.get("municipality", ""), project.get("period", ""))
    return f"{project['title']} ({where})" if where else project["title"]


def _proof(records: list[dict]) -> str:
    """The records as traceable proof: "Project ‘Geldfit’ (BK-P01)"."""
    kinds = {"method": "Methodiek", "project": "Project"}
    return "; ".join(f"{kinds.get(r.get('type'), 'Bron')} ‘{r['title']}’ ({r['ref']})" for r in records)


# (name, the requirement's words, the answer), tried in this order: the first rule whose words match answers or not.
RULES = (("erkende methodiek", RECOGNISED, _recognised), ("ervaring", EXPERIENCE, _experience),
         ("werkzaam in de gemeente", LOCAL, _local), ("samenwerking", COOPERATION, _cooperation))
