"""The goals a criterion names in words: a theme, a part of the assignment, a chapter, a code with a letter, a label, or the
words of one goal."""

import re

from ..reading.blocks import Block
from .goal_lists import BETWEEN, ORDINAL_WORD, ORDINALS

CHAPTER_REFERENCE = re.compile(r"\b(?:doelen|doelstellingen|effecten|resultaten|prestaties)\s+(?:in|uit|van)\s+(?:hoofdstuk|paragraaf|artikel)\s+"
                               r"(\d{1,2}(?:\.\d{1,2})*)\b", re.IGNORECASE)
# "de doelen van opgave A", "per beoogd effect van onderdeel A": the goals under the part with that letter or number
PART_REFERENCE = re.compile(r"\b(?:doelen|doelstellingen|effect(?:en)?|resultaten)\s+(?:in|uit|van)\s+(?:het\s+|de\s+)?"
                            r"(opgave|onderdeel|deel|thema|perceel|domein)\s+([A-Z]|\d{1,2})\b(?!\.\d)")
# "doelstelling 1a", "resultaat 2c": a goal code with a letter
CODED_REFERENCE = re.compile(r"\b(?:doel(?:stelling)?|resultaat|effect)\s+(\d{1,2}[a-h])\b", re.IGNORECASE)
GOAL_ABOUT = re.compile(r"\bhet\s+doel\s+(?:over|rond)\s+([^.,;:()]{4,80})", re.IGNORECASE)
# "de doelen onder Meedoen, Ontmoeten en Gezond opgroeien", "de doelen bij het thema Meedoen": the goals under headings
UNDER_HEADINGS = re.compile(r"\b(?:doelen|doelstellingen|effecten|resultaten)\s+(?:onder|bij|binnen|van)\s+(?:de\s+|het\s+)?"
                            r"(?:thema['’]?s?\s+|kopjes?\s+)?(?P<names>[^.;:?()]{3,160})", re.IGNORECASE)
# "5.1 Opgave Leven in de kernen", "5.1 Onderdeel A: Meedoen en verbinden", "Thema 2 Zorgzame dorpen": a heading that
# labels a part of the assignment, and the part's own name after the label
PART_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:opgave|onderdeel|deel|thema|perceel|domein|programmalijn)"
                          r"(?:\s+(?:[A-Z]|\d{1,2}))?\s*[:.–-]?\s+(?P<name>\S.{6,80}?)\s*$", re.IGNORECASE)
# "het tweede doel van thema 3", "het eerste resultaat van perceel B": a goal by its place among a part's goals
PART_ORDINAL = re.compile(rf"\b(?:het|de)\s+(?P<ordinal>(?:{ORDINAL_WORD})(?:\s*(?:,|\ben\b)\s*(?:het\s+|de\s+)?(?:{ORDINAL_WORD}))*)"
                          rf"{BETWEEN}\s+(?:doel(?:stelling)?|resultaat|effect|prestatie)\s+(?:van|uit|bij|onder|binnen)\s+(?:het\s+|de\s+)?"
                          r"(?P<part>opgave|onderdeel|deel|thema|perceel|domein)\s+(?P<label>[A-Z]|\d{1,2})\b(?!\.\d)", re.IGNORECASE)
# "de doelen, bedoeld in artikel 3, eerste lid, onder a tot en met d", "de prestaties, bedoeld in artikel 3, tweede lid",
# "art. 2 lid 1 onder b": goals a regulation states in an article's lid, by their letters
LID_WORDS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde")
LEGAL_REFERENCE = re.compile(r"\bart(?:ikel|\.)\s*(?P<article>\d{1,2})(?:\s*,?\s*(?:(?P<lid>" + "|".join(LID_WORDS) +
                             r")\s+lid|lid\s+(?P<lid_number>\d))(?:\s*,?\s*onder\s+(?P<first>[a-h])\b(?:\s*(?:tot\s+en\s+met|t/m)\s*"
                             r"(?P<last>[a-h])\b|(?P<more>(?:\s*(?:,|\ben\b)\s*[a-h]\b)+))?)?)?", re.IGNORECASE)
ARTICLE_HEADING = r"^\s*art(?:ikel|\.)\s*{}\b"
THEME_NAME = re.compile(r"\bhet\s+thema\s+([A-ZÀ-Ý][^.,;:?()]{2,60}?)\s*(?=[.,;:?()]|$)")  # "het thema Meedoen"


def theme_goals(text: str, goals) -> list[int]:
    """The goals of a theme named in words ("Uw aanpak voor het thema Meedoen"): under a Thema column (a cell
    merged down holds for the rows below it) or under a heading with that name."""
    named = [" ".join(m.group(1).lower().split()) for m in THEME_NAME.finditer(text)]
    numbers, current = [], ""
    for number, goal in enumerate(goals, 1):
        current = next((v for k, v in goal.attributes.items() if k.strip().lower() == "thema" and v.strip()), current)
        places = [" ".join(current.lower().split())] + [h.lower() for h in goal.section[-1:]]
        if any(name == place or (len(name) >= 5 and name in place) for name in named for place in places if place):
            numbers.append(number)
    return numbers


def coded_in_text(text: str, goals, at: dict[int, Block]) -> list[int]:
    """The goals a text names by a code with a letter ("doelstelling 1a en doelstelling 2c") that opens their own
    text ("Doelstelling 1a. Inwoners weten ..."); none unless every code is found."""
    codes = [code.lower() for code in CODED_REFERENCE.findall(text)]
    opening = {i: _code_of(at[goal.block].text) for i, goal in enumerate(goals, 1) if goal.block in at}
    numbers = [next((i for i, own in opening.items() if own == code), None) for code in codes]
    return numbers if numbers and None not in numbers else []


def _code_of(text: str) -> str:
    code = CODED_REFERENCE.match(text.strip())
    return code.group(1).lower() if code else ""


def goals_about(text: str, goals) -> list[int]:
    """The goal "het doel over het aantal getrainde vrijwilligers" means: the one sharing most of those words."""
    numbers = []
    for about in GOAL_ABOUT.finditer(text):
        words = {w for w in re.findall(r"\w+", about.group(1).lower()) if len(w) >= 5}
        shared = [len(words & set(re.findall(r"\w+", goal.text.lower()))) for goal in goals]
        best = max(shared, default=0)
        numbers += [shared.index(best) + 1] if best and shared.count(best) == 1 else []
    return numbers


def chapter_goals(text: str, goals) -> list[int]:
    """The goals under the chapter a criterion names ("de bijdrage aan de doelen in hoofdstuk 3"), or under the part
    it names by its letter or number ("de doelen van opgave A", "per beoogd effect van onderdeel A")."""
    chapters, part = [m.group(1) for m in CHAPTER_REFERENCE.finditer(text)], PART_REFERENCE.search(text)
    if chapters:  # "de doelen uit artikel 2 en de prestaties uit artikel 3": under either
        unders = [re.compile(rf"\s*(?:hoofdstuk\s+|paragraaf\s+|artikel\s+)?{re.escape(n)}\.?\s", re.IGNORECASE) for n in chapters]
        return [i for i, goal in enumerate(goals, 1) if any(u.match(h) for u in unders for h in goal.section)]
    under = re.compile(rf"(?:^|[\s.\d])(?i:{part.group(1)})\s+{re.escape(part.group(2))}(?![\w.])") if part else None
    return [i for i, goal in enumerate(goals, 1) if under and any(under.search(h) for h in goal.section)]


def labelled_goals(text: str, goals) -> list[int]:
    """The goals whose own label the text names: "**Minder overlast**" labels the goal right under it."""
    labels: dict[str, int] = {}
    for number, goal in enumerate(goals, 1):
        labels.setdefault(" ".join(goal.section[-1:]).lower(), number)
    lowered = text.lower()
    return sorted(number for label, number in labels.items()
                  if len(label) >= 5 and len(label.split()) <= 6 and re.search(rf"\b{re.escape(label)}\b", lowered))


def heading_goals(text: str, goals) -> list[int]:
    """All goals under the headings a text names after "de doelen onder" ("de doelen onder Meedoen en Ontmoeten"): each
    heading named whole, the goals below it in the order found."""
    numbers: list[int] = []
    for match in UNDER_HEADINGS.finditer(text):
        named = match.group("names").lower()
        for number, goal in enumerate(goals, 1):
            heading = " ".join(goal.section[-1:]).lower().strip()
            if len(heading) >= 4 and len(heading.split()) <= 6 and re.search(rf"\b{re.escape(heading)}\b", named):
                numbers.append(number)
    return sorted(set(numbers))


def part_goals(name: str, goals) -> list[int]:
    """The goals under a part of the assignment whose own name a criterion's name holds ("Plan van aanpak Leven in de
    kernen" over the goals under "5.1 Opgave Leven in de kernen" and its sub-headings); two words of the name at least."""
    lowered = " ".join(name.lower().split())
    numbers = []
    for number, goal in enumerate(goals, 1):
        parts = [m.group("name").lower() for h in goal.section if (m := PART_HEADING.match(h))]
        if any(len(part.split()) >= 2 and re.search(rf"(?<!\w){re.escape(' '.join(part.split()))}(?!\w)", lowered) for part in parts):
            numbers.append(number)
    return numbers


def legal_goals(text: str, goals, at: dict[int, Block]) -> list[int]:
    """The goals a text names by article, lid and letter ("bedoeld in artikel 3, eerste lid, onder a tot en met d", "art.
    2 lid 1 onder b"): the goals under that article's heading, the lid being the run of goals after its n-th lead-in
    ("De subsidie wordt verstrekt voor activiteiten die eraan bijdragen dat:"), the letters their places in that run;
    none unless every goal named is found."""
    numbers: list[int] = []
    for match in LEGAL_REFERENCE.finditer(text):
        heading = re.compile(ARTICLE_HEADING.format(match["article"]), re.IGNORECASE)
        inside = [(i, goal) for i, goal in enumerate(goals, 1) if any(heading.match(h) for h in goal.section)]
        lids = _lid_runs(inside, at)
        lid = LID_WORDS.index(match["lid"].lower()) + 1 if match["lid"] else int(match["lid_number"] or 0)
        run = lids.get(lid, []) if lid else [i for i, _ in inside]
        if match["first"]:
            letters = _letters(match["first"], match["last"], match["more"])
            if not run or max(letters) > len(run):
                return []
            run = [run[n - 1] for n in letters]
        if not run:
            return []
        numbers += run
    return sorted(set(numbers))


def _letters(first: str, last: str | None, more: str | None) -> list[int]:
    """"a" to "d" gives 1-4; "b, c en d" gives 2-4."""
    letters = [first] + ([chr(c) for c in range(ord(first.lower()) + 1, ord(last.lower()) + 1)] if last else
                         re.findall(r"[a-h]", more or "", re.IGNORECASE))
    return [ord(letter.lower()) - ord("a") + 1 for letter in letters]


def _lid_runs(inside: list, at: dict[int, Block]) -> dict[int, list[int]]:
    """Per lid (1-based) the goals of an article in it: the first run of goals is lid 1, and a lead-in ending in a colon
    between two goals ("De activiteiten leveren in elk geval op:") opens the next."""
    runs: dict[int, list[int]] = {}
    lid, previous = 1, None
    for number, goal in inside:
        if previous is not None and goal.block is not None and any(
                at[p].text.rstrip().endswith(":") for p in range(previous + 1, goal.block) if p in at):
            lid += 1
        runs.setdefault(lid, []).append(number)
        previous = goal.block if goal.block is not None else previous
    return runs


def part_ordinal_goals(text: str, goals) -> list[int]:
    """The goals a text names by their place among a part's goals ("het tweede doel van thema 3": the second goal under the
    heading "Thema 3: ..."); none unless every place is found."""
    numbers: list[int] = []
    for match in PART_ORDINAL.finditer(text):
        under = re.compile(rf"(?:^|[\s.\d])(?i:{match['part']})\s+{re.escape(match['label'])}(?![\w.])")
        owned = [i for i, goal in enumerate(goals, 1) if any(under.search(h) for h in goal.section)]
        places = [ORDINALS[word.lower()] for word in re.findall(ORDINAL_WORD, match["ordinal"], re.IGNORECASE)]
        if not owned or max(places) > len(owned):
            return []
        numbers += [owned[place - 1] for place in places]
    return sorted(set(numbers))
