"""The names and cells of knowledge-base spreadsheets as data: column and sheet names, values, flags."""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal

from . import vocabulary
from .library_types import LIBRARY_FIELDS, LIBRARY_TYPES
from .records import FLAG_FIELDS, INLINE_RESULT_FIELDS, LIST_FIELDS, RECORD_TYPES, TEXT_FIELDS
from .result_lines import parse_result_lines

PROJECT_RESULTS = "project_results"  # a sheet of the results typed inside projects (`results`)

# Every way people head a column, compared without case, accents, spaces or punctuation; the
# field's own (English) name is accepted too. The first name is the header the export writes.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("Referentie", "ref", "referentiecode", "referentienummer", "code", "kenmerk"),
    "type": ("Type", "soort", "recordtype", "soort record", "type record"),
    "title": ("Titel", "naam", "projectnaam", "naam project", "projecttitel", "methodieknaam",
              "naam methodiek", "naam interventie", "naam van de organisatie"),
    "summary": ("Samenvatting", "omschrijving", "beschrijving", "korte omschrijving",
                "korte beschrijving", "toelichting", "tekst", "wat wij samen doen"),
    "target_group": ("Doelgroep", "doelgroepen", "target group"),
    "themes": ("Thema's", "thema", "themas", "trefwoorden"),
    "municipality": ("Gemeente", "gemeenten", "plaats"),
    "period": ("Periode", "looptijd", "jaar", "jaren", "projectperiode"),
    "partners": ("Partners", "samenwerkingspartners", "ketenpartners", "samenwerking met"),
    "methods": ("Methodieken", "methodiek", "methoden", "methode", "methodes", "interventies",
                "werkwijzen"),
    "results": ("Resultaten", "projectresultaten", "resultaten project"),
    "evidence_level": ("Erkenningsniveau", "erkenning", "niveau", "niveau van erkenning",
                       "erkend als", "bewijskracht", "evidence level"),
    "databank": ("Databank", "erkenningsdatabank", "database"),
    "recognised_on": ("Erkend op", "erkenningsdatum", "datum erkenning", "datum van erkenning",
                      "erkend sinds", "recognized on"),
    "project": ("Project", "projectreferentie", "projectref", "projectcode", "hoort bij project",
                "bij project"),
    "indicator": ("Indicator", "indicatoren", "kpi", "maatstaf"),
    "value": ("Waarde", "resultaat", "uitkomst", "score", "cijfer", "aantal"),
    "unit": ("Eenheid", "eenheden", "maateenheid"),
    "story": ("Verhaal", "casus", "casusbeschrijving", "ervaringsverhaal", "citaat"),
    "consent": ("Toestemming", "toestemming gegeven", "toestemming verhaal", "akkoord"),
    "pseudonymised": ("Gepseudonimiseerd", "geanonimiseerd", "gepseudonimiseerd verhaal",
                      "geanonimiseerd verhaal", "pseudoniem", "anoniem", "pseudonymized"),
    "owner": ("Eigenaar", "verantwoordelijke"),
    "review_on": ("Herzien op", "herzieningsdatum", "herzien", "herzien voor"),
    # The answer library's own fields (library_types.LIBRARY_FIELDS).
    "mission": ("Missie", "missie en visie"),
    "size": ("Omvang", "grootte"),
    "working_area": ("Werkgebied", "werkgebieden"),
    "proposition": ("Onderscheidende propositie", "propositie", "onderscheidend vermogen"),
    "legal_form": ("Rechtsvorm",),
    "kvk_number": ("KvK-nummer", "kvk nummer", "handelsregisternummer"),
    "establishments": ("Vestigingen", "vestiging", "vestigingsplaatsen"),
    "cao": ("Cao", "collectieve arbeidsovereenkomst"),
    "staff_registration": ("Registratie van professionals", "registratie professionals"),
    "cost_per_fte": ("Integrale kosten per fte per jaar", "kosten per fte", "fte-prijs"),
    "hourly_rate": ("Uurtarief", "tarief per uur"),
    "full_week": ("Uren per fte", "volledige werkweek", "uren voltijd"),
    "role": ("Functie", "rol"),
    "expertise": ("Deskundigheid", "specialisatie"),
    "registration": ("Registratie", "beroepsregistratie", "registratienummer"),
    "hours": ("Uren per week", "uren", "uur per week", "contracturen"),
    "partner_role": ("Rol in de samenwerking", "rol partner", "partnerrol"),
    "since": ("Partner sinds", "sinds", "samenwerking sinds"),
    "proof_kind": ("Soort bewijs", "soort certificaat", "certificaat"),
    "number": ("Nummer", "certificaatnummer", "polisnummer", "inschrijfnummer"),
    "valid_until": ("Geldig tot", "vervaldatum", "geldigheid"),
    "topic": ("Onderwerp",),
    "short": ("Korte versie", "kort"),
    "variants": ("Varianten per route", "varianten"),
}
# Headers that mean a type's own field on that type's sheet (and that its export writes).
TYPE_HEADERS: dict[str, dict[str, str]] = {
    "organisation": {"title": "Naam van de organisatie", "summary": "Korte beschrijving"},
    "team_member": {"title": "Naam", "summary": "Toelichting"},
    "partner": {"title": "Organisatie", "summary": "Wat wij samen doen"},
    "proof": {"title": "Omschrijving", "summary": "Toelichting", "proof_kind": "Soort"},
    "standard_text": {"summary": "Tekst"},
}
# Sheet and file names (types' own names are known through vocabulary.record_type as well);
# the first name is the export's sheet.
SHEETS: dict[str, tuple[str, ...]] = {
    "method": ("Methodieken",), "project": ("Projecten",),
    PROJECT_RESULTS: ("Projectresultaten", "resultaten per project", "project results", "inline results"),
    "result": ("Resultaten",),
    "organisation": ("Organisatieprofiel", "organisatie", "organisatieprofielen"),
    "team_member": ("Teamleden", "team", "teamlid"),
    "partner": ("Partners", "samenwerkingspartners"),
    "proof": ("Certificaten en bewijzen", "certificaten", "bewijzen", "certificaat", "bewijs"),
    "standard_text": ("Standaardteksten", "standaardtekst"),
}
# Columns only one type of record has: they tell a table's type when nothing else does.
TYPE_HINTS = {
    "method": {"evidence_level", "databank", "recognised_on"},
    "project": {"partners", "methods", "results"},
    "result": {"project", "indicator", "value", "unit", "story", "pseudonymised"},
    **{kind: {field.name for field in fields} for kind, fields in LIBRARY_FIELDS.items()},
}
# On a sheet of one type, a column named after the type is its title ("Project" on Projecten).
TITLE_COLUMNS = {"project": "project", "method": "methods"}
_COMMON = ["id", "title", "summary", "target_group", "themes", "municipality", "period"]
# The export's columns per type, in transfer.export_record's order; unknown fields follow.
EXPORT_FIELDS = {
    "method": _COMMON + ["evidence_level", "databank", "recognised_on", "owner", "review_on"],
    "project": _COMMON + ["partners", "methods", "owner", "review_on"],
    PROJECT_RESULTS: ["project", *INLINE_RESULT_FIELDS, "consent", "pseudonymised"],
    "result": _COMMON + ["project", "indicator", "value", "unit", "story", "consent", "pseudonymised",
                         "owner", "review_on"],
    **{kind: ["id", "title", "summary", "themes", *(["consent"] if kind == "team_member" else []),
              *(field.name for field in LIBRARY_FIELDS.get(kind, ())), "owner", "review_on"]
       for kind in LIBRARY_TYPES},
}
# Fields the JSON export always writes; any other column is left out of an item where it is empty.
ALWAYS = {"id", *TEXT_FIELDS, *LIST_FIELDS, *FLAG_FIELDS, "results"} - {"owner", "review_on"}
ALWAYS_INLINE = set(INLINE_RESULT_FIELDS)
VARIANT_KEYS = ("route", "length", "text")


def keeps_empty(kind: str | None) -> set[str]:
    """The fields an item of this kind holds even when their cell is empty (as the JSON export writes them)."""
    if kind == PROJECT_RESULTS:
        return ALWAYS_INLINE
    # The browser saves every field of a library type, empty ones too.
    return ALWAYS | {field.name for field in LIBRARY_FIELDS.get(kind or "", ())}


def name_key(text) -> str:
    """A name without case, accents, spaces or punctuation: "Thema's" and "themas" meet here."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed.casefold() if c.isalnum() and c.isascii())


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {name_key(name): field for field, names in reversed(table.items()) for name in (*names, field)}


_FIELD_BY_KEY = _lookup(COLUMNS)
_TYPE_BY_KEY = _lookup(SHEETS)
_TYPE_FIELD_BY_KEY = {kind: {name_key(header): field for field, header in headers.items()}
                      for kind, headers in TYPE_HEADERS.items()}


def field_for_header(header, kind: str | None = None) -> str | None:
    """The import field a column header names (on a sheet of `kind`), or None when it is not known."""
    key = name_key(header) if header is not None else ""
    return _TYPE_FIELD_BY_KEY.get(kind or "", {}).get(key) or _FIELD_BY_KEY.get(key)


def header_for_field(field: str, kind: str | None = None) -> str:
    """The Dutch header the export writes for a field (an unknown field keeps its own name)."""
    return TYPE_HEADERS.get(kind or "", {}).get(field) or (COLUMNS[field][0] if field in COLUMNS else field)


def type_for_name(name, inline: bool = True) -> str | None:
    """The record type a sheet name or type value names ("Methodieken" → method), or None."""
    kind = _TYPE_BY_KEY.get(name_key(name or ""))
    if kind is None and (mapped := vocabulary.record_type(name or "", RECORD_TYPES)).known:
        kind = mapped.value
    return None if kind == PROJECT_RESULTS and not inline else kind


def type_for_filename(filename: str) -> str | None:
    """The record type a file name names: "projecten.csv", "Kennisbank - Methodieken 2024.csv"."""
    stem = re.sub(r"\.[A-Za-z]{1,4}$", "", filename.replace("\\", "/").rsplit("/", 1)[-1])
    words = [stem, *re.split(r"[\W_]+", stem)]
    return next((kind for word in words if word and (kind := type_for_name(word, inline=False))), None)


def type_from_columns(fields: set) -> str | None:
    """The one record type whose own columns appear, or None when none or several do."""
    kinds = [kind for kind, hints in TYPE_HINTS.items() if fields & hints]
    return kinds[0] if len(kinds) == 1 else None


def dutch_number(number: int | float | Decimal) -> str:
    """A number as a Dutch user types it: 4.3 → "4,3", 120.0 → "120" (no exponent, no grouping)."""
    exact = number if isinstance(number, Decimal) else Decimal(repr(number))
    if exact == exact.to_integral_value():
        return str(int(exact))
    return format(exact.normalize(), "f").replace(".", ",")


def date_text(value: date | time) -> str:
    """A date as YYYY-MM-DD (with the time only when it is not midnight); a time as HH:MM."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    return value.isoformat() if isinstance(value, date) else value.strftime("%H:%M")


def as_text(value) -> str:
    """A cell as text: numbers as a Dutch user types them, TRUE/FALSE as ja/nee."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (int, float, Decimal)):
        return dutch_number(value)
    return str(value).strip()


def as_list(value) -> list[str]:
    """A cell as a list: split on ; and line breaks, or on commas when the cell has neither."""
    text = as_text(value)
    separator = r"[;\n]" if re.search(r"[;\n]", text) else ","
    return [part.strip() for part in re.split(separator, text) if part.strip()]


def as_flag(value) -> bool | str:
    """A cell as a yes/no flag; a word the vocabulary does not know stays text for the import to report."""
    if isinstance(value, (bool, int, float)):
        return bool(value)
    mapped = vocabulary.flag(as_text(value))
    return mapped.value if mapped.known else as_text(value)


def as_native(value):
    """A cell of a free column: numbers and yes/no stay themselves, JSON lists and objects parsed."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text[:1] in ("[", "{"):
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def _lines(value, keys: tuple[str, ...]) -> list[dict]:
    """Lines of a cell split on '|' into dicts: "deelnemers | 120 | personen" for results."""
    found = []
    for line in as_text(value).split("\n"):
        parts = [part.strip() for part in line.split("|", len(keys) - 1)]
        if any(parts):
            found.append(dict(zip(keys, parts + [""] * len(keys))))
    return found


def cell_for_field(field: str, value):
    """A cell's value for an import field (a field name that is not known keeps the cell itself)."""
    if field in LIST_FIELDS:
        return as_list(value)
    if field in FLAG_FIELDS:
        return as_flag(value)
    if field == "results":  # "indicator | waarde | eenheid | verhaal | toestemming", as the project form writes them
        return parse_result_lines(as_text(value))
    if field == "variants":
        native = as_native(value)
        return native if isinstance(native, list) else _lines(value, VARIANT_KEYS)
    return as_text(value) if field in ("id", "type", *TEXT_FIELDS) else as_native(value)


def _plain_variants(value) -> bool:
    return all(isinstance(item, dict) and tuple(item) == VARIANT_KEYS and all(
        isinstance(part, str) and "\n" not in part for part in item.values())
        and "|" not in item["route"] + item["length"] for item in value)


def export_cell(field: str, value):
    """A field's value as the export writes it into a cell (lists joined with "; ", flags as ja/nee)."""
    if field in LIST_FIELDS and isinstance(value, list):
        text = "; ".join(str(item) for item in value)
        # A single item holding a comma keeps a ';' so that reading it back does not split it.
        return text + ";" if len(value) == 1 and "," in text else text
    if field in FLAG_FIELDS and isinstance(value, bool):
        return "ja" if value else "nee"
    if field == "variants" and isinstance(value, list) and value and _plain_variants(value):
        return "\n".join(" | ".join(item.values()) for item in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value
