"""The organisation's answer library: the record types beside projects, methods and results.

An organisation profile, team members, partners, certificates and proofs, and standard texts are
records like the others (history, bin, import/export come from `records.py`); their own fields
live in the record's `extra` object under the names below, validated here and labelled in Dutch.
`title` holds each one's name and `summary` its main text; `consent` (a team member's consent to
be named in proposals) uses the records' own flag.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

EVIDENCE_TYPES = {"project": "Project", "method": "Methodiek", "result": "Resultaat"}
LIBRARY_TYPES = {"organisation": "Organisatieprofiel", "team_member": "Teamlid", "partner": "Partner",
                 "proof": "Certificaat of bewijs", "standard_text": "Standaardtekst"}
# The suggested ref prefix of a new record of each type (P, M and R are the evidence types').
REF_PREFIXES = {"organisation": "ORG", "team_member": "TM", "partner": "PA", "proof": "BW", "standard_text": "ST"}
PROOF_KINDS = ["HKZ", "ISO 9001", "KvK", "VOG-beleid", "verzekering", "klachtenregeling", "meldcode",
               "privacybeleid (AVG)", "aansluiting verwijsindex", "eigen verklaring", "overig"]
TEXT_TOPICS = ["kwaliteit", "privacy", "meldcode", "klachten", "VOG", "social return", "risico's",
               "continuïteit", "samenwerking", "personeel", "implementatie", "monitoring", "meerwaarde", "overig"]
ROUTES = {"": "alle routes", "aanbesteding": "aanbesteding", "subsidie": "subsidie", "open house": "Open House"}
LENGTHS = {"kort": "kort", "lang": "lang"}
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Field:
    """One field of a library type: its name in `extra`, Dutch label, kind and help text."""

    name: str
    label: str
    kind: str = "text"  # text | long | date | year | hours | kvk | amount | choice | variants
    help: str = ""
    choices: tuple[str, ...] = ()
    limit: int = 300


LIBRARY_FIELDS: dict[str, tuple[Field, ...]] = {
    "organisation": (
        Field("mission", "Missie", "long", "Waar de organisatie voor staat, in twee of drie zinnen.", limit=5000),
        Field("size", "Omvang", help="Bijvoorbeeld 85 medewerkers (62 fte) en 340 vrijwilligers."),
        Field("working_area", "Werkgebied", help="Gemeenten, regio's of wijken waar u werkt."),
        Field("proposition", "Onderscheidende propositie", "long",
              "Waarom juist uw organisatie: wat u anders en beter doet dan anderen.", limit=5000),
        # What the organisation states once and every proposal reuses: requirement cells and the budget.
        Field("legal_form", "Rechtsvorm", help="Bijvoorbeeld 'stichting zonder winstoogmerk (ANBI)'; het concept "
              "beantwoordt er eisen over rechtsvorm en winstoogmerk mee."),
        Field("kvk_number", "KvK-nummer", "kvk", "Het inschrijfnummer in het Handelsregister: acht cijfers."),
        Field("establishments", "Vestigingen", help="Plaatsen waar u gevestigd bent of een vaste werkplek hebt, "
              "bijvoorbeeld 'Zaanstad (hoofdkantoor), Amersfoort, Deventer'."),
        Field("cao", "Cao", help="De cao die u volgt, bijvoorbeeld 'Cao Sociaal Werk'."),
        Field("staff_registration", "Registratie van professionals", help="Waar uw professionals geregistreerd zijn, "
              "bijvoorbeeld 'Registerplein (sociaal werkers), SKJ (jeugdwerkers)'."),
        Field("cost_per_fte", "Integrale kosten per fte per jaar", "amount", "In hele euro's, inclusief "
              "werkgeverslasten, overhead en huisvesting, bijvoorbeeld 82000. Alleen met dit bedrag vult het "
              "concept bedragen in de begroting in."),
        Field("hourly_rate", "Uurtarief", "amount", "Uw uurtarief voor een beroepskracht in hele euro's, "
              "bijvoorbeeld 68; de begroting noemt het."),
        Field("full_week", "Uren per fte", "hours", "De uren van een volledige werkweek in uw cao, bijvoorbeeld 36 "
              "(Cao Sociaal Werk). Alleen hiermee rekent het concept inzet in uren per week (\"1 begeleider (24u)\") "
              "om naar fte en bedragen."),
    ),
    "team_member": (
        Field("role", "Functie", help="Bijvoorbeeld opbouwwerker, teamleider, sociaal werker."),
        Field("expertise", "Deskundigheid", "long", "Waar deze professional goed in is; de voorstellen kiezen "
              "teamleden van wie de deskundigheid past bij de doelen.", limit=2000),
        Field("registration", "Registratie", help="Bijvoorbeeld Registerplein, SKJ, BIG (met nummer)."),
        Field("hours", "Uren per week", "hours", "Een getal, bijvoorbeeld 32."),
    ),
    "partner": (
        Field("partner_role", "Rol in de samenwerking", help="Bijvoorbeeld doorverwijzing, gezamenlijke "
              "uitvoering, locatie."),
        Field("since", "Partner sinds", "year", "Het jaar waarin de samenwerking begon, bijvoorbeeld 2018."),
    ),
    "proof": (
        Field("proof_kind", "Soort", "choice", "Het soort certificaat of bewijsstuk.", tuple(PROOF_KINDS)),
        Field("number", "Nummer", help="Het certificaat-, polis- of inschrijfnummer."),
        Field("valid_until", "Geldig tot", "date", "De vervaldatum (JJJJ-MM-DD); leeg als het niet verloopt."),
    ),
    "standard_text": (
        Field("topic", "Onderwerp", "choice", "Waar de tekst over gaat.", tuple(TEXT_TOPICS)),
        Field("short", "Korte versie", "long", "Voor hoofdstukken met weinig ruimte; leeg: de tekst zelf.",
              limit=5000),
        Field("variants", "Varianten per route", "variants", "Eén variant per regel: route | lengte | tekst, "
              "bijvoorbeeld 'open house | kort | Wij werken met de meldcode…'. Route: aanbesteding, subsidie "
              "of open house; lengte: kort of lang."),
    ),
}
COMMON_LABELS = {"owner": "Eigenaar", "review_on": "Herzien op"}
TITLE_LABELS = {"organisation": "Naam van de organisatie", "team_member": "Naam", "partner": "Organisatie",
                "proof": "Omschrijving", "standard_text": "Titel"}
SUMMARY_LABELS = {"organisation": "Korte beschrijving", "team_member": "Toelichting",
                  "partner": "Wat wij samen doen", "proof": "Toelichting", "standard_text": "Tekst"}
MAX_VARIANTS = 12


def field_labels() -> dict[str, str]:
    """The Dutch label of every library field by name (for forms, record pages and the history)."""
    return {f.name: f.label for fields in LIBRARY_FIELDS.values() for f in fields} | COMMON_LABELS


def flat_fields(snapshot: dict) -> dict:
    """A record (or history snapshot) with a library type's own fields beside the others, for display."""
    extra = snapshot.get("extra") or {}
    names = [spec.name for spec in LIBRARY_FIELDS.get(snapshot.get("type", ""), ())]
    return {**snapshot, **{name: extra[name] for name in names if name in extra}}


def _text_problem(field: Field, value) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return "moet tekst zijn"
    text = str(value).strip()
    if len(text) > field.limit:
        return f"is te lang (maximaal {field.limit} tekens)"
    if field.kind == "date" and not _is_date(text):
        return "moet een datum zijn als JJJJ-MM-DD"
    if field.kind == "year" and not re.fullmatch(r"(19|20)\d{2}", text):
        return "moet een jaartal zijn, bijvoorbeeld 2018"
    if field.kind == "hours" and not re.fullmatch(r"\d{1,2}([.,]\d)?", text):
        return "moet een aantal uren per week zijn, bijvoorbeeld 32"
    if field.kind == "kvk" and not re.fullmatch(r"\d{8}", text):
        return "moet uit acht cijfers bestaan, bijvoorbeeld 41234567"
    if field.kind == "amount" and amount(text) is None:
        return "moet een bedrag in hele euro's zijn, bijvoorbeeld 82000"
    if field.kind == "choice" and text not in field.choices:
        return "moet een van deze zijn: " + ", ".join(field.choices)
    return None


def _variants_problem(value) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        return "moet een lijst van varianten zijn ({\"route\", \"length\", \"text\"})"
    if len(value) > MAX_VARIANTS:
        return f"heeft te veel varianten (hoogstens {MAX_VARIANTS})"
    for item in value:
        if str(item.get("route", "")).lower() not in ROUTES or str(item.get("length", "")).lower() not in LENGTHS:
            return "noemt een onbekende route of lengte (route: aanbesteding, subsidie, open house; lengte: kort, lang)"
        if not str(item.get("text", "")).strip() or len(str(item["text"])) > 5000:
            return "heeft een variant zonder tekst of met meer dan 5000 tekens"
    return None


def amount(text) -> int | None:
    """Whole euros as staff type them ("82000", "82.000", "€ 82.000"); None for anything else."""
    found = re.fullmatch(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d{1,9})(?:,-{1,2}|,00)?", str(text or "").strip())
    return int(found[1].replace(".", "")) if found else None


def _is_date(text: str) -> bool:
    try:
        return bool(DATE_PATTERN.match(text)) and bool(date.fromisoformat(text))
    except ValueError:
        return False


def library_errors(record: dict) -> dict[str, str]:
    """Field → Dutch message for a normalised record's owner, review date and library fields."""
    errors = {}
    if record.get("review_on") and not _is_date(record["review_on"]):
        errors["review_on"] = "Schrijf de herzieningsdatum als JJJJ-MM-DD."
    extra = record.get("extra") or {}
    for field in LIBRARY_FIELDS.get(record.get("type", ""), ()):
        value = extra.get(field.name)
        problem = _variants_problem(value) if field.kind == "variants" else _text_problem(field, value)
        if problem:
            errors[field.name] = f"{field.label} {problem}."
    return errors


def variant_text(record: dict, route: str, length: str) -> str:
    """A standard text's wording for a route and length: the closest variant, else its short or full text."""
    variants = [v for v in (record.get("extra") or {}).get("variants") or [] if isinstance(v, dict)]
    for wanted_route, wanted_length in ((route, length), ("", length), (route, None)):
        for item in variants:
            if str(item.get("route", "")).lower() == wanted_route and (
                    wanted_length is None or str(item.get("length", "")).lower() == wanted_length):
                return str(item.get("text", "")).strip()
    short = str((record.get("extra") or {}).get("short") or "").strip()
    return short if length == "kort" and short else (record.get("summary") or short).strip()
