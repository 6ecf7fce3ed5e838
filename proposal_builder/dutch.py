"""Dutch formatting in one place: dates, moments, numbers, money and percentages, as pages and drafts write them.

Babel's CLDR data for nl_NL does the work: 1.100 (thousands with a dot), 4,3 (decimal comma),
"1 mei 2025". Stored moments are UTC; people read them in Amsterdam time.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_decimal

from knowledge_base.local_time import to_local

LOCALE = "nl_NL"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
MILLION = 1_000_000


def date(value: dt.date | str | None) -> str:
    """A date (or ISO text) written out, e.g. "14 maart 2022"; other text as it is, None as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value.strip()
    return format_date(value, format="long", locale=LOCALE)


def date_time(iso: str | None) -> str:
    """An ISO date with an optional time, e.g. "1 maart 2027, 12:00 uur"."""
    day, _, time = (iso or "").partition("T")
    text = date(day)
    if not day or text == day.strip():
        return iso or ""
    return f"{text}, {time} uur" if time else text


def moment(value: str | float | dt.datetime | None) -> str:
    """A stored moment as Amsterdam time, written like the dates beside it: "27 november 2026, 03:10";
    "" when empty, other text as it is."""
    if value is None or value == "":
        return ""
    try:
        local = to_local(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{date(local.date())}, {local:%H:%M}"


def number(value, decimals: int | None = None) -> str:
    """A number the Dutch way: 1.100, 4,3; `decimals` fixes the places shown; text that is no number stays."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "" if decimals == 0 else ".###")
    return format_decimal(amount, format=pattern, locale=LOCALE)


def money(amount: float | int | None, short: bool = False) -> str:
    """Euros: "€ 610.000", "€ 1.350.000,50"; with `short`, millions as "€ 1,1 miljoen"."""
    if amount is None:
        return ""
    if short and abs(amount) >= MILLION:
        return f"€ {number(round(amount / MILLION, 1))} miljoen"
    whole = float(amount).is_integer()
    return f"€ {number(amount, 0 if whole else 2)}"


def percent(value: float | int | None) -> str:
    """A percentage as a figure, e.g. 58 → "58%", 12.5 → "12,5%"."""
    return "" if value is None else f"{number(value)}%"


YEAR = re.compile(r"(?:19|20)\d\d")
BARE_WHOLE = re.compile(r"(?<![\w.,])\d{4,}(?![\w]|[.,]\d)")  # "1500", "250000": no separator yet
ENGLISH_DECIMAL = re.compile(r"(?<![\w.,])(\d+)\.(\d{1,2})(?![\w]|[.,]\d)")  # "7.5", "12.25": a decimal point


def figures(text: str) -> str:
    """The numbers in a phrase the Dutch way, the rest as written: "1500 huisbezoeken" → "1.500 huisbezoeken",
    "7.5" → "7,5", "12 %" → "12%", "€250" → "€ 250"; a year ("in 2030") and "1.200" stay."""
    text = BARE_WHOLE.sub(lambda m: m.group(0) if YEAR.fullmatch(m.group(0)) else number(m.group(0)), text or "")
    text = ENGLISH_DECIMAL.sub(r"\1,\2", text)
    return re.sub(r"€(?=\d)", "€ ", re.sub(r"(\d)\s+%", r"\1%", text))


# Abbreviations that stay in capitals when a title in capitals is written normally.
ABBREVIATIONS = {"WMO", "GGD", "GGZ", "VOG", "HKZ", "SAS", "JGZ", "POH", "KBO", "ABCD", "AVG", "MEE", "BTW", "EU",
                 "UEA", "SROI", "CJG", "VVE", "ZZP", "AMW", "SMW", "BSO", "MBO", "HBO", "VO", "PO"}


def unshouted(text: str, names: list[str] = ()) -> str:
    """A title written in capitals ("OPEN HOUSE SOCIALE BASIS IN DE KERNEN VAN ESCHWEIDE 2027–2030") the way a
    sentence is written: a capital first, the place names as they are spelled, known abbreviations kept."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 8 or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return text
    result = re.sub(r"[^\W\d_]+", lambda m: m.group(0) if m.group(0) in ABBREVIATIONS else m.group(0).lower(), text)
    for name in sorted((n for n in names if n), key=len, reverse=True):
        result = re.sub(rf"(?<!\w){re.escape(name.lower())}(?!\w)", name, result)
    return result[:1].upper() + result[1:]
