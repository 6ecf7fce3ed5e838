"""Curating the answer library in a real browser (Debian's Chromium, headless)."""
import pytest
from playwright.sync_api import expect


@pytest.mark.browser
def test_add_a_certificate_and_a_team_member_then_see_them_marked_in_the_list(page):
    page.goto("/kennisbank/")
    page.click("summary:has-text('Antwoordbibliotheek')")
    page.click("a:has-text('Certificaat of bewijs toevoegen')")
    page.fill("input[name=title]", "HKZ-certificaat Welzijn")
    page.select_option("select[name=proof_kind]", "HKZ")
    page.fill("input[name=number]", "HKZ-4411")
    page.fill("input[name=valid_until]", "2020-03-31")  # long expired
    page.fill("input[name=owner]", "kwaliteitsfunctionaris")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".flash.success")).to_contain_text("Certificaat of bewijs BW01 is toegevoegd")
    expect(page.locator(".flash.warning")).to_contain_text("geldig tot 31 maart 2020: verlopen")
    expect(page.locator("dl.library")).to_contain_text("HKZ-4411")

    page.goto("/kennisbank/nieuw/team_member")
    page.fill("input[name=title]", "Sanne de Vries")
    page.fill("input[name=role]", "opbouwwerker")
    page.fill("input[name=hours]", "veel")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".field.has-error")).to_contain_text("aantal uren per week")
    page.fill("input[name=hours]", "32")
    page.check("input[name=consent]")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".flash.success")).to_contain_text("Teamlid TM01 is toegevoegd")
    expect(page.locator(".flags")).to_contain_text("Mag met naam in voorstellen")

    page.goto("/kennisbank/?type=proof")
    expect(page.locator("table.records")).to_contain_text("HKZ-certificaat Welzijn")
    expect(page.locator(".badge.stale")).to_have_text("verlopen")
    page.goto("/")
    expect(page.locator("section:has(#verouderd-kop)")).to_contain_text("BW01")


@pytest.mark.browser
def test_the_organisation_profile_is_one_place_to_edit_its_standing_facts(page):
    page.goto("/kennisbank/")
    page.click("summary:has-text('Antwoordbibliotheek')")
    page.click("a:has-text('Organisatieprofiel bewerken')")  # none yet: a new profile
    for name, value in {"title": "Stichting Welzijn De Brug", "legal_form": "stichting zonder winstoogmerk (ANBI)",
                        "kvk_number": "4123", "establishments": "Zaanstad (hoofdkantoor), Amersfoort",
                        "cao": "Cao Sociaal Werk", "cost_per_fte": "ongeveer 80 duizend"}.items():
        page.fill(f"input[name={name}]", value)
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".field.has-error").first).to_contain_text("acht cijfers")
    expect(page.locator(".field.has-error").nth(1)).to_contain_text("hele euro's")
    page.fill("input[name=kvk_number]", "41234567")
    page.fill("input[name=cost_per_fte]", "€ 82.000")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".flash.success")).to_contain_text("Organisatieprofiel ORG01 is toegevoegd")
    expect(page.locator("dl.library")).to_contain_text("stichting zonder winstoogmerk (ANBI)")
    expect(page.locator("dl.library")).to_contain_text("41234567")

    page.goto("/kennisbank/organisatieprofiel")  # now the profile there is, to edit
    expect(page.locator("input[name=cao]")).to_have_value("Cao Sociaal Werk")
    page.fill("input[name=hourly_rate]", "68")
    page.click("input[type=submit][name=submit]")
    expect(page.locator(".flash.success")).to_contain_text("Organisatieprofiel ORG01 is opgeslagen")
    expect(page.locator("dl.library")).to_contain_text("Uurtarief")
