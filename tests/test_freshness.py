"""Freshness: review dates, certificates, old results and old recognitions, with the date moved by the test."""
from datetime import date

import pytest

from knowledge_base import save_record
from knowledge_base.freshness import marks, record_staleness, stale_records

PROOF = {"ref": "BW01", "type": "proof", "title": "HKZ-certificaat", "proof_kind": "HKZ", "valid_until": "2027-03-31"}
RESULT = {"ref": "R01", "type": "result", "title": "Minder eenzaam", "period": "2019-2020",
          "indicator": "minder eenzaam", "value": "68", "unit": "%"}
METHOD = {"ref": "M01", "type": "method", "title": "Maatjes", "evidence_level": "goed onderbouwd",
          "databank": "Movisie", "recognised_on": "2021-05-01"}
TEXT = {"ref": "ST01", "type": "standard_text", "title": "Privacy", "summary": "AVG.", "review_on": "2027-01-31"}


def _marks(record: dict, today: date, **options) -> list[str]:
    from knowledge_base.records import normalise
    return [s.mark for s in record_staleness(normalise(record), today, **options)]


@pytest.mark.parametrize("today, expected", [
    (date(2026, 12, 1), []),                # more than 90 days left
    (date(2027, 1, 1), ["verloopt"]),       # 89 days left
    (date(2027, 3, 31), ["verloopt"]),      # the last valid day
    (date(2027, 4, 1), ["verlopen"]),
])
def test_certificate_expiring_within_90_days_and_expired(today, expected):
    assert _marks(PROOF, today) == expected


@pytest.mark.parametrize("today, expected", [(date(2027, 1, 31), []), (date(2027, 2, 1), ["verouderd"])])
def test_review_date_passed_on_any_type(today, expected):
    assert _marks(TEXT, today) == expected
    assert _marks({**METHOD, "recognised_on": "", "review_on": "2027-01-31"}, today) == expected


@pytest.mark.parametrize("today, max_age, expected", [
    (date(2025, 6, 1), 5, []),              # ended 2020: five years ago
    (date(2026, 1, 1), 5, ["verouderd"]),   # six years
    (date(2026, 1, 1), 8, []),              # the setting allows more
    (date(2023, 1, 1), 2, ["verouderd"]),
])
def test_results_older_than_the_chosen_number_of_years(today, max_age, expected):
    assert _marks(RESULT, today, result_max_age=max_age) == expected


@pytest.mark.parametrize("today, expected", [(date(2026, 5, 1), []), (date(2026, 5, 2), ["verouderd"])])
def test_recognition_older_than_five_years(today, expected):
    assert _marks(METHOD, today) == expected


def test_stale_records_lists_the_worst_first_with_dutch_reasons(db):
    for record in (PROOF, RESULT, METHOD, TEXT, {**PROOF, "ref": "BW02", "valid_until": "2027-01-15"}):
        save_record(db, record)
    found = stale_records(db, date(2027, 2, 1))
    assert [(s.ref, s.mark) for s in found] == [("BW02", "verlopen"), ("M01", "verouderd"), ("R01", "verouderd"),
                                                ("ST01", "verouderd"), ("BW01", "verloopt")]
    assert "15 januari 2027" in found[0].reason and "31 januari 2027" in found[3].reason
    assert stale_records(db, date(2025, 1, 1)) == []


def test_the_start_page_and_the_list_show_what_is_stale(director, db, monkeypatch):
    for record in (PROOF, RESULT, TEXT):
        save_record(db, record)
    monkeypatch.setattr("proposal_builder.web.views.main.date", type("D", (), {"today": lambda: date(2027, 4, 2)}))
    monkeypatch.setattr("proposal_builder.web.views.records.date",
                        type("D", (), {"today": lambda: date(2027, 4, 2), "fromisoformat": date.fromisoformat}))
    start = director.get("/").get_data(as_text=True)
    assert "Verouderd of verloopt binnenkort" in start
    assert "BW01" in start and "verlopen" in start and "ST01" in start and "R01" in start
    listing = director.get("/kennisbank/").get_data(as_text=True)
    assert listing.count("badge warn stale") == 2 and listing.count("badge bad stale") == 1
    assert "geldig tot 31 maart 2027: verlopen" in director.get("/kennisbank/BW01").get_data(as_text=True)


def test_the_setting_moves_the_age_of_results(director, db, monkeypatch):
    save_record(db, RESULT)
    monkeypatch.setenv("PROPOSAL_BUILDER_RESULT_MAX_AGE", "50")
    assert "Verouderd of verloopt" not in director.get("/").get_data(as_text=True)
    monkeypatch.setenv("PROPOSAL_BUILDER_RESULT_MAX_AGE", "1")
    assert "ouder dan 1 jaar" in director.get("/").get_data(as_text=True)


def test_marks_keep_the_worst_per_record():
    from knowledge_base.records import normalise
    record = normalise({**PROOF, "review_on": "2026-01-01"})
    assert marks([record], date(2027, 4, 2)) == {"BW01": "verlopen"}
    assert marks([record], date(2026, 6, 1)) == {"BW01": "verouderd"}
