"""Plausible, varied Dutch knowledge-base records generated from templates (for speed benchmarks).

`generate_records(n, seed)` returns records in the import format: about 15% methods, 40%
projects (each linking one or two methods) and 45% results (each naming a project), with
themes, target groups, places, partners, figures and short stories drawn from word lists.
"""
from __future__ import annotations

import random

THEMES = {
    "eenzaamheid": ("ouderen die weinig mensen spreken", "ontmoeting en vaste maatjes",
                    "zich minder eenzaam voelt", "gaat weer naar de markt en belt zelf een buurvrouw"),
    "mantelzorg": ("mantelzorgers die overbelast raken", "respijt en een luisterend oor",
                   "zich gesteund voelt in de zorg", "kon eindelijk een middag voor zichzelf plannen"),
    "armoede en schulden": ("huishoudens met geldzorgen", "thuisadministratie en budgetcoaching",
                            "geen nieuwe betalingsachterstanden heeft", "opent de post weer zelf"),
    "jongerenwerk": ("jongeren op straat", "ambulant jongerenwerk en talentontwikkeling",
                     "een opleiding of werk heeft gevonden", "organiseert nu zelf het zaalvoetbal"),
    "opvoedondersteuning": ("ouders met vragen over opvoeden", "gezinsmaatjes en oudergroepen",
                            "zich zekerder voelt als ouder", "heeft weer rust aan tafel"),
    "digitale vaardigheden": ("inwoners die digitaal niet meekomen", "digicafés en cursussen",
                              "zelfstandig met DigiD inlogt", "regelt de toeslagen nu zelf online"),
    "taal en basisvaardigheden": ("volwassenen die moeite hebben met lezen", "taalmaatjes en taalcafés",
                                  "een leerdoel heeft gehaald", "leest nu zelf voor aan de kleinkinderen"),
    "gezondheid": ("inwoners met een inactieve leefstijl", "beweeggroepen en welzijn op recept",
                   "meer beweegt dan voorheen", "wandelt nu drie keer per week met de groep"),
    "buurtbemiddeling": ("buren met een conflict", "bemiddeling door getrainde vrijwilligers",
                         "de ruzie heeft bijgelegd", "groet de buren weer op de galerij"),
    "vrijwilligers": ("inwoners die iets willen betekenen", "vacaturebank en matchgesprekken",
                      "na een jaar nog actief is", "vond via het vrijwilligerswerk een betaalde baan"),
    "wijkgericht werken": ("bewoners van een wijk", "bewonersinitiatieven en buurtnetwerken",
                           "vindt dat de buurt leefbaarder is geworden", "begon een moestuin met de buren"),
}
PLACES = ["Zaanstad", "Deventer", "Tilburg", "Amersfoort", "Leeuwarden", "Zwolle", "Haarlem",
          "Breda", "Almere", "Apeldoorn", "Enschede", "Arnhem", "Nijmegen", "Dordrecht",
          "Helmond", "Hoorn", "Assen", "Delft", "Leiden", "Venlo", "Emmen", "Gouda"]
PARTNERS = ["bibliotheek", "woningcorporatie", "huisartsenpraktijk", "wijkagent", "GGD",
            "basisschool", "thuiszorg", "voedselbank", "sportvereniging", "kerk", "buurthuis",
            "schuldhulpverlening", "sociaal wijkteam", "jeugdgezondheidszorg"]
ACTIONS = ["Vrijwilligers en beroepskrachten werken samen met {partner} aan {approach}.",
           "Via {partner} komen {group} in beeld; daarna volgt {approach}.",
           "De aanpak combineert {approach} met huisbezoeken en een wekelijkse inloop.",
           "In {place} richt het team zich op {group}, met {approach} als kern."]
LEVELS = ["", "goed beschreven", "goed onderbouwd", "effectief - eerste aanwijzingen"]
NAMES = ["Mevrouw B.", "Meneer K.", "Een moeder", "Een vader", "Mevrouw D.", "Een jongere"]


def _method(i: int, rng: random.Random, theme: str) -> dict:
    group, approach, _, _ = THEMES[theme]
    name = approach.split(" en ")[0].capitalize()
    return {"id": f"GM{i:05d}", "type": "method",
            "title": f"{name} {rng.choice(['Plus', 'Dichtbij', 'Samen', 'Op Maat'])} {i}",
            "summary": f"Een werkwijze voor {group}: {approach}. " + rng.choice(ACTIONS).format(
                partner=rng.choice(PARTNERS), approach=approach, group=group, place=rng.choice(PLACES)),
            "target_group": group, "themes": [theme, rng.choice(list(THEMES))],
            "evidence_level": rng.choice(LEVELS), "databank": "", "recognised_on": ""}


def _project(i: int, rng: random.Random, theme: str, methods: list[str]) -> dict:
    group, approach, _, _ = THEMES[theme]
    place, start = rng.choice(PLACES), rng.randint(2015, 2024)
    return {"id": f"GP{i:05d}", "type": "project",
            "title": f"{theme.capitalize()} in {place} {i}",
            "summary": f"Project voor {group} in {place}. " + rng.choice(ACTIONS).format(
                partner=rng.choice(PARTNERS), approach=approach, group=group, place=place),
            "target_group": group, "themes": [theme], "municipality": place,
            "period": f"{start}-{start + rng.randint(1, 3)}",
            "partners": rng.sample(PARTNERS, 2), "methods": methods,
            "results": [{"indicator": "bereikte deelnemers", "value": str(rng.randint(20, 900)),
                         "unit": "personen", "story": ""}]}


def _result(i: int, rng: random.Random, theme: str, project: str) -> dict:
    _, _, outcome, story = THEMES[theme]
    value = rng.randint(35, 90)
    return {"id": f"GR{i:05d}", "type": "result", "title": f"Effect op {theme} ({i})",
            "summary": f"Meting onder deelnemers na zes maanden, {rng.choice(PLACES)}.",
            "project": project, "indicator": f"deel van de deelnemers dat {outcome}",
            "value": str(value), "unit": "%", "themes": [theme],
            "story": f"{rng.choice(NAMES)} {story}.", "consent": True, "pseudonymised": True}


def generate_records(n: int, seed: int = 7) -> list[dict]:
    """`n` records: methods first, then projects linking them, then results naming projects."""
    rng = random.Random(seed)
    n_methods, n_projects = max(1, n * 15 // 100), max(1, n * 40 // 100)
    themes = list(THEMES)
    methods = [_method(i, rng, rng.choice(themes)) for i in range(n_methods)]
    projects = [_project(i, rng, rng.choice(themes),
                         [m["id"] for m in rng.sample(methods, min(2, len(methods)))])
                for i in range(n_projects)]
    results = [_result(i, rng, p["themes"][0], p["id"])
               for i, p in ((i, rng.choice(projects)) for i in range(n - n_methods - n_projects))]
    return methods + projects + results
