"""Staff's abbreviations ("mz", "vw's", "MZM") are written out for the index and queries, shown as written."""
import pytest

from knowledge_base import import_records
from knowledge_base.abbreviations import CONTEXT_DATA, DATA, READER_DATA, expand, parse
from knowledge_base.index import INDEX_FORMAT, refresh_index
from knowledge_base.keywords import matching_words, terms
from knowledge_base.search import search

from .fake_embedder import FakeEmbedder

OWN_WORDS = {"id": "P02", "type": "project", "title": "Even Weg respijt",
             "summary": "vw's nemen de zorg over zodat mz even weg kan, 3-4 uur per keer, meestal 1x pw."}
OTHER = {"id": "P09", "type": "project", "title": "Taalcafé",
         "summary": "Inwoners oefenen met lezen en schrijven in de bibliotheek."}


@pytest.mark.parametrize("written, expected", [
    ("vw's nemen de zorg over zodat mz even weg kan", "vrijwilligers nemen de zorg over zodat mantelzorger even weg kan"),
    ("MZM neemt regelwerk over", "mantelzorgmakelaar neemt regelwerk over"),
    ("jongeren doen vw-werk, mz-waardering", "jongeren doen vrijwilligerswerk, mantelzorgwaardering"),
    ("app vd huisarts, evt. naar de bieb", "app van de huisarts, eventueel. naar de bibliotheek"),
    ("ca. 80 uur, i.v.m. ziekte", "circa 80 uur, in verband met ziekte"),
    ("de cas, mzmachine, gem. kosten", "de cas, mzmachine, gem. kosten"),  # no plural of "ca", no part of a word, undecided
])
def test_abbreviations_are_written_out_as_whole_words_only(written, expected):
    assert expand(written) == expected


def test_the_table_reads_forms_and_alternative_spellings():
    table = parse("# a comment\n\nvw, vrijw = vrijwilliger | vrijwilligers | vrijwilligers  # note\nca = circa | |\n")
    assert [(a.written, a.singular, a.plural, a.compound) for a in table] == [
        (("vw", "vrijw"), "vrijwilliger", "vrijwilligers", "vrijwilligers"), (("ca",), "circa", "", "")]


def test_the_shipped_table_is_part_of_the_index_format():
    parse(DATA.read_text(encoding="utf-8"))  # it parses
    assert INDEX_FORMAT.endswith(__import__("hashlib").sha1(DATA.read_bytes() + CONTEXT_DATA.read_bytes()).hexdigest()[:8])


def test_shorthand_for_the_reader_only_is_written_out_in_a_draft_but_not_for_search(db):
    written = "hb bij alleenst. t/m eind 2024, samen met mz"
    assert expand(written, keep_capitals=True, reader=True) == \
        "huisbezoek bij alleenstaanden tot en met eind 2024, samen met mantelzorger"
    assert expand(written) == "hb bij alleenst. t/m eind 2024, samen met mantelzorger"  # the index's and queries' words
    assert not {w for a in parse(READER_DATA.read_text(encoding="utf-8")) for w in a.written} \
        & {w for a in parse(DATA.read_text(encoding="utf-8")) for w in a.written}  # each abbreviation in one table
    import_records(db, [{"id": "P03", "type": "project", "title": "Thuisbezoek", "summary": "hb bij alleenst. 1x pw."}])
    refresh_index(db, FakeEmbedder())
    assert db.execute("SELECT ref FROM search_terms WHERE search_terms MATCH 'alleenstaanden'").fetchall() == []


def test_a_record_in_own_words_is_found_by_the_written_out_words_and_shown_as_written(db):
    import_records(db, [OWN_WORDS, OTHER])
    refresh_index(db, FakeEmbedder())
    assert db.execute("SELECT ref FROM search_terms WHERE search_terms MATCH 'mantelzorger'").fetchall() == [("P02",)]
    hits = search(db, "Vrijwilligers ontlasten mantelzorgers", FakeEmbedder())
    assert hits[0].ref == "P02"
    assert "mz" in hits[0].why and "mantelzorger" not in hits[0].why  # the sentence as staff wrote it
    assert search(db, "mz", FakeEmbedder())[0].ref == "P02"  # a query in own words finds it too


def test_an_abbreviation_is_highlighted_for_the_word_it_stands_for():
    assert matching_words("vw's nemen de zorg over zodat mz even weg kan", "Vrijwilligers ontlasten mantelzorgers") \
        == {"vw", "mz"}


@pytest.mark.parametrize("written, read", [
    ("gem. 9 mnd per gezin", "gemiddeld 9 maanden per gezin"),  # a number after it: an average (a reader's plural)
    ("het sociaal team voor gem. Lindewaerde", "het sociaal team voor gemeente Lindewaerde"),  # a name: the municipality
    ("in alle drie gem. actief", "in alle drie gemeenten actief"),  # counted: municipalities
    ("spreekuur voor ouders/vz", "spreekuur voor ouders/verzorgers"),
    ("de vz van de dorpsraad", "de voorzitter van de dorpsraad"),
    ("de gem. kosten", "de gem. kosten"),  # nothing decides: as written
    ("vz welzijn", "vz welzijn"),
])
def test_shorthand_of_several_meanings_is_written_out_only_where_the_words_around_it_decide(written, read):
    assert expand(written, keep_capitals=True, reader=True) == read
    assert expand(written) == read.replace("9 maanden", "9 maand")  # search reads what the words around it decide
    # too (without a reader's plural), and nothing else


def test_a_count_gives_the_plural_for_a_reader_only():
    assert expand("negentien hh, 38 vw") == "negentien huishouden, 38 vrijwilliger"  # search: the stems are the same
    assert expand("negentien hh, 38 vw", reader=True) == "negentien huishoudens, 38 vrijwilligers"


@pytest.mark.parametrize("written, read", [
    ("negentien hh begeleid, ± 20 hh per jaar", "negentien huishoudens begeleid, ± 20 huishoudens per jaar"),
    ("38 vw, 1 vw uit het dorp", "38 vrijwilligers, 1 vrijwilliger uit het dorp"),  # one stays one
    ("12,5 wk, 1 wk", "12,5 weken, 1 week"),
    ("signalen hg en km herkennen, melding hg/km", "signalen huiselijk geweld en kindermishandeling herkennen, "
                                                   "melding huiselijk geweld/kindermishandeling"),
    ("km en hg, 0,35 per km", "kindermishandeling en huiselijk geweld, 0,35 per km"),  # a distance stays as written
    ("= 1 mw 28 u, tevredenheid srw", "= 1 maatschappelijk werker 28 u, tevredenheid sociaal raadsliedenwerk"),
])
def test_counted_and_context_decided_shorthand_is_written_out(written, read):
    assert expand(written, reader=True) == read


SHORTHAND = {"id": "M09", "type": "method", "title": "meldcode-training sleutelfiguren",
             "summary": "2 dagdelen voor kappers en kerkbesturen: signalen hg en km herkennen -> amw of vt."}
LONG_FORM = {"id": "P10", "type": "project", "title": "Nazorg",
             "summary": "Nazorg voor huishoudens na huiselijk geweld, door een maatschappelijk werker."}


def test_search_finds_shorthand_by_the_long_form_and_the_long_form_by_shorthand(db):
    import_records(db, [SHORTHAND, LONG_FORM, OTHER])
    refresh_index(db, FakeEmbedder())
    stem = terms("kindermishandeling")[0]
    assert db.execute("SELECT ref FROM search_terms WHERE search_terms MATCH ?", [stem]).fetchall() == [("M09",)]
    assert search(db, "Sleutelfiguren herkennen kindermishandeling", FakeEmbedder())[0].ref == "M09"
    assert search(db, "nazorg hh na hg, 1 mw", FakeEmbedder())[0].ref == "P10"  # a query in shorthand
