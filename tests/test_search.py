"""Hybrid search on a small Dutch fixture: synonyms with the real model, mechanics with a fake one."""
import shutil

import pytest

from knowledge_base import delete_record, get_record, import_file, open_db, save_record
from knowledge_base.embeddings import get_embedder
from knowledge_base.index import index_status, refresh_index
from knowledge_base.passages import MAX_WINDOWS
from knowledge_base.search import GoalContext, Tuning, match_goals, search
from proposal_builder.matching.evidence import goal_context
from proposal_builder.tender import Goal

from .conftest import FIXTURES
from .fake_embedder import FakeEmbedder
from .search_helpers import build_indexed, put_huge_summary


@pytest.fixture(scope="module")
def e5_file(tmp_path_factory):
    """The fixture knowledge base indexed once with the real default model."""
    return build_indexed(tmp_path_factory.mktemp("search") / "kb.sqlite")


@pytest.fixture
def e5_db(e5_file, tmp_path):
    """A private copy of the indexed fixture (tests may change it)."""
    copy = tmp_path / "kb.sqlite"
    shutil.copy(e5_file, copy)
    db = open_db(copy)
    yield db
    db.conn.close()


@pytest.fixture
def fake_db(db):
    """The fixture knowledge base in a fresh database, not yet indexed."""
    import_file(db, (FIXTURES / "search_kb.json").read_bytes())
    return db


def _refs(hits) -> list[str]:
    return [hit.ref for hit in hits]


@pytest.mark.model
@pytest.mark.parametrize("goal, expected", [
    ("Zorgende naasten houden het vol en zijn ontlast", {"SM1", "SP1", "SR2"}),
    ("Het sociaal isolement onder ouderen neemt af", {"SM2", "SP4", "SR1"}),
    ("Inwoners met geldproblemen krijgen hulp bij hun financiën", {"SP2", "SR3"}),
    ("Laaggeletterdheid wordt teruggedrongen", {"SM3"}),
])
def test_synonyms_are_found(e5_db, goal, expected):
    top = _refs(search(e5_db, goal, get_embedder(""), top=3))
    assert top[0] in expected and len(expected & set(top)) >= min(2, len(expected))


@pytest.mark.model
def test_exact_method_name_and_place_come_first(e5_db):
    assert _refs(search(e5_db, "Taalcafé", get_embedder(""), top=1)) == ["SM3"]
    # The Zwolle projects, and a result of one of them (no method: it is not in a place).
    hits = search(e5_db, "Zwolle", get_embedder(""), top=3)
    assert {"SP1", "SP3"} < set(_refs(hits)) and {hit.via for hit in hits if hit.type == "result"} <= {"SP1"}
    assert all(hit.type != "method" for hit in hits)


@pytest.mark.model
def test_why_is_a_sentence_of_the_record(e5_db):
    hit = search(e5_db, "Mantelzorgers kunnen de zorg even overdragen", get_embedder(""), top=1)[0]
    assert hit.ref == "SM1"
    assert hit.why == ("Een getrainde vrijwilliger neemt de zorg een dagdeel per week over, "
                       "zodat de mantelzorger even vrij is.")
    assert not hit.weak


@pytest.mark.model
def test_unrelated_goal_gives_only_weak_matches(e5_db):
    hits = search(e5_db, "Het aantal valincidenten in het verkeer daalt", get_embedder(""), top=3)
    assert all(hit.weak for hit in hits)


@pytest.mark.model
@pytest.mark.parametrize("goal", [
    "De riolering in het centrum wordt vervangen en klimaatbestendig gemaakt",
    "Bedrijven op het industrieterrein besparen energie",
    "Parkeerhandhaving en blauwe zones in de binnenstad",
])
def test_an_unrelated_goal_on_a_small_knowledge_base_gives_only_weak_hits(e5_db, goal):
    # Ten records: the best of them stands out per query even when unrelated; the cosine floor
    # of calibration.py is what flags it.
    hits = search(e5_db, goal, get_embedder(""), top=3)
    assert hits and all(hit.weak for hit in hits)


@pytest.mark.model
def test_a_related_goal_on_the_small_knowledge_base_has_strong_hits(e5_db):
    hits = search(e5_db, "Minder eenzaamheid onder ouderen", get_embedder(""), top=3)
    assert not hits[0].weak and hits[0].cosine > 0.8


def test_direction_words_do_not_find_records_phrased_alike(fake_db):
    # "Minder eenzaam na een jaar" shares only "minder" with the goal; the youth work project fits.
    hits = search(fake_db, "Minder overlast van jongeren", FakeEmbedder(), top=3)
    assert hits[0].ref == "SP3" and "SR1" not in _refs(hits)


def test_types_filter_keeps_only_those_types(fake_db):
    hits = search(fake_db, "mantelzorgers", FakeEmbedder(), types=["result"])
    assert hits and {hit.type for hit in hits} == {"result"}


def test_a_project_is_found_through_its_method(fake_db):
    # "dagdeel" occurs only in method SM1, which project SP1 links; no keywords, dense only.
    hits = search(fake_db, "dagdeel", FakeEmbedder(), top=3, tuning=Tuning(keyword_weight=0))
    project = next(hit for hit in hits if hit.type == "project")
    assert _refs(hits)[:2] == ["SM1", "SP1"] and project.via == "SM1" and "dagdeel" in project.why


def test_match_goals_embeds_all_goals_in_one_call(fake_db):
    embedder = FakeEmbedder()
    results = match_goals(fake_db, ["mantelzorgers", "jongeren op straat", "taal"], embedder, top=2)
    assert embedder.query_calls == 1
    assert [_refs(hits)[0] in expected for hits, expected in
            zip(results, [{"SP1", "SR2", "SM1"}, {"SP3"}, {"SM3"}])] == [True, True, True]


def test_search_refreshes_a_few_changes_itself(fake_db):
    embedder = FakeEmbedder()
    refresh_index(fake_db, embedder)
    record = get_record(fake_db, "SP3")
    save_record(fake_db, {**record, "title": "Straatwerk Holtenbroek"})
    delete_record(fake_db, "SM3")
    hits = search(fake_db, "Straatwerk taal", embedder, top=10)
    assert hits[0].title == "Straatwerk Holtenbroek" and "SM3" not in _refs(hits)


def test_a_very_large_record_is_not_embedded_inside_a_search(fake_db):
    embedder = FakeEmbedder()
    refresh_index(fake_db, embedder)
    record = get_record(fake_db, "SP3")
    put_huge_summary(fake_db, record)
    before = embedder.passages
    hits = search(fake_db, "jongerenwerkers op straat", embedder, top=10)
    assert embedder.passages == before and hits  # the old vectors answer; a refresh job takes the record
    assert index_status(fake_db, embedder.name).pending == 1
    report = refresh_index(fake_db, embedder)
    assert report.embedded == ["SP3"] and embedder.passages - before <= 1 + MAX_WINDOWS


def test_empty_query_and_empty_index_give_no_hits(fake_db, tmp_path):
    assert search(fake_db, "   ", FakeEmbedder()) == []
    assert search(open_db(tmp_path / "leeg.sqlite"), "mantelzorg", FakeEmbedder()) == []


def test_a_goals_context_is_added_unless_the_goal_names_it_already():
    context = GoalContext("ouderen", "Marum")
    assert context.embedded("Minder eenzaamheid") == "Minder eenzaamheid Doelgroep: ouderen. Plaats: Marum."
    assert context.keywords("Minder eenzaamheid") == "Minder eenzaamheid ouderen"  # a place is embedded only
    assert context.keywords("Ouderen in Marum zijn minder eenzaam") == "Ouderen in zijn minder eenzaam"
    assert context.keywords("Marum") == "Marum ouderen"  # a goal that is only its place keeps it
    assert context.embedded("Ouderen in Marum zijn minder eenzaam") == "Ouderen in Marum zijn minder eenzaam"


def test_the_target_group_of_a_goal_steers_the_ranking(fake_db):
    embedder = FakeEmbedder()
    goal = "Inwoners krijgen steun en hulp"
    hits = match_goals(fake_db, [goal], embedder, top=3, contexts=[GoalContext("mantelzorgers")])[0]
    assert hits[0].ref in {"SP1", "SM1", "SR2"}
    plain = match_goals(fake_db, [goal], embedder, top=3, tuning=Tuning(use_context=False),
                        contexts=[GoalContext("mantelzorgers")])[0]
    assert _refs(plain) == _refs(match_goals(fake_db, [goal], embedder, top=3)[0])


def test_a_goal_tables_target_group_and_place_columns_and_its_kind_are_its_context():
    goal = Goal("Minder eenzaamheid", attributes={"Doelgroep": "ouderen", "Wijk": "Holtenbroek", "Indicator": "x"})
    assert goal_context(goal) == GoalContext("ouderen", "Holtenbroek", "effect")
    assert goal_context(Goal("Minder eenzaamheid")) == GoalContext(kind="effect")
    assert goal_context(Goal("300 gesprekken per jaar", kind="output")) == GoalContext(kind="output")


def test_an_edit_from_another_connection_reaches_the_next_search(fake_db):
    embedder = FakeEmbedder()
    refresh_index(fake_db, embedder)
    assert "WK1" not in _refs(search(fake_db, "Wijkkompas buurtwinkel", embedder))  # this search marks the index current
    other = open_db(fake_db.conn.execute("PRAGMA database_list").fetchone()[2])  # another connection, same file
    save_record(other, {"ref": "WK1", "type": "method", "title": "Wijkkompas",
                        "summary": "Een buurtwinkel waar bewoners hun vragen kwijt kunnen."}, user="medewerker")
    other.conn.close()
    assert search(fake_db, "Wijkkompas buurtwinkel", embedder)[0].ref == "WK1"
