"""Tender intake through the Flask test client: upload or paste, the tender page, goal editing, list and bin."""
import io
import re

import pytest
from flask import Blueprint, url_for
from markupsafe import escape

from knowledge_base.saved_tenders import get_tender, list_tenders, save_tender, set_tender_deleted, update_goals
from proposal_builder.web.forms.tenders import PASTE_LIMIT
from proposal_builder.tender.reading.errors import MESSAGES

from .conftest import PASSWORD, _make_app
from .tender_samples import docx_bytes, pdf_bytes
from .test_tender_reading import BAD_FILES

PASTED = """Uitvraag Welzijn Ouderen Zaanstad 2027

1. Inleiding
De gemeente Zaanstad zoekt een aanbieder voor welzijnswerk voor ouderen.

2. Doelen
De gemeente wil het volgende bereiken:
- Minder ouderen voelen zich eenzaam.
- Mantelzorgers voelen zich gesteund en ontlast.
- Inwoners van 75 jaar en ouder wonen langer zelfstandig thuis.

3. Resultaten
| Doel | Indicator | Streefwaarde |
| --- | --- | --- |
| Ouderen hebben meer sociale contacten | aandeel eenzame ouderen | 20% minder in 2028 |

4. Procedure
Inschrijvingen moeten uiterlijk 1 maart 2027 om 12:00 uur binnen zijn. Het plafond bedraagt € 450.000 per jaar.
"""
GOAL_TEXTS = ["Minder ouderen voelen zich eenzaam.", "Mantelzorgers voelen zich gesteund en ontlast.",
              "Inwoners van 75 jaar en ouder wonen langer zelfstandig thuis.",
              "Ouderen hebben meer sociale contacten"]
DOCX = [("title", "Offerteaanvraag Jongerenwerk Deventer"), ("h1", "1 Inleiding"),
        ("para", "De gemeente Deventer koopt jongerenwerk in voor de periode 2027-2030."),
        ("h1", "2 Doelstellingen"), ("number", "Jongeren voelen zich gezien en gehoord in hun wijk."),
        ("number", "Minder jongeren veroorzaken overlast op straat."),
        ("h1", "3 Gunning"), ("table", [["Criterium", "Weging"], ["Plan van aanpak", "60%"], ["Prijs", "40%"]])]
PDF = [("h1", "Subsidieregeling Mantelzorg Gemeente Testdorp"), ("h2", "Doelen"),
       ("bullet", "Mantelzorgers voelen zich gesteund en ontlast."),
       ("bullet", "Jonge mantelzorgers worden eerder gezien door school en huisarts.")]
DIRECTOR_PAGES = ["/aanbestedingen/", "/aanbestedingen/nieuw", "/aanbestedingen/prullenbak"]


def _text(response) -> str:
    return response.get_data(as_text=True)


def _stored(db, tender_id: int) -> dict:
    return get_tender(db, tender_id, include_deleted=True)


def _all_tenders(db) -> list[dict]:
    return list_tenders(db) + list_tenders(db, deleted=True)


def _upload(client, content: bytes, filename: str, **fields):
    data = {"title": "", "municipality": "", "text": "", **fields,
            "file": (io.BytesIO(content), filename)}
    return client.post("/aanbestedingen/nieuw", data=data, content_type="multipart/form-data")


def _tender_id(response) -> int:
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return int(re.search(r"/aanbestedingen/(\d+)$", response.headers["Location"]).group(1))


@pytest.fixture
def tender_id(director):
    """A tender saved from the pasted sample text."""
    return _tender_id(director.post("/aanbestedingen/nieuw", data={"text": PASTED}))


def _goal_post(tender: dict, action: str = "save", goals: list[dict] | None = None, **changes) -> dict:
    """The goal list as the tender page posts it when a button is pressed."""
    data = {"version": str(tender["version"]), "action": action}
    for i, goal in enumerate(tender["goals"] if goals is None else goals):
        data.update({f"goals-{i}-{key}": goal.get(key) or "" for key in ("text", "kind", "section", "indicator",
                                                                           "target", "own_text")})
        data[f"goals-{i}-block"] = "" if goal.get("block") is None else str(goal["block"])
        data[f"goals-{i}-evidence"] = ",".join(goal.get("evidence") or [])
    data.update(changes)
    return data


def _press(client, db, tender_id: int, action: str, **changes):
    tender = _stored(db, tender_id)
    return client.post(f"/aanbestedingen/{tender_id}/doelen", data=_goal_post(tender, action, **changes))


def _texts(db, tender_id: int) -> list[str]:
    return [goal["text"] for goal in _stored(db, tender_id)["goals"]]


def _with_choices(db, tender_id: int) -> None:
    """Evidence and own text on the first two goals, as the workbench saves them."""
    tender = _stored(db, tender_id)
    goals = [dict(g) for g in tender["goals"]]
    goals[0].update(evidence=["P01"], own_text="Ons maatjesproject.")
    goals[1].update(evidence=["P01", "R02"], own_text="Respijtzorg helpt.")
    update_goals(db, tender_id, goals, user="werkbank")


# --- intake -------------------------------------------------------------------------------------

def test_pasted_text_is_saved_with_its_goals_facts_and_guessed_title(director, db):
    tender = _stored(db, _tender_id(director.post("/aanbestedingen/nieuw", data={"text": PASTED})))
    assert tender["title"] == "Uitvraag Welzijn Ouderen Zaanstad 2027" and tender["municipality"] == "Zaanstad"
    assert [g["text"] for g in tender["goals"]] == GOAL_TEXTS
    assert (tender["deadline"], tender["budget"]) == ("2027-03-01T12:00", "€ 450.000 per jaar")
    assert tender["blocks"][0]["text"] == "Uitvraag Welzijn Ouderen Zaanstad 2027"
    assert tender["created_by"] == "directeur" and tender["source_name"] == ""


def test_docx_upload_reads_goals_and_criteria_and_keeps_no_file(director, db, db_path):
    upload = docx_bytes(DOCX)
    tender = _stored(db, _tender_id(_upload(director, upload, "uitvraag.docx", municipality="")))
    assert tender["title"] == "Offerteaanvraag Jongerenwerk Deventer" and tender["municipality"] == "Deventer"
    assert [g["text"] for g in tender["goals"]] == ["Jongeren voelen zich gezien en gehoord in hun wijk.",
                                                    "Minder jongeren veroorzaken overlast op straat."]
    assert [c["name"] for c in tender["criteria"]] == ["Plan van aanpak", "Prijs"]
    assert tender["source_name"] == "uitvraag.docx"
    stored_files = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert all(p.name.startswith("kb.sqlite") for p in stored_files)
    assert not any(upload[30:90] in p.read_bytes() for p in stored_files)


def test_pdf_upload_with_typed_title_and_municipality(director, db):
    response = _upload(director, pdf_bytes(PDF), "regeling.pdf", title="Mantelzorg 2027", municipality="Testdorp")
    tender = _stored(db, _tender_id(response))
    assert (tender["title"], tender["municipality"]) == ("Mantelzorg 2027", "Testdorp")
    assert [g["text"] for g in tender["goals"]] == [
        "Mantelzorgers voelen zich gesteund en ontlast.",
        "Jonge mantelzorgers worden eerder gezien door school en huisarts."]
    assert "De uitvraag is gelezen: 2 doelen gevonden" in _text(director.get(response.headers["Location"]))


def test_text_without_goals_is_saved_with_a_warning(director, db):
    response = director.post("/aanbestedingen/nieuw", data={"text": "Procedure\nDe offerte sluit op 1 maart."},
                             follow_redirects=True)
    assert "er zijn geen doelen in gevonden" in _text(response)
    assert len(_all_tenders(db)) == 1


def test_a_one_block_source_is_counted_in_the_singular(director, db):
    response = director.post("/aanbestedingen/nieuw", data={"text": "Wij vragen u een offerte voor koffie."},
                             follow_redirects=True)
    assert "1 tekstblok<" in _text(response) and "1 tekstblokken" not in _text(response)


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_upload_shows_its_message_keeps_the_typed_input_and_stores_nothing(director, db, name):
    make, code, _ = BAD_FILES[name]
    response = _upload(director, make(), "uitvraag.docx", title="Mijn titel <b>", municipality="Zaanstad")
    page = _text(response)
    assert response.status_code == 422
    assert str(escape(MESSAGES[code])) in page
    assert 'value="Mijn titel &lt;b&gt;"' in page and 'value="Zaanstad"' in page
    assert _all_tenders(db) == []


@pytest.mark.parametrize("data, message", [
    ({"text": "   ", "title": "Mijn titel"}, "Kies een bestand of plak de tekst"),
    ({"text": "x" * (PASTE_LIMIT + 1), "title": "Mijn titel"}, "De geplakte tekst is te lang"),
])
def test_invalid_intake_keeps_the_typed_title_and_stores_nothing(director, db, data, message):
    page = _text(director.post("/aanbestedingen/nieuw", data=data))
    assert message in page and 'value="Mijn titel"' in page
    assert _all_tenders(db) == []


@pytest.mark.parametrize("csrf", [False, True])
def test_oversized_upload_gets_413_with_the_dutch_message(db_path, db, csrf):
    app = _make_app(db_path, MAX_CONTENT_LENGTH=64 * 1024, WTF_CSRF_ENABLED=csrf)
    client = app.test_client()
    login = {"username": "directeur", "password": PASSWORD}
    if csrf:  # log in the way a browser does, with the token of the login page
        login["csrf_token"] = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                                        _text(client.get("/inloggen"))).group(1)
    client.post("/inloggen", data=login)
    response = _upload(client, b"Doelen\n" + b"x" * 100_000, "groot.txt", title="Mijn titel")
    assert response.status_code == 413
    assert "Het bestand is groter dan 64 kB en wordt niet gelezen" in _text(response)
    assert _all_tenders(db) == []


def test_pasted_text_above_the_limit_is_refused_with_its_message_and_kept(director, db):
    text = "Doelen " + "x" * 600_000
    response = director.post("/aanbestedingen/nieuw", data={"text": text, "title": "Mijn titel"})
    assert response.status_code == 200 and "De geplakte tekst is te lang" in _text(response)
    assert text in _text(response) and 'value="Mijn titel"' in _text(response)
    assert _all_tenders(db) == []


# --- the tender page ----------------------------------------------------------------------------

def test_tender_page_shows_goals_next_to_their_source_and_the_facts(director, db, tender_id):
    page = _text(director.get(f"/aanbestedingen/{tender_id}"))
    tender = _stored(db, tender_id)
    for number, goal in enumerate(tender["goals"], start=1):
        assert f'id="doel-{number}"' in page
        assert f'href="#blok-{goal["block"]}"' in page  # the goal links to its source block
        assert f'id="blok-{goal["block"]}"' in page
        assert f'href="#doel-{number}"' in page  # and the block links back
    assert "1 maart 2027, 12:00 uur" in page and "€ 450.000 per jaar" in page
    assert "aandeel eenzame ouderen" in page and "20% minder in 2028" in page
    assert page.count('class="src-heading') == 4  # the section headings of the source text


def test_unknown_tender_is_404(director):
    assert director.get("/aanbestedingen/999").status_code == 404
    assert director.post("/aanbestedingen/999/doelen", data={"action": "save"}).status_code == 404


def test_workbench_is_linked_when_it_is_installed(db_path, db):
    app = _make_app(db_path)
    if "workbench.index" not in app.view_functions:  # a stand-in with the same endpoint
        stand_in = Blueprint("workbench", __name__)
        stand_in.add_url_rule("/werkbank/<int:tender_id>", "index", lambda tender_id: "")
        app.register_blueprint(stand_in)
    tender = save_tender(db, {"title": "Welzijn"})
    client = app.test_client()
    client.post("/inloggen", data={"username": "directeur", "password": PASSWORD})
    with app.test_request_context():
        link = url_for("workbench.index", tender_id=tender["id"])
    assert f'href="{link}"' in _text(client.get(f"/aanbestedingen/{tender['id']}"))


# --- editing goals ------------------------------------------------------------------------------

def test_editing_a_goal_saves_its_fields_and_keeps_evidence_and_own_text(director, db, tender_id):
    _with_choices(db, tender_id)
    response = _press(director, db, tender_id, "save", **{
        "goals-0-text": "Minder ouderen   voelen zich\neenzaam in 2028.", "goals-0-kind": "output",
        "goals-0-indicator": "eenzaamheid (GGD-monitor)", "goals-0-target": "-10%", "goals-0-section": "Doelen"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/aanbestedingen/{tender_id}")
    goal = _stored(db, tender_id)["goals"][0]
    assert goal["text"] == "Minder ouderen voelen zich eenzaam in 2028."
    assert (goal["kind"], goal["indicator"], goal["target"], goal["section"]) == (
        "output", "eenzaamheid (GGD-monitor)", "-10%", "Doelen")
    assert (goal["evidence"], goal["own_text"]) == (["P01"], "Ons maatjesproject.")


def test_merge_joins_a_goal_with_the_next_and_unites_their_evidence(director, db, tender_id):
    _with_choices(db, tender_id)
    response = _press(director, db, tender_id, "merge:0")
    assert response.headers["Location"].endswith("#doel-1")
    goals = _stored(db, tender_id)["goals"]
    assert goals[0]["text"] == f"{GOAL_TEXTS[0]} {GOAL_TEXTS[1]}" and len(goals) == 3
    assert goals[0]["evidence"] == ["P01", "R02"]
    assert goals[0]["own_text"] == "Ons maatjesproject.\n\nRespijtzorg helpt."


def test_a_merged_goal_gets_a_text_box_tall_enough_to_show_it_whole(director, db, tender_id):
    _press(director, db, tender_id, "merge:0")
    page = _text(director.get(f"/aanbestedingen/{tender_id}"))
    merged = len(_stored(db, tender_id)["goals"][0]["text"])
    box = re.search(r'<textarea[^>]*id="goals-0-text"[^>]*>', page).group(0)
    assert merged > 70 and f'rows="{merged // 70 + 1}"' in box


def test_split_makes_a_goal_of_each_line(director, db, tender_id):
    _press(director, db, tender_id, "split:2",
           **{"goals-2-text": "Inwoners wonen langer thuis\nInwoners kennen hun buren"})
    assert _texts(db, tender_id) == [*GOAL_TEXTS[:2], "Inwoners wonen langer thuis",
                                      "Inwoners kennen hun buren", GOAL_TEXTS[3]]


def test_split_without_parts_explains_and_keeps_the_typed_edits(director, db, tender_id):
    response = _press(director, db, tender_id, "split:0", **{"goals-1-text": "Mijn nieuwe tekst"})
    page = _text(response)
    assert response.status_code == 200 and "Er valt niets te splitsen" in page
    assert "Mijn nieuwe tekst" in page
    assert _texts(db, tender_id) == GOAL_TEXTS


def test_delete_removes_the_goal(director, db, tender_id):
    _press(director, db, tender_id, "delete:1")
    assert _texts(db, tender_id) == [GOAL_TEXTS[0], *GOAL_TEXTS[2:]]


def test_an_emptied_goal_is_refused_unless_deleted(director, db, tender_id):
    page = _text(_press(director, db, tender_id, "save", **{"goals-1-text": ""}))
    assert "Vul de tekst van het doel in, of kies Verwijderen." in page
    assert _texts(db, tender_id) == GOAL_TEXTS


@pytest.mark.parametrize("action, order, anchor", [
    ("up:1", [1, 0, 2, 3], "doel-1"), ("down:1", [0, 2, 1, 3], "doel-3"),
    ("up:0", [0, 1, 2, 3], "doel-1"), ("down:3", [0, 1, 2, 3], "doel-4")])
def test_reorder_moves_a_goal_with_its_choices(director, db, tender_id, action, order, anchor):
    _with_choices(db, tender_id)
    response = _press(director, db, tender_id, action)
    assert response.headers["Location"].endswith(f"#{anchor}")
    goals = _stored(db, tender_id)["goals"]
    assert [g["text"] for g in goals] == [GOAL_TEXTS[i] for i in order]
    assert goals[order.index(1)]["evidence"] == ["P01", "R02"]


def test_add_a_typed_goal_at_the_end(director, db, tender_id):
    _press(director, db, tender_id, "add", new_text="De aanbieder organiseert 40 activiteiten per jaar",
           new_kind="output", new_section="Eigen toevoeging")
    goal = _stored(db, tender_id)["goals"][-1]
    assert (goal["text"], goal["kind"], goal["section"], goal["block"]) == (
        "De aanbieder organiseert 40 activiteiten per jaar", "output", "Eigen toevoeging", None)


def test_add_a_source_block_as_goal_in_document_order(director, db, tender_id):
    blocks = _stored(db, tender_id)["blocks"]
    intro = next(b for b in blocks if b["text"].startswith("De gemeente Zaanstad zoekt"))
    _press(director, db, tender_id, f"block:{intro['position']}")
    goals = _stored(db, tender_id)["goals"]
    assert goals[0]["text"] == intro["text"] and goals[0]["block"] == intro["position"]
    assert goals[0]["section"] == "1. Inleiding"
    heading = next(b for b in blocks if b["kind"] == "heading")
    assert "bestaat niet" in _text(_press(director, db, tender_id, f"block:{heading['position']}"))


def test_conflicting_save_keeps_the_input_and_explains_in_dutch(director, db, tender_id):
    seen = _stored(db, tender_id)
    update_goals(db, tender_id, seen["goals"][:1], user="anna")  # someone else saves first
    stale = _goal_post(seen, "delete:3", **{"goals-0-text": "Mijn versie van doel 1"})
    response = director.post(f"/aanbestedingen/{tender_id}/doelen", data=stale)
    page = _text(response)
    assert response.status_code == 409
    assert "anna heeft deze aanbesteding intussen gewijzigd" in page and "niet</strong> opgeslagen" in page
    assert "Mijn versie van doel 1" in page and GOAL_TEXTS[1] in page
    assert _texts(db, tender_id) == GOAL_TEXTS[:1]
    version = re.search(r'name="version" type="hidden" value="(\d+)"', page).group(1)
    assert version == str(seen["version"] + 1)  # saving again overwrites what was seen
    again = _goal_post({**seen, "version": int(version)}, "save", goals=seen["goals"][:3],
                       **{"goals-0-text": "Mijn versie van doel 1"})
    assert director.post(f"/aanbestedingen/{tender_id}/doelen", data=again).status_code == 302
    assert _texts(db, tender_id) == ["Mijn versie van doel 1", *GOAL_TEXTS[1:3]]


def test_tender_binned_while_editing_shows_a_conflict_and_keeps_the_input(director, db, tender_id):
    seen = _stored(db, tender_id)
    set_tender_deleted(db, tender_id, True, user="anna")
    response = director.post(f"/aanbestedingen/{tender_id}/doelen",
                             data=_goal_post(seen, "save", **{"goals-0-text": "Mijn tekst"}))
    assert response.status_code == 409
    assert "naar de prullenbak verplaatst" in _text(response) and "Mijn tekst" in _text(response)


def test_facts_can_be_corrected_and_a_stale_save_is_a_conflict(director, db, tender_id):
    data = {"facts-title": "Welzijn Ouderen", "facts-municipality": "Zaanstad", "facts-route": "subsidie",
            "facts-page_limit": "12", "facts-word_limit": "2000", "facts-version": str(_stored(db, tender_id)["version"])}
    assert director.post(f"/aanbestedingen/{tender_id}/gegevens", data=data).status_code == 302
    tender = _stored(db, tender_id)
    assert (tender["title"], tender["route"], tender["page_limit"], tender["word_limit"]) == (
        "Welzijn Ouderen", "subsidie", 12, 2000)
    assert [g["text"] for g in tender["goals"]] == GOAL_TEXTS
    response = director.post(f"/aanbestedingen/{tender_id}/gegevens", data={**data, "facts-title": "Oud"})
    assert response.status_code == 409 and 'value="Oud"' in _text(response)
    assert _stored(db, tender_id)["title"] == "Welzijn Ouderen"


# --- list, bin, roles, escaping -----------------------------------------------------------------

def test_list_newest_first_then_delete_to_the_bin_and_restore(director, db):
    first = _tender_id(director.post("/aanbestedingen/nieuw", data={"text": PASTED, "title": "Eerste"}))
    second = _tender_id(director.post("/aanbestedingen/nieuw", data={"text": PASTED, "title": "Tweede"}))
    page = _text(director.get("/aanbestedingen/"))
    assert page.index(">Tweede</a>") < page.index(">Eerste</a>")
    assert f'href="/aanbestedingen/{first}"' in page  # reopen from the list
    assert "Eerste" in _text(director.get(f"/aanbestedingen/{first}"))
    assert "Naar de prullenbak" in _text(director.get(f"/aanbestedingen/{first}/verwijderen"))
    director.post(f"/aanbestedingen/{first}/verwijderen")
    assert ">Eerste</a>" not in _text(director.get("/aanbestedingen/"))
    assert ">Eerste</a>" in _text(director.get("/aanbestedingen/prullenbak"))
    assert "in de prullenbak" in _text(director.get(f"/aanbestedingen/{first}"))
    director.post(f"/aanbestedingen/{first}/terugzetten")
    assert sorted(t["id"] for t in list_tenders(db)) == [first, second]
    assert "De prullenbak is leeg" in _text(director.get("/aanbestedingen/prullenbak"))


@pytest.mark.parametrize("role", ["lezer", "medewerker"])
def test_only_the_director_may_open_or_change_tenders(client, auth, db, role):
    tender = save_tender(db, {"title": "Welzijn", "goals": [{"text": "Doel"}]})
    auth.login(role)
    pages = [*DIRECTOR_PAGES, f"/aanbestedingen/{tender['id']}", f"/aanbestedingen/{tender['id']}/verwijderen"]
    posts = ["/aanbestedingen/nieuw", f"/aanbestedingen/{tender['id']}/doelen",
             f"/aanbestedingen/{tender['id']}/gegevens", f"/aanbestedingen/{tender['id']}/verwijderen",
             f"/aanbestedingen/{tender['id']}/terugzetten"]
    assert [client.get(url).status_code for url in pages] == [403] * len(pages)
    assert [client.post(url, data={"text": PASTED, "action": "delete:0"}).status_code
            for url in posts] == [403] * len(posts)
    assert _stored(db, tender["id"])["goals"][0]["text"] == "Doel" and len(_all_tenders(db)) == 1


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get("/aanbestedingen/")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_script_in_tender_text_is_shown_escaped(director, db):
    payload = "<script>alert(1)</script>"
    tender_id = _tender_id(director.post("/aanbestedingen/nieuw", data={
        "text": f"Doelen\n- Minder inwoners voelen zich eenzaam {payload}", "title": payload}))
    for url in (f"/aanbestedingen/{tender_id}", "/aanbestedingen/"):
        page = _text(director.get(url))
        assert payload not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_intake_form_says_it_is_reading_after_submitting(director):
    page = director.get("/aanbestedingen/nieuw").get_data(as_text=True)
    assert 'data-busy="De uitvraag wordt gelezen' in page


def test_a_pasted_text_with_too_many_goals_keeps_the_first_and_tells_the_director(director, db):
    from proposal_builder.tender.goal_edits import MAX_GOALS

    from .test_tender_intake import many_goals_text

    response = director.post("/aanbestedingen/nieuw", data={"text": many_goals_text(MAX_GOALS + 30)})
    tender_id = _tender_id(response)
    assert len(_stored(db, tender_id)["goals"]) == MAX_GOALS
    page = _text(director.get(f"/aanbestedingen/{tender_id}"))
    assert f"De uitvraag leest als {MAX_GOALS + 30} doelen; alleen de eerste {MAX_GOALS} zijn overgenomen" in page
    answer = _press(director, db, tender_id, "add", new_text="Nog een doel", new_kind="effect", new_section="")
    assert f"Een aanbesteding kan hoogstens {MAX_GOALS} doelen hebben" in _text(answer)
    assert len(_stored(db, tender_id)["goals"]) == MAX_GOALS
