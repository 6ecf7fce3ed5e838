"""Candidate records from real .docx, .pdf and .txt documents made here."""
import io

import docx
import pytest
from fpdf import FPDF

from knowledge_base import import_records
from proposal_builder.record_proposals import DocumentReadError, accept, propose_blocks, propose_document
from proposal_builder.record_proposals.methods import recognition
from proposal_builder.tender.reading import read_tender

REPORT = [
    ("h", 1, "Jaarverslag 2025 Welzijn Oostrand"),
    ("h", 2, "Voorwoord"),
    ("p", 0, "In 2025 bereikten we met 410 vrijwilligers ruim 9.300 inwoners."),
    ("h", 2, "Ouderen"),
    ("h", 3, "Koffie op Zondag"),
    ("p", 0, "Koffie op Zondag brengt sinds 2021 ouderen in de gemeente Oostrand samen. We werken samen met "
             "Woonstichting Oosterhuis en de Bibliotheek Oostrand. Het project wordt gefinancierd door het Rozenfonds."),
    ("p", 0, "In 2025 namen 212 ouderen deel. We werken met de methodiek Buurtcirkels, erkend als goed onderbouwd "
             "door Movisie. We streven in 2026 naar 300 deelnemers."),
    ("t", 0, [["Indicator", "2024", "2025", "Streefwaarde"], ["Koppelingen", "120", "148", "150"],
              ["Tevredenheid", "7,9", "8,1", "8,0"]]),
    ("h", 2, "Financiën"),
    ("p", 0, "De baten bedroegen € 4.812.000 en er werkten 64 medewerkers."),
]


def _txt() -> bytes:
    lines = []
    for kind, _, value in REPORT:
        lines += ["\t".join(row) for row in value] if kind == "t" else ["", value] if kind == "h" else [value]
    return "\n".join(lines).encode()


def _docx() -> bytes:
    document = docx.Document()
    for kind, level, value in REPORT:
        if kind == "h":
            document.add_heading(value, level - 1)
        elif kind == "p":
            document.add_paragraph(value)
        else:
            table = document.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    for kind, level, value in REPORT:
        if kind == "h":
            pdf.set_font("Helvetica", "B", {1: 16, 2: 14, 3: 12}[level])
            pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, value.replace("€", "EUR "), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            with pdf.table() as table:
                for row in value:
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
    return bytes(pdf.output())


def _propose(data: bytes, name: str):
    return propose_blocks(read_tender(data, name, seconds=None), name)


@pytest.mark.parametrize("make, name", [(_txt, "jaarverslag.txt"), (_docx, "jaarverslag.docx"), (_pdf, "jaarverslag.pdf")])
def test_a_report_proposes_its_project_method_and_results(make, name):
    proposal = _propose(make(), name)
    projects = [c.record for c in proposal.candidates if c.record["type"] == "project"]
    methods = [c.record for c in proposal.candidates if c.record["type"] == "method"]
    assert [p["title"] for p in projects] == ["Koffie op Zondag"]
    project = projects[0]
    values = {r["value"] for r in project["results"]}
    assert {"212", "148", "8,1"} <= values  # prose and the reporting year's table column
    assert not values & {"120", "150", "7,9", "8,0", "300", "410", "9.300"}  # other years, targets, foreword
    assert project["municipality"] == "Oostrand" and project["period"] == "2021-heden"
    assert "Woonstichting Oosterhuis" in project["partners"] and not any("fonds" in p.lower() for p in project["partners"])
    assert [m["title"] for m in methods] == ["Buurtcirkels"] and methods[0]["evidence_level"] == "goed onderbouwd"
    assert project["methods"] == [methods[0]["id"]]
    assert "Voorwoord" in proposal.skipped_chapters and "Financiën" in proposal.skipped_chapters


def test_a_proposal_s_targets_are_no_results():
    text = ("VOORSTEL SAMEN THUIS VELDRECHT\n\nDoelen\nDoel\tIndicator\tStreefwaarde\n"
            "Minder eenzaam\tdeelnemers\t65%\nWe willen 300 ouderen bereiken in 2029.\n\n"
            "Eerdere projecten\n\nHuiskamers Brakel (2023-heden)\nIn Brakel runnen 24 vrijwilligers drie huiskamers "
            "voor ouderen.\n").encode()
    proposal = _propose(text, "voorstel.txt")
    projects = {c.record["title"]: c.record for c in proposal.candidates}
    assert projects["Samen Thuis Veldrecht"]["results"] == []
    assert [r["value"] for r in projects["Huiskamers Brakel"]["results"]] == ["24"]
    assert projects["Huiskamers Brakel"]["period"] == "2023-heden"


def _markdown(text: str) -> bytes:
    return "\n".join(line.strip() for line in text.strip().splitlines()).encode()


def test_numbered_parts_of_a_project_are_the_project_and_a_chapter_about_the_organisation_is_no_record():
    text = _markdown("""
        # Jaarverslag 2024 Welzijn Zuidwaard
        ## Over Welzijn Zuidwaard
        Welzijn Zuidwaard werkt sinds 2006 met 31 medewerkers en 246 vrijwilligers vanuit 3 buurthuizen.
        ## Samen Sterk Zuidwaard
        Samen Sterk Zuidwaard (2023-2025) koppelt jongeren aan een coach, samen met ROC Zuidwaard.
        ### Fase 1: werving en scholing
        In 2024 werden 38 nieuwe coaches geworven.
        ### Fase 2: koppelen
        In 2024 startten 61 nieuwe koppels voor 75-plussers.
        ### Het verhaal van Sem
        Sem (19) volgt nu een opleiding; hij had 3 gesprekken per week.
    """)
    proposal = _propose(text, "jaarverslag.txt")
    projects = [c.record for c in proposal.candidates if c.record["type"] == "project"]
    assert [p["title"] for p in projects] == ["Samen Sterk Zuidwaard"]
    assert [r["value"] for r in projects[0]["results"]] == ["38", "61"]  # no '75' of '75-plussers', no story
    assert "Over Welzijn Zuidwaard" in proposal.skipped_chapters


def test_an_overview_table_with_figures_in_phrases_gives_each_project_its_figures_but_not_last_year_s():
    text = _markdown("""
        # Jaarverslag 2024 Welzijn Zuidwaard
        ## Onze projecten
        | Project | Wijk | Wat het opleverde in 2024 |
        | Ouderkamer | Molenwijk | 58 bijeenkomsten en 143 unieke ouders (2023: 120) |
        | Klusploeg | West | 214 klussen door 19 vrijwilligers |
    """)
    projects = {c.record["title"]: c.record for c in _propose(text, "jaarverslag.txt").candidates}
    assert [r["value"] for r in projects["Ouderkamer"]["results"]] == ["58", "143"]
    assert [r["value"] for r in projects["Klusploeg"]["results"]] == ["214", "19"]


@pytest.mark.parametrize("written, stored", [
    ("Effectief: goede aanwijzingen", "effectief - goede aanwijzingen"),
    ("erkend als goed onderbouwd", "goed onderbouwd"),
    ("eerste aanwijzingen voor effectiviteit", "effectief - eerste aanwijzingen"),
    ("ingediend voor beoordeling", ""),
])
def test_recognition_wording_maps_to_the_stored_vocabulary(written, stored):
    assert recognition(written)[0] == stored


def test_duplicates_are_flagged_and_refs_are_free(db):
    import_records(db, [{"id": "P01", "type": "project", "title": "Koffie op Zondag", "summary": ""},
                        {"id": "M01", "type": "method", "title": "Buurtcirkels", "summary": ""}])
    proposal = propose_document(_txt(), "jaarverslag.txt", db)
    flagged = {c.record["title"]: c.duplicate_of for c in proposal.candidates}
    assert flagged["Koffie op Zondag"]["ref"] == "P01" and flagged["Buurtcirkels"]["ref"] == "M01"
    assert {c.record["id"] for c in proposal.candidates} == {"P02", "M02"}


def test_accepting_links_a_rejected_duplicate_method_to_the_stored_one(db):
    import_records(db, [{"id": "M01", "type": "method", "title": "Buurtcirkels", "summary": ""}])
    proposal = propose_document(_txt(), "jaarverslag.txt", db)
    method = next(c for c in proposal.candidates if c.record["type"] == "method")
    project = next(c for c in proposal.candidates if c.record["type"] == "project")
    report = accept(db, [project.record], [{**method.record, "duplicate_ref": "M01"}], user="test")
    assert report.count("added") == 1
    stored = db.execute("SELECT methods FROM records WHERE ref = ?", [project.record["id"]]).fetchone()[0]
    assert stored == '["M01"]'


@pytest.mark.parametrize("data, name, words", [
    (b"", "leeg.txt", "leeg"),
    (b"   \n  ", "leeg.txt", "leeg"),
    (b'[{"id": "P01"}]', "kb.json", "niet ondersteund"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "scan.png", "afbeelding"),
])
def test_bad_files_get_a_dutch_message(data, name, words):
    with pytest.raises(DocumentReadError) as caught:
        propose_document(data, name)
    assert words in str(caught.value)


def test_a_scanned_pdf_without_text_is_refused():
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    with pytest.raises(DocumentReadError) as caught:
        propose_document(bytes(pdf.output()), "scan.pdf")
    assert "scan" in str(caught.value) or "geen tekst" in str(caught.value)


def test_a_too_large_file_is_refused():
    with pytest.raises(DocumentReadError) as caught:
        propose_document(b"x" * 2048, "groot.txt", max_bytes=1024)
    assert "groter dan" in str(caught.value)


def test_standard_chapters_of_an_annual_report_are_no_records_even_when_they_tell_of_the_year():
    text = _markdown("""
        # Jaarverslag 2025 Welzijn Dalmeer
        ## Missie en visie
        Welzijn Dalmeer wil dat alle inwoners mee kunnen doen. In 2025 werkten we dit uit met 12 bewonersavonden.
        ## Vrijwilligers
        In 2025 zetten 470 vrijwilligers zich in voor 8.100 inwoners. We organiseerden 14 trainingen.
        ## Kwaliteit en klachten
        We ontvingen 8 klachten van bewoners; 7 werden binnen 6 weken opgelost.
        ## Opvoedcafé
        Samen met het consultatiebureau organiseerden we 22 bijeenkomsten met 196 ouders.
    """)
    proposal = _propose(text, "jaarverslag.txt")
    assert [c.record["title"] for c in proposal.candidates if c.record["type"] == "project"] == ["Opvoedcafé"]
    assert {"Missie en visie", "Vrijwilligers", "Kwaliteit en klachten"} <= set(proposal.skipped_chapters)


def test_sub_headings_under_a_project_belong_to_it():
    text = _markdown("""
        # Jaarverslag 2025 Welzijn Dalmeer
        ## Ouderen en mantelzorg
        ### Mantelzorgpunt Dalmeer
        Het Mantelzorgpunt Dalmeer ondersteunt mantelzorgers met advies en respijtzorg.
        #### Wat we deden
        In 2025 voerden de consulenten 412 adviesgesprekken met mantelzorgers.
        #### Waardering
        Mantelzorgers gaven het Mantelzorgpunt een 8,3. Bij de Dag van de Mantelzorg kregen 640 mantelzorgers een attentie.
    """)
    projects = [c.record for c in _propose(text, "jaarverslag.txt").candidates if c.record["type"] == "project"]
    assert [p["title"] for p in projects] == ["Mantelzorgpunt Dalmeer"]
    assert {"412", "8,3", "640"} <= {r["value"] for r in projects[0]["results"]}


PLAN = """
    # Subsidieaanvraag Samen Vooruit Westerhaven 2027-2029
    ## Samenvatting
    Met Samen Vooruit Westerhaven willen we ouderen in de gemeente Westerhaven langer thuis laten wonen, van 2027 tot en met 2029.
    ## Samen Vooruit Westerhaven in het kort
    Het project combineert huisbezoeken en een buurtkamer voor ouderen. In drie jaar bereiken we 900 ouderen.
    ## Aanpak per doel
    ### Doel 1: minder eenzaamheid
    Vrijwilligers gaan op huisbezoek bij 80-jarigen. Per jaar voeren we 600 huisbezoeken uit met de methodiek Welzijn op Recept, erkend als goed onderbouwd.
    ### Buurtkamer De Kade
    In de Buurtkamer De Kade in Zeezicht komen bewoners vanaf 2027 samen. We verwachten 40 bezoekers per week en 15 vrijwilligers.
    ### Activiteitenoverzicht
    | Activiteit | Aantal per jaar | Doelgroep |
    | Huisbezoeken | 600 | 80-jarigen |
    | Lotgenotenavonden | 10 | mantelzorgers |
    ## Samenwerking
    ### Woonstichting Havenzicht
    Havenzicht stelt de ruimte beschikbaar en heeft 4.200 woningen met 900 oudere huurders.
    ## Eerdere projecten
    ### Welzijn op Recept Westerhaven
    Sinds 2023 verwijzen huisartsen in Westerhaven inwoners door naar een welzijnscoach. In 2025 werden 176 inwoners doorverwezen.
    ## Kwaliteit
    In 2025 ontvingen we 6 klachten van 300 cliënten.
"""


def test_a_proposal_s_plan_sections_are_no_records_and_its_own_project_is_proposed_once():
    proposal = _propose(_markdown(PLAN), "subsidieaanvraag.txt")
    projects = {c.record["title"]: c.record for c in proposal.candidates if c.record["type"] == "project"}
    assert sorted(projects) == ["Samen Vooruit Westerhaven", "Welzijn op Recept Westerhaven"]
    assert projects["Samen Vooruit Westerhaven"]["results"] == []
    # an earlier project's figures of its own years are results, though the plan runs 2027-2029
    assert [r["value"] for r in projects["Welzijn op Recept Westerhaven"]["results"]] == ["176"]


def test_a_plan_s_named_activity_under_its_approach_is_no_method():
    proposal = _propose(_markdown(PLAN), "subsidieaanvraag.txt")
    assert [c.record["title"] for c in proposal.candidates if c.record["type"] == "method"] == ["Welzijn op Recept"]


def test_a_report_s_table_of_targets_names_no_projects():
    text = _markdown("""
        # Jaarverslag 2025 Welzijn Dalmeer
        ## Opvoedcafé
        Samen met het consultatiebureau organiseerden we 22 bijeenkomsten met 196 ouders.
        ## Ambities voor volgend jaar
        | Project | Doelgroep | Streefwaarde 2026 |
        | Buurtkamer Zuid | ouderen | 280 bezoekers |
        | Opvoedcafé | ouders | 240 ouders |
    """)
    projects = [c.record for c in _propose(text, "jaarverslag.txt").candidates if c.record["type"] == "project"]
    assert [p["title"] for p in projects] == ["Opvoedcafé"]
    assert {r["value"] for r in projects[0]["results"]} == {"22", "196"}
