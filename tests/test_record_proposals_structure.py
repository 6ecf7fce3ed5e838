"""Which headings name projects: labels, themes and the name the text under them opens with; figures that count nothing."""
import pytest

from proposal_builder.record_proposals import propose_blocks
from proposal_builder.record_proposals.figures import text_figures
from proposal_builder.record_proposals.naming import introduced_name, is_theme, strip_label
from proposal_builder.tender.reading import read_tender


def _propose(text: str, name: str = "verslag.txt"):
    data = "\n".join(line.strip() for line in text.strip().splitlines()).encode()
    return propose_blocks(read_tender(data, name, seconds=None), name)


def _projects(proposal) -> dict:
    return {c.record["title"]: c.record for c in proposal.candidates if c.record["type"] == "project"}


VERANTWOORDING = """
    # Inhoudelijke verantwoording subsidie 2024
    Stichting Vonk Welzijn aan de gemeente Zuiderkoog
    ## Prestatie-afspraak 1: Talentontwikkeling jongeren
    Talentlab Zuiderkoog is in januari 2024 gestart als pilot, samen met het Koogland Lyceum.
    | Afspraak 2024 | Gerealiseerd 2024 | Toelichting |
    | 60 jongeren bereiken | 44 jongeren | De werving kwam laat op gang. |
    ## Prestatie-afspraak 2: Algemene inloop
    Dit is onze reguliere dienstverlening in de drie wijkcentra. Het is geen project.
    | Afspraak 2024 | Gerealiseerd 2024 | Toelichting |
    | 2.000 contacten | 2.318 contacten | |
    ## Thema Opvoeden en opgroeien
    Sinds 2020 voert Vonk het project Ouders aan Zet uit, samen met de bibliotheek. In 2024 deden 47 gezinnen mee.
    ## Taal en basisvaardigheden
    Wie de taal niet spreekt, doet moeilijk mee. Daarom draaien we sinds 2020 het Taalpunt Oosterbeemd, samen met
    het ROC. In 2024 namen 134 deelnemers deel aan een taalgroep.
    ## Vrijwillige inzet
    Het Vrijwilligerssteunpunt is een vaste basisvoorziening. In 2024 vonden 286 inwoners een plek.
"""


def test_a_labelled_or_theme_heading_takes_the_project_its_text_names():
    projects = _projects(_propose(VERANTWOORDING))
    assert sorted(projects) == ["Ouders aan Zet", "Taalpunt Oosterbeemd", "Talentlab Zuiderkoog"]
    assert [r["value"] for r in projects["Talentlab Zuiderkoog"]["results"]] == ["44"]
    assert [r["value"] for r in projects["Taalpunt Oosterbeemd"]["results"]] == ["134"]


@pytest.mark.parametrize("heading, title, labelled", [
    ("Prestatie-afspraak 1: Buurtbemiddeling", "Buurtbemiddeling", True),
    ("Referentie 2 – Meiden Power Zandmeer", "Meiden Power Zandmeer", True),
    ("Thema Opvoeden en opgroeien", "Opvoeden en opgroeien", True),
    ("Even Ertussenuit: respijtweekenden", "Even Ertussenuit: respijtweekenden", False),
    ("Vitaal 65+", "Vitaal 65+", False),
])
def test_a_numbered_or_theme_label_is_no_part_of_the_name(heading, title, labelled):
    assert strip_label(heading) == (title, labelled)


@pytest.mark.parametrize("title, theme", [
    ("Digitale inclusie", True), ("Wie wij zijn", True), ("Huiskamer van de Wijk", False),
    ("Klusbus", False), ("Vitaal 65+", False), ("Samen Uit Vennebroek", False),
])
def test_a_theme_is_told_in_plain_words(title, theme):
    assert is_theme(title) is theme


@pytest.mark.parametrize("text, name", [
    ("Met Welzijn op Recept Zuiderkoog verwijzen huisartsen patiënten.", "Welzijn op Recept Zuiderkoog"),
    ("Stichting Jeugdwerk Kustlicht is HKZ-gecertificeerd.", ""),  # the organisation, no project
    ("Opdrachtgever: gemeente Westerhaven. Looptijd: 2019-2024.", ""),
])
def test_the_name_a_text_opens_with(text, name):
    assert introduced_name(text) == name


@pytest.mark.parametrize("text, values", [
    ("9 van de 10 meiden gaf aan beter voor zichzelf op te komen.", ["9 van de 10"]),
    ("Drie op de vier vaste bezoekers maakt vaker een praatje.", ["Drie op de vier"]),
    ("Bij 41 van de 63 gezinnen hielp het.", ["41", "63"]),
    ("Het cijfer van 74% komt uit een enquête onder 61 bezoekers.", ["74"]),
    ("Vitaal 65+ werkt met de methode Samen Sterk.", []),
    ("De meeste bezoekers zijn ouder dan 65.", []),
])
def test_ratios_samples_and_age_bounds(text, values):
    assert [f.value for f in text_figures(text, 2024)] == values


def test_the_organisation_before_a_dash_under_the_title_writes_the_report():
    proposal = _propose("""
        # Sociaal jaarverslag 2024
        Welzijn Lindestreek – samen sterk in Lindewaard, Heerveld, Oosterbeemd en Vennebroek
        ## Wie wij zijn
        Welzijn Lindestreek is de welzijnsorganisatie van vier gemeenten met 96.000 inwoners, samen met partners.
        ## Huiskamer van de Wijk
        Sinds 2019 zijn er huiskamers, samen met de bibliotheek. In 2024 telden we 14.206 bezoeken.
    """)
    assert sorted(_projects(proposal)) == ["Huiskamer van de Wijk"]


def test_a_record_card_and_a_programme_column_beside_the_projects_in_a_word_report():
    from .tender_samples import docx_bytes

    data = docx_bytes([
        ("title", "Jaarverslag 2024"),
        ("h1", "Kerncijfers"),
        ("table", [["Programma", "Project", "Indicator", "2024", "2023"],
                   ["Bestaanszekerheid", "Signaal Eropaf Heerveld", "signalen", "412", "155"],
                   ["Jeugd en gezin", "Opvoedpunt Heerveld", "deelnemende ouders", "96", "74"]]),
        ("h1", "Programma 2: Bestaanszekerheid"),
        ("para", "De belangrijkste voorziening in dit programma is De Papierwinkel."),
        ("table", [["Project", "De Papierwinkel"], ["Looptijd", "sinds 2018, doorlopend"],
                   ["Voor wie", "inwoners met moeite met hun post"], ["Samen met", "Bibliotheek Lindestreek"]]),
    ])
    projects = _projects(propose_blocks(read_tender(data, "jaarverslag.docx", seconds=None), "jaarverslag.docx"))
    assert sorted(projects) == ["De Papierwinkel", "Opvoedpunt Heerveld", "Signaal Eropaf Heerveld"]
    assert projects["De Papierwinkel"]["period"] == "2018-heden"
    assert projects["De Papierwinkel"]["partners"] == ["Bibliotheek Lindestreek"]
    assert [r["value"] for r in projects["Opvoedpunt Heerveld"]["results"]] == ["96"]


def test_a_project_telling_its_own_work_keeps_it_with_another_project_below_it_and_a_leeswijzer_is_none():
    proposal = _propose("""
        # Jaarverslag 2024
        ## Leeswijzer
        Bij elk project beschrijven we de aanpak, de partners en de resultaten, zoals de 87 koppelingen in 2024.
        ## Ontmoeting en eenzaamheid
        Eenzaamheid blijft een groot thema in de wijk.
        ### Maatjes Vlietburg
        Sinds 2016 koppelen we in Maatjes Vlietburg een vrijwilliger aan een oudere die zich eenzaam voelt.
        Aanmeldingen komen via de huisarts; we werken samen met Huisartsenpraktijk De Vliet.
        We werken met de methodiek Maatjes Met Elkaar.
        In 2024 maakten we 87 nieuwe koppelingen. Eind 2024 waren er 93 actieve vrijwillige maatjes.
        #### Buurtkamer De Kade
        In maart 2024 openden we, samen met Vlietwonen, een buurtkamer. Er kwamen 5.120 bezoeken.
    """)
    projects = _projects(proposal)
    assert sorted(projects) == ["Buurtkamer De Kade", "Maatjes Vlietburg"]
    assert [r["value"] for r in projects["Maatjes Vlietburg"]["results"]] == ["87", "93"]
    assert [r["value"] for r in projects["Buurtkamer De Kade"]["results"]] == ["5.120"]


THEMES = """
    # Jaarverslag 2024
    ## Programma 2: Bestaanszekerheid
    Geldzorgen nemen toe: 9,4% van de huishoudens leeft van een laag inkomen.
    Nieuw sinds maart 2023 is Signaal Eropaf Heerveld, een pilot die loopt tot eind 2025.
    In 2024 ontvingen we 412 signalen van betalingsachterstanden. Met 268 huishoudens legden we contact.
    ## Programma 3: Jeugd en gezin
    Twee projecten springen eruit:
    1. Straatwerk Oosterbeemd-Noord – sinds 2017 zijn onze straatwerkers vijf avonden per week in de wijk.
    2. Opvoedpunt Heerveld – sinds 2022 een laagdrempelig punt voor ouders.
    Het straatwerk in Oosterbeemd-Noord is gericht op jongeren die hangen.
    In 2024 begeleidden de straatwerkers 164 jongeren individueel. De politie registreerde 71 meldingen van overlast.
    Neem Sami (pseudoniem, 17). Hij ging weer naar school.
    Het Opvoedpunt Heerveld is er voor ouders van jonge kinderen.
    In 2024 namen 96 ouders deel aan een oudergroep.
    ## Programma 4: Mantelzorg
    Vanuit het Mantelzorgpunt startte in januari 2024 het project Jonge Mantelzorgers Lindestreek (2024-2026).
    In 2024 kwamen 47 jonge mantelzorgers in beeld.
"""


def test_a_theme_s_text_introduces_projects_and_its_later_paragraphs_are_about_them():
    projects = _projects(_propose(THEMES))
    assert sorted(projects) == ["Jonge Mantelzorgers Lindestreek", "Opvoedpunt Heerveld", "Signaal Eropaf Heerveld",
                                "Straatwerk Oosterbeemd-Noord"]
    assert [r["value"] for r in projects["Signaal Eropaf Heerveld"]["results"]] == ["412", "268"]
    assert [r["value"] for r in projects["Straatwerk Oosterbeemd-Noord"]["results"]] == ["164"]  # no police, no age
    assert [r["value"] for r in projects["Opvoedpunt Heerveld"]["results"]] == ["96"]
    assert [r["value"] for r in projects["Jonge Mantelzorgers Lindestreek"]["results"]] == ["47"]
    assert projects["Jonge Mantelzorgers Lindestreek"]["period"] == "2024-2026"


def test_a_plan_s_text_introduces_no_projects():
    proposal = _propose(THEMES.replace("# Jaarverslag 2024", "# Projectvoorstel Samen Sterk 2026-2028"), "voorstel.txt")
    assert "Signaal Eropaf Heerveld" not in _projects(proposal)


def test_a_plain_text_table_under_a_ruled_header_gives_the_realised_column():
    text = "\n".join([
        "PROJECTVERSLAG 2024 - VADERS IN BEELD", "", "1. RESULTATEN 2024", "------------------", "",
        "Vaders in Beeld werkt samen met Buurtteam Zuid.", "",
        "  Indicator                                 Realisatie 2024   Doel 2024",
        "  ----------------------------------------- ----------------- ----------",
        "  Unieke vaders bereikt                     74                80",
        "  Vadergroepen gestart                      6                 7",
        "",
        "Ter vergelijking: in 2023, het eerste jaar, bereikten we 29 vaders en startten we 3 groepen.",
        "Spelen met Papa vond in 2024 op 9 zaterdagochtenden plaats.",
    ])
    proposal = propose_blocks(read_tender(text.encode(), "verslag.txt", seconds=None), "verslag.txt")
    assert [r["value"] for r in _projects(proposal)["Vaders In Beeld"]["results"]] == ["9", "74", "6"]


def test_a_bid_plans_its_own_project_and_tells_its_references():
    proposal = _propose("""
        # Inschrijving Jong Westerhaven
        Aanbesteding Jeugd- en jongerenwerk gemeente Westerhaven 2025-2028
        ## 3 Bewezen resultaten
        ### Referentie 1 – Jongerenwerk Duinwijk
        Opdrachtgever: gemeente Westerhaven. Looptijd: 2019-2024.
        In Duinwijk werkten wij samen met het Wijkteam. Wij bereikten 640 unieke jongeren.
        ## 4 Ons plan
        Jong Westerhaven loopt van 2025 tot en met 2028 en wil 900 jongeren bereiken.
    """, "inschrijving.txt")
    projects = _projects(proposal)
    assert sorted(projects) == ["Jong Westerhaven", "Jongerenwerk Duinwijk"]
    assert projects["Jong Westerhaven"]["results"] == []
    assert [r["value"] for r in projects["Jongerenwerk Duinwijk"]["results"]] == ["640"]


def test_a_chapter_about_a_named_organisation_a_monitor_chapter_and_a_status_table_are_no_records():
    proposal = _propose("""
        # Projectvoorstel Samen Thuis in Graafland 2026-2029
        ## 1. Status per afspraak
        | Prestatie-afspraak | Status |
        | 1. Buurtbemiddeling | deels behaald |
        | 2. Welzijn op recept | behaald |
        ## 2. Effectindicatoren
        De gemeente volgt de effecten met de monitor; in 2024 was 9% van de inwoners ernstig eenzaam.
        | Effect | Indicator | 2022 | 2024 |
        | Minder eenzaamheid | % inwoners ernstig eenzaam | 11% | 9% |
        ## 3. Over Kompas Welzijn
        Stichting Kompas Welzijn is een welzijnsorganisatie in Graafland. In 2024 bereikten we 3.150 inwoners,
        samen met 190 vrijwilligers en partners.
    """, "voorstel.txt")
    assert [c.record["title"] for c in proposal.candidates] == ["Samen Thuis in Graafland"]


def test_a_theme_s_paragraphs_follow_projects_an_overview_table_named_first_in_a_word_report():
    from .tender_samples import docx_bytes

    data = docx_bytes([
        ("title", "Jaarverslag 2024"),
        ("h1", "Kerncijfers"),
        ("table", [["Project", "Indicator", "2024", "2023"],
                   ["Straatwerk Oosterbeemd-Noord", "jongeren begeleid", "164", "171"],
                   ["Opvoedpunt Heerveld", "deelnemende ouders", "96", "74"]]),
        ("h1", "Ons jaar in vogelvlucht"),
        ("para", "September – Meer dan 300 inwoners tekenen een petitie voor behoud van het straatwerk."),
        ("h1", "Programma 3: Jeugd en gezin"),
        ("para", "Twee projecten springen eruit:"),
        ("number", "Straatwerk Oosterbeemd-Noord – sinds 2017 zijn onze straatwerkers in de wijk."),
        ("number", "Opvoedpunt Heerveld – sinds 2022 een laagdrempelig punt voor ouders."),
        ("para", "Het straatwerk in Oosterbeemd-Noord is gericht op jongeren die hangen."),
        ("para", "In 2024 werden 38 jongeren toegeleid naar school, een stage of werk."),
        ("para", "Het Opvoedpunt Heerveld is er voor ouders. Van hen voelt 8 op de 10 ouders zich zekerder."),
    ])
    projects = _projects(propose_blocks(read_tender(data, "jaarverslag.docx", seconds=None), "jaarverslag.docx"))
    assert [r["value"] for r in projects["Straatwerk Oosterbeemd-Noord"]["results"]] == ["164", "38"]
    assert [r["value"] for r in projects["Opvoedpunt Heerveld"]["results"]] == ["96", "8 op de 10"]


def test_a_title_of_no_known_kind_over_every_chapter_names_no_organisation():
    from proposal_builder.tender.reading.blocks import HEADING, PARAGRAPH, Block

    title, chapter = "Wat wij deden met de subsidie 2024", "Prestatie-afspraak 1: Talentontwikkeling"
    blocks = [Block(title, HEADING, [title], 0, level=1),
              Block("Stichting Vonk Welzijn aan de gemeente Zuiderkoog", PARAGRAPH, [title], 1),
              Block(chapter, HEADING, [title, chapter], 2, level=2),
              Block("Talentlab Zuiderkoog is in 2024 gestart, samen met het Koogland Lyceum. Het bereikte 44 jongeren.",
                    PARAGRAPH, [title, chapter], 3)]
    projects = _projects(propose_blocks(blocks, "verantwoording.pdf"))  # a PDF's title heads every chapter
    assert [r["value"] for r in projects["Talentlab Zuiderkoog"]["results"]] == ["44"]


def test_a_pilot_chapter_in_a_project_report_is_the_other_project_it_names():
    text = "\n".join([
        "PROJECTVERSLAG 2024 - VADERS IN BEELD", "", "1. RESULTATEN", "------------", "",
        "In 2024 bereikten we 74 vaders, samen met Buurtteam Zuid.", "",
        "2. PILOT WESTKREEK", "------------------", "",
        "In september 2024 zijn we een pilot gestart in Westkreek, onder de naam Vaders in",
        "Beeld Westkreek. De groep kwam bijeen in de Bibliotheek Westkreek.", "",
        "Aan de pilot deden 11 vaders mee.",
    ])
    projects = _projects(propose_blocks(read_tender(text.encode(), "verslag.txt", seconds=None), "verslag.txt"))
    assert [r["value"] for r in projects["Vaders In Beeld"]["results"]] == ["74"]
    assert [r["value"] for r in projects["Vaders in Beeld Westkreek"]["results"]] == ["11"]


@pytest.mark.parametrize("sentence, methods", [
    ("Vaderkracht is in 2022 door de Erkenningscommissie Interventies beoordeeld als goed onderbouwd.",
     [("Vaderkracht", "goed onderbouwd")]),
    ("Mantelzorg in Balans staat in de Databank Effectieve sociale interventies van Movisie; erkenning: goed onderbouwd.",
     [("Mantelzorg in Balans", "goed onderbouwd")]),
    ("Spelen met Papa is onze eigen werkvorm. Er is een beschrijving van, maar de werkvorm is niet erkend.",
     [("Spelen met Papa", "")]),
    ("Het Talentlab werkt met onze eigen methode, de Talentlab-methode; die is niet erkend.", [("Talentlab-methode", "")]),
    ("Volgens de Databank Effectieve Jeugdinterventies is Thuis Leren Lezen effectief, met eerste aanwijzingen.",
     [("Thuis Leren Lezen", "effectief - eerste aanwijzingen")]),
])
def test_a_method_named_as_the_subject_or_in_apposition_to_an_own_method(sentence, methods):
    from proposal_builder.record_proposals.methods import merge_methods, prose_methods

    assert [(m.title, m.evidence_level) for m in merge_methods(prose_methods(sentence, "x"))] == methods
