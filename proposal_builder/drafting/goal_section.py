"""The section for one goal: the goal quoted, our approach, proven results, what we measure."""
from __future__ import annotations

from .document import Element, Heading, Paragraph, Run, para, placeholder
from .citations import method_citation, source, value_text
from .evidence import GoalEvidence, ResultItem
from ..tender.goal import KIND_DESCRIPTIONS, Goal

HEADING_LIMIT = 90


def goal_heading(goal: Goal) -> str:
    """The heading of a goal's section: the goal itself, shortened at a word when long."""
    text = " ".join(goal.text.split()).rstrip(".")
    if len(text) <= HEADING_LIMIT:
        return text
    return text[:HEADING_LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def method_paragraph(method: dict) -> Paragraph:
    """A method with its evidence level, summary and source."""
    summary = _sentence(method.get("summary", ""))
    return para(*method_citation(method), ". " + summary + " " if summary else " ",
                source(method.get("ref", "")))


def project_paragraph(project: dict) -> Paragraph:
    """A past project with place, period, summary and source."""
    where = ", ".join(v for v in (project.get("municipality", ""), project.get("period", "")) if v)
    summary = _sentence(project.get("summary", ""))
    return para(Run(project.get("title", ""), "bold"), f" ({where})" if where else "",
                ". " + summary + " " if summary else " ", source(project.get("ref", "")))


def result_paragraph(item: ResultItem) -> Paragraph | None:
    """A result as a bullet: indicator, value and unit, place and period copied from the record."""
    label = item.indicator or item.title
    if not item.value:
        return None
    context = [v for v in (item.municipality, item.period) if v]
    if item.project_title and item.project_title != item.title:
        context.append(f"project {item.project_title}")
    return para(Run(label, "bold"), ": ", value_text(item.value, item.unit),
                f" ({'; '.join(context)})" if context else "", " ", source(item.ref), role="bullet")


def story_paragraph(item: ResultItem, notices: list[str]) -> Paragraph | None:
    """The story behind a result when consent is recorded; otherwise a notice for the director."""
    if not item.story.strip():
        return None
    if not item.consent:
        notices.append(f"Het verhaal bij {item.ref} ‘{item.title}’ is weggelaten: "
                       "er is geen toestemming vastgelegd.")
        return None
    return para(Run(f"“{item.story.strip()}”", "italic"), " ", source(item.ref), role="story")


def _approach(goal_evidence: GoalEvidence) -> list[Element]:
    blocks: list[Element] = [Heading("Onze aanpak", 3)]
    blocks += [method_paragraph(m) for m in goal_evidence.methods]
    blocks += [project_paragraph(p) for p in goal_evidence.projects]
    if not goal_evidence.methods and not goal_evidence.projects:
        blocks.append(placeholder("aanpak voor dit doel", "welke werkwijze zet u in en waarom"))
    return blocks


def _results(goal_evidence: GoalEvidence, notices: list[str]) -> list[Element]:
    blocks: list[Element] = [Heading("Bewezen resultaten", 3)]
    for item in goal_evidence.results:
        blocks += [b for b in (result_paragraph(item), story_paragraph(item, notices)) if b]
    if len(blocks) == 1:
        blocks.append(placeholder("resultaten", "de kennisbank levert voor dit doel nog geen "
                                  "resultaat met een cijfer; vul aan of kies ander bewijs"))
    return blocks


def measure_lines(goal: Goal, goal_evidence: GoalEvidence) -> list[list[Run]]:
    """What we will measure: the tender's own indicator and the indicators of our results."""
    lines: list[list[Run]] = []
    seen: set[str] = set()
    if goal.indicator.strip():
        target = f" — streefwaarde: {goal.target.strip()}" if goal.target.strip() else ""
        lines.append([Run(goal.indicator.strip() + target), Run(" (indicator van de gemeente)", "source")])
        seen.add(goal.indicator.strip().lower())
    for item in goal_evidence.results:
        key = item.indicator.strip().lower()
        if key and key not in seen:
            seen.add(key)
            lines.append([Run(item.indicator.strip() + " "), source(item.ref)])
    return lines


def _measures(goal: Goal, goal_evidence: GoalEvidence) -> list[Element]:
    lines = measure_lines(goal, goal_evidence)
    if not lines:
        return [Heading("Wat we meten", 3),
                placeholder("indicatoren", "wat meet u voor dit doel, met nulmeting en streefwaarde")]
    return [Heading("Wat we meten", 3), *(Paragraph(line, "bullet") for line in lines)]


def _goal_intro(goal: Goal, municipality: str) -> list[Element]:
    kind = KIND_DESCRIPTIONS.get(goal.kind, goal.kind)
    about = f"Doel van de gemeente {municipality}" + (f", onderdeel ‘{goal.section_text}’" if goal.section else "")
    blocks: list[Element] = [Heading(goal_heading(goal), 2), para(f"“{goal.text.strip()}”", role="quote"),
                           para(Run(f"{about} · {kind}", "source"))]
    for text in (t.strip() for t in goal.own_text.split("\n\n")):
        if text:
            blocks.append(para(text))
    return blocks


def goal_blocks(goal: Goal, goal_evidence: GoalEvidence, municipality: str,
                notices: list[str]) -> list[Element]:
    """All blocks of one goal's section; notices collects what the director must know."""
    blocks = _goal_intro(goal, municipality)
    if goal_evidence.empty:
        notices.append(f"Voor het doel ‘{goal_heading(goal)}’ is geen bewijs gekozen.")
        blocks.append(placeholder("bewijs voor dit doel", "er is nog geen methode, project of "
                                  "resultaat uit de kennisbank gekozen; kies bewijs of beschrijf het zelf"))
        return blocks + _measures(goal, goal_evidence)
    return [*blocks, *_approach(goal_evidence), *_results(goal_evidence, notices),
            *_measures(goal, goal_evidence)]
