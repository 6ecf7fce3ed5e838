"""Stored UTC moments shown in Amsterdam time, Dutch format, in winter and in summer."""
from datetime import datetime, timezone

import pytest

from knowledge_base.local_time import local_time


@pytest.mark.parametrize("stored, shown", [
    ("2026-11-27T02:10:00+00:00", "27-11-2026 03:10"),  # winter: UTC+1
    ("2026-07-01T22:30:00+00:00", "02-07-2026 00:30"),  # summer: UTC+2, the next day
    ("2026-03-29T00:59:00+00:00", "29-03-2026 01:59"),  # just before the clocks go forward
    ("2026-03-29T01:00:00+00:00", "29-03-2026 03:00"),  # ... and just after
    ("2026-11-27T02:10:00", "27-11-2026 03:10"),  # no offset: UTC, as stored
    (datetime(2026, 11, 27, 2, 10, tzinfo=timezone.utc).timestamp(), "27-11-2026 03:10"),  # epoch seconds
])
def test_utc_is_shown_in_amsterdam_time(stored, shown):
    assert local_time(stored) == shown


@pytest.mark.parametrize("stored, shown", [(None, ""), ("", ""), ("onbekend", "onbekend")])
def test_empty_or_unreadable_values_are_left_as_they_are(stored, shown):
    assert local_time(stored) == shown
