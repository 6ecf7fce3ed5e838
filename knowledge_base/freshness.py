"""What in the knowledge base is stale: a review date passed, a certificate expired or about to,
a result from long ago, a method's recognition older than five years.

Every rule takes `today` explicitly (tests move it); the age of results is a setting of the caller.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils
from babel.dates import format_date

from .records import list_records

EXPIRY_WARNING_DAYS = 90  # a certificate expiring within this many days is flagged
RECOGNITION_YEARS = 5  # a recognition older than this is flagged (databanks review about this often)
RESULT_MAX_AGE = 5  # default: results whose period ended more than this many years ago
# The marks shown in the record lists, worst first.
MARKS = ("verlopen", "verouderd", "verloopt")


@dataclass(frozen=True)
class Staleness:
    """One reason a record is stale: its mark in the lists and a Dutch sentence saying why."""

    ref: str
    type: str
    title: str
    mark: str  # "verlopen", "verouderd" or "verloopt"
    reason: str


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or "") else None
    except ValueError:
        return None


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _dutch(day: date) -> str:
    return format_date(day, "d MMMM y", locale="nl_NL")


def _end_year(period: str) -> int | None:
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", period or "")]
    return max(years) if years else None


def _reasons(record: dict, today: date, result_max_age: int) -> list[tuple[str, str]]:
    """(mark, reason) for every rule this record breaks."""
    found = []
    review = _date(record.get("review_on", ""))
    if review and review < today:
        found.append(("verouderd", f"de herzieningsdatum ({_dutch(review)}) is verstreken"))
    valid_until = _date(str((record.get("extra") or {}).get("valid_until") or ""))
    if record.get("type") == "proof" and valid_until:
        if valid_until < today:
            found.append(("verlopen", f"geldig tot {_dutch(valid_until)}: verlopen"))
        elif valid_until <= today + timedelta(days=EXPIRY_WARNING_DAYS):
            found.append(("verloopt", f"verloopt op {_dutch(valid_until)}, binnen {EXPIRY_WARNING_DAYS} dagen"))
    end = _end_year(record.get("period", ""))
    if record.get("type") == "result" and end and today.year - end > result_max_age:
        found.append(("verouderd", f"resultaat uit {end}: ouder dan {result_max_age} jaar"))
    recognised = _date(record.get("recognised_on", ""))
    if record.get("type") == "method" and recognised and _years_later(recognised, RECOGNITION_YEARS) < today:
        found.append(("verouderd", f"erkend op {_dutch(recognised)}: ouder dan {RECOGNITION_YEARS} jaar; "
                                   "controleer de erkenning in de databank"))
    return found


def record_staleness(record: dict, today: date, result_max_age: int = RESULT_MAX_AGE) -> list[Staleness]:
    """Why one record is stale (empty when it is fresh)."""
    return [Staleness(record.get("ref", ""), record.get("type", ""), record.get("title", ""), mark, reason)
            for mark, reason in _reasons(record, today, result_max_age)]


def stale_records(db: sqlite_utils.Database, today: date, result_max_age: int = RESULT_MAX_AGE) -> list[Staleness]:
    """Every reason a live record is stale, the worst marks first, then by ref."""
    found = [s for record in list_records(db) for s in record_staleness(record, today, result_max_age)]
    return sorted(found, key=lambda s: (MARKS.index(s.mark), s.ref))


def marks(records: list[dict], today: date, result_max_age: int = RESULT_MAX_AGE) -> dict[str, str]:
    """Per stale record its worst mark, for the record lists."""
    found = {}
    for record in records:
        reasons = [mark for mark, _ in _reasons(record, today, result_max_age)]
        if reasons:
            found[record["ref"]] = min(reasons, key=MARKS.index)
    return found
