"""Dutch formatting: moments in Amsterdam time, dates, numbers, money and percentages."""
import datetime as dt
from datetime import datetime, timezone

import pytest

from proposal_builder import dutch


@pytest.mark.parametrize("stored, shown", [
    ("2026-11-27T02:10:00+00:00", "27 november 2026, 03:10"),  # winter: UTC+1
    ("2026-07-01T22:30:00+00:00", "2 juli 2026, 00:30"),  # summer: UTC+2, the next day
    ("2026-03-29T00:59:00+00:00", "29 maart 2026, 01:59"),  # just before the clocks go forward
    ("2026-03-29T01:00:00+00:00", "29 maart 2026, 03:00"),  # ... and just after
    ("2026-11-27T02:10:00", "27 november 2026, 03:10"),  # no offset: UTC, as stored
    (datetime(2026, 11, 27, 2, 10, tzinfo=timezone.utc).timestamp(), "27 november 2026, 03:10"),  # epoch seconds
])
def test_utc_is_shown_in_amsterdam_time(stored, shown):
    assert dutch.moment(stored) == shown


@pytest.mark.parametrize("stored, shown", [(None, ""), ("", ""), ("onbekend", "onbekend")])
def test_empty_or_unreadable_values_are_left_as_they_are(stored, shown):
    assert dutch.moment(stored) == shown


@pytest.mark.parametrize("value, shown", [
    ("2022-03-14", "14 maart 2022"), (dt.date(2025, 5, 1), "1 mei 2025"), ("2027-12-31T10:00", "31 december 2027"),
    ("voorjaar 2022", "voorjaar 2022"), (None, ""),
])
def test_dates_are_written_out(value, shown):
    assert dutch.date(value) == shown


@pytest.mark.parametrize("iso, shown", [
    ("2027-03-01T12:00", "1 maart 2027, 12:00 uur"), ("2027-03-01", "1 maart 2027"), ("", ""), ("later", "later"),
])
def test_deadlines_with_their_time(iso, shown):
    assert dutch.date_time(iso) == shown


@pytest.mark.parametrize("value, decimals, shown", [
    (1100, None, "1.100"), (4.3, None, "4,3"), (1234567.5, None, "1.234.567,5"), (40.0, None, "40"),
    ("58", None, "58"), (12.345, 1, "12,3"), (3, 2, "3,00"), ("n.v.t.", None, "n.v.t."), (None, None, ""),
])
def test_numbers_use_a_thousands_dot_and_a_decimal_comma(value, decimals, shown):
    assert dutch.number(value, decimals) == shown


@pytest.mark.parametrize("amount, short, shown", [
    (610000, False, "€ 610.000"), (1350000.5, False, "€ 1.350.000,50"), (1100000, True, "€ 1,1 miljoen"),
    (450000, True, "€ 450.000"), (None, False, ""),
])
def test_money_in_euros(amount, short, shown):
    assert dutch.money(amount, short) == shown


def test_percentages():
    assert (dutch.percent(58), dutch.percent(12.5), dutch.percent(None)) == ("58%", "12,5%", "")


@pytest.mark.parametrize("written, shown", [
    ("ten minste 1500 huisbezoeken", "ten minste 1.500 huisbezoeken"), ("7.5", "7,5"), ("12 %", "12%"),
    ("€250 per jaar", "€ 250 per jaar"), ("20% in 2030 (2024: 33%)", "20% in 2030 (2024: 33%)"),
    ("1.200 per jaar", "1.200 per jaar"), ("7,5", "7,5")])
def test_figures_in_a_phrase_are_written_the_dutch_way(written, shown):
    assert dutch.figures(written) == shown
