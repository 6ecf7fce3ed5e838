"""Text cleaning at the knowledge base's boundary: forms and imports store clean, normalised text."""
from __future__ import annotations

import math
import unicodedata

# Control characters other than tab and line breaks (a pasted form feed broke every draft).
_CONTROL = dict.fromkeys([c for c in range(0x20) if c not in (0x09, 0x0a, 0x0d)] + [0x7f, *range(0x80, 0xa0)])
MAX_DEPTH = 8  # nesting of lists and objects in a record's extra fields


def clean_text(text: str) -> str:
    """Text without control characters, line breaks as \\n, in Unicode NFC."""
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    return unicodedata.normalize("NFC", text)


def text_problem(text: str) -> str | None:
    """Why a string cannot be stored (a NUL byte or a lone surrogate), or None."""
    if "\x00" in text:
        return "bevat een ongeldig teken (NUL)"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "bevat een ongeldig teken (losse surrogaat)"
    return None


def value_problem(value, depth: int = 0) -> str | None:
    """Why a JSON value cannot be stored: NaN or infinity, bad text, or nesting deeper than MAX_DEPTH."""
    if depth > MAX_DEPTH:
        return f"is te diep genest (meer dan {MAX_DEPTH} niveaus)"
    if isinstance(value, float) and not math.isfinite(value):
        return "is geen getal of tekst (NaN of oneindig)"
    if isinstance(value, str):
        return text_problem(value)
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if problem := (isinstance(key, str) and text_problem(key)) or value_problem(item, depth + 1):
            return problem
    return None
