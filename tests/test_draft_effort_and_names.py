"""What the director no longer fills or corrects in a subsidy draft: effort staff wrote in their own words ("1 begeleider
(24u)", "coördinator 20 u") read into the deployment table and costed against the profile's full week, one project's
people costed once, shorthand and names in titles written out as the records write them, and a page budget of one
page in the singular (real .docx)."""
from __future__ import annotations

import pytest

from knowledge_base.records import normalise
from proposal_builder.drafting import check_draft, draft_proposal
from proposal_builder.drafting.budget import WEEK_FIX
from proposal_builder.drafting.models import Library
from proposal_builder.drafting.places import places_left
from proposal_builder.drafting.record_words import shown_records
from proposal_builder.drafting.requirement_answers import commitment_answer, evidence_answer
from proposal_builder.drafting.staffing import fte, staff
from tests.drafting_samples import PROJECT, body_texts, open_docx
from tests.test_drafting_routes import CRITERIA, request_for
from tests.test_organisation_profile import PROFILE, _table


def _subsidy(summary: str, full_week: str | None = "36", **project):
    request = request_for("subsidie", budget="€ 450.000 per jaar")
    request.records["P01"] = {**PROJECT, "summary": summary, **project}
    request.library = Library(organisation=normalise({**PROFILE, **({"full_week": full_week} if full_week else {})}))
    return request


@pytest.mark.parametrize("summary, who, counted", [
    ("mb statushouders sinds '25, 1 begeleider (24u), huisbezoeken in de dorpen", "één begeleider (24 uur per week)", 0.67),
    ("aanmelding via POH of zelf. coördinator 20 u, 2 terugkomavonden per jaar", "een coördinator (20 uur per week)", 0.56),
    ("Een coördinator (2 dagen per week) werft de vrijwilligers.", "een coördinator (2 dagen per week)", 0.4),
    ("De coördinator (0,5 fte) werft vrijwilligers.", "een coördinator (0,5 fte)", 0.5),
    ("Een ouderenadviseur en een mantelzorgconsulent (samen 1,0 fte) wonen zelf op het eiland.",
     "een ouderenadviseur en een mantelzorgconsulent (samen 1,0 fte)", 1.0),
    ("Ruim veertig vrijwilligers en een coördinator (16 uur p/w) dragen de inloop.",
     "ruim veertig vrijwilligers en een coördinator (16 uur per week)", 0.44),
    # a paid role without its effort: no fte is guessed for it
    ("Een coordinator (0,8 fte) doet de intake en koppelt twee bemiddelaars aan elke zaak.",
     "een coordinator (0,8 fte) en twee bemiddelaars", None),
    ("Vier jongerenwerkers zijn op vaste avonden op straat.", "vier jongerenwerkers", None),
    ("inloop ma t/m vr 10-16u met koffie en een klusgroep", "", None),  # opening hours follow no role
    # partial effort as staff write it: after a comma, with what the role works on, "u/w", a year before the role
    ("24 vw, coördinator 0,4 fte.", "24 vrijwilligers en een coördinator (0,4 fte)", 0.4),
    ("Twee consulenten geldzaken (1,6 fte) gaan op huisbezoek.", "twee consulenten geldzaken (1,6 fte)", 1.6),
    ("sinds '25 ook in aldewold, 1 coach 16 u/w, 2 van de 4 praktijken doen mee", "één coach (16 uur per week)", 0.44),
    ("sinds '24 dorpshuiscoach (0,6 fte) voor de 5 dorpshuizen", "een dorpshuiscoach (0,6 fte)", 0.6),
    ("Een coördinator (twee dagdelen per week) werft vrijwilligers.", "een coördinator (twee dagdelen per week)", 0.2),
    ("coördinator 8 uur, 12 vrijwilligers", "een coördinator (8 uur per week) en 12 vrijwilligers", 0.22),
    # one person of ours there so many mornings a week: that effort; a place open so many mornings is none
    ("Huisartsen verwijzen naar onze welzijnscoach, die twee ochtenden per week in het centrum spreekuur houdt.",
     "een welzijnscoach (twee dagdelen per week)", 0.2),
    ("2 of 3 ochtenden per week open, draait op vw met 1 opbouwwerker op de achtergrond", "één opbouwwerker", None),
    ("Een jongerenwerker houdt op beide scholen elke twee weken spreekuur.", "een jongerenwerker", None),
    ("wonen), ma t/m vr open, gerund door vw met 1 sociaal werker", "één sociaal werker", None),  # one, not plural
])
def test_effort_is_read_from_the_staff_own_words_and_counted_only_where_given(summary, who, counted):
    found = staff({"type": "project", "summary": summary})
    assert found == who
    assert fte(found, 36) == counted


def test_hours_per_week_are_costed_against_the_profiles_full_week_with_the_records_words_kept():
    draft = draft_proposal(request := _subsidy("Maatjes voor ouderen. 1 begeleider (24u), huisbezoeken in de wijk."))
    document = open_docx(draft.docx)
    deployment = _table(document, "Activiteit")
    assert deployment[0][2] == "Eén begeleider (24 uur per week) (P01)"
    row = next(r for r in _table(document, "Kostenpost") if r[0].startswith("Maatjes Dichtbij"))
    assert row[1:] == ["0,67 fte (24 uur per week)", "€ 54.940 per jaar (0,67 × € 82.000)"]
    texts = body_texts(document)
    assert any("Daarvoor zetten wij één begeleider (24 uur per week) in" in t for t in texts)
    assert any("met een volledige werkweek van 36 uur" in t for t in texts)
    untraced = [u.number for u in check_draft(draft, request, soffice="").untraced]
    assert not [n for n in untraced if n in ("54.940", "0,67", "24")]


def test_a_records_partial_effort_in_dagdelen_is_costed_in_the_budget_not_left_to_fill():
    request = _subsidy("Huisartsen verwijzen naar onze welzijnscoach, die twee ochtenden per week in het centrum "
                       "spreekuur houdt.")
    draft = draft_proposal(request)
    document = open_docx(draft.docx)
    assert _table(document, "Activiteit")[0][2] == "Een welzijnscoach (twee dagdelen per week) (P01)"
    row = next(r for r in _table(document, "Kostenpost") if r[0].startswith("Maatjes Dichtbij"))
    assert row[1:] == ["0,2 fte", "€ 16.400 per jaar (0,2 × € 82.000)"]
    assert not [p for p in places_left(draft.outline, request.goals) if "fte" in p.what and p.chapter == "Begroting"]
    assert not [u.number for u in check_draft(draft, request, soffice="").untraced if u.number in ("16.400", "0,2")]


def test_the_volunteer_line_of_the_budget_names_the_volunteers_the_records_count_and_leaves_the_amount():
    draft = draft_proposal(request := _subsidy("Ruim veertig vrijwilligers en een coördinator (0,8 fte) ondersteunen "
                                               "gezinnen."))
    row = next(r for r in _table(open_docx(draft.docx), "Kostenpost") if r[0] == "Vrijwilligersvergoedingen en training")
    assert row == ["Vrijwilligersvergoedingen en training", "ruim veertig vrijwilligers (Maatjes Dichtbij en Buurtkamer)",
                   "[bedrag]"]  # how many the records say; what they cost stays the director's
    assert not check_draft(draft, request, soffice="").untraced


def test_without_a_full_week_hours_stay_a_place_fixed_once_in_the_profile():
    request = _subsidy("Maatjes voor ouderen. 1 begeleider (24u), huisbezoeken in de wijk.", full_week=None)
    draft = draft_proposal(request)
    rows = _table(open_docx(draft.docx), "Kostenpost")
    assert rows[0][1:] == ["één begeleider (24 uur per week)", "[fte × € 82.000]"]
    place = next(p for p in places_left(draft.outline, request.goals) if p.what.endswith("fte × € 82.000"))
    assert place.fix == WEEK_FIX


def test_one_projects_people_under_two_activities_are_costed_once_and_the_table_says_so():
    request = _subsidy("Maatjes voor ouderen in twee wijken. Een coördinator (0,8 fte) begeleidt de vrijwilligers.")
    request.goals[1].evidence = ["P01"]  # the project alone for the second goal: an activity of its own
    document = open_docx(draft_proposal(request).docx)
    deployment = _table(document, "Activiteit")
    assert [row[2] for row in deployment] == ["Een coördinator (0,8 fte) (P01)",
                                              "Dezelfde mensen als bij ‘Maatjes Dichtbij en Buurtkamer’ (P01)"]
    costed = [row for row in _table(document, "Kostenpost") if "fte" in row[1]]
    assert costed == [["Maatjes Dichtbij en Buurtkamer; Samen Thuis (paragrafen 1.1 en 1.2)", "0,8 fte",
                       "€ 65.600 per jaar (0,8 × € 82.000)"]]


def test_shorthand_years_and_names_in_titles_are_written_as_a_proposal_names_them():
    request = _subsidy("talentprogramma in jongerencentrum De Kade sinds '20, voor jongeren met psych. kwetsbaarheid",
                       title="talentlab de kade")
    request.records["R01"] = {**request.records["R01"], "title": "statush. lindewaerde '25", "municipality": "Lindewaerde"}
    request.records = shown_records(request.records, [request.tender.municipality], [])  # as the pipeline does
    sources = _table(open_docx(draft_proposal(request).docx), "Bron")
    assert ["P01", "Project", "Talentlab De Kade"] == sources[2][:3]
    assert ["R01", "Resultaat", "Statushouders Lindewaerde 2025"] == sources[3][:3]


def test_a_page_budget_of_one_page_is_singular():
    criteria = [dict(CRITERIA[0], page_limit=1), *CRITERIA[1:]]
    texts = body_texts(open_docx(draft_proposal(request_for("aanbesteding", criteria)).docx))
    assert "Gunningscriterium, weging 40%, maximaal 1 pagina" in texts
    assert not any("1 pagina's" in t for t in texts)


def test_cooperation_is_answered_by_partners_the_requirement_names_not_by_a_shared_place_name():
    project = {**PROJECT, "municipality": "Halderveen", "partners": ["Politie basisteam Halderveen-Lindewaerde"]}
    asked = "U werkt samen met de wijkteams in Halderveen en het sociaal team in Lindewaerde."
    assert evidence_answer(asked, [project], ["Halderveen", "Lindewaerde"]) is None
    named = {**project, "partners": ["Wijkteams Halderveen"]}
    assert evidence_answer(asked, [named], ["Halderveen", "Lindewaerde"])[0] == "Wij werken al samen met Wijkteams Halderveen."


def test_a_wish_for_work_in_the_region_is_answered_by_projects_there():
    wish = "Wij geven bij voorkeur subsidie aan een organisatie die al in de regio werkt en de sociale kaart van " \
           "Lindewaerde kent."
    project = {**PROJECT, "title": "Sociaal team Lindewaerde", "municipality": "Lindewaerde", "period": "sinds 2025"}
    how, proof = evidence_answer(wish, [project], ["Lindewaerde"])
    assert how.startswith("Wij werken al in Lindewaerde: Sociaal team Lindewaerde") and "(P01)" in proof


@pytest.mark.parametrize("requirement", ["De aanvrager verantwoordt de besteding jaarlijks.",
                                         "Toegelaten aanbieders registreren per activiteit het aantal deelnemers.",
                                         "Uw organisatie meldt een wijziging direct aan het college.",
                                         "U levert elk halfjaar de aantallen per resultaat aan in het format van de gemeente.",
                                         "leveren elk kwartaal via het registratiesysteem het aantal trajecten aan;",
                                         "U start binnen tien werkdagen na een verwijzing met de begeleiding.",
                                         "De activiteiten zijn bedoeld voor inwoners van Lindendaal en vinden in "
                                         "Lindendaal plaats."])
def test_an_obligation_during_the_work_is_accepted_as_a_commitment(requirement):
    assert commitment_answer(requirement, "subsidie") is not None


@pytest.mark.parametrize("requirement", ["De activiteiten vinden plaats in Strandweerd en zijn gratis voor de deelnemers.",
                                         "De aanbieder levert een ondertekende eigen verklaring (Bijlage A)."])
def test_an_obligation_that_costs_money_or_asks_a_document_stays_the_directors(requirement):
    assert commitment_answer(requirement, "subsidie") is None
