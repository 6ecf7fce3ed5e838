"""The menu: each page marks the entry it belongs to, also pages of a related blueprint."""
import re
from pathlib import Path

import pytest

from .workbench_kb import add_tender


def current_entries(page: str) -> list[str]:
    """The labels of the menu entries marked as the current page."""
    menu = page.split("<nav>", 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="[^"]*" aria-current="page">([^<]+)</a>', menu)


@pytest.mark.parametrize("path, label", [
    ("/", "Start"),
    ("/kennisbank/", "Kennisbank"),
    ("/kennisbank/prullenbak", "Kennisbank"),
    ("/zoeken/index", "Kennisbank"),
    ("/aanbestedingen/", "Aanbestedingen"),
    ("/beheer", "Beheer"),
    ("/account", "Mijn account"),
])
def test_a_page_marks_its_menu_entry(auth, path, label):
    auth.login("beheerder")
    assert current_entries(auth.client.get(path).get_data(as_text=True)) == [label]


def test_a_workbench_page_marks_aanbestedingen(app, director):
    tender = add_tender(Path(app.config["DATABASE"]))
    page = director.get(f"/aanbestedingen/{tender['id']}/concept").get_data(as_text=True)
    assert current_entries(page) == ["Aanbestedingen"]


def test_a_required_field_has_its_star_inside_its_label(client):
    page = client.get("/inloggen").get_data(as_text=True)
    assert '<label for="username">Gebruikersnaam <span class="req" title="verplicht">*</span></label>' in page


def test_header_search_box_says_it_searches_by_meaning(auth):
    auth.login("lezer")
    header = auth.client.get("/").get_data(as_text=True).split("</header>", 1)[0]
    assert 'placeholder="Zoek op betekenis"' in header


def test_an_error_page_leads_back_to_the_page_the_user_came_from(auth):
    auth.login("lezer")
    page = auth.client.get("/kennisbank/X999", headers={"Referer": "http://localhost/kennisbank/"})
    assert page.status_code == 404
    assert 'href="http://localhost/kennisbank/">Terug naar de vorige pagina' in page.get_data(as_text=True)


def test_an_error_page_offers_no_way_back_to_another_site(auth):
    auth.login("lezer")
    page = auth.client.get("/kennisbank/X999", headers={"Referer": "https://elders.example/"})
    assert "Terug naar de vorige pagina" not in page.get_data(as_text=True)
    assert 'href="/">Naar de startpagina' in page.get_data(as_text=True)
