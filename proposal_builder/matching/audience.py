"""Whom a goal or a record is for, and what about: the target groups and topics a text names, in families.

The embedding model hears "ouders" and "ouderen", or "jonge mantelzorgers" and "kinderen", as
near neighbours; a municipal assessor does not. A record placed under a goal must be for the
people the goal is about and on its topic. Families come on two axes: people (ouderen, ouders,
mantelzorgers, intermediaries such as employers and teachers) and topics (schulden, eenzaamheid,
taal). On each axis where both goal and record name a family, they must share one: a debt
project for older people serves a goal about older people's money worries, not one about their
loneliness, nor one about parents. A record silent on an axis the goal names fits only when it
shares the other axis with the goal (or names nothing at all): preventive home visits for older
people do not serve a goal about money worries, a training for employers does not serve lonely
elderly people. A goal about "inwoners" names nothing and admits every record.

A subgroup ("jonge mantelzorgers") is a family of its own: its words do not count for the wider
family, so young carers' work does not fill a goal about carers in general, and work for carers
in general does not fill a goal about young carers; a goal naming both admits both.

The families are data: one table of Dutch words per family, as tenders and knowledge bases write them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..tender import Goal

_AGE = r"(?:5[5-9]|[6-9]\d)"
# people family → the words that name it (regular expressions matched on whole words, lower case)
PEOPLE: dict[str, tuple[str, ...]] = {
    "ouderen": (r"ouderen\w*", r"senioren", r"bejaard\w*", r"hoogbejaard\w*", _AGE + r"-?plussers?",
                _AGE + r"-?jarigen?", _AGE + r"\s?\+", _AGE + r" jaar en ouder", r"van " + _AGE + r" jaar",
                r"ouder dan " + _AGE, r"pensioen\w*", r"vergrijzing", r"oudere", r"ouder worden"),
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
    "beperking": (r"beperking\w*", r"psychisch\w*", r"psychosocia\w*", r"ggz", r"dementie\w*", r"verstandelijk\w*",
                  r"chronisch zie\w*", r"dagbesteding\w*", r"verward\w*", r"autisme"),
    "werkgevers": (r"werkgever\w*", r"leidinggevende\w*", r"hr-\w+", r"hr", r"werknemer\w*", r"werkende\w*",
                   r"bedrijven", r"werkvloer"),
    "professionals": (r"docenten", r"leerkrachten", r"huisarts\w*", r"wijkverpleegkundige\w*", r"professionals",
                      r"scholen", r"school", r"onderwijs"),
    "buren": (r"buren", r"burenruzies?", r"burenconflict\w*", r"burenoverlast", r"buurtbemiddel\w*"),
}
# topic family → the words that name it
TOPICS: dict[str, tuple[str, ...]] = {
    "geldzorgen": (r"schuld\w*", r"geldzorg\w*", r"geldzaken", r"betalingsachterstand\w*", r"laag inkomen",
                   r"lage inkomens?", r"minima", r"minimagezin\w*", r"minimahuishoud\w*", r"armoede\w*",
                   r"kinderarmoede", r"financiële problemen", r"financiën", r"thuisadministratie", r"administratie",
                   r"budget\w*", r"toeslagen", r"omgaan met geld"),
    "taal": (r"laaggeletterd\w*", r"lezen en schrijven", r"taalvaardigheid", r"taal\w*", r"nt1", r"nt2"),
    "digitaal": (r"digita\w*", r"computer\w*", r"internet", r"online", r"smartphones?", r"tablets?"),
    "overlast": (r"\w*overlast",),
    "bewonersinitiatieven": (r"bewonersinitiatie\w*", r"burgerinitiatie\w*", r"initiatiefnemers", r"eigen initiatieven",
                             r"zelf initiatief", r"initiatieven van bewoners", r"zelforganisatie\w*", r"buurtgenoten",
                             r"naar elkaar om(?:kijken|zien)", r"omkijken naar elkaar", r"sociale cohesie",
                             r"bewonersnetwerk\w*", r"bewoners aan zet"),
    "eenzaamheid": (r"eenza\w*", r"vereenza\w*", r"netwerk", r"sociale contacten", r"contact met anderen",
                    r"isolement", r"alleenstaand\w*", r"minder alleen", r"ontmoeting\w*", r"maatjes?",
                    r"(?:er\s+)?alleen\s+voor\s+sta\w*", r"sta\w*\s+er\s+alleen\s+voor", r"mensen\s+om\s+(?:zich|hen)\s+heen",
                    r"iemand\s+om\s+mee\s+te\s+praten"),
    "bewegen": (r"bewegen", r"beweeg\w*", r"valpreventie", r"valrisico", r"vitaal\w*", r"sport\w*",
                r"leefstijl\w*", r"overgewicht"),
    "cliëntondersteuning": (r"cli[eë]ntondersteun\w*", r"informatie en advies", r"ouderenadvis\w*",
                            r"sociaal raadslie\w*", r"onafhankelijke ondersteuning", r"wegwijs\w*",
                            r"weten de weg", r"de weg (?:weten|vinden)", r"weten waar\b.{0,40}?\bterecht\w*"),
}
# subgroup family → its words; they do not count for the wider family (matched and blanked out first)
SUBGROUPS: dict[str, tuple[str, ...]] = {
    "jonge mantelzorgers": (r"jonge mantelzorg\w*", r"mantelzorgende (?:jongeren|kinderen)"),
}
# Caring for someone, written out rather than named ("die al jaren voor een zieke partner, ouder of kind
# zorgen", "die thuis een zieke vader of moeder verzorgen"): the carers are the people, not the partner,
# parent or child cared for, whose words are blanked out; said of young people it names young carers.
_CARED_FOR = r"(?:partner|ouders?|vader|moeder|kind|kinderen|naasten?|familielid|gezinslid|broer|zus)"
_CARED_FOR_LIST = _CARED_FOR + r"(?:(?:,\s*|\s+(?:of|en)\s+)" + _CARED_FOR + r")*"
CARING = re.compile(r"\b(?:(?:ver)?zorg(?:en|t)\s+voor\s+(?:een\s+|hun\s+|zijn\s+|haar\s+)?(?:zieke?\s+)?"
                    + _CARED_FOR_LIST + r"|(?:een\s+|hun\s+|zijn\s+|haar\s+)?zieke?\s+" + _CARED_FOR_LIST
                    + r"(?:\s+(?:ver)?zorg(?:en|t))?)\b", re.IGNORECASE)
FAMILIES: dict[str, tuple[str, ...]] = {**SUBGROUPS, **PEOPLE, **TOPICS}
PEOPLE_FAMILIES = frozenset(PEOPLE) | frozenset(SUBGROUPS)
INTERMEDIARIES = frozenset({"werkgevers", "professionals"})  # who reach the people, not the people themselves
# Who may do the work rather than be served by it: a goal naming only these people and a topic ("150
# inwoners gekoppeld aan een maatje of vrijwilliger") takes a record on that topic for anyone.
MEANS = INTERMEDIARIES | {"vrijwilligers"}
_PATTERNS = {family: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
             for family, words in FAMILIES.items()}


@lru_cache(maxsize=4096)
def families(text: str) -> frozenset[str]:
    """The families of target groups and topics a text names (a subgroup's words not for its wider family)."""
    text = text or ""
    named = set()
    for family in SUBGROUPS:
        if _PATTERNS[family].search(text):
            named.add(family)
            text = _PATTERNS[family].sub(" ", text)
    caring = bool(CARING.search(text))
    text = CARING.sub(" ", text)
    named |= {family for family in PEOPLE.keys() | TOPICS.keys() if _PATTERNS[family].search(text)}
    if caring:  # the carers; young people who care are young carers
        named |= {"jonge mantelzorgers"} if "jeugd" in named else {"mantelzorgers"}
        named -= {"jeugd"}
    return frozenset(named)


def _axes(named: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(people, topics) of a set of families."""
    return named & PEOPLE_FAMILIES, named - PEOPLE_FAMILIES


def goal_families(goal: Goal | str) -> frozenset[str]:
    """The families a goal is about: its words and its table row's target-group column; on an axis
    those leave empty, the nearest heading above it that names any ("Resultaatgebied 2
    Thuisadministratie": a goal there is about money worries even when it only says "inwoners"; under
    "Thema 4 Digitaal meedoen" it is not about the carers the document's title names too)."""
    if isinstance(goal, str):
        return families(goal)
    row = " ".join(str(value) for key, value in goal.attributes.items() if "doelgroep" in str(key).lower())
    nearest = next((named for named in map(families, reversed(goal.section)) if named), frozenset())
    own, heading = _axes(families(goal.text) | families(row)), _axes(nearest)
    return (own[0] or heading[0]) | (own[1] or heading[1])


# A result's key for the words of its project's target group, title and themes, set where the result names none of its
# own (matching.evidence.fetch_records): a terse result ("gravelinge sh '25") is for the people its project serves.
PROJECT_AUDIENCE = "project_audience"


def audience_words(record: dict) -> str:
    """The words that say whom a record is for: its target group, title and themes."""
    return " ".join([str(record.get("target_group") or ""), str(record.get("title") or ""),
                     *map(str, record.get("themes") or [])])


def record_families(record: dict) -> frozenset[str]:
    """The families a record is for and about: people from its target group and title (its themes only
    when those name nobody: themes say what the work is about, "vrijwillige inzet", as often as whom
    it is for); topics from its title, target group and themes. A result naming none takes its project's."""
    named = " ".join([str(record.get("target_group") or ""), str(record.get("title") or "")])
    themes = " ".join(map(str, record.get("themes") or []))
    people = _axes(families(named))[0] or _axes(families(themes))[0]
    own = people | _axes(families(named + " . " + themes))[1]
    if own or not record.get(PROJECT_AUDIENCE):
        return own
    return families(record[PROJECT_AUDIENCE])


def for_same_people(goal: frozenset[str], record: frozenset[str], own: frozenset[str] | None = None) -> bool:
    """Whether a record named for `record`'s families can serve a goal about `goal`'s families: it names
    no subgroup a goal about certain people leaves out, and on each axis (people, topics) the goal
    names, it shares one, or names none there and shares the other axis with the goal (or names
    nothing at all). A goal naming only MEANS for people takes a record for anyone on a topic it
    names itself (`own`: the families of its own words, when the headings added some)."""
    goal_axes, record_axes = _axes(goal), _axes(record)
    if goal_axes[0] and (record - goal) & SUBGROUPS.keys():
        return False
    for axis, other in ((0, 1), (1, 0)):
        wanted, offered = goal_axes[axis], record_axes[axis]
        own_topics = _axes(goal if own is None else own)[1]
        if not wanted or wanted & offered or (wanted <= MEANS and own_topics & record_axes[1]):
            continue
        if offered or (record_axes[other] and not goal_axes[other] & record_axes[other]):
            return False
    return True


def names_nothing(goal: Goal | str) -> bool:
    """Whether a goal names no target group and no topic (nor do the headings above it)."""
    return not goal_families(goal)


def shares_family(goal: Goal | str, record: dict) -> bool:
    """Whether the record positively confirms the goal: it fits, names one of the goal's target groups or
    topics other than an intermediary (teachers and GPs are named by goals of every kind), and names no
    topic the goal leaves out (youth nuisance work under a goal about young people being heard)."""
    wanted, offered = goal_families(goal), record_families(record)
    topics = _axes(offered)[1]
    return (bool((wanted & offered) - INTERMEDIARIES) and (not topics or bool(topics & wanted))
            and fits_audience(goal, record))


def topic_unchecked(goal: Goal | str, record: dict) -> bool:
    """Whether the record is on a topic while the goal names none to check it against (youth nuisance
    work under "jongerenwerkers zijn vier avonden per week op straat")."""
    return not _axes(goal_families(goal))[1] and bool(_axes(record_families(record))[1])


def fits_audience(goal: Goal | str, record: dict, tender: frozenset[str] = frozenset()) -> bool:
    """Whether the record is for the people and on the topic the goal is about (True when either names
    nothing); a goal naming nothing takes the `tender`'s families (`tender_families`)."""
    own = None if isinstance(goal, str) else families(goal.text)
    return for_same_people(goal_families(goal) or tender, record_families(record), own)


def tender_families(goals: list[Goal]) -> frozenset[str]:
    """The target groups and topics at least half of a tender's goals name (intermediaries aside): what
    a goal of it that names nothing is about ("Inwoners die zich aanmelden, krijgen een huisbezoek" in
    a tender whose other goals are about money worries)."""
    counts: dict[str, int] = {}
    for goal in goals:
        for family in goal_families(goal) - INTERMEDIARIES:
            counts[family] = counts.get(family, 0) + 1
    return frozenset(family for family, count in counts.items() if 2 * count >= len(goals))
