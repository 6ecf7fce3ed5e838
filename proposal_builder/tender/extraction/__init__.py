"""Analyse a tender's blocks: goals, award criteria, limits, deadline, budget, route, target groups."""

from dataclasses import dataclass, field

from ..reading.blocks import Block
from .criteria import Criterion, extract_criteria, proposal_limits
from .deadline import Deadline, extract_deadline
from .facts import Budget, extract_budget, extract_route, extract_target_groups
from .goals import Goal, extract_goals
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
    criteria = extract_criteria(blocks)
    page_limit, word_limit = proposal_limits(blocks, criteria)
    goals = extract_goals(blocks, SectionClassifier(blocks))
    return TenderAnalysis(
        goals=goals,
        criteria=criteria,
        page_limit=page_limit,
        word_limit=word_limit,
        deadline=extract_deadline(blocks),
        budget=extract_budget(blocks),
        route=extract_route(blocks),
        target_groups=extract_target_groups(blocks, [goal.text for goal in goals]),
        blocks=blocks,
    )
