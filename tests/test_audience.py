"""A record placed under a goal must be for the people the goal is about (matching/audience.py)."""
from __future__ import annotations

import pytest

from proposal_builder.matching import slot_fit
from proposal_builder.matching.audience import families, fits_audience, goal_families, tender_families
from proposal_builder.matching.evidence import CONFIRMED_SCORE, pick_evidence
from proposal_builder.matching.fit import fits_from_hits
from knowledge_base.search import Hit
from proposal_builder.tender import Goal


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    """The picks here are the hand rules' (the audience rules are also one input of the slot-fit model, whose picks
    test_slot_fit.py checks); they decide when the model is switched off."""
    monkeypatch.setattr(slot_fit, "ENABLED", False)


@pytest.mark.parametrize("text, expected", [
    ("Ouders voelen zich zekerder in de opvoeding", {"ouders"}),
    ("Ouderen weten de weg in hun dorp", {"ouderen", "cliëntondersteuning"}),
    ("bezoek aan 75-jarigen", {"ouderen"}),
    ("zelfstandig wonende 65-plussers", {"ouderen"}),
    ("jonge mantelzorgers van 8 tot 23 jaar", {"jonge mantelzorgers"}),
    ("Kinderen en jongeren hebben een veilige plek", {"jeugd"}),
    ("huishoudens met een betalingsachterstand op vaste lasten", {"geldzorgen"}),
    ("werkgevers, leidinggevenden en HR-medewerkers", {"werkgevers"}),
    ("Inwoners die zich aanmelden, krijgen binnen tien werkdagen een huisbezoek.", set()),
    # caring written out: the carers are the people, not the partner, parent or child cared for
    ("Inwoners die al jaren voor een zieke partner, ouder of kind zorgen, raken niet uitgeput", {"mantelzorgers"}),
    ("Scholieren die thuis een zieke vader of moeder verzorgen, worden op tijd opgemerkt", {"jonge mantelzorgers"}),
    ("Kinderen die thuis zorgen voor een ziek gezinslid worden eerder gezien", {"jonge mantelzorgers"}),
    ("Kinderen van ouders met een laag inkomen doen mee", {"jeugd", "ouders", "geldzorgen"}),
    ("Oudere inwoners van de kleine kernen blijven langer zelfstandig wonen", {"ouderen"}),  # not "ouders"
    ("Plan van aanpak vitaal ouder worden", {"ouderen", "bewegen"}),
    # loneliness in plain words (round 16's Open House goal stayed empty beside a fitting maatjes method)
    ("Inwoners die er alleen voor staan, hebben weer mensen om zich heen met wie ze iets kunnen delen.", {"eenzaamheid"}),
])
def test_families_names_the_people_a_text_is_about(text, expected):
    assert families(text) == expected


def record(ref, type_, title, target_group="", themes=()):
    return {"ref": ref, "type": type_, "title": title, "target_group": target_group, "themes": list(themes),
            "value": "64", "results": [], "project": "", "methods": []}


def hit(ref, type_, score, weak=False):
    return Hit(ref, type_, ref, score, "", weak, strength="weak" if weak else "strong", pick_strong=not weak)


ELDERLY = record("R1", "result", "Ouderen weten de weg in hun dorp", "75-jarigen")
PARENTS = record("R2", "result", "Ouders vinden het opvoedspreekuur", "ouders van jonge kinderen")
RESIDENTS = record("M1", "method", "Buurtkamer", "")


def test_a_record_for_other_people_does_not_fit_the_goal():
    goal = Goal("Ouders weten waar zij met vragen over opvoeden terechtkunnen.")
    assert not fits_audience(goal, ELDERLY)
    assert fits_audience(goal, PARENTS)


def test_a_goal_or_record_naming_nobody_admits_everything():
    assert fits_audience(Goal("Inwoners voelen zich welkom in de buurthuizen."), ELDERLY)
    assert fits_audience(Goal("Ouderen voelen zich minder eenzaam."), RESIDENTS)


def test_intermediaries_fit_a_goal_that_names_them_too():
    employers = record("P1", "project", "Mantelzorg op de werkvloer", "werkgevers en leidinggevenden")
    assert fits_audience(Goal("Werkende mantelzorgers kunnen werk en zorg combineren doordat hun werkgever meedenkt."),
                         employers)
    assert not fits_audience(Goal("Eenzaamheid onder ouderen neemt af."), employers)


def test_the_goal_rows_target_group_column_counts():
    goal = Goal("Meer mensen weten de weg naar hulp.", attributes={"Doelgroep": "ouders"})
    assert not fits_audience(goal, ELDERLY)


def test_picking_skips_the_higher_ranked_record_for_other_people():
    goal = Goal("Ouders voelen zich gesteund in de opvoeding.")
    records = {"R1": ELDERLY, "R2": PARENTS}
    hits = [hit("R1", "result", 4.9), hit("R2", "result", 4.5)]
    assert pick_evidence(hits, records) == ["R1"]
    assert pick_evidence(hits, records, goal) == ["R2"]


def test_a_record_for_other_people_is_not_among_the_goals_fits():
    goals = [Goal("Ouders voelen zich gesteund in de opvoeding."), Goal("Ouderen blijven langer thuis wonen.")]
    records = {"R1": ELDERLY, "R2": PARENTS}
    hits = [[hit("R1", "result", 4.9), hit("R2", "result", 4.5)]] * 2
    fits = fits_from_hits(hits, records, goals)
    assert fits[1] == {"R2"}
    assert fits[2] == {"R1"}
    assert fits_from_hits(hits, records)[1] == {"R1", "R2"}


def test_a_records_themes_count_only_when_its_target_group_and_title_name_nobody():
    newcomers = record("M14", "method", "Maatje voor nieuwkomers", "statushouders en nieuwkomers", ["vrijwillige inzet"])
    assert not fits_audience(Goal("Vrijwilligers in de informele zorg worden getraind en begeleid."), newcomers)
    untargeted = record("R12", "result", "Eerder in beeld", "", ["schuldhulpverlening"])
    assert not fits_audience(Goal("Mantelzorgers zijn vroeg in beeld."), untargeted)


def test_a_record_with_nothing_but_a_title_is_neither_picked_nor_fitting():
    bare = record("M16", "method", "Beweegmaatjes")
    described = {**record("M03", "method", "Vriendschappelijk huisbezoek"), "summary": "Een vrijwilliger bezoekt."}
    records = {"M16": bare, "M03": described}
    hits = [hit("M16", "method", 4.9), hit("M03", "method", 4.5)]
    assert pick_evidence(hits, records) == ["M03"]
    assert fits_from_hits([hits], records)[1] == {"M03"}


def test_a_goal_naming_nobody_takes_the_people_of_the_heading_above_it():
    goal = Goal("Inwoners die zich aanmelden, krijgen binnen tien werkdagen een eerste huisbezoek.",
                section=["Resultaatgebied 2 Thuisadministratie en geldzorgen"])
    visits = record("M11", "method", "Preventief huisbezoek ouderen", "thuiswonende inwoners van 75 jaar")
    assert not fits_audience(goal, visits)
    assert fits_audience(Goal(goal.text), visits)  # without the heading the goal names nobody


def test_the_nearest_heading_naming_anything_scopes_the_goal_not_the_documents_title():
    goal = Goal("Inwoners die moeite hebben met digitale overheidsdiensten, kunnen deze zelfstandig gebruiken.",
                section=["Subsidietender Ontmoeting, mantelzorg en gezondheid", "Doelen per thema",
                         "Thema 4 Digitaal meedoen"])
    course = record("M08", "method", "DigiSterker", "inwoners die weinig digitaal vaardig zijn, vaak ouderen")
    assert goal_families(goal) == {"digitaal"}
    assert fits_audience(goal, course)
    under_title = Goal("Inwoners krijgen steun dichtbij huis.", section=["Subsidietender mantelzorg", "Doelen"])
    assert goal_families(under_title) == {"mantelzorgers"}  # no nearer heading names anything


def test_resident_initiatives_are_a_family_of_their_own():
    assert not fits_audience(Goal("Ten minste 12 bewonersinitiatieven per jaar worden ondersteund."),
                             record("M06", "method", "Vroeg Eropaf", "huishoudens met betalingsachterstanden"))


def test_minimaal_is_no_money_worry():
    assert families("Per jaar worden minimaal 150 inwoners gekoppeld aan een vrijwilliger.") == {"vrijwilligers"}
    assert families("kinderen uit minimagezinnen") == {"jeugd", "geldzorgen"}


def test_young_carers_are_a_subgroup_of_their_own():
    young = record("R09", "result", "Jonge mantelzorgers kunnen erover praten", "jonge mantelzorgers")
    carers = record("R07", "result", "Mantelzorgers minder overbelast", "mantelzorgers van ouderen")
    general = Goal("Alle mantelzorgers die zich melden, krijgen binnen tien werkdagen een gesprek.")
    assert not fits_audience(general, young) and fits_audience(general, carers)
    assert fits_audience(Goal("Jonge mantelzorgers worden eerder gezien."), young)
    assert not fits_audience(Goal("Jonge mantelzorgers worden eerder gezien."), carers)
    assert fits_audience(Goal("Mantelzorgers, ook jonge mantelzorgers, zijn in beeld."), young)


def test_the_same_people_on_another_topic_do_not_fit():
    falls = record("M12", "method", "In Balans", "65-plussers met een verhoogd valrisico", ["valpreventie"])
    assert not fits_audience(Goal("Ouderen voelen zich minder eenzaam."), falls)
    assert fits_audience(Goal("Ouderen bewegen vaker en vallen minder."), falls)


def test_a_topic_shared_admits_a_record_for_the_people_the_goal_leaves_open():
    rooms = record("R28", "result", "Nieuwe contacten in de dorpskamer", "ouderen in kleine kernen", ["vereenzaming"])
    assert fits_audience(Goal("Bezoekers voelen zich minder eenzaam."), rooms)
    mediation = record("M02", "method", "Buurtbemiddeling", "bewoners met een conflict met hun buren")
    assert not fits_audience(Goal("Bewoners nemen zelf initiatief om hun buurt te verbeteren."), mediation)


def test_a_goal_naming_nothing_takes_only_a_strong_match():
    described = {**record("M11", "method", "Preventief huisbezoek ouderen", "75-jarigen"), "summary": "Bezoek."}
    fair = Hit("M11", "method", "M11", 3.1, "", False, strength="fair")
    strong = Hit("M11", "method", "M11", 3.9, "", False, strength="strong", pick_strong=True)
    nameless = Goal("Een ondertekende eigen verklaring.")
    assert pick_evidence([fair], {"M11": described}, nameless) == []
    assert pick_evidence([strong], {"M11": described}, nameless) == ["M11"]
    assert pick_evidence([fair], {"M11": described}, Goal("Ouderen blijven langer thuis wonen.")) == ["M11"]


def described(ref, type_, title, target_group="", themes=()):
    return {**record(ref, type_, title, target_group, themes), "summary": "Wat het werk doet."}


LONELY = Goal("Bezoekers voelen zich minder eenzaam en hebben meer contact met anderen.")
ROOMS = described("R28", "result", "Nieuwe contacten in de dorpskamer", "ouderen in kleine kernen", ["vereenzaming"])


def test_a_weak_match_naming_the_goals_topic_is_taken_from_the_confirmed_score():
    confirmed = Hit("R28", "result", "R28", CONFIRMED_SCORE, "", True)
    below = Hit("R28", "result", "R28", CONFIRMED_SCORE - 0.1, "", True)
    assert pick_evidence([confirmed], {"R28": ROOMS}, LONELY) == ["R28"]
    assert pick_evidence([below], {"R28": ROOMS}, LONELY) == []
    assert pick_evidence([confirmed], {"R28": ROOMS}) == []  # without the goal nothing confirms it
    assert fits_from_hits([[confirmed]], {"R28": ROOMS}, [LONELY])[1] == {"R28"}


def test_a_weak_match_is_not_confirmed_by_an_intermediary_or_with_a_topic_the_goal_leaves_out():
    gp = described("M01", "method", "Welzijn op Recept", "mensen die zich bij de huisarts melden")
    nuisance = described("R09", "result", "Minder jeugdoverlast", "jongeren")
    weak = [Hit("M01", "method", "M01", 3.8, "", True), Hit("R09", "result", "R09", 3.7, "", True)]
    assert pick_evidence(weak, {"M01": gp, "R09": nuisance}, Goal("Op alle scholen komt er een les.")) == []
    assert pick_evidence(weak, {"M01": gp, "R09": nuisance}, Goal("Jongeren voelen zich gehoord.")) == []
    assert pick_evidence(weak, {"M01": gp, "R09": nuisance}, Goal("Jeugdoverlast neemt af.")) == ["R09"]


def test_the_margin_counts_from_the_best_match_that_fits_the_goal():
    elderly = described("R1", "result", "Ouderen weten de weg", "75-jarigen")
    parents = described("R2", "result", "Ouders vinden het opvoedspreekuur", "ouders")
    hits = [hit("R1", "result", 5.0), hit("R2", "result", 3.5)]
    assert pick_evidence(hits, {"R1": elderly, "R2": parents}, Goal("Ouders voelen zich gesteund.")) == ["R2"]
    assert pick_evidence(hits, {"R1": elderly, "R2": parents}) == ["R1"]


def test_a_goal_naming_nothing_takes_what_most_goals_of_its_tender_name():
    goals = [Goal("Inwoners met geldzorgen worden eerder bereikt."), Goal("Schulden worden eerder opgepakt."),
             Goal("Inwoners die zich aanmelden, krijgen binnen tien werkdagen een eerste huisbezoek.")]
    assert tender_families(goals) == {"geldzorgen"}
    visits = described("M11", "method", "Preventief huisbezoek ouderen", "thuiswonende 75-jarigen")
    hits = [[Hit("M11", "method", "M11", 4.4, "", False, strength="strong", pick_strong=True)]] * 3
    assert fits_from_hits(hits, {"M11": visits}, goals)[3] == set()
    assert fits_from_hits(hits[2:], {"M11": visits}, goals[2:])[1] == {"M11"}  # a tender about nothing in particular


def test_a_subgroups_record_fits_a_goal_naming_no_people():
    young = record("R09", "result", "Jonge mantelzorgers kunnen erover praten", "jonge mantelzorgers")
    assert fits_audience(Goal("Inwoners voelen zich welkom in de buurthuizen."), young)
    assert not fits_audience(Goal("Jongeren voelen zich gehoord."), young)


def test_a_record_on_a_topic_the_goal_leaves_open_needs_a_strong_match():
    nuisance = described("R09", "result", "Minder jeugdoverlast", "jongeren")
    streetwork = Goal("Jongerenwerkers zijn ten minste vier avonden per week op straat aanwezig.")
    fair = Hit("R09", "result", "R09", 3.1, "", False, strength="fair")
    strong = Hit("R09", "result", "R09", 3.9, "", False, strength="strong", pick_strong=True)
    assert pick_evidence([fair], {"R09": nuisance}, streetwork) == []
    assert pick_evidence([strong], {"R09": nuisance}, streetwork) == ["R09"]
    assert pick_evidence([fair], {"R09": nuisance}, Goal("De overlast van jongeren neemt af.")) == ["R09"]


def test_a_goal_naming_only_volunteers_takes_a_record_for_anyone_on_its_own_topic():
    buddies = described("M14", "method", "Maatje voor nieuwkomers", "statushouders en nieuwkomers")
    assert fits_audience(Goal("Per jaar worden 150 inwoners gekoppeld aan een maatje of vrijwilliger."), buddies)
    assert not fits_audience(Goal("Vrijwilligers organiseren de activiteiten.", section=["Ontmoeting"]), buddies)
    assert not fits_audience(Goal("Meer inwoners zetten zich in als vrijwilliger."), buddies)


def test_a_respite_project_fits_a_goal_about_people_caring_for_a_sick_partner_not_one_about_children():
    respite = record("P2", "project", "Even Ertussenuit: respijt voor mantelzorgers", "mantelzorgers die zwaar belast zijn")
    assert fits_audience(Goal("Inwoners die al jaren voor een zieke partner, ouder of kind zorgen, raken niet "
                              "uitgeput."), respite)
    assert not fits_audience(Goal("Kinderen en jongeren hebben een veilige plek om te spelen."), respite)


def test_a_terse_result_naming_no_one_is_for_the_people_of_its_project(tmp_path):
    """"gravelinge sh '25" (staff shorthand for statushouders) names nobody; its project does, so the result does not
    fit a goal about neighbours' quarrels (round 16's subsidie placed it there)."""
    from knowledge_base.database import open_db
    from knowledge_base.records import save_record
    from proposal_builder.matching.evidence import fetch_records
    db = open_db(tmp_path / "kb.sqlite")
    save_record(db, {"id": "P08", "type": "project", "title": "Statushouders Gravelinge", "summary": "Begeleiding van "
                     "nieuwe inwoners met een verblijfsvergunning in hun eerste jaar.", "target_group": "statushouders"})
    save_record(db, {"id": "R19", "type": "result", "title": "gravelinge sh '25", "project": "P08", "indicator":
                     "begeleide huishoudens", "value": "19", "summary": "negentien hh begeleid in '25, alle binnen 2 wk "
                     "huisbezoek, 14 vw buddy's uit Schoorwede en Gravelinge"})
    save_record(db, {"id": "R11", "type": "result", "title": "Buurtbemiddeling 2025", "project": "P08",
                     "target_group": "buren met een conflict", "indicator": "zaken", "value": "40",
                     "summary": "40 zaken."})
    records = fetch_records(db, ["R19", "R11"])
    goal = Goal("Inwoners hebben minder last van ruzies met de buren.")
    assert not fits_audience(goal, records["R19"])  # its project's statushouders
    assert fits_audience(goal, records["R11"])  # a result naming its own people keeps them
    assert fits_audience(Goal("Statushouders vinden hun weg in het dorp."), records["R19"])
