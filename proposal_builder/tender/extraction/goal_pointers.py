"""Sentences after the goals that point at one of them: by its number ("Bij 1 kijken we naar ..."), its place in the
list ("Voor het tweede resultaat ...") or its label ("Voor Meedoen ...", "Voor de overlast ..." for "Minder overlast")."""

import re

from ..goal import Goal
from ..reading.blocks import LIST_ITEM, PARAGRAPH, Block
from .goal_codes import CODE, DOTTED, GOAL_WORD, goal_codes
from .goal_lists import ORDINALS
from . import lexicon as cues
from .measured_goals import ONE_GOAL_HEADING, measures_named_goal
from .sentences import split_sentences

# "Bij 1 kijken we ...", "Voor doel 3 ...", "Voor resultaat a) tellen wij ...", "Bij b) ...": a goal by its number or letter
# "Doel 3 volgt de gemeente met ...": a sentence with the goal as its subject points at it as well
# ("Bij onderdeel b sturen wij op ...": a regulation's lettered parts of its goal article)
GOAL_POINTER = re.compile(r"^\s*(?:(?:bij|voor)\s+)?(?:(?:doel(?:stelling)?|subdoel|resultaat|effect|prestatie|onderdeel)\s+(\d{1,2}|[a-h])\b\)?(?!\s*(?:en|of|tot|t/m|[-–,:])\b)"
                          r"|(?:bij|voor)\s+(?:(\d{1,2})\b|([a-h])\)))"
                          r"(?!\s*(?:%|procent|jaar|uur|[.,]\d))\s*", re.IGNORECASE)
# "Bij resultaat 1.2 volgen wij ...", "Voor doel A3 ...": a goal by the code it carries (goal_codes.py)
# (not "Voor doel A4 en doel B2 ...": a sentence on two goals gives neither its figures)
CODE_POINTER = re.compile(rf"^\s*(?:bij|voor)\s+(?:het\s+)?(?i:{GOAL_WORD})\s+({CODE}|{DOTTED})\b\)?(?!\s*(?:,|en\b|of\b))\s*",
                          re.IGNORECASE)
# "De gemeenten volgen resultaat 2b met het aantal ...", "Wij meten doel 3 aan ...": a sentence on how one goal is measured
# that names it, by its number, letter or code, after its verb
NAMED_INSIDE = re.compile(rf"\b(?:doel(?:stelling)?|subdoel|resultaat|effect|prestatie|onderdeel)\s+({CODE}|{DOTTED}|\d{{1,2}}|[a-h])\b\)?"
                          r"(?!\s*(?:en|of|tot|t/m|[-–,]|\.\d|%|procent))", re.IGNORECASE)
GOAL_NAMED = re.compile(rf"\b(?:doel(?:stelling)?|subdoel|resultaat|effect|prestatie|onderdeel)(?:en)?\s+(?:{CODE}|{DOTTED}|\d{{1,2}}|[a-h])\b",
                        re.IGNORECASE)  # every goal a sentence names ("effect 1 en effect 2": two)
MEASURING_VERB = re.compile(r"\b(?:volg(?:t|en)|meet|meten|tellen|telt|monitor(?:t|en)|rapporter(?:t|en)|indicator|streefwaarde)\b",
                            re.IGNORECASE)
# "Over alle doelen samen verwacht het college ...", "Wij volgen de doelen met ...": a sentence on the goals together gives
# none of them its figures (CONVENTIONS, target rule 4)
ALL_GOALS = re.compile(r"\b(?:alle|beide|deze|de)\s+(?:\w+\s+)?doel(?:en|stellingen)\b|\bdoel(?:en|stellingen)\s+samen\b", re.IGNORECASE)
# "Voor het eerste resultaat kijken wij naar ...", "Het tweede effect volgen wij met ...": a goal of the list before by its
# place; the list named by the word ("resultaat" under "Resultaten") when there are several
# ("De regio volgt het tweede doel met de vraag ...", "Wij volgen het derde resultaat aan ...": the goal as the object of
# how it is followed, the measure after it)
ORDINAL_POINTER = re.compile(rf"^\s*(?:(?:bij|voor)\s+|(?P<verb>(?:de|het)\s+[\wÀ-ÿ-]+|wij|we)\s+(?:volgt|meet|meten|volgen)\s+)?(?:het|de)\s+"
                             rf"({'|'.join(ORDINALS)})\s+(?P<noun>doel(?:stelling)?|resultaat|effect)\b(?!\s+(?:en|of)\b)\s*", re.IGNORECASE)
# What follows a goal named as the object of how it is followed when it names the measure itself ("... met de vraag ...")
MEASURE_AFTER = re.compile(r"(?:met|via|door\s+middel\s+van|aan\s+de\s+hand\s+van)\s", re.IGNORECASE)
# "Voor het doel over vrijwilligers kijken wij naar ...": the one goal whose text holds that word
ABOUT_POINTER = re.compile(r"^\s*(?:bij|voor)\s+het\s+doel\s+(?:over|voor|rond)\s+(?:de\s+|het\s+)?(?P<word>[\wÀ-ÿ-]{4,})",
                           re.IGNORECASE)
# "Het college meet de voortgang op het doel onder a met ...", "Voor het doel onder b is de indicator ...": a goal of the
# lettered list before, by its letter, anywhere in the sentence
LETTER_POINTER = re.compile(r"\bdoel(?:stelling)?\s+(?:bedoeld\s+)?onder\s+([a-h])\b", re.IGNORECASE)
# "Voor Meedoen hanteren wij ...", "Voor de overlast volgen wij ...": a goal by the words of its label
NAMED_POINTER = re.compile(r"^(?P<lead>\s*(?:bij|voor)\s+(?:de\s+|het\s+)?)(?P<name>[\wÀ-ÿ-]+(?:\s+[\wÀ-ÿ-]+){0,3})",
                           re.IGNORECASE)


# "Opgave A: het aandeel kinderen ...", "Thema 2 – aantal deelnemers ...": a line on how results are followed that opens on
# the label of a part of the assignment, whose goals a table's part column or a part heading names
GROUP_POINTER = re.compile(r"^\s*(?P<word>opgave|thema|onderdeel|domein|pijler|resultaatgebied|programmalijn)\s+"
                           r"(?P<label>[A-Z]|\d{1,2})\s*[:–-]\s+", re.IGNORECASE)
EFFECT_WORDS = re.compile(r"\beffect", re.IGNORECASE)  # "Hoe volgen wij de effecten?"; deliveries: cues.OUTPUT_HEADING


def group_pointed(sentence: str, section: list[str], earlier: list[tuple[int, Goal]]) -> tuple[int | None, str]:
    """The goal a line opening on a part's label points at ("Opgave A: het aandeel ..." under "Hoe volgen wij de
    effecten?"): the goal of that part, by a cell of its row in a column named after the part's word ("Opgave" holding
    "A. Meedoen zonder drempels") or by the heading above it ("Thema 2 Ontmoeting"); of a part with an effect and an
    output, the kind the section's heading names. None when that leaves more than one goal."""
    pointer = GROUP_POINTER.match(sentence)
    if not pointer:
        return None, ""
    word, label = pointer.group("word").lower(), pointer.group("label").upper()
    opens = re.compile(rf"^\s*(?:{word}\s+)?{re.escape(label)}\b(?![.,]?\d)", re.IGNORECASE)
    hits = [i for i, goal in earlier
            if any(word in key.lower() and opens.match(cell) for key, cell in goal.attributes.items())
            or any(re.match(rf"^\s*{word}\s+{re.escape(label)}\b", heading, re.IGNORECASE) for heading in goal.section[-1:])]
    heading = " ".join(section[-1:])
    kind = "effect" if EFFECT_WORDS.search(heading) else "output" if cues.OUTPUT_HEADING.search(heading) else ""
    goals = dict(earlier)
    hits = [i for i in hits if not kind or goals[i].kind == kind] if len(hits) > 1 else hits
    return (hits[0], sentence[pointer.end():]) if len(hits) == 1 else (None, "")


def pointed_notes(goals: list[Goal], blocks: list[Block], at: dict[int, Block]) -> dict[int, str]:
    """Sentences after the goals that point at one ("Bij 1 kijken we naar de Burgerpeiling: ...", "Voor doel 3 ...",
    "Voor het tweede doel ..."), with the sentences after them in the paragraph, per goal index."""
    lists = _runs(goals, at)
    names = {tuple(run): _run_name(run, goals, at) for run in lists}
    notes: dict[int, str] = {}
    codes = {code.upper(): place - 1 for code, place in goal_codes(goals, at).items()}
    for block in blocks:  # a lettered goal named by its letter, in a paragraph or an item below the list
        for sentence in split_sentences(block.text) if block.kind in (PARAGRAPH, LIST_ITEM) else []:
            letters = LETTER_POINTER.findall(sentence)
            before = [run for run in lists if goals[run[-1]].block < block.position]
            if len(set(letters)) == 1 and before and (n := ord(letters[0].lower()) - ord("a")) < len(before[-1]):
                index = before[-1][n]
                notes[index] = (notes.get(index, "") + " " + sentence).strip()
    carry = None  # a paragraph ending on its pointer ("Voor het eerste doel kijken we naar de monitor.") goes on below
    for block in blocks:
        before = [run for run in lists if goals[run[-1]].block < block.position]
        earlier = [(i, g) for i, g in enumerate(goals) if g.block is not None and g.block < block.position]
        labels = _labels(earlier)
        if block.kind != PARAGRAPH or not (before or labels or earlier):
            carry = None
            continue
        # "Indicatoren en streefwaarden > Doel 3": the heading points at goal 3; so does a "Doel 3" whose text opens on a
        # measure's label ("Indicator: ...") where the reading kept no heading above it (a bold line in a PDF)
        if measures_named_goal(block.section) or (block.section and ONE_GOAL_HEADING.match(block.section[-1]) and
                                                  cues.MEASUREMENT_LINE.match(block.text)):
            carry = _pointed(block.section[-1], _named_run(block.section[-1], before, names), labels, earlier, codes)[0]
        current, index = carry, None  # "Voor de overlast volgen wij ... . In 2029 willen wij onder de 300 uitkomen.": the next
        for sentence in split_sentences(block.text):  # sentences of the paragraph hold on to the goal pointed at
            index, rest = group_pointed(sentence, block.section, earlier)
            if index is None:
                index, rest = _pointed(sentence, _named_run(sentence, before, names), labels, earlier, codes, before)
            if index is None and ALL_GOALS.search(sentence):
                current = None
                continue
            current = index if index is not None else current if NAMED_POINTER.match(sentence) is None else None
            if current is not None:
                notes[current] = (notes.get(current, "") + " " + (rest if index is not None else sentence)).strip()
        carry = index
    return notes


def _runs(goals: list[Goal], at: dict[int, Block]) -> list[list[int]]:
    """The goals of each run of list items, in order, and of each paragraph holding two or more ("... wil bereiken dat
    X. Ook wil de gemeente dat Y.") or of paragraphs of one goal each right after each other in a section (the items of a
    list whose numbers a two-column PDF did not print)."""
    runs: list[list[int]] = []
    for i, goal in enumerate(goals):
        kind = at[goal.block].kind if goal.block in at else None
        last = goals[runs[-1][-1]].block if runs else None
        if kind == LIST_ITEM and last is not None and at[last].kind == LIST_ITEM and goal.block - last <= 1:
            runs[-1].append(i)
        elif kind == PARAGRAPH and last is not None and (last == goal.block or at[last].kind == PARAGRAPH and
                                                          goal.block - last == 1 and at[last].section == goal.section):
            runs[-1].append(i)  # one paragraph, or the next one of its section (a list printed without its numbers)
        elif kind in (LIST_ITEM, PARAGRAPH):
            runs.append([i])
    return [run for run in runs if at[goals[run[0]].block].kind == LIST_ITEM or len(run) >= 2]


def _run_name(run: list[int], goals: list[Goal], at: dict[int, Block]) -> str:
    """What names a run: its heading, and the short line just above it ("Resultaten")."""
    first = goals[run[0]]
    above = at.get(first.block - 1)
    label = above.text if above is not None and len(above.text.split()) <= 6 else ""
    return " ".join([*first.section[-1:], label]).lower()


def _named_run(sentence: str, runs: list[list[int]], names: dict[tuple[int, ...], str]) -> list[int]:
    """The run an ordinal pointer counts in: the last one named with its word ("Het eerste resultaat" in the list under
    "Resultaten"), else the last one."""
    pointer = ORDINAL_POINTER.match(sentence)
    stem = pointer.group("noun").lower()[:6] if pointer else ""
    named = [run for run in runs if stem and stem in names.get(tuple(run), "")]
    return (named or runs or [[]])[-1]


def _pointed(sentence: str, listed: list[int], labels: dict[str, int], earlier: list[tuple[int, Goal]] = (),
             codes: dict[str, int] | None = None, runs: list[list[int]] = ()) -> tuple[int | None, str]:
    """The goal a sentence opens on, by number or ordinal in the list before ("Bij 1", "Voor het tweede resultaat"),
    by a word of its text ("Voor het doel over vrijwilligers") or by its label ("Voor Meedoen", "Voor de overlast" for
    "Minder overlast") or its code ("Bij resultaat 1.2"), and the sentence after the pointer."""
    coded = CODE_POINTER.match(sentence)
    if coded and codes and coded.group(1).upper() in codes:
        return codes[coded.group(1).upper()], sentence[coded.end():]
    pointer = GOAL_POINTER.match(sentence) or ORDINAL_POINTER.match(sentence)
    if pointer:
        number = _place(pointer.group(2) if pointer.re is ORDINAL_POINTER else next(label for label in pointer.groups() if label))
        listed = _run_by_words(number, listed, runs, sentence, dict(earlier)) if pointer.re is GOAL_POINTER else listed
        rest = sentence[pointer.end():]  # "De regio volgt het tweede doel met de vraag ...": the measure after "met"
        if pointer.groupdict().get("verb") and not MEASURE_AFTER.match(rest):
            rest = sentence  # "Wij volgen het derde resultaat aan het aantal ...": keep the verb, whose object follows
        return (listed[number - 1], rest) if 0 < number <= len(listed) else (None, "")
    about = ABOUT_POINTER.match(sentence)
    if about:
        hits = [i for i, goal in earlier if re.search(rf"\b{re.escape(about.group('word'))}\b", goal.text, re.IGNORECASE)]
        return (hits[0], sentence[about.end():]) if len(hits) == 1 else (None, "")
    inside = {match.group(1).upper() for match in NAMED_INSIDE.finditer(sentence)}
    if len(inside) == 1 and len(GOAL_NAMED.findall(sentence)) == 1 and MEASURING_VERB.search(sentence):
        label = inside.pop()
        index = codes.get(label) if codes and label in codes else \
            listed[_place(label) - 1] if re.fullmatch(r"\d{1,2}|[A-H]", label) and 0 < _place(label) <= len(listed) else None
        if index is not None:
            return index, sentence
    named = NAMED_POINTER.match(sentence)
    words = named.group("name").lower().split() if named else []
    hits = {(index, 1 if words[:1] == label.split()[-1:] else len(label.split())) for label, index in labels.items()
            if words[:len(label.split())] == label.split() or words[:1] == label.split()[-1:]}
    # "Voor doel A4 en doel B2 ...": a sentence pointing at two goals gives neither its figures
    if len(hits) != 1 or any(words[length:length + 1] in (["en"], ["of"]) for _, length in hits):
        return None, ""
    return hits.pop()[0], sentence[named.end("lead"):]


def _run_by_words(number: int, listed: list[int], runs: list[list[int]], sentence: str, goals: dict[int, Goal]) -> list[int]:
    """Of several lists before that all have a goal at the place a pointer names ("Bij onderdeel b sturen wij op het aandeel
    75-plussers dat zelfstandig thuis woont" after a list of goals a-d and one of prestaties a-c), the one whose goal there
    shares the most words with the sentence; the last list when none shares more than the others, the only one with that
    place when the last has none there."""
    options = [run for run in runs if 0 < number <= len(run) and run[number - 1] in goals]
    if len(options) < 2:  # ("Bij onderdeel d ..." when only the first list has a d)
        return options[0] if options and number > len(listed) else listed
    shared = [len(_stems(sentence) & _stems(goals[run[number - 1]].text)) for run in options]
    best = max(shared)
    return options[shared.index(best)] if best and shared.count(best) == 1 else listed


def _stems(text: str) -> set[str]:
    """The first five letters of each word of five letters or more ("zelfstandig" and "zelfstandige" alike)."""
    return {word[:5] for word in re.findall(r"[\wÀ-ÿ]{5,}", text.lower())}


def _place(label: str) -> int:
    """A goal's place in its list from the label a pointer gives: "3", "b", "tweede"."""
    label = label.lower()
    return int(label) if label.isdigit() else ORDINALS[label] if label in ORDINALS else ord(label) - ord("a") + 1


def points_at_goal(text: str) -> bool:
    """True when a text opens on a pointer to one goal ("Voor resultaat a) ...", "Bij 2 ...", "Voor het tweede doel")
    or names one by its letter ("het doel onder b"): its figures are that goal's, not the one just above."""
    return bool(GOAL_POINTER.match(text) or CODE_POINTER.match(text) or ORDINAL_POINTER.match(text) or LETTER_POINTER.search(text))


def _labels(goals: list[tuple[int, Goal]]) -> dict[str, int]:
    """Short headings each over its own goals ("**Minder overlast**"), to the first goal under each; none unless two."""
    labels: dict[str, int] = {}
    for index, goal in goals:
        label = " ".join(goal.section[-1:]).lower()
        if label and len(label.split()) <= 6:
            labels.setdefault(label, index)
    return labels if len(labels) >= 2 else {}
