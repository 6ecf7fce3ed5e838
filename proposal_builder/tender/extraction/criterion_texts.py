"""Where a tender describes an award criterion apart from where it states it, and how a text names a criterion.

A paragraph opening on the criterion's code or name ("K1: Beschrijf ...", "K1 Ondersteuning van mantelzorgers: hoe u
..."), the items of a list announced "per criterium" (one per criterion, in their order), and the sentences after a
criterion named in running text ("Het plan van aanpak weegt 35%. Hierin beschrijft u hoe u doel 1 en doel 2 bereikt.")
each describe one criterion: its goals and limit are read there (criterion_details.py).
"""

import re

from ..reading.blocks import LIST_ITEM, PARAGRAPH, Block
from .criterion_reading import LABEL_WORD, Criterion, bare_name
from .sentences import split_sentences

# "K1: Beschrijf ...", "K1 Ondersteuning van mantelzorgers: hoe u ...": a paragraph opening on a criterion's code or name
# ... or on a bold lead-in closed by a full stop ("**K1 Vroegsignalering en bereik.** Beschrijf ...")
OPENING_LABEL = re.compile(r"^[\s*]*(?P<label>[^:.;?!*]{1,100}?)[\s*]*[:.][\s*]+(?=\S)")
# "Toelichting per criterium:", "Per gunningscriterium verwachten wij:": a list with one item per criterion, in order
PER_CRITERION = re.compile(r"\bper\s+(?:gunnings|kwaliteits|sub|beoordelings)?criterium\b", re.IGNORECASE)


def descriptions(criteria: list[Criterion], blocks: list[Block]) -> list[tuple[Criterion, str, int]]:
    """Each passage that describes one criterion, as (criterion, text, position of its block)."""
    return [*_opened_by_name(criteria, blocks), *_items_per_criterion(criteria, blocks), *_running_text(criteria, blocks)]


def names_criterion(sentence: str, criterion: Criterion) -> bool:
    """Whether a sentence names the criterion: its name without code, or its code ("K1")."""
    name, code = bare_name(criterion.name), criterion.code or (criterion.name.split()[0] if " " in criterion.name else "")
    if len(name) >= 6 and name in sentence.lower():
        return True
    if code and criterion.code and re.search(rf"\b{LABEL_WORD}\s+{re.escape(code)}(?![\w.])", sentence, re.IGNORECASE):
        return True  # "Bij criterium A", "Onderdeel 2b gaat over": any code after the word that labels it
    return bool(code) and code != name.split()[0] and bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2}", code)) and \
        bool(re.search(rf"\b{code}\b", sentence))


def places(criterion: Criterion) -> list[int]:
    """The blocks a criterion is written in: where it was found and where the same criterion was read again."""
    return [criterion.position, *criterion.also]


def held(block: Block, criteria: list[Criterion]) -> int:
    """How many criteria a block holds."""
    return sum(block.position in places(c) for c in criteria)


def labelled(label: str, criteria: list[Criterion]) -> Criterion | None:
    """The one criterion a label is: its code, its name, or both ("K1", "K1 Ondersteuning van mantelzorgers")."""
    label = label.strip(" '\"‘’“”")
    code, _, rest = label.partition(" ")
    named = [c for c in criteria if (c.code and label == c.code) or bare_name(label) == bare_name(c.name) or
             (c.code and code == c.code and bare_name(rest) == bare_name(c.name))]
    return named[0] if len(named) == 1 else None


def _opened_by_name(criteria: list[Criterion], blocks: list[Block]):
    """A paragraph that opens on one criterion's code or name and a colon describes that criterion as a whole; so do
    the paragraphs after it up to the next that opens on a criterion (a page break may split a description: "Dit
    subcriterium hoort bij doel 5.")."""
    current, following = None, []
    for block in blocks:
        opening = OPENING_LABEL.match(block.text) if block.kind in (PARAGRAPH, LIST_ITEM) else None
        criterion = labelled(opening.group("label"), criteria) if opening else None
        if criterion is not None and criterion.position != block.position:
            yield from ((current, text, position) for text, position in following)
            current, following = criterion, []
            yield criterion, block.text[opening.end():], block.position
        elif block.kind == PARAGRAPH and current is not None:
            following.append((block.text, block.position))
        else:
            current, following = None, []


def _items_per_criterion(criteria: list[Criterion], blocks: list[Block]):
    """The items of a list announced "per criterium" after the criteria, one per criterion in their order (the quality
    criteria when price has none); unless the items name their criteria themselves."""
    for index, block in enumerate(blocks):
        if block.kind != PARAGRAPH or not block.text.rstrip().endswith(":") or not PER_CRITERION.search(block.text):
            continue
        items = list(_list_after(blocks, index))
        before = [c for c in criteria if c.position < block.position]
        quality = [c for c in before if c.kind != "price"]
        described = before if len(items) == len(before) else quality if len(items) == len(quality) else []
        if not any((opening := OPENING_LABEL.match(item.text)) and labelled(opening.group("label"), criteria)
                   for item in items):
            yield from ((criterion, item.text, item.position) for criterion, item in zip(described, items))


def _list_after(blocks: list[Block], index: int):
    """The list items right after a block, at the level of the first."""
    level = None
    for block in blocks[index + 1:]:
        if block.kind != LIST_ITEM or (level is not None and block.level < level):
            return
        level = block.level if level is None else level
        if block.level == level:
            yield block


def _running_text(criteria: list[Criterion], blocks: list[Block]):
    """In a paragraph holding criteria, the sentences (or clauses up to ";") after one that names a criterion belong
    to it up to the next that names another: "Het plan van aanpak weegt 35%. Hierin beschrijft u hoe u doel 1 en doel 2
    bereikt. De samenwerking ... weegt 20%; daarbij gaat het om doel 3."."""
    for block in blocks:
        own = [c for c in criteria if block.position in places(c)] if block.kind == PARAGRAPH else []
        texts: dict[int, list[str]] = {}
        current = None
        for clause in [c for s in split_sentences(block.text) for c in re.split(r";\s*", s) if c] if own else []:
            named = [c for c in own if names_criterion(clause, c)]
            current = named[0] if len(named) == 1 else None if named else current
            if current is not None:
                texts.setdefault(id(current), []).append(clause)
        yield from ((c, "; ".join(texts[id(c)]), block.position) for c in own if id(c) in texts)
