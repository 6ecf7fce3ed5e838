"""The draft read as an assessor reads it: partners of this place, whole headings, targets inside a sentence,
activities named in every activity plan line, a theme's lines that say what we do, the route's own words."""
from __future__ import annotations

import pytest

from proposal_builder.drafting import CriterionInfo, draft_proposal
from proposal_builder.drafting.checks import body_paragraphs, repeated_paragraphs
from proposal_builder.drafting.goal_section import goal_heading
from proposal_builder.drafting.wording import main_clause, partners_here
from proposal_builder.tender import Goal
from tests.drafting_samples import PROJECT, RESULT_NO_CONSENT, body_texts, open_docx, sample_request

ELSEWHERE = dict(PROJECT, partners=["Gemeente Zaanstad", "buurtteam Zaandam-Oost", "wijkverpleging", "GGD"])


def texts_of(request) -> list[str]:
    return body_texts(open_docx(draft_proposal(request).docx))


def in_rijnwaarde(route: str = "", criteria=()):
    request = sample_request(criteria=criteria, route=route)
    request.tender.municipalities, request.tender.municipality = ["Rijnwaarde"], "Rijnwaarde"
    request.records["P01"] = ELSEWHERE
    return request


def test_partners_of_a_project_elsewhere_are_named_here_only_as_kinds_of_partner():
    text = "\n".join(texts_of(in_rijnwaarde()))
    assert "Ook in Rijnwaarde werken wij hierin samen met wijkverpleging en GGD." in text
    assert "hierin samen met Gemeente Zaanstad" not in text and "werken wij hierin samen met buurtteam" not in text
    # where the partnership proved itself, in the past: the cooperation chapter names the town and period, and the
    # organisations there, not the municipality (which commissioned the work, no partner in a plan)
    assert "In Samen Thuis (Zaanstad, 2022–2024) werkten wij samen met buurtteam Zaandam-Oost, wijkverpleging en GGD" \
        in text
    # the project ran here: all of them but the municipality the proposal is addressed to
    assert partners_here(ELSEWHERE, ["Zaanstad"]) == [p for p in ELSEWHERE["partners"] if p != "Gemeente Zaanstad"]


def test_activity_plan_partners_are_those_of_this_place():
    texts = texts_of(in_rijnwaarde("subsidie"))
    plan = next(t for t in texts if t.startswith("In Rijnwaarde zetten wij Maatjes Dichtbij en Buurtkamer in"))
    assert ", samen met GGD en wijkverpleging." in plan and "Zaanstad" not in plan


def test_a_goal_that_says_who_wants_it_gets_a_heading_of_what_is_wanted():
    request = sample_request(criteria=())
    request.goals[2] = Goal("Het college wil dat jongeren een zinvolle vrijetijdsbesteding hebben.", kind="output")
    texts = texts_of(request)
    assert "Jongeren hebben een zinvolle vrijetijdsbesteding" in texts  # a main clause, the verb second
    assert "Uit de uitvraag: “Het college wil dat jongeren een zinvolle vrijetijdsbesteding hebben”." in texts
    assert not any(t.startswith("De gemeente wil: “Het college wil") for t in texts)


def test_a_target_continues_its_sentence_in_lower_case():
    request = sample_request(criteria=())
    request.goals[0].indicator, request.goals[0].target = "", "Minimaal 250 mantelzorgers per jaar"
    text = "\n".join(texts_of(request))
    assert "de streefwaarde van de gemeente: minimaal 250 mantelzorgers per jaar." in text
    assert ": Minimaal 250" not in text and "streefwaarde Minimaal" not in text


def test_the_plan_sentence_names_what_the_target_counts():
    request = sample_request(criteria=())
    request.goals[0].indicator = "Huisuitzettingen wegens betalingsachterstand"
    request.goals[0].target = "0"
    request.goals[1].indicator = "GGD-score eenzaamheid"
    request.goals[1].target = "ten hoogste 10%"
    text = "\n".join(texts_of(request))
    assert "de streefwaarde van de gemeente voor huisuitzettingen wegens betalingsachterstand: 0." in text
    assert "de streefwaarde van de gemeente voor GGD-score eenzaamheid: ten hoogste 10%." in text
    assert "de streefwaarde van de gemeente: 0." not in text
    request.goals[1].indicator = "Bron: GGD-monitor, aandeel eenzame ouderen"  # a colon inside: not in the sentence
    assert "de streefwaarde van de gemeente: ten hoogste 10%." in "\n".join(texts_of(request))


def test_every_activity_plan_line_names_its_activities_even_when_described_before():
    request = sample_request(criteria=(), route="subsidie")
    request.goals[1].evidence = ["M01", "M02"]
    lines = [t for t in texts_of(request) if "zetten wij Maatjes Dichtbij en Buurtkamer in" in t]
    assert [line.split(".")[0] for line in lines] == ["In Zaanstad zetten wij Maatjes Dichtbij en Buurtkamer in, samen "
                                                      "met Huisartsen Zaandam-Oost en Wijkverpleging",
                                                      "Ook voor dit doel zetten wij Maatjes Dichtbij en Buurtkamer in, "
                                                      "zoals beschreven in paragraaf 1"]
    assert lines[0].endswith("(M01, M02, P01)") and "(" not in lines[1]  # cited where described


def test_a_theme_with_a_project_or_a_result_only_says_what_we_do_here():
    request = sample_request(route="open house")
    request.goals[0].evidence, request.goals[1].evidence = ["P01"], ["R01"]
    request.fits = {1: {"P01"}, 2: {"R01"}, 3: set()}  # the project's result matches only the second theme
    texts = texts_of(request)
    assert any(t.startswith("In Zaanstad bouwen wij voort op Samen Thuis, dat wij in 2022–2024 in Zaanstad") for t in texts)
    assert any(t.startswith("In Zaanstad zetten wij voort wat werkte in Samen Thuis. In 2023 was bij Samen Thuis") for t in texts)
    assert not any(t.startswith("Wij bouwen daarbij") for t in texts)


def test_a_method_chosen_for_two_themes_gives_its_recognition_once():
    request = sample_request(route="open house")
    request.goals[1].evidence = ["M01"]
    text = "\n".join(texts_of(request))
    assert text.count("Maatjes Dichtbij is erkend als") == 1


def test_the_route_gives_its_own_words_for_criteria_and_summary():
    criteria = [CriterionInfo.of({"name": "Bijdrage aan de doelen", "weight": "40 punten"})]
    subsidy = texts_of(sample_request(criteria=criteria, route="subsidie"))
    assert "Beoordelingscriterium, weging 40 punten" in subsidy
    assert "Het voorstel volgt de beoordelingscriteria van de uitvraag, in dezelfde volgorde." in subsidy
    admission = texts_of(sample_request(route="open house"))
    assert any(t.startswith("Met deze aanmelding vraagt Stichting Welzijn Zaanstreek toelating tot") for t in admission)


def test_a_theme_whose_evidence_was_described_before_refers_there_instead_of_a_gap():
    request = sample_request(route="open house")
    request.goals[1].evidence = ["R01"]  # described under theme 1 already
    texts = texts_of(request)
    assert "Hieraan werken wij met dezelfde aanpak als in paragraaf 2.1. (R01)" in texts
    assert not any(t.startswith("[IN TE VULLEN DOOR DIRECTIE: bijdrage aan dit thema") for t in texts)


def test_an_activity_plan_section_opens_with_what_we_do_here():
    texts = texts_of(sample_request(criteria=(), route="subsidie"))
    at = texts.index("Wat wij doen in Zaanstad")
    assert texts[at + 1].startswith("In Zaanstad zetten wij Maatjes Dichtbij en Buurtkamer in")
    assert not any(t.startswith(("Activiteiten:", "Locaties:", "Doelgroep:")) for t in texts)  # sentences, no labels


def test_an_overview_of_mostly_dashes_is_left_out():
    request = sample_request(criteria=())
    assert "Aansluiting bij de doelen van de gemeente" in texts_of(request)  # 3 of its 6 cells a dash
    request.goals[0].evidence = ["M01"]  # an approach without a proven result: 4 of 6
    assert "Aansluiting bij de doelen van de gemeente" not in texts_of(request)


def test_a_criterion_on_reaching_the_target_groups_gets_a_reach_table_from_goals_and_evidence():
    criteria = [CriterionInfo.of({"name": "Aanpak", "weight": "50 punten", "goals": [1, 2, 3]}),
                CriterionInfo.of({"name": "Bereik van de doelgroepen, waaronder jonge mantelzorgers", "weight": "25"})]
    request = sample_request(criteria=criteria, route="subsidie")
    request.goals[2].target = "120 jongeren per jaar"
    request.goals[2].evidence = ["P01"]
    request.records["P01"] = dict(PROJECT, target_group="ouderen die weinig mensen zien")
    draft = draft_proposal(request)
    document = open_docx(draft.docx)
    header = ["Paragraaf", "Doelgroep", "Beoogd bereik", "Eerder bereikt"]
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == header)
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == [
        ["1.1", "ouderen die weinig mensen zien", "[aantal]", "180 ouderen (Zaanstad, 2022–2024) (P01)"],  # 8% is no reach
        ["1.2", "—", "[aantal]", "3,5 uur (2021–2022) (R02)"],
        ["1.3", "als bij 1.1", "120 jongeren per jaar", "180 ouderen (Zaanstad, 2022–2024) (P01)"]]
    assert any(p.text.startswith("[IN TE VULLEN DOOR DIRECTIE: hoe wij de doelgroepen bereiken") for p in document.paragraphs)
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []


def test_activities_and_project_chosen_for_two_goals_are_cited_once_and_never_repeat_a_line():
    request = sample_request(criteria=(), route="subsidie")
    request.goals[1].evidence = ["M01", "M02", "P01"]
    draft = draft_proposal(request)
    lines = [t for t in body_texts(open_docx(draft.docx)) if "zetten wij Maatjes Dichtbij en Buurtkamer in" in t]
    assert lines[1] == "Ook voor dit doel zetten wij Maatjes Dichtbij en Buurtkamer in, zoals beschreven in paragraaf 1.1."
    assert repeated_paragraphs(body_paragraphs(draft.docx)) == []


def test_a_reach_table_made_lean_keeps_the_goals_the_municipality_asks_a_reach_for():
    from proposal_builder.drafting.chapters import reach
    from proposal_builder.drafting.evidence import gather
    request = sample_request()
    request.goals[2].target = "120 jongeren per jaar"
    evidence = [gather([PROJECT], {}), gather([PROJECT], {}), gather([], {})]
    full = reach(request.goals, evidence, ["Zaanstad"], {0: "1.1", 1: "1.2", 2: "1.3"})
    lean = reach(request.goals, evidence, ["Zaanstad"], {0: "1.1", 1: "1.2", 2: "1.3"}, lean=True)
    assert [len(block.rows) for block in full if hasattr(block, "rows")] == [3]
    assert [len(block.rows) for block in lean if hasattr(block, "rows")] == [1]


def test_a_theme_with_only_a_result_of_no_chosen_project_reads_as_two_sentences():
    request = sample_request(route="open house")
    request.goals[1].evidence = ["R02"]  # a result record with no project
    texts = texts_of(request)
    assert any(t.startswith("In Zaanstad bouwen wij voort op wat ons eerdere werk opleverde. In 2021–2022 was de "
                            "uitkomst voor ‘gemiddelde uren respijt per week’: 3,5 uur.") for t in texts)
    assert not any("opleverde:" in t or "resultaat: " in t for t in texts)


def test_a_value_written_with_its_unit_does_not_get_it_twice():
    from proposal_builder.drafting.wording import value
    assert value("van 41% naar 17%", "%") == "van 41% naar 17%"
    assert value("23 van de 31 keten", "keten") == "23 van de 31 keten"
    assert value("€ 1,3 miljoen", "euro") == "€ 1,3 miljoen"  # not "€ 1,3 miljoen euro"
    assert value("72", "%") == "72%" and value("4.3", "score") == "4,3 score"
    request = sample_request(criteria=())
    request.records["R01"] = dict(request.records["R01"], value="van 41% naar 17%")
    text = "\n".join(texts_of(request))
    assert "van 41% naar 17%" in text and "17%%" not in text


def test_several_municipalities_take_a_plural_verb():
    request = sample_request(criteria=())
    request.tender.municipalities = ["Beekvelde", "Veenmarke"]
    request.goals[2] = Goal("Het college wil dat jongeren een zinvolle vrijetijdsbesteding hebben.", kind="output")
    text = "\n".join(texts_of(request))
    assert "de doelen die de gemeenten zelf hebben geformuleerd" in text
    assert "gemeenten zelf heeft" not in text and "De gemeenten wil:" not in text
    single = "\n".join(texts_of(sample_request(criteria=())))
    assert "de doelen die de gemeente zelf heeft geformuleerd" in single


def test_a_subsidys_costs_criterion_points_to_the_budget_not_to_a_price_form():
    criteria = [CriterionInfo.of({"name": "Bijdrage aan de doelen", "weight": "60 punten"}),
                CriterionInfo.of({"name": "Kosten in verhouding tot het bereik", "weight": "10 punten"})]
    subsidy = texts_of(sample_request(criteria=criteria, route="subsidie"))
    assert "De kosten en hun dekking staan in de begroting bij deze aanvraag." in subsidy
    assert not any("prijsformulier" in t for t in subsidy)
    tender = texts_of(sample_request(criteria=[*criteria[:1], CriterionInfo.of({"name": "Prijs", "weight": "40%"})],
                                     route="aanbesteding"))
    assert any("prijsformulier" in t for t in tender)


def test_a_tender_title_in_capitals_is_written_as_a_sentence_in_the_draft():
    request = sample_request(criteria=())
    request.tender.title = "OPEN HOUSE SOCIALE BASIS IN DE KERNEN VAN ZAANSTAD 2027–2030"
    request.tender.__post_init__()
    document = open_docx(draft_proposal(request).docx)
    text = "\n".join(body_texts(document))
    assert "Open house sociale basis in de kernen van Zaanstad 2027–2030" in text
    assert "SOCIALE BASIS" not in text
    from proposal_builder.dutch import unshouted
    assert unshouted("AANBESTEDING WMO-BEGELEIDING GEMEENTE TER MARNE", ["Ter Marne"]) == \
        "Aanbesteding WMO-begeleiding gemeente Ter Marne"
    assert unshouted("Sociale basis Zaanstad 2026-2029") == "Sociale basis Zaanstad 2026-2029"  # not shouting


def test_a_second_method_in_one_section_is_added_not_announced_again():
    request = sample_request(criteria=())
    request.goals[0].evidence = ["M01", "M02"]
    text = "\n".join(texts_of(request))
    assert "In Zaanstad zetten wij Maatjes Dichtbij in" in text
    assert "Daarnaast zetten wij Buurtkamer in" in text
    assert "In Zaanstad zetten wij Buurtkamer in" not in text


def test_the_municipality_addressed_is_no_partner_of_its_own_proposal():
    project = {"municipality": "Zaanstad", "partners": ["Gemeente Zaanstad", "GGD Zaanstreek",
                                                          "Gemeente  Zaanstad (Kredietbank)"]}
    assert partners_here(project, ["Zaanstad"]) == ["GGD Zaanstreek", "Gemeente  Zaanstad (Kredietbank)"]


def test_a_target_without_an_approach_before_it_is_no_daarmee_and_asks_for_the_approach():
    request = sample_request(criteria=())
    request.goals[1].indicator, request.goals[1].target = "Aandeel overbelaste mantelzorgers", "ten hoogste 12%"
    request.records[RESULT_NO_CONSENT["ref"]] = {**RESULT_NO_CONSENT, "project": ""}  # no project to carry on
    texts = texts_of(request)
    at = texts.index("Wij werken toe naar de streefwaarde van de gemeente voor aandeel overbelaste mantelzorgers: "
                     "ten hoogste 12%.")
    assert texts[at + 1].startswith("[IN TE VULLEN DOOR DIRECTIE: aanpak — hoe u hier naar deze streefwaarde")
    assert not any(t.startswith("Daarmee") for t in texts)


@pytest.mark.parametrize("clause, heading", [
    ("Minder ouderen zich ernstig eenzaam voelen", "Minder ouderen voelen zich ernstig eenzaam"),
    ("Inwoners met geldzorgen eerder bereikt worden", "Inwoners met geldzorgen worden eerder bereikt"),
    ("Kwetsbare inwoners langer zelfstandig thuis kunnen blijven wonen",
     "Kwetsbare inwoners kunnen langer zelfstandig thuis blijven wonen"),
    ("Inwoners met een hulpvraag één vast aanspreekpunt hebben dat met hen meedenkt",
     "Inwoners met een hulpvraag hebben één vast aanspreekpunt dat met hen meedenkt"),
    ("Er in elke kern een ontmoetingsplek is die voor alle ouderen open is",
     "Er is in elke kern een ontmoetingsplek die voor alle ouderen open is"),
    ("Bewoners zich verantwoordelijk voelen voor hun buurt", None),  # a phrase after the verb: left as it is
    ("Er in de gemeente zelf een plek is voor dagactiviteiten",  # a short phrase after "is" stays at the end
     "Er is in de gemeente zelf een plek voor dagactiviteiten"),
    ("Jongeren vaker meedoen aan activiteiten", None),  # "activiteiten" after "aan" is a noun, not the verb
    ("Inwoners met een krappe beurs grip houden op hun vaste lasten", None),  # "lasten" ends "op hun vaste ..."
    ("Inwoners met schulden op tijd hulp krijgen", "Inwoners met schulden krijgen op tijd hulp"),
    ("Inwoners die zorgen voor een naaste dit langer kunnen volhouden", None),  # a relative clause in the subject
])
def test_a_wanted_clause_becomes_a_main_clause_where_its_word_order_is_clear(clause, heading):
    assert main_clause(clause) == heading


def test_wanting_to_bring_about_or_to_see_is_what_is_wanted():
    from proposal_builder.drafting.wording import wanted
    assert wanted("De gemeente wil graag zien dat ouderen zich minder eenzaam voelen.") == \
        "Ouderen zich minder eenzaam voelen."
    assert goal_heading(Goal("Wij willen bereiken dat mantelzorgers zich gesteund voelen.")) == \
        "Mantelzorgers voelen zich gesteund"


def test_a_result_whose_indicator_names_what_it_counts_is_not_followed_by_that_unit_again():
    request = sample_request()
    request.records["R02"] = dict(RESULT_NO_CONSENT, indicator="mantelzorgers met respijt per week", value="46",
                                  unit="mantelzorgers")
    request.records["R01"] = dict(request.records["R01"], indicator="deelnemers die zich minder eenzaam voelen",
                                  value="72", unit="%")
    text = "\n".join(texts_of(request))
    assert "In 2021–2022 bereikten wij 46 mantelzorgers met respijt per week." in text  # not "46 mantelzorgers (…)"
    assert "de uitkomst voor ‘deelnemers die zich minder eenzaam voelen’: 72%." in text  # a share keeps its sign


def test_a_share_stored_without_its_head_noun_reads_as_a_share():
    request = sample_request(criteria=(), route="subsidie")
    request.records["R01"] = dict(request.records["R01"], indicator="deelnemers dat zich minder eenzaam voelt",
                                  value="72", unit="%")
    text = "\n".join(texts_of(request))
    assert "In 2023 was het aandeel deelnemers dat zich minder eenzaam voelt bij Samen Thuis in Zaanstad 72%." in text
    assert "Deelnemers dat" not in text


def test_a_share_or_an_amount_reached_before_is_no_reach():
    criteria = [CriterionInfo.of({"name": "Aanpak", "weight": "50 punten", "goals": [1, 2, 3]}),
                CriterionInfo.of({"name": "Bereik van de doelgroepen", "weight": "25"})]
    request = sample_request(criteria=criteria, route="subsidie")
    request.records["R02"] = dict(request.records["R02"], indicator="mantelzorgers die het volhouden",
                                  value="3 op de 4", unit="")
    document = open_docx(draft_proposal(request).docx)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Paragraaf")
    assert [row.cells[0].text for row in table.rows[1:]] == ["1.1"]  # 1.2 reached "3 op de 4": a share


def test_a_theme_with_a_method_and_a_project_names_where_we_did_it_once():
    request = sample_request(route="open house")
    request.goals[0].evidence, request.goals[1].evidence = ["M01", "P01"], ["M01", "P01"]
    texts = texts_of(request)
    assert sum("Wij bouwen daarbij voort op Samen Thuis, dat wij in 2022–2024 in Zaanstad uitvoerden." in t
               for t in texts) == 1


def test_a_theme_with_a_result_alone_says_for_whom_we_did_that_work():
    request = sample_request(route="open house")
    request.records["R02"] = dict(request.records["R02"], target_group="mantelzorgers van mensen met dementie")
    texts = texts_of(request)
    assert any(t.startswith("In Zaanstad bouwen wij voort op ons werk voor mantelzorgers van mensen met dementie. ")
               for t in texts)
    assert not any("bouwen wij voort op wat ons eerdere werk opleverde" in t for t in texts)


def test_a_method_whose_recognition_stands_under_an_earlier_goal_is_pointed_to_not_left_to_fill():
    request = sample_request(criteria=(), route="subsidie")
    request.goals[0].evidence, request.goals[1].evidence = ["M01"], ["M01"]
    texts = texts_of(request)
    second = texts[texts.index(goal_heading(request.goals[1])) + 1: texts.index(goal_heading(request.goals[2]))]
    assert "De erkenning staat in paragraaf 1.1. (M01)" in second
    assert not any("onderbouwing" in t for t in second)
    request = sample_request(criteria=())  # a plan: what we do already points to where the method is described
    request.goals[0].evidence, request.goals[1].evidence = ["M01"], ["M01"]
    texts = texts_of(request)
    second = texts[texts.index(goal_heading(request.goals[1])) + 1: texts.index(goal_heading(request.goals[2]))]
    assert any("de werkwijze en de resultaten staan in paragraaf" in t for t in second)
    assert not any("onderbouwing" in t for t in second)


def test_the_activity_carried_on_from_a_project_in_another_town_is_the_method_it_applied():
    request = in_rijnwaarde("subsidie")  # the project ran in Zaanstad and applied Maatjes Dichtbij
    request.goals[1].evidence = ["R01"]
    texts = texts_of(request)
    assert "In Rijnwaarde zetten wij Maatjes Dichtbij in." in texts
    assert not any(t.startswith("In Rijnwaarde zetten wij Samen Thuis") for t in texts)
    request = sample_request(criteria=(), route="subsidie")  # the project of this municipality is named as carried on,
    request.goals[1].evidence = ["R01"]                      # not as an activity (its summary names none)
    texts = texts_of(request)
    assert "In Zaanstad bouwen wij voort op Samen Thuis." in texts
    assert not any(t.startswith("In Zaanstad zetten wij Samen Thuis") for t in texts)


def test_an_activity_plan_line_continues_the_target_in_lower_case():
    request = sample_request(criteria=(), route="subsidie")
    request.goals[0].indicator, request.goals[0].target = "", "Minimaal 250 jongeren per jaar"
    texts = texts_of(request)
    assert any(t.endswith("streefwaarde van de gemeente: minimaal 250 jongeren per jaar. (M01, M02, P01)") for t in texts)
    assert not any("Minimaal 250" in t for t in texts)


def test_a_bare_plural_counted_reads_as_a_count_and_a_mark_does_not():
    request = sample_request(criteria=(), route="subsidie")
    request.records["R01"] = dict(request.records["R01"], indicator="Huisbezoeken", value="1030", unit="")
    request.records["R02"] = dict(request.records["R02"], indicator="Tevredenheid mantelzorgers", value="8", unit="")
    text = "\n".join(texts_of(request))
    assert "In 2023 telden wij bij Samen Thuis in Zaanstad 1.030 huisbezoeken." in text
    assert "Aantal huisbezoeken — nulmeting: 1.030 (2023) (R01)" in text
    assert "de uitkomst voor ‘tevredenheid mantelzorgers’: 8." in text and "Aantal tevredenheid" not in text


def test_a_count_whose_indicator_says_what_was_done_reads_in_the_passive():
    from proposal_builder.drafting.wording import result_sentence
    assert result_sentence("inwoners geholpen", "86", "", "2024", "Gravelinge", "Maatschappelijk werk") == \
        "In 2024 werden bij Maatschappelijk werk in Gravelinge 86 inwoners geholpen."  # not "bereikten wij … geholpen"
    assert result_sentence("aantal huisbezoeken afgelegd", "1030", "", "sinds 2022", "", "Thuis") == \
        "Sinds 2022 worden bij Thuis 1.030 huisbezoeken afgelegd."
    # no participle, a preposition before it, a share: as before
    assert result_sentence("deelnemers", "40", "", "2024", "", "Thuis") == "In 2024 bereikten wij met Thuis 40 deelnemers."
    assert "uitkomst voor ‘jongeren in beeld’" in result_sentence("jongeren in beeld", "40", "", "2024", "", "Thuis")
    assert "werden" not in result_sentence("inwoners geholpen", "72", "%", "2024", "", "Thuis")
