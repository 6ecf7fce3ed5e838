"""What a long annual report asks of `kb propose`: its structure, centred merged cells, figures that are no results."""
import pytest

from proposal_builder.record_proposals import propose_blocks
from proposal_builder.record_proposals.figures import cell_figures, text_figures
from proposal_builder.record_proposals.methods import merge_methods, prose_methods
from proposal_builder.record_proposals.sections import about_organisation, facet_of, is_non_record
from proposal_builder.record_proposals.tables import group_tables
from proposal_builder.tender.reading import read_tender
from proposal_builder.tender.reading.blocks import TABLE_ROW, Block


def _propose(text: str):
    data = "\n".join(line.strip() for line in text.strip().splitlines()).encode()
    return propose_blocks(read_tender(data, "jaarverslag.txt", seconds=None), "jaarverslag.txt")


def _records(proposal, kind: str) -> dict:
    return {c.record["title"]: c.record for c in proposal.candidates if c.record["type"] == kind}


REPORT = """
    # Jaarverslag 2024 Stichting Welzijn Lindewaard
    ## 1 Stichting Welzijn Lindewaard in vogelvlucht
    ### 1.1 Werkgebied en opdrachtgevers
    Sinds 2023 werken we ook voor de buurgemeente Oudervaart met 23.500 inwoners, samen met de bibliotheek.
    ## 2 Mantelzorg en respijt
    Het programma Mantelzorg en respijt helpt mantelzorgers de zorg vol te houden.
    ### 2.1 Mantelzorgsteunpunt Lindewaard
    Het steunpunt bestaat sinds 2016 en werkt samen met de huisartsen.
    **Bereik en resultaten**
    In 2024 kwamen er 312 nieuwe inschrijvingen bij. De belasting daalde van 6,4 aan het begin naar 4,9 aan het einde.
    **Jonge mantelzorgers**
    Na de mantelzorgweek meldden zich 19 leerlingen bij het steunpunt.
    **Wat hebben we geleerd?**
    Mantelzorgers melden zich vaak laat.
    ### 2.2 Even Ertussenuit
    Even Ertussenuit was een pilot van 2023 tot en met 2024, samen met Thuiszorg De Lanen.
    **Resultaten van de pilot**
    In 2024 ontvingen 63 gezinnen respijt. Mevrouw H. (71) ging weer zwemmen.
    ### 2.3 Kerncijfers Mantelzorg en respijt
    | Kengetal 2024 | Mantelzorgsteunpunt Lindewaard | Even Ertussenuit |
    | Nieuwe inschrijvingen | 312 | 29 |
    | Uren respijt | n.v.t. | 2.418 |
    ## 3 Vitaal en gezond
    ### 3.1 In Balans
    In Balans is een valpreventieproject in 2024 en 2025. De cursus volgt de interventie Stevig Staan, die in de
    interventiedatabase van Loket Gezond Leven is erkend als effectief volgens sterke aanwijzingen.
    In 2024 startten 93 deelnemers; bij 62% was de score verbeterd.
"""


def test_a_project_with_results_a_target_group_and_lessons_below_it_is_one_project():
    projects = _records(_propose(REPORT), "project")
    assert sorted(projects) == ["Even Ertussenuit", "In Balans", "Mantelzorgsteunpunt Lindewaard"]
    assert {"312", "4,9", "19"} <= {r["value"] for r in projects["Mantelzorgsteunpunt Lindewaard"]["results"]}
    # the pivot table's column gives each project its own figures; an age in brackets counts nothing
    assert {r["value"] for r in projects["Even Ertussenuit"]["results"]} == {"63", "29", "2.418"}


def test_a_chapter_about_the_organisation_in_vogelvlucht_and_a_name_ending_in_balans():
    proposal = _propose(REPORT)
    assert "Stichting Welzijn Lindewaard in vogelvlucht" in proposal.skipped_chapters
    assert not is_non_record("In Balans") and is_non_record("Balans") and is_non_record("De organisatie in cijfers")
    assert about_organisation("Over Stichting Omzien", "")


def test_theme_chapters_and_databanks_are_no_methods():
    methods = _records(_propose(REPORT), "method")
    assert list(methods) == ["Stevig Staan"]
    assert methods["Stevig Staan"]["evidence_level"] == "effectief - sterke aanwijzingen"


@pytest.mark.parametrize("sentence, name, level", [
    ("Het project is genoemd naar de methode die we gebruiken: Welzijn op Verwijzing, een interventie die door "
     "Movisie als goed onderbouwd is erkend.", "Welzijn op Verwijzing", "goed onderbouwd"),
    ("Groepskracht is door het NJi beoordeeld als effectief volgens goede aanwijzingen.", "Groepskracht",
     "effectief - goede aanwijzingen"),
    ("We werken volgens Buren in Gesprek, een methodiek die in de Databank van Movisie is erkend als goed "
     "onderbouwd.", "Buren in Gesprek", "goed onderbouwd"),
])
def test_a_method_named_before_a_clause_about_its_recognition(sentence, name, level):
    found = {m.title: m.evidence_level for m in prose_methods(sentence, "")}
    assert found.get(name) == level


@pytest.mark.parametrize("text, levels", [
    ("We werken met de aanpak Thuis in de Buurt. Deze aanpak is erkend als effectief volgens eerste aanwijzingen.",
     {"Thuis in de Buurt": "effectief - eerste aanwijzingen"}),
    ("We gebruiken Welzijn op Recept, erkend als goed onderbouwd, en de eigen methode Huiskamergesprek, die nog "
     "niet is beoordeeld.", {"Welzijn op Recept": "goed onderbouwd", "Huiskamergesprek": ""}),
    ("De cursus volgt Vitaal Thuis, die door Movisie is erkend als goed beschreven.", {"Vitaal Thuis": "goed beschreven"}),
])
def test_each_method_gets_its_own_recognition(text, levels):
    found = {}
    for method in merge_methods(prose_methods(text, "")):
        found[method.title] = method.evidence_level
    assert found == levels


@pytest.mark.parametrize("heading, above, facet", [
    ("Wat hebben we geleerd?", (), "question"),
    ("Kengetallen", (), "results"),
    ("Resultaten van de pilot", (), "results"),
    ("Kerncijfers Ontmoeten en meedoen", ("Ontmoeten en meedoen",), "results"),
    ("Kerncijfers Ontmoeten en meedoen", (), ""),
    ("Verhalen uit de projecten", (), ""),  # a chapter of records, not a story
])
def test_facets_of_a_heading(heading, above, facet):
    assert facet_of(heading, above) == facet


@pytest.mark.parametrize("text, values", [
    ("Mevrouw D. (84) verloor twee jaar geleden haar man.", []),
    ("Een van de deelnemers, S. (12), vertelt dat ze 3 vriendinnen heeft.", ["3"]),
    ("De enquête werd door 148 bezoekers ingevuld. Daarin gaf 78% aan meer mensen te kennen dan een jaar eerder.",
     ["78"]),
    ("De score steeg van 3,1 bij de start naar 3,8 na afloop (op een schaal van 1 tot 5).", ["3,8"]),
    ("De gemiddelde wachttijd bedroeg 5 weken. Het Digicafé was 46 weken open. Een cursus van 12 weken.",
     ["5", "46"]),
    ("In 86% van de afgeronde trajecten is het doel behaald. Het doel is 90%.", ["86"]),
    ("In 2024 deden 140 kinderen mee, 20 meer dan in 2023. We komen 2 keer per week samen.", ["140"]),
    ("Het project kostte € 45.000. De buurtkamer aan de Kerkstraat 12 is voor 18 tot 27 jaar.", []),
    ("Bezoekers ontvingen naar schatting € 297.400 aan inkomsten waar zij anders geen gebruik van maakten.", ["297.400"]),
])
def test_figures_that_are_results_and_those_that_are_not(text, values):
    assert [f.value for f in text_figures(text, 2024)] == values


def _row(cells: list[str]) -> Block:
    header = ["Project", "Indicator", "Realisatie 2024", "Afspraak 2024"]
    return Block(" | ".join(cells), TABLE_ROW, ["Kerncijfers"], 0, cells=cells, header=header)


def test_a_merged_project_cell_centred_across_its_rows_labels_the_nearest_rows():
    rows = [["", "Unieke bezoekers", "386", "350"], ["Huiskamers", "Dagdelen", "612", "600"],
            ["", "Vrijwilligers", "71", "60"], ["", "Nieuwe koppelingen", "96", "80"],
            ["Maatjes", "Lopende koppelingen", "143", ""], ["", "Maatjes actief", "88", "75"],
            ["Project", "Indicator", "Realisatie 2024", "Afspraak 2024"]]  # the header again on a new page
    table, _ = group_tables([_row(r) for r in rows])[0]
    assert [r[0] for r in table.rows] == ["Huiskamers"] * 3 + ["Maatjes"] * 3


def test_a_merged_cell_at_the_top_of_its_rows_fills_down():
    rows = [["Huiskamers", "Bezoekers", "386", ""], ["", "Dagdelen", "612", ""], ["Maatjes", "Koppelingen", "96", ""],
            ["", "Maatjes actief", "88", ""]]
    table, _ = group_tables([_row(r) for r in rows])[0]
    assert [r[0] for r in table.rows] == ["Huiskamers", "Huiskamers", "Maatjes", "Maatjes"]


def test_part_headings_beside_a_project_in_plain_text_are_its_parts():
    text = ("JAARVERSLAG 2024 WELZIJN ZUIDWAARD\n\nSamen Sterk Zuidwaard\nSamen Sterk Zuidwaard (2023-2025) koppelt "
            "jongeren aan een coach, samen met ROC Zuidwaard.\n\nFase 1: werving\nIn 2024 werden 38 nieuwe coaches "
            "geworven.\n\nHet verhaal van Sem\nSem vertelt dat hij 3 keer per week traint.\n\nKlusploeg\nIn 2024 "
            "deed de Klusploeg 214 klussen met 19 vrijwilligers.\n").encode()
    proposal = propose_blocks(read_tender(text, "jaarverslag.txt", seconds=None), "jaarverslag.txt")
    projects = _records(proposal, "project")
    assert sorted(projects) == ["Klusploeg", "Samen Sterk Zuidwaard"]
    assert [r["value"] for r in projects["Samen Sterk Zuidwaard"]["results"]] == ["38"]  # no figure of the story


PLAN = """
    # Subsidieaanvraag Samen Thuis in Rietmond-Noord 2025-2026
    ## 1 Aanleiding en aansluiting bij de opgave van Rietmond
    In 2023 woonden 2.100 ouderen in Rietmond-Noord; in 2022 werkten we met de wijkteams en bereikten we 300 ouderen.
    ## 2 Aanpak en onderbouwde werkwijzen
    ### 2.1 Preventieve huisbezoeken: Vroeg Erbij
    Vroeg Erbij is opgenomen in de Databank Effectieve sociale interventies van Movisie. Bij de herbeoordeling in 2023
    kreeg de interventie het oordeel Effectief: goede aanwijzingen.
    ### 2.2 Mantelzorgers: Zorgen Delen
    Zorgen Delen is in 2019 door de erkenningscommissie van Movisie beoordeeld als Effectief. Deelnemers aan onze
    eerdere groepen waardeerden de bijeenkomsten in 2022 gemiddeld met een 8,3.
"""


def test_a_plan_s_approach_names_its_methods_after_the_colon_and_its_background_is_no_record():
    proposal = propose_blocks(read_tender("\n".join(line.strip() for line in PLAN.strip().splitlines()).encode(),
                                          "aanvraag.txt", seconds=None), "aanvraag.txt")
    assert list(_records(proposal, "project")) == ["Samen Thuis in Rietmond-Noord"]
    methods = {title: record["evidence_level"] for title, record in _records(proposal, "method").items()}
    assert methods == {"Vroeg Erbij": "effectief - goede aanwijzingen", "Zorgen Delen": "effectief"}


def test_a_signed_foreword_and_a_chapter_introducing_the_subtitle_s_organisation_are_no_records():
    text = """
        # Jaarverslag 2025
        Buurtwerk Veenhoven
        ## Een bericht vooraf
        In 2025 bereikten we 6.100 inwoners met 290 vrijwilligers. Dank aan iedereen.
        Joost Verbeek, bestuurder
        ## Dit zijn wij
        Buurtwerk Veenhoven is de welzijnsorganisatie van Veenhoven. Sinds 2004 werken we met 38 medewerkers en
        290 vrijwilligers vanuit 4 buurtcentra, samen met de gemeente.
        ## Buurtkamer De Brink
        Sinds 2020 bezochten 312 bewoners de buurtkamer, samen met Woonstichting Het Veen.
        **Uit de praktijk: Ans (79)**
        "Nu kook ik elke woensdag mee voor 30 mensen," vertelt Ans.
    """
    proposal = _propose(text)
    projects = _records(proposal, "project")
    assert list(projects) == ["Buurtkamer De Brink"]
    assert [r["value"] for r in projects["Buurtkamer De Brink"]["results"]] == ["312"]  # not the story's 30
    assert {"Een bericht vooraf", "Dit zijn wij"} <= set(proposal.skipped_chapters)


@pytest.mark.parametrize("sentence, name", [
    ("Voor de lessen gebruikten we Klik en Tik, een lesprogramma dat in de Databank is beoordeeld als goed beschreven.",
     "Klik en Tik"),
    ("Voor de huisbezoeken ontwikkelden we een eigen werkwijze, Digi aan Huis, die nog niet is beoordeeld.",
     "Digi aan Huis"),
])
def test_a_method_named_in_apposition(sentence, name):
    assert name in [m.title for m in prose_methods(sentence, "")]


def test_a_wanted_number_is_a_target():
    assert text_figures("Slechts 3 van de gewenste 8 coaches meldden zich. Er meldden zich 26 coaches.", 2025) != []
    assert [f.value for f in text_figures("Slechts 3 van de gewenste 8 coaches meldden zich.", 2025)] == []


def test_a_figure_told_and_tabled_is_one_result_and_a_dash_is_no_indicator():
    text = """
        # Jaarverslag 2025 Welzijn Noorderkwartier
        ## Valpreventie Thuis
        Valpreventie Thuis is in 2023 gestart met de fysiotherapeuten. In 2025 reden 31 chauffeurs 4.210 ritten.
        | Indicator | K1 | K2 | Totaal 2025 |
        | Ritten | 2.050 | 2.160 | 4.210 |
        ## Resultaten per project
        | Project | Deelnemers | Bijeenkomsten |
        | Valpreventie Thuis | 88 | – |
    """
    project = _records(_propose(text), "project")["Valpreventie Thuis"]
    assert [r["value"] for r in project["results"]] == ["31", "4.210", "88"]
    assert project["results"][2]["indicator"] == "Deelnemers"
    assert project["period"] == "2023-heden"


def test_a_plan_s_own_project_takes_the_period_of_its_title():
    proposal = _propose("# Projectvoorstel Buurtverbinders Lemsterhout 2026-2027\n## Aanpak\nWe gaan op huisbezoek.")
    assert _records(proposal, "project")["Buurtverbinders Lemsterhout"]["period"] == "2026-2027"


def test_a_progress_report_names_one_project_and_a_count_told_twice_is_one_result():
    text = """
        # Voortgangsrapportage Buurtcirkels Zevenhoven
        ## Activiteiten
        - We startten 6 nieuwe buurtcirkels met in totaal 52 deelnemers in 2025.
        ## Knelpunten
        In 2025 waren slechts 9 van de 52 nieuwe deelnemers man.
    """
    proposal = _propose(text)
    assert proposal.kind == "voortgangsrapportage"
    projects = _records(proposal, "project")
    assert list(projects) == ["Buurtcirkels Zevenhoven"]
    assert [r["value"] for r in projects["Buurtcirkels Zevenhoven"]["results"]].count("52") == 1


def test_a_theme_s_sentence_about_two_projects_gives_each_the_figure_after_its_name():
    text = """
        # Jaarverslag 2024 Welzijn Lindewaard
        ## Ontmoeten
        In 2024 bereikten Huiskamers in de Wijk 386 bezoekers en Maatjes voor Morgen 96 koppelingen.
        ### Huiskamers in de Wijk
        Sinds 2019 runnen vrijwilligers de huiskamers, samen met de bibliotheek; in 2024 waren er 71 vrijwilligers.
        ### Maatjes voor Morgen
        Sinds 2022 koppelen we inwoners aan een maatje, samen met GGZ Waardland; in 2024 waren 88 maatjes actief.
    """
    projects = _records(_propose(text), "project")
    assert {r["value"] for r in projects["Huiskamers in de Wijk"]["results"]} == {"386", "71"}
    assert {r["value"] for r in projects["Maatjes voor Morgen"]["results"]} == {"96", "88"}


def test_school_years_count_nothing():
    assert [f.value for f in text_figures("In 2025 kregen 48 kinderen uit groep 7 en 8 begeleiding.", 2025)] == ["48"]


def test_a_table_with_a_row_per_year_gives_the_reported_year_s_figures():
    text = """
        # Projectverslag Taalcafé Oost 2024
        ## Resultaten
        | Jaar | Deelnemers | Bijeenkomsten |
        | 2023 | 80 | 36 |
        | 2024 | 95 | 40 |
    """
    project = _records(_propose(text), "project")["Taalcafé Oost"]
    assert [(r["value"], r["indicator"]) for r in project["results"]] == [("95", "Deelnemers"), ("40", "Bijeenkomsten")]


def test_chapters_about_the_year_as_a_whole_are_no_records_but_their_sub_headings_may_be():
    body = "In 2025 bereikten we 1.240 inwoners met 85 vrijwilligers, samen met de gemeente. We deden 46 activiteiten."
    heads = ["Terugblik op 2025", "Het jaar in vogelvlucht", "Belangrijkste gebeurtenissen", "Maatschappelijke impact"]
    text = "# Jaarverslag 2025 Welzijn Rijnstad\n" + "\n".join(f"## {h}\n{body}" for h in heads) + (
        "\n## Nieuwe ontwikkelingen\n### Repair Café Rijnstad\nIn 2025 repareerden 12 vrijwilligers 640 apparaten, "
        "samen met de bibliotheek.\n")
    assert list(_records(_propose(text), "project")) == ["Repair Café Rijnstad"]


def test_a_report_whose_kind_stands_under_its_title_names_its_project():
    proposal = _propose("""
        # Buurtcirkels Zevenhoven
        Eindverslag 2023-2025
        ## Resultaten
        In 2025 waren er 14 cirkels met 118 deelnemers, samen met de bibliotheek.
    """)
    assert proposal.kind == "eindverslag"
    assert _records(proposal, "project")["Buurtcirkels Zevenhoven"]["period"] == "2023-2025"


@pytest.mark.parametrize("header, sub", [
    (["Project", "Indicator", "Realisatie", "", "Streefwaarde"], ["", "", "2024", "2025", "2025"]),  # plain text
    (["Project", "Indicator", "Realisatie", "Streefwaarde"], ["Project", "Indicator", "2024", "2025", "2025"]),  # Word
])
def test_a_header_of_two_rows_names_each_year_s_column(header, sub):
    rows = [sub, ["Buurtkamer Zuid", "Bezoekers", "210", "245", "230"], ["Taalhuis", "Deelnemers", "130", "151", "140"]]
    blocks = [Block(" | ".join(r), TABLE_ROW, ["Resultaten"], 0, cells=r, header=header) for r in rows]
    table, _ = group_tables(blocks)[0]
    assert table.header == ["Project", "Indicator", "Realisatie 2024", "Realisatie 2025", "Streefwaarde 2025"]
    assert [r[0] for r in table.rows] == ["Buurtkamer Zuid", "Taalhuis"]


def test_a_table_header_read_as_a_heading_is_no_project():
    text = """
        # Jaarverslag 2025 Welzijn Aarveld
        ## Taalhuis Aarveld
        Het Taalhuis Aarveld helpt sinds 2019 volwassenen met taal, samen met de bibliotheek. In 2025 kwamen 151 deelnemers.
        ## Realisatie Streefwaarde Project Indicator 2024 2025
        In 2025 kwamen 245 bezoekers in 2025 naar de buurtkamer, samen met Woonstad.
    """
    assert list(_records(_propose(text), "project")) == ["Taalhuis Aarveld"]


@pytest.mark.parametrize("cell, values", [("44 nog niet gemeten", ["44"]), ("120 (streefwaarde 150)", ["120"]),
                                          ("nog niet gemeten", []), ("58 bijeenkomsten en 143 ouders", ["58", "143"])])
def test_a_cell_s_figure_before_a_target_or_an_unmeasured_row_joined_to_it(cell, values):
    assert [f.value for f in cell_figures(cell, "vrijwilligers", "", "")] == values
