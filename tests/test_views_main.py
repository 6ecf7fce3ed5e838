"""The start page: counts, recent tenders, the three steps and quick links per role, index status."""
import re
from pathlib import Path

import pytest

from knowledge_base import import_records, open_db
from knowledge_base.saved_tenders import get_tender, save_tender, set_review_state

from .workbench_kb import add_tender, kb_records


def start_page(auth, role: str) -> str:
    auth.login(role)
    return auth.client.get("/").get_data(as_text=True)


def test_director_without_tenders_is_sent_to_read_one_in(auth):
    page = start_page(auth, "directeur")
    assert "Nog geen aanbestedingen" in page
    assert 'href="/aanbestedingen/nieuw"' in page


def test_director_sees_recent_tenders_with_workbench_and_draft_links(app, auth):
    tender = add_tender(Path(app.config["DATABASE"]))
    db = open_db(app.config["DATABASE"])
    goals = tender["goals"]
    goals[0]["evidence"] = ["P01"]
    save_tender(db, {**get_tender(db, tender["id"]), "goals": goals}, user="directeur")
    db.conn.close()
    page = start_page(auth, "directeur")
    assert "Informele zorg Oostervaart 2028" in page
    assert f'href="/aanbestedingen/{tender["id"]}/werkbank"' in page
    assert f'href="/aanbestedingen/{tender["id"]}/concept"' in page
    assert "1 van 4" in page  # goals with evidence chosen
    assert "Nog geen aanbestedingen" not in page
    assert '<td class="review review-concept"><strong>Concept</strong>' in page


def test_start_page_shows_each_tenders_review_state_with_who_and_when(app, auth):
    tender = add_tender(Path(app.config["DATABASE"]))
    db = open_db(app.config["DATABASE"])
    set_review_state(db, tender["id"], "approved", user="directeur")
    db.conn.close()
    page = start_page(auth, "directeur")
    cell = page.split('<td class="review review-approved">', 1)[1].split("</td>", 1)[0]
    assert "<strong>Goedgekeurd</strong>" in cell and re.search(r"directeur, \d{1,2} [a-z]+ \d{4}, \d\d:\d\d", cell)


@pytest.mark.parametrize("role", ["lezer", "medewerker"])
def test_roles_below_director_see_no_tender_steps(app, auth, role):
    add_tender(Path(app.config["DATABASE"]))
    page = start_page(auth, role)
    assert "Recente aanbestedingen" not in page
    assert "Informele zorg Oostervaart" not in page
    assert "/aanbestedingen/nieuw" not in page


def test_only_medewerker_and_up_get_links_to_add_and_import(auth):
    assert "/kennisbank/nieuw/project" not in start_page(auth, "lezer")
    auth.logout()
    page = start_page(auth, "medewerker")
    assert 'href="/kennisbank/nieuw/project"' in page and 'href="/kennisbank/import"' in page


def test_only_beheerder_gets_account_links(auth):
    assert 'href="/beheer"' not in start_page(auth, "directeur").split("</nav>", 1)[1]
    auth.logout()
    page = start_page(auth, "beheerder").split("</nav>", 1)[1]
    assert 'href="/beheer"' in page and 'href="/beheer/reservekopie"' in page


def test_empty_knowledge_base_says_where_to_begin(auth):
    page = start_page(auth, "medewerker")
    assert "De kennisbank is nog leeg" in page


def test_counts_link_to_the_filtered_list(app, auth):
    db = open_db(app.config["DATABASE"])
    import_records(db, kb_records())
    db.conn.close()
    page = start_page(auth, "lezer")
    assert 'href="/kennisbank/?type=method"' in page
    assert "De kennisbank is nog leeg" not in page


def test_index_behind_is_shown_with_a_link_to_its_status(app, auth):
    db = open_db(app.config["DATABASE"])
    import_records(db, kb_records())  # imported, not yet embedded
    db.conn.close()
    page = start_page(auth, "lezer")
    assert f"nog {len(kb_records())} records te verwerken" in page
    assert 'href="/zoeken/index"' in page


def test_index_up_to_date_shows_no_warning(demo_slice, auth):
    assert "De zoekindex loopt achter" not in start_page(auth, "lezer")


def _story_records(app):
    db = open_db(app.config["DATABASE"])
    import_records(db, [
        {"id": "R1", "type": "result", "title": "Zonder toestemming", "summary": "S", "story": "Een deelnemer vertelt."},
        {"id": "R2", "type": "result", "title": "Met toestemming", "summary": "S", "story": "Een deelnemer vertelt.",
         "consent": True},
        {"id": "R3", "type": "result", "title": "Met telefoonnummer", "summary": "S", "consent": True,
         "story": "Bel mevrouw op 06-12345678."}])
    db.conn.close()


def test_curators_see_stories_without_consent_and_with_personal_data(app, auth):
    _story_records(app)
    page = start_page(auth, "medewerker").split("Om na te lopen", 1)[1]
    no_consent, privacy = page.split("</li>")[:2]
    assert "1 verhaal zonder vastgelegde toestemming" in no_consent and 'href="/kennisbank/R1"' in no_consent
    assert 'href="/kennisbank/R2"' not in page
    assert "1 record met mogelijk persoonsgegevens" in privacy and 'href="/kennisbank/R3"' in privacy


def test_a_lezer_gets_no_list_to_check(app, auth):
    _story_records(app)
    assert "Om na te lopen" not in start_page(auth, "lezer")


@pytest.mark.parametrize("role, words", [
    ("lezer", "Bekijk en doorzoek de kennisbank"),
    ("medewerker", "Houd de kennisbank van projecten, methodieken en resultaten"),
    ("directeur", "Lees een aanbesteding of subsidie-uitvraag in"),
])
def test_the_introduction_speaks_to_what_the_role_can_do(auth, role, words):
    page = start_page(auth, role)
    assert words in page
    assert ("aanbesteding" in page.split('class="lead"', 1)[1].split("</p>", 1)[0]) == (role == "directeur")


def test_the_start_page_marks_a_tender_past_its_deadline(app, auth):
    add_tender(Path(app.config["DATABASE"]), deadline="2020-03-01T12:00")
    add_tender(Path(app.config["DATABASE"]), deadline="2999-03-01T12:00", title="Nog open 2999")
    page = start_page(auth, "directeur")
    assert "verlopen" in page.split("1 maart 2020")[1].split("</td>")[0]
    assert "verlopen" not in page.split("Nog open 2999")[1].split("</tr>")[0]
