"""Names in running text (methods, projects, places) and whether two names are the same."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

PARTICLES = {"op", "de", "het", "van", "voor", "en", "in", "met", "aan", "je", "uit", "tot", "der", "den", "&",
             "om", "te", "bij", "'t", "een", "jouw", "mijn", "onder"}
# Capitalised words that start a sentence or clause but are no part of a name.
FUNCTION_WORDS = {"de", "het", "een", "ook", "we", "wij", "onze", "ons", "daarnaast", "in", "met", "bij", "voor",
                  "deze", "dit", "die", "dat", "alle", "via", "binnen", "na", "door", "naast", "als", "sinds",
                  "vanaf", "tijdens", "zo", "dankzij", "verder", "tot", "om", "op", "aan", "uit", "hier",
                  "daar", "er", "elke", "iedere", "voor", "project", "projecten", "methodiek", "methode",
                  "aanpak", "interventie", "werkwijze", "training", "programma", "stichting", "wat", "wie",
                  "hoe", "waar", "toen", "nu", "ruim", "bijna", "circa", "ongeveer", "totaal",
                  "hiervan", "daarvan", "zowel", "niet", "alleen", "mede", "lesmethode", "cursus"}


def normal(name: str) -> str:
    """A name compared: lower case, without accents, punctuation and surrounding articles."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = [w for w in text.split() if w not in {"de", "het", "een", "project", "projecten", "methodiek"}]
    return " ".join(words)


def same_name(a: str, b: str) -> bool:
    """Whether two names name the same thing ('Maatjes Plus' ~ 'Project Maatjes Plus (Zaanstad)')."""
    x, y = normal(re.sub(r"\(.*?\)", " ", a)), normal(re.sub(r"\(.*?\)", " ", b))
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    if len(short) >= 4 and re.search(rf"\b{re.escape(short)}\b", long) and len(short.split()) >= max(
            1, len(long.split()) // 2):
        return True
    return SequenceMatcher(None, x, y).ratio() >= 0.88


def names_in(text: str, name: str) -> bool:
    """Whether the text mentions `name` (compared like same_name, as whole words)."""
    key = normal(re.sub(r"\(.*?\)", " ", name))
    return bool(key) and re.search(rf"\b{re.escape(key)}\b", normal(text)) is not None


def _word_list(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w'’&][\w'’&.-]*", text)]


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() and len(word) > 1 and not word.isdigit())


def name_before(text: str, end: int) -> str:
    """The capitalised name that ends right before position `end` ('… met Buurtcirkels (erkend …')."""
    words = [w for w in _word_list(text) if w[1] <= end]
    picked: list[str] = []
    for start, stop, word in reversed(words):
        gap = text[stop:(picked and picked_start) or end]
        if re.search(r"[,.;:()!?\"“”‘’]", gap.strip()):
            break
        if _is_cap(word) or (picked and word.lower() in PARTICLES):
            picked.insert(0, word)
            picked_start = start
            continue
        break
    return _trim(picked)


def name_after(text: str, start: int) -> str:
    """The capitalised name that starts right after position `start` ('de methodiek Samen Sterk, …')."""
    quoted = re.match(r"\s*[\"“‘'](.{2,60}?)[\"”’']", text[start:])
    if quoted:
        return quoted.group(1).strip()
    picked: list[str] = []
    position = start
    for word_start, stop, word in _word_list(text):
        if word_start < start:
            continue
        if re.search(r"[,;:()!?\"“”]|\.\s", text[position:word_start]):
            break
        if _is_cap(word) or (picked and word.lower() in PARTICLES):
            picked.append(word)
            position = stop
            continue
        break
    return _trim(picked)


def _trim(words: list[str]) -> str:
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in PARTICLES):
        words = words[1:]
    while words and words[-1].lower() in PARTICLES:
        words = words[:-1]
    return " ".join(words[:7]).strip(" .-")
