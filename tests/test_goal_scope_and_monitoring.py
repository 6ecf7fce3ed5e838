"""What stands around goals in new layouts is no goal: a lot's scope sentence, the monitoring line under a theme's goal,
a sentence setting a goal's measure later, and the make-up of an Open House in its goal article; a goal after the label
"Wat we willen:" is one, also when it starts in lower case. Each read from a real .docx, LibreOffice .pdf, .pdf or pasted text."""

import pytest

from proposal_builder.drafting.libreoffice import find_soffice, docx_to_pdf
from proposal_builder.tender import analyse_tender, analyse_text, read_pasted
from proposal_builder.tender.extraction.section_roles import MONITORING, section_roles
from proposal_builder.tender.extraction.sections import SectionClassifier

from .tender_samples import docx_bytes, pdf_bytes


def _goals(analysis) -> list[str]:
    return [goal.text for goal in analysis.goals]


def test_a_lots_scope_sentence_is_no_goal_in_a_docx():
    goals = ["Jongeren hebben in hun eigen wijk een plek waar zij elkaar ontmoeten.",
             "Overlast door groepen jongeren op straat neemt af."]
    data = docx_bytes([
        ("h1", "Aanbestedingsleidraad jongerenwerk Lindenhoek"),
        ("h1", "2 Doelen"), ("h2", "2.1 Doelen, indicatoren en streefwaarden"),
        ("p", "Voor beide percelen samen gelden de volgende doelen."),
        ("table", [["Nr.", "Doel", "Indicator", "Streefwaarde 2030"],
                   ["1", goals[0], "aantal bereikte jongeren per jaar", "ten minste 500"],
                   ["2", goals[1], "aantal meldingen van jeugdoverlast", "ten hoogste 200"]]),
        ("h1", "3 De opdracht"),
        ("h2", "3.1 Perceel 1 Jongerenwerk Lindenhoek"),
        ("p", "Perceel 1 omvat het jongerenwerk in de gemeente Lindenhoek: het beheer van jongerencentrum De Schuur, inloop "
              "op ten minste drie middagen per week en ambulant werk in de wijken Noord en Zuid."),
        ("h2", "3.2 Perceel 2 Straatwerk"),
        ("p", "Perceel 2 omvat het straatwerk in de hele gemeente, vooral in de avonduren en in het weekend."),
        ("h1", "4 Planning"), ("p", "Inschrijven kan tot en met 1 maart 2028."),
    ])
    assert _goals(analyse_tender(data, "leidraad.docx")) == goals


def _open_house() -> bytes:
    return docx_bytes([
        ("h1", "Open House Samen Thuis Wieringa"),
        ("h1", "Over deze Open House"), ("p", "De gemeente Wieringa laat iedere aanbieder toe die aan de eisen voldoet."),
        ("h1", "Wat we willen bereiken"),
        ("p", "De gemeente heeft haar aanpak van eenzaamheid in twee thema's verdeeld. Een aanbieder kan zich voor één of "
              "beide thema's aanmelden."),
        ("h2", "Thema 1 Ontmoeten"),
        ("p", "Wat we willen: in elk dorp is een buurtkamer waar ouderen zonder afspraak binnenlopen."),
        ("p", "In vier van de zeven dorpen is er al een koffieochtend, meestal in het dorpshuis. De gemeente vraagt "
              "aanbieders om in de andere dorpen samen met inwoners een plek op te zetten."),
        ("p", "Zo volgen we het: het aantal dorpen met een buurtkamer die ten minste één keer per week open is. "
              "Streefwaarde: alle zeven dorpen in 2030."),
        ("h2", "Thema 2 Maatjes"),
        ("p", "Wat we willen: ouderen die zich eenzaam voelen, hebben weer elke week contact met iemand buiten hun huis."),
        ("p", "Zo volgen we het: het aandeel deelnemers dat na een jaar ten minste eens per week iemand spreekt. "
              "Streefwaarde: 70% van de deelnemers."),
        ("h1", "Toelatingseisen"), ("p", "De aanbieder werkt met een verklaring omtrent het gedrag voor iedere vrijwilliger."),
    ])


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not installed")
def test_monitoring_lines_are_no_goals_and_a_lower_case_goal_after_its_label_is_one_in_a_libreoffice_pdf():
    analysis = analyse_tender(docx_to_pdf(_open_house()), "openhouse.pdf")
    assert _goals(analysis) == ["In elk dorp is een buurtkamer waar ouderen zonder afspraak binnenlopen.",
                                "Ouderen die zich eenzaam voelen, hebben weer elke week contact met iemand buiten hun huis."]


def test_a_sentence_setting_a_goals_measure_later_is_no_goal_in_a_pdf():
    goals = ["Mensen met een beperking doen mee aan activiteiten in hun eigen wijk.",
             "Mantelzorgers voelen zich gesteund en houden de zorg langer vol.",
             "Inwoners met beginnende klachten vinden sneller de weg naar hulp."]
    data = pdf_bytes([
        ("h1", "Subsidietender Meedoen Holtwijk 2028"),
        ("h1", "2. Wat wij willen bereiken"), ("p", "Voor deze subsidietender gelden de volgende doelen:"),
        *[("number", (f"{n}.", goal)) for n, goal in enumerate(goals, 1)],
        ("h1", "3. Hoe wij de doelen volgen"),
        ("p", "Wij volgen de doelen met een indicator en een streefwaarde per doel."),
        ("bold", "Doel 1"), ("p", "Indicator: aantal deelnemers met een beperking per jaar. Streefwaarde: 150 in 2029."),
        ("bold", "Doel 2"), ("p", "Indicator: aandeel mantelzorgers dat zich gesteund voelt. Streefwaarde: 75%."),
        ("bold", "Doel 3"),
        ("p", "Voor dit doel stellen wij de indicator en de streefwaarde in 2028 vast, samen met de huisartsen."),
        ("h1", "4. Subsidieplafond"), ("p", "Het subsidieplafond bedraagt € 200.000."),
    ])
    assert _goals(analyse_tender(data, "tender.pdf")) == goals


def test_a_heading_asking_how_we_follow_the_goals_is_monitoring():
    blocks = read_pasted("# Tender\n## Hoe wij de doelen volgen\nWij volgen de doelen met de Wijkmonitor.\n")
    roles = section_roles(blocks, SectionClassifier(blocks))
    assert roles[blocks[-1].position] == MONITORING


def test_the_make_up_of_an_open_house_in_its_goal_article_is_no_goal_in_pasted_text():
    text = ("# Open House Taal en Ontmoeting Rijnsburcht\n"
            "## Artikel 1 Begrippen\nIn deze regeling wordt verstaan onder aanbieder: een organisatie die taalaanbod levert.\n"
            "## Artikel 2 Aanleiding\nIn Rijnsburcht hebben naar schatting 9.000 volwassenen moeite met lezen.\n"
            "## Artikel 3 Doelen\n"
            "1. Het aanbod bestaat uit twee thema's. Een aanbieder kan zich voor één thema of voor beide thema's aanmelden.\n"
            "2. Voor het thema Taal gelden de volgende doelen:\n"
            "T1 Volwassenen die moeite hebben met lezen, redden zich beter in het dagelijks leven.\n"
            "T2 Anderstalige ouders voeren zelf een gesprek met de leerkracht van hun kind.\n"
            "3. Voor het thema Ontmoeting gelden de volgende doelen:\n"
            "O1 Inwoners die er alleen voor staan, hebben weer mensen om zich heen.\n"
            "## Artikel 4 Aanmelden\nAanmelden kan tot en met 1 maart 2028.\n")
    assert _goals(analyse_text(text)) == [
        "Volwassenen die moeite hebben met lezen, redden zich beter in het dagelijks leven.",
        "Anderstalige ouders voeren zelf een gesprek met de leerkracht van hun kind.",
        "Inwoners die er alleen voor staan, hebben weer mensen om zich heen."]


def test_the_terms_on_which_a_regulation_grants_subsidy_are_no_goals_in_a_pdf():
    goals = ["Ouders voelen zich zekerder in het opvoeden van hun kinderen.",
             "Ouders in de wijk kennen elkaar en steunen elkaar bij het opvoeden.",
             "Inwoners hebben een netwerk van mensen op wie zij kunnen terugvallen.",
             "Inwoners met een beperking doen mee aan activiteiten in hun eigen buurt."]
    data = pdf_bytes([
        ("h1", "Subsidieregeling Sterk Opgroeien Veldhoven-Oost 2028"),
        ("h2", "Artikel 1 Begrippen"), ("p", "In deze regeling wordt verstaan onder jeugdige: een inwoner jonger dan 18 jaar."),
        ("h2", "Artikel 2 Doel"),
        ("number", ("1.", "Het college verstrekt subsidie voor activiteiten die bijdragen aan een sterke pedagogische basis "
                          "in de wijken.")),
        ("number", ("2.", "Met deze regeling wil het college bereiken dat ouders zich zekerder voelen in het opvoeden van "
                          "hun kinderen en dat ouders in de wijk elkaar kennen en steunen.")),
        ("h2", "Artikel 3 Thema Ontmoeten"),
        ("number", ("1.", "Binnen het thema Ontmoeten beoogt het college de volgende effecten:")),
        ("bullet", goals[2]), ("bullet", goals[3]),
        ("number", ("2.", "Activiteiten die uitsluitend recreatief van aard zijn en niet gericht zijn op kwetsbare "
                          "inwoners, komen niet voor subsidie in aanmerking.")),
        ("h2", "Artikel 4 Subsidieplafond"), ("p", "Het subsidieplafond bedraagt € 120.000 per jaar."),
    ])
    found = _goals(analyse_tender(data, "regeling.pdf"))
    assert not [goal for goal in found if "subsidie" in goal]
    assert goals[2] in found and goals[3] in found
