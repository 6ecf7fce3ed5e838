"""Moments are stored in UTC; people read them in Dutch local time (Europe/Amsterdam). Shown by `proposal_builder.dutch`."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")


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
