"""Requirements the rules miss, found by a learned model: a sentence's words, its headings and its context signs.

Tenders state requirements in more ways than rules can list ("Het is een pré als ...", "Wij verstrekken
... alleen aan ...", conditions stated under "Voorwaarden" without a lead-in). The model is two logistic regressions (is it a requirement, and
which kind) on tf-idf features: the sentence's words and word pairs, the two headings' words, and its context signs
(`SIGNS`: block kind, the kind its section, lead-in or table column names, the rules' patterns it matches), trained on
the gold of every dev set by `python benchmarks/train_requirement_model.py`, stored as JSON in data/; this module only
applies it, with the same tokens as scikit-learn's TfidfVectorizer. The rules keep their finds; the model adds what
they miss from a chance of 0.85.

Held out, each dev set left out in turn (benchmarks/requirement_model.py, 454 gold requirements in 19 sets),
recall / precision / kind right of matched:
  before (rules and words-only model of 2026-12-06)   rules 414 / 0.99 / 373   rules + model 426 / 0.95 / 379
  after (structure rules, context signs)               rules 443 / 1.00 / 412   rules + model 446 / 0.98 / 415
  the model alone >= 0.85: 331 / 0.95 / 268 before, 370 / 0.98 / 308 after.
On blind_facts9, never trained on before: rules + model 30/48 at precision 0.86, kind 17/30 before; 47/48 at 0.98,
kind 39/47 after (the rules were written on it; the kinds counted wrong are gold conventions, see
benchmarks/requirement_model.py).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from ..reading import Block
from .requirements import (ABOUT_REQUIREMENTS, ALLOWED, ANNOUNCES_LIST, CODE, EXPERIENCE, FORMALITY, KIND_NOUN, NOT_REQUIRED,
                           OBLIGATION, WRITING_INSTRUCTION,
                           PROVIDER_SUBJECT, REQUIREMENT_COLUMN, WISH_SENTENCE, handed_in, kind_of, lead_kinds, section_kind)
from .sentences import split_sentences

MODEL = Path(__file__).with_name("data") / "requirement_words.json"
TOKEN = re.compile(r"(?u)\b\w\w+\b")
MIN_WORDS = 4  # shorter lines (labels, table headers) are no requirements
# What the model cannot tell from words alone: a sentence that lifts a requirement ("Organisaties met een
# jaarbudget onder € 50.000 zijn vrijgesteld van ...", "U hoeft geen ... te overleggen") is none.
RELAXED = re.compile(r"\bvrijgesteld\b|\bhoe(?:ft|ven)\s+(?:[\wÀ-ÿ-]+\s+){0,4}?(?:niet|geen)\b|"
                     r"\b(?:niet|geen)\s+(?:[\wÀ-ÿ-]+\s+){0,4}?(?:hoe(?:ft|ven)|nodig)\b", re.IGNORECASE)
# What the municipality does ("Na toelating sluit de gemeente met iedere aanbieder een raamovereenkomst", "De gemeenten
# betalen per traject een vast tarief") asks nothing of the provider: no requirement, whatever the model's words say.
MUNICIPALITY_ACTS = (r"(?:sluit|sluiten|betaalt|betalen|beoordeelt|beoordelen|verdeelt|verdelen|evalueert|evalueren|publiceert|"
                     r"publiceren|organiseert|organiseren|informeert|informeren|bespreekt|bespreken|houdt|houden)")
BY_MUNICIPALITY = re.compile(rf"^\W*(?:[\wÀ-ÿ-]+\s+){{0,4}}?{MUNICIPALITY_ACTS}\s+(?:de\s+gemeenten?|het\s+college)\b|"
                             rf"^\W*(?:de\s+gemeenten?|het\s+college)\s+{MUNICIPALITY_ACTS}\b", re.IGNORECASE)
BOX = re.compile(r"^[☐☑☒□■▪•\-–]\s*")  # a checklist's box or a typed bullet before the requirement
# What the words alone do not show, given to the model as tokens of their own: where the sentence stands (a list
# item, a table row, a numbered line), the kind its heading, lead-in or column names, and what the rules' patterns
# see in it. Each is a name and a test on (text, block, the kind of the lead-in above it).
SIGNS = (
    ("question", lambda text, block, lead: text.rstrip().endswith("?")),
    ("coded", lambda text, block, lead: bool(CODE.match(block.text))),
    ("obliges", lambda text, block, lead: bool(OBLIGATION.search(text))),
    ("provider", lambda text, block, lead: bool(PROVIDER_SUBJECT.search(text))),
    ("wishes", lambda text, block, lead: bool(WISH_SENTENCE.search(text))),
    ("experience", lambda text, block, lead: bool(EXPERIENCE.search(text))),
    ("about", lambda text, block, lead: bool(ABOUT_REQUIREMENTS.search(text) or FORMALITY.search(text))),
    ("named", lambda text, block, lead: bool(KIND_NOUN.search(text))),
    ("lowercase", lambda text, block, lead: text[:1].islower()),
)


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def _vector(text: str, table: dict, pairs: bool) -> dict[int, float]:
    """The tf-idf vector (sublinear tf, l2-normalised) of `text` over `table`'s vocabulary."""
    words = TOKEN.findall(text.lower())
    terms = words + ([f"{a} {b}" for a, b in zip(words, words[1:])] if pairs else [])
    counts: dict[int, int] = {}
    for term in terms:
        index = table["vocabulary"].get(term)
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    weights = {i: (1 + math.log(n)) * table["idf"][i] for i, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {i: w / norm for i, w in weights.items()}


def features(text: str, heading: str, context: str = "", model: dict | None = None) -> dict[int, float]:
    """The sentence's tf-idf (words and word pairs), its headings' (words) and its context signs (see `context`):
    one sparse vector."""
    model = model or _model()
    vector, offset = _vector(text, model["text"], pairs=True), len(model["text"]["idf"])
    for part, words in (("head", heading), ("context", context)):
        if part in model:
            vector |= {offset + i: w for i, w in _vector(words, model[part], pairs=False).items()}
            offset += len(model[part]["idf"])
    return vector


def _score(vector: dict[int, float], coef: list[float], intercept: float) -> float:
    return intercept + sum(w * coef[i] for i, w in vector.items())


def requirement_chance(text: str, heading: str, vector: dict[int, float] | None = None, model: dict | None = None) -> float:
    """The model's chance that `text`, under `heading`, states a requirement (`vector`: its `features`, if made)."""
    finder = (model or _model())["finder"]
    return 1 / (1 + math.exp(-_score(vector or features(text, heading, model=model), finder["coef"], finder["intercept"])))


def requirement_kind(text: str, heading: str, vector: dict[int, float] | None = None, model: dict | None = None) -> str:
    """The kind the model gives a requirement: "minimum", "suitability", "admission" or "wish"."""
    kinds, vector = (model or _model())["kinds"], vector or features(text, heading, model=model)
    scores = [_score(vector, coef, intercept) for coef, intercept in zip(kinds["coef"], kinds["intercept"])]
    return kinds["classes"][max(range(len(scores)), key=scores.__getitem__)]


def context(text: str, block: Block, lead: str) -> str:
    """The signs of a candidate as tokens: its block kind, the kind its section, lead-in and column name, and the
    rules' patterns it matches ("in_list_item section_wish lead_minimum obliges provider")."""
    column = next((h for h in block.header if REQUIREMENT_COLUMN.search(h)), "") if block.cells else ""
    named = [("section", section_kind(block)), ("lead", lead), ("column", kind_of(column) if column else "")]
    return " ".join([f"in_{block.kind}"] + [f"{where}_{kind}" for where, kind in named if kind] +
                    [name for name, test in SIGNS if test(text, block, lead)])


def candidates(blocks: list[Block], skip: set[int]) -> list[tuple[str, str, str, int]]:
    """(text, headings, context, block position) of every sentence, list item and table row outside `skip`; a
    numbered line without its code; a line announcing the items below it (ending in a colon) is none."""
    found, leads = [], lead_kinds(blocks)
    for block in blocks:
        if block.kind == "heading" or block.position in skip:
            continue
        heading = " > ".join(block.section[-2:])
        parts = [" | ".join(block.cells)] if block.cells else split_sentences(block.text) or [block.text]
        parts = [CODE.sub("", BOX.sub("", part), count=1) if i == 0 else part for i, part in enumerate(parts)]
        found += [(part, heading, context(part, block, leads.get(block.position, "")), block.position)
                  for part in parts if len(part.split()) >= MIN_WORDS and not part.rstrip().endswith(":")]
    return found


def _covered(words: set[str], known: list[set[str]]) -> bool:
    """True when a requirement's words (of `known`) are mostly these, or hold most of them."""
    return bool(words) and any(len(words & other) * 2 >= 0.6 * (len(words) + len(other)) or
                               len(words & other) >= 0.8 * len(words) for other in known)


def learned_requirements(blocks: list[Block], found_texts: list[str], skip: set[int],
                         model: dict | None = None) -> list[tuple[str, str, int]]:
    """(text, kind, block) of the sentences the model holds for requirements that no text in `found_texts`
    (the rules' requirements) already covers; blocks in `skip` (goals, criteria) are left out. `model`: another
    model than the stored one (as the benchmark trains one per held-out set)."""
    model = model or _model()
    threshold = model["threshold"]
    known = [set(TOKEN.findall(text.lower())) for text in found_texts]
    learned = []
    for text, heading, signs, position in candidates(blocks, skip):
        cells = [cell for cell in text.split(" | ") if len(cell.split()) >= MIN_WORDS]
        if any(_covered(set(TOKEN.findall(piece.lower())), known) for piece in [text, *cells]):
            continue  # the rules have it (or a cell of its row), or a requirement of theirs holds this sentence
        if RELAXED.search(text) or NOT_REQUIRED.search(text) or ABOUT_REQUIREMENTS.search(text) or ALLOWED.search(text) \
                or ANNOUNCES_LIST.search(text) or WRITING_INSTRUCTION.search(text) or handed_in(BOX.sub("", text)) \
                or BY_MUNICIPALITY.search(text):
            continue
        vector = features(text, heading, signs, model)
        if requirement_chance(text, heading, vector, model) >= threshold:
            learned.append((BOX.sub("", text), requirement_kind(text, heading, vector, model), position))
    return learned
