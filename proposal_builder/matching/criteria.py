"""Which award criterion a goal is answered under, by meaning, when the tender does not say.

A tender often has one quality criterion per subject ("Plan van aanpak dorpsgerichte ondersteuning
en mantelzorg", "Plan van aanpak vitaal ouder worden", "Plan van aanpak jeugd in de kernen") and its
goals grouped under headings per subject ("Thema B – Vitaal ouder worden"), without linking the two.
The draft would then put every goal under the first. Here, when the tender links no goal to any
criterion and at least two quality criteria are about the approach, the goals under one heading go
together to the approach criterion nearest in meaning (the mean of their texts with the heading,
against the criterion's name), if it is clearly nearer than the next. A goal without a heading of its own stays for the drafting's fallback: one goal
sentence against a criterion's name is too weak a signal for the small default model.
"""
from __future__ import annotations

import numpy as np

from knowledge_base.embeddings import Embedder

from ..drafting.models import CriterionInfo
from ..drafting.plan import APPROACH
from ..tender.goal import Goal

# How much nearer (cosine) the nearest criterion must be than the next before goals are placed by meaning.
MARGIN = 0.01


def approach_criteria(criteria: list[CriterionInfo]) -> list[int]:
    """The quality criteria about the goals or the approach (the first of any with the same name: a tender
    may list its criteria twice, in a table and again in prose)."""
    found: dict[str, int] = {}
    for i, c in enumerate(criteria):
        if c.kind == "quality" and any(words.search(c.name) for words in APPROACH[:2]):
            found.setdefault(" ".join(c.name.casefold().split()), i)
    return list(found.values())


def with_goals_by_meaning(criteria: list, goals: list[Goal], embedder: Embedder) -> list:
    """The criteria (saved dicts or lines) with goal numbers added by meaning, as described above."""
    infos = [CriterionInfo.of(c) for c in criteria]
    candidates = approach_criteria(infos)
    # the tender links goals itself (a link to price or the interview is a misreading and does not count)
    if len(candidates) < 2 or any(info.goals for info in infos if info.kind == "quality"):
        return criteria
    groups: dict[str, list[int]] = {}
    for number in range(1, len(goals) + 1):
        if goals[number - 1].section:
            groups.setdefault(goals[number - 1].section[-1], []).append(number)
    if len(groups) < 2:  # one heading over every goal says nothing about which criterion is theirs
        return criteria
    names = np.asarray(embedder.encode_queries([infos[i].name for i in candidates]))
    placed: dict[int, list[int]] = {}
    for heading, numbers in groups.items():
        texts = embedder.encode_queries([f"{heading} — {goals[n - 1].text}" for n in numbers])
        row = np.asarray(texts).mean(axis=0) @ names.T
        order = np.argsort(-row)
        if row[order[0]] - row[order[1]] >= MARGIN:
            placed.setdefault(candidates[int(order[0])], []).extend(numbers)
    return [_with_goals(c, sorted(placed[i])) if i in placed else _with_goals(c, []) if infos[i].goals else c
            for i, c in enumerate(criteria)]


def _with_goals(criterion, numbers: list[int]) -> dict:
    """The criterion as a saved dict with these goal numbers."""
    info = CriterionInfo.of(criterion)
    saved = dict(criterion) if isinstance(criterion, dict) else {"name": info.name, "weight": info.weight}
    return {**saved, "goals": numbers}
