"""Criteria a tender lists twice give one chapter; goals the tender links to no criterion are placed under
the approach criterion nearest in meaning; an amount to reach is a streefwaarde, not a reach."""
from __future__ import annotations

from knowledge_base.embeddings import get_embedder
from proposal_builder.drafting import draft_proposal
from proposal_builder.matching.criteria import with_goals_by_meaning
from proposal_builder.tender import Goal
from proposal_builder.drafting.goal_section import goal_heading
from tests.drafting_samples import body_texts, open_docx, sample_request

SUBJECTS = [{"name": "Plan van aanpak mantelzorg", "weight": "30%"},
            {"name": "Plan van aanpak vitaal ouder worden", "weight": "30%"},
            {"name": "Plan van aanpak jeugd en jongeren", "weight": "20%"},
            {"name": "Prijs", "weight": "20%"}]
GOALS = [Goal("Thuiswonende 65-plussers vallen minder vaak en blijven fit.", section=["Doelen", "Thema 2 Vitaal ouder worden"]),
         Goal("Jongeren van 12 tot 18 jaar doen mee aan activiteiten in hun dorp.", section=["Doelen", "Thema 3 Jeugd"]),
         Goal("Mantelzorgers raken niet overbelast en kunnen de zorg volhouden.", section=["Doelen", "Thema 1 Mantelzorg"]),
         Goal("Jonge mantelzorgers worden op school op tijd opgemerkt.", section=["Doelen", "Thema 1 Mantelzorg"])]


def test_goals_go_to_the_approach_criterion_nearest_in_meaning():
    placed = with_goals_by_meaning(SUBJECTS, GOALS, get_embedder())
    assert [c.get("goals") for c in placed] == [[3, 4], [1], [2], None]  # goals under one heading go together
    assert [c["name"] for c in placed] == [c["name"] for c in SUBJECTS]


def test_goals_the_tender_links_stay_and_nothing_is_placed_by_one_criterion_or_without_headings():
    linked = [dict(SUBJECTS[0], goals=[1, 2, 3]), *SUBJECTS[1:]]
    assert with_goals_by_meaning(linked, GOALS, get_embedder()) == linked
    single = [{"name": "Plan van aanpak", "weight": "60%"}, {"name": "Samenwerking", "weight": "40%"}]
    assert with_goals_by_meaning(single, GOALS, get_embedder()) == single
    no_headings = [Goal(goal.text) for goal in GOALS]  # one sentence is too weak a signal on its own
    assert with_goals_by_meaning(SUBJECTS, no_headings, get_embedder()) == SUBJECTS


def test_criteria_listed_twice_give_one_chapter_and_one_interview_preparation():
    twice = [{"name": "Plan van aanpak informele zorg", "weight": "40%"}, {"name": "Interview", "weight": "10%"},
             {"name": "Plan van aanpak  informele zorg", "weight": "", "page_limit": 4, "goals": [1]},
             {"name": "K5 Interview", "weight": "10%"}]
    texts = body_texts(open_docx(draft_proposal(sample_request(criteria=twice, route="aanbesteding")).docx))
    assert texts.count("Plan van aanpak informele zorg") == 1
    assert texts.count("Bijlage: voorbereiding interview") == 1 and "Bijlage: voorbereiding k5 interview" not in texts
    chapter = texts.index("Plan van aanpak informele zorg")
    assert texts[chapter + 1] == "Gunningscriterium, weging 40%, maximaal 4 pagina's"  # the weight of one, the limit of the other


def test_an_amount_to_reach_is_a_streefwaarde_not_a_reach():
    request = sample_request(route="subsidie")
    request.goals[0].kind, request.goals[0].target = "output", "€ 250 per jaar"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert any("Daarmee werken wij toe naar de streefwaarde van de gemeente" in t and t.endswith("€ 250 per jaar. (M01, "
               "M02, P01)") for t in texts)
    assert not any("€ 250 per jaar" in row.cells[2].text for table in open_docx(draft_proposal(request).docx).tables
                   if table.rows[0].cells[0].text == "Paragraaf" for row in table.rows[1:])  # no reach to aim for


def test_a_criterion_over_all_goals_gets_the_overview_and_each_goal_is_written_once_under_its_own():
    umbrella = [{"name": "Bijdrage aan alle doelen", "weight": "30%", "goals": [1, 2, 3]},
                {"name": "Aanpak thema 1", "weight": "40%", "goals": [1, 2]},
                {"name": "Aanpak thema 2", "weight": "30%", "goals": [3]}]
    request = sample_request(criteria=umbrella, route="subsidie")
    document = open_docx(draft_proposal(request).docx)
    texts = body_texts(document)
    headings = [goal_heading(goal) for goal in request.goals]
    assert all(texts.count(heading) == 1 for heading in headings)  # no goal written out twice
    first, second, third = (texts.index(c["name"]) for c in umbrella)
    assert first < second < texts.index(headings[0]) < texts.index(headings[1]) < third < texts.index(headings[2])
    assert any(text.startswith("Zo dragen onze activiteiten bij aan elk doel") for text in texts[first:second])
    assert [cell.text for cell in document.tables[0].rows[0].cells] == ["Doel", "Onze aanpak", "Bewezen resultaat"]
    assert "Aansluiting bij de doelen van de gemeente" not in texts  # not a second time before the chapters


def test_a_bare_number_as_weight_reads_as_points_under_the_chapter_heading():
    criteria = [{"name": "Plan van aanpak informele zorg", "weight": "30"}, {"name": "Samenwerking", "weight": "15%"}]
    texts = body_texts(open_docx(draft_proposal(sample_request(criteria=criteria, route="subsidie")).docx))
    assert texts[texts.index("Plan van aanpak informele zorg") + 1] == "Beoordelingscriterium, weging 30 punten"
    assert texts[texts.index("Samenwerking") + 1] == "Beoordelingscriterium, weging 15%"


def test_goals_read_as_linked_to_price_or_interview_are_still_written_under_a_quality_criterion():
    # a tender's sentence after its criteria table ("Bij K2 ... B1 tot en met B4") can be misread onto the last
    # row, the price; the goals must not vanish from the draft with it
    misread = [{"name": "Plan van aanpak", "weight": "60%"}, {"name": "Interview", "weight": "10%", "goals": [1]},
               {"name": "Prijs", "weight": "30%", "goals": [2, 3]}]
    request = sample_request(criteria=misread, route="aanbesteding")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    plan = texts.index("Plan van aanpak")
    assert all(plan < texts.index(goal_heading(goal)) for goal in request.goals)  # each goal has its section


def test_a_link_to_price_does_not_stop_goals_being_placed_by_meaning():
    with_price = [*SUBJECTS[:3], dict(SUBJECTS[3], goals=[1, 2])]
    placed = with_goals_by_meaning(with_price, GOALS, get_embedder())
    assert [c.get("goals") for c in placed] == [[3, 4], [1], [2], []]
