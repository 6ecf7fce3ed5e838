"""Warnings for personal data in client stories."""
import json

import pytest

from knowledge_base.demo_data import DEMO_FILE
from knowledge_base.privacy import passes_eleven_test, record_warnings, story_warnings


@pytest.mark.parametrize("text, kind, found", [
    ("Mevrouw Jansen gaat weer naar de markt.", "naam", "Mevrouw Jansen"),
    ("Samen met meneer De Boer kookt hij.", "naam", "meneer De Boer"),
    ("Toen Piet de Vries hulp vroeg", "naam", "Piet de Vries"),
    ("Fatima Yilmaz volgt de taalcursus.", "naam", "Fatima Yilmaz"),
    ("Ze woont aan de Kerkstraat 12a.", "adres", "Kerkstraat 12a"),
    ("Adres: 1234 AB Zaandam.", "postcode", "1234 AB"),
    ("Zijn BSN is 111222333.", "BSN", "111222333"),
    ("Zijn BSN is 123.456.782.", "BSN", "123.456.782"),
    ("Bel haar op 06-12345678.", "telefoonnummer", "06-12345678"),
    ("Bereikbaar via +31 6 12345678.", "telefoonnummer", "+31 6 12345678"),
    ("Het buurthuis: 020-1234567.", "telefoonnummer", "020-1234567"),
    ("Hij is geboren op 12-03-1948.", "geboortedatum", "geboren op 12-03-1948"),
    ("Sinds 3 maart 1950 woont ze hier.", "geboortedatum", "3 maart 1950"),
    ("Mail naar piet@example.nl.", "e-mailadres", "piet@example.nl"),
])
def test_personal_data_is_flagged_in_dutch(text, kind, found):
    warnings = story_warnings(text)
    assert any(kind in w and f"'{found}'" in w for w in warnings), warnings


@pytest.mark.parametrize("text", [
    "Mevrouw A. (81) gaat weer naar de markt.",
    "Meneer B. voelt zich minder alleen sinds hij de maatjes kent.",
    "In het Huis van de Wijk in Gemeente Zaanstad kwamen 120 deelnemers.",
    "Het project liep van 2019-2022 en kostte 1234 euro.",
    "Op 3 maart 2023 kwam ze voor het eerst.",
    "Zijn nummer 123456789 in de lijst.",
    "",
])
def test_harmless_text_gives_no_warning(text):
    assert story_warnings(text) == []


def test_phone_number_is_not_also_reported_as_bsn():
    # 0612345622's last nine digits pass the 11-proef; it is still a phone number.
    assert passes_eleven_test("612345622")
    warnings = story_warnings("Bel +31 612345622.")
    assert [w for w in warnings if "BSN" in w] == []
    assert any("telefoonnummer" in w for w in warnings)


def test_same_finding_is_reported_once():
    assert len(story_warnings("Mevrouw Jansen, ja, Mevrouw Jansen.")) == 1


@pytest.mark.parametrize("digits, valid", [
    ("111222333", True), ("123456782", True), ("123456789", False), ("000000000", False),
    ("12345678", False),
])
def test_eleven_test(digits, valid):
    assert passes_eleven_test(digits) is valid


def test_demo_stories_raise_no_warnings():
    records = json.loads(DEMO_FILE.read_text())
    stories = [r.get("story", "") for r in records]
    stories += [item.get("story", "") for r in records for item in r.get("results", [])]
    assert [w for s in stories for w in story_warnings(s)] == []


def test_record_warnings_cover_result_story_and_inline_results():
    result = {"type": "result", "story": "Bel 06-12345678.", "results": []}
    project = {"type": "project", "story": "",
               "results": [{"indicator": "x", "value": "1", "story": "Mevrouw Jansen"},
                           {"indicator": "y", "value": "2", "story": "Mevrouw Jansen"}]}
    assert len(record_warnings(result)) == 1 and "telefoonnummer" in record_warnings(result)[0]
    assert len(record_warnings(project)) == 1 and "naam" in record_warnings(project)[0]
    assert record_warnings({"type": "method"}) == []
