"""Figures in prose and in table cells: a value with its unit and indicator, unless it is no result.

A figure is no result when its clause speaks of a target, a baseline, a sample, the context
(monitor figures), money of the organisation or its staff, or another year than the one reported on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .words import (BASELINE_CUES, CONTEXT_CUES, GOAL_CUES, MEASURED_TIME_CUES, MONEY_CUES, NOT_UNITS,
                    PERSONNEL_CUES, REACHED_WORDS, SAMPLE_CLAUSE_CUES, SAMPLE_WORDS, TARGET_CUES, TIME_RESULT_UNITS,
                    has_any)

# A number joined to a word by a hyphen ('75-plussers') names people and counts nothing.
NUMBER = re.compile(r"(?<![\w.,/-])(?P<euro>€\s?)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                    r"(?:\s?(?P<pct>%|procent\b))?(?![\w/]|[.,]\d|-[^\W\d])")
# 'van 3,1 (bij de start) naar 3,8': a change from a baseline; the figure after 'naar' is the result.
CHANGE = re.compile(r"\bvan\s+[€\d][\d.,]*\s*%?(?:\s+\S+){0,4}?\s+naar\s+(?P<to>[€\d])")
# 'meer contacten dan bij de start': a comparison in a result, no baseline figure.
COMPARED = re.compile(r"\bdan (?:" + "|".join(re.escape(cue) for cue in BASELINE_CUES) + r")")
COMPARED_YEAR = re.compile(r"\bdan\s+(?:in\s+)?(?:19|20)\d\d\b", re.I)
# '8 op de 10', 'drie op de vier', '9 van de 10' (but '41 van de 63 gezinnen' counts 41)
RATIO = re.compile(r"\b(?!(?:19|20)\d\d\b)(\d+|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:op (?:de |elke )?"
                   r"(?:\d+|tien|vijf|drie|vier)|van de (?:10|tien|vijf|vier|drie))\b", re.I)
CLAUSES = re.compile(r";\s+|:\s+|,\s+(?=[a-zA-Z])|\s+(?:maar|terwijl|waarvan|tegen)\s+|\s+[–—-]\s+")
# Numbers that count nothing: a sample (n=148), a postcode, a phone number, a date, an ordinal, a person's age
# after their name ('Mevrouw D. (84)', 'Lotte (21)'), the ends of a scale ('op een schaal van 1 tot 5') and a house number.
NOT_A_COUNT = re.compile(r"(\bn\s?=\s?\d[\d.]*)|(\d{4}\s?[A-Z]{2}\b)|(\b0\d{1,3}[- ]?\d{6,8}\b)|(\d+-\d+-\d+)|(\d+e\b)|(\d+de\b)"
                         r"|(\b[A-Z][\w'’-]*\.?\s\((?:pseudoniem,\s*)?\d{1,3}\))|(schaal van \d+(?:,\d+)?\s*(?:tot|-|–)\s*\d+)"
                         r"|(\b[A-Z][\w'’-]*(?:straat|weg|laan|plein|dijk|singel|gracht|kade|hof|park|steeg|pad)\s\d+)"
                         r"|((?i:enquête|peiling|vragenlijst|meting|gemeten|onderzoek)\s+onder\s+\d[\d.]*)"  # a sample
                         r"|(\b\d+\+)|((?i:ouder|jonger) dan \d+)")  # an age bound: 'Vitaal 65+', 'ouder dan 65'
REFERENCE_WORDS = ("hoofdstuk", "paragraaf", "bijlage", "tabel", "figuur", "pagina", "blz", "artikel", "nummer",
                   "versie", "fase", "stap", "niveau", "groep", "klas", "postcode", "n", "n=")
STOP = {"de", "het", "een", "van", "in", "op", "aan", "voor", "met", "en", "of", "die", "dat", "er", "we",
        "wij", "zich", "is", "zijn", "was", "waren", "werd", "werden", "heeft", "hebben", "bij", "uit", "naar",
        "dan", "als", "ook", "nog", "al", "tot", "om", "te", "keer", "na"}


SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z0-9À-Ý\"'(‘“€])")


def sentences(text: str) -> list[str]:
    """The sentences of a text."""
    return [part for part in SENTENCE_END.split(" ".join(text.split())) if part]


@dataclass
class Figure:
    """One result found in the text: what was measured, the figure as written and its unit."""

    indicator: str
    value: str
    unit: str
    source: str  # the sentence or table row it was read from


def text_figures(text: str, year: int | None, planning: bool = False) -> list[Figure]:
    """The result figures in a piece of prose."""
    found: list[Figure] = []
    for sentence in sentences(text):
        if _sentence_is_no_result(sentence):
            continue
        for clause in _clauses(sentence):
            found += clause_figures(clause, sentence, year, planning)
    return found


def _sentence_is_no_result(sentence: str) -> bool:
    lowered = sentence.lower()
    return has_any(lowered, CONTEXT_CUES) or has_any(lowered, PERSONNEL_CUES)


def _clauses(sentence: str) -> list[str]:
    sentence = re.sub(r"\((?:[^()]*\b(?:19|20)\d\d\b[^()]*)\)", " ", sentence)  # "(2023: 120)"
    return [c for c in CLAUSES.split(sentence) if c and c.strip()]


def clause_figures(clause: str, sentence: str, year: int | None, planning: bool = False) -> list[Figure]:
    """The result figures in one clause (the sentence is kept as their source)."""
    clause = COMPARED_YEAR.split(clause)[0]  # '140 kinderen, 20 meer dan in 2024': the comparison is no clause of its own
    lowered = clause.lower()
    if is_target(lowered) or has_any(lowered, SAMPLE_CLAUSE_CUES) or _other_year(lowered, year, planning):
        return []
    masked = NOT_A_COUNT.sub(lambda m: "#" * len(m.group(0)), clause)
    if has_any(COMPARED.sub(" ", lowered), BASELINE_CUES):  # 'van 3,1 bij de start naar 3,8': only what it became is a result
        change = CHANGE.search(masked)
        if change is None:
            return []
        masked = "#" * change.start("to") + masked[change.start("to"):]
    figures = []
    for match in RATIO.finditer(masked):
        figures.append(Figure(_indicator(clause, match.start(), match.end(), ""), match.group(0), "", sentence))
        masked = masked[:match.start()] + "#" * (match.end() - match.start()) + masked[match.end():]
    for match in NUMBER.finditer(masked):
        figure = _figure(clause, masked, match, lowered)
        if figure:
            figure.source = sentence
            figures.append(figure)
    return figures


def is_target(lowered: str) -> bool:
    """A clause about a target; 'het doel … behaald' tells of a goal reached, a result."""
    cues = [cue for cue in TARGET_CUES if has_any(lowered, (cue,))]
    return bool(cues) and not (set(cues) <= set(GOAL_CUES) and has_any(lowered, REACHED_WORDS))


def _other_year(lowered: str, year: int | None, planning: bool) -> bool:
    """A clause about another year than the one reported on (a comparison or a plan)."""
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", lowered)]
    if year is None or planning:
        return False
    for found in years:
        before = lowered[:lowered.find(str(found))]
        if found > year or (found < year and not re.search(r"(sinds|vanaf|sedert|start(?:te)? in|in de periode)\s*$",
                                                              before.strip() + " ", re.I)
                            and not re.search(r"(sinds|vanaf|sedert)\s+$", before)):
            if not re.search(rf"{found}\s*[-–]\s*{year}|{found}\s*(t/m|tot en met)\s*{year}", lowered):
                return True
    return False


def _figure(clause: str, masked: str, match: re.Match, lowered: str) -> Figure | None:
    number, start, end = match.group("num"), match.start(), match.end()
    before = masked[:start].lower().split()
    after = re.findall(r"[\w'’-]+", masked[end:].lower())
    euro, percent = bool(match.group("euro")), bool(match.group("pct"))
    if re.fullmatch(r"(19|20)\d\d", number) and not (euro or percent):
        return None
    if before and before[-1].strip("(:") in REFERENCE_WORDS or (
            len(before) >= 3 and before[-3] in REFERENCE_WORDS and before[-2].isdigit()
            and before[-1] in ("en", "of", "tot", "t/m")):
        return None  # 'hoofdstuk 3', 'groep 7 en 8'
    if after[:1] in (["meer"], ["minder"]) or after[:2] in (["keer", "per"], ["keer", "in"]) or re.match(
            r"\s*(?:en|tot)\s+\d+\s+(?:jaar|jaren|weken|maanden|dagen)\b", masked[end:]):
        return None  # a difference ('20 meer'), a frequency ('2 keer per week'), an age range ('18 en 27 jaar')
    if after and not (euro or percent) and ((after[0] in NOT_UNITS and not _measured_time(before, after, lowered))
                                             or after[0] in SAMPLE_WORDS
                                             or (len(after) > 1 and after[1] in SAMPLE_WORDS)):
        return None
    if re.search(r"\bvan\s*$", " ".join(before[-1:])) and re.search(r"^\s*(\S+\s+){0,4}naar\b", masked[end:].lower()):
        return None  # "van 6,4 (aan het begin) naar 4,9": the first is the baseline
    if re.match(r"\s*[-–]\s*\d", masked[end:]) or re.search(r"\d\s*[-–]\s*$", masked[:start]):
        return None  # a range such as "12-18" (ages) or "2021-2023"
    if euro and has_any(lowered, MONEY_CUES):
        return None
    unit = "€" if euro else "%" if percent else _unit(after)
    return Figure(_indicator(clause, start, end, unit), number, unit, clause)


def _measured_time(before: list[str], after: list[str], lowered: str) -> bool:
    """A span of time that was measured ('de wachttijd bedroeg 5 weken', 'was 46 weken open'), not a duration
    of the work ('een cursus van 12 weken') or an age."""
    return after[0] in TIME_RESULT_UNITS and (has_any(lowered, MEASURED_TIME_CUES)
                                               or bool(before) and before[-1] in ("bedroeg", "was", "waren", "duurde"))


def _unit(after: list[str]) -> str:
    """The counted noun after a number ('148 koppelingen' → 'koppelingen'), '' when none."""
    words = [w for w in after[:3]]
    if not words or words[0] in STOP or not words[0].isalpha():
        return ""
    if words[0].endswith("e") and len(words) > 1 and words[1] not in STOP and words[1].isalpha():
        return f"{words[0]} {words[1]}"  # "nieuwe deelnemers"
    return words[0]


def _indicator(clause: str, start: int, end: int, unit: str) -> str:
    """What the figure measures: the clause around it, without the figure itself."""
    rest = clause[end:].strip(" .,:;")
    rest = re.sub(r"^(%|procent)\s*", "", rest)
    rest = re.sub(r"^(van (de|alle|het|onze)\s+)", "", rest)
    words = rest.split()
    text = " ".join(words[:14]) if len(words) >= 2 else " ".join(clause[:start].split()[-10:] + words)
    text = re.sub(r"^(en|of|maar|en dat|waarvan|dat|die)\s+", "", text.strip(" .,:;()"), flags=re.I)
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def cell_figures(cell: str, indicator: str, unit: str, source: str) -> list[Figure]:
    """The figure of a table cell: a bare number takes the row's indicator; a phrase is read as prose."""
    cell = cell.strip()
    joined = re.match(r"((?:€\s?)?[-+]?\d[\d.]*(?:,\d+)?\s*%?)\s+(?=[a-z(])", cell)
    if joined and is_target(cell[joined.end():].lower()):
        cell = joined.group(1)  # '44 nog niet gemeten': a PDF row joined to the next one; the first cell counts
    if not cell or not re.search(r"\d|op de", cell) or is_target(cell.lower()):
        return []
    bare = re.fullmatch(r"(€\s?)?([-+]?\d[\d.]*(?:,\d+)?)\s*(%|procent)?", cell)
    if bare:
        own_unit = "€" if bare.group(1) else "%" if bare.group(3) else unit
        return [Figure(indicator, bare.group(2), own_unit, source)]
    found = [figure for clause in _clauses(cell) for figure in clause_figures(clause, source, None)]
    for figure in found:
        if len(figure.indicator.split()) < 2 and indicator:
            figure.indicator = f"{indicator}: {figure.indicator}".strip(": ")
    return found
