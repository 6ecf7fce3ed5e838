"""A total named as the award basis ("Beste prijs-kwaliteitverhouding 1.000 punten") weighs what the criteria
listed with it weigh together; it counts them twice and is no criterion itself.

An umbrella share ("Kwaliteit 80%" over the quality criteria) is left to criterion_merge.py, which drops it only
where the quality criteria make it up.
"""

import re

from .criterion_reading import Criterion

TOTAL_NAME = re.compile(r"^\s*(?:(?:de\s+)?beste\s+)?(?:prijs-?kwaliteit(?:s)?verhouding|totaal|bpkv|emvi)\s*$|"
                        r"^\s*in\s+totaal\b", re.IGNORECASE)  # "In totaal zijn 100 punten te behalen."


def without_totals(criteria: list[Criterion]) -> list[Criterion]:
    """The criteria without a total: named as the award basis, weighing the sum of all the others."""
    return [criterion for criterion in criteria if not _total_of_others(criterion, criteria)]


def _total_of_others(criterion: Criterion, criteria: list[Criterion]) -> bool:
    others = [c for c in criteria if c is not criterion and _unit(c) == _unit(criterion) and _weight(c)]
    if len(others) < 2 or not TOTAL_NAME.match(criterion.name):
        return False
    return _weight(criterion) == sum(_weight(c) for c in others)


def _weight(criterion: Criterion) -> float:
    return criterion.percentage if criterion.percentage is not None else criterion.points or 0.0


def _unit(criterion: Criterion) -> str:
    return "%" if criterion.percentage is not None else "points"
