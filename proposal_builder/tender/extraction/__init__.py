"""Analyse a tender's blocks: goals, award criteria, limits, deadline, budget, route, target groups,
municipalities, requirements, and per goal its indicator and target."""

from dataclasses import dataclass, field

from ..goal import OBLIGATION
from ..reading.blocks import Block
from .assessment import anonymous_assessment
from .criteria import Criterion, extract_criteria
from .criterion_details import complete_criteria
from .criterion_limits import limits_named_in_sentences
from .deadline import Deadline, extract_deadline
from .facts import Budget, extract_budget, extract_route, extract_target_groups
from .limits import proposal_limits
from .lot_budgets import whole_of, with_lot_budgets
from .lot_goals import link_goals
from .lots import Lot, extract_lots, named_parts
from .municipalities import extract_municipalities
from .money import extract_budget_parts
from .prose_criteria import named_in_prose
from .procedure import extract_procedure, procedure_route
from .requirement_model import learned_requirements
from .requirements import Requirement, agreement_terms, extract_requirements, for_route, once_admitted
from .sources import fact_sources
from .targets import fill_targets
from .goals import Decision, Goal, ambition_of, extract_goals
from .sections import SectionClassifier


@dataclass
class TenderAnalysis:
    """Everything read from one tender, as plain data."""

    goals: list[Goal] = field(default_factory=list)
    criteria: list[Criterion] = field(default_factory=list)
    page_limit: int | None = None
    word_limit: int | None = None
    deadline: Deadline | None = None
    budget: Budget | None = None
    route: str = ""
    target_groups: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)
    procedure: str = ""
    budget_parts: list[dict] = field(default_factory=list)  # [{name, amount}] per theme or lot
    excluding_appendices: bool | None = None
    page_limit_part: str = ""  # "activiteitenplan" when the page limit is the activity plan's; "" for the whole
    requirements: list[Requirement] = field(default_factory=list)
    facts_sources: dict[str, int] = field(default_factory=dict)  # fact name -> block position
    lots: list[Lot] = field(default_factory=list)  # the lots or themes, each with its goals and source block
    anonymous: bool = False  # the plan is assessed without the tenderer's name
    ambition: list[dict] = field(default_factory=list)  # [{text, block}]: the overarching ambition above the goals

    def to_dict(self, with_blocks: bool = False) -> dict:
        """Return the analysis in the CLI's JSON shape."""
        data = {
            "goals": [_goal_dict(goal) for goal in self.goals],
            "criteria": [criterion.to_dict() for criterion in self.criteria],
            "page_limit": self.page_limit,
            "word_limit": self.word_limit,
            "deadline": self.deadline.iso() if self.deadline else None,
            "budget": self.budget.to_dict() if self.budget else None,
            "route": self.route or None,
            "target_groups": self.target_groups,
            "municipalities": self.municipalities,
            "procedure": self.procedure or None,
            "budget_parts": self.budget_parts,
            "excluding_appendices": self.excluding_appendices,
            "page_limit_part": self.page_limit_part or None,
            "requirements": [requirement.to_dict() for requirement in self.requirements],
            "facts_sources": self.facts_sources,
            "lots": [lot.to_dict() for lot in self.lots],
            "anonymous": self.anonymous,
            "ambition": self.ambition,
        }
        if with_blocks:
            data["blocks"] = [block.to_dict() for block in self.blocks]
        return data


def _goal_dict(goal: Goal) -> dict:
    data = {"text": goal.text, "section": goal.section_text, "kind": goal.kind, "position": goal.block,
            "indicator": goal.indicator, "target": goal.target}
    if goal.attributes:
        data["attributes"] = goal.attributes
    return data


def analyse_blocks(blocks: list[Block]) -> TenderAnalysis:
    """Extract goals and the tender's facts from its blocks."""
    criteria = extract_criteria(blocks) or named_in_prose(blocks)  # merged, totals and lists included
    decisions: list[Decision] = []
    goals = fill_targets(extract_goals(blocks, SectionClassifier(blocks), decisions), blocks)
    page_limit, word_limit, excluding, part = proposal_limits(blocks, complete_criteria(criteria, blocks, goals))
    limits_named_in_sentences(criteria, blocks)
    procedure, municipalities = extract_procedure(blocks), extract_municipalities(blocks)
    route = procedure_route(blocks, procedure) or extract_route(blocks)
    budget = extract_budget(blocks)
    analysis = TenderAnalysis(
        goals=goals, criteria=criteria, page_limit=page_limit, word_limit=word_limit,
        deadline=extract_deadline(blocks), budget=budget,
        route=route,
        target_groups=extract_target_groups(blocks, [goal.text for goal in goals]), blocks=blocks,
        municipalities=municipalities, procedure=procedure,
        budget_parts=extract_budget_parts(blocks, municipalities, budget and budget.amount), excluding_appendices=excluding,
        page_limit_part=part,
        requirements=for_route(_requirements(blocks, goals), route), ambition=ambition_of(decisions),
    )
    doubt_obligations(analysis.goals, analysis.requirements)
    analysis.lots = link_goals(extract_lots(blocks, [g.block for g in goals], [g.text for g in goals], analysis.budget_parts),
                               blocks, goals)
    analysis.budget_parts = named_parts(analysis.budget_parts, analysis.lots)
    if not analysis.budget_parts:  # each lot's own amount, where the lots make up the budget
        analysis.budget_parts, analysis.budget = with_lot_budgets(blocks, analysis.lots, budget)
    analysis.budget = whole_of(blocks, analysis.budget_parts, analysis.budget)
    analysis.facts_sources = fact_sources(analysis)
    if analysis.ambition:
        analysis.facts_sources["ambition"] = analysis.ambition[0]["block"]
    anonymous = anonymous_assessment(blocks)
    if anonymous is not None:
        analysis.anonymous, analysis.facts_sources["anonymous"] = True, anonymous
    return analysis


def doubt_obligations(goals: list[Goal], requirements: list[Requirement]) -> None:
    """Doubt each goal the tender also asks of the provider as a requirement (the same block: "Een toegelaten
    aanbieder verplicht zich: een melding binnen vijf werkdagen op te pakken"): an obligation, probably no goal."""
    asked = {requirement.block for requirement in requirements if requirement.block is not None}
    for goal in goals:
        if goal.block in asked:
            goal.doubt = OBLIGATION


def _requirements(blocks: list[Block], goals: list[Goal]) -> list[Requirement]:
    """The rules' requirements, and those the learned model finds beside them (goal blocks and the agreement's terms
    apart), in document order."""
    found = extract_requirements(blocks)
    skip = {goal.block for goal in goals if goal.block is not None} | agreement_terms(blocks)
    at = {block.position: block for block in blocks}
    found += [r for text, kind, block in learned_requirements(blocks, [r.text for r in found], skip)
              for r in once_admitted([Requirement(text, kind, block)], at[block])]
    return sorted(found, key=lambda r: (r.block is None, r.block or 0))
