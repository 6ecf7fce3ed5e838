"""Requirements the rules miss, found by a learned model: a sentence's words and the headings above it.

Tenders state requirements in more ways than rules can list ("Het is een pré als ...", "Wij verstrekken
... alleen aan ...", a checklist of "☐" lines). On a set held out from training and blind to the rules
(blind_facts8) the rules found 18 of 30 at precision 0.95; the rules plus this model, from a chance of
0.85, 24 of 30 at precision 0.96 (benchmarks/requirement_model.py --words). The model is two logistic
regressions on tf-idf features (the sentence's words and word pairs, the two headings' words), trained on
the gold of every benchmark set by `python benchmarks/train_requirement_model.py`, stored as JSON in
data/; this module only applies them, with the same tokens as scikit-learn's TfidfVectorizer.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from ..reading import Block
from .requirements import ABOUT_REQUIREMENTS, NOT_REQUIRED
from .sentences import split_sentences

MODEL = Path(__file__).with_name("data") / "requirement_words.json"
TOKEN = re.compile(r"(?u)\b\w\w+\b")
MIN_WORDS = 4  # shorter lines (labels, table headers) are no requirements
# What the model cannot tell from words alone: a sentence that lifts a requirement ("Organisaties met een
# jaarbudget onder € 50.000 zijn vrijgesteld van ...", "U hoeft geen ... te overleggen") is none.
RELAXED = re.compile(r"\bvrijgesteld\b|\bhoe(?:ft|ven)\s+(?:[\wÀ-ÿ-]+\s+){0,4}?(?:niet|geen)\b|"
                     r"\b(?:niet|geen)\s+(?:[\wÀ-ÿ-]+\s+){0,4}?(?:hoe(?:ft|ven)|nodig)\b", re.IGNORECASE)
BOX = re.compile(r"^[☐☑☒□■▪•\-–]\s*")  # a checklist's box or a typed bullet before the requirement


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


def features(text: str, heading: str) -> dict[int, float]:
    """The sentence's tf-idf (words and word pairs) and, after it, its headings' (words): one sparse vector."""
    model = _model()
    offset = len(model["text"]["idf"])
    head = _vector(heading, model["head"], pairs=False)
    return _vector(text, model["text"], pairs=True) | {offset + i: w for i, w in head.items()}


def _score(vector: dict[int, float], coef: list[float], intercept: float) -> float:
    return intercept + sum(w * coef[i] for i, w in vector.items())


def requirement_chance(text: str, heading: str, vector: dict[int, float] | None = None) -> float:
    """The model's chance that `text`, under `heading`, states a requirement (`vector`: its `features`, if made)."""
    finder = _model()["finder"]
    return 1 / (1 + math.exp(-_score(vector or features(text, heading), finder["coef"], finder["intercept"])))


def requirement_kind(text: str, heading: str, vector: dict[int, float] | None = None) -> str:
    """The kind the model gives a requirement: "minimum", "suitability", "admission" or "wish"."""
    kinds, vector = _model()["kinds"], vector or features(text, heading)
    scores = [_score(vector, coef, intercept) for coef, intercept in zip(kinds["coef"], kinds["intercept"])]
    return kinds["classes"][max(range(len(scores)), key=scores.__getitem__)]


def candidates(blocks: list[Block], skip: set[int]) -> list[tuple[str, str, int]]:
    """(text, headings, block position) of every sentence, list item and table row outside `skip`."""
    found = []
    for block in blocks:
        if block.kind == "heading" or block.position in skip:
            continue
        heading = " > ".join(block.section[-2:])
        parts = [" | ".join(block.cells)] if block.cells else split_sentences(block.text) or [block.text]
        found += [(part, heading, block.position) for part in parts if len(part.split()) >= MIN_WORDS]
    return found


def learned_requirements(blocks: list[Block], found_texts: list[str], skip: set[int]) -> list[tuple[str, str, int]]:
    """(text, kind, block) of the sentences the model holds for requirements that no text in `found_texts`
    (the rules' requirements) already covers; blocks in `skip` (goals, criteria) are left out."""
    threshold = _model()["threshold"]
    known = [set(TOKEN.findall(text.lower())) for text in found_texts]
    learned = []
    for text, heading, position in candidates(blocks, skip):
        words = set(TOKEN.findall(text.lower()))
        if any(len(words & other) * 2 >= 0.6 * (len(words) + len(other)) or len(words & other) >= 0.8 * len(words)
               for other in known):
            continue  # the rules have it, or a requirement of theirs holds this sentence
        if RELAXED.search(text) or NOT_REQUIRED.search(text) or ABOUT_REQUIREMENTS.search(text):
            continue
        vector = features(text, heading)
        if requirement_chance(text, heading, vector) >= threshold:
            learned.append((BOX.sub("", text), requirement_kind(text, heading, vector), position))
    return learned
