"""Records kept in staff's own words are named in full in the draft; the stored record keeps its words."""
import pytest

from knowledge_base import get_record, save_record
from knowledge_base.abbreviations import expand
from knowledge_base.records import normalise
from proposal_builder.drafting.record_words import period, place_names, placed_group, shown, value_in_digits
from proposal_builder.pipeline import draft_tender

from .drafting_samples import open_docx


@pytest.mark.parametrize("written, full", [
    ("sinds najaar '23", "sinds najaar 2023"),
    ("schooljaar 23/24", "schooljaar 2023/2024"),
    ("okt '23 - dec '24", "oktober 2023 – december 2024"),
    ("2021-", "sinds 2021"),
    ("2022-2024", "2022-2024"),
    ("2020 - t/m eind 24", "2020 – eind 2024"),  # a span's "t/m" left out, its year in full
    ("t/m eind 24", "tot en met eind 2024"),
    ("sinds '22", "sinds 2022"),
    ("1/2", "1/2"),  # no school year: the years do not follow each other
    ("", ""),
])
def test_a_period_in_shorthand_is_written_in_full(written, full):
    assert period(written) == full


def test_shorthand_in_lower_case_is_written_out_and_an_acronym_in_capitals_stays():
    assert expand("Jw en vw's in de bieb", keep_capitals=True) == "jongerenwerk en vrijwilligers in de bibliotheek"
    assert expand("MDT met JGZ Lindeland", keep_capitals=True) == "MDT met JGZ Lindeland"


def test_place_names_come_from_the_tenders_and_the_records_fields():
    names = place_names(["Marrevoort"], [], ["Wolderdijk (+ paar in Hessum-Aa)", "Den Helder en omliggende dorpen"])
    assert set(names) == {"Marrevoort", "Wolderdijk", "Hessum-Aa", "Den Helder"}


def test_a_record_in_staff_wording_is_shown_in_full_and_the_original_is_left_alone():
    record = {"title": "jw ommerzijl / jongerenbus", "municipality": "Marrevoort + Ommerzijl",
              "period": "sinds voorjaar '23", "target_group": "jongeren ommerzijl", "indicator": "vw's p.j."}
    out = shown(record, ["Marrevoort", "Ommerzijl"])
    assert out == {"title": "Jongerenwerk Ommerzijl / jongerenbus", "municipality": "Marrevoort en Ommerzijl",
                   "period": "sinds voorjaar 2023", "target_group": "jongeren in Ommerzijl",
                   "indicator": "vrijwilligers per jaar"}
    assert record["title"] == "jw ommerzijl / jongerenbus"


def test_the_draft_names_a_record_kept_in_staff_wording_in_full(db):
    save_record(db, normalise({
        "ref": "KV-P02", "type": "project", "title": "jw ommerzijl / jongerenbus", "municipality": "Ommerzijl",
        "period": "sinds najaar '23", "target_group": "jongeren 12-18",
        "summary": "jongerenbus staat 2 avonden pw in breeslo en ommerzijl, jwr gaan met jongeren in gesprek",
        "partners": ["Dorpsbelang Breeslo"],
        "results": [{"indicator": "jongeren per avond", "value": "23"}]}))
    tender = {"title": "Subsidietender Opgroeien in Ommerzijl 2027–2029", "municipality": "Ommerzijl",
              "route": "subsidie", "goals": [{"text": "Jongeren in Ommerzijl hebben in hun eigen dorp iets te doen.",
                                             "kind": "effect", "evidence": ["KV-P02"]}]}
    checked = draft_tender(db, tender, "Stichting Kiemvast", soffice="")
    document = open_docx(checked.docx)
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "Jongerenwerk Ommerzijl / jongerenbus" in text
    assert "jw ommerzijl" not in text.lower() and "'23" not in text
    assert "2023" in text
    assert get_record(db, "KV-P02")["title"] == "jw ommerzijl / jongerenbus"


@pytest.mark.parametrize("group, places, written", [
    ("jongeren Ommerzijl", ["Ommerzijl"], "jongeren in Ommerzijl"),
    ("winkelpersoneel Wolderdijk", ["Wolderdijk"], "winkelpersoneel in Wolderdijk"),
    ("jongeren in Vennebroek en Kromhage", ["Kromhage", "Vennebroek"], "jongeren in Vennebroek en Kromhage"),
    ("jongeren en bewoners van het Havenkwartier", ["Havenkwartier"], "jongeren en bewoners van het Havenkwartier"),
])
def test_a_group_written_short_before_its_place_says_in(group, places, written):
    assert placed_group(group, places) == written


@pytest.mark.parametrize("written, full", [
    ("ouderen/alleenst.", "ouderen en alleenstaanden"),
    ("ouderen + alleenst.", "ouderen en alleenstaanden"),
    ("75+ en mz", "75+ en mantelzorgers"),  # a group: in the plural
    ("jonge mz", "jonge mantelzorgers"),
    # shorthand of several meanings, written out where the words around it decide ("vz" after "ouders/": verzorgers)
    ("ouders/vz en kinderen 4-12", "ouders/verzorgers en kinderen 4-12"),
    ("vz en kinderen 4-12", "vz en kinderen 4-12"),  # voorzitter, voorziening or verzorgers: stays as written
])
def test_a_target_group_in_shorthand_is_named_in_full(written, full):
    assert shown({"target_group": written}, [])["target_group"] == full


def test_the_draft_writes_out_every_shorthand_of_a_record_in_staff_wording(db):
    """Round 13's records in staff's words ("ouderen/alleenst.", "t/m eind 24", "hb", "mz", "vw") read in full in the
    draft, through the one table of abbreviations; the records keep their words."""
    save_record(db, normalise({
        "ref": "EH-P05", "type": "project", "title": "koffiemaatjes", "municipality": "Durkerland",
        "period": "2020 - t/m eind 24", "target_group": "ouderen/alleenst.",
        "summary": "maatjesproject eenzaamheid. vw-maatje 1x pw op bezoek bij ouderen/alleenst. die weinig mensen zien",
        "partners": ["Huisartsenpraktijken Durkerland"]}))
    save_record(db, normalise({
        "ref": "EH-R30", "type": "result", "title": "hb oost-wierland", "project": "EH-P05", "indicator": "hb",
        "value": "210", "unit": "hb", "target_group": "75+ en mz", "municipality": "Durkerland",
        "period": "t/m eind 24"}))
    tender = {"title": "Subsidietender Oud worden in Durkerland 2028–2029", "municipality": "Durkerland",
              "route": "subsidie", "goals": [{"text": "Minder ouderen in Durkerland voelen zich eenzaam.",
                                             "kind": "effect", "evidence": ["EH-P05", "EH-R30"]}]}
    document = open_docx(draft_tender(db, tender, "Stichting Eemhoeve", soffice="").docx)
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "ouderen en alleenstaanden" in text and "2020–eind 2024" not in text
    assert "2020 – eind 2024" in text or "tot en met eind 2024" in text
    assert "Huisbezoek Oost-Wierland" in text or "huisbezoeken" in text
    for short in ("alleenst.", "t/m", " hb", " mz", "vw-", " 24"):
        assert short not in text, short
    assert get_record(db, "EH-P05")["target_group"] == "ouderen/alleenst."


@pytest.mark.parametrize("written, digits", [
    ("drieënzestig", "63"), ("negenhonderdachtenzestig (968)", "968"), ("eenenzeventig", "71"), ("negen", "9"),
    ("twee derde", "twee derde"), ("8 van de 10", "8 van de 10"), ("71%", "71%"), ("twaalf (13)", "twaalf (13)")])
def test_a_whole_number_staff_wrote_in_words_is_shown_in_digits(written, digits):
    assert value_in_digits(written) == digits


def test_a_result_counted_in_words_reads_as_a_count_in_the_draft(db):
    """A value in words ("drieënzestig" gezinnen) is counted like "63": "... 63 gezinnen", not "de uitkomst voor
    ‘gezinnen’: drieënzestig"; the record keeps its words."""
    save_record(db, normalise({
        "ref": "WP-P10", "type": "project", "title": "Rondkomen met Kinderen", "municipality": "Halderveen",
        "period": "sinds 2023", "target_group": "ouders met een laag inkomen",
        "summary": "Gezinscoaches kijken met ouders naar inkomen, uitgaven en meedoen van de kinderen."}))
    save_record(db, normalise({
        "ref": "WP-R23", "type": "result", "title": "gezinnen bereikt '25", "project": "WP-P10",
        "indicator": "gezinnen", "value": "drieënzestig", "unit": "", "municipality": "Halderveen", "period": "2025"}))
    tender = {"title": "Subsidie Meedoen Halderveen 2028", "municipality": "Halderveen", "route": "subsidie",
              "goals": [{"text": "Kinderen in gezinnen met een laag inkomen doen mee.", "kind": "effect",
                         "evidence": ["WP-P10", "WP-R23"]}]}
    document = open_docx(draft_tender(db, tender, "Stichting De Wijkplaats", soffice="").docx)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "63 gezinnen" in text
    assert "drieënzestig" not in text and "de uitkomst voor ‘gezinnen’" not in text
    assert get_record(db, "WP-R23")["value"] == "drieënzestig"
