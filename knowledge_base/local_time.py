"""Moments are stored in UTC; people read them in Dutch local time (Europe/Amsterdam)."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")
DUTCH_FORMAT = "%d-%m-%Y %H:%M"


def to_local(value: str | float | datetime) -> datetime:
    """A stored moment (UTC ISO text, epoch seconds or a datetime) in Amsterdam time.

    Text or a datetime without an offset is taken to be UTC, as everything stored is.
    """
    if isinstance(value, (int, float)):
        moment = datetime.fromtimestamp(value, timezone.utc)
    else:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(LOCAL_ZONE)


def local_time(value: str | float | datetime | None) -> str:
    """A stored moment as Amsterdam time, e.g. "27-11-2026 03:10"; "" when empty, other text as it is."""
    if value is None or value == "":
        return ""
    try:
        return to_local(value).strftime(DUTCH_FORMAT)
    except (TypeError, ValueError):
        return str(value)
