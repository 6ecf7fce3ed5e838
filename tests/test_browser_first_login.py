"""A first log-in with a shared start password in real Chromium: told why, then on to the start page."""
import pytest
from playwright.sync_api import expect

from knowledge_base import open_db
from knowledge_base.users import create_user

from .conftest import PASSWORD

pytestmark = pytest.mark.browser
OWN = "mijn-eigen-wachtwoord-7"


@pytest.fixture
def fresh_tab(browser, live_server, db_path):
    """A logged-out page and an account that must choose its own password, as the demo accounts do."""
    create_user(open_db(db_path), "demo", PASSWORD, "directeur", must_change_password=True)
    context = browser.new_context(base_url=live_server)
    yield context.new_page()
    context.close()


def test_first_log_in_says_why_then_the_new_password_leads_to_the_start_page(fresh_tab):
    page = fresh_tab
    page.goto("/inloggen")
    page.fill("input[name=username]", "demo")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator(".flash.warning")).to_contain_text("Kies eerst een eigen wachtwoord")
    page.fill("input[name=current]", PASSWORD)
    page.fill("input[name=password]", OWN)
    page.fill("input[name=confirm]", OWN)
    page.click("main input[type=submit]")
    expect(page.locator("h1")).to_have_text("Welkom, demo")
    expect(page.locator(".flash.success")).to_contain_text("Uw wachtwoord is gewijzigd")
