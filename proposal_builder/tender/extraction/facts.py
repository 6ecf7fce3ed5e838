"""Budget, funding route and target groups of a tender."""

import re
from dataclasses import asdict, dataclass

from ..reading.blocks import HEADING, LIST_ITEM, TABLE_ROW, Block
from .sentences import split_sentences

AMOUNT_RE = re.compile(
    r"(?:€|eur(?:o)?\b\.?)\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?(?:\s*(miljoen|mln\.?|k\b|duizend))?"
    r"|(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(miljoen|mln\.?)?\s*euro\b"
    r"|\b(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(miljoen)\s+euro\b",  # "twee miljoen euro"
    re.IGNORECASE,
)
WORD_AMOUNTS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
                "tien": 10}
BUDGET_CUE = re.compile(
    r"plafond|budget|beschikbaar|opdrachtwaarde|geraamde|raming|maximaal bedrag|totaalbedrag|"
    r"subsidiebedrag|ter beschikking|financiële ruimte|bedraagt|middelen",
    re.IGNORECASE,
)
NOT_BUDGET = re.compile(
    r"verzeker|dekking|aansprakelijk|accountant|controleverklaring|boete|per gebeurtenis|"
    r"voorschot|omzet|jaarrekening|meer dan|vanaf(?!\s+(?:19|20)\d\d)|minder dan|tarief|uurtarief|per uur|"
    r"per\s+aanvrag(?:er|ers)\b|per\s+aanvraag\b|"  # the most one applicant may get
    r"\b(onder|boven|lager\s+dan|hoger\s+dan|kleiner\s+dan|groter\s+dan)\s+(€|eur)|drempel|schuld|"  # thresholds
    r"\bbuiten\s+(?:het|dit)\s+(?:budget|plafond)|"  # costs the municipality bears itself
    r"\bgeen\s+(?:subsidie)?(?:plafond|budget)\b",  # "dat bedrag is een indicatie en geen plafond"
    re.IGNORECASE,
)
CEILING = re.compile(r"plafond", re.IGNORECASE)
# Money spent now or before ("Het huidige subsidiebudget bedraagt ...", "In de pilotfase was jaarlijks ...") is context.
NOT_CURRENT = re.compile(r"\bhuidige\b|\btot\s+nu\s+toe\b|\bpilotfase\b|\b(?:was|waren)\b|\bvorige\b|\bsubsidieerde\b",
                         re.IGNORECASE)
PARTS = re.compile(r"\bperce(?:e)?l|\bthema|\bkavel|deelplafond", re.IGNORECASE)
TOTAL = re.compile(r"\b(looptijd|in\s+totaal|totaal|gehele\s+periode|over\s+(de\s+|een\s+)?(\w+\s+)?jaar)\b", re.IGNORECASE)
PER_YEAR = re.compile(r"per jaar|jaarlijks|op jaarbasis|per kalenderjaar|\b(?:ieder|elk)\s+jaar\b|\bvoor\s+(?:elk|ieder)\s+van\s+de\s+jaren\b|\bvoor\s+het\s+(?:kalender)?jaar\s+20\d\d\b",
                      re.IGNORECASE)  # a one-year call's ceiling "voor het jaar 2027" is per year
# the value with its extensions: "inclusief de verlengingsopties", "inclusief de twee mogelijke verlengingen",
# "over de maximale looptijd van acht jaar"
ESTIMATE = re.compile(r"\binclusief\s+(?:[\w-]+\s+){0,3}?(?:verlenging|optie)|\bmaximale\s+looptijd\b", re.IGNORECASE)
TOTAL_ROW = re.compile(r"^\s*(?:totaal|total)\b", re.IGNORECASE)
BUDGET_COLUMN = re.compile(r"budget|plafond|bedrag|beschikbaar", re.IGNORECASE)

ROUTE_CUES = {
    "open house": re.compile(r"open[\s-]?house|toelatingsprocedure|toelatingseisen|worden\s+toegelaten", re.IGNORECASE),
    "subsidie": re.compile(r"subsidie|aanvrager|awb|beschikking|subsidiabel", re.IGNORECASE),
    "aanbesteding": re.compile(
        r"aanbested|inschrijver|offerte|opdrachtnemer|gunning|gegund|bpkv|emvi|prijs-kwaliteit|tenderned|\buea\b",
        re.IGNORECASE,
    ),
}
# "Dit is geen aanbesteding" says what the route is not.
NEGATED_ROUTE = re.compile(r"\b(geen|niet\s+(een|als))\s+(europese\s+)?(aanbesteding\w*|subsidie\w*|open\s+house)", re.IGNORECASE)
TARGET_HEADING = re.compile(r"doelgroep", re.IGNORECASE)
TARGET_SENTENCE = re.compile(r"doelgroep(en)?\s+(is|zijn|bestaat|bestaan|vormen)|richt(en)?\s+zich\s+op|bedoeld\s+voor", re.IGNORECASE)
GROUP_TERMS = re.compile(
    r"\b(?:jonge |oudere |kwetsbare |eenzame |alleenstaande |zelfstandig wonende )?"
    r"(?:ouderen|senioren|\d\d-plussers|jongeren|kinderen|jeugdigen|tieners|ouders|gezinnen|mantelzorgers|"
    r"vrijwilligers|statushouders|nieuwkomers|laaggeletterden|minima|mensen met (?:een )?[\w -]{3,40}?(?=[,.;]| en )|"
    r"inwoners met (?:een )?[\w -]{3,40}?(?=[,.;]| en )|inwoners van \d\d jaar en ouder|"
    r"dak- en thuislozen|werkzoekenden|migranten|inwoners)\b",
    re.IGNORECASE,
)


@dataclass
class Budget:
    """The money available: amount in euros, whether it is per year, and its sentence."""

    amount: float
    per_year: bool = False
    text: str = ""

    def to_dict(self) -> dict:
        """Return the budget as a plain dict."""
        return asdict(self)


def parse_amount(match: re.Match) -> float:
    """Euros in an AMOUNT_RE match, e.g. "€ 1.350.000" or "€ 1,2 miljoen"."""
    if match.group(1):
        whole, cents, scale = match.group(1), match.group(2), match.group(3)
    elif match.group(4):
        whole, cents, scale = match.group(4), None, match.group(5)
    else:
        whole, cents, scale = str(WORD_AMOUNTS[match.group(6).lower()]), None, match.group(7)
    if scale and "," in whole:
        whole, cents = whole.split(",", 1)
    value = float(re.sub(r"[.\s]", "", whole))
    if cents and cents.isdigit():
        value += float(f"0.{cents}") if not scale else float(f"0.{cents}")
    if scale:
        value *= 1_000 if scale.lower().startswith(("k", "d")) else 1_000_000
    return round(value, 2)  # "€ 4,1 miljoen" is 4100000, not 4099999.9999999995


def extract_budget(blocks: list[Block]) -> Budget | None:
    """The subsidy ceiling if one is stated, else the first sentence naming an amount as available money."""
    budgets, totals = [], []
    for block in blocks:
        if block.kind == TABLE_ROW:
            totals += _total_row(block)
            continue
        if block.kind == HEADING:
            continue
        for sentence in split_sentences(block.text):
            if AMOUNT_RE.search(sentence) and BUDGET_CUE.search(sentence) and not NOT_BUDGET.search(sentence):
                budgets.append(_sentence_budget(sentence))
    # a programme names its whole budget before the ceiling that applicants share; the amounts per lot
    # or theme in one sentence are parts, not the budget
    # or as the Totaal row of a budget table; an estimate including extensions comes last
    budgets = [budget for budget in budgets if not NOT_CURRENT.search(budget.text)] or budgets
    ceiling = next((budget for budget in budgets if CEILING.search(budget.text) and not _parts(budget.text)), None)
    whole = next((budget for budget in budgets if not _parts(budget.text) and not ESTIMATE.search(budget.text)), None)
    estimate = next((budget for budget in budgets if not _parts(budget.text)), None)
    return ceiling or whole or next(iter(totals), None) or estimate or (budgets[0] if budgets else None)


def _total_row(row: Block) -> list[Budget]:
    """The Totaal row of a budget table ("Perceel | Omschrijving | Budget per jaar" ... "Totaal | | € 1.800.000")."""
    if not row.cells or not TOTAL_ROW.match(row.cells[0]):
        return []
    for header, cell in zip(row.header, row.cells):
        match = AMOUNT_RE.search(cell) if BUDGET_COLUMN.search(header) else None
        if match:
            return [Budget(parse_amount(match), bool(PER_YEAR.search(header)), f"{header}: {' | '.join(row.cells)}")]
    return []


def _parts(sentence: str) -> bool:
    """A sentence that splits the budget: two or more amounts for lots or themes."""
    return bool(PARTS.search(sentence)) and len(AMOUNT_RE.findall(sentence)) >= 2


def _sentence_budget(sentence: str) -> Budget:
    """The sentence's amount; of a yearly amount and the total over the term ("over vier jaar is dat ..."), the total."""
    matches = list(AMOUNT_RE.finditer(sentence))
    for before, match in zip(matches, matches[1:]):
        # the words since the amount before: "jaarlijks in totaal € 275.000: € 180.000 voor ..." names no later total
        if TOTAL.search(sentence[max(before.end(), match.start() - 60): match.start()]):
            return Budget(parse_amount(match), False, sentence)
    return Budget(parse_amount(matches[0]), bool(PER_YEAR.search(sentence)), sentence)


def extract_route(blocks: list[Block]) -> str:
    """"open house", "subsidie" or "aanbesteding" by the words the tender uses; "" if unclear."""
    text = NEGATED_ROUTE.sub(" ", " ".join(block.text for block in blocks))
    if ROUTE_CUES["open house"].search(text):
        return "open house"
    subsidy = len(ROUTE_CUES["subsidie"].findall(text))
    tender = len(ROUTE_CUES["aanbesteding"].findall(text))
    if not subsidy and not tender:
        return ""
    return "subsidie" if subsidy > tender else "aanbesteding"


def extract_target_groups(blocks: list[Block], goal_texts: list[str] = ()) -> list[str]:
    """Target groups named in a Doelgroep section or a "richt zich op" sentence, else in the goals."""
    texts = []
    for block in blocks:
        in_section = any(TARGET_HEADING.search(h) for h in block.section) and block.kind != HEADING
        if in_section and block.kind == LIST_ITEM:
            texts.append(block.text.rstrip(";.,"))
            continue
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if in_section or TARGET_SENTENCE.search(sentence):
                texts += [m.group(0) for m in GROUP_TERMS.finditer(sentence)]
    if not texts:
        texts = [m.group(0) for text in goal_texts for m in GROUP_TERMS.finditer(text)]
    return _unique(texts)


def _unique(items: list[str]) -> list[str]:
    seen, kept = set(), []
    for item in items:
        key = item.lower().strip()
        if key and key not in seen and key != "inwoners":
            seen.add(key)
            kept.append(item.strip())
    return kept
