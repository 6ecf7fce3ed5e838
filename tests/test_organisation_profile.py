"""What an organisation states once in its profile fills every draft: requirement cells with the profile named as
their source, the budget's amounts from the cost per fte, and nothing it does not hold (real .docx)."""
from __future__ import annotations

from knowledge_base.library_types import library_errors
from knowledge_base.records import normalise
from proposal_builder.drafting import check_draft, draft_proposal
from proposal_builder.drafting.models import Library
from tests.drafting_samples import PROJECT, open_docx
from tests.test_drafting_routes import request_for

PROFILE = {"ref": "ORG01", "type": "organisation", "title": "Stichting Welzijn Zaanstreek",
           "legal_form": "stichting zonder winstoogmerk (ANBI)", "kvk_number": "41234567",
           "establishments": "Zaanstad (hoofdkantoor), Wormer", "staff_registration": "Registerplein (sociaal werkers)",
           "cost_per_fte": "82.000", "hourly_rate": "68"}
COMPLAINTS = normalise({"ref": "BW04", "type": "proof", "title": "Klachtenregeling", "proof_kind": "klachtenregeling",
                        "summary": "Wij hebben een klachtenregeling met een onafhankelijke klachtenfunctionaris."})


def _request(requirements=(), profile=PROFILE, **tender):
    request = request_for("subsidie", budget="€ 450.000 per jaar", requirements=list(requirements), **tender)
    request.records["P01"] = {**PROJECT, "summary": "Maatjes voor ouderen in twee wijken. Een coördinator (0,8 fte) "
                                                    "begeleidt de vrijwilligers."}
    request.library = Library(organisation=normalise(profile) if profile else None, proofs=[COMPLAINTS])
    return request


def _table(document, first: str) -> list[list[str]]:
    table = next(t for t in document.tables if t.rows[0].cells[0].text == first)
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def test_the_budget_has_a_row_per_activity_with_its_fte_and_an_amount_only_from_the_profiles_cost_per_fte():
    request = _request()
    draft = draft_proposal(request)
    rows = _table(open_docx(draft.docx), "Kostenpost")
    activity = next(row for row in rows if row[0].startswith("Maatjes Dichtbij"))
    assert activity[1:] == ["0,8 fte", "€ 65.600 per jaar (0,8 × € 82.000)"]
    assert ["Totaal", "", "[totaal]"] in rows  # the other lines are the director's, so the total too
    assert not any("Huisvesting" in row[0] or "Overhead" in row[0] for row in rows)  # inside the integral cost
    assert "ORG01" in draft.outline.library_used
    assert not [u for u in check_draft(draft, request, soffice="").untraced if "65.600" in u.number]

    without = _table(open_docx(draft_proposal(_request(profile=None)).docx), "Kostenpost")
    assert without[0] == ["Beroepskrachten: Maatjes Dichtbij en Buurtkamer (paragraaf 1.1)", "0,8 fte", "[bedrag]"]
    assert any(row[0] == "Overhead" for row in without)
    coverage = _table(open_docx(draft.docx), "Dekkingsplan")
    assert coverage[0] == ["Gevraagde subsidie", "[bedrag; ten hoogste € 450.000 per jaar]"]


def test_requirement_cells_come_from_the_profile_and_the_proofs_with_the_source_named_and_the_rest_named_to_add():
    requirements = [
        {"text": "De aanvrager is een rechtspersoon zonder winstoogmerk met een vestiging in Zaanstad.", "kind": "minimum"},
        {"text": "Jeugdwerkers zijn geregistreerd in het Kwaliteitsregister Jeugd (SKJ).", "kind": "minimum"},
        {"text": "De aanvrager heeft een klachtenregeling en een privacyreglement.", "kind": "minimum"},
        {"text": "Bij voorkeur heeft de aanvrager een vaste werkplek in Poelenburg.", "kind": "wish"}]
    rows = _table(open_docx(draft_proposal(_request(requirements)).docx), "Eis")
    legal, register, complaints, wijk = (row[1:] for row in rows)
    assert legal == ["Wij zijn een stichting zonder winstoogmerk (ANBI). Wij hebben een vestiging in Zaanstad.",
                     "KvK-nummer 41234567, organisatieprofiel (ORG01)"]
    assert register == ["[hoe wij voldoen: registratie van professionals]", "[bewijsstuk]"]  # Registerplein is no SKJ
    assert complaints == ["Wij hebben een klachtenregeling met een onafhankelijke klachtenfunctionaris.",
                          "Klachtenregeling (BW04)\n[aanvullen: privacybeleid (AVG)]"]
    assert wijk == ["[hoe wij voldoen: vestigingen]", "—"]  # a wijk the profile's places cannot show


def test_the_profile_answers_only_what_its_words_show():
    requirements = [{"text": "De aanvrager is een rechtspersoon zonder winstoogmerk.", "kind": "minimum"},
                    {"text": "De aanvrager heeft een vestiging in Wormerland.", "kind": "minimum"},
                    {"text": "U bent gevestigd of werkzaam in Zaanstad.", "kind": "minimum"}]
    profile = {**PROFILE, "legal_form": "stichting", "establishments": "Purmerend", "working_area": "Zaanstad en Wormer"}
    rows = _table(open_docx(draft_proposal(_request(requirements, profile)).docx), "Eis")
    assert rows[0][1] == "[hoe wij voldoen: rechtsvorm]"  # a stichting may still aim for profit
    assert rows[1][1] == "[hoe wij voldoen: vestigingen]"
    assert rows[2][1:] == ["Wij zijn werkzaam in Zaanstad; het hoort tot ons vaste werkgebied.",
                           "Organisatieprofiel (ORG01)"]


def test_profile_facts_are_checked_when_saved():
    record = normalise({**PROFILE, "kvk_number": "4123", "cost_per_fte": "ongeveer 80 duizend"})
    errors = library_errors(record)
    assert errors["kvk_number"] == "KvK-nummer moet uit acht cijfers bestaan, bijvoorbeeld 41234567."
    assert "bedrag in hele euro's" in errors["cost_per_fte"]
    assert library_errors(normalise(PROFILE)) == {}


def test_the_checks_name_each_place_left_and_where_it_is_fixed():
    requirements = [{"text": "De aanvrager is een rechtspersoon zonder winstoogmerk.", "kind": "minimum"},
                    {"text": "De aanvrager heeft een HKZ-certificaat.", "kind": "minimum"}]
    request = _request(requirements, profile=None)
    report = check_draft(draft_proposal(request), request, soffice="")
    assert report.placeholders == len(report.places) > 0
    where = {(place.what, place.where) for place in report.places}
    assert ("De aanvrager is een rechtspersoon zonder winstoogmerk.: hoe wij voldoen: rechtsvorm",
            "in het organisatieprofiel: rechtsvorm") in where
    assert ("De aanvrager heeft een HKZ-certificaat.: hoe wij voldoen: HKZ of ISO 9001",
            "bij certificaten en bewijzen: voeg ‘HKZ’ toe") in where
    budget = next(p for p in report.places if p.what.startswith("Beroepskrachten"))
    assert budget.where == "in het organisatieprofiel: integrale kosten per fte per jaar"
    goal = next(p for p in report.places if p.kind == "goal")  # the second goal has a result but no approach
    assert goal.fix == "goal:2" and goal.where.startswith("in de werkbank bij doel 2")
    assert "goal:3" in {p.fix for p in report.places}  # the third has no evidence at all
    assert all(p.where for p in report.places)


def test_a_register_the_requirement_offers_as_a_choice_is_met_by_either():
    requirements = [{"text": "Beroepskrachten zijn geregistreerd in het Registerplein of in het Kwaliteitsregister Jeugd "
                             "(SKJ).", "kind": "minimum"}]
    rows = _table(open_docx(draft_proposal(_request(requirements)).docx), "Eis")
    assert rows[0][1:] == ["Onze professionals zijn geregistreerd: Registerplein (sociaal werkers).",
                           "Organisatieprofiel (ORG01)"]


def test_an_insurance_cover_asked_is_claimed_only_as_the_policy_states_it_and_a_wish_asks_no_proof():
    requirements = [{"text": "De aanvrager heeft een aansprakelijkheidsverzekering met een dekking van ten minste "
                             "€ 2.500.000 per gebeurtenis.", "kind": "minimum"},
                    {"text": "Bij voorkeur werkt de aanvrager met vrijwilligers uit de wijk.", "kind": "wish"}]
    request = _request(requirements)
    policy = normalise({"ref": "BW05", "type": "proof", "title": "Polis aansprakelijkheid", "proof_kind": "verzekering",
                        "summary": "Wij zijn verzekerd voor bedrijfs- en beroepsaansprakelijkheid."})
    request.library.proofs.append(policy)
    insurance, wish = (row[1:] for row in _table(open_docx(draft_proposal(request).docx), "Eis"))
    assert insurance == ["Wij zijn verzekerd voor bedrijfs- en beroepsaansprakelijkheid.",
                         "Polis aansprakelijkheid (BW05)\n[aanvullen: dekking van ten minste € 2.500.000 op de polis]"]
    assert wish == ["[hoe wij voldoen]", "—"]
    policy["summary"] += " De dekking is € 5.000.000 per gebeurtenis."
    insurance = _table(open_docx(draft_proposal(request).docx), "Eis")[0]
    assert insurance[2] == "Polis aansprakelijkheid (BW05)"
