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
