"""The goals a criterion names in words: a theme, a part of the assignment, a chapter, a code with a letter, a label, or the
words of one goal."""

import re

from ..reading.blocks import Block

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
