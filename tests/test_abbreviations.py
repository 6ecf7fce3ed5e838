"""Staff's abbreviations ("mz", "vw's", "MZM") are written out for the index and queries, shown as written."""
import pytest

from knowledge_base import import_records
from knowledge_base.abbreviations import DATA, READER_DATA, expand, parse
from knowledge_base.index import INDEX_FORMAT, refresh_index
from knowledge_base.keywords import matching_words
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
    ("de cas, mzmachine, gem. 6 uur", "de cas, mzmachine, gem. 6 uur"),  # no plural of "ca", no part of a word, not in the table
])
def test_abbreviations_are_written_out_as_whole_words_only(written, expected):
    assert expand(written) == expected


def test_the_table_reads_forms_and_alternative_spellings():
    table = parse("# a comment\n\nvw, vrijw = vrijwilliger | vrijwilligers | vrijwilligers  # note\nca = circa | |\n")
    assert [(a.written, a.singular, a.plural, a.compound) for a in table] == [
        (("vw", "vrijw"), "vrijwilliger", "vrijwilligers", "vrijwilligers"), (("ca",), "circa", "", "")]


def test_the_shipped_table_is_part_of_the_index_format():
    parse(DATA.read_text(encoding="utf-8"))  # it parses
    assert INDEX_FORMAT.endswith(__import__("hashlib").sha1(DATA.read_bytes()).hexdigest()[:8])


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
    ("gem. 9 mnd per gezin", "gemiddeld 9 maand per gezin"),  # a number after it: an average
    ("het sociaal team voor gem. Lindewaerde", "het sociaal team voor gemeente Lindewaerde"),  # a name: the municipality
    ("in alle drie gem. actief", "in alle drie gemeenten actief"),  # counted: municipalities
    ("spreekuur voor ouders/vz", "spreekuur voor ouders/verzorgers"),
    ("de vz van de dorpsraad", "de voorzitter van de dorpsraad"),
    ("de gem. kosten", "de gem. kosten"),  # nothing decides: as written
    ("vz welzijn", "vz welzijn"),
])
def test_shorthand_of_several_meanings_is_written_out_only_where_the_words_around_it_decide(written, read):
    assert expand(written, keep_capitals=True, reader=True) == read
    assert expand(written) == written.replace("mnd", "maand")  # search reads the table alone, never a guess
