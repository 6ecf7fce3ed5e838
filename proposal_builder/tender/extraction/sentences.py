"""Split Dutch paragraphs into sentences without breaking on abbreviations or numbers."""

import re

ABBREVIATIONS = {
    "o.a", "bijv", "bv", "e.d", "e.a", "m.b.t", "t.a.v", "i.v.m", "ca", "nr", "art", "incl", "excl",
    "max", "min", "resp", "d.w.z", "z.g.n", "zgn", "t/m", "m.u.v", "n.a.v", "vs", "jl", "dhr", "mevr",
    "mr", "drs", "ir", "dr", "prof", "o.b.v", "i.s.m", "m.n", "evt", "etc", "blz", "p", "a.s", "z.s.m",
    # abbreviated months, as in "uiterlijk 14 jan. 2028"
    "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
}
# also before a measure in lower case: a goal table row flattened into one line ("Burenconflicten worden opgelost.
# percentage afgesloten zaken ... 70%") holds the goal cell, then the indicator cell
BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9ÀÉÈÖÜ„“\"'(‘]|(?:aantal|aandeel|percentage|gemiddelde?|rapportcijfer)\s)")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph."""
    sentences: list[str] = []
    start = 0
    for match in BOUNDARY_RE.finditer(text):
        candidate = text[start: match.start()].strip()
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".").lstrip("([\"'‘“").lower()  # "(max." too
        if last_word in ABBREVIATIONS or re.fullmatch(r"\d{1,2}", last_word) and len(candidate) < 4:
            continue
        sentences.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]
