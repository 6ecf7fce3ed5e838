"""The director chooses the lot(s) the organisation bids for on the tender page, in real Chromium: a Dutch prompt
while none is chosen, the choice stored with the tender, and the workbench holding only that lot's goals."""
import pytest
from playwright.sync_api import expect

from knowledge_base import open_db
from knowledge_base.saved_tenders import get_tender, save_tender
from proposal_builder.tender import analyse_tender
from proposal_builder.tender.intake import tender_record

from .lot_samples import COLUMN_TENDER
from .tender_samples import docx_bytes

pytestmark = pytest.mark.browser


@pytest.fixture
def tender(demo_slice, live_server) -> dict:
    """The leidraad in two percelen, saved in the served database with the demo slice and its index."""
    db = open_db(demo_slice)
    saved = save_tender(db, tender_record(analyse_tender(docx_bytes(COLUMN_TENDER), "leidraad.docx")), user="directeur")
    db.conn.close()
    return saved


def test_the_director_ticks_the_lot_and_the_choice_is_kept_and_narrows_the_workbench(page, tender, demo_slice):
    page.goto(f"/aanbestedingen/{tender['id']}")
    choice = page.locator("#perceelkeuze")
    expect(choice.locator(".lot-prompt")).to_contain_text("Kies het perceel of de percelen waarop uw organisatie inschrijft")
    page.check("input[aria-label='Inschrijven op Perceel 2 Straatwerk']")
    with page.expect_navigation():
        choice.locator("button", has_text="Keuze van percelen opslaan").click()
    expect(page.locator(".flash.success")).to_contain_text("U schrijft in op Perceel 2 Straatwerk")
    page.reload()
    expect(page.locator("input[aria-label='Inschrijven op Perceel 2 Straatwerk']")).to_be_checked()
    expect(page.locator("input[aria-label='Inschrijven op Perceel 1 Jongerenwerk']")).not_to_be_checked()
    expect(page.locator("#perceelkeuze .lot-prompt")).to_have_count(0)
    db = open_db(demo_slice)
    assert get_tender(db, tender["id"])["chosen_lots"] == ["Perceel 2 Straatwerk"]
    db.conn.close()
    page.goto(f"/aanbestedingen/{tender['id']}/werkbank")
    expect(page.locator(".wb-lots")).to_contain_text("U schrijft in op Perceel 2 Straatwerk")
    goals = page.locator("input[name$='goal_text']")
    expect(goals).to_have_count(2)
    body = page.locator("main")
    expect(body).to_contain_text("De overlast door groepen jongeren op straat neemt af.")
    expect(body).not_to_contain_text("Jongeren organiseren zelf activiteiten in hun buurt.")
