"""Goal sections as a plan in sentences: what we do here, by whom and how often, and what our work achieved,
composed from the records' fields; the deployment asked once per activity, not once per goal."""
from __future__ import annotations

import datetime as dt

import pytest

from proposal_builder.drafting import activity_words, check_draft, draft_proposal, wording
from proposal_builder.drafting.document import PLACEHOLDER_TEXT
from proposal_builder.drafting.goal_section import DEPLOYMENT_HEADER, DEPLOYMENT_TITLE, goal_heading
from proposal_builder.drafting.staffing import often, referred_by, staff
from proposal_builder.drafting.wording import result_sentence, still_running, when_done, when_phrase
from tests.drafting_samples import PROJECT, body_texts, open_docx, sample_request

STAFFED = dict(PROJECT, summary="Sinds 2022 voeren drie mantelzorgconsulenten (samen 2,4 fte) huisbezoeken af. Het "
                                "steunpunt is vier dagdelen per week open.")


def deployment_rows(document) -> list[list[str]]:
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == DEPLOYMENT_HEADER)
    return [[c.text for c in row.cells] for row in table.rows[1:]]


@pytest.mark.parametrize("summary, who, how_often", [
    ("Sinds 2020 werken vier jongerenwerkers (samen 3,2 fte) in twee wijken. Zij zijn vijf avonden per week op straat.",
     "vier jongerenwerkers (samen 3,2 fte)", "vijf avonden per week"),
    ("Ruim veertig vrijwilligers en een coördinator ondersteunen gezinnen.", "ruim veertig vrijwilligers en een coördinator", ""),
    ("Een coordinator (0,8 fte) doet de intake en koppelt twee bemiddelaars aan elke zaak.",
     "een coordinator (0,8 fte) en twee bemiddelaars", ""),
    ("Dertig tot veertig getrainde maatjes gaan wekelijks bij inwoners thuis langs.",
     "dertig tot veertig getrainde maatjes", "wekelijks"),
    ("Zij zijn elke schooldag op school.", "", "elke schooldag"),
    ("di en do avond, 1 jw + 1 vw, jongeren komen zelf met ideeën", "", ""),  # a shorthand list: not guessed at
    ("In 2023 ondersteunden 52 vrijwilligers 64 gezinnen.", "", ""),  # what was reached in a past year
    ("Via Taal aan Tafel oefent elke nieuwkomer een uur per week met een vrijwilliger.", "", "een uur per week"),
    ("eind '24: 46 vw actief", "46 vrijwilligers", ""),  # shorthand written out, in the plural after a count
    ("draait op vw met 1 opbouwwerker op de achtergrond", "één opbouwwerker", ""),  # one, in a word
    ("Negen bewoners houden de huiskamer open. Een buurtwerker van ons ondersteunt het team.", "een buurtwerker", ""),
])
def test_who_does_the_work_and_how_often_are_read_from_the_description(summary, who, how_often):
    record = {"type": "project", "summary": summary}
    assert staff(record) == who and often(record) == how_often


def test_an_activity_plan_says_in_the_present_tense_who_does_the_work_here_how_often_and_with_whom():
    request = sample_request(criteria=(), route="subsidie")
    request.records["P01"] = STAFFED
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert "In Zaanstad zetten wij Maatjes Dichtbij en Buurtkamer in, samen met Huisartsen Zaandam-Oost en " \
           "Wijkverpleging. Daarvoor zetten wij drie mantelzorgconsulenten (samen 2,4 fte) in, vier dagdelen per " \
           "week. Daarmee werken wij toe naar de streefwaarde van de gemeente voor aandeel ernstig eenzamen: 8% in " \
           "2027. (M01, M02, P01)" in texts
    assert not any(t.startswith(("Activiteiten:", "Doelgroep:", "Locaties:", "Partners:")) for t in texts)


def test_staff_of_a_project_in_another_town_is_what_it_takes_there_not_what_we_deploy_here():
    request = sample_request(criteria=(), route="subsidie")
    request.tender.municipalities, request.tender.municipality = ["Rijnwaarde"], "Rijnwaarde"
    request.records["P01"] = STAFFED
    document = open_docx(draft_proposal(request).docx)
    assert any("In Zaanstad werken daarin nu drie mantelzorgconsulenten (samen 2,4 fte), vier dagdelen per week." in t
               for t in body_texts(document))
    assert deployment_rows(document) == [["Maatjes Dichtbij en Buurtkamer", "1.1",
                                          "[fte en vrijwilligers; in Zaanstad nu drie mantelzorgconsulenten (samen "
                                          "2,4 fte)]"]]


def test_our_results_read_as_sentences_with_figure_period_place_and_the_work():
    request = sample_request(criteria=(), route="subsidie")
    request.records["P01"] = dict(PROJECT, period="sinds 2023")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    why = texts[texts.index("Waarom het werkt", texts.index(goal_heading(request.goals[0]))) + 3]
    assert why == "In 2023 was bij Samen Thuis in Zaanstad de uitkomst voor ‘deelnemers die zich minder eenzaam " \
                  "voelen’: 72%. Sinds 2023 bereiken wij met Samen Thuis in Zaanstad 180 ouderen. (R01, P01)"


def test_the_deployment_is_asked_once_per_activity_and_filled_where_the_records_know_it():
    request = sample_request(criteria=(), route="subsidie")
    request.goals[1].evidence = ["M01", "M02", "P01"]  # the same activities as goal 1
    before = check_draft(draft_proposal(request), request, soffice="").placeholders
    document = open_docx(draft_proposal(request).docx)
    texts = body_texts(document)
    assert DEPLOYMENT_TITLE in texts
    assert deployment_rows(document) == [["Maatjes Dichtbij en Buurtkamer", "1.1, 1.2", "[fte en vrijwilligers]"]]
    assert not any(t.startswith(PLACEHOLDER_TEXT) and "beroepskrachten (fte)" in t for t in texts)  # none under a goal
    request.records["P01"] = STAFFED  # the project of this municipality says who does it
    draft = draft_proposal(request)
    rows = deployment_rows(open_docx(draft.docx))
    assert rows == [["Maatjes Dichtbij en Buurtkamer", "1.1, 1.2", "Drie mantelzorgconsulenten (samen 2,4 fte) (P01)"]]
    assert check_draft(draft, request, soffice="").placeholders == before - 1


def test_a_chapter_on_staff_names_who_does_the_work_in_the_chosen_projects_before_what_is_left_to_write():
    request = sample_request(criteria=(), route="subsidie")
    request.records["P01"] = dict(STAFFED, period="sinds 2022")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    chapter = texts[texts.index("Personeel en deskundigheid"):]
    assert chapter[1:3] == ["Wie het werk doet, zoals in ons huidige werk:",
                            "In Samen Thuis (Zaanstad, sinds 2022) werken drie mantelzorgconsulenten (samen 2,4 fte). (P01)"]
    assert chapter[3].startswith("Onze medewerkers en vrijwilligers werken met erkende methoden: Maatjes Dichtbij")
    assert chapter[4].startswith(PLACEHOLDER_TEXT + ": personeel en deskundigheid — inzet in fte voor deze opdracht")
    request.records["P01"] = PROJECT  # no count of people: the chapter is the director's, as before
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert texts[texts.index("Personeel en deskundigheid") + 2].startswith(PLACEHOLDER_TEXT + ": personeel en "
                                                                            "deskundigheid — inzet in fte, opleiding")


def test_a_result_chosen_without_its_project_names_the_work_behind_it_instead_of_a_place_to_fill():
    request = sample_request(criteria=())
    request.goals[0].evidence, request.goals[1].evidence = ["M01"], ["R01"]  # P01 is known, but chosen for no goal
    texts = body_texts(open_docx(draft_proposal(request).docx))
    section = texts[texts.index(goal_heading(request.goals[1])):texts.index(goal_heading(request.goals[2]))]
    assert section[2] == "Wij zetten in Zaanstad de aanpak van Samen Thuis voort; wat die opleverde, staat hieronder."
    assert "In 2023 was bij Samen Thuis in Zaanstad de uitkomst voor ‘deelnemers die zich minder eenzaam voelen’: " \
           "72%. (R01)" in section
    assert not any(t.startswith(PLACEHOLDER_TEXT + ": aanpak") for t in section)


@pytest.mark.parametrize("summary, who", [
    ("Gezinnen worden aangemeld door het consultatiebureau, het jeugd- en gezinsteam, het sociaal team of melden "
     "zich zelf.", "het consultatiebureau, het jeugd- en gezinsteam en het sociaal team"),
    ("Verloskundigen, huisartsen en de jeugdgezondheidszorg melden aan.", "verloskundigen, huisartsen en de "
                                                                          "jeugdgezondheidszorg"),
    ("Mantelzorgers komen bij ons binnen via de huisarts en het wijkteam.", "de huisarts en het wijkteam"),
    ("Jongeren met vragen begeleiden zij zelf of verwijzen zij door.", ""),  # what we do, not who refers
])
def test_who_refers_people_is_read_from_the_description(summary, who):
    assert referred_by({"type": "project", "summary": summary}) == who


def test_the_reach_chapter_says_who_refers_people_now_before_what_is_left_to_write():
    request = sample_request(criteria=("Bereik van de doelgroepen (20 punten)", "Plan van aanpak (60 punten)"),
                             route="subsidie")
    request.records["P01"] = dict(PROJECT, summary="Ouderen worden aangemeld door de wijkverpleging en de huisarts.",
                                  period="sinds 2022")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    chapter = texts[texts.index("Bereik van de doelgroepen"):]
    at = chapter.index("Zo komen de doelgroepen nu bij ons binnen:")
    assert chapter[at + 1] == "In Samen Thuis (Zaanstad, sinds 2022) komen aanmeldingen van de wijkverpleging en de " \
                              "huisarts. (P01)"
    assert chapter[at + 2] == "Wij zoeken de doelgroepen ook zelf op: op laagdrempelige plekken in de wijk. (M02)"
    assert chapter[at + 3] == PLACEHOLDER_TEXT + ": hoe wij de doelgroepen bereiken — afspraken met de gemeente en " \
                              "partners over toeleiding in deze opdracht]"


@pytest.mark.parametrize("period, opening", [
    ("2024", "In 2024"), ("2021-2024", "In 2021–2024"), ("schooljaar 2023/2024", "In schooljaar 2023/2024"),
    ("2023/2024", "In schooljaar 2023/2024"), ("zomer 2024", "In de zomer van 2024"),
    ("najaar 2023", "In het najaar van 2023"), ("sinds najaar 2023", "Sinds najaar 2023"), ("", "Eerder")])
def test_a_results_period_opens_its_sentence(period, opening):
    assert when_phrase(period) == opening


def test_a_change_reads_as_a_fall_or_a_rise():
    assert result_sentence("meldingen jeugdoverlast (politie)", "van 146 naar 97", "meldingen per jaar", "2022-2024",
                           "Marrevoort", "project A") == "In 2022–2024 daalde bij project A in Marrevoort het aantal " \
                                                         "meldingen jeugdoverlast (politie) van 146 naar 97 meldingen per jaar."
    assert result_sentence("vertrouwen in de eigen opvoeding (score 1-10)", "van 5,8 naar 7,4", "score", "2024", "", "") \
        == "In 2024 steeg de score voor ‘vertrouwen in de eigen opvoeding (score 1-10)’ van 5,8 naar 7,4."


def test_a_place_the_works_name_already_holds_is_not_said_twice():
    assert result_sentence("aandeel deelnemers dat zelf online zaken regelt", "74", "%", "2024", "Durkerland en Wierland",
                           "Digitaal meedoen in Durkerland en Wierland") == \
        "In 2024 was het aandeel deelnemers dat zelf online zaken regelt bij Digitaal meedoen in Durkerland en " \
        "Wierland 74%."
    # a place the name does not hold, or holds only as part of another name, is still said
    assert result_sentence("aantal opvoedvragen", "218", "vragen", "2024", "Marrevoort", "Opvoedpunt Ommerzijl") == \
        "In 2024 telden wij bij Opvoedpunt Ommerzijl in Marrevoort 218 vragen (aantal opvoedvragen)."
    assert "in Wierland" in result_sentence("huisbezoeken", "210", "", "2024", "Wierland", "Huisbezoek Oost-Wierland")


@pytest.mark.parametrize("period, year, since", [
    ("2023-2026", 2026, "2023"), ("2023–2028", 2026, "2023"), ("2019–2025", 2026, ""), ("2027–2029", 2026, ""),
    ("sinds 2021", 2026, "2021"), ("2021 - heden", 2026, "2021"), ("2024", 2026, "")])
def test_work_whose_years_have_not_ended_is_still_running(period, year, since):
    assert still_running(period, year) == since


def test_a_project_running_this_year_is_described_in_the_present_tense():
    year = dt.date.today().year
    assert when_done(f"{year - 3}-{year}") == (f"sinds {year - 3} ", "uitvoeren")
    assert when_done(f"{year - 4}-{year - 1}") == (f"in {year - 4}–{year - 1} ", "uitvoerden")


@pytest.mark.parametrize("people, verb", [
    ("een ouderenadviseur", "werkt"), ("één coördinator (0,8 fte)", "werkt"), ("vier jongerenwerkers", "werken"),
    ("een coördinator en twaalf vrijwilligers", "werken")])
def test_one_person_at_work_takes_a_singular_verb(people, verb):
    line = wording.say("team_line_now" + wording.one(people), project="Samen Thuis", where=" (Zaanstad)", staff=people)
    assert line == f"In Samen Thuis (Zaanstad) {verb} {people}."


def test_a_count_of_nought_reads_as_none():
    assert result_sentence("huisuitzettingen wegens huurachterstand", "0", "huisuitzettingen", "2024", "Durkerland",
                           "Vroeg Erbij") == "In 2024 waren er bij Vroeg Erbij in Durkerland geen huisuitzettingen " \
                                            "wegens huurachterstand."
    assert result_sentence("aandeel trajecten met terugval", "0", "%", "2024", "", "") == \
        "In 2024 was het aandeel trajecten met terugval 0%."  # a share of nought stays a figure


@pytest.mark.parametrize("value", ["twee derde", "drie kwart", "de helft", "een vijfde"])
def test_a_share_written_as_a_fraction_in_words_is_an_outcome_not_a_count(value):
    assert result_sentence("meer overzicht over geld", value, "", "2024-2025", "Marrevoort", "Geldhulp Marrevoort") == \
        f"In 2024–2025 was bij Geldhulp Marrevoort de uitkomst voor ‘meer overzicht over geld’: {value}."


def test_the_draft_says_none_rather_than_counting_nought():
    request = sample_request(criteria=(), route="subsidie")
    request.records["R01"] = dict(request.records["R01"], indicator="huisuitzettingen wegens huurachterstand",
                                  value="0", unit="huisuitzettingen", story="")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert any("geen huisuitzettingen wegens huurachterstand" in t for t in texts)
    assert not any(" 0 huisuitzettingen" in t for t in texts)


@pytest.mark.parametrize("summary, offered", [
    ("In Durkum is wekelijks een Digicafé waar vrijwilligers vragen beantwoorden. Daarnaast geven vrijwilligers de "
     "cursus Digi-Stappen in dorpshuizen.", ["een Digicafé", "de cursus Digi-Stappen"]),
    ("Consulenten voeren balansgesprekken, organiseren lotgenotengroepen en houden spreekuur in Durkum.",
     ["balansgesprekken", "lotgenotengroepen", "een spreekuur"]),
    ("vw-maatje 1x pw op bezoek, coördinator 20 u, 2 terugkomavonden per jaar voor maatjes", []),  # for volunteers
    ("De adviseur zet signalen door naar het Wmo-loket of de valpreventiecursus.", []),  # referred to, not offered
    ("Maatjes voor ouderen in twee wijken.", []),
    ("Op de woensdagochtend Digicafé in de bibliotheek; op school de training Rots en Water.",  # a day is no activity
     ["een Digicafé", "de training Rots en Water"]),
    ("Chauffeurs rijden ouderen naar de huisarts of op familiebezoek.", []),  # where people go, not what we offer
])
def test_what_a_project_offers_is_read_from_its_description(summary, offered):
    assert activity_words.activities(summary) == offered


@pytest.mark.parametrize("period, when", [
    ("2020 – eind 2024", "van 2020 tot eind 2024 "), ("oktober 2023 – december 2024", "van oktober 2023 tot december 2024 "),
    ("2021-2024", "in 2021–2024 ")])
def test_a_span_with_words_reads_from_to(period, when):
    assert when_done(period) == (when, "uitvoerden")


def test_a_plan_building_on_a_project_alone_says_what_it_offers_here():
    request = sample_request(criteria=())
    request.goals[0].evidence.remove("P01")  # described first under the second goal, with no method before it
    request.goals[1].evidence = ["P01"]
    request.records["P01"] = dict(PROJECT, summary="Consulenten voeren balansgesprekken en houden spreekuur in het "
                                                   "buurthuis.")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    para = next(t for t in texts if t.startswith("In Zaanstad bouwen wij voort op Samen Thuis"))
    assert "Hier bieden wij balansgesprekken en een spreekuur." in para
