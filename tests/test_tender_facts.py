"""The facts around the goals, read from .docx (prose and tables), PDF and pasted text."""
from __future__ import annotations

import pytest

from proposal_builder.tender import analyse_tender, analyse_text
from proposal_builder.tender.extraction.numbers import to_int
from proposal_builder.tender.extraction.targets import indicator_in, target_in

from .tender_samples import docx_bytes, pdf_bytes

PROSE = [
    ("h1", "Offerteaanvraag Buurtwerk Kempenhorst, Ellestein en Gansveld"),
    ("para", "Gemeenten Kempenhorst, Ellestein en Gansveld"),
    ("h1", "1 Procedure"),
    ("para", "De gemeenten Kempenhorst, Ellestein en Gansveld besteden het buurtwerk samen aan. De gemeente "
             "Kempenhorst treedt op als penvoerder. Wij volgen een openbare procedure. Mocht geen geldige offerte "
             "binnenkomen, dan volgt een enkelvoudig onderhandse procedure."),
    ("para", "Vragen kunt u stellen tot 3 maart 2027. Offertes moeten uiterlijk 24 maart 2027 om 12.00 uur "
             "zijn ingediend. De opdracht start op 1 juli 2027."),
    ("h1", "2 Budget"),
    ("para", "Het beschikbare budget bedraagt € 900.000 voor de gehele looptijd. Hiervan is € 600.000 bestemd "
             "voor perceel 1 Ontmoeting en € 300.000 voor perceel 2 Vrijwilligers. Inschrijvers met een omzet "
             "onder € 100.000 komen niet in aanmerking."),
    ("h1", "3 Doelen"),
    ("number", ("1.", "Het aandeel inwoners dat zich eenzaam voelt daalt van 12 naar 9 procent in 2029.")),
    ("number", ("2.", "Jaarlijks worden ten minste 250 huisbezoeken afgelegd.")),
    ("h1", "4 Minimumeisen"),
    ("bullet", "Alle medewerkers hebben een geldige VOG."),
    ("bullet", "De inschrijver heeft een klachtenregeling."),
    ("h1", "5 Wensen"),
    ("bullet", "De inschrijver werkt samen met de huisartsen."),
    ("h1", "6 Gunning"),
    ("para", "Wij beoordelen de offertes op de aanpak van doelen 1 en 2 (maximaal 50 punten), de samenwerking "
             "(maximaal 20 punten) en de prijs (maximaal 30 punten). Het plan van aanpak telt maximaal twaalf "
             "pagina's, exclusief bijlagen."),
]


def _text(elements) -> str:
    lines = []
    for kind, value in elements:  # numbered items pasted as bullets: "1." lines would read as headings
        value = value[1] if isinstance(value, tuple) else value
        lines.append(f"- {value}" if kind in ("bullet", "number") else value)
        lines.append("")
    return "\n".join(lines)


def _analyse(fmt: str, elements=PROSE):
    if fmt == "docx":
        return analyse_tender(docx_bytes([(k, v[1] if k == "number" else v) for k, v in elements]), "uitvraag.docx")
    if fmt == "pdf":
        return analyse_tender(pdf_bytes(elements), "uitvraag.pdf")
    return analyse_text(_text(elements))


FORMATS = ["docx", "pdf", "text"]


@pytest.fixture(scope="module", params=FORMATS)
def prose(request):
    return _analyse(request.param)


def test_joint_municipalities_with_their_lead(prose):
    assert sorted(prose.municipalities) == ["Ellestein", "Gansveld", "Kempenhorst"]


def test_route_and_procedure_ignore_the_fallback(prose):
    assert (prose.route, prose.procedure) == ("aanbesteding", "openbare procedure")


def test_deadline_is_the_submission_date_not_questions_or_start(prose):
    assert prose.deadline.date == "2027-03-24" and prose.deadline.time == "12:00"


def test_budget_total_and_parts_without_the_threshold(prose):
    assert prose.budget.amount == 900000 and prose.budget.per_year is False
    assert [(p["name"], p["amount"]) for p in prose.budget_parts] == [
        ("Perceel 1 Ontmoeting", 600000), ("Perceel 2 Vrijwilligers", 300000)]


def test_page_limit_in_words_excluding_appendices(prose):
    assert (prose.page_limit, prose.excluding_appendices) == (12, True)


def test_criteria_in_a_sentence_with_points_goals_and_kind(prose):
    found = [(c.name, c.weight, c.goals, c.kind) for c in prose.criteria]
    assert found == [("Aanpak van doelen 1 en 2", "50 punten", [1, 2], "quality"),
                     ("Samenwerking", "20 punten", [], "quality"), ("Prijs", "30 punten", [], "price")]


def test_requirements_by_kind(prose):
    assert [(r.kind, r.text) for r in prose.requirements] == [
        ("minimum", "Alle medewerkers hebben een geldige VOG."),
        ("minimum", "De inschrijver heeft een klachtenregeling."),
        ("wish", "De inschrijver werkt samen met de huisartsen.")]


def test_goal_indicator_and_target_from_the_sentence(prose):
    goals = {g.text[:20]: (g.indicator, g.target) for g in prose.goals}
    assert goals["Het aandeel inwoners"] == ("aandeel inwoners dat zich eenzaam voelt", "9 procent in 2029")
    assert goals["Jaarlijks worden ten"][1] == "ten minste 250 huisbezoeken"


def test_every_fact_names_its_source_block(prose):
    assert {"deadline", "budget", "criteria", "requirements", "municipality", "procedure", "page_limit"} <= set(prose.facts_sources)
    assert "24 maart 2027" in prose.blocks[prose.facts_sources["deadline"]].text


TABLES = [
    ("title", "Aanbestedingsleidraad Mantelzorg Rivierstad"),
    ("para", "De gemeente Rivierstad besteedt de mantelzorgondersteuning aan via een openbare procedure."),
    ("h1", "Budget"),
    ("table", [["Perceel", "Budget per jaar"], ["Perceel 1 Noord", "€ 200.000"], ["Perceel 2 Zuid", "€ 150.000"],
               ["Totaal", "€ 350.000"]]),
    ("h1", "Doelen"),
    ("table", [["Doel", "Indicator", "Streefwaarde"],
               ["Mantelzorgers voelen zich gesteund.", "Aandeel mantelzorgers dat zich gesteund voelt", "80% in 2029"],
               ["Mantelzorgers raken niet overbelast.", "Aandeel overbelaste mantelzorgers", "zie monitor"]]),
    ("h1", "Eisen en wensen"),
    ("table", [["Nr", "Soort", "Omschrijving"], ["1", "Eis", "De inschrijver beschikt over een HKZ-keurmerk."],
               ["2", "Wens", "De inschrijver heeft een vestiging in Rivierstad."]]),
    ("h1", "Gunningscriteria"),
    ("table", [["Criterium", "Weging", "Max. pagina's"], ["K1 Aanpak van doelstelling 1 en 2", "60%", "5"],
               ["Interview", "10%", ""], ["Prijs", "30%", ""]]),
]


@pytest.fixture(scope="module")
def tables():
    return analyse_tender(docx_bytes(TABLES), "leidraad.docx")


def test_docx_tables_give_parts_targets_requirements_and_criteria(tables):
    assert tables.municipalities == ["Rivierstad"]
    assert [p["amount"] for p in tables.budget_parts] == [200000, 150000]
    assert [(g.indicator, g.target) for g in tables.goals] == [
        ("Aandeel mantelzorgers dat zich gesteund voelt", "80% in 2029"), ("Aandeel overbelaste mantelzorgers", "")]
    # a quality mark the tenderer holds, in a list of generic "Eis" rows, is a suitability requirement (CONVENTIONS.md)
    assert [(r.kind, r.text[:20]) for r in tables.requirements] == [
        ("suitability", "De inschrijver besch"), ("wish", "De inschrijver heeft")]
    assert [(c.weight, c.page_limit, c.goals, c.kind) for c in tables.criteria] == [
        ("60%", 5, [1, 2], "quality"), ("10%", None, [], "interview"), ("30%", None, [], "price")]


OPEN_HOUSE = """Open House Ontmoeting regio Zandmeer

De regio Zandmeer, bestaande uit de centrumgemeente Zandmeer en de gemeenten Akkerwoude en Duinrode, werkt met
een Open House-procedure. De gemeente Veenoord neemt niet deel.

Aanmelden kan vanaf 1 mei 2027. Verzoeken tot toelating voor de eerste ronde moeten uiterlijk 15 juni 2027
binnen zijn.

Toelatingseisen
- U staat ingeschreven in het Handelsregister.
- U heeft een klachtenregeling.

Organisaties met een jaarbudget onder € 50.000 zijn vrijgesteld van de accountantsverklaring. Het indicatieve
budget is € 400.000 per jaar. Uw aanmelding telt maximaal duizend woorden.
"""


def test_open_house_admission_window_and_region():
    analysis = analyse_text(OPEN_HOUSE)
    assert (analysis.route, analysis.procedure) == ("open house", "Open House-procedure")
    assert analysis.municipalities == ["Zandmeer", "Akkerwoude", "Duinrode"]
    assert analysis.deadline.date == "2027-06-15"
    assert (analysis.budget.amount, analysis.budget.per_year) == (400000, True)
    assert analysis.word_limit == 1000
    assert {r.kind for r in analysis.requirements} == {"admission"} and len(analysis.requirements) == 2


@pytest.mark.parametrize("text, value", [
    ("twaalf", 12), ("acht", 8), ("vijfentwintig", 25), ("drieëntwintig", 23), ("honderdvijftig", 150),
    ("duizend", 1000), ("tweeduizend", 2000), ("vijftienhonderd", 1500), ("1.500", 1500), ("twaalfje", None),
])
def test_dutch_number_words(text, value):
    assert to_int(text) == value


def test_tender_goals_json_has_the_new_keys(tables):
    data = tables.to_dict()
    assert data["municipalities"] == ["Rivierstad"] and data["requirements"][0]["kind"] == "suitability"
    assert data["criteria"][0]["goals"] == [1, 2] and "indicator" in data["goals"][0] and "target" in data["goals"][0]


@pytest.mark.parametrize("text, deadline", [
    ("Aanmelden kan vanaf 1 mei 2027.\n\nWij behandelen een aanvraag binnen acht weken, uiterlijk op 1 juli 2027.", None),
    # the date to be in by to be handled first is the deadline (CONVENTIONS.md, deadline; relabelled in facts_dev Zuidkust)
    ("Aanmelden kan vanaf 1 mei 2027.\n\nAanvragen die vóór 1 juli 2027 binnen zijn, behandelen wij voor de zomer.",
     "2027-07-01"),
    ("Aanmelden kan vanaf 1 mei 2027 tot en met 1 september 2027.", "2027-09-01"),
])
def test_an_opening_date_or_handling_date_is_no_deadline(text, deadline):
    analysis = analyse_text("Subsidie buurtwerk\n\nHet subsidieplafond is € 300.000.\n\n" + text)
    assert (analysis.deadline.date if analysis.deadline else None) == deadline


def test_a_threshold_is_no_budget():
    analysis = analyse_text("Subsidie buurtwerk\n\nOrganisaties met een jaarbudget onder € 50.000 mogen een korte "
                            "aanvraag indienen. Het subsidieplafond is € 300.000.")
    assert analysis.budget.amount == 300000


HEADED = [
    ("h1", "3 Beoordeling"),
    ("para", "De gunning vindt plaats op basis van kwaliteit (70%) en prijs (30%)."),
    ("h2", "Visie op buurtsport (40 punten)"),
    ("para", "Beschrijf uw visie op bewegen in de wijk. Maximaal twee pagina's."),
    ("h2", "Samenwerking (20 punten)"),
    ("para", "Beschrijf met welke partners u samenwerkt. Maximaal één pagina."),
    ("para", "Uw offerte telt in totaal maximaal acht pagina's, inclusief bijlagen."),
    ("h1", "4 Budget"),
    ("para", "Voor perceel A Jeugd is jaarlijks € 120.000 beschikbaar en voor perceel B Volwassenen € 80.000 per "
             "jaar. Het totale budget is daarmee € 200.000 per jaar."),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_criteria_under_sub_headings_take_the_limit_written_below_them(fmt):
    analysis = _analyse(fmt, HEADED)
    assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == [
        ("Kwaliteit", "70%", None), ("Prijs", "30%", None), ("Visie op buurtsport", "40 punten", 2),
        ("Samenwerking", "20 punten", 1)]
    assert (analysis.page_limit, analysis.excluding_appendices) == (8, False)


def test_a_sentence_of_parts_is_no_budget_when_the_total_is_named():
    analysis = _analyse("docx", HEADED)
    assert (analysis.budget.amount, analysis.budget.per_year) == (200000, True)
    assert [(p["name"], p["amount"]) for p in analysis.budget_parts] == [("Perceel A Jeugd", 120000), ("Perceel B Volwassenen", 80000)]


JOINT_CALL = """Subsidieoproep Jeugd

De gemeente Aarle, Beek en Cranendonck roepen organisaties op. De gemeente Dommel maakt geen deel uit van
deze oproep. Dit is geen aanbesteding.

Verdeling van de kosten

| Gemeente | Bijdrage |
| Aarle | € 300.000 |
| Beek | € 200.000 |

Het subsidieplafond is € 500.000.
"""


def test_a_joint_call_without_lead_and_what_each_municipality_pays_is_no_part():
    analysis = analyse_text(JOINT_CALL)
    assert analysis.municipalities == ["Aarle", "Beek", "Cranendonck"]
    assert analysis.budget_parts == [] and analysis.budget.amount == 500000
    assert analysis.route == "subsidie"


def test_a_toelating_that_is_no_aanbesteding_is_open_house():
    analysis = analyse_text("Toelating\n\nDe gemeenten Noord en Zuid werken met een toelatingsprocedure. Dit is geen "
                            "aanbesteding; de inschrijver hoeft geen offerte te doen. Aanbieders worden toegelaten.\n")
    assert (analysis.route, analysis.procedure) == ("open house", "toelatingsprocedure")


@pytest.mark.parametrize("sentence", [
    "Bij de beoordeling telt kwaliteit voor 70% en prijs voor 30%.",
    "Bij de gunning weegt kwaliteit 70% en prijs 30%, en binnen kwaliteit zijn 100 punten te verdienen.",
])
def test_percentages_in_prose(sentence):
    analysis = analyse_text("Uitvraag\n\n3 Gunning\n\n" + sentence + "\n")
    assert [(c.name, c.weight) for c in analysis.criteria] == [("Kwaliteit", "70%"), ("Prijs", "30%")]


def test_a_goals_column_names_the_goals_a_criterion_covers():
    analysis = analyse_tender(docx_bytes([("h1", "Gunningscriteria"), ("table", [
        ["Criterium", "Weging", "Doelen"], ["Plan van aanpak", "60%", "1 tot en met 3"], ["Netwerk", "40%", "4 en 5"]])]),
        "leidraad.docx")
    assert [c.goals for c in analysis.criteria] == [[1, 2, 3], [4, 5]]


@pytest.mark.parametrize("text, target", [
    ("Ouderen voelen zich minder eenzaam (streefwaarde 2028: 70%).", "70% in 2028"),
    ("Het aandeel rokers daalt van 12% (2024) naar 9% (2029).", "daalt van 12% (2024) naar 9% (2029)"),
    ("Het rapportcijfer voor de buurt stijgt naar een 7,5 in 2028.", "stijgt naar een 7,5 in 2028"),
    ("Het aandeel jongeren dat zich veilig voelt stijgt van 71% in 2025 naar 80% in 2029.",
     "stijgt van 71% in 2025 naar 80% in 2029"),  # a year after the starting value too
    ("Jaarlijks worden ten minste 1.200 deelnemers bereikt.", "ten minste 1.200 deelnemers"),
    ("Er worden per jaar minstens twintig opvoedcursussen gegeven.", "minstens twintig opvoedcursussen"),
    ("Mantelzorgers voelen zich gesteund.", ""),
    ("Jongerenwerkers signaleren problemen (indicator: aantal warme overdrachten; streefwaarde: 40 per jaar).",
     "40 per jaar"),
])
def test_target_in_a_goal_sentence(text, target):
    assert target_in(text) == target


def test_a_measure_in_brackets_before_its_target_is_the_indicator():
    text = "Inwoners hebben een zinvolle daginvulling (aantal unieke deelnemers, streefwaarde 400 per jaar in de regio)."
    assert (indicator_in(text), target_in(text)) == ("aantal unieke deelnemers", "400 per jaar")


@pytest.mark.parametrize("text, criteria", [
    ("Criterium 1: Visie op jongerenwerk (30 punten)\n\nOmvang: maximaal twee pagina's A4.\n\n"
     "Criterium 2: Aanpak overlast (25 punten)\n\nOmvang: maximaal drie pagina's A4.",
     [("Visie op jongerenwerk", "30 punten", 2), ("Aanpak overlast", "25 punten", 3)]),
    ("De opdracht wordt gegund aan de beste prijs-kwaliteitverhouding, waarbij kwaliteit voor 70% en prijs voor 30% "
     "meeweegt.", [("Kwaliteit", "70%", None), ("Prijs", "30%", None)]),
    ("Wij beoordelen uw aanvraag op: het bereik van ouderen (maximaal 25 punten); en de haalbaarheid van de "
     "begroting (maximaal 15 punten).", [("Bereik van ouderen", "25 punten", None), ("Haalbaarheid van de begroting", "15 punten", None)]),
    ("Aansluiting bij de doelen 1 tot en met 4 weegt 40%, het bereik van de doelgroep 25% en de begroting 35%.",
     [("Aansluiting bij de doelen 1 tot en met 4", "40%", None), ("Bereik van de doelgroep", "25%", None), ("Begroting", "35%", None)]),
])
def test_criteria_written_in_prose(text, criteria):
    analysis = analyse_text("Uitvraag\n\n4 Gunning\n\n" + text + "\n")
    assert [(c.name, c.weight, c.page_limit) for c in analysis.criteria] == criteria


@pytest.mark.parametrize("text, excluded", [
    ("Het plan telt maximaal 10 pagina's. Bijlagen tellen niet mee.", True),
    ("Uw offerte telt maximaal 10 pagina's, inclusief eventuele bijlagen.", False),
    ("Het plan van aanpak telt maximaal 10 pagina's; de bijlagen vallen buiten de paginalimiet.", True),
    ("Het plan telt maximaal 10 pagina's.", None),
    ("Het plan telt in totaal maximaal tien pagina's, bijlagen niet meegerekend.", True),
    ("Het plan telt ten hoogste 10 pagina's; de begroting en de bijlagen tellen daarbij niet mee.", True),
    ("Uw plan beslaat niet meer dan 10 pagina's; de begroting hoeft u daarbij niet mee te tellen.", True),
    ("Het plan van aanpak telt maximaal 10 pagina's A4, exclusief cv's en bijlagen.", True),
    ("Het plan telt maximaal 10 pagina's. De maximale omvang geldt exclusief voorblad en begroting.", True),
])
def test_whether_appendices_count(text, excluded):
    analysis = analyse_text("Uitvraag\n\nVorm\n\n" + text + "\n")
    assert (analysis.page_limit, analysis.excluding_appendices) == (10, excluded)


def test_requirements_from_a_table_column_prose_and_a_lead_in():
    analysis = analyse_tender(docx_bytes([
        ("h1", "3 Minimumeisen"),
        ("table", [["Nr", "Eis", "Toelichting en wijze van aantonen"],
                   ["1", "De inschrijver is HKZ-gecertificeerd.", "Voeg een kopie van het certificaat toe als bijlage 3."]]),
        ("h1", "4 Geschiktheid"),
        ("para", "De inschrijver moet beschikken over ervaring met welzijnswerk. Dit blijkt uit twee referenties."),
        ("h1", "5 Aanmelden"), ("para", "Om toegelaten te worden, voldoet u aan de volgende voorwaarden:"),
        ("bullet", "U bent ingeschreven bij de KvK.")]), "eisen.docx")
    assert [(r.kind, r.text) for r in analysis.requirements] == [
        ("minimum", "De inschrijver is HKZ-gecertificeerd."),
        ("suitability", "De inschrijver moet beschikken over ervaring met welzijnswerk."),
        ("admission", "U bent ingeschreven bij de KvK.")]


def test_a_yearly_count_is_a_target():
    assert target_in("Jaarlijks worden 250 huisbezoeken afgelegd.") == "250 huisbezoeken"


CODED = [
    ("h1", "5 Gunning"),
    ("table", [["Code", "Criterium", "Onderdelen", "Weging", "Max. pagina's"],
               ["K1", "Plan van aanpak ontmoeting", "Aanpak van doelstellingen 1 tot en met 3", "60%", "4"],
               ["P", "Prijs", "-", "40%", "n.v.t."]]),
    ("bold", "Plan van aanpak ontmoeting"),
    ("para", "Beschrijf uw aanpak per wijk."),
    ("h2", "5.2 Prijs"),
    ("para", "De laagste prijs krijgt 10 punten."),
]


def test_a_code_column_is_no_name_and_a_subheading_repeating_a_criterion_adds_none():
    analysis = analyse_tender(docx_bytes(CODED), "leidraad.docx")
    assert [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria] == [
        ("Plan van aanpak ontmoeting", "60%", 4, [1, 2, 3]), ("Prijs", "40%", None, [])]


def test_a_criterion_is_described_under_a_heading_with_its_name():
    analysis = analyse_text(
        "Offerte\n\n3 Gunning\n\nVoor kwaliteit zijn 100 punten te behalen: het plan van aanpak (maximaal 60 punten) "
        "en de samenwerking in de wijk, ook met scholen (maximaal 40 punten).\n\nPlan van aanpak\n\nBeschrijf hoe u "
        "werkt aan de doelen 1 tot en met 4. Dit onderdeel beslaat maximaal vier pagina's.\n")
    assert [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria] == [
        ("Plan van aanpak", "60 punten", 4, [1, 2, 3, 4]), ("Samenwerking in de wijk, ook met scholen", "40 punten", None, [])]


MAIL = """Toelatingsprocedure Thuisadministratie

De gemeenten Noordhaven en Wierum starten een toelatingsprocedure. Steeds meer inwoners hebben moeite om rond te komen.

Subsidie of opdracht: u kunt zich aanmelden als u aan de volgende voorwaarden voldoet:
- U bent ingeschreven bij de KvK.
- U werkt met vrijwilligers die een VOG hebben.

Uw aanmelding bestaat uit het formulier en een toelichting, samen maximaal 4 pagina's. De toelichting telt niet meer dan 800 woorden.

Er is geen sluitingsdatum. Toegelaten aanbieders leveren elk kwartaal een rapportage aan, voor het eerst uiterlijk 15 april 2027.
"""


def test_a_toelating_mail_without_closing_date_with_two_limits_and_admission_requirements():
    analysis = analyse_text(MAIL)
    assert analysis.deadline is None
    assert (analysis.page_limit, analysis.word_limit) == (4, 800)
    assert [(r.kind, r.text) for r in analysis.requirements] == [
        ("admission", "U bent ingeschreven bij de KvK."), ("admission", "U werkt met vrijwilligers die een VOG hebben.")]


def test_a_page_limit_per_lot_is_the_proposal_limit():
    analysis = analyse_text("Offerte\n\nVorm\n\nUw offerte telt per perceel ten hoogste acht pagina's A4, inclusief "
                            "eventuele bijlagen.\n")
    assert (analysis.page_limit, analysis.excluding_appendices) == (8, False)


@pytest.mark.parametrize("text, limit", [
    ("De aanbieder levert per resultaatgebied waarvoor hij zich aanmeldt een beschrijving van maximaal 2 pagina's A4.",
     None),
    ("Het plan telt maximaal 4 pagina's per thema.", None),
    ("Het plan telt maximaal 4 pagina's per perceel.", 4),  # one proposal per lot
    ("Lever een activiteitenplan van maximaal 6 pagina's A4, waarin u per activiteit aangeeft aan welk effect "
     "zij bijdraagt.", 6),
])
def test_a_limit_per_part_is_not_the_whole_proposals(text, limit):
    assert analyse_text("Uitvraag\n\nVorm\n\n" + text + "\n").page_limit == limit


def test_budget_parts_come_from_the_column_that_adds_up_to_the_budget_not_a_rate_or_maximum():
    analysis = analyse_tender(docx_bytes([
        ("para", "Het totale budget bedraagt € 1.900.000 voor de looptijd."), ("h1", "Budget per perceel"), ("table", [
            ["Perceel", "Maximaal per aanvraag", "Budget per jaar", "Budget looptijd"],
            ["Perceel 1 Jongerenwerk", "€ 50.000", "€ 400.000", "€ 1.200.000"],
            ["Perceel 2 Straathoekwerk", "€ 40.000", "€ 233.000", "€ 700.000"]])]), "leidraad.docx")
    assert [(p["name"], p["amount"]) for p in analysis.budget_parts] == [
        ("Perceel 1 Jongerenwerk", 1_200_000), ("Perceel 2 Straathoekwerk", 700_000)]


CRITERIA_FOOTNOTES = [
    ("h1", "Gunningscriteria"),
    ("table", [["Nr.", "Criterium", "Weging"], ["1", "Visie op jongerenwerk¹", "40%"],
               ["2", "Aanpak van de doelen 1 tot en met 3²", "40%"], ["3", "Prijs", "20%"]]),
    ("para", "¹ maximaal één pagina A4"), ("para", "² maximaal vier pagina's A4"),
]


def test_a_numbered_criteria_table_with_page_limits_in_footnotes():
    analysis = analyse_tender(docx_bytes(CRITERIA_FOOTNOTES), "leidraad.docx")
    assert [(c.name, c.weight, c.page_limit, c.goals) for c in analysis.criteria] == [
        ("Visie op jongerenwerk", "40%", 1, []), ("Aanpak van de doelen 1 tot en met 3", "40%", 4, [1, 2, 3]),
        ("Prijs", "20%", None, [])]
    assert analysis.page_limit is None


AREAS = """Uitvraag Sociale Basis

2 Doelen

Resultaatgebied A: Vroegsignalering

- Inwoners met betalingsachterstanden worden binnen zes weken benaderd.
- Het aantal huishoudens met problematische schulden daalt.

Resultaatgebied B: Meedoen

- Kinderen uit gezinnen met een laag inkomen doen mee aan sport en cultuur.

3 Monitoring

| Doel | Indicator | Nulmeting | Streefwaarde 2028 |
| 2 | Aantal huishoudens met problematische schulden | 1.450 | 1.200 |
| 3 | Aantal kinderen dat via het Jeugdfonds meedoet | 380 | 500 |

4 Beoordeling

Voor de aanpak van resultaatgebied A zijn maximaal 60 punten te behalen en voor de aanpak van resultaatgebied B maximaal 40 punten.
"""


def test_criteria_naming_a_result_area_cover_its_goals_and_a_monitoring_table_gives_targets():
    analysis = analyse_text(AREAS)
    assert [c.goals for c in analysis.criteria] == [[1, 2], [3]]
    assert [(g.indicator, g.target) for g in analysis.goals[1:]] == [
        ("Aantal huishoudens met problematische schulden", "1.200"), ("Aantal kinderen dat via het Jeugdfonds meedoet", "500")]


NOTA = """Offerteaanvraag Buurtwerk

3 Procedure

Inschrijvingen moeten uiterlijk donderdag 4 juni 2026 om 14.00 uur via TenderNed zijn ingediend. Het plan van aanpak telt maximaal acht pagina's, exclusief bijlagen. Wij volgen een nationale procedure.

7 Nota van inlichtingen

Vraag 2: Kan de termijn langer? Antwoord: Ja, de sluitingsdatum is verschoven van 4 juni 2026 naar 18 juni 2026.

Vraag 4: Is acht pagina's genoeg? Antwoord: Het plan van aanpak mag tien in plaats van acht pagina's tellen.
"""


def test_a_nota_van_inlichtingen_moves_the_deadline_and_changes_the_page_limit():
    analysis = analyse_text(NOTA)
    assert (analysis.deadline.date, analysis.page_limit, analysis.excluding_appendices) == ("2026-06-18", 10, True)
    assert analysis.procedure == "nationale procedure"


def test_a_municipality_named_with_ter_or_ten_keeps_its_whole_name():
    text = ("Aanbestedingsleidraad Sociaal werk\n\nAanbestedende dienst: gemeente Wijkersloot, mede namens de "
            "gemeenten Esveld en Ter Marne.\n\nDoelen\n- Inwoners doen mee in hun eigen wijk.\n")
    assert analyse_text(text).municipalities == ["Wijkersloot", "Esveld", "Ter Marne"]


def test_a_goal_table_with_questions_as_headers_gives_goals_with_indicator_and_target_not_requirements():
    text = ("# Toelatingsdocument Open House\n\n## 2 Wat willen we bereiken?\n\nMet de toegelaten organisaties willen wij "
            "het volgende bereiken:\n\n| Wat willen we bereiken? | Hoe meten we dat? | Wanneer zijn we tevreden? |\n"
            "| Inwoners met een maatje voelen zich minder eenzaam. | aandeel deelnemers dat minder eenzaamheid ervaart | 70% |\n"
            "| Een aanvraag voor een maatje wordt snel opgepakt. | gemiddelde tijd tot de kennismaking | binnen 15 werkdagen |\n")
    analysis = analyse_text(text)
    assert [(g.text, g.indicator, g.target) for g in analysis.goals] == [
        ("Inwoners met een maatje voelen zich minder eenzaam.", "aandeel deelnemers dat minder eenzaamheid ervaart", "70%"),
        ("Een aanvraag voor een maatje wordt snel opgepakt.", "gemiddelde tijd tot de kennismaking", "binnen 15 werkdagen")]
    assert analysis.requirements == []


def test_a_wish_asking_the_provider_for_something_counts_outside_a_requirements_section_too():
    text = ("# Leidraad\n\n## 6.3 Gunningscriterium 2 – Nabijheid (20 punten)\n\nBeschrijf waar u spreekuren houdt. "
            "Wij waarderen het als u ook ten minste één avondspreekuur per week aanbiedt.\n\n## 2 Opdracht\n\n"
            "Het verdient de voorkeur dat de vacaturebank aansluit op een landelijk platform, zodat u meer vrijwilligers "
            "vindt.\n\n## 9 Contact\n\nWij zien graag dat het college de raad informeert.\n")
    assert [(r.text, r.kind) for r in analyse_text(text).requirements] == [
        ("Wij waarderen het als u ook ten minste één avondspreekuur per week aanbiedt.", "wish"),
        ("Het verdient de voorkeur dat de vacaturebank aansluit op een landelijk platform, zodat u meer vrijwilligers vindt.",
         "wish")]


def test_a_tender_naming_no_gemeente_is_for_the_place_whose_residents_and_mail_address_it_names():
    mail = analyse_text("Open House Vrijwillige inzet en mantelzorg\n\nIn Ammerstede zetten ruim 9.000 inwoners zich in als "
                        "vrijwilliger.\n\nAanmelden kan via inkoop@ammerstede.nl.\n")
    residents = analyse_text("Oproep op grond van de Subsidieregeling Sociale Basis Lindendaal 2026\n\nBijna een op de vier "
                             "inwoners van Lindendaal maakt zich vaak zorgen over geld. De activiteiten zijn bedoeld voor "
                             "inwoners van Lindendaal.\n")
    once = analyse_text("Subsidieoproep\n\nIn De Kamp is een nieuw buurthuis geopend.\n")  # one sign is no municipality
    assert (mail.municipalities, residents.municipalities, once.municipalities) == (["Ammerstede"], ["Lindendaal"], [])


def test_two_municipalities_named_one_by_one_are_a_joint_tender():
    analysis = analyse_text("# Aanbesteding Maatschappelijk werk\n\nDeze aanbesteding wordt gezamenlijk uitgeschreven door de "
                            "gemeente Hemmerden en de gemeente Stokwoude. De gemeente Hemmerden begeleidt de procedure.\n")
    assert analysis.municipalities == ["Hemmerden", "Stokwoude"]
