"""Spreadsheet import and export: real .xlsx workbooks (made with openpyxl) and real CSV bytes."""
import io
import json
import zipfile
from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook

from knowledge_base import ImportFormatError, get_record, open_db, spreadsheet_files
from knowledge_base.library_types import LIBRARY_FIELDS
from knowledge_base.spreadsheet_columns import COLUMNS, EXPORT_FIELDS, field_for_header, header_for_field, name_key
from knowledge_base.spreadsheets import export_xlsx, read_table_file
from knowledge_base.transfer import export_records, import_records

from .conftest import CHECKOUT


def workbook(sheets: dict, merges: dict | None = None, formats: dict | None = None) -> bytes:
    """An .xlsx file: sheet name → rows; merges: sheet → ranges; formats: (sheet, cell) → number format."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell_range in (merges or {}).get(name, []):
            sheet.merge_cells(cell_range)
    for (name, cell), number_format in (formats or {}).items():
        book[name][cell].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


DUTCH = {
    "Methoden": [["Ref", "Naam", "Omschrijving", "Thema’s", "Niveau", "Databank", "Erkenningsdatum"],
                 ["M01", "Maatjesproject", "Vrijwilligers als maatje.", "eenzaamheid; ouderen",
                  "goed onderbouwd", "Movisie", datetime(2021, 5, 1)]],
    "Projecten": [["Code", "Project", "Beschrijving", "Looptijd", "Gemeente", "Samenwerkingspartners",
                   "Methodieken", "Budget"],
                  ["P01", "Samen in de Wijk", "Buurtaanpak.", "2021-2023", "Zaanstad",
                   "Bibliotheek Zaanstad, Buurtteam", "M01", 25000]],
    "Resultaten": [["ID", "Titel", "Project", "Indicator", "Resultaat", "Eenheid", "Casus", "Toestemming",
                    "Geanonimiseerd"],
                   ["R01", "Minder eenzaam", "P01", "deelnemers minder eenzaam", 0.68, "", "Mevrouw A.",
                    True, "ja"],
                   ["R02", "Tevredenheid", "P01", "rapportcijfer", 4.3, "", "", "nee", False]],
}


def test_dutch_headers_in_many_spellings_give_import_items():
    items = {item["id"]: item for item in read_table_file(
        "kennisbank.xlsx", workbook(DUTCH, formats={("Resultaten", "E2"): "0%"}))}
    assert items["M01"] == {"id": "M01", "type": "method", "title": "Maatjesproject",
                            "summary": "Vrijwilligers als maatje.", "themes": ["eenzaamheid", "ouderen"],
                            "evidence_level": "goed onderbouwd", "databank": "Movisie",
                            "recognised_on": "2021-05-01"}
    assert items["P01"]["title"] == "Samen in de Wijk" and items["P01"]["period"] == "2021-2023"
    assert items["P01"]["partners"] == ["Bibliotheek Zaanstad", "Buurtteam"] and items["P01"]["methods"] == ["M01"]
    assert items["P01"]["Budget"] == 25000  # an unknown column is kept (the import puts it in extra)
    assert (items["R01"]["value"], items["R01"]["consent"], items["R01"]["pseudonymised"]) == ("68%", True, True)
    assert (items["R02"]["value"], items["R02"]["consent"], items["R02"]["pseudonymised"]) == ("4,3", False, False)
    assert items["R01"]["story"] == "Mevrouw A." and items["R01"]["project"] == "P01"


@pytest.mark.parametrize("header, field", [
    ("Referentie", "id"), ("REF", "id"), ("Titel", "title"), ("naam", "title"), ("Samenvatting", "summary"),
    ("Omschrijving", "summary"), ("Doelgroep", "target_group"), ("Thema's", "themes"), ("Themas", "themes"),
    ("Gemeente", "municipality"), ("Periode", "period"), ("Looptijd", "period"), ("Partners", "partners"),
    ("Methodieken", "methods"), ("Methoden", "methods"), ("Erkenning", "evidence_level"),
    ("Erkennings­niveau", "evidence_level"), ("Databank", "databank"), ("Erkend op", "recognised_on"),
    ("ERKENNINGSDATUM", "recognised_on"), ("Indicator", "indicator"), ("Waarde", "value"), ("Eenheid", "unit"),
    ("Verhaal", "story"), ("Toestemming", "consent"), ("Gepseudonimiseerd", "pseudonymised"),
    (" Géanonimiseerd ", "pseudonymised"), ("Kosten", None),
])
def test_header_spellings(header, field):
    assert field_for_header(header) == field


def test_every_export_header_reads_back_as_its_field_on_its_sheet():
    for kind, fields in EXPORT_FIELDS.items():
        assert all(field_for_header(header_for_field(field, kind), kind) == field for field in fields), kind
    assert {field.name for fields in LIBRARY_FIELDS.values() for field in fields} <= set(COLUMNS)
    assert field_for_header("Soort") == "type" and field_for_header("Soort", "proof") == "proof_kind"


def test_no_column_name_means_two_fields():
    meanings: dict[str, set] = {}
    for field, names in COLUMNS.items():
        for name in (field, *names):
            meanings.setdefault(name_key(name), set()).add(field)
    assert {key: fields for key, fields in meanings.items() if len(fields) > 1} == {}


def test_single_sheet_with_a_type_column_and_title_lines_above():
    data = workbook({"Kennisbank": [
        ["Kennisbank De Brug, stand mei 2025"], ["Resultaten"],
        ["Soort", "Referentie", "Titel", "Methodieken", "Project", "Waarde"],
        ["Methodiek", "M01", "Maatjes", "", "", ""],
        ["Project", "P01", "Samen", "M01", "", ""],
        ["resultaat", "R01", "Bereik", "", "P01", 120],
        ["Teamlid", "TM01", "Fatima El Amrani", "", "", ""],
    ], "Uitleg": [["Vul per rij één record in."]]}, merges={"Kennisbank": ["A1:F1"]})
    items = read_table_file("kb.xlsx", data)
    assert [(i["id"], i["type"]) for i in items] == [
        ("M01", "method"), ("P01", "project"), ("R01", "result"), ("TM01", "team_member")]
    assert items[1]["methods"] == ["M01"] and items[2]["value"] == "120"


def test_csv_per_type_in_cp1252_with_semicolons_as_dutch_excel_saves_it():
    text = ("Referentie;Naam;Omschrijving;Thema's;Gemeente\r\n"
            'P01;Café de Buurt;"Ontmoeting; koffie";eenzaamheid, ontmoeting;Zaanstad\r\n')
    items = read_table_file("projecten.csv", text.encode("cp1252"))
    assert items == [{"id": "P01", "type": "project", "title": "Café de Buurt", "summary": "Ontmoeting; koffie",
                      "themes": ["eenzaamheid", "ontmoeting"], "municipality": "Zaanstad"}]


def test_a_results_cell_reads_as_the_project_form_writes_its_lines():
    text = ("Referentie;Naam;Resultaten\r\n"
            'P01;Samen;"deelnemers | 40 | personen\nminder eenzaam | 68 | % | Mevrouw A. | toestemming"\r\n')
    results = read_table_file("projecten.csv", text.encode("utf-8"))[0]["results"]
    assert results == [{"indicator": "deelnemers", "value": "40", "unit": "personen", "story": ""},
                       {"indicator": "minder eenzaam", "value": "68", "unit": "%", "story": "Mevrouw A.", "consent": True}]


@pytest.mark.parametrize("filename, text", [
    ("export.csv", "type,id,title\nmethod,M01,Maatjes\n"),  # a type column
    ("Kennisbank - Methodieken 2025.csv", "ID,Titel\nM01,Maatjes\n"),  # the file name
    ("export.csv", "sep=;\nCode;Titel;Erkenningsniveau\nM01;Maatjes;\n"),  # the columns
])
def test_csv_type_from_column_file_name_or_columns(filename, text):
    items = read_table_file(filename, text.encode("utf-8-sig"))
    assert [(item["id"], item["type"], item["title"]) for item in items] == [("M01", "method", "Maatjes")]


# Answer-library records as the browser saves them: every field of the type, empty ones too.
LIBRARY = [
    {"id": "ORG", "type": "organisation", "title": "Stichting De Brug", "summary": "Welzijn in Zaanstad.",
     "themes": [], "mission": "Iedereen doet mee.", "size": "85 medewerkers", "working_area": "Zaanstad",
     "proposition": "", "legal_form": "stichting", "kvk_number": "", "establishments": "", "cao": "",
     "staff_registration": "", "cost_per_fte": "82000", "hourly_rate": "", "full_week": "",
     "owner": "Anna", "review_on": "2027-01-01"},
    {"id": "TM01", "type": "team_member", "title": "Fatima El Amrani", "summary": "", "themes": ["jeugd"],
     "consent": True, "role": "opbouwwerker", "expertise": "", "registration": "Registerplein", "hours": "32"},
    {"id": "PA01", "type": "partner", "title": "Bibliotheek Zaanstad", "summary": "Taalcafé", "themes": [],
     "partner_role": "locatie", "since": "2018"},
    {"id": "BW01", "type": "proof", "title": "HKZ-certificaat", "summary": "", "themes": [],
     "proof_kind": "HKZ", "number": "", "valid_until": "2027-06-30"},
    {"id": "ST01", "type": "standard_text", "title": "Meldcode", "summary": "Wij werken met de meldcode.",
     "themes": [], "topic": "meldcode", "short": "",
     "variants": [{"route": "open house", "length": "kort", "text": "Wij volgen de meldcode."}]},
]


def _real_kb(db) -> list[dict]:
    items = json.loads((CHECKOUT / "knowledge_base" / "demo" / "demo_kb.json").read_text()) + LIBRARY
    project = next(item for item in items if item["type"] == "project")
    project["results"] = [
        {"indicator": "deelnemers", "value": "120", "unit": "personen", "story": ""},
        {"indicator": "tevreden", "value": "8,1", "unit": "", "story": "Meneer B.: 'Fijn.'", "consent": True}]
    project["partners"] = ["Gemeente Zaanstad, afdeling Welzijn"]
    items[0].update(budget=25000, notes="=1+1 is geen formule", tags=["a", {"b": 1}], flag=True)
    report = import_records(db, items)
    assert report.count("added") == len(items)
    return export_records(db)


def _in_order(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda item: (item["type"], item["id"]))


def test_round_trip_export_then_read_equals_the_json_export(db):
    exported = _real_kb(db)
    data = export_xlsx(exported)
    assert _in_order(read_table_file("kennisbank.xlsx", data)) == _in_order(exported)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Methodieken", "Projecten", "Projectresultaten", "Resultaten", "Organisatieprofiel",
                               "Teamleden", "Partners", "Certificaten en bewijzen", "Standaardteksten"]
    assert [c.value for c in book["Certificaten en bewijzen"][1]][:5] == [
        "Referentie", "Omschrijving", "Toelichting", "Thema's", "Soort"]
    assert book["Standaardteksten"]["G2"].value == "open house | kort | Wij volgen de meldcode."
    sheet = book["Projecten"]
    assert [c.value for c in sheet[1]][:4] == ["Referentie", "Titel", "Samenvatting", "Doelgroep"]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2" and sheet.column_dimensions["C"].width == 60
    assert all(cell.data_type != "f" for row in book["Methodieken"].iter_rows() for cell in row)


def test_read_items_are_stored_by_the_import(db, tmp_path):
    report = import_records(db, read_table_file("kb.xlsx", workbook(DUTCH)))
    assert [line.outcome for line in report.lines] == ["added"] * 4
    assert get_record(db, "P01")["extra"] == {"Budget": 25000}
    assert get_record(db, "R02")["value"] == "4,3" and get_record(db, "M01")["recognised_on"] == "2021-05-01"
    other = open_db(tmp_path / "other.sqlite")
    import_records(other, read_table_file("kb.xlsx", export_xlsx(export_records(db))))
    assert export_records(other) == export_records(db)


def test_project_results_sheet_with_a_merged_project_cell():
    data = workbook({"Projecten": [["Referentie", "Titel"], ["P01", "Samen"]],
                     "Projectresultaten": [["Project", "Indicator", "Waarde", "Eenheid"],
                                           ["P01", "deelnemers", 120, "personen"], [None, "vrijwilligers", 14, ""]]},
                    merges={"Projectresultaten": ["A2:A3"]})
    [project] = read_table_file("kb.xlsx", data)
    assert project["results"] == [{"indicator": "deelnemers", "value": "120", "unit": "personen"},
                                  {"indicator": "vrijwilligers", "value": "14", "unit": ""}]


def test_rows_without_id_or_title_pass_through_and_the_import_refuses_only_them(db):
    text = "Referentie;Titel\nM01;Maatjes\n;Zonder referentie\nM02;\n"
    items = read_table_file("methodieken.csv", text.encode())
    report = import_records(db, items)
    outcomes = [(line.ref, line.outcome) for line in report.lines]
    assert outcomes == [("M01", "added"), ("(geen id)", "rejected"), ("M02", "rejected")]
    assert "titel" in report.lines[2].reason


def _zip(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _formula_without_value() -> bytes:
    return workbook({"Resultaten": [["Referentie", "Titel", "Waarde"], ["R01", "Bereik", "=SUM(1,2)"]]})


def _formula_with_cached_value() -> bytes:
    data = io.BytesIO(_formula_without_value())
    out = io.BytesIO()
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<v></v>", b"<v>3</v>").replace(b"<v />", b"<v>3</v>")
            target.writestr(info, content)
    return out.getvalue()


def test_a_formula_with_a_cached_value_gives_that_value():
    assert read_table_file("r.xlsx", _formula_with_cached_value())[0]["value"] == "3"


BAD_INPUTS = [
    ("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "oud Excel-bestand \\(.xls\\)"),
    ("kb.xlsx", b"%PDF-1.7\n1 0 obj\n", "PDF-bestand, geen spreadsheet"),
    ("kb.xlsx", _zip({"foto.jpg": b"\xff\xd8"}), "zip-bestand, geen Excel-werkmap"),
    ("kb.xlsx", _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}), "OpenDocument"),
    ("kb.xlsx", _zip({"[Content_Types].xml": "<Types/>"}), "geen leesbare Excel-werkmap"),
    ("kb.xlsx", b"Referentie;Titel\n", "geen geldige Excel-werkmap|geen leesbare Excel-werkmap"),
    ("kb.json", b'[{"id": "M01"}]', "type .json kunnen niet worden ingelezen"),
    ("kb.csv", "Referentie;Titel\nM01;Ma\x81tjes".encode("latin-1"), "niet te lezen als UTF-8 of Windows-1252"),
    ("kb.csv", "Referentie;Titel".encode("utf-16-le"), "geen tekst"),
    ("kb.csv", b"", "leeg"),
    ("kb.xlsx", workbook({"Blad1": []}), "De werkmap is leeg"),
    ("kb.xlsx", workbook({"Projecten": [["Referentie", "Titel"]]}), "geen records"),
    ("p.csv", b"P01;Samen;Zaanstad\n", "geen herkenbare kolomnamen \\(gevonden: 'P01', 'Samen', 'Zaanstad'\\)"
                                       ".*Verwacht .*Referentie, Titel"),
    ("p.csv", b"Referentie;Titel;Omschrijving\nP01;Samen;x\n", "niet te zien wat voor records erin staan"),
    ("kb.xlsx", workbook({"Projecten": [["Referentie", "Titel"], ["P01", "Samen"]],
                          "Blad2": [["Titel", "Omschrijving"], ["X", "y"]]}), "blad 'Blad2' is niet te zien wat"),
    ("kb.xlsx", workbook({"Uitleg": [["Vul per rij één record in."]]}), "gevonden: 'Vul per rij één record in.'"),
    ("p.csv", b"Titel;Naam\nA;B\n", "twee kolommen voor hetzelfde gegeven: 'Titel' en 'Naam'"),
    ("kb.xlsx", workbook({"Projecten": [["Referentie", "Titel", "Samenvatting"], ["P01", "Samen", None]]},
                         merges={"Projecten": ["B2:C2"]}), "blad 'Projecten' zijn cellen samengevoegd \\(B2:C2\\)"),
    ("kb.xlsx", _formula_without_value(), "blad 'Resultaten', cel C2 staat een formule zonder berekende waarde"),
    ("kb.xlsx", workbook({"Resultaten": [["Referentie", "Waarde"], ["R01", "#DIV/0!"]]}), "cel B2 .*#DIV/0!"),
    ("kb.xlsx", workbook({"Projecten": [["Referentie", "Titel"], ["P01", "Samen"]], "Projectresultaten": [
        ["Project", "Indicator"], ["P09", "bereik"]]}), "rij 2: project 'P09' staat niet bij de projecten"),
    ("kb.xlsx", workbook({"Projecten": [["Referentie"] + [None] * 200 + ["Te ver"]]}), "meer dan 200 kolommen"),
]


@pytest.mark.parametrize("filename, data, message", BAD_INPUTS,
                         ids=[f"{n}-{filename}" for n, (filename, _, _) in enumerate(BAD_INPUTS)])
def test_bad_input_gives_a_dutch_message(filename, data, message):
    with pytest.raises(ImportFormatError, match=message):
        read_table_file(filename, data)


def test_a_file_over_50_mb_is_refused_with_the_limit():
    with pytest.raises(ImportFormatError, match="groter dan 50 MB"):
        read_table_file("kb.csv", b"Referentie;Titel\n" + b"x" * (50 * 1024 * 1024))


def _methods(count: int) -> list[list]:
    return [["Referentie", "Titel"]] + [[f"M{n}", "Maatjes"] for n in range(count)]


def test_20000_rows_are_read_and_one_more_is_refused_with_the_limit():
    csv_text = lambda rows: "\n".join(";".join(row) for row in rows).encode()  # noqa: E731
    assert len(read_table_file("methodieken.csv", csv_text(_methods(20_000)))) == 20_000
    for name, data in [("methodieken.csv", csv_text(_methods(20_001))),
                       ("kb.xlsx", workbook({"Methodieken": _methods(20_001)}))]:
        with pytest.raises(ImportFormatError, match="meer dan 20.000 rijen"):
            read_table_file(name, data)


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(spreadsheet_files, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(ImportFormatError, match="uitgepakt groter dan"):
        read_table_file("kb.xlsx", workbook(DUTCH))
