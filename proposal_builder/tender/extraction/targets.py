"""Per goal its indicator and target, from a goal table's columns or from the sentence itself.

"het aandeel ouderen dat zich eenzaam voelt daalt van 12 naar 9 procent in 2029" gives the indicator
"aandeel ouderen dat zich eenzaam voelt" and the target "9 procent in 2029" (the baseline is left out: baselines.py).
"""

import os
import re
from dataclasses import replace

from ..goal import INDICATOR_COLUMNS, NO_VALUE, TARGET_COLUMNS, Goal, column_value
from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from . import lexicon as cues
from .baselines import BASELINE_BRACKET, without_baseline, without_labels
from .goal_codes import CODE, goal_codes
from .goal_lists import ORDINALS
from .goal_pointers import points_at_goal, pointed_notes
from .lots import GROUP_WORD, extract_lots
from .numbers import NUMBER
from .sentences import split_sentences

VALUE = rf"(?:{NUMBER})(?:,\d+)?(?:\s*(?:%|procent(?:punt(?:en)?)?|\bpunt(?:en)?\b))?(?:\s*\(20\d\d\))?"
YEAR = r"(?:\s+(?:in|vóór|voor|uiterlijk\s+in|eind)\s+20\d\d)?"
PERIOD = r"(?:\s+per\s+(?:jaar|maand|week|kwartaal))?"  # "stijgt naar 250 per jaar in 2029"
SPAN = r"(?:\s+(?:in|binnen)\s+(?:een|één|twee|drie|vier|vijf|\d)\s+jaar)?"  # "80 in twee jaar"
# "daalt van 12 naar 9 procent in 2029", "stijgt van 71% in 2025 naar 80% in 2029": the direction is part of it
# "... met 20% ten opzichte van 2026 (142 meldingen)": the year compared with, and its figure, belong to the change
COMPARED = r"(?:\s+ten\s+opzichte\s+van\s+(?:het\s+niveau\s+van\s+)?20\d\d(?:\s*\([^()]{1,40}\))?)?"
MEASURED_CHANGE = re.compile(rf"\b((?:daalt|dalen|stijgt|stijgen|groeit|groeien|gaat|gaan|neemt|nemen|verbetert|verbeteren|vermindert|"
                             rf"verminderen|zakt|zakken)\s+(?:af\s+|toe\s+)?(?:van\s+{VALUE}{YEAR}\s+)?(?:naar|tot|met)\s+"
                             rf"(?:ten\s+minste\s+|minimaal\s+|een\s+|gemiddeld\s+|hooguit\s+)?{VALUE}{PERIOD}{YEAR}{COMPARED})",
                             re.IGNORECASE)
# "van 38% in 2025 naar 30% in 2029", "van 45 procent bij de start naar 20 procent na een jaar begeleiding": a change
# from a baseline to a target, without a verb (in a bracket or a cell)
FROM_TO = re.compile(rf"(?<![\w-])(van\s+{VALUE}(?:\s+(?:in|bij|op)\s+[^.;,()]{{1,25}}?)?\s+naar\s+"
                     rf"(?:ten\s+minste\s+|minimaal\s+|maximaal\s+|ten\s+hoogste\s+)?{VALUE}"
                     rf"(?:\s+(?:in|na|eind|vóór|voor)\s+[^.;,()]{{1,30}}?)?)(?=\s*(?:[.;,)]|$))", re.IGNORECASE)
# "ten minste 400 ouderen per jaar", "ten hoogste 11%": an amount with its bound (its unit never runs on into an article:
# "in ten minste vier wijken een opvoedinloop" aims at "ten minste vier wijken")
BOUNDED_AMOUNT = re.compile(rf"\b((?:ten\s+minste|tenminste|minimaal|minstens|ruim|meer\s+dan|maximaal|minder\s+dan|hoogstens|ten\s+hoogste|onder\s+de|"
                            rf"niet\s+meer\s+dan|gemiddeld)\s+(?:{VALUE}|(?:een|twee|drie|vier)maal\b|eens\s+per\b)(?:\s+(?!(?:wordt|worden|is|zijn|krijgt|krijgen|ontvangt|ontvangen|"
                            rf"neemt|nemen|heeft|hebben|doet|doen|voelt|voelen|van|die|dat|en|of|in|op|met|uit|aan|bij|naar|voor|een|het|de|"
                            rf"procent|keer|per|uitkomen|ge\w{{2,}}[dt]|\w+(?:gelegd|geboden|gevoerd|gezet|gegeven|gehouden|gesteund|geleid)|"
                            rf"ondersteund|bezocht|bereikt|begeleid|getraind|gegeven)\b)[\wÀ-ÿ-]+){{0,2}}(?:\s+per\s+(?:jaar|maand|week|kwartaal))?)", re.IGNORECASE)
TARGET_PATTERNS = (
    # "wij streven naar ten minste 350 kinderen per jaar", "ons streven is minimaal 240 in 2029", "met als streefwaarde een
    # daling van 15% ten opzichte van 2025": the figure aimed at, as written
    re.compile(r"\b(?:(?:wij|we)\s+streven\s+naar|streven\s+(?:wij|we)\s+naar|ons\s+streven\s+is|met\s+als\s+streefwaarde)\s+"
               rf"((?:een\s+|ten\s+minste\s+|minimaal\s+)?[^.;()]*?(?:\d|\b{NUMBER})[^.;()]*?)\s*(?=[.;(]|,\s*(?:en|maar|waarbij)\b|$)",
               re.IGNORECASE),
    # "streefwaarde 2028: 70%", "de streefwaarde voor 2031 is 12%" keep their year: "70% in 2028"
    re.compile(rf"\b(?:streefwaarde|doelwaarde|norm|target)\b(?:\s+(?:in\s+|voor\s+)?(?P<year>20\d\d))?(?:\s+(?:is|van|bedraagt|ligt\s+op))?"
               rf"\s*:?\s*((?:[<>≥≤]\s*|(?:ten\s+minste|minimaal|ten\s+hoogste|maximaal)\s+)?{VALUE}(?:\s+(?!(?:in|vóór|voor|uiterlijk|eind|van|en|of|op|bij|per)\b)[a-zà-ÿ-]{{4,}})?(?:\s+per\s+(?:jaar|maand|week|kwartaal))?{YEAR}{SPAN})", re.IGNORECASE),
    MEASURED_CHANGE,
    FROM_TO,
    # "binnen vijf werkdagen na aanmelding, bij ten minste 90% van de aanmeldingen": a time limit, with its share
    # ("... een aanmelding wordt binnen vijf werkdagen opgepakt.", "binnen 15 minuten reistijd": the limit before the verb
    # or noun that ends the sentence)
    re.compile(rf"\b(binnen\s+{NUMBER}\s+(?:werk|kalender)?(?:dagen|dag|weken|week|maanden|maand|uur|minuten)(?:\s+reistijd)?"
               rf"(?:\s+na\s+[^,.;()]{{1,40}}?)?"
               rf"(?:,\s*bij\s+(?:ten\s+minste|minimaal|minstens)\s+{VALUE}\s+van\s+de\s+[\wÀ-ÿ-]+)?)"
               r"(?=\s*(?:[,.;)]|$|een\b)|(?<!\bde)(?<!\bhet)(?<!\been)\s+[\wÀ-ÿ-]+\s*[.;]?\s*$)",
               re.IGNORECASE),
    # "90 nieuwe koppelingen per jaar", "twee keer per jaar": a count per period, with its qualifier
    re.compile(rf"(?<![\w,.])((?:(?:ten\s+minste|tenminste|minimaal|minstens|ruim|meer\s+dan)\s+)?{VALUE}\s+"
               rf"(?:[a-zà-ÿ-]+\s+){{0,2}}?[a-zà-ÿ-]+\s+per\s+(?:jaar|maand|week|kwartaal))\b", re.IGNORECASE),
    BOUNDED_AMOUNT,
    # "jaarlijks worden 250 huisbezoeken afgelegd"
    re.compile(rf"\b(?:jaarlijks|per\s+jaar|ieder\s+jaar|elk\s+jaar)\s+(?:worden\s+|zijn\s+|er\s+)*(\d[\d.]*\s+[a-zà-ÿ-]{{4,}})",
               re.IGNORECASE),
    # "In 2029 willen wij dat het er 400 per jaar zijn": a bare count per period (not an amount in euros)
    re.compile(r"(?<![\w,.€])(?<!€\s)(\d[\d.]*\s+per\s+(?:jaar|maand|week|kwartaal))\b", re.IGNORECASE),
    re.compile(rf"(?<![\w,.])((?:\d{{1,3}}(?:,\d+)?)\s*(?:%|procent)(?:\s+van\s+de\s+[\wÀ-ÿ-]+)?{YEAR})", re.IGNORECASE),
)
INDICATOR_PATTERNS = (
    # (up to the end of its sentence, not a thousands dot: "... hoger is dan € 2.000.")
    re.compile(r"\bindicator\b(?:\s+is)?\s*:?\s+(?:het\s+|de\s+)?(.+?)(?=;|\.(?!\d)|,\s*(?:streefwaarde|met|gemeten)\b|$)", re.IGNORECASE),
    # "Meten we met: aandeel 55-plussers dat ... (Gezondheidsmonitor)", "Meetbaar via: aantal ..."
    # ("Zo volgen we het: het aantal huisbezoeken na een signaal.")
    re.compile(r"^\s*(?:(?:\w+\s+){0,2}?(?:meten|meet|gemeten|meetbaar)\b[^:.;]{0,30}|(?:zo\s+)?volg(?:en|t)\s+(?:we|wij|de\s+gemeenten?|"
               r"het\s+college)\s+(?:het|dit|dat)\s*):\s*(?:het\s+|de\s+)?(.+?)\s*(?:\([^)]*\))?"
               r"\s*(?=[;.]|\s*\b(?:streefwaarde|doelwaarde|nulmeting|norm|bron)\b|$)", re.IGNORECASE),
    # "(aantal unieke deelnemers, streefwaarde 400 per jaar)": a measure in brackets before its target
    # ... or alone in its brackets at the end of the goal ("(aantal doorverwijzingen, kwalitatief toegelicht)")
    re.compile(r"\(((?:aantal|aandeel|percentage|score|gemiddelde|rapportcijfer)\s[^,;()]{3,90}?)[,;]\s*"
               r"(?:streefwaarde|doelwaarde|norm)\b", re.IGNORECASE),
    re.compile(r"\(((?:aantal|aandeel|percentage|score|gemiddelde|rapportcijfer)\s[^()]{3,90}?)\)\s*[.;]?\s*$", re.IGNORECASE),
    # "(Jeugdmonitor, leerlingen klas 4 die ... dronken: van 38% in 2025 naar 30% in 2029)": what the bracket names before
    # its values, after the source ("nulmeting 2024: 12%" names no measure)
    re.compile(r"\((?:[^(),:]{2,30},\s*)?(?![^():]*\b(?:20\d\d|nulmeting|stand|peil|bron)\b)([^():,;]{12,120}?)\s*:\s*"
               r"(?:van\s+)?(?:ten\s+minste\s+|minimaal\s+)?\d[^()]*\)", re.IGNORECASE),
    # "Wij volgen daarvoor het aantal deelnemers dat ...", "Wij meten dit aan het aandeel ... (JGZ-monitor);"
    # ... "kijken wij naar het aandeel ...;", "hanteren wij als maat het aantal ..., met als streefwaarde ..."
    re.compile(r"\b(?:volgen|volgt|meten|meet|tellen|telt|sturen\s+(?:wij|we)\s+op|kijk(?:en|t)\s+(?:wij|we|de\s+gemeente|het\s+college)\s+naar|"
               r"hanteren\s+(?:wij|we)\s+als\s+maat)\b[^.;:]{0,50}?\b(?:het|de)\s+"
               r"((?:aandeel|percentage|aantal|score|gemiddelde|rapportcijfer)"
               # (up to a baseline clause after it: ", in 2026 waren dat er 1.140")
               r"\s+[^.;()]{3,120}?)\s*(?:\([^)]*\))?\s*(?=[.;]|,\s*met\s+(?:als|een)\s+streefwaarde|,\s*in\s+20\d\d\b|$)",
               re.IGNORECASE),
    re.compile(r"\b(?:het|de)\s+((?:aandeel|percentage|aantal|score|gemiddelde|rapportcijfer)\s+.{3,90}?)\s*,?\s+"
               # "..., moet in 2030 zijn gedaald naar 10%"
               r"(?:(?:moet|moeten|zal|zullen)\s+(?:in\s+20\d\d\s+)?(?:zijn\s+(?=ge))?)?"
               r"(?:daalt|dalen|stijgt|stijgen|neemt|nemen|groeit|groeien|is|bedraagt|ligt|gaat|verbetert|blijft|vermindert|zakt|"
               r"gedaald|gestegen|gegroeid)\b",
               re.IGNORECASE),
    re.compile(r"\bgemeten\s+(?:met|via|in|aan\s+de\s+hand\s+van|door)\s+(?:de\s+|het\s+)?(.+?)(?=[;.,)]|$)", re.IGNORECASE),
)
# What follows a target and belongs to it: "..., waarvan ten minste 30 in Zandbergen", a share's whole
# ("80% van de afgeronde trajecten")
SHARE_OF_TARGET = re.compile(r",\s*waarvan\s+[^.;()]+|(?<=%)\s+van\s+(?:de|het|alle)\s+(?:[\wÀ-ÿ-]+\s+)?[\wÀ-ÿ-]+(?=\s*(?:[.;,)]|$))")
# a target cell that says there is none: "geen streefwaarde; nulmeting in 2027", "n.v.t.", "n.t.b. na nulmeting in 2028",
# "wordt in 2028 bepaald" (a value still to be set is none: CONVENTIONS, target rule 5)
NO_TARGET = NO_VALUE
# "Een goede indicator hiervoor hebben wij nog niet": an indicator said to be missing is none
NONE_SAID = re.compile(r"\bgeen\s+(?:aparte\s+|eigen\s+)?indicator\b", re.IGNORECASE)
NO_INDICATOR = re.compile(r"\b(?:nog\s+niet|nog\s+geen|ontbreekt)\b", re.IGNORECASE)
# "Een streefwaarde stellen wij voor dit doel niet vast", "Voor dit doel stellen wij de indicator en de streefwaarde in 2028
# vast", "een streefwaarde stellen wij vast na het eerste uitvoeringsjaar": the tender says the goal has none (yet): rule 5
TARGET_NONE_SAID = re.compile(r"\bgeen\s+(?:aparte\s+|eigen\s+)?streefwaarde\b|\bstreefwaarde\b[^.;:]{0,60}?\b(?:(?:niet\s+)?vast\b(?!\s*gesteld\s+op)|nog\s+niet\b)",
                              re.IGNORECASE)
INDICATOR_NONE_SAID = re.compile(r"\bindicator\b[^.;:]{0,60}?\bvast\b(?!\s*gesteld\s+op)", re.IGNORECASE)
LABELLED = re.compile(r"^\s*(streefwaarde|doelwaarde|indicator|norm|nulmeting)\b", re.IGNORECASE)
# "Streefwaarde: ten hoogste 14% in 2030.", "(...; streefwaarde: wordt na het eerste jaar vastgesteld)": as written
# ("Norm: ten minste 90%." labels a target the same way)
LABELLED_TARGET = re.compile(r"\b(?:streefwaarde|doelwaarde|norm)(?:\s+(?:in\s+)?(?P<year>20\d\d))?\s*:\s*"
                             r"(?P<value>[^;()]+?)\s*(?=[;)]|\.(?:\s|$)|$)", re.IGNORECASE)
# "Bij 1: aandeel ...; streefwaarde 45%. Bij 2: ...": one cell measuring several goals by their numbers
CELL_POINTER = re.compile(r"(?:^|\s)(?:bij|voor)\s+(?:doel\s+|resultaat\s+)?(\d{1,2})\s*:\s*", re.IGNORECASE)
# the measure a part opens with, without its source in brackets: "aandeel inwoners dat ... (Wijkpeiling);"
CELL_MEASURE = re.compile(r"^\s*((?:aandeel|aantal|percentage|score|gemiddelde|rapportcijfer)\b[^;.()]*?)\s*(?:\([^)]*\))?\s*(?:[;.]|$)",
                          re.IGNORECASE)
BROKEN_WORD = re.compile(r"(?<=[^\W\d]) (?=[^\W\d]{1,2}\b)")  # "Streefwaard e": a line break inside a word
HAS_NUMBER = re.compile(rf"\d|\b{NUMBER}\b", re.IGNORECASE)
# A target carries a value to aim at: digits, a number word (the article "een" only after a bound: "ten minste een dagdeel
# per week"), "eenmaal", or a whole or share in words ("alle negen kernen", "de helft"). What a cell only names as
# measured ("aandeel meldingen met een aanbod binnen vijf werkdagen", a PDF having run the indicator and target columns
# together) or a broken-off phrase ("een jaar geen nieuwe achterstand heeft") carries none.
VALUE_WORDS = re.compile(rf"\d|%|\b(?!een\b){NUMBER}(?![a-zà-ÿ])|\b(?:ten\s+minste|tenminste|minimaal|minstens|ten\s+hoogste|"
                         rf"maximaal|hoogstens|meer\s+dan|minder\s+dan|ruim)\s+een\b|\b(?:een|twee|drie)maal\b|\balle\b|"
                         rf"\bhelft\b|\bkwart\b|\bderde\b", re.IGNORECASE)
MEASURE_ONLY = re.compile(r"^\s*(?:het\s+|de\s+)?(?:aandeel|aantal|percentage|score|gemiddelde|rapportcijfer)\b(?!.*(?:\d|%))",
                          re.IGNORECASE)


def carries_value(text: str) -> bool:
    """True when a target holds a value to aim at, not only a measure or a phrase without one."""
    return bool(text) and bool(VALUE_WORDS.search(text)) and not MEASURE_ONLY.match(text)


def measures_above(sentence: str) -> bool:
    """A sentence opening on how the goal before it is measured ("Dat meten wij aan ...", "Meten we met: ...")."""
    return bool(cues.MEASURES_ABOVE.search(sentence) or cues.MEASUREMENT_LINE.search(sentence))


def target_in(text: str) -> str:
    """The target stated in a text ("ten minste 250 huisbezoeken", "van 12 naar 9 procent in 2029"), or "";
    a part of it that follows keeps to it ("90 koppelingen per jaar, waarvan ten minste 30 in Zandbergen"); a baseline in
    brackets ("(2024: 11%)") is none."""
    return _first(TARGET_PATTERNS, BASELINE_BRACKET.sub("", text), SHARE_OF_TARGET)


def indicator_in(text: str) -> str:
    """The indicator named in a text ("aandeel ouderen dat zich eenzaam voelt"), or ""."""
    if NONE_SAID.search(text):
        return ""  # "daar hoort geen aparte indicator bij"
    indicator = _first(INDICATOR_PATTERNS, text)
    return "" if NO_INDICATOR.search(indicator) else indicator


def _first(patterns, text: str, continued: re.Pattern | None = None) -> str:
    match = next((m for m in (p.search(text) for p in patterns) if m), None)
    if not match:
        return ""
    rest = continued.match(text, match.end()) if continued else None
    value = " ".join((match.groups()[-1] + (rest.group(0) if rest else "")).split()).rstrip(" ,.;")
    year = match.groupdict().get("year") or _year_before(text, match.start(len(match.groups())))
    return f"{value} in {year}" if year and not re.search(r"\b20\d\d\b", value) else value


# "... moet in 2030 zijn gedaald naar 10%", "Dat aandeel moet in 2029 ten minste 70 procent zijn": the year the clause
# sets for the value aimed at stands with it (target rule 1)
YEAR_BEFORE = re.compile(r"\b(?:moet|moeten|willen|wil|zal|zullen)\s+(?:[\wÀ-ÿ-]+\s+){0,3}?in\s+(20\d\d)\b[^.;:()]{0,30}$",
                         re.IGNORECASE)


def _year_before(text: str, start: int) -> str:
    found = YEAR_BEFORE.search(text[max(0, start - 80):start])
    return found.group(1) if found else ""


def fill_targets(goals: list[Goal], blocks: list[Block]) -> list[Goal]:
    """The goals with indicator and target from their table row, a monitoring table that refers to them, their
    sentence or a labelled line after it."""
    at = {block.position: block for block in blocks}
    together: dict[int | None, list[str]] = {}
    for goal in goals:
        together.setdefault(goal.block, []).append(goal.text)
    alone = {tuple(g.section) for g in goals if sum(other.section == g.section for other in goals) == 1}
    goals = [_own_part_of_cells(_rejoined_columns(goal), at) for goal in goals]
    goals = _from_monitoring([_with_key_values(goal, at, tuple(goal.section) in alone) for goal in goals], blocks, at)
    goals = _from_labelled_lines(goals, blocks, at)
    pointed = pointed_notes(goals, blocks, at)
    return [_aimed_at(_filled(goal, " ".join(filter(None, (_notes_after(goal, at, together[goal.block], tuple(goal.section) in alone),
                                                           pointed.get(i, "")))), pointed.get(i, ""))) for i, goal in enumerate(goals)]


# "80% van de leerlingen die ... zegt ...": in the goal's own sentence a share's whole names who, not the value (rule 3)
SHARE_WHOLE = re.compile(r"(%|\bprocent)\s+van\s+(?:de|het|alle)\s+(?:[\wÀ-ÿ-]+\s+)?[\wÀ-ÿ-]+(?=\s+in\s+20\d\d\b|$)", re.IGNORECASE)


def _aimed_at(goal: Goal) -> Goal:
    """The goal with the value aimed at as its target, its baseline left out, and its indicator without labelled values;
    a value still to be set is none."""
    target, indicator = without_baseline(goal.target), without_labels(goal.indicator)
    target = "" if NO_VALUE.match(target or "") else target
    indicator = "" if NO_VALUE.match(indicator or "") else indicator
    return replace(goal, target=target, indicator=indicator) if (target, indicator) != (goal.target, goal.indicator) else goal


def _own_part_of_cells(goal: Goal, at: dict[int, Block]) -> Goal:
    """A goal numbered inside a table cell of several ("1. Bewoners kennen hun buren. 2. ...") whose measure cell
    points at each by number ("Bij 1: aandeel ...; streefwaarde 45% in 2031. Bij 2: ...") takes only its own part."""
    row = at.get(goal.block) if goal.block is not None else None
    number = _number_in_cell(goal.text, row.cells) if row is not None and row.kind == TABLE_ROW else None
    pointed = {key: parts for key, value in goal.attributes.items() if len(parts := _parts_by_number(value)) >= 2}
    if number is None or not pointed:
        return goal
    attributes = {key: pointed[key].get(number, "") if key in pointed else value for key, value in goal.attributes.items()}
    own = " ".join(pointed[key].get(number, "") for key in pointed)
    measure = CELL_MEASURE.match(own)
    goal = replace(goal, attributes=attributes)  # its columns now hold its own part; the measure is read from it
    goal.indicator, goal.target = (measure.group(1) if measure else ""), labelled_target(own) or target_in(own)
    return goal


def _number_in_cell(text: str, cells: list[str]) -> int | None:
    """The number written before a goal inside its cell: "... 2. Inwoners over wie ..." gives 2."""
    for cell in cells:
        start = cell.find(text[:40])
        number = re.search(r"(?:^|\s)(\d{1,2})[.)]\s*$", cell[:start]) if start >= 0 else None
        if number:
            return int(number.group(1))
    return None


def _parts_by_number(cell: str) -> dict[int, str]:
    """A cell's parts by the goal number that opens each ("Bij 1: ... Bij 2: ..."), "" for a dash."""
    pieces = CELL_POINTER.split(cell)
    return {int(number): "" if re.fullmatch(r"\s*[-–—]?\s*", text) else text.strip()
            for number, text in zip(pieces[1::2], pieces[2::2])}


def _rejoined_columns(goal: Goal) -> Goal:
    """Column names a PDF broke inside a word ("Streefwaard e 2031", "Streefwa arde 2031") joined again where that
    makes a target or indicator column; then an indicator column named otherwise ("Meetbaar via") or holding measures."""
    def rejoined(key: str) -> str:
        if _column_word(key):
            return key
        spaces = [i for i, char in enumerate(key) if char == " "]
        return next((joined for i in spaces if _column_word(joined := key[:i] + key[i + 1:])), BROKEN_WORD.sub("", key)
                    if _column_word(BROKEN_WORD.sub("", key)) else key)
    attributes = {rejoined(key): value for key, value in goal.attributes.items()}
    goal = replace(goal, attributes=attributes) if list(attributes) != list(goal.attributes) else goal
    goal = _last_target_column(goal)
    if goal.indicator:
        return goal
    indicator = _indicator_column(goal.attributes)
    return replace(goal, indicator=indicator) if indicator else goal


def _last_target_column(goal: Goal) -> Goal:
    """Of target columns per year ("Streefwaarde 2027", "... 2028", "... 2029"), the last year's: the end of the term."""
    dated = [(int(year.group(0)), value) for key, value in goal.attributes.items()
             if any(word in key.lower() for word in TARGET_COLUMNS) and (year := re.search(r"20\d\d", key))
             and HAS_NUMBER.search(value) and not NO_TARGET.match(value)]
    return replace(goal, target=max(dated)[1]) if len(dated) >= 2 else goal


def _column_word(key: str) -> bool:
    return any(word in key.lower() for word in TARGET_COLUMNS + INDICATOR_COLUMNS)


# Columns that say how a goal is measured in other words than "indicator" ("Meetbaar via", "Gemeten aan", "Maatstaf")
MEASURE_COLUMN = re.compile(r"\b(?:meetbaar|gemeten|meting|maatsta\w*|graadmeter|kpi)\b", re.IGNORECASE)
ARTICLE = re.compile(r"^\s*(?:het|de)\s+", re.IGNORECASE)
BASELINE_COLUMN = re.compile(r"nulmeting|uitgangs|huidig|basis|bron|\b20\d\d\b", re.IGNORECASE)


def _indicator_column(attributes: dict[str, str]) -> str:
    """The value of a column named as a measure, or else of the one column whose cell names what is counted
    ("aantal ingeschreven mantelzorgers ..."), baseline and target columns aside."""
    for key, value in attributes.items():
        if MEASURE_COLUMN.search(key) and not re.search(r"nulmeting", key, re.IGNORECASE) and not NO_TARGET.match(value):
            return value.strip()
    measures = [measure for value in _free_cells(attributes) if (measure := _measure_of(value))]
    return measures[0] if len(measures) == 1 else ""


def _free_cells(attributes: dict[str, str]) -> list[str]:
    """The cells of columns named neither as indicator, target nor baseline ("Waaraan zien we dat?")."""
    return [value for key, value in attributes.items() if not BASELINE_COLUMN.search(key) and not _column_word(key)]


def _measure_of(cell: str) -> str:
    """What a cell says is measured: the cell itself when it opens on it ("aantal deelnemers (monitor)"), else the
    measure of its sentence ("Het aantal jongeren dat ... meldt, stijgt naar 250" gives "aantal jongeren dat ...
    meldt"); "" for a cell that names none."""
    if CELL_MEASURE.match(cell):
        return cell.strip()
    found = indicator_in(cell)
    measure = CELL_MEASURE.match(ARTICLE.sub("", cell, count=1)) if not found else None
    return found or (measure.group(1).strip() if measure else "")


def _with_key_values(goal: Goal, at: dict[int, Block], alone: bool = False) -> Goal:
    """A goal followed by a table of label and value rows without header ("Indicator | aandeel ...",
    "Streefwaarde | 30% in 2030") takes those rows as its columns; the only goal of its section also after a
    paragraph or two that explain it."""
    block = at.get(goal.block) if goal.block is not None else None
    if block is None or block.kind == TABLE_ROW:
        return goal
    position = block.position + 1
    while alone and position <= block.position + 2 and (following := at.get(position)) is not None and \
            following.kind == PARAGRAPH and following.section == block.section:
        position += 1
    pairs = {}
    while (row := at.get(position)) is not None and row.kind == TABLE_ROW and not row.header:
        cells = [cell for cell in row.cells if cell.strip()]
        if len(cells) != 2 or len(cells[0].split()) > 3:
            break
        pairs[cells[0].strip().lower()] = cells[1].strip()
        position += 1
    return replace(goal, attributes={**pairs, **goal.attributes}) if pairs else goal


def _from_monitoring(goals: list[Goal], blocks: list[Block], at: dict[int, Block]) -> list[Goal]:
    """Indicator and target from a table elsewhere whose rows name a goal by number or letter ("1", "Doel 1", "b")
    or by a short name of their own (Doel | Indicator | Nulmeting | Streefwaarde 2028); a goal that is itself a
    table row keeps its own."""
    goals = list(goals)
    listed = [i for i, g in enumerate(goals) if g.block in at and at[g.block].numbered] or list(range(len(goals)))
    codes, by_lot = goal_codes(goals, at), _lot_goals(goals, blocks)
    rows = [(row, columns) for row in blocks if (columns := monitoring_columns(row))]
    named = [(row, columns) for row, columns in rows if _named_goal(row.cells[columns[0]], listed, codes) is None
             and _goal_in_lot(row.cells[columns[0]], by_lot) is None]
    # a short name of the row's own ("Stabilisatie") is matched with what its indicator measures as well
    by_name = _aligned([[row.cells[c] for c in columns[:2] if c is not None and c < len(row.cells)]
                        for row, columns in named], goals)
    # a row that holds a goal of its own beside its number ("1 | Mantelzorgers krijgen ... | Aantal gesprekken | 350")
    # measures that goal: its number is its own, not another goal's
    goal_rows = {goal.block for goal in goals if goal.block in at and goal.text not in at[goal.block].cells[:1]}
    in_order = _coded_in_order(rows, goals, codes)
    for n, (row, columns) in enumerate(rows):
        index = _named_goal(row.cells[columns[0]], listed, codes)
        index = _goal_in_lot(row.cells[columns[0]], by_lot) if index is None else index
        index = in_order.get(n, index)
        index = by_name.get(named.index((row, columns))) if index is None and (row, columns) in named else index
        own = at.get(goals[index].block) if index is not None else None
        if index is None or row.position in goal_rows or (own is not None and own.kind == TABLE_ROW):
            continue
        indicator, target = (row.cells[c].strip() if c is not None and c < len(row.cells) else "" for c in columns[1:])
        indicator = "" if NO_TARGET.match(indicator) else indicator  # "–": no indicator
        goals[index] = replace(goals[index], indicator=indicator or goals[index].indicator,
                               target="" if NO_TARGET.match(target) else target if HAS_NUMBER.search(target)
                               else goals[index].target)
    return goals


def _coded_in_order(rows: list[tuple[Block, tuple]], goals: list[Goal], codes: dict[str, int]) -> dict[int, int]:
    """Rows naming goals by codes the goals do not carry where they are stated ("T1", "T2", "O1" when the reading kept
    only the goals' text) go to the goals in order, when there is one row per goal; else none."""
    cells = [row.cells[columns[0]].strip().rstrip(".") for row, columns in rows]
    if not cells or len(cells) != len(goals) or not all(re.fullmatch(CODE, cell) for cell in cells) or \
            any(cell.upper() in {code.upper() for code in codes} for cell in cells):
        return {}
    return dict(enumerate(range(len(goals))))


# "Formulierenhulp: het aantal bezoeken aan de formulierenhulp. We verwachten er ten minste 150 per jaar.": a line of a
# measurement section naming a goal by a short label of its own, then what is measured, then the value aimed at
LABELLED_LINE = re.compile(r"^\s*(?P<label>[^:.;()]{2,40}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)


def _from_labelled_lines(goals: list[Goal], blocks: list[Block], at: dict[int, Block]) -> list[Goal]:
    """Indicator and target from the lines of a section on how the goals are measured ("Hoe meten we of het lukt?") that
    each name one goal by its number or a short label ("Hulp dichtbij: het aandeel inwoners dat ... We streven naar
    70%."), the label matched with the goal's words and its heading's as a monitoring table's row names are; a goal
    keeps what it has."""
    first = min((goal.block for goal in goals if goal.block is not None), default=None)
    own = {goal.block for goal in goals}
    lines = []
    for block in blocks:
        found = LABELLED_LINE.match(block.text) if block.kind in (LIST_ITEM, PARAGRAPH) else None
        if not found or first is None or block.position <= first or block.position in own or \
                not any(cues.MEASUREMENT_HEADING.search(heading) for heading in block.section) or \
                len(found["label"].split()) > 4 or cues.MEASUREMENT_LINE.match(block.text):
            continue
        sentences = split_sentences(found["rest"])
        measure = _measure_of(sentences[0].rstrip(". ")) if sentences else ""
        if measure:
            lines.append((found["label"].strip(), measure, " ".join(sentences[1:])))
    if not lines:
        return goals
    listed = [i for i, g in enumerate(goals) if g.block in at and at[g.block].numbered] or list(range(len(goals)))
    headed = [replace(goal, text=" ".join([goal.text, *goal.section[-1:]])) for goal in goals]
    by_name = _aligned([[label, measure] for label, measure, _ in lines], headed)
    goals = list(goals)
    for n, (label, measure, rest) in enumerate(lines):
        index = _numbered_goal(label, listed)
        index = by_name.get(n) if index is None else index
        if index is None:
            continue
        target = "" if TARGET_NONE_SAID.search(rest) else labelled_target(rest) or target_in(rest)
        goals[index] = replace(goals[index], indicator=goals[index].indicator or measure,
                               target=goals[index].target or target)
    return goals


# "Perceel 1, eerste doel", "Perceel 2, doel 2", "Perceel 3": a goal by its lot and its place among the lot's goals
LOT_PLACE = re.compile(rf"^\W*(?P<lot>{GROUP_WORD}\s+(?:\d{{1,2}}|[A-Z]))\b\s*(?:[,:–-]\s*(?:(?:het|de)\s+)?"
                       rf"(?:(?P<ordinal>{'|'.join(ORDINALS)})\s+(?:doel|resultaat|effect)|(?:doel|resultaat|effect)\s+(?P<number>\d{{1,2}})))?"
                       r"\W*$", re.IGNORECASE)


def _lot_goals(goals: list[Goal], blocks: list[Block]) -> dict[str, list[int]]:
    """Per lot label ("perceel 1") the indexes of the goals under it, in order; under a lot's heading only the goals in
    its section (an "Indicatoren" heading after it closes it)."""
    lots = extract_lots(blocks, [goal.block for goal in goals], [goal.text for goal in goals])
    at = {block.position: block for block in blocks}
    heading = {lot.label: at[lot.block].text for lot in lots if lot.block in at and at[lot.block].kind == HEADING}
    return {lot.label.lower(): [n - 1 for n in lot.goals if lot.label not in heading or heading[lot.label] in goals[n - 1].section]
            for lot in lots if lot.label}


def _goal_in_lot(cell: str, by_lot: dict[str, list[int]]) -> int | None:
    """The index of the goal a cell names by its lot and place ("Perceel 1, tweede doel"), or the lot's only goal."""
    match = LOT_PLACE.match(cell)
    owned = by_lot.get(" ".join(match["lot"].lower().split()), []) if match else []
    place = ORDINALS[match["ordinal"].lower()] if match and match["ordinal"] else \
        int(match["number"]) if match and match["number"] else (1 if len(owned) == 1 else 0)
    return owned[place - 1] if 0 < place <= len(owned) else None


def monitoring_columns(row: Block) -> tuple[int, int | None, int | None] | None:
    """The goal, indicator and target columns of a monitoring table's row; None for any other block."""
    if row.kind != TABLE_ROW or not row.header:
        return None
    find = lambda pattern: next((i for i, h in enumerate(row.header) if re.search(pattern, h, re.IGNORECASE)), None)
    # headers may be questions or phrases: "Wat we meten", "Waar we naartoe willen", "Wanneer zijn we tevreden?"
    goal, indicator = find(r"^\s*(doel|nr|resultaat|effect|prestatie)"), find(r"indicator|\bmeten\b|\bgemeten\b|\bmeetbaar\b")
    target = find(r"streef|doelwaarde|norm\b|target|tevreden|naartoe")
    if goal is None and indicator:  # "Onderwerp | Indicator | Frequentie": the first column names what is measured
        goal = 0
    return (goal, indicator, target) if goal is not None and (indicator, target) != (None, None) else None


def _named_goal(cell: str, listed: list[int], codes: dict[str, int]) -> int | None:
    """The index of the goal a row's first cell names: by the code the goal carries ("A3"), else by its number."""
    code = re.fullmatch(rf"\s*(?:doel\s+)?({CODE})\.?\s*", cell, re.IGNORECASE)
    places = {key.upper(): place for key, place in codes.items()}
    return places[code.group(1).upper()] - 1 if code and code.group(1).upper() in places else _numbered_goal(cell, listed)


def _numbered_goal(cell: str, listed: list[int]) -> int | None:
    """The index of the goal a cell names by its number or letter among the numbered goals ("2", "Doel 2", "b")."""
    # "2.2 Jongeren ..." is result 2.2, not goal 2
    match = re.fullmatch(r"\s*(?:doel(?:stelling)?\s*)?(\d{1,2}|[a-z])(?!\.\d)\.?\s*(?:[:.–-].*)?", cell, re.IGNORECASE)
    if not match:
        return None
    key = match.group(1).lower()
    n = int(key) if key.isdigit() else ord(key) - ord("a") + 1
    return listed[n - 1] if 0 < n <= len(listed) else None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", text.lower()))


def likeness(name: str, goal: str) -> float:
    """The share of a short name's letters in words found in the goal (long words weigh more), a word counting
    when one starts with the other of five letters or more ("eenzaamheid" and "eenzaam", "ontmoetingsplekken"
    and "ontmoetingsplek")."""
    words, theirs = _words(name), _words(goal)
    if not words:
        return 0.0
    def found(word: str) -> bool:
        return word in theirs or any(_same_stem(word, w) for w in theirs)
    return sum(len(word) for word in words if found(word)) / sum(len(word) for word in words)


def _same_stem(word: str, other: str) -> bool:
    """One word starts with the other of five letters or more, or both share all but their last three letters
    ("opvoedspreekuren" and "opvoedspreekuur")."""
    shorter = min(len(word), len(other))
    if shorter < 5:
        return False
    common = len(os.path.commonprefix([word, other]))
    return common == shorter or common >= max(6, shorter - 3)


def _aligned(names: list[list[str]], goals: list[Goal]) -> dict[int, int]:
    """Rows naming goals in their own words (a short name, and what its indicator measures), matched to the goals in
    order (a table lists them as the tender does, and may leave some out): the order-keeping matching with the most
    words in common, by the name alone or with its indicator. A pair sharing
    little (under half the row's letters) is kept only beside a neighbouring pair."""
    if not names or not goals:
        return {}
    like = [[max(likeness(name[0], goal.text), likeness(" ".join(name), goal.text)) for goal in goals] for name in names]
    # best[i][j]: the most likeness matching rows i.. to goals j.., each pair in order
    best = [[0.0] * (len(goals) + 1) for _ in range(len(names) + 1)]
    for i in range(len(names) - 1, -1, -1):
        for j in range(len(goals) - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], like[i][j] + best[i + 1][j + 1] if like[i][j] > 0 else 0)
    pairs, i, j = {}, 0, 0
    while i < len(names) and j < len(goals):
        if like[i][j] > 0 and best[i][j] == like[i][j] + best[i + 1][j + 1]:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    pairs = {i: j for i, j in pairs.items() if like[i][j] >= 0.5 or _beside(i, j, pairs)}
    # a row the order left out that shares most of its words with a goal left out is that goal's (a table listing the
    # goals in an order of its own: "Doorstroom | Aantal deelnemers dat doorstroomt naar ..." after "Activiteiten")
    whole = [[likeness(" ".join(name), goal.text) for goal in goals] for name in names]  # (a one-word name alone is too weak)
    for score, i, j in sorted(((whole[i][j], i, j) for i in range(len(names)) for j in range(len(goals))), reverse=True):
        if score >= STRONG_LIKENESS and i not in pairs and j not in pairs.values():
            pairs[i] = j
    return pairs


STRONG_LIKENESS = 0.6


def _beside(i: int, j: int, pairs: dict[int, int]) -> bool:
    """A weak pair is kept only when a pair next to it is its direct neighbour in rows and goals."""
    return pairs.get(i - 1) == j - 1 or pairs.get(i + 1) == j + 1


def _filled(goal: Goal, notes: str, pointed: str = "") -> Goal:
    column = column_value(goal.attributes, TARGET_COLUMNS)
    named, value = _named_value(column)  # "Wachttijd tot het eerste gesprek: ten hoogste 10 werkdagen"
    if named and goal.target in ("", column):
        goal = replace(goal, target=value, indicator=goal.indicator or named)
    # "zie monitor" is no target; a target column in words is ("alle zes kernen"); a column that only names a measure
    # is the indicator (target must carry a value)
    target = goal.target if carries_value(goal.target or "") else ""
    column = column_value(goal.attributes, TARGET_COLUMNS)
    target = target or (column if carries_value(column) and not NO_TARGET.match(column) else "")
    goal = replace(goal, indicator=goal.indicator or (column.strip() if MEASURE_ONLY.match(column) else ""))
    # what the notes on the goal say it has none of ("Een streefwaarde stellen wij voor dit doel niet vast") they give none of
    valued = "" if TARGET_NONE_SAID.search(pointed or notes) else notes
    target = target or labelled_target(valued) or labelled_target(goal.text) or _own_target(goal.text) or target_in(valued)
    # a column in other words than target ("Waaraan zien we dat?") whose sentence states the value aimed at
    target = target or next((found for cell in _free_cells(goal.attributes) if (found := target_in(cell))), "")
    # a measure the tender names for the goal by pointing at it ("Doelstelling 2 volgen zij met het aantal meldingen ...")
    # wins over the one its own sentence implies (target rule 4)
    pointed = "" if INDICATOR_NONE_SAID.search(pointed) else pointed
    indicator = goal.indicator or indicator_in(pointed) or _measured_with(pointed) or indicator_in(goal.text) or \
        indicator_in(notes) or _bare_measure(notes) or _measure_phrase(pointed)
    return replace(goal, target=target, indicator=indicator) if (target, indicator) != (goal.target, goal.indicator) else goal


BOUND = re.compile(r"^(?:ten\s+minste|tenminste|minimaal|minstens|ten\s+hoogste|maximaal|hoogstens)\b", re.IGNORECASE)
FREQUENCY = re.compile(r"\bper\s+(?:week|maand|dag|dagdeel)\b|\bkeer\s+per\b", re.IGNORECASE)


def _own_target(sentence: str) -> str:
    """The value a goal's own sentence aims at (target rules 3 and 6): "80% van de leerlingen ... zegt ..." gives "80%";
    "Op ten minste drie speelplekken ... vier middagen per week" the bounded count, not how often the service runs."""
    value = target_in(sentence)
    if FREQUENCY.search(value) and not BOUND.match(value):
        bounded = next((m.group(1) for m in BOUNDED_AMOUNT.finditer(sentence) if BOUND.match(m.group(1))), "")
        value = " ".join(bounded.split()) or value
    labelled = re.search(r"\b(?:streefwaarde|doelwaarde|norm)\b", sentence, re.IGNORECASE)  # stated apart: as written
    return SHARE_WHOLE.sub(r"\1", value) if re.search(r"\d\s*(?:%|procent)", value) and not labelled else value


# what a pointer leaves after "De regio volgt het tweede doel": "met de vraag uit de cliëntervaringsmeting of ...; de
# streefwaarde is 75 procent": the measure it is followed with
MEASURED_WITH = re.compile(r"^\s*(?:met|via|aan\s+de\s+hand\s+van)\s+(?:de\s+|het\s+)?(.+?)\s*(?=[;.]|,\s*(?:met\s+als\s+)?streefwaarde|$)",
                           re.IGNORECASE)


def _measured_with(pointed: str) -> str:
    """The measure a pointing sentence names after "met" ("... volgt het tweede doel met de vraag ..."), or ""."""
    found = MEASURED_WITH.match(pointed)
    return found.group(1) if found else ""


# "... vraagt het college aanvragers te rapporteren over het aantal deelnemers dat ...": what is counted, in a sentence that
# points at the goal; "meet de zelfredzaamheid met de Taalmeter Zelfredzaamheid": the instrument it is measured with
MEASURE_PHRASE = re.compile(r"\b(?:het|de)\s+((?:aantal|aandeel|percentage|gemiddelde|score|rapportcijfer)\s+[^.;:()]{3,120}?)"
                            r"\s*(?=[.;:()]|,\s*(?:met|de\s+streefwaarde|in\s+20\d\d|maar)\b|$)|"
                            r"\b(?:meet|meten|volgt|volgen)\b[^.;:]{0,60}?\bmet\s+(?:de|het)\s+([^.;:,()]{3,80}?)\s*(?=[.;:,(]|$)",
                            re.IGNORECASE)


def _measure_phrase(pointed: str) -> str:
    """What a sentence pointing at the goal says is counted or measured with, wherever it stands in it; "" for none."""
    found = MEASURE_PHRASE.search(pointed)
    return " ".join(next(filter(None, found.groups())).split()) if found else ""


def _bare_measure(notes: str) -> str:
    """What a flattened goal table row names after its goal, before its target ("percentage afgesloten zaken met een
    resultaat ten minste 70%" gives "percentage afgesloten zaken met een resultaat"), or ""."""
    first = split_sentences(notes)[0] if notes.strip() else ""
    if not cues.INDICATOR.match(first) or cues.MAIN_VERB.search(first):
        return ""
    target = target_in(first)
    measure = first[:first.find(target)] if target and target in first else re.sub(r"[\s\d.,%]+$", "", first)
    return measure.strip(" ,;:")


def labelled_target(text: str) -> str:
    """The value after a "Streefwaarde:" label, as written up to the end of its sentence or clause, without a baseline
    in brackets ("Streefwaarde: 400 getrainde vrijwilligers in 2029 (2026: 85)."); "" for none."""
    match = LABELLED_TARGET.search(BASELINE_BRACKET.sub("", text))
    if not match or NO_TARGET.match(match.group("value")):
        return ""
    value, year = match.group("value").strip(), match.group("year")
    return f"{value} in {year}" if year and year not in value else value


def _named_value(cell: str) -> tuple[str, str]:
    """A result cell holding what is measured and its value ("Bekendheid in de Burgerpeiling: van 34% naar 50%")
    as (indicator, target); ("", cell) otherwise."""
    name, colon, value = cell.partition(":")
    # (a name may hold a number in words: "Aandeel cliënten dat binnen een jaar ... niet terugkomt: 80%")
    if colon and HAS_NUMBER.search(value) and not re.search(r"\d", name) and 2 <= len(name.split()) <= 15:
        return name.strip(), value.strip()
    return "", cell


def _notes_after(goal: Goal, at: dict[int, Block], together: list[str] = (), alone: bool = False) -> str:
    """Labelled lines ("Streefwaarde: 80% in 2028") in the goal's block after it, or in the next block; in a paragraph
    the sentences after the goal's own up to the next goal's ("... voelen zich eenzaam. Het aandeel ... moet dalen");
    for the only goal of its section also a measurement paragraph further down that section."""
    block = at.get(goal.block) if goal.block is not None else None
    if block is None or block.kind == "table_row":
        return ""
    sentences = split_sentences(block.text)
    # a list item's sentences after its goal say how it is measured (candidates.goal_sentence)
    later = [s for s in sentences if (LABELLED.match(s) or block.kind == "list_item") and s not in goal.text]
    if block.kind == PARAGRAPH:
        later += _sentences_after(goal.text, sentences, [text for text in together if text != goal.text])
    # labelled lines after it, and the items nested under a goal item ("-- Nulmeting 2024: 12%. Streefwaarde: 10%")
    position = block.position + 1
    while (following := at.get(position)) is not None and following.kind != HEADING and \
            not points_at_goal(following.text) and (LABELLED.match(following.text) or measures_above(following.text)
                                                           or _nested(following, block) or _measures_goal(following, block)):
        later.append(following.text)
        position += 1
    return " ".join(later + (_measured_in_section(block, position, at) if alone else []))


def _measured_in_section(goal: Block, position: int, at: dict[int, Block]) -> list[str]:
    """The blocks further down the only goal's section that open on how a goal is measured ("Thema 1 > Wat we willen:
    ... (a paragraph explaining it) ... Zo volgen we het: het aantal ...; Streefwaarde: ..."), up to the next heading;
    one pointing at another goal by its number is that goal's."""
    found = []
    while (following := at.get(position)) is not None and following.kind != HEADING and following.section == goal.section:
        first = split_sentences(following.text)[:1]
        if following.kind in (PARAGRAPH, LIST_ITEM) and first and measures_above(first[0]) and not points_at_goal(following.text):
            found.append(following.text)
        position += 1
    return found


def _measures_goal(following: Block, goal: Block) -> bool:
    """A paragraph after the goal's paragraph in its section that opens on how that goal is measured ("Wij meten dit
    aan ...", "Het gaat ons om ten minste 1.000 ..."); after a list the measure may be of any of its items."""
    sentences = split_sentences(following.text) if following.kind == goal.kind == PARAGRAPH else []
    return bool(sentences) and following.section == goal.section and measures_above(sentences[0])


def _sentences_after(goal: str, sentences: list[str], others: list[str]) -> list[str]:
    """The sentences after the one holding the goal, up to one holding another goal or a labelled line."""
    key = goal[:40].lower()
    start = next((i for i, s in enumerate(sentences) if key in s.lower() or s.lower() in goal.lower()), None)
    if start is None:
        return []
    after = []
    for sentence in sentences[start + 1:]:
        if any(other[:40].lower() in sentence.lower() for other in others):
            break
        after += [] if LABELLED.match(sentence) else [sentence]
    return after


def _nested(item: Block, goal: Block) -> bool:
    """An item one level deeper than the goal item it follows."""
    return goal.kind == LIST_ITEM and item.kind == LIST_ITEM and item.level > goal.level
