"""Experiment: would a learned model find requirements better than the rules? Rules against a classifier.

Run: python benchmarks/requirement_model.py [--test blind_facts8 --test blind_facts7]

Every sentence (and every table row) of every tender of the goal-extraction sets is a candidate; it is a
requirement when it matches a gold requirement of its tender (token F1 >= 0.6, as benchmarks/fact_kinds.py
matches). Features: the bundled e5 vector of the sentence and of the headings above it. A logistic
regression is trained on every set but the test sets, and a second one on the requirements' kinds.
Printed per test set: recall, precision and kind accuracy of the rules (`extract_requirements`)
and of the model at a few thresholds. Nothing in the app uses the model; this measures whether it should.
`--words`: tf-idf word features instead of e5 vectors (milliseconds a tender instead of seconds).

Figures, 2026-12-06 (rules at 62be7e3), trained on the tenders of every other set, tested on blind_facts8
(blind: nobody tuned rules on it), recall / precision / kind right of matched:
  rules                          18/30 = 0.60   0.95   17/18
  e5 model >= 0.7                23/30 = 0.77   0.96   18/23
  rules + e5 model >= 0.7        26/30 = 0.87   0.93   22/26
  rules + words model >= 0.7     25/30 = 0.83   0.89   22/25
  rules + words model >= 0.85    24/30 = 0.80   0.96   21/24   (what the app uses: fast, and precise)
On blind_facts7 (rules tuned on it, 32/32 at precision 1.00) the words model >= 0.85 adds 7 sentences its
gold does not count (precision 0.82). The app also skips goal blocks and sentences that lift a requirement.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE / "goal_extraction"), str(HERE)]

import generate  # noqa: E402
from fact_kinds import MATCH_F1, match, token_f1  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from knowledge_base.embeddings import get_embedder  # noqa: E402
from proposal_builder.tender import analyse_tender  # noqa: E402
from proposal_builder.tender.extraction.requirements import extract_requirements, for_route  # noqa: E402
from proposal_builder.tender.extraction.requirement_model import candidates as app_candidates  # noqa: E402

ROOT = HERE / "goal_extraction"
THRESHOLDS = (0.5, 0.7, 0.85)


def candidates(blocks) -> list[tuple[str, str]]:
    """(text, headings) of every sentence, list item and table row: the app's own candidates."""
    return [(text, heading) for text, heading, _ in app_candidates(blocks, set())]


def tender_rows(set_name: str):
    """Per tender of a set: (candidates, gold requirements, the rules' requirements)."""
    folder = ROOT / set_name
    for gold_file in sorted((folder / "gold").glob("*.json")):
        spec = json.loads(gold_file.read_text(encoding="utf-8"))
        if "requirements" not in spec or spec.get("split") == "held-out":
            continue
        path = generate.build(gold_file.stem, spec["format"], folder)
        analysis = analyse_tender(path.read_bytes(), path.name)
        rules = for_route(extract_requirements(analysis.blocks), analysis.route)  # the rules alone, no model
        yield candidates(analysis.blocks), spec["requirements"], rules


class Words:
    """Word and word-pair counts of the sentence and of its headings (tf-idf), instead of e5 vectors: as
    fast as the rules, so it could run on every upload."""

    def __init__(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        self.text = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.head = TfidfVectorizer(ngram_range=(1, 1), min_df=2, sublinear_tf=True)
        self.dimension, self.fitted = 0, False

    def features(self, texts, heads):
        from scipy.sparse import hstack
        if not self.fitted:
            self.text.fit(texts), self.head.fit(heads)
            self.fitted = True
        return hstack([self.text.transform(texts), self.head.transform(heads)]).tocsr()


def labelled(rows, embedder):
    """Feature matrix, is-requirement labels and kinds (None for the others) of all candidates of `rows`."""
    texts, heads, labels, kinds = [], [], [], []
    for cands, gold, _ in rows:
        for text, heading in cands:
            best = max(gold, key=lambda g: token_f1(g["text"], text), default=None)
            hit = best is not None and token_f1(best["text"], text) >= MATCH_F1
            texts.append(text), heads.append(heading), labels.append(hit), kinds.append(best["kind"] if hit else None)
    if not texts:
        return np.zeros((0, 2 * embedder.dimension)), np.array([]), [], []
    features = embedder.features(texts, heads) if isinstance(embedder, Words) else \
        np.hstack([embedder.encode_passages(texts), embedder.encode_passages(heads)])
    return features, np.array(labels), kinds, texts


def _field(item, key):
    return item.get(key) if isinstance(item, dict) else getattr(item, key, None)


def score(gold: list[dict], found: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(gold matched, found, kinds right) for one tender; `found` holds (text, kind)."""
    pairs = match([g["text"] for g in gold], [text for text, _ in found])
    return len(pairs), len(found), sum(gold[i]["kind"] == found[j][1] for i, j in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="append", default=[], help="held-out set(s) (default blind_facts8)")
    parser.add_argument("--words", action="store_true", help="tf-idf word features instead of e5 vectors")
    args = parser.parse_args()
    tests = args.test or ["blind_facts8"]
    sets = sorted(p.name for p in ROOT.iterdir() if (p / "gold").is_dir())
    embedder = Words() if args.words else get_embedder()
    rows = {name: list(tender_rows(name)) for name in sets}
    train = [row for name in sets if name not in tests for row in rows[name]]
    features, labels, kinds, _ = labelled(train, embedder)
    finder = LogisticRegression(max_iter=2000, class_weight="balanced").fit(features, labels)
    kind_rows = np.array([k is not None for k in kinds])
    sorter = LogisticRegression(max_iter=2000).fit(features[kind_rows], [k for k in kinds if k])
    print(f"trained on {len(train)} tenders, {len(labels)} candidates, {int(labels.sum())} requirements")
    for name in tests:
        totals = {"rules": [0, 0, 0, 0]} | {f"model >= {t}": [0, 0, 0, 0] for t in THRESHOLDS}
        for cands, gold, rules in rows[name]:
            found = {"rules": [(_field(r, "text"), _field(r, "kind")) for r in rules]}
            x, _, _, texts = labelled([(cands, gold, rules)], embedder)
            if len(texts):
                chance, kind = finder.predict_proba(x)[:, 1], sorter.predict(x)
                for t in THRESHOLDS:
                    found[f"model >= {t}"] = [(texts[i], kind[i]) for i in np.flatnonzero(chance >= t)]
                # the rules, and the model's confident finds the rules miss (their kind by the model)
                ruled = [text for text, _ in found["rules"]]
                found[f"rules + model >= {THRESHOLDS[-1]}"] = found["rules"] + [
                    (texts[i], kind[i]) for i in np.flatnonzero(chance >= THRESHOLDS[-1])
                    if all(token_f1(texts[i], text) < MATCH_F1 for text in ruled)]
            for label, items in found.items():
                matched, count, right = score(gold, items)
                totals.setdefault(label, [0, 0, 0, 0])
                totals[label] = [a + b for a, b in zip(totals[label], (matched, count, right, len(gold)))]
        print(f"\n{name}: requirements found (recall), precision, kind right of matched")
        for label, (matched, count, right, total) in totals.items():
            print(f"  {label:21} recall {matched}/{total} = {matched / max(total, 1):.2f}   "
                  f"precision {matched}/{count} = {matched / max(count, 1):.2f}   kind {right}/{matched}")


if __name__ == "__main__":
    main()
