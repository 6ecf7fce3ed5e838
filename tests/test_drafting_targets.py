"""The tender's targets restated in each goal's own section, per route and in Dutch figures; what the records and
the tender hold written out rather than left to fill (an indicator measured earlier, a bare share, interview
questions); a project still running counts its years up to now."""
from __future__ import annotations

import datetime as dt

import pytest

from proposal_builder.drafting import draft_proposal
from proposal_builder.drafting.checks import body_paragraphs, repeated_paragraphs
from proposal_builder.drafting.document import PLACEHOLDER_TEXT
from proposal_builder.drafting.goal_section import goal_heading
from proposal_builder.drafting.requirement_answers import _years, evidence_answer
from tests.drafting_samples import PROJECT, body_texts, open_docx, sample_request

CRITERIA = [{"name": "K1 Plan van aanpak", "weight": "60%", "goals": [1, 2, 3]}, {"name": "Prijs", "weight": "30%"},
            {"name": "Interview", "weight": "10%"}]
ROUTES = {"aanbesteding": CRITERIA, "subsidie": (), "open house": (), "": ()}


def sections(document, goals) -> dict[str, str]:
    """Per goal heading the text of its own section, up to the next goal or chapter."""
    found, current = {}, None
    names = {goal_heading(goal) for goal in goals}
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if style in ("Heading 1", "Heading 2"):
            current = paragraph.text if style == "Heading 2" and paragraph.text in names else None
        if current:
            found[current] = found.get(current, "") + " " + paragraph.text
    return found


def request_with_targets(route: str):
    request = sample_request(criteria=ROUTES[route], route=route)
    request.goals[1].indicator, request.goals[1].target = "Aantal huisbezoeken bij mantelzorgers", "ten minste 1500"
    request.goals[2].target = "van 12.5% naar 9%"
    return request


@pytest.mark.parametrize("route", list(ROUTES))
def test_every_target_stands_in_its_own_goal_section_in_dutch_figures(route):
    request = request_with_targets(route)
    found = sections(open_docx(draft_proposal(request).docx), request.goals)
    assert "8% in 2027" in found[goal_heading(request.goals[0])]
    assert "1.500" in found[goal_heading(request.goals[1])] and "1500" not in found[goal_heading(request.goals[1])]
    assert "van 12,5% naar 9%" in found[goal_heading(request.goals[2])]  # a goal without evidence keeps it too


def test_a_target_shared_with_an_earlier_goal_is_restated_with_the_reference_back():
    request = sample_request(criteria=())
    for goal in request.goals[1:]:
        goal.indicator, goal.target, goal.evidence = "Aandeel ernstig eenzamen", "8% in 2027", ["M01"]
    draft = draft_proposal(request)
    found = sections(open_docx(draft.docx), request.goals)
    assert all("8% in 2027" in found[goal_heading(goal)] for goal in request.goals)
    assert "dezelfde indicator van de gemeente als in paragraaf 1.1, met de streefwaarde 8% in 2027." in \
        found[goal_heading(request.goals[1])]
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []


def test_an_indicator_measured_under_an_earlier_goal_is_named_there_not_left_to_fill():
    request = sample_request(criteria=())
    request.goals[0].indicator = request.goals[0].target = ""
    request.goals[1].evidence = ["R01"]
    request.goals[0].evidence = ["R01", "M01"]
    found = sections(open_docx(draft_proposal(request).docx), request.goals)
    second = found[goal_heading(request.goals[1])]
    assert "Wat wij meten Deelnemers die zich minder eenzaam voelen (zie paragraaf 1.1)" in second
    assert "indicatoren —" not in second


def test_an_activity_plan_says_what_a_bare_share_counts():
    request = sample_request(route="subsidie")
    request.goals[0].target = "8% (2024: 11%)"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert any("streefwaarde van de gemeente voor aandeel ernstig eenzamen: 8% (2024: 11%)." in t for t in texts)


def test_interview_questions_name_our_method_and_the_target_not_the_raw_goal():
    request = sample_request(criteria=CRITERIA, route="aanbesteding")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    annex = texts[texts.index("Bijlage: voorbereiding interview"):]
    assert "Hoe haalt u met Maatjes Dichtbij de streefwaarde 8% in 2027 voor aandeel ernstig eenzamen?" in annex
    assert not any(request.goals[0].text.rstrip(".") in text or "Hoe bereikt u concreet" in text for text in annex)
    assert not any("Jongeren hebben een zinvolle vrijetijdsbesteding" in text for text in annex)  # neither method
    assert "Wat merkt Zaanstad in het eerste jaar van uw aanpak voor ‘K1 Plan van aanpak’, en wie is daarvoor " \
           "verantwoordelijk?" in annex  # nor target: the criterion's question
    assert not any(text.startswith(PLACEHOLDER_TEXT) and "vragen" in text for text in annex)


def test_a_project_still_running_counts_its_years_up_to_now():
    today = dt.date(2026, 12, 7)
    assert _years("sinds 2021", today) == 5 and _years("2020 - heden", today) == 6 and _years("2021-2024") == 3
    running = dict(PROJECT, ref="P02", title="Mantelzorg Thuis", period="sinds 2019", summary="Mantelzorgers ontlast.",
                   target_group="mantelzorgers")
    done = dict(PROJECT, ref="P03", title="Respijt aan huis", period="2018-2024", target_group="mantelzorgers")
    asked = "U heeft ten minste twee jaar mantelzorgondersteuning uitgevoerd, aangetoond met twee referenties."
    how, proof = evidence_answer(asked, [running, done], ["Zaanstad"])
    assert "Mantelzorg Thuis" in how and "(P02)" in proof and "(P03)" in proof


def test_the_key_message_is_written_from_the_records_and_left_to_fill_without_them():
    request = sample_request(criteria=())
    texts = body_texts(open_docx(draft_proposal(request).docx))
    message = next(t for t in texts if t.startswith("Waarom wij: "))
    assert "Wij werken al sinds 2022 in Zaanstad, onder meer in Samen Thuis." in message
    assert "Maatjes Dichtbij (‘Goed onderbouwd’)" in message and "72%" in message and message.endswith("(P01, M01, R01)")
    assert not any(t.startswith(f"{PLACEHOLDER_TEXT}: kernboodschap") for t in texts)
    for goal in request.goals:
        goal.evidence = ["M02"]  # a method not recognised, no project, no result: nothing to say why us
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert any(t.startswith(f"{PLACEHOLDER_TEXT}: kernboodschap") for t in texts)
    assert not any(t.startswith("Waarom wij") for t in texts)


def test_our_measures_start_from_our_figure_here_or_say_what_we_reached_elsewhere():
    request = sample_request(criteria=())
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "Deelnemers die zich minder eenzaam voelen — nulmeting: 72% (2023) (R01)" in texts  # Samen Thuis, Zaanstad
    for ref in ("P01", "R01"):
        request.records[ref] = dict(request.records[ref], municipality="Wormerland")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "Deelnemers die zich minder eenzaam voelen — eerder bereikt: 72% (Wormerland, 2023) (R01)" in texts


def test_a_change_we_reached_here_is_no_nulmeting():
    request = sample_request(criteria=())
    request.records["R01"] = dict(request.records["R01"], value="van 41% naar 72%", unit="")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "Deelnemers die zich minder eenzaam voelen — eerder bereikt: van 41% naar 72% (2023) (R01)" in texts
    assert not any("nulmeting: van" in t for t in texts)


def test_a_project_still_running_is_written_in_the_present_tense():
    request = sample_request(criteria=())
    request.records["P01"] = dict(request.records["P01"], period="2021 - heden")
    text = " ".join(body_texts(open_docx(draft_proposal(request).docx)))
    assert "Wij bouwen daarbij voort op Samen Thuis, dat wij sinds 2021 in Zaanstad uitvoeren." in text
    assert "in sinds" not in text


def test_an_activity_plan_names_what_a_share_counts_without_the_indicators_source():
    request = sample_request(route="subsidie")
    request.goals[0].indicator = ("aandeel 75-plussers in de kernen dat zegt zelfstandig naar voorzieningen te kunnen "
                                  "reizen (Inwonerspeiling Hessum-Aa)")
    request.goals[0].target = "80%"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert any("streefwaarde van de gemeente voor aandeel 75-plussers in de kernen dat zegt zelfstandig naar "
               "voorzieningen te kunnen reizen: 80%." in t for t in texts)  # what it counts, not where it is measured


def test_interview_questions_ask_once_per_method_and_by_its_people_when_the_goal_states_its_target():
    request = sample_request(criteria=CRITERIA, route="aanbesteding")
    request.records["M01"] = dict(request.records["M01"], target_group="ouderen met weinig contacten")
    request.goals[0].target = "8%"  # stated in the goal's own words already
    request.goals[1].evidence = ["M01"]
    texts = body_texts(open_docx(draft_proposal(request).docx))
    annex = texts[texts.index("Bijlage: voorbereiding interview"):]
    assert "Hoe zet u Maatjes Dichtbij in Zaanstad in voor ouderen met weinig contacten, en wat doet u als het bereik " \
           "achterblijft?" in annex
    assert sum("Maatjes Dichtbij" in text for text in annex) == 1


def test_a_goal_served_by_a_method_described_earlier_is_measured_with_that_goals_indicators():
    request = sample_request(criteria=())
    request.goals[1].evidence = ["M01"]  # the method of goal 1, no result of its own
    found = sections(open_docx(draft_proposal(request).docx), request.goals)
    second = found[goal_heading(request.goals[1])]
    assert "Wat wij meten Deelnemers die zich minder eenzaam voelen (zie paragraaf 1.1)" in second
    assert "indicatoren —" not in second


def test_an_activity_plan_takes_the_target_group_of_the_work_behind_a_result():
    request = sample_request(criteria=(), route="subsidie")
    request.records["R02"] = dict(request.records["R02"], target_group="mantelzorgers van mensen met dementie")
    found = sections(open_docx(draft_proposal(request).docx), request.goals)
    assert "In Zaanstad richten wij ons op mantelzorgers van mensen met dementie." in found[goal_heading(request.goals[1])]


def test_an_activity_plan_goal_served_by_a_method_shown_earlier_is_measured_with_that_goals_indicators():
    request = sample_request(criteria=(), route="subsidie")
    request.goals[1].evidence = ["M01"]
    found = sections(open_docx(draft_proposal(request).docx), request.goals)
    assert "Deelnemers die zich minder eenzaam voelen (zie paragraaf 1.1)" in found[goal_heading(request.goals[1])]


def test_the_summary_names_the_tender_without_its_version_line():
    request = sample_request(criteria=())
    request.tender.title = "Subsidietender Gezond ouder worden 2027–2028 | versie 1.2, 3 juni 2027"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    summary = texts[texts.index("Samenvatting") + 1]
    assert "‘Subsidietender Gezond ouder worden 2027–2028’" in summary and "versie" not in summary
