"""The submission deadline told from an Open House's admission window and later rounds (CONVENTIONS.md, deadline):
neither end of a rolling window is the deadline, the date to be in by to start first is; a later round, a date by
which the tender decides and a restricted procedure's request to take part are none. In a .docx, a .pdf and pasted
text made here."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes

INTRO = [("h1", "Open House Herstel en mentale gezondheid Dongeveld 2028–2031"),
         ("para", "In deze Open House sluiten de gemeenten Dongeveld en Kerkwaard een overeenkomst met iedere aanbieder die "
                  "aan de toelatingseisen voldoet. Er vindt geen selectie plaats.")]
WINDOW_WITH_FIRST_DATE = INTRO + [
    ("h2", "5 Procedure en planning"),
    ("para", "Aanbieders kunnen zich aanmelden vanaf 10 januari 2028 tot en met 31 december 2031. Wie per 1 juli 2028 wil "
             "starten, zorgt ervoor dat zijn aanmelding uiterlijk 3 april 2028 compleet binnen is."),
    ("table", [["Moment", "Datum"], ["Laatste dag voor vragen over de eerste ronde", "6 maart 2028"],
               ["Besluit over toelating eerste ronde", "15 mei 2028"], ["Start eerste toegelaten aanbieders", "1 juli 2028"]]),
]
WINDOW_ONLY = INTRO + [
    ("h2", "5 Procedure en looptijd"),
    ("para", "De Open House loopt van 1 januari 2028 tot en met 31 december 2031. Aanmelden kan doorlopend, van maandag "
             "1 november 2027 tot en met maandag 30 juni 2031. Wij beoordelen een aanmelding binnen zes weken."),
    ("h2", "9 Planning"),
    ("table", [["Wat", "Wanneer"], ["Opening aanmelden", "maandag 1 november 2027"],
               ["Laatste dag om aan te melden", "maandag 30 juni 2031"]]),
]
ROUNDS = INTRO + [
    ("h2", "6 Aanmelden"),
    ("para", "Op 14 januari 2027 is er een informatiebijeenkomst in het gemeentehuis."),
    ("para", "Het eerste toetredingsmoment sluit op 15 februari 2027 om 17.00 uur. Aanbieders die dan zijn toegelaten, kunnen "
             "vanaf 1 april 2027 starten. Daarna kunt u zich elk halfjaar aanmelden; het volgende toetredingsmoment sluit op "
             "15 augustus 2027."),
]
DECIDED = INTRO + [
    ("h2", "6 Aanmelden"),
    ("para", "Aanmelden kan vanaf 11 januari 2027. Het eerste toetredingsmoment is 1 maart 2027: aanmeldingen die uiterlijk "
             "op die dag binnen zijn, beoordelen wij vóór 1 april 2027."),
]
RESTRICTED = [
    ("h1", "Aanbestedingsleidraad Jongerenwerk Ravenholt 2027–2030"),
    ("para", "De gemeente Ravenholt besteedt het jongerenwerk aan met een niet-openbare procedure in twee fasen."),
    ("h2", "3 Planning"),
    ("table", [["Activiteit", "Datum"], ["Vragen selectiefase tot", "maandag 1 maart 2027, 12.00 uur"],
               ["Sluiting aanmelding (verzoek tot deelneming)", "dinsdag 16 maart 2027, 12.00 uur"],
               ["Sluiting inschrijving", "dinsdag 18 mei 2027, 12.00 uur"], ["Voornemen tot gunning", "dinsdag 8 juni 2027"]]),
]
SUBSIDY_WINDOW = [
    ("h1", "Subsidieregeling Opvoedondersteuning Meerveld 2028–2029"),
    ("h2", "Artikel 6 Aanvraag"),
    ("para", "Een aanvraag kan worden ingediend van 1 september 2027 tot en met 31 oktober 2027."),
]


def _pasted(elements) -> str:
    lines = []
    for kind, value in elements:
        if kind == "table":
            lines += ["| " + " | ".join(row) + " |" for row in value]
        else:
            lines.append({"h1": "# ", "h2": "## "}.get(kind, "") + value)
    return "\n".join(lines)


def _deadline(elements, fmt: str):
    if fmt == "txt":
        analysis = analyse_text(_pasted(elements))
    else:
        data = docx_bytes(elements) if fmt == "docx" else pdf_bytes([(k if k != "h2" else "h1", v) for k, v in elements])
        analysis = analyse_tender(data, f"toelatingsdocument.{fmt}")
    return analysis.deadline.date if analysis.deadline else None


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_the_date_to_be_in_by_to_start_first_is_the_deadline_not_the_end_of_the_admission_window(fmt):
    assert _deadline(WINDOW_WITH_FIRST_DATE, fmt) == "2028-04-03"
    assert _deadline(SUBSIDY_WINDOW, fmt) == "2027-10-31"  # a subsidy's window of weeks closes on its deadline


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_a_rolling_admission_without_a_first_date_has_no_deadline(fmt):
    assert _deadline(WINDOW_ONLY, fmt) is None


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_the_first_rounds_cut_off_is_the_deadline_not_a_later_round_nor_the_date_of_the_decision(fmt):
    assert _deadline(ROUNDS, fmt) == "2027-02-15"
    assert _deadline(DECIDED, fmt) == "2027-03-01"


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_a_restricted_procedures_request_to_take_part_is_no_deadline_the_offers_is(fmt):
    assert _deadline(RESTRICTED, fmt) == "2027-05-18"
