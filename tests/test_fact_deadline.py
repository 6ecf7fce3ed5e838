"""The submission deadline against the other dates of a subsidy regulation."""
from __future__ import annotations

from proposal_builder.tender import analyse_text


def test_the_request_to_settle_a_grant_later_is_no_submission_deadline():
    analysis = analyse_text(
        "# Subsidieregeling sociale basis\n\nHet college verdeelt het subsidieplafond door middel van een tender.\n\n"
        "## Artikel 6 Aanvraag\n\n1. Een aanvraag wordt ingediend in de periode van 1 mei 2027 tot en met 15 juni 2027.\n\n"
        "## Artikel 9 Vaststelling\n\n1. De aanvraag tot vaststelling wordt uiterlijk 1 mei 2032 ingediend.\n")
    assert analysis.deadline.date == "2027-06-15"


def test_the_end_of_a_rolling_admission_is_no_deadline_the_first_rounds_cut_off_is():
    analysis = analyse_text("# Open House Meedoen in Wisseloord 2027–2030\n\n## Aanmelden en planning\n\n"
                            "Aanmelden kan vanaf 2 november 2026 doorlopend tot en met 30 juni 2030, met het aanmeldformulier.\n\n"
                            "Aanmeldingen die uiterlijk 8 januari 2027 binnen zijn, worden beoordeeld vóór de start van de "
                            "overeenkomsten op 1 april 2027.\n")
    assert analysis.deadline.date == "2027-01-08"


def test_the_end_of_the_contracts_term_that_is_renewed_tacitly_is_no_deadline():
    analysis = analyse_text(
        "# Offerteaanvraag begeleiding statushouders\n\n## 3 De opdracht\n\n"
        "De overeenkomst loopt van 1 maart 2027 tot en met 29 februari 2028 en wordt daarna stilzwijgend verlengd met "
        "een jaar, tenzij een van beide partijen de overeenkomst uiterlijk drie maanden voor het einde opzegt.\n\n"
        "## 5 Planning\n\n| Onderdeel | Datum |\n| Uiterste datum voor vragen | 20 november 2026, 12.00 uur |\n"
        "| Uiterste datum indienen offerte | 14 december 2026, 10.00 uur |\n| Start opdracht | 1 maart 2027 |\n")
    assert analysis.deadline.date == "2026-12-14"


def test_the_date_a_window_opens_is_no_deadline_and_a_rolling_open_houses_first_date_to_start_is():
    analysis = analyse_text(
        "# Open House Geldzorgen\n\n## 2 Hoe werkt deze Open House\n\nToetreden kan gedurende de hele looptijd. Vanaf "
        "4 oktober 2027 kunt u een verzoek tot toetreding indienen; de gemeenten beslissen binnen zes weken. Verzoeken die "
        "uiterlijk 1 november 2027 binnen zijn, worden zo beoordeeld dat u per 1 januari 2028 kunt starten.\n\n"
        "## 8 Planning\n\nVerzoeken tot toetreding kunnen worden ingediend vanaf 4 oktober 2027.\n")
    assert analysis.deadline.date == "2027-11-01"
    opening_only = analyse_text("# Open House\n\n## Planning\n\nVerzoeken tot toetreding kunnen worden ingediend vanaf "
                                "4 oktober 2027. U kunt per 1 januari 2028 starten.\n")
    assert opening_only.deadline is None


def test_an_application_window_in_a_table_closes_on_the_deadline_and_a_walk_in_evening_is_none():
    analysis = analyse_text(
        "# Subsidie Sociaal Dichtbij Gravelinge 2028–2029\n\n## In het kort\n\n| Wat | subsidie voor hulp dichtbij |\n"
        "| Aanvragen | van 1 september tot en met 15 oktober 2027 |\n| Besluit | binnen acht weken na de sluiting |\n\n"
        "## Zo vraagt u aan\n\nU vraagt aan via het e-loket. Dat kan van 1 september tot en met 15 oktober 2027.\n\n"
        "Wilt u eerst overleggen? Op dinsdag 21 september 2027 om 19.30 uur is er een inloopavond in het dorpshuis.\n")
    assert analysis.deadline.date == "2027-10-15"  # "Aanvragen" is no question ("vragen") to hold against it


def test_the_date_by_which_the_college_decides_on_the_applications_is_no_deadline():
    analysis = analyse_text(
        "# Subsidietender Meedoen\n\n## Planning\n\nAanvragen dient u uiterlijk 1 oktober 2026 in via het e-loket.\n\n"
        "Het college beslist uiterlijk dinsdag 15 december 2026 op alle aanvragen.\n")
    assert analysis.deadline.date == "2026-10-01"
