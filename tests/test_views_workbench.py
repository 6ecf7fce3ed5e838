"""The workbench through the test client: evidence per goal, saving choices, search, conflicts, coverage, draft."""
import os
import re
import shutil
from pathlib import Path

import pytest

from knowledge_base import import_records, open_db
from knowledge_base.saved_tenders import get_tender, update_goals
from proposal_builder.web.draft_job import jobs_of
from proposal_builder.web.forms.workbench import WorkbenchForm

from proposal_builder.drafting.goal_section import goal_heading
from proposal_builder.tender import Goal

from .drafting_samples import open_docx
from .search_helpers import wait_for_job
from .workbench_kb import GOALS, add_tender, app, drafts_finish  # noqa: F401 (fixtures)


@pytest.fixture
def tender(app) -> dict:
    """A saved tender with four goals."""
    return add_tender(Path(app.config["DATABASE"]))


def stored(app, tender_id: int) -> dict:
    db = open_db(app.config["DATABASE"])
    try:
        return get_tender(db, tender_id)
    finally:
        db.conn.close()


def goal_html(body: str, number: int) -> str:
    """The HTML of one goal's card on the workbench (numbered from 1)."""
    return body.split(f'id="doel-{number}"', 1)[1].split('<section class="goal-card"', 1)[0]


def form_data(tender: dict, **per_goal) -> dict:
    """What the browser posts for the tender's goals; per_goal maps "evidence_0" etc. to values."""
    data = {"version": str(tender["version"])}
    for i, goal in enumerate(tender["goals"]):
        data[f"goals-{i}-goal_text"] = goal["text"]
        data[f"goals-{i}-evidence"] = per_goal.get(f"evidence_{i}", goal["evidence"])
        data[f"goals-{i}-own_text"] = per_goal.get(f"own_text_{i}", goal["own_text"])
        data[f"goals-{i}-query"] = per_goal.get(f"query_{i}", "")
    return data


def url(tender: dict, page: str = "werkbank") -> str:
    return f"/aanbestedingen/{tender['id']}/{page}"


def checks_page(director, tender: dict) -> str:
    """The concept page once the background job has made the draft of the saved choices."""
    app = director.application
    director.get(url(tender, "concept"))  # starts the job, or finds the one already made
    assert jobs_of(app).idle(120)
    return director.get(url(tender, "concept")).get_data(as_text=True)


def test_each_goal_shows_ranked_evidence_with_level_and_highlighted_reason(director, tender):
    body = director.get(url(tender)).get_data(as_text=True)
    for goal in GOALS:
        assert goal["text"] in body
    debts = goal_html(body, 2)
    assert [ref for ref in ("R04", "M03", "P03") if f'value="{ref}"' in debts] == ["R04", "M03", "P03"]
    assert "Thuisadministratie met vrijwilligers" in debts and "geen erkenning" in debts
    assert "<mark>" in debts  # matched words of the goal highlighted in the reason
    assert "goed onderbouwd" in goal_html(body, 1)  # M08's evidence level


def test_weak_matches_are_marked_in_words_without_raw_scores(director, tender):
    card = goal_html(director.get(url(tender)).get_data(as_text=True), 4)
    rows = re.findall(r'<tr class="([^"]*)">', card)
    assert rows and all("weak" in row for row in rows)
    assert ">zwak</span>" in card and "past waarschijnlijk niet" in card and "Niet gedekt" in card
    assert "score" not in card and "aanbevolen" not in card  # nothing weak is recommended


def test_each_goal_shows_its_best_three_and_the_rest_behind_meer_tonen(director, tender):
    card = goal_html(director.get(url(tender)).get_data(as_text=True), 2)
    shown, more = card.split('<details class="wb-more">', 1)
    assert len(re.findall(r'<tr class=', shown)) == 3 and "Meer tonen (" in more
    assert len(re.findall(r'<tr class=', more.split("</details>", 1)[0])) >= 1
    assert ">sterk</span>" in shown or ">redelijk</span>" in shown


def test_taking_the_recommended_evidence_of_one_goal_ticks_what_the_draft_would_pick(app, director, tender):
    from proposal_builder.matching import fetch_records, match_tender_goals, pick_evidence
    from knowledge_base.embeddings import get_embedder
    db = open_db(app.config["DATABASE"])
    hits = match_tender_goals(db, [Goal(GOALS[1]["text"])], get_embedder())[0]
    picks = pick_evidence(hits, fetch_records(db, [h.ref for h in hits]))
    db.conn.close()
    assert picks
    response = director.post(url(tender), data={**form_data(tender), "recommend": "1"})
    assert response.status_code == 302 and response.headers["Location"].endswith("#doel-2")
    saved = stored(app, tender["id"])["goals"]
    assert saved[1]["evidence"] == picks and [g["evidence"] for g in saved[2:]] == [[], []]
    page = director.get(url(tender)).get_data(as_text=True)
    assert "Aanbevolen bewijs overgenomen" in page
    assert 'name="recommend" value="1"' not in page  # nothing left to take for goal 2


def test_the_rows_marked_recommended_are_what_the_unattended_draft_picks_for_every_goal(app, director, tender):
    """The badge "aanbevolen" and "Aanbevolen bewijs overnemen" agree with `pipeline.choose` (the slot-fit model
    with the families of the tender's goals), goal by goal."""
    from knowledge_base.embeddings import get_embedder
    from proposal_builder.pipeline import choose
    db = open_db(app.config["DATABASE"])
    picks = [goal.evidence for goal in choose(db, [Goal(g["text"]) for g in GOALS], get_embedder())]
    db.conn.close()
    page = director.get(url(tender)).get_data(as_text=True)
    for number, expected in enumerate(picks, 1):
        rows = goal_html(page, number).split('<tr class="')[1:]
        marked = [re.search(r'value="([^"]+)"', row)[1] for row in rows if row.split('"', 1)[0].endswith("recommended")]
        assert sorted(marked) == sorted(expected), number
    assert any(picks)


def test_taking_the_recommended_evidence_of_all_goals_keeps_what_was_ticked(app, director, tender):
    response = director.post(url(tender), data={**form_data(tender, evidence_3=["M05"]), "recommend": "all"})
    assert response.status_code == 302
    saved = stored(app, tender["id"])["goals"]
    assert all(goal["evidence"] for goal in saved[:3])
    assert saved[3]["evidence"] == ["M05"]  # only weak matches: nothing recommended, own tick kept
    page = director.get(url(tender)).get_data(as_text=True)
    assert 'id="recommend-all"' not in page


def test_the_review_state_moves_on_with_who_and_when(app, director, tender):
    page = director.get(url(tender)).get_data(as_text=True)
    assert 'class="review-state">Concept<' in page and ">Ter review aanbieden<" in page and ">Goedkeuren<" not in page
    response = director.post(url(tender, "review"), data={"state": "review"})
    assert response.status_code == 302
    page = director.get(url(tender)).get_data(as_text=True)
    assert 'class="review-state">Ter review<' in page and "(directeur, " in page and ">Goedkeuren<" in page
    director.post(url(tender, "review"), data={"state": "approved"})
    assert stored(app, tender["id"])["review_state"] == "approved"
    assert director.post(url(tender, "review"), data={"state": "klaar"}).status_code == 302
    assert stored(app, tender["id"])["review_state"] == "approved"


def test_ticking_evidence_and_writing_an_own_paragraph_saves_them_with_the_tender(app, director, tender):
    response = director.post(url(tender), data=form_data(
        tender, evidence_1=["M03", "R04"], own_text_1="Wij werken met getrainde vrijwilligers."))
    assert response.status_code == 302
    saved = stored(app, tender["id"])
    assert saved["goals"][1]["evidence"] == ["M03", "R04"]
    assert saved["goals"][1]["own_text"] == "Wij werken met getrainde vrijwilligers."
    assert saved["version"] == tender["version"] + 1 and saved["updated_by"] == "directeur"
    page = director.get(response.headers["Location"]).get_data(as_text=True)
    assert "Uw keuzes zijn opgeslagen" in page
    assert re.search(r'value="M03" id="[^"]+" checked', goal_html(page, 2))


def test_unticking_removes_evidence_and_unknown_refs_are_not_saved(app, director, tender):
    director.post(url(tender), data=form_data(tender, evidence_0=["R06", "M08"]))
    current = stored(app, tender["id"])
    page = director.post(url(tender), data=form_data(current, evidence_0=["R06", "X99"]),
                         follow_redirects=True).get_data(as_text=True)
    assert stored(app, tender["id"])["goals"][0]["evidence"] == ["R06"]
    assert "X99" in page and "niet opgeslagen" in page


def test_too_long_own_paragraph_is_refused_with_the_text_kept(app, director, tender):
    response = director.post(url(tender), data=form_data(tender, own_text_0="x" * 5001))
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "De eigen tekst is te lang (maximaal 5000 tekens)." in page
    assert "x" * 5001 in page and stored(app, tender["id"])["version"] == tender["version"]


def test_search_saves_choices_and_shows_results_with_add_buttons(app, director, tender):
    response = director.post(url(tender), data={**form_data(tender, evidence_2=["M11"], query_2="maatjes"),
                                                "search": "2"})
    assert response.status_code == 302 and "doel=2" in response.headers["Location"]
    assert response.headers["Location"].endswith("#doel-3")
    assert stored(app, tender["id"])["goals"][2]["evidence"] == ["M11"]
    page = director.get(response.headers["Location"]).get_data(as_text=True)
    card = goal_html(page, 3)
    assert "Zoekresultaten voor ‘maatjes’" in card
    assert 'name="add" value="2:M05"' in card  # Maatjes Dichtbij, to add to this goal


def test_adding_a_searched_record_keeps_what_was_typed_and_saves_both(app, director, tender):
    data = {**form_data(tender, own_text_3="Wij starten een centrale.", query_3="maatjes"), "add": "3:M05"}
    response = director.post(url(tender), data=data)
    assert response.status_code == 302 and "q=maatjes" in response.headers["Location"]
    goal = stored(app, tender["id"])["goals"][3]
    assert goal["evidence"] == ["M05"] and goal["own_text"] == "Wij starten een centrale."
    card = goal_html(director.get(response.headers["Location"]).get_data(as_text=True), 4)
    assert "al gekozen" in card and re.search(r'value="M05" id="[^"]+" checked', card)


def test_conflict_keeps_the_input_and_explains_in_dutch(app, director, tender):
    db = open_db(app.config["DATABASE"])
    goals = [dict(g) for g in tender["goals"]]
    goals[0]["own_text"] = "Tekst van een collega."
    update_goals(db, tender["id"], goals, user="collega", expected_version=tender["version"])
    db.conn.close()
    mine = form_data(tender, evidence_1=["M03"], own_text_1="Mijn eigen alinea.")
    response = director.post(url(tender), data={**mine, "add": "1:R04"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "collega heeft deze aanbesteding intussen gewijzigd" in page
    assert re.search(r'value="M03" id="[^"]+" checked', goal_html(page, 2))
    assert re.search(r'value="R04" id="[^"]+" checked', goal_html(page, 2))  # the record being added
    assert "Mijn eigen alinea.</textarea>" in goal_html(page, 2)
    conflict = page.split('class="conflict"', 1)[1].split("</table>", 1)[0]
    assert "Tekst van een collega." in conflict and "Mijn eigen alinea." in conflict  # both versions shown
    assert stored(app, tender["id"])["goals"][1]["evidence"] == []
    version = re.search(r'name="version" type="hidden" value="(\d+)"', page).group(1)
    again = {**form_data(tender, evidence_1=["M03", "R04"], own_text_1="Mijn eigen alinea."), "version": version}
    assert director.post(url(tender), data=again).status_code == 302  # the conflict page, saved as it is
    saved = stored(app, tender["id"])
    assert (saved["goals"][1]["evidence"], saved["goals"][1]["own_text"]) == (["M03", "R04"], "Mijn eigen alinea.")


def test_a_large_backlog_is_refreshed_in_the_background_with_the_search_pages_notice(app, director, tender):
    db = open_db(app.config["DATABASE"])
    import_records(db, [{"id": f"V{i:02d}", "type": "method", "title": f"Vrijwilligerscentrale {i}",
                         "summary": "Een vrijwilligerscentrale koppelt vrijwilligers aan hulpvragen."}
                        for i in range(25)])
    db.conn.close()
    page = director.get(url(tender)).get_data(as_text=True)
    assert "De zoekindex wordt bijgewerkt" in page and 'href="/zoeken/index"' in page
    assert wait_for_job(app.config["DATABASE"]).error == ""
    again = director.get(url(tender)).get_data(as_text=True)
    assert "De zoekindex wordt bijgewerkt" not in again
    assert re.search(r'value="V\d\d"', goal_html(again, 4))  # the imported records are matched now


def test_coverage_counts_what_was_chosen_and_shows_what_is_available_apart(director, tender):
    body = director.get(url(tender, "dekking")).get_data(as_text=True)
    rows = body.split("<tbody>", 1)[1].split("</tbody>", 1)[0].split("<tr>")[1:]
    labels = [re.search(r'class="badge cov-(\w+)"[^>]*>([^<]+)<', row).groups() for row in rows]
    assert labels == [("none", "Niet gedekt")] * 4  # nothing chosen yet
    available = [re.search(r'<small class="available">([^<]+)<', row).group(1) for row in rows]
    assert available == ["genoeg bewijs beschikbaar"] * 2 + ["deels bewijs beschikbaar", "alleen zwakke treffers"]
    assert "4 niet gedekt" in body and "beschikbaar (sterke treffers en wat u koos): 2 goed, 1 dun, 1 niet gedekt" in body


def test_choosing_a_result_turns_a_thin_goal_into_a_well_covered_one(director, tender):
    # The youth-work goal has a fitting method but no result with a figure in the slice.
    before = director.get(url(tender, "dekking")).get_data(as_text=True)
    director.post(url(tender), data=form_data(tender, evidence_2=["M11", "R02"]))
    after = director.get(url(tender, "dekking")).get_data(as_text=True)
    rows = [body.split("<tbody>", 1)[1].split("</tbody>", 1)[0].split("<tr>") for body in (before, after)]
    assert "Niet gedekt" in rows[0][3] and "deels bewijs beschikbaar" in rows[0][3]
    assert "Goed gedekt" in rows[1][3] and "gekozen" in rows[1][3]


def choose_all(director, tender, **extra):
    choices = {"evidence_0": ["M08", "P04", "R06"], "evidence_1": ["M03", "P03", "R04"],
               "evidence_2": ["M11"], **extra}
    director.post(url(tender), data=form_data(tender, **choices))


def test_draft_download_opens_in_word_with_a_heading_per_goal(director, tender):
    choose_all(director, tender)
    response = director.get(url(tender, "concept/download"))
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == \
        'attachment; filename="voorstel-informele-zorg-oostervaart-2028.docx"'
    document = open_docx(response.data)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert [goal_heading(Goal(g["text"])) for g in GOALS] == headings
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Op Adem: coaching en respijt voor mantelzorgers" in text and "(R06)" in text


def test_checks_page_catches_a_number_planted_in_an_own_paragraph(director, tender):
    choose_all(director, tender, own_text_1="Vorig jaar hielpen wij 4321 huishoudens.")
    page = checks_page(director, tender)
    assert "1 niet herleidbaar" in page and "<strong>4321</strong>" in page
    assert "alle 4 doelen hebben een eigen paragraaf" in page
    assert "Geen paginalimiet gevonden — controleer de uitvraag" in page


def test_checks_page_names_left_out_stories_and_goals_without_evidence_once(director, tender):
    choose_all(director, tender, evidence_1=["M03", "R05"])  # R05's story has no consent
    page = checks_page(director, tender)
    assert "Het verhaal bij R05" in page and "geen toestemming" in page
    assert page.count("Voor doel 4 ‘Er is een vrijwilligerscentrale’ is geen passend bewijs gekozen") == 1  # not repeated as a notice
    assert 'href="/aanbestedingen/' in page and '/werkbank#doel-4">Naar doel 4 in de werkbank</a>' in page


def test_checks_page_compares_the_length_with_the_page_limit(app, director):
    tender = add_tender(Path(app.config["DATABASE"]), page_limit=1)
    page = checks_page(director, tender)
    assert re.search(r'badge bad">\d+ van max. 1 pagina', page)
    assert "Te lang voor de uitvraag" in page


def test_a_missing_house_style_gives_a_dutch_message(app, director, tender, tmp_path):
    app.config["HOUSE_STYLE"] = str(tmp_path / "weg.docx")
    page = checks_page(director, tender)
    assert "Het concept kon niet worden gemaakt" in page and "bestaat niet" in page


@pytest.mark.parametrize("role", ["medewerker", "lezer"])
def test_only_a_directeur_may_use_the_workbench(auth, tender, role):
    auth.login(role)
    for page in ("werkbank", "dekking", "concept", "concept/download"):
        assert auth.client.get(url(tender, page)).status_code == 403
    assert auth.client.post(url(tender), data=form_data(tender)).status_code == 403
    assert auth.client.post(url(tender, "review"), data={"state": "approved"}).status_code == 403


def test_unknown_tender_is_not_found(director):
    assert director.get("/aanbestedingen/999/werkbank").status_code == 404


def test_script_in_goal_and_own_text_is_shown_escaped_on_every_workbench_page(app, director):
    payload = "<script>alert(1)</script> mantelzorgers"
    tender = add_tender(Path(app.config["DATABASE"]), title=payload,
                        goals=[{"text": payload, "own_text": payload, "evidence": ["R06"]}])
    for page in ("werkbank", "dekking", "concept"):
        body = director.get(url(tender, page)).get_data(as_text=True)
        assert "<script>alert" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body, page


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_renders_the_draft_inside_the_instance_folder(app, director, tmp_path, monkeypatch):
    # A soffice on PATH that notes its temporary folder and input file, then runs the real one.
    log, wrapper = tmp_path / "soffice.log", tmp_path / "bin" / "soffice"
    wrapper.parent.mkdir()
    wrapper.write_text(f'#!/bin/sh\nfor last; do :; done\nprintf "%s\\n%s\\n" "$TMPDIR" "$last" > {log}\n'
                       f'exec {shutil.which("soffice")} "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{wrapper.parent}:{os.environ['PATH']}")
    app.instance_path = str(tmp_path / "instance")
    tender = add_tender(Path(app.config["DATABASE"]), page_limit=1)
    page = checks_page(director, tender)
    assert re.search(r'badge bad">\d+ van max. 1 pagina', page) and "naar schatting" not in page
    own_tmp = tmp_path / "instance" / "tmp"
    noted = log.read_text().splitlines()  # $TMPDIR and the document LibreOffice was given
    assert len(noted) == 2 and all(Path(line).is_relative_to(own_tmp) for line in noted)
    assert list(own_tmp.iterdir()) == []  # the render folder is removed afterwards


def test_form_choices_keep_refs_unique_in_order(app):
    with app.test_request_context(method="POST", data={
            "goals-0-goal_text": "Doel", "goals-0-evidence": ["R01", "M01", "R01"],
            "goals-0-own_text": "  tekst  "}):
        assert WorkbenchForm().choices() == [{"text": "Doel", "evidence": ["R01", "M01"], "own_text": "tekst"}]


def test_coverage_counts_only_what_is_ticked_with_what_is_available_beside_it(director, tender):
    page = director.get(url(tender)).get_data(as_text=True)
    first = goal_html(page, 1)
    assert "Niet gedekt" in first and "nog niets gekozen" in first and "genoeg bewijs beschikbaar" in first
    assert 'class="badge cov-none">4 niet gedekt<' in page and "Doelen zonder gekozen bewijs" in page
    director.post(url(tender), data=form_data(tender, evidence_0=["M08", "R06"]))
    page = director.get(url(tender)).get_data(as_text=True)
    assert "Goed gedekt" in goal_html(page, 1) and "nog niets gekozen" not in goal_html(page, 1)
    assert 'class="badge cov-good">1 goed gedekt<' in page and 'class="badge cov-none">3 niet gedekt<' in page
    nav = page.split('<nav class="wb-nav"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="#doel-(\d)" class="cov-(\w+)"', nav) == [
        ("1", "good"), ("2", "none"), ("3", "none"), ("4", "none")]
    uncovered = goal_html(page, 4)  # its reason already says nothing was chosen
    assert "Niet gedekt" in uncovered and "nog niets aangevinkt" not in uncovered


def test_checks_that_pass_still_point_to_the_notices(app, director):
    tender = add_tender(Path(app.config["DATABASE"]), goals=GOALS[:3])
    db = open_db(Path(app.config["DATABASE"]))
    db.execute("UPDATE records SET recognised_on = '2025-06-01' WHERE ref = 'M11'")  # fresh: no stale warning
    db.conn.commit()
    choose_all(director, tender, evidence_1=["M03", "P03", "R04", "R05"])  # R05's story has no consent: a notice
    page = checks_page(director, tender)
    assert "Alle controles zijn in orde" in page
    assert "Lees wel de" in page and "melding" in page


def test_a_point_without_a_goal_is_listed_too(app, director):
    tender = add_tender(Path(app.config["DATABASE"]), goals=GOALS[:3])
    choose_all(director, tender, evidence_1=["M03", "P03", "R04", "R05"])
    page = checks_page(director, tender)
    assert "Overige punten" in page and "Verouderd: M11" in page  # recognised in 2018: older than five years


def test_links_to_the_slow_checks_page_carry_a_busy_note(director, tender):
    page = director.get(url(tender)).get_data(as_text=True)
    assert page.count('data-busy="Het concept wordt gemaakt') == 2  # the tab and the button
    assert "/static/busy.js" in page
