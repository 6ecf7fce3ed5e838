"""The Dutch sentences of a draft in one place: templates and the small grammar they need.

Edit the wording here; the composing code fills in the fields. Every template speaks for the
organisation ("wij") about this municipality, in the present or future tense.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import dutch

TEMPLATES = {
    # the title page and the summary
    "title": "Voorstel {organisation} — {subject}",
    "title_lots": "{title}, {lots}",  # the lot(s) bid for after the subject: "…, perceel 2 Straatwerk"
    "summary_lots": "Dit voorstel gaat over {lots}{budget}; het beschrijft alleen de doelen {these}.",
    "summary_lots_open_house": "Wij melden ons aan voor {lots}{budget}; de aanmelding beschrijft alleen de doelen {these}.",
    "title_anonymous": "Plan van aanpak — {subject}",
    "to": "Aan {municipalities}",
    "summary_intro": "Met dit voorstel reageert {organisation} op de uitvraag ‘{tender}’ van {municipalities}. "
                     "Wij sluiten aan bij de doelen die {municipalities_short} zelf {have} geformuleerd en laten per "
                     "doel zien wat wij gaan doen, waarom dat werkt en wat wij meten.",
    # the municipality's ambition, opening the summary in our voice: what it wants, we want with it
    "ambition_shared": "Net als {municipalities} willen wij dat {wanted}",
    "ambition_quoted": "Wij delen de ambitie van {municipalities}: “{ambition}”",
    # the key message, when the organisation profile holds none: facts from the records the sections use
    "message_local": "Wij werken al{since} in {place}, onder meer in {projects}.",
    "message_recognised": "Wij zetten erkende methoden in: {methods}.",
    "message_recognised_one": "Wij zetten een erkende methode in: {methods}.",
    "message_result": "Dat onze aanpak werkt, laten onze eigen cijfers zien. {result}",
    "summary_criteria": "Het voorstel volgt de {criteria} van de uitvraag, in dezelfde volgorde.",
    "summary_open_house": "Met deze aanmelding vraagt {organisation} toelating tot ‘{tender}’ van {municipalities}. "
                          "Wij laten per eis zien hoe wij eraan voldoen en per thema wat wij bijdragen.",
    "criterion_facts": "{kind}, {facts}",
    # a goal section
    "goal_lead": "{municipality_cap} {want}: {goal}",
    "goal_quote": "Uit de uitvraag: {goal}",
    "goal_target": "De gemeente meet dit met: {indicator}{target}.",
    "do_method": "In {place} zetten wij {method} in{for_whom}.",
    "do_method_also": "Daarnaast zetten wij {method} in{for_whom}.",
    "do_method_again": "Ook hier zetten wij {method} in; de werkwijze en de resultaten staan in paragraaf {where}.",
    "do_project": "Wij bouwen daarbij voort op {project}, dat wij {when}{where} {did}.",
    "do_project_again": "Daarbij bouwen wij ook voort op {project} (zie paragraaf {where}).",
    "do_offers": "Hier bieden wij {activities}.",
    "do_partners": "Wij werken hierin samen met {partners}.",
    "do_partners_elsewhere": "Ook in {place} werken wij hierin samen met {partners}.",
    "do_same": "Ook voor ‘{goal}’ geldt:",
    "do_method_again_opening": "Ook hier",  # how do_method_again opens; a repeat replaces it with do_same_opening
    "do_same_opening": "Ook voor ‘{goal}’",
    "do_project_again_alone": "In {place} bouwen wij voort op {project} (zie paragraaf {where}).",
    "do_project_alone": "In {place} bouwen wij voort op {project}, dat wij {when}{where} {did}.",
    "do_result_project": "In {place} zetten wij voort wat werkte in {project}.",
    "do_result_alone": "In {place} bouwen wij voort op wat ons eerdere werk opleverde.",
    "do_result_group": "In {place} bouwen wij voort op ons werk voor {group}.",
    "do_from_results": "Wij zetten in {place} de aanpak van {projects} voort; wat die opleverde, staat hieronder.",
    "do_from_results_work": "Wij zetten in {place} {projects} voort; wat dat opleverde, staat hieronder.",
    # a project of an anonymous draft, named by what it is rather than "project C" alone
    "project_approach": "ons werk{method}{whom}",
    "project_approach_named": "{approach} ({project})",
    "do_target": "Daarmee werken wij toe naar de streefwaarde van {municipality}: {target}.",
    "do_target_indicator": "Daarmee werken wij toe naar de streefwaarde van {municipality} voor {indicator}: {target}.",
    "aim_target": "Wij werken toe naar de streefwaarde van {municipality}: {target}.",
    "aim_target_indicator": "Wij werken toe naar de streefwaarde van {municipality} voor {indicator}: {target}.",
    "theme_same": "Hieraan werken wij met dezelfde aanpak als in paragraaf {where}.",
    "why_level": "{method} is erkend als {level} ({details}).",
    "why_level_plain": "{method} is erkend als {level}.",
    "why_unrecognised_bare": "{method} is (nog) niet erkend in een databank.",
    "why_unrecognised": "{method} is (nog) niet erkend in een databank; de werking onderbouwen wij met onze "
                        "eigen resultaten.",
    "why_result": "{indicator}: {value}{context}.",
    # a result of ours as a sentence: when, with what work, where, the figure (`result_sentence`)
    "result_reached": "{when} bereikten wij{work}{where} {value}{what}.",
    "result_reached_now": "{when} bereiken wij{work}{where} {value}{what}.",
    "result_counted": "{when} telden wij{work}{where} {value}{what}.",
    "result_counted_now": "{when} tellen wij{work}{where} {value}{what}.",
    "result_measure": "{when} was {measure}{work}{where} {value}.",
    "result_change": "{when} {moved}{work}{where} {measure} {value}.",
    "result_outcome": "{when} was{work}{where} de uitkomst voor ‘{indicator}’: {value}.",
    "result_none": "{when} waren er{work}{where} geen {what}.",
    # A count whose indicator says what was done ("inwoners geholpen"): "In 2024 werden bij … 86 inwoners geholpen."
    "result_done": "{when} {were}{work}{where} {value} {what} {done}.",  # a count of nought: "geen huisuitzettingen"
    # who does the work and how often, from the project's description (staffing.py)
    "do_activity": "In {place} zetten wij {activities} in{for_whom}{partners}.",
    "do_activity_again": "Ook voor dit doel zetten wij {activities} in, zoals beschreven in paragraaf {where}{partners}.",
    # a project without a method chosen: what it offers, as its description names it, then the project it continues
    "do_work": "In {place} bieden wij {activities}{for_whom}{partners}; zo zetten wij {project} voort.",
    "do_work_elsewhere": "In {place} bieden wij {activities}{for_whom}{partners}, zoals wij dat deden in {project}.",
    "do_work_elsewhere_now": "In {place} bieden wij {activities}{for_whom}{partners}, zoals wij dat doen in {project}.",
    "do_work_built": "In {place} bouwen wij voort op {project}{for_whom}{partners}.",
    "do_work_again": "Ook voor dit doel bouwen wij voort op {project}, zoals beschreven in paragraaf {where}{partners}.",
    "with_partners": ", samen met {partners}",
    "do_staff": "Daarvoor zetten wij {staff} in{often}.",
    "do_staff_elsewhere": "In {town} werken daarin nu {staff}{often}.",
    "do_staff_elsewhere_one": "In {town} werkt daarin nu {staff}{often}.",
    "do_often": "Dat doen wij {often}.",
    "do_group": "In {place} richten wij ons op {group}.",
    "staffing_intro": "De inzet per activiteit; waar de kennisbank die niet kent, vult de directie haar in.",
    # the same people (one project's staff) for a second activity: counted once, in the budget too
    "staffing_same": "Dezelfde mensen als bij ‘{activity}’",
    "why_earlier": "De resultaten staan in paragraaf {where}.",
    "why_level_earlier": "De erkenning staat in paragraaf {where}.",
    "see": "zie paragraaf {where}",
    "measure_tender": "{indicator}{target} (indicator van de gemeente)",
    "measure_ours": "{indicator}",
    "measure_ours_baseline": "{indicator} — nulmeting: {value}{when}",
    "measure_ours_before": "{indicator} — eerder bereikt: {value}{when}",
    "measure_target": "Streefwaarde van de gemeente: {target}",
    "measure_same": "Voor ‘{goal}’ geldt dezelfde indicator van de gemeente als in paragraaf {where}{target}.",
    "measure_same_target": ", met de streefwaarde {target}",
    # chapters
    "criterion_goals": "Onder dit criterium beschrijven wij onze aanpak voor {goals}.",
    "price_pointer": "De prijs staat in het prijsformulier bij deze inschrijving; dit plan noemt geen bedragen.",
    "cost_pointer": "De kosten en hun dekking staan in de begroting bij deze aanvraag.",
    "cooperation_intro": "Samenwerking die zich in ons eerdere werk bewees en waarop wij in {municipalities} "
                         "voortbouwen:",
    "cooperation_line": "In {project}{where} werkten wij samen met {partners}.",
    "cooperation_line_now": "In {project}{where} werken wij samen met {partners}.",
    "cooperation_see": "Met welke partners wij in ons huidige werk samenwerken, staat in hoofdstuk {chapter}.",
    "cooperation_asked": "Van de partners die dit criterium noemt, werken wij al samen met {partners}.",
    "cooperation_missing": "afspraken met {missing}, die wij nog niet als partner in ons werk hebben; ",
    "volunteers_counted": "In {work}{where} zetten {count} zich in.",
    "reach_referred_intro": "Zo komen de doelgroepen nu bij ons binnen:",
    "reach_referred": "In {project}{where} kwamen aanmeldingen van {who}.",
    "reach_referred_now": "In {project}{where} komen aanmeldingen van {who}.",
    "reach_ways": "Wij zoeken de doelgroepen ook zelf op: {ways}.",
    "team_methods": "Onze medewerkers en vrijwilligers werken met erkende methoden: {methods}.",
    "grounding_recognised": "Onze aanpak rust op erkende methoden: {methods}.",
    "grounding_own": "{methods} {are} (nog) niet erkend in een databank; de werking onderbouwen wij met onze eigen "
                     "resultaten, die bij de doelen staan.",
    "volunteers_in": "Bij ons werken vrijwilligers in {activities}.",
    "volunteers_trained": "Bij ons werken getrainde vrijwilligers in {activities}.",
    "volunteers_some_trained": "Bij ons werken vrijwilligers in {activities}; in {trained} zijn dat getrainde "
                               "vrijwilligers.",
    "team_intro": "Wie het werk doet, zoals in ons huidige werk:",
    "team_line": "In {project}{where} werkten {staff}.",
    "team_line_now": "In {project}{where} werken {staff}.",
    "team_line_one": "In {project}{where} werkte {staff}.",
    "team_line_now_one": "In {project}{where} werkt {staff}.",
    "requirements_intro": "Hieronder staat per eis hoe wij eraan voldoen en waarmee wij dat aantonen.",
    "reach_intro": "Per doel met een bereik staat hieronder wie wij in {place} bereiken, hoeveel de gemeente "
                   "vraagt en wat wij eerder bereikten.",
    "themes_chosen": "Wij melden ons aan voor de thema's in de tabel, in de plaatsen die erbij staan. Per thema staat "
                     "in welke paragraaf onze bijdrage aan de resultaten beschreven is.",
    "themes_whole": "Wij melden ons aan voor deze opdracht in {places} en dragen bij aan de doelen hieronder.",
    "theme_sections": "paragraaf {sections}",
    # requirements answered from our own records
    "req_recognised": "Wij werken met {methods}.",
    "req_recognised_one": "{method}, erkend als ‘{level}’{details}",
    "req_experience": "Vergelijkbaar werk dat wij uitvoerden: {projects}.",
    "req_local": "Wij werken al in {places}: {projects}.",
    "req_cooperation": "Wij werken al samen met {partners}.",
    "req_commitment": "Akkoord: wij zeggen dit toe.",
    "req_commitment_proof": "Toezegging in {document}",
    # requirements answered from the organisation profile (profile_answers.py)
    "req_legal_form": "Wij zijn een {legal_form}.",
    "req_established": "Wij hebben een vestiging in {places}.",
    "req_working_area": "Wij zijn werkzaam in {places}; het hoort tot ons vaste werkgebied.",
    "req_cao": "Wij volgen de {cao}.",
    "req_registration": "Onze professionals zijn geregistreerd: {registration}.",
    "req_kvk": "Wij staan ingeschreven in het Handelsregister van de Kamer van Koophandel onder nummer {number}.",
    "overview_intro": "Zo dragen onze activiteiten bij aan elk doel; de uitwerking per doel staat bij het thema waar "
                      "het doel onder valt.",
    "budget_intro": "De begroting blijft binnen {ceiling}. De open regels vult de directie in.",
    "budget_no_ceiling": "De uitvraag noemt geen subsidieplafond; de regels hieronder vult de directie in.",
    "budget_cost_per_fte": "Wij rekenen met integrale kosten van {cost} per fte per jaar, inclusief werkgeverslasten, "
                           "overhead en huisvesting.",
    "budget_rate": "Ons uurtarief voor een beroepskracht is {rate}.",
    # the hours per week the records give for a role, counted against the profile's full working week
    "budget_full_week": "Uren per week rekenen wij om naar fte met een volledige werkweek van {hours} uur.",
    "interview_intro": "Voorbereiding op het gesprek met de beoordelingscommissie (niet voor indiening).",
    # questions the committee may ask about a goal (the annex above): its short name, our method, its target
    "question_target": "Hoe haalt u in {place} de streefwaarde {target} bij ‘{goal}’?",
    "question_target_method": "Hoe haalt u met {method} de streefwaarde {target} bij ‘{goal}’?",
    "question_target_indicator": "Hoe haalt u in {place} de streefwaarde {target} voor {indicator}?",
    "question_target_indicator_method": "Hoe haalt u met {method} de streefwaarde {target} voor {indicator}?",
    "question_method": "Hoe zet u {method} in {place} in voor {group}, en wat doet u als het bereik achterblijft?",
    "question_criterion": "Wat merkt {place} in het eerste jaar van uw aanpak voor ‘{criterion}’, en wie is daarvoor "
                          "verantwoordelijk?",
}
# What the organisation hands in, per route, as the proposal names itself.
SUBMISSION = {"subsidie": "deze aanvraag", "open house": "deze aanmelding", "": "deze inschrijving"}
# What a scored criterion is called per route (one, several): a subsidy scores, a tender awards.
CRITERION_WORDS = {"subsidie": ("Beoordelingscriterium", "beoordelingscriteria")}
AWARD_WORDS = ("Gunningscriterium", "gunningscriteria")
# Ordinary words a target or indicator may open with, lowered when it continues a sentence.
OPENERS = frozenset("minimaal maximaal ten tenminste van vanaf tot circa ongeveer ruim bijna alle elke iedere jaarlijks "
                    "per in een de het meer minder stijging daling toename afname gemiddeld aantal aandeel totaal "
                    "percentage score cijfer minstens hoogstens niet geen".split())
# A goal sentence that opens with who wants it ("Het college wil dat …", "Daarnaast wil de gemeente dat …",
# "Wij streven ernaar dat …"): the heading keeps what is wanted.
WANTS = re.compile(r"^(?:(?:daarnaast|ook|verder|tot slot|tevens),?\s+)?(?:"
                   r"(?:wil|willen|wenst|streeft|streven)\s+(?:het college|de gemeenten?|de raad|wij|we)|"
                   r"(?:het college|de gemeenten?|de raad|wij|we)\s+(?:wil|willen|wenst|wensen|streeft|streven))"
                   r"(?:\s+(?:ook|graag|ernaar|er naar|bereiken|zien|bewerkstelligen))*\s+dat\s+(?=\S)", re.IGNORECASE)
# An ambition as a municipality states it: "De gemeente Durkerland wil dat …", "Het college wil bovendien dat …".
AMBITION_WANTS = re.compile(r"^(?i:het college|de gemeenten?|beide gemeenten|de raad|het gemeentebestuur)(?:(?:,|\s+en)?\s+(?:van\s+)?[A-Z][\w'-]+)*"
                            r"\s+(?i:wil|willen|wenst|wensen|streeft|streven)(?:\s+(?i:ook|graag|ernaar|bovendien))*"
                            r"\s+dat\s+(?P<wanted>\S.*)$")
FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s+(?=[A-Z“\"‘'])|$)")
# What no ambition says: an amount of money ("€ 431.000 aan subsidies verstrekt"), or a clause that opens on a pronoun
# whose people or figure another sentence names ("dat zij in de eigen wijk terechtkunnen", "dat dit aantal stijgt"):
# left out, the summary opens as ever.
NO_AMBITION = re.compile(r"€|\beuro\b", re.IGNORECASE)
PRONOUN_FIRST = re.compile(r"^(?:zij|ze|hij|het|dit|dat|die|deze)\b", re.IGNORECASE)


def ambition(text: str, names: list[str]) -> str:
    """The municipality's ambition (its first sentence) in our voice: "Net als de gemeente Durkerland willen wij dat
    inwoners … hulp krijgen …." for what it says it wants, else quoted as ours to share; "" without one."""
    text = " ".join((text or "").split())
    first = FIRST_SENTENCE.match(text)
    text = first.group(1) if first else text
    if not text or NO_AMBITION.search(text):
        return ""
    wants = AMBITION_WANTS.match(text)
    clause = re.search(r"\bdat\s+(\S.*)$", text)  # what is wanted or expected, which must not refer back
    if clause and PRONOUN_FIRST.match(clause.group(1)):
        return ""  # "… willen dat zij …", "Wij verwachten dat dit aantal tot 2031 stijgt …": about an earlier sentence
    if wants:
        return say("ambition_shared", municipalities=municipalities(names), wanted=sentence(wants["wanted"]))
    return say("ambition_quoted", municipalities=municipalities(names), ambition=sentence(text))


# Words that name a tender's document rather than its subject, dropped from the proposal's title.
DOCUMENT_WORDS = re.compile(
    r"\b(aanbestedingsleidraad|aanbestedingsdocument|offerteaanvraag|uitvraag|programma van eisen|"
    r"bestek|leidraad|subsidieregeling|subsidieoproep|subsidietender|beleidsregel|open house|"
    r"toelatingsprocedure|inkoopdocument|beschrijvend document|aanvraagformulier|"
    r"uitnodiging(?:\s+tot\s+(?:toetreding|inschrijving|aanmelding|het indienen van een aanvraag))?)\b\s*[:\-–]?\s*",
    re.IGNORECASE)


def say(name: str, **fields) -> str:
    """The template `name` filled in."""
    return TEMPLATES[name].format(**fields)


def pages(count) -> str:
    """"1 pagina", "4 pagina's"."""
    return f"{count} pagina" if str(count) == "1" else f"{count} pagina's"


def one(staff: str) -> str:
    """"_one" for a single person ("een ouderenadviseur", "één coördinator (0,8 fte)"), whose verb is singular;
    "" for more ("vier jongerenwerkers", "een coördinator en twaalf vrijwilligers")."""
    return "_one" if re.match(r"(?i)(een|één|1)\s", staff.strip()) and not re.search(r"\s(en|met)\s", staff) else ""


def join(items: list[str], last: str = "en") -> str:
    """Items as Dutch writes a list: "a", "a en b", "a, b en c"."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def municipalities(names: list[str]) -> str:
    """"de gemeente Rijnstede", or "de gemeenten Kempenhorst, Ellestein en Gansveld"."""
    names = [n for n in names if n]
    if not names:
        return "de gemeente"
    return f"de gemeente {names[0]}" if len(names) == 1 else f"de gemeenten {join(names)}"


def municipalities_short(names: list[str]) -> str:
    """The subject form: "de gemeente" or "de gemeenten"."""
    return "de gemeenten" if len([n for n in names if n]) > 1 else "de gemeente"


def municipalities_verb(names: list[str], one: str, several: str) -> str:
    """The verb after that subject: `one` ("heeft", "wil") for one municipality, `several` ("hebben", "willen")."""
    return several if len([n for n in names if n]) > 1 else one


def place(names: list[str]) -> str:
    """Where we work: "Rijnstede", "Kempenhorst, Ellestein en Gansveld", or "de gemeente"."""
    return join([n for n in names if n]) or "de gemeente"


def here(record: dict, names: list[str]) -> bool:
    """Whether the record's work took place in one of these municipalities."""
    where = (record.get("municipality") or "").lower()
    return bool(where) and any(n and n.lower() in where for n in names)


def partners_here(record: dict, names: list[str]) -> list[str]:
    """The partners of a project we may name as partners in these municipalities: when the project ran here, all
    but a municipality and the organisations of the project's other towns ("Vereniging Dorpsraden Aldewold" in a
    plan for Mepperdam); from elsewhere only kinds of partner ("huisartsen", "wijkverpleging", "GGD"), never an
    organisation of that other town ("Gemeente Zaanstad", "buurtteam Zaandam-Oost")."""
    partners = plan_partners(record, names)
    if here(record, names):
        others = [town for town in towns(record.get("municipality") or "")
                  if not any(town.lower() == n.lower() for n in names)]
        return [p for p in partners if not any(_names_town(p, town) for town in others)]
    town = (record.get("municipality") or "").lower()
    return [p for p in partners if not (town and town in p.lower()) and _a_kind(p)]


# A municipality named as a partner: "Gemeente Aldewold", "gemeente Heukelveen (schuldhulpverlening)", "Gemeente
# Eschweide – sociaal team"; a church ("Protestantse gemeente Wolderdijk") opens with another word and is none.
MUNICIPALITY = re.compile(r"^\s*(?:de\s+)?gemeente\s+(?P<name>[^,(–—]+?)\s*(?P<part>[,(–—-].*)?$", re.IGNORECASE)


def plan_partners(record: dict, names: list[str]) -> list[str]:
    """The project's partners that are partners in a plan for these municipalities: a municipality is none (it
    commissions or funds the work), nor a department of another municipality; a department of the one addressed
    ("Gemeente Zaanstad, schuldhulpverlening") is."""
    kept = []
    for partner in record.get("partners") or []:
        found = MUNICIPALITY.match(" ".join(str(partner or "").split()))
        if found and not (found["part"] and any(found["name"].lower() == n.lower() for n in names)):
            continue
        if partner and partner.strip():
            kept.append(partner)
    return kept


TOWN_SPLIT = re.compile(r"\s*,\s*|\s+en\s+|\s*[+/&]\s*")


def towns(text: str) -> list[str]:
    """The municipalities a record's place names: "Heukelveen, Mepperdam en Aldewold" → the three."""
    return [t for t in TOWN_SPLIT.split(text or "") if t.strip()]


def _names_town(partner: str, town: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(town)}(?![\w-])", partner, re.IGNORECASE))


def _a_kind(partner: str) -> bool:
    words = re.findall(r"[\w-]+", partner)
    if not words or "gemeente" in partner.lower():
        return False
    first_ok = words[0][:1].islower() or (words[0].isupper() and len(words[0]) <= 4)
    return first_ok and all(w[:1].islower() or (w.isupper() and len(w) <= 4) for w in words[1:])


def capitalised(text: str) -> str:
    """The text with its first letter in upper case; "één" is written "Eén" (Dutch spelling keeps the accent on
    the lower-case e, "Één" is wrong)."""
    if text[:3] == "één":
        return "Eén" + text[3:]
    return text[:1].upper() + text[1:]


def in_sentence(text: str) -> str:
    """A heading or name inside a running sentence: only its first letter lowered ("Inzet van vrijwilligers uit
    Lindewaerde" → "inzet van vrijwilligers uit Lindewaerde"); an abbreviation ("GGD", "VOG-beleid") stays."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first[1:2].islower() or len(first) == 1 else text


def inline(text: str) -> str:
    """Text to continue a sentence with: "Minimaal 250 mantelzorgers" → "minimaal 250 mantelzorgers";
    a name ("Oostervaart", "GGD") keeps its capital."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in OPENERS and first[1:].islower() else text


def target_text(text: str) -> str:
    """A target of the tender inside a sentence, its figures the Dutch way: "Ten minste 1500 huisbezoeken" →
    "ten minste 1.500 huisbezoeken"."""
    return dutch.figures(inline(" ".join((text or "").split())))


def measure(indicator: str) -> str:
    """An indicator inside a sentence: "Gemiddelde schuld bij aanmelding" → "gemiddelde schuld bij aanmelding";
    an abbreviation or a name with capitals inside ("GGD-monitor", "WMO") keeps its case."""
    indicator = " ".join(indicator.split()).rstrip(".")
    first = indicator.split(" ", 1)[0]
    return indicator[:1].lower() + indicator[1:] if first[1:].islower() or len(first) == 1 else indicator


# A share or count written the way some records store it, its "Aandeel"/"Aantal" left off: "deelnemers dat beter
# weet waar ..." (a plural noun, then "dat" and a singular verb). Only a head noun before "dat" makes the clause
# grammatical again; "deelnemers die zich minder eenzaam voelen" is Dutch as it stands.
HEADLESS = re.compile(r"^(?:[\w-]+\s+){0,2}?[\w-]+(?:s|en)\s+dat\s+\S", re.IGNORECASE)
COUNTED = re.compile(r"(?:[A-Za-zë-]+\s)?[A-Za-zë-]+(?:en|s)")  # one or two words, a plural last: what is counted
WHOLE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")  # a whole number, as stored or written the Dutch way
SCORED = re.compile(r"tevreden|score|cijfer|gemiddeld|waardering|oordeel", re.IGNORECASE)  # a mark, not a count
SHARE = re.compile(r"%|procent|\bop\s+de\b|\bvan\s+de\b|\bop\s+\d|\bvan\s+\d"
                   r"|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|\d)\s*(?:derde|kwart|vijfde|zesde|achtste|tiende)n?\b"
                   r"|\bhelft\b|\bdriekwart\b", re.IGNORECASE)  # also a fraction in words: "twee derde", "de helft"
CHANGE = re.compile(r"\bvan\s+\S+.*\bnaar\s+\S", re.IGNORECASE)  # "van 146 naar 97": a change, not a level


def indicator(text: str, value_text: str = "", unit: str = "") -> str:
    """An indicator as a heading of its figure: "deelnemers dat beter weet …" with the value "83%" →
    "Aandeel deelnemers dat beter weet …", with a count → "Aantal …"; any other indicator capitalised as stored."""
    text = " ".join(text.split())
    share = SHARE.search(f"{value_text} {unit}") or re.search(r"€|euro|[+-]\d", f"{value_text} {unit}")
    if text.split(" ", 1)[0].lower() in OPENERS:
        return capitalised(text)
    if HEADLESS.match(text):
        return f"{'Aandeel' if share else 'Aantal'} {measure(text)}"
    if COUNTED.fullmatch(text) and WHOLE.fullmatch(value_text.strip()) and not SCORED.search(text):
        # "Huisbezoeken", "Actieve bemiddelaars" with a whole number: a count
        return f"Aantal {measure(text)}"
    return capitalised(text)


def criterion_words(route: str) -> tuple[str, str]:
    """("Gunningscriterium", "gunningscriteria"), or a subsidy's "Beoordelingscriterium"."""
    return CRITERION_WORDS.get(route, AWARD_WORDS)


def wanted(text: str) -> str:
    """What a goal sentence wants, without who wants it: "Het college wil dat inwoners …" → "Inwoners …"."""
    rest = WANTS.sub("", text, count=1)
    return capitalised(rest) if rest != text and len(rest.split()) >= 3 else text


# Dutch word order: a clause cut from "wij willen dat ..." ends in its verbs ("minder ouderen zich eenzaam
# voelen"); a heading is a main clause with the finite verb second ("Minder ouderen voelen zich eenzaam").
AUXILIARIES = frozenset({"kunnen", "kan", "moeten", "moet", "willen", "wil", "mogen", "mag", "worden", "wordt",
                         "zijn", "is", "hebben", "heeft", "blijven", "blijft", "gaan", "gaat", "hoeven", "hoeft",
                         "zullen", "zal", "raken", "raakt"})
# Words that open what follows the subject: reflexives, articles, objects, adverbs, adverbial prepositions.
AFTER_SUBJECT = frozenset({"zich", "een", "de", "het", "hun", "haar", "elkaar", "meer", "minder", "eerder",
                           "sneller", "langer", "beter", "vaker", "niet", "weer", "ook", "zelf", "zelfstandig",
                           "tijdig", "actief", "dit", "er", "goed", "veilig", "één", "ten", "in", "op", "na",
                           "binnen", "voor", "naar", "met"})
SUBJECT_PREPOSITIONS = frozenset({"met", "van", "uit", "in", "zonder", "tot", "aan", "bij"})  # "Inwoners met geldzorgen"
DETERMINERS = frozenset({"de", "het", "een", "hun", "haar", "zijn", "onze", "elke", "deze", "dit"})
# A word right after one of these is a noun ("een plek is voor dagactiviteiten"), never the clause's verb.
PREPOSITIONS = SUBJECT_PREPOSITIONS | frozenset({"voor", "naar", "op", "over", "door", "om", "per", "tegen", "tussen",
                                                 "onder", "boven", "rond", "via", "binnen", "buiten", "na", "sinds"})
SUBORDINATE = re.compile(r"\s(?=(?:dat|die|omdat|zodat|waardoor|en dat)\s)|,\s(?=(?:ook|met|zoals|in)\s)")


def main_clause(clause: str) -> str | None:
    """A verb-final clause in main-clause order: "Minder ouderen zich ernstig eenzaam voelen" → "Minder
    ouderen voelen zich ernstig eenzaam"; "Er in elke kern een plek is die …" → "Er is in elke kern een
    plek die …"; a short phrase after a final auxiliary stays at the end ("… een plek is voor
    dagactiviteiten" → "… is … een plek voor dagactiviteiten"). None when the words leave the verbs or the
    subject in doubt (a relative clause inside the subject, a longer phrase after the verbs, a comma): the
    caller keeps the clause as it is."""
    found = SUBORDINATE.search(clause.rstrip("."))
    head, tail = (clause[:found.start()], clause.rstrip(".")[found.start():]) if found else (clause.rstrip("."), "")
    words = head.split()
    low = [w.lower() for w in words]
    if len(words) < 3 or "," in head:
        return None
    after = next((at for at in range(len(low) - 2, max(1, len(low) - 5), -1)  # "… een plek is | voor dagactiviteiten"
                  if low[at] in PREPOSITIONS and low[at - 1] in AUXILIARIES), None)
    if after is not None:
        front = main_clause(" ".join(words[:after]))
        return f"{front} {' '.join(words[after:])}{tail}" if front else None
    if low[-3:-2] and low[-3] in AUXILIARIES and low[-2] not in AFTER_SUBJECT:
        finite = len(low) - 3  # "kunnen blijven wonen"
    elif low[-2] in AUXILIARIES:
        finite = len(low) - 2  # "kunnen volhouden"
    else:
        finite = len(low) - 1  # "voelen", "bereikt worden"
    if finite < 2 or not (low[finite] in AUXILIARIES or re.fullmatch(r"[a-zë]+(?:en|t)", words[finite])) \
            or low[finite - 1] in DETERMINERS | PREPOSITIONS or _ends_a_phrase(low, finite):
        return None
    end = 1 if low[0] == "er" else _subject_end(low, finite)
    if end is None or (finite == len(low) - 1 and any(  # "… netwerk hebben en zich eenzaam voelen": two verbs
            low[at + 1] == "en" and re.fullmatch(r"[a-zë]+en", low[at]) and low[at - 1] not in DETERMINERS
            for at in range(end, finite - 1))):
        return None
    return " ".join(words[:end] + [words[finite]] + words[end:finite] + words[finite + 1:]) + tail


def _ends_a_phrase(low: list[str], at: int) -> bool:
    """Whether the word at `at` ends a prepositional phrase, only determiners and adjectives between:
    "voor hun buurt", "op hun vaste lasten" (a noun, though it ends in -en like a verb)."""
    return any(low[p] in PREPOSITIONS and all(w in DETERMINERS or re.fullmatch(r"[a-zë]+e", w) for w in low[p + 1:at])
               for p in range(max(0, at - 3), at))


def _subject_end(low: list[str], finite: int) -> int | None:
    """The index of the first word after the subject, or None when it is not clear."""
    at = 1
    while at < finite:
        if low[at] in ("die", "dat", "wie", "waar"):
            return None
        if low[at] in SUBJECT_PREPOSITIONS:  # "met (een) hulpvraag", "van jonge kinderen": part of the subject
            at += 1
            while at < finite and low[at] in DETERMINERS:
                at += 1
            at += 1
            continue
        if low[at] in AFTER_SUBJECT:
            return at
        at += 1
    return None


def sentence(text: str) -> str:
    """Text ending as a sentence."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


PLACE_NAMED = re.compile(r"\b(?i:regio|gemeenten?|stadsdeel|district|in)\s+[A-Z]")
# What a document's title adds about the document itself: "… 2027–2028 | versie 1.2, 3 juni 2027", "… – concept".
TRAILER = re.compile(r"\s*(?:\|.*|[,–-]\s*(?i:versie|concept|definitief)\b.*)$")


def subject(title: str, names: list[str]) -> str:
    """The tender's subject for the proposal's title: its document words dropped, the place named."""
    text = " ".join(DOCUMENT_WORDS.sub(" ", TRAILER.sub("", title) or title).split()).strip(" -–:")
    text = period(text)  # a span of years takes an en dash
    text = re.sub(r"^(?:de |het )?(?:gemeente|gemeenten)\s+", "", text, flags=re.IGNORECASE)
    if not text:
        text = "Welzijn"
    missing = [n for n in names if n and n.lower() not in text.lower()]
    if missing and not PLACE_NAMED.search(text):  # "Regio Groene Delta" already says where
        year = re.search(r"\s(20\d\d(?:\s*[-–]\s*20\d\d)?)$", text)
        core = text[: year.start()] if year else text
        text = f"{core} {join(missing)}" + (f" {year.group(1)}" if year else "")
    return capitalised(text)


VALUE = re.compile(r"^[+-]?(\d+(?:[.,]\d+)?)$")


def value(value_text: str, unit: str, named: str = "") -> str:
    """A stored value and unit the Dutch way: "4.3" → "4,3", "1100000" → "1.100.000", "58 %" → "58%". After
    `named`, the indicator it counts, a unit the indicator names is left out: "Deelnemers per week: 46", not
    "46 deelnemers"."""
    raw, unit = (value_text or "").strip(), (unit or "").strip()
    match = VALUE.match(raw)
    if match and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):  # "1.860" is already Dutch
        number = raw.replace(",", ".")
        shown = dutch.number(number)
        if unit.lower() in ("euro", "eur", "€"):
            return dutch.money(float(number), short=True)
    else:
        shown = raw
    if not unit or _names_unit(shown, unit) or _counted_in(named, unit):
        return shown
    if unit.startswith("%") or unit == "procent":
        return f"{shown}%"
    return f"{shown} {unit}"


def period(text: str) -> str:
    """A record's period the Dutch way: a span of years with an en dash ("2021–2024")."""
    return re.sub(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", "\\1–\\2", text or "")


# A period still running: "sinds 2021", "vanaf 2019", "2020 - heden", "2018 - lopend", "2021-".
RUNNING = re.compile(r"^\s*(?:sinds|vanaf)\s+(?P<since>.+)$|"
                     r"^\s*(?P<start>(?:19|20)\d\d)\s*(?:[-–]\s*(?:heden|nu|lopend|doorlopend)?)?\s*$", re.IGNORECASE)


def running_since(text: str) -> str:
    """Where a period still running starts ("sinds 2021", "2020 - heden", "2021-": "2021"; "sinds najaar 2023":
    "najaar 2023"); "" for a closed period or a bare year."""
    text = " ".join((text or "").split())
    running = RUNNING.match(text) if text and not re.fullmatch(r"(?:19|20)\d\d", text) else None
    return (running["since"] or running["start"]) if running else ""


# A span of years ("2023–2026"): still running while its last year has not passed.
SPAN = re.compile(r"^\s*(?P<start>(?:19|20)\d\d)\s*[-–]\s*(?P<end>(?:19|20)\d\d)\s*$")


def still_running(text: str, year: int | None = None) -> str:
    """Where work still running started: as `running_since`, and for a span of years that began and has not ended
    yet ("2023–2026" in 2026) its first year; "" for work that has ended."""
    span = SPAN.match(" ".join((text or "").split()))
    if span:
        year = year or dt.date.today().year
        return span["start"] if int(span["start"]) <= year <= int(span["end"]) else ""
    return running_since(text)


def when_done(text: str) -> tuple[str, str]:
    """When a project ran, to follow "dat wij", with its verb: ("in 2021–2024 ", "uitvoerden"); a period still
    running in the present tense: ("sinds 2021 ", "uitvoeren") for "sinds 2021", "2021 - heden", "2021-" or a span
    not ended yet."""
    since = still_running(text)
    if since:
        return f"sinds {since} ", "uitvoeren"
    text = " ".join((text or "").split())
    ends = re.split(r"\s+[–-]\s+", text)
    if len(ends) == 2 and not all(re.fullmatch(r"(?:19|20)\d\d", end) for end in ends):  # "2020 – eind 2024"
        return f"van {ends[0]} tot {ends[1]} ", "uitvoerden"
    return (f"in {period(text)} " if text else ""), "uitvoerden"


def where_when(place: str, when: str) -> str:
    """"Zaanstad, 2021–2024": where and when a record's work was done, as far as known."""
    return ", ".join(v for v in (place, period(when)) if v)


def _counted_in(indicator: str, unit: str) -> bool:
    """Whether an indicator names the unit it counts ("Huishoudens met een maatje" counts huishoudens); a share,
    an amount or a time is always written with its unit."""
    words = re.findall(r"\w+", unit.lower())
    return bool(words) and not re.search(r"%|procent|euro|€", unit, re.IGNORECASE) and \
        set(words) <= set(re.findall(r"\w+", indicator.lower()))


def _names_unit(shown: str, unit: str) -> bool:
    """Whether a value written out already carries its unit ("van 41% naar 17%", "23 van de 31 keten", "€ 1,3
    miljoen" in euro)."""
    if unit.startswith("%") or unit == "procent":
        return bool(re.search(r"\d\s*(%|procent)", shown))
    if unit.lower() in ("euro", "eur", "€"):
        return bool(re.search(r"€|\beuro\b", shown, re.IGNORECASE))
    return shown.lower().rstrip(". ").endswith(unit.lower())


def project_named(project: dict, capital: bool = False) -> str:
    """A project where it stands for our approach: its title, or in an anonymous draft what the work is, with
    its letter ("ons werk met Buurtbemiddeling voor buren met onenigheid (project C)")."""
    approach = (project.get("approach") or "").strip()
    named = say("project_approach_named", approach=approach, project=project.get("title", "")) if approach \
        else project.get("title", "")
    return capitalised(named) if capital else named


def project_approach(project: dict, methods: list[str]) -> str:
    """"ons werk met Pleinwerk voor kinderen van 4-12 jaar": the project's method (if chosen) and target
    group; "" when it stores neither."""
    group = " ".join(str(project.get("target_group") or "").split())
    if not methods and not group:
        return ""
    return say("project_approach", method=f" met {join(methods[:1])}" if methods else "",
               whom=f" voor {group}" if group else "")


def proposal_title(tender) -> str:
    """"Voorstel Stichting Welzijn De Brug — Informele zorg Rijnstede 2026–2029"; for a tender assessed
    anonymously "Plan van aanpak — Informele zorg Rijnstede 2026–2029"; for the lots bid for, they follow
    ("…, perceel 2 Straatwerk")."""
    title = say("title_anonymous" if tender.anonymous else "title", organisation=tender.organisation,
                subject=subject(tender.title, tender.municipalities))
    return say("title_lots", title=title, lots=lot_names(tender.bid_lots)) if tender.bid_lots else title


def lot_names(titles: list[str]) -> str:
    """The lots as a sentence names them: "perceel 1 Jongerenwerk en perceel 2 Straatwerk"."""
    return join([re.sub(r"^(\w+)(?=\s+\w)", lambda found: found[1].lower(), title) for title in titles])


def lots_summary(tender) -> str:
    """The summary's sentence on the lots bid for, with their budget where the tender gives it; "" for all lots."""
    if not tender.bid_lots:
        return ""
    several = len(tender.bid_lots) > 1
    return say("summary_lots_open_house" if tender.route == "open house" else "summary_lots",
               lots=lot_names(tender.bid_lots), budget=f" (budget {tender.budget})" if tender.budget else "",
               these="van deze percelen en de doelen voor alle percelen" if several
               else "van dit perceel en de doelen voor alle percelen")


# What a count of people counts ("412 jongeren", "63 gezinnen"): we reached them; any other count we counted.
PEOPLE = frozenset("jongeren kinderen kids gezinnen ouders leerlingen meiden jongens deelnemers inwoners bewoners "
                   "ouderen mantelzorgers vrijwilligers huishoudens cliënten clienten vrouwen mannen nieuwkomers "
                   "statushouders mensen personen families buren studenten bezoekers moeders vaders "
                   "gasten huurders patiënten".split())
NUMBER_WORDS = re.compile(r"^(?:ruim|circa|ongeveer|gemiddeld|bijna|zo'n|meer dan|minstens)?\s*(?:\d[\d.,]*|een|twee|drie|"
                          r"vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|[a-z]*(?:tien|tig|honderd|duizend))\b",
                          re.IGNORECASE)
# Indicator words that only say it is a count of ours ("unieke jongeren bereikt"): no need to name them again.
COUNT_ONLY = frozenset("aantal unieke bereikt begeleid begeleide deelnemende bezochte per jaar totaal verschillende "
                       "actieve".split())
SEASON = re.compile(r"^(voorjaar|zomer|najaar|winter|zomers)\s+(.+)$", re.IGNORECASE)
ARTICLE = {"aandeel": "het", "aantal": "het", "percentage": "het", "score": "de", "cijfer": "de"}


def when_phrase(text: str) -> str:
    """A result's period opening a sentence: "In 2024", "In schooljaar 2023/2024", "Sinds najaar 2023", "In de
    zomer van 2024"; "Eerder" when it has none."""
    text = period(" ".join((text or "").split()))
    if not text:
        return "Eerder"
    if re.match(r"(?i)(sinds|vanaf|eind|begin|medio|tot)\b", text):
        return capitalised(text)
    if re.fullmatch(r"(?:19|20)\d\d/(?:19|20)\d\d", text):  # "2023/2024", written short from "23/24": a school year
        return f"In schooljaar {text}"
    season = SEASON.match(text)
    if season:
        article = "het" if season[1].lower() in ("voorjaar", "najaar") else "de"
        return f"In {article} {season[1].lower()} van {season[2]}"
    return f"In {text}"


def result_sentence(indicator_text: str, value_text: str, unit: str, when: str, place: str, work: str) -> str:
    """A result of ours as one sentence with its figure, period, place and the work that achieved it:
    "In 2024 bereikten wij met Home-Start in Marrevoort en Ommerzijl 63 gezinnen.", "In schooljaar 2023/2024 was
    het aandeel … bij project B in Marrevoort 84%."; any other measure: "… was de uitkomst voor ‘…’: 8 op de 10."."""
    named = indicator(indicator_text, value_text, unit)
    fields = {"when": when_phrase(when), "where": f" in {place}" if place and not names_places(work, place) else ""}
    none = counted_none(indicator_text, value_text, unit)
    if none:
        return say("result_none", what=none, work=f" bij {work}" if work else "", **fields)
    done = _done(indicator_text, value_text, unit)
    if done:
        what, participle = done
        were = "worden" if running_since(when) else "werden"
        return say("result_done", were=were, work=f" bij {work}" if work else "", value=value(value_text, ""),
                   what=what, done=participle, **fields)
    figure = value(value_text, unit)
    if not unit.strip() and named.startswith("Aantal ") and WHOLE.fullmatch(value_text.strip()):
        figure = f"{figure} {measure(named[len('Aantal '):])}"  # "Huisbezoeken" 1030: "1.030 huisbezoeken"
    words = re.findall(r"[\w'-]+", figure.lower())
    own = re.findall(r"[\w'-]+", indicator_text.lower())
    if len(words) >= 2 and own and own[0] == words[1]:
        # "mantelzorgers met respijt per week" counting "46 mantelzorgers": the indicator says what the figure counts
        figure = f"{value(value_text, '')} {measure(indicator_text)}"
        words = re.findall(r"[\w'-]+", figure.lower())
    counted = bool(NUMBER_WORDS.match(value_text.strip())) and not SHARE.search(f"{value_text} {unit}") \
        and not CHANGE.search(value_text) and not SCORED.search(f"{indicator_text} {unit}") and len(words) >= 2
    if counted:
        extra = [w for w in re.findall(r"[\w'-]+", indicator_text.lower()) if w not in words and w not in COUNT_ONLY]
        what = f" ({measure(indicator_text)})" if extra else ""
        key = ("result_reached" if any(w in PEOPLE for w in words) else "result_counted") + \
            ("_now" if running_since(when) else "")
        preposition = " met " if key.startswith("result_reached") else " bij "
        return say(key, work=preposition + work if work else "", value=figure, what=what, **fields)
    first = named.split(" ", 1)[0].lower()
    shown = value(value_text, unit, named)
    moved = _moved(value_text)
    if moved:  # "van 146 naar 97": it fell or rose, said so
        what = f"de score voor ‘{measure(named)}’" if SCORED.search(f"{indicator_text} {unit}") else \
            f"{ARTICLE[first]} {measure(named)}" if first in ARTICLE else f"het aantal {measure(named)}"
        return say("result_change", moved=moved, measure=what, work=f" bij {work}" if work else "", value=shown,
                   **fields)
    if first in ARTICLE:
        return say("result_measure", measure=f"{ARTICLE[first]} {measure(named)}", work=f" bij {work}" if work else "",
                   value=shown, **fields)
    return say("result_outcome", indicator=measure(named), work=f" bij {work}" if work else "", value=shown, **fields)


ZERO = re.compile(r"0|nul|geen", re.IGNORECASE)
# An indicator naming what was counted and what was done to it: "inwoners geholpen", "huisbezoeken afgelegd",
# "aantal mantelzorgers bereikt". The counted noun is a plural; the last word a past participle.
DONE = re.compile(r"^(?:(?:het\s+)?aantal\s+)?(?P<what>(?:[\w-]+\s+)*?[\w-]+(?:en|s))\s+"
                  r"(?P<done>(?:ge|be|ver|ont|her|er|toe|door|aan|af|op|uit|mee|in|terug)[a-zë]{2,}(?:d|t|en))$",
                  re.IGNORECASE)
PREPOSITIONS = frozenset("in op aan met voor naar uit bij van over door tot om".split())


def _done(indicator_text: str, value_text: str, unit: str) -> tuple[str, str] | None:
    """(what was counted, what was done) for a plain count above one whose indicator ends in a past participle
    ("inwoners geholpen" → ("inwoners", "geholpen")); None for a share, score, change or any other indicator."""
    found = DONE.match(measure(indicator_text or ""))
    shown = (value_text or "").strip()
    if not found or not NUMBER_WORDS.fullmatch(shown) or re.fullmatch(r"1|een|één", shown) or SHARE.search(f"{shown} {unit}") or CHANGE.search(shown) \
            or SCORED.search(f"{indicator_text} {unit}"):
        return None
    words = found["what"].split()
    if words[-1].lower() in PREPOSITIONS or words[-1].lower().endswith("e") or (
            unit.strip() and unit.strip().lower() != words[-1].lower()):
        return None
    return found["what"], found["done"]


def counted_none(indicator_text: str, value_text: str, unit: str) -> str:
    """What a count of nought counts, for "geen …": "huisuitzettingen wegens huurachterstand" for the value "0" of
    that indicator in huisuitzettingen; "" for any other value, or a share, score or amount ("0%" stays a figure)."""
    if not ZERO.fullmatch((value_text or "").strip()) or SHARE.search(unit or "") or SCORED.search(
            f"{indicator_text} {unit}") or re.search(r"€|euro", unit or "", re.IGNORECASE):
        return ""
    named = re.sub(r"^(?:het\s+)?aantal\s+", "", measure(indicator_text or ""), flags=re.IGNORECASE)
    noun = (unit or "").strip().lower()
    if named and (not noun or named.lower().startswith(noun.split()[0])):
        return named  # the indicator names what is counted, and more: "huisuitzettingen wegens huurachterstand"
    return noun


def names_places(work: str, place: str) -> bool:
    """Whether the work's name already says where it was done ("Digitaal meedoen in Durkerland en Wierland" for
    "Durkerland en Wierland"), so the place is not said twice."""
    names = [name for name in re.split(r",\s*|\s+en\s+", place) if name.strip()]
    return bool(work and names) and all(re.search(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])", work, re.IGNORECASE)
                                        for name in names)


FROM_TO = re.compile(r"\bvan\s+(\d+(?:[.,]\d+)?)\D{0,20}?\bnaar\s+(\d+(?:[.,]\d+)?)", re.IGNORECASE)


def _moved(value_text: str) -> str:
    """"daalde" or "steeg" for a change "van 146 naar 97" / "van 5,8 naar 7,4"; "" for anything else."""
    found = FROM_TO.search(value_text or "")
    if not found:
        return ""
    before, after = (float(n.replace(".", "").replace(",", ".")) for n in found.groups())
    return "daalde" if after < before else "steeg" if after > before else ""
