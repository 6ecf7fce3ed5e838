"""Dutch numbers written in digits or in words ("twaalf", "vijfentwintig", "tweeduizend")."""

import re

UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
        "tachtig": 80, "negentig": 90}
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_BELOW_100 = rf"(?:(?:{_UNIT})(?:en|ën)(?:{_TEN})|{_TEN}|{_UNIT})"
_BELOW_1000 = rf"(?:(?:{_BELOW_100})?honderd(?:{_BELOW_100})?|{_BELOW_100})"
WORD_NUMBER = rf"(?:(?:{_BELOW_1000})?duizend(?:{_BELOW_1000})?|{_BELOW_1000})"
# A number in digits ("1.500", "12") or in words, a whole word ("een", never the start of "eenmaal" or "eenvoudig",
# nor "een paar" or "een aantal", which count nothing); use inside a larger pattern.
NUMBER = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|{WORD_NUMBER}(?![a-zà-ÿ])(?!\s+(?:paar|aantal)\b))"
_WORD_RE = re.compile(rf"^{WORD_NUMBER}$", re.IGNORECASE)


def to_int(text: str) -> int | None:
    """The value of "12", "1.500", "twaalf" or "vijftienhonderd"; None when it is no number."""
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+", text):
        return int(text.replace(".", ""))
    if not _WORD_RE.match(text):
        return None
    return _words(text)


def _words(text: str) -> int:
    if "duizend" in text:
        high, low = text.split("duizend", 1)
        return (_words(high) if high else 1) * 1000 + (_words(low) if low else 0)
    if "honderd" in text:
        high, low = text.split("honderd", 1)
        return (_words(high) if high else 1) * 100 + (_words(low) if low else 0)
    return _below_100(text)


def _below_100(text: str) -> int:
    if text in UNITS:
        return UNITS[text]
    if text in TENS:
        return TENS[text]
    match = re.fullmatch(rf"({_UNIT})(?:en|ën)({_TEN})", text)
    return UNITS[match.group(1)] + TENS[match.group(2)] if match else 0
