"""The proposal's chapters, shaped by the tender's route and award criteria, each with the goals it answers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .models import CriterionInfo, TenderInfo, lots_apart
from .wording import capitalised

# Quality criteria about the plan for the goals, best first, for when the tender does not say which goals
# a criterion covers: one naming the goals, then one naming the approach, then the vision or quality.
APPROACH = (
    re.compile(r"\b(doel|doelen|doelstelling\w*|resultat\w*|resultaatafspraken|effect\w*|ambitie\w*)\b", re.IGNORECASE),
    re.compile(r"\b(aanpak|plan|werkwijze|activiteit\w*|uitwerking|uitvoering van de opdracht)\b", re.IGNORECASE),
    re.compile(r"\b(visie|opgave|inhoud\w*|kwaliteit)\b", re.IGNORECASE),
)
# What a criterion without goals asks for, recognised by a word in its name: the standard chapter that answers it.
TOPICS = (
    ("cooperation", re.compile(r"samenwerk|netwerk|partner|ketenaanpak|verbind", re.IGNORECASE)),
    ("implementation", re.compile(r"implement|transitie|uitvoering|planning|continuïteit|start", re.IGNORECASE)),
    ("team", re.compile(r"personeel|team|deskundig|professional|medewerker|vrijwillig|inzet van", re.IGNORECASE)),
    ("risks", re.compile(r"risico|borging", re.IGNORECASE)),
    ("monitoring", re.compile(r"monitor|verantwoord|meten|rapportage|kwaliteitszorg|lerend", re.IGNORECASE)),
    ("innovation", re.compile(r"innovat|meerwaarde|onderscheid|vernieuw", re.IGNORECASE)),
    ("budget", re.compile(r"begroting|doelmatig|financi", re.IGNORECASE)),
    ("reach", re.compile(r"\bbereik|doelgroep", re.IGNORECASE)),
    # "Onderbouwing van de aanpak", "Werkzame elementen": on what the approach rests
    ("grounding", re.compile(r"onderbouw|werkzame\s+elementen|erkende?\s+(?:methode|interventie)", re.IGNORECASE)),
)
# Standard chapters of a goal-by-goal proposal when the tender gives no structure, in reading order.
DEFAULT_CHAPTERS = ("cooperation", "innovation", "implementation", "team", "risks", "monitoring", "budget")
TOPIC_TITLES = {"cooperation": "Samenwerking en netwerk", "innovation": "Meerwaarde en innovatie",
                "implementation": "Uitvoering en planning", "team": "Personeel en deskundigheid",
                "risks": "Risico's en borging", "monitoring": "Monitoring en verantwoording",
                "budget": "Begroting", "goals": "Onze aanpak per doel", "activity_plan": "Activiteitenplan",
                "requirements": "Toelatingseisen", "themes": "Gekozen thema's en onze bijdrage",
                "grounding": "Onderbouwing van de aanpak"}


@dataclass
class Chapter:
    """One chapter: its title, what fills it, the goals inside it (0-based) and its page budget."""

    title: str
    kind: str  # "goals", "activity_plan", "themes", "lot", "requirements", "budget", "price", "interview", or a topic
    goals: list[int] = field(default_factory=list)
    page_limit: int | None = None
    criterion: CriterionInfo | None = None
    overview: bool = False  # opens with the goals at a glance: a criterion over all goals that others detail

    @property
    def answers_criterion(self) -> bool:
        return self.criterion is not None


def plan_chapters(tender: TenderInfo, goal_count: int) -> list[Chapter]:
    """The chapters for this tender's route and criteria; goal by goal when it gives no structure."""
    everything = list(range(goal_count))
    if tender.route == "open house":
        return _open_house(tender, everything)
    quality = [c for c in tender.criteria if c.kind == "quality"]
    if quality:
        chapters = _by_criteria(tender.criteria, everything, tender.route == "subsidie")
        if tender.route == "subsidie" and not any(c.kind == "budget" for c in chapters):
            chapters.append(Chapter(TOPIC_TITLES["budget"], "budget"))
        return chapters
    if tender.route == "subsidie":
        return [Chapter(TOPIC_TITLES["activity_plan"], "activity_plan", everything),
                *(Chapter(TOPIC_TITLES[t], t) for t in ("cooperation", "team", "monitoring", "budget"))]
    return [Chapter(TOPIC_TITLES["goals"], "goals", everything), *(Chapter(TOPIC_TITLES[t], t) for t in DEFAULT_CHAPTERS)]


def _open_house(tender: TenderInfo, everything: list[int]) -> list[Chapter]:
    """The requirements, the lots chosen with our contribution; when several lots are answered, each lot's
    goals in a chapter of its own, within the lot's page limit (the goals of no lot stay with the choice)."""
    lots = lots_apart(tender, len(everything))
    if not lots:
        return [Chapter(TOPIC_TITLES["requirements"], "requirements"),
                Chapter(TOPIC_TITLES["themes"], "themes", everything)]
    placed = {goal for _, goals in lots for goal in goals}
    return [Chapter(TOPIC_TITLES["requirements"], "requirements"),
            Chapter(TOPIC_TITLES["themes"], "themes", [g for g in everything if g not in placed]),
            *(Chapter(lot.title, "lot", goals, lot.page_limit) for lot, goals in lots)]


def _by_criteria(criteria: list[CriterionInfo], everything: list[int], subsidy: bool) -> list[Chapter]:
    """One chapter per criterion, in the tender's order; goals sit in the criterion that covers them."""
    criteria = _once(criteria)
    assigned = _assign_goals(criteria, everything)
    umbrella = _umbrella(assigned, everything)
    if umbrella is not None:  # its goals are answered in the criteria about them; it gets the overview
        assigned[umbrella] = [g for g in assigned[umbrella]
                              if not any(g in goals for i, goals in enumerate(assigned) if i != umbrella)]
    plan_kind = "activity_plan" if subsidy else "goals"
    chapters = []
    for n, (criterion, goals, title) in enumerate(zip(criteria, assigned, criterion_titles(criteria))):
        if criterion.kind in ("price", "interview"):
            chapters.append(Chapter(title, criterion.kind, [], criterion.page_limit, criterion))
        else:
            kind = plan_kind if goals or n == umbrella else _topic(criterion.name)
            chapters.append(Chapter(title, kind, goals, criterion.page_limit, criterion, n == umbrella))
    return chapters


# The tender's own code of a criterion: letters and a number ("K1", "Q3", "SC1.2", a sub-criterion's "K1a"), standing
# apart in its table or opening its name ("K1 Mantelzorg en respijt"); a bare number or a section number ("2", "6.1")
# only counts the criteria, which the chapter's own number does already.
OWN_CODE = re.compile(r"[A-Z]{1,3}(?P<number>\d{1,2})(?:\.\d{1,2}|[a-h])?")
NAME_CODE = re.compile(r"^(?P<code>[A-Z]{1,3}\d{1,2}(?:\.\d{1,2}|[a-h])?)[.:]?\s+(?=\S)")
NAME_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[^\W\d_])")
LOOSE_END = re.compile(r"[\s—–:;,-]+$")  # "K1 Aanpak en aansluiting bij de doelen —": a weight read off after the dash


def criterion_titles(criteria: list[CriterionInfo]) -> list[str]:
    """Each criterion's chapter title: its name, whole and capitalised, after the tender's own code when the tender
    codes its quality criteria ("K1 Mantelzorg en respijt") and no code otherwise, one rule for every chapter. A code
    the reading lost between coded neighbours is the one their series gives ("K1", "K2", ?, "K4": "K3"); a quality
    criterion whose code stays unknown leaves every chapter without one."""
    names, codes = [], []
    for criterion in criteria:
        name = LOOSE_END.sub("", criterion.name.strip())
        found = NAME_CODE.match(name)
        names.append(name[found.end():] if found else name)
        own = criterion.code.strip().rstrip(".")
        codes.append(found["code"] if found else own if OWN_CODE.fullmatch(own) else "")
    quality = [i for i, c in enumerate(criteria) if c.kind == "quality"]
    if len(quality) > 1 and all(NAME_NUMBER.match(names[i]) for i in quality):  # "1 Bijdrage aan de doelen", "2 …"
        names = [NAME_NUMBER.sub("", name) for name in names]
    codes = _series(codes)
    shown = bool(quality) and all(codes[i] for i in quality)
    return [capitalised(f"{code} {name}" if shown and code else name) for name, code in zip(names, codes)]


def _series(codes: list[str]) -> list[str]:
    """The codes with a gap between two known ones filled where the known ones run in the tender's order under one
    prefix, each its position plus the same offset ("K1", "K2", "", "K4" → "K3"); otherwise as they are. After the
    last code nothing is filled: the price there may have none of its own."""
    known = [(i, OWN_CODE.fullmatch(code)) for i, code in enumerate(codes) if code]
    prefixes = {m[0][: m.start("number")] for _, m in known}
    offsets = {int(m["number"]) - i for i, m in known}
    if len(known) < 2 or len(prefixes) != 1 or len(offsets) != 1 or any(m[0] != m[0][:m.end("number")] for _, m in known):
        return codes
    prefix, offset = prefixes.pop(), offsets.pop()
    first, last = known[0][0], known[-1][0]
    return [code or (f"{prefix}{i + offset}" if first < i < last else "") for i, code in enumerate(codes)]


def _umbrella(assigned: list[list[int]], everything: list[int]) -> int | None:
    """The criterion the tender links to every goal ("bijdragen aan alle doelen") while others name some of
    them, whose goals would otherwise be written out twice; None when there is none."""
    if len(everything) < 2:
        return None
    for i, goals in enumerate(assigned):
        if set(goals) == set(everything) and any(others for j, others in enumerate(assigned) if j != i):
            return i
    return None


def _once(criteria: list[CriterionInfo]) -> list[CriterionInfo]:
    """Each criterion once: a tender may list its criteria twice (a table, and again in prose or an annex);
    the first keeps its place and takes the goals, weight and page limit the other gives it."""
    kept: dict[str, CriterionInfo] = {}
    for criterion in criteria:
        key = " ".join(criterion.name.casefold().split())
        if key not in kept:
            kept[key] = replace(criterion, goals=list(criterion.goals))
            continue
        first = kept[key]
        first.goals = sorted(set(first.goals) | set(criterion.goals))
        first.weight = first.weight or criterion.weight
        first.page_limit = first.page_limit or criterion.page_limit
    return list(kept.values())


def _assign_goals(criteria: list[CriterionInfo], everything: list[int]) -> list[list[int]]:
    """The goals per criterion: as the tender says, else all goals under the first criterion about the approach."""
    # price and interview take no goals, even when the tender's text seems to link some to them
    assigned = [[n - 1 for n in c.goals if 0 < n <= len(everything)] if c.kind == "quality" else [] for c in criteria]
    left = [g for g in everything if not any(g in goals for goals in assigned)]
    if left:
        quality = [i for i, c in enumerate(criteria) if c.kind == "quality"]
        approach = next((i for words in APPROACH for i in quality if words.search(criteria[i].name)
                         and not assigned[i]), None)
        target = approach if approach is not None else next((i for i in quality if assigned[i]), quality[0])
        assigned[target] = sorted(assigned[target] + left)
    return assigned


def _topic(name: str) -> str:
    return next((topic for topic, words in TOPICS if words.search(name)), "open")
