"""Drafts shaped by the tender: chapters per route and criteria, goals in the criterion that covers them,
several municipalities, Dutch numbers, no repeated paragraphs, slot fit and fitting the page limits."""
from __future__ import annotations

import shutil

import pytest

from knowledge_base.records import normalise
from proposal_builder.drafting import CriterionInfo, DraftRequest, TenderInfo, check_draft, draft_proposal
from proposal_builder.drafting.chapters import reach
from proposal_builder.drafting.checks import body_paragraphs, repeated_paragraphs
from proposal_builder.drafting.document import Table
from proposal_builder.drafting.evidence import GoalEvidence
from proposal_builder.drafting.goal_section import goal_heading
from proposal_builder.tender import Goal
from tests.drafting_samples import METHOD, PROJECT, RESULT_CONSENT, body_texts, open_docx, sample_request

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
CRITERIA = [{"name": "K1 Plan van aanpak informele zorg", "weight": "40%", "page_limit": 4, "goals": [1, 2]},
            {"name": "K2 Samenwerking in de wijk", "weight": "20%", "goals": [3]},
            {"name": "K3 Personeel en deskundigheid", "weight": "10%"},
            {"name": "Prijs", "weight": "30%"}, {"name": "Interview", "weight": "10 punten"}]


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def request_for(route: str, criteria=(), **tender) -> DraftRequest:
    request = sample_request(criteria=criteria, route=route)
    for key, value in tender.items():
        setattr(request.tender, key, value)
    request.tender.__post_init__()
    return request


def test_aanbesteding_has_a_chapter_per_quality_criterion_in_order_with_its_goals():
    document = open_docx(draft_proposal(request_for("aanbesteding", CRITERIA)).docx)
    chapters = headings(document, 1)
    quality = ["K1 Plan van aanpak informele zorg", "K2 Samenwerking in de wijk", "K3 Personeel en deskundigheid"]
    assert [c for c in chapters if c in quality] == quality
    assert "Prijs" not in chapters and "Interview" not in chapters
    texts = body_texts(document)
    k1, k2, k3 = (texts.index(c) for c in quality)
    goal_at = [texts.index(goal_heading(goal)) for goal in request_for("aanbesteding").goals]
    assert k1 < goal_at[0] < goal_at[1] < k2 < goal_at[2] < k3
    assert texts[k1 + 1] == "Gunningscriterium, weging 40%, maximaal 4 pagina's"
    assert any("prijsformulier" in t for t in texts)
    assert "Bijlage: voorbereiding interview" in chapters


def test_goals_without_a_stated_criterion_go_to_the_criterion_about_the_approach():
    criteria = [{"name": "Visie op de opgave", "weight": "30%"}, {"name": "Aanpak van de doelen", "weight": "50%"},
                {"name": "Prijs", "weight": "20%"}]
    document = open_docx(draft_proposal(request_for("aanbesteding", criteria)).docx)
    texts = body_texts(document)
    first_goal = texts.index(goal_heading(Goal(request_for("").goals[0].text)))
    assert texts.index("Visie op de opgave") < texts.index("Aanpak van de doelen") < first_goal


def test_a_change_to_reach_is_a_streefwaarde_even_under_a_goal_read_as_an_output():
    request = request_for("subsidie")
    request.goals[0].kind, request.goals[0].target = "output", "10% lager dan in 2025"
    request.goals[1].kind, request.goals[1].target = "output", "ten minste 250 huisbezoeken"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert any(t.startswith("In Zaanstad zetten wij Maatjes Dichtbij en Buurtkamer in") and
               "streefwaarde van de gemeente voor aandeel ernstig eenzamen: 10% lager dan in 2025." in t for t in texts)
    assert any("streefwaarde van de gemeente: ten minste 250 huisbezoeken." in t for t in texts)
    table = next(b for b in reach(request.goals, [GoalEvidence()] * 3, ["Zaanstad"], {0: "1.1", 1: "1.2"})
                 if isinstance(b, Table))
    rows = {row[0][0][0].text: row[2][0][0].text for row in table.rows}
    assert rows == {"1.2": "ten minste 250 huisbezoeken"}  # a change to reach is no reach to aim for
    request.goals[1].target, request.goals[1].indicator = "4", "Wijken met een ontmoetingsplek die elke werkdag open is"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "Wij werken toe naar de streefwaarde van de gemeente voor wijken met een ontmoetingsplek die elke werkdag " \
           "open is: 4." in texts  # a bare number says what it counts


def test_subsidie_gives_an_activity_plan_and_a_budget_within_the_ceiling():
    request = request_for("subsidie", budget="€ 450.000 per jaar")
    document = open_docx(draft_proposal(request).docx)
    assert headings(document, 1)[:2] == ["Samenvatting", "Activiteitenplan"] or "Activiteitenplan" in headings(document, 1)
    texts = body_texts(document)
    assert "In Zaanstad zetten wij Maatjes Dichtbij en Buurtkamer in, samen met Huisartsen Zaandam-Oost en " \
           "Wijkverpleging. Daarmee werken wij toe naar de streefwaarde van de gemeente voor aandeel ernstig eenzamen: " \
           "8% in 2027. (M01, M02, P01)" in texts  # present tense, this place, with whom, the target
    assert "De begroting blijft binnen € 450.000 per jaar. De open regels vult de directie in." in texts
    tables = {t.rows[0].cells[0].text for t in document.tables}
    assert {"Kostenpost", "Dekkingsplan"} <= tables


def test_open_house_is_an_admission_application_with_the_requirements_as_a_table():
    requirements = [{"text": "De aanbieder is ingeschreven bij de KvK.", "kind": "admission"},
                    {"text": "De aanbieder heeft een klachtenregeling.", "kind": "admission"}]
    document = open_docx(draft_proposal(request_for("open house", requirements=requirements)).docx)
    assert headings(document, 1)[1:3] == ["Toelatingseisen", "Gekozen thema's en onze bijdrage"]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Eis")
    assert [c.text for c in table.rows[0].cells] == ["Eis", "Hoe wij hieraan voldoen", "Bewijs"]
    assert [row.cells[0].text for row in table.rows[1:]] == [r["text"] for r in requirements]
    assert not any("Gunningscriterium" in t for t in body_texts(document))


def test_minimum_requirements_and_wishes_of_a_tender_get_a_compliance_table():
    requirements = [{"text": "De opdrachtnemer beschikt over een HKZ-certificaat.", "kind": "minimum"},
                    {"text": "Wij zien graag inzet van ervaringsdeskundigen.", "kind": "wish"}]
    document = open_docx(draft_proposal(request_for("aanbesteding", CRITERIA, requirements=requirements)).docx)
    assert "Eisen en wensen" in headings(document, 1)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Eis")
    assert len(table.rows) == 3


def test_several_municipalities_are_named_together():
    request = request_for("", municipalities=["Kempenhorst", "Ellestein", "Gansveld"], municipality="Kempenhorst")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "Aan de gemeenten Kempenhorst, Ellestein en Gansveld" in texts
    assert any("In Kempenhorst, Ellestein en Gansveld zetten wij Maatjes Dichtbij in." in t for t in texts)
    assert any("De gemeenten wil" not in t for t in texts)


@pytest.mark.parametrize("value, unit, shown", [
    ("1100000", "euro", "€ 1,1 miljoen"), ("4.3", "score (0-10)", "4,3 score (0-10)"), ("1860", "huisbezoeken",
                                                                                     "1.860 huisbezoeken"),
    ("58", "%", "58%"), ("6,1", "cijfer", "6,1 cijfer")])
def test_figures_are_written_the_dutch_way_and_still_trace(value, unit, shown):
    request = sample_request()
    request.records["R01"] = dict(RESULT_CONSENT, value=value, unit=unit)
    draft = draft_proposal(request)
    assert any(shown in t for t in body_texts(open_docx(draft.docx)))
    assert check_draft(draft, request, soffice="").untraced == []


def test_a_record_chosen_for_several_goals_is_described_once_and_referred_back():
    request = sample_request(criteria=())
    request.goals[1].evidence = ["M01", "P01", "R01"]
    request.goals[2].evidence = ["M01", "R01"]
    draft = draft_proposal(request)
    texts = body_texts(open_docx(draft.docx))
    assert sum(t.startswith("Maatjes Dichtbij is erkend") for t in texts) == 1
    assert sum("‘deelnemers die zich minder eenzaam voelen’: 72%" in t for t in texts
               if not t.startswith("Waarom wij")) == 1  # the summary's key message names our best figure
    assert any("Ook hier zetten wij Maatjes Dichtbij in; de werkwijze en de resultaten staan in paragraaf 1.1." in t
               for t in texts)
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []


def test_evidence_that_does_not_fit_its_goal_is_left_out_with_a_notice():
    debt = normalise({"ref": "R09", "type": "result", "title": "Schulden", "indicator": "huishoudens uit de schulden",
                      "value": "41", "unit": "huishoudens"})
    request = sample_request()
    request.records["R09"] = debt
    request.goals[1].evidence = ["R09"]
    request.fits = {1: {"M01", "M02", "P01", "R01"}, 2: set(), 3: set()}
    draft = draft_proposal(request)
    text = "\n".join(body_texts(open_docx(draft.docx)))
    assert "huishoudens uit de schulden" not in text.lower()
    assert any("R09" in n and "past niet bij doel 2" in n for n in draft.notices)
    report = check_draft(draft, request, soffice="")
    assert any(goal == 2 and "R09" in finding for finding, goal in report.findings)


def long_request(page_limit: int) -> DraftRequest:
    results = [normalise({"ref": f"R{n:02}", "type": "result", "title": f"Resultaat {n}", "project": "P01",
                          "indicator": f"deelnemers aan activiteit {n} die zich gesteund voelen", "value": str(50 + n),
                          "unit": "%", "period": "2024", "story": "Een verhaal van een deelnemer. " * 6,
                          "consent": True}) for n in range(10, 40)]
    goals = [Goal(f"Doel {n}: inwoners van wijk {n} doen weer mee en voelen zich gesteund.", evidence=[
        "M01", "P01", *[r["ref"] for r in results[3 * n: 3 * n + 3]]]) for n in range(10)]
    records = {r["ref"]: r for r in (METHOD, PROJECT, *results)}
    tender = TenderInfo("Uitvraag Meedoen Zaanstad", "Zaanstad", "De Brug", "2026-01-05", page_limit,
                        [CriterionInfo("Plan van aanpak", "60%", page_limit)], "aanbesteding")
    return DraftRequest(tender, goals, records)


def test_an_over_long_draft_is_made_leaner_until_it_fits_the_estimate():
    full = draft_proposal(long_request(100), soffice="")
    lean = draft_proposal(long_request(3), soffice="")
    assert full.pages.step == 0 and lean.pages.step > 0 and lean.pages.total < full.pages.total
    assert len(lean.docx) < len(full.docx)


@needs_soffice
def test_pages_per_chapter_are_counted_with_libreoffice_against_the_criterion_budget():
    draft = draft_proposal(long_request(2))
    assert not draft.pages.estimated and draft.pages.budgets == {"Plan van aanpak": 2}
    report = check_draft(draft, long_request(2))
    pages, budget = report.chapter_pages["Plan van aanpak"]
    assert budget == 2 and pages > 2  # even the leanest version does not fit two pages
    assert any("Plan van aanpak" in text and "staat er 2 toe" in text for text, _ in report.findings)


def test_a_shared_indicator_and_a_shared_approach_are_not_written_twice():
    request = sample_request(criteria=())
    for goal in request.goals[1:]:
        goal.indicator, goal.target, goal.evidence = "Aandeel ernstig eenzamen", "8% in 2027", ["M01"]
    draft = draft_proposal(request)
    texts = body_texts(open_docx(draft.docx))
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []
    assert sum("Aandeel ernstig eenzamen — streefwaarde: 8% in 2027" in t for t in texts) == 1
    assert any(t.endswith("geldt dezelfde indicator van de gemeente als in paragraaf 1.1, met de streefwaarde 8% in 2027.")
               for t in texts)


def test_open_house_themes_never_repeat_a_result_nor_stay_empty():
    request = request_for("open house")
    request.goals[1].evidence = ["R01"]
    request.goals[2].evidence = ["P01"]
    draft = draft_proposal(request)
    texts = body_texts(open_docx(draft.docx))
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []
    jongeren = texts.index(goal_heading(request.goals[2]))
    assert texts[jongeren + 1].startswith("In Zaanstad bouwen wij voort op Samen Thuis")  # no "daarbij" on its own


def test_an_activity_plan_names_shared_activities_target_group_and_partners_once():
    request = request_for("subsidie")
    request.goals[1].evidence = ["M01", "P01"]
    draft = draft_proposal(request)
    texts = body_texts(open_docx(draft.docx))
    assert sum("samen met Huisartsen Zaandam-Oost en Wijkverpleging" in t for t in texts
               if not t.startswith("In Samen Thuis (")) == 1  # named once in the plan (and in the cooperation chapter)
    assert "In Zaanstad zetten wij Maatjes Dichtbij in. (M01, P01)" in texts  # its partners are those of 1.1
    request.goals[1].evidence = ["M01", "M02", "P01"]  # the same activities as goal 1's
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert sum(t.startswith("In Zaanstad zetten wij Maatjes Dichtbij en Buurtkamer in") for t in texts) == 1
    assert "Ook voor dit doel zetten wij Maatjes Dichtbij en Buurtkamer in, zoals beschreven in paragraaf 1.1." in texts
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []


@needs_soffice
def test_appendices_do_not_count_when_the_tender_leaves_them_out():
    counting = draft_proposal(sample_request(page_limit=50))
    request = sample_request(page_limit=50)
    request.tender.excluding_appendices = True
    leaving_out = draft_proposal(request)
    assert counting.pages.appendices >= 1 and leaving_out.pages.appendices == counting.pages.appendices
    assert counting.pages.counted == counting.pages.total
    assert leaving_out.pages.counted == leaving_out.pages.total - leaving_out.pages.appendices
    limit = leaving_out.pages.counted  # fits without the appendix, not with it
    request.tender.page_limit = limit
    report = check_draft(draft_proposal(request), request)
    assert report.pages == limit and not any("de uitvraag staat er" in text for text, _ in report.findings)


def test_the_leanest_draft_keeps_the_title_on_the_first_page_of_text():
    from proposal_builder.drafting.document import PageBreak
    from proposal_builder.drafting.fitting import STEPS
    from proposal_builder.drafting.outline import build_outline
    request = sample_request()
    first_break = lambda outline: next(i for i, b in enumerate(outline.blocks) if isinstance(b, PageBreak))  # noqa: E731
    summary_at = lambda outline: next(i for i, b in enumerate(outline.blocks) if getattr(b, "text", "") == "Samenvatting")  # noqa: E731
    full, leanest = build_outline(request, *reversed(STEPS[0])), build_outline(request, *reversed(STEPS[-1]))
    assert first_break(full) < summary_at(full)  # a cover page of its own
    assert not any(isinstance(b, PageBreak) for b in leanest.blocks[:summary_at(leanest)])


def test_a_shared_indicator_from_a_goal_table_row_is_written_once_too():
    request = sample_request(criteria=())
    row = {"Indicator": "Aandeel mantelzorgers dat zich zwaar belast voelt", "Streefwaarde": "Daalt naar 11% in 2028"}
    for goal in request.goals[:2]:
        goal.attributes, goal.indicator, goal.target, goal.evidence = dict(row), "", "", ["M01"]
        goal.__post_init__()  # as read from the table: indicator and target come from the row
    draft = draft_proposal(request)
    texts = body_texts(open_docx(draft.docx))
    assert sum("Aandeel mantelzorgers dat zich zwaar belast voelt — streefwaarde" in t for t in texts) == 1
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []


@needs_soffice
def test_a_page_limit_for_the_activity_plan_leaves_the_budget_and_the_appendices_apart():
    request = long_request(4)
    request.tender.criteria, request.tender.route = [], "subsidie"
    whole = draft_proposal(request)
    request.tender.page_limit_part = "activiteitenplan"
    plan = draft_proposal(request)
    assert whole.outline.outside_limit == [] and plan.outline.outside_limit == ["Begroting"]
    assert plan.pages.outside >= 1 and plan.pages.appendices >= 1
    assert plan.pages.counted < whole.pages.counted  # the budget chapter and the appendices no longer count
    assert whole.pages.counted == whole.pages.total  # without the part, every page counts


def test_an_activity_plan_without_a_method_says_what_the_project_offers_not_its_title_as_the_activity():
    request = request_for("subsidie")
    request.goals[1].evidence = ["P01"]
    texts = body_texts(open_docx(draft_proposal(request).docx))
    # a description that names no activity: the project we build on, never "zetten wij Samen Thuis in"
    assert "In Zaanstad bouwen wij voort op Samen Thuis. (P01)" in texts
    assert not any("zetten wij Samen Thuis in" in t for t in texts)
    request.records["P01"] = dict(request.records["P01"], municipality="Zaanstad", period="2023-2030", summary=(
        "Een ouderenadviseur en vrijwilligers doen huisbezoeken bij 75-plussers en organiseren in de winter "
        "wekelijkse ontmoetingsmiddagen in het buurthuis. Signalen zetten zij door naar de valpreventiecursus."))
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "In Zaanstad bieden wij huisbezoeken en wekelijkse ontmoetingsmiddagen; zo zetten wij Samen Thuis voort. " \
           "(P01)" in texts
    request.goals[1].evidence = ["R01"]  # a result alone: what the project behind it offers
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert sum(t.startswith("In Zaanstad bieden wij huisbezoeken en wekelijkse ontmoetingsmiddagen") for t in texts) == 1


def test_the_overview_names_the_project_we_carry_on_where_no_method_was_chosen():
    request = request_for("aanbesteding", CRITERIA)
    request.goals[1].evidence = ["P01"]
    rows = next(t for t in open_docx(draft_proposal(request).docx).tables if t.rows[0].cells[0].text == "Doel").rows
    assert [row.cells[1].text for row in rows[1:3]] == ["Maatjes Dichtbij\nBuurtkamer", "Samen Thuis"]


def test_an_obligation_during_the_work_is_accepted_in_the_table_and_what_needs_proof_stays_to_fill():
    requirements = [{"text": "De opdrachtnemer neemt deel aan het gebiedsoverleg met het sociaal wijkteam.",
                     "kind": "minimum"},
                    {"text": "De opdrachtnemer beschikt over een HKZ-certificaat.", "kind": "minimum"},
                    {"text": "Wij zien graag dat de aanbieder deelneemt aan de buurttafel.", "kind": "wish"}]
    document = open_docx(draft_proposal(request_for("aanbesteding", CRITERIA, requirements=requirements)).docx)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Eis")
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert rows[0][1:] == ["Akkoord: wij zeggen dit toe.", "Toezegging in deze inschrijving"]
    # a certificate (the place names the proof to add to the library); a wish
    assert rows[1][1] == "[hoe wij voldoen: HKZ of ISO 9001]" and rows[2][1] == "[hoe wij voldoen]"


def test_an_obligation_written_as_an_action_under_a_lead_in_is_accepted_and_a_state_still_needs_proof():
    requirements = [{"text": "registreert per activiteit het aantal deelnemers en het aantal ingezette vrijwilligers",
                     "kind": "minimum"},
                    {"text": "De aanbieder meldt een wijziging in de activiteiten direct schriftelijk aan het college.",
                     "kind": "minimum"},
                    {"text": "werkt met een interventie die is opgenomen in de Databank Effectieve Jeugdinterventies",
                     "kind": "minimum"},
                    {"text": "levert een Verklaring Omtrent het Gedrag van alle medewerkers", "kind": "minimum"}]
    document = open_docx(draft_proposal(request_for("aanbesteding", CRITERIA, requirements=requirements)).docx)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Eis")
    answers = [row.cells[1].text for row in table.rows[1:]]
    assert answers[:2] == ["Akkoord: wij zeggen dit toe."] * 2
    assert "Akkoord" not in answers[2] and answers[3] == "[hoe wij voldoen: VOG-beleid]"
