"""The Dutch sentences of a draft in one place: templates and the small grammar they need.

Edit the wording here; the composing code fills in the fields. Every template speaks for the
organisation ("wij") about this municipality, in the present or future tense.
"""
from __future__ import annotations

import re

from .. import dutch

TEMPLATES = {
    # the title page and the summary
    "title": "Voorstel {organisation} — {subject}",
    "to": "Aan {municipalities}",
    "summary_intro": "Met dit voorstel reageert {organisation} op de uitvraag ‘{tender}’ van {municipalities}. "
                     "Wij sluiten aan bij de doelen die {municipalities_short} zelf heeft geformuleerd en laten per "
                     "doel zien wat wij gaan doen, waarom dat werkt en wat wij meten.",
    "summary_criteria": "Het voorstel volgt de gunningscriteria van de uitvraag, in dezelfde volgorde.",
    # a goal section
    "goal_lead": "{municipality_cap} wil: {goal}",
    "goal_target": "De gemeente meet dit met: {indicator}{target}.",
    "do_method": "In {place} zetten wij {method} in{for_whom}.",
    "do_method_again": "Ook hier zetten wij {method} in; de werkwijze en de resultaten staan in paragraaf {where}.",
    "do_project": "Wij bouwen daarbij voort op {project}, dat wij {when}{where} uitvoerden.",
    "do_project_again": "Daarbij bouwen wij ook voort op {project} (zie paragraaf {where}).",
    "do_partners": "Wij werken hierin samen met {partners}.",
    "do_same": "Ook voor ‘{goal}’ geldt:",
    "do_from_results": "Wij zetten in {place} de aanpak van {projects} voort; wat die opleverde, staat hieronder.",
    "do_target": "Daarmee werken wij toe naar de streefwaarde van de gemeente: {target}.",
    "why_level": "{method} is erkend als {level} ({details}).",
    "why_level_plain": "{method} is erkend als {level}.",
    "why_unrecognised": "{method} is (nog) niet erkend in een databank; de werking onderbouwen wij met onze "
                        "eigen resultaten.",
    "why_result": "{indicator}: {value}{context}.",
    "why_earlier": "Resultaten: zie paragraaf {where}.",
    "see": "zie paragraaf {where}",
    "measure_tender": "{indicator}{target} (indicator van de gemeente)",
    "measure_ours": "{indicator}",
    "measure_target": "Streefwaarde van de gemeente: {target}",
    "measure_same": "Voor ‘{goal}’ geldt dezelfde indicator van de gemeente als in paragraaf {where}.",
    # chapters
    "criterion_goals": "Onder dit criterium beschrijven wij onze aanpak voor {goals}.",
    "price_pointer": "De prijs staat in het prijsformulier bij deze inschrijving; dit plan noemt geen bedragen.",
    "cooperation_intro": "Wij werken in {municipalities} samen met partners die wij kennen uit eerder werk:",
    "cooperation_line": "in {project} met {partners}",
    "requirements_intro": "Hieronder staat per eis hoe wij eraan voldoen en waarmee wij dat aantonen.",
    "themes_intro": "Wij melden ons aan voor de onderstaande thema's en leveren daarin deze bijdrage:",
    "budget_intro": "De begroting blijft binnen {ceiling}. De regels hieronder vult de directie in.",
    "budget_no_ceiling": "De uitvraag noemt geen subsidieplafond; de regels hieronder vult de directie in.",
    "interview_intro": "Voorbereiding op het gesprek met de beoordelingscommissie (niet voor indiening).",
}
# Words that name a tender's document rather than its subject, dropped from the proposal's title.
DOCUMENT_WORDS = re.compile(
    r"\b(aanbestedingsleidraad|aanbestedingsdocument|offerteaanvraag|uitvraag|programma van eisen|"
    r"bestek|leidraad|subsidieregeling|subsidieoproep|subsidietender|beleidsregel|open house|"
    r"toelatingsprocedure|inkoopdocument|beschrijvend document|aanvraagformulier)\b\s*[:\-–]?\s*", re.IGNORECASE)


def say(name: str, **fields) -> str:
    """The template `name` filled in."""
    return TEMPLATES[name].format(**fields)


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


def place(names: list[str]) -> str:
    """Where we work: "Rijnstede", "Kempenhorst, Ellestein en Gansveld", or "de gemeente"."""
    return join([n for n in names if n]) or "de gemeente"


def capitalised(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """Text ending as a sentence."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


PLACE_NAMED = re.compile(r"\b(?i:regio|gemeenten?|stadsdeel|district)\s+[A-Z]")


def subject(title: str, names: list[str]) -> str:
    """The tender's subject for the proposal's title: its document words dropped, the place named."""
    text = " ".join(DOCUMENT_WORDS.sub(" ", title).split()).strip(" -–:")
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


def value(value_text: str, unit: str) -> str:
    """A stored value and unit the Dutch way: "4.3" → "4,3", "1100000" → "1.100.000", "58 %" → "58%"."""
    raw, unit = (value_text or "").strip(), (unit or "").strip()
    match = VALUE.match(raw)
    if match and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):  # "1.860" is already Dutch
        number = raw.replace(",", ".")
        shown = dutch.number(number)
        if unit.lower() in ("euro", "eur", "€"):
            return dutch.money(float(number), short=True)
    else:
        shown = raw
    if not unit:
        return shown
    if unit.startswith("%") or unit == "procent":
        return f"{shown}%"
    return f"{shown} {unit}"
