"""What the chosen records say for a criterion chapter that holds no goals: who refers people to us and how we seek
them out (reach), the work volunteers carry and which trains them, the recognised methods the team works with; each
in a sentence of ours (wording.py) with the records' references, never a record's own sentence.
"""
from __future__ import annotations

import re

from . import activity_words, staffing, wording
from .citations import databank_label, level_label
from .document import Element, Paragraph, Run, para
from .requirement_answers import level_rank

TRAINED_METHODS = 3  # recognised methods named at most in a chapter on staff or volunteers, highest level first
VOLUNTEERING = re.compile(r"vrijwillig|maatjes?\b", re.IGNORECASE)  # a method or project carried by volunteers
TRAINED = re.compile(r"getrainde\s+(?:\w+\s+)?(?:vrijwillig|maatje|[\w-]*bezoekers|bemiddelaars)|"
                     r"(?:vrijwilligers|maatjes)\s+(?:krijgen|volgen)\s+(?:een\s+)?(?:\w+\s+)?training", re.IGNORECASE)
VOLUNTEER_ACTIVITIES = 4  # activities named at most in the volunteer line
VOLUNTEER_COUNTS = 4  # lines counting volunteers at most
# The partners a criterion names: "Samenwerking met huisartsen, Thuisbaan en zorgaanbieders in Hoogeland", "…: samenwerking
# met huisartsenpost, dorpshuis De Kaap en eilandverenigingen"; what follows a place or theme is no partner.
ASKED = re.compile(r"\bsamenwerking\s+met\s+(?P<who>.+?)(?:\s+(?:bij|in|voor|rond|op|binnen)\s+.*)?$", re.IGNORECASE)
ARTICLES = frozenset({"de", "het", "een", "onze", "andere"})
GENERIC = re.compile(r"(?:partners|organisaties|aanbieders|instanties)$", re.IGNORECASE)  # "… en partners": no one named


def volunteers(records: list[dict]) -> list[Element]:
    """The chosen methods and projects carried by volunteers, as their own text says, and which of them train
    the volunteers, in one sentence of ours with the records; a project is left out when its method is named or
    the team lines count its volunteers already (`team`)."""
    named: dict[str, dict] = {}
    for record in records:
        text = f"{record.get('title', '')} {record.get('summary') or ''}"
        linked = set(record.get("methods") or []) & set(named)
        counted = VOLUNTEERING.search(staffing.staff(record)) if record.get("type") == "project" else None
        if record.get("type") in ("method", "project") and VOLUNTEERING.search(text) and not (linked or counted):
            named[record["ref"]] = record
    chosen = list(named.values())[:VOLUNTEER_ACTIVITIES]
    if not chosen:
        return []
    label = [r["title"] if r["type"] == "method" else r.get("approach") or r["title"] for r in chosen]
    trained = [name for name, r in zip(label, chosen) if TRAINED.search(r.get("summary") or "")]
    kind = "volunteers_trained" if len(trained) == len(chosen) else "volunteers_some_trained" if trained else "volunteers_in"
    sentence = wording.say(kind, activities=wording.join(label), trained=wording.join(trained))
    return [para(sentence + " ", Run(f"({', '.join(r['ref'] for r in chosen)})", "source"))]


def volunteer_counts(records: list[dict], projects: dict[str, dict]) -> list[Element]:
    """How many volunteers the chosen work counts, as its descriptions say ("62 vrijwilligers", "dertig getrainde
    vrijwilligers"), one line each with where and when: results by the project behind them (`projects`), projects
    whose team lines do not count their volunteers already; [] when none counts them."""
    lines = []
    for record in records:
        count = staffing.volunteers(record) if record.get("type") in ("project", "result") else ""  # a method's
        # count says how it works ("twee getrainde vrijwillige bemiddelaars" per case), not whom we have
        if not count or (record.get("type") == "project" and VOLUNTEERING.search(staffing.staff(record))):
            continue
        project = projects.get(record.get("project") or "", {}) if record.get("type") == "result" else record
        work = project.get("approach") or project.get("title") or record.get("title", "")
        where = wording.where_when(record.get("municipality") or project.get("municipality") or "",
                                   record.get("period") or project.get("period") or "")
        lines.append(Paragraph([Run(wording.say("volunteers_counted", work=work, where=f" ({where})" if where else "",
                                                count=count) + " "), Run(f"({record['ref']})", "source")], "bullet"))
    return lines[:VOLUNTEER_COUNTS]


def asked_partners(title: str, records: list[dict]) -> tuple[list[Element], list[str]]:
    """The partners a criterion's title names that the chosen projects already work with, in one sentence with those
    projects, and the ones they do not name (for the director to fill); ([], []) for a title naming none."""
    found = ASKED.search(title or "")
    if not found:
        return [], []
    asked = [a.strip() for a in re.split(r",\s*|\s+(?:en|of)\s+", found["who"]) if a.strip() and not GENERIC.search(a)]
    projects = [r for r in records if r.get("type") == "project" and r.get("partners")]
    known, refs, missing = [], [], []
    for name in asked:
        stems = [_stem(w) for w in re.findall(r"[\w-]+", name.lower()) if w not in ARTICLES]
        match = next(((partner, p["ref"]) for p in projects for partner in p["partners"]
                      if stems and all(stem in partner.lower() for stem in stems)), None)
        if not match:
            missing.append(name)
        elif match[0] not in known:
            known.append(match[0])
            refs.append(match[1])
    if not known:
        return [], missing
    sentence = wording.say("cooperation_asked", partners=wording.join(known))
    return [para(sentence + " ", Run(f"({', '.join(dict.fromkeys(refs))})", "source"))], missing


def _stem(word: str) -> str:
    """A word without its plural ending, to find it in a partner's name: "huisartsen" in "Huisartsenpraktijken"."""
    return re.sub(r"(?:'s|en|s)$", "", word) if len(word) > 5 else word


def recognised_methods(records: list[dict]) -> list[Element]:
    """The recognised methods among the chosen records, with their level as stored, as what the team is trained in."""
    methods = sorted((m for m in records if m.get("type") == "method" and level_rank(m.get("evidence_level", ""))),
                     key=lambda m: -level_rank(m["evidence_level"]))[:TRAINED_METHODS]
    if not methods:
        return []
    named = [f"{m['title']} (‘{level_label(m['evidence_level'])}’)" for m in methods]
    refs = ", ".join(m["ref"] for m in methods)
    return [para(wording.say("team_methods", methods=wording.join(named)) + " ", Run(f"({refs})", "source"))]


def grounding(records: list[dict]) -> list[Element]:
    """On what the approach rests: the chosen methods recognised in a databank, highest level first, with level and
    databank as stored, and those not recognised, whose working our own results show; [] without methods."""
    methods = [m for m in records if m.get("type") == "method"]
    recognised = sorted((m for m in methods if level_rank(m.get("evidence_level", ""))),
                        key=lambda m: -level_rank(m["evidence_level"]))
    own = [m for m in methods if not level_rank(m.get("evidence_level", ""))]
    blocks = []
    if recognised:
        named = [f"{m['title']} (‘{level_label(m['evidence_level'])}’{_databank(m)})" for m in recognised]
        blocks.append(para(wording.say("grounding_recognised", methods=wording.join(named)) + " ",
                           Run(f"({', '.join(m['ref'] for m in recognised)})", "source")))
    if own:
        blocks.append(para(wording.say("grounding_own", methods=wording.capitalised(wording.join([m["title"] for m in own])),
                                       are="is" if len(own) == 1 else "zijn") + " ",
                           Run(f"({', '.join(m['ref'] for m in own)})", "source")))
    return blocks


def _databank(method: dict) -> str:
    label = databank_label(method.get("databank", ""))
    return f", {label}" if label else ""


def reach_known(evidence: list) -> list[Element]:
    """How people come to us now, as the chosen projects say who refers them, and how we seek them out, as the
    chosen methods and projects name it; [] when the records say neither."""
    projects = list({p["ref"]: p for found in evidence for p in found.projects}.values())
    referred = [Paragraph([Run(wording.say("reach_referred" + tense(p), project=p.get("approach") or p["title"],
                                           where=where_named(p), who=who) + " "), Run(f"({p['ref']})", "source")], "bullet")
                for p in projects if (who := staffing.referred_by(p))]
    return ([para(wording.say("reach_referred_intro")), *referred] if referred else []) + _outreach(evidence)


def _outreach(evidence: list) -> list[Element]:
    """How we seek people out, as the chosen methods and projects name it, in one sentence of our own with the
    records that say so; [] when none names a way."""
    records = list({r["ref"]: r for found in evidence for r in (*found.methods, *found.projects)}.values())
    ways: dict[str, list[str]] = {}
    for record in records:
        for phrase in activity_words.outreach(f"{record.get('title', '')} {record.get('summary') or ''}"):
            ways.setdefault(phrase, []).append(record["ref"])
    if not ways:
        return []
    refs = list(dict.fromkeys(ref for found in ways.values() for ref in found))
    return [para(wording.say("reach_ways", ways=wording.join(list(ways))) + " ", Run(f"({', '.join(refs)})", "source"))]


def tense(project: dict) -> str:
    """"_now" for a project still running (its template in the present tense), else ""."""
    return "_now" if wording.still_running(project.get("period") or "") else ""


def where_named(project: dict) -> str:
    """" (Zaanstad, 2021-2024)": where and when a project ran, for a line that names it; in an anonymous draft,
    which named by what the work is, with its letter first (" (project C; Zaanstad, 2021–2024)")."""
    known = "; ".join(v for v in (project["title"] if project.get("approach") else "", wording.where_when(
        project.get("municipality", ""), project.get("period", ""))) if v)
    return f" ({known})" if known else ""
