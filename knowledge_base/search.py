"""Search the knowledge base: dense similarity fused with Dutch BM25, ranked per record.

`search` answers one query, `match_goals` many at once (one embedding call). Both first bring
the index up to date when only a few, small records changed (a cheap SQL comparison of content
hashes decides, skipped when nothing was committed since the last search found the index up to
date); a larger backlog, in records or in text, is left to `refresh_index` with progress (CLI,
browser's background job), so no request embeds it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np
import sqlite_utils

from .abbreviations import expand
from .calibration import STRENGTHS, is_weak, strength, strong_to_pick
from .embeddings import Embedder
from .index import RefreshReport, database_file, refresh_index
from .passages import sentences
from .keywords import fts_query, matching_words, names_every_term, terms, topic_text, without_words, words
from .snapshot import Snapshot, commit_mark, load_snapshot
from .term_coverage import coverage

INLINE_REFRESH = 20  # at most this many changed records are embedded during a query
INLINE_CHARS = 20_000  # ... holding at most this much text; a larger backlog waits for a refresh job


@dataclass(frozen=True)
class Tuning:
    """The ranking's knobs; the defaults were measured with benchmarks/retrieval.py."""

    dense_weight: float = 1.0  # weight of the standardised cosine (0: keywords only)
    keyword_weight: float = 2.0  # weight of BM25 divided by the query's best (0: dense only)
    # Record cosine = this × head chunk + the rest × best sentence. 1.0 and 0.9 tie on the
    # tuning half; 0.9 keeps a long record's one matching sentence in play.
    head_weight: float = 0.9
    link_weight: float = 0.95  # a project scores at least this × its best method or result
    # A method or result scores at least this × its best project; best on the dev sets' tuning
    # halves: 0.97 (demo KB) and 1.0 (unseen KB, where 0.97 is next; 1.0 costs the demo KB recall).
    back_link_weight: float = 0.97
    # A project or result ranks at least its best linked record's fused score (cosine and keywords)
    # minus this many standard deviations: a project found by its method's name, an empty project
    # by its method, a result by its project's words. Best on the tuning halves: 1.75 (mean nDCG@10
    # of the three dev sets' tuning halves; 1.5 and 2.0 within 0.003); None: off. With results read
    # with their projects and methods lifted by theirs, swept again on blind11: 1.0 0.931, 1.25
    # 0.930, 1.5 0.929, 1.75 0.926; 1.25 kept, as 1.0 costs the demo dev set's Recall@5 0.030.
    link_drop: float | None = 1.25
    # A record whose municipality (a result's own or its project's) names places, none of them the
    # goal's, ranks this many standard deviations lower; methods (no place) and records of the whole
    # region are untouched. Only the rank: the strength label judges the topic. Chosen on blind11
    # (0.25-2.0: best 1.0), checked on the other sets.
    place_penalty: float = 1.0
    # A method ranks at least its best project's fused score minus this many standard deviations,
    # the project's keyword part without place names (a method has no place: "Zwolle" must not find
    # the method of a Zwolle project). Chosen on blind11 (0.5-2.0: best 0.5, but 0.5 and 0.75 cost
    # the demo dev set 0.010 and 0.005; 1.0 costs it 0.003); None: off.
    method_link_drop: float | None = 1.0
    # A result measuring the other kind than the goal's (a count for an effect goal, a share or a
    # change for an output goal) ranks this many standard deviations lower. Chosen on blind11
    # (0.25-1.0: best 0.5), checked on the other sets; the dev sets without kinds are untouched.
    kind_penalty: float = 0.5
    use_context: bool = True  # search a goal's target group and place too (see GoalContext)
    # A result's cosine = (1 - this) × its own + this × its project's (the best, with several): a terse
    # result says what was counted, its project what the work was; and a result on the goal's words
    # from a project on another topic drops. Chosen on blind11 (0, 0.15, 0.3, 0.45, 0.55, 0.7: best
    # 0.45; 0.7 ties there and costs the unseen set 0.008), checked on the other sets.
    result_context: float = 0.45


DEFAULT_TUNING = Tuning()


@dataclass(frozen=True)
class GoalContext:
    """What a tender says around a goal: its target group and place (either may be empty)."""

    target_group: str = ""
    place: str = ""
    kind: str = ""  # "effect" or "output" (the tender's kind of goal); "": not known

    def _missing(self, goal: str) -> list[tuple[str, str]]:
        parts = (("Doelgroep", self.target_group), ("Plaats", self.place))
        return [(label, value.strip()) for label, value in parts
                if value.strip() and not names_every_term(goal, value)]

    def embedded(self, goal: str) -> str:
        """The goal as embedded: with 'Doelgroep: …' and 'Plaats: …' as the records' heads write them."""
        return " ".join([goal, *(f"{label}: {value}." for label, value in self._missing(goal))])

    def keywords(self, goal: str) -> str:
        """The goal as searched by keywords: with the words of its target group, without its place.

        A place is a rare word, so its BM25 outweighs the topic (the volunteers' desk of the named
        municipality came first for its people with dementia); the embedding still carries it."""
        topic = without_words(goal, self.place) if self.place.strip() else goal
        extra = [value for label, value in self._missing(goal) if label == "Doelgroep"]
        return " ".join([topic if words(topic) else goal, *extra])


@dataclass
class Hit:
    """One record found: `why` is its best-matching sentence, `weak` a calibrated low score."""

    ref: str
    type: str
    title: str
    score: float  # standardised cosine + weighted keyword score: compare within one query
    why: str
    weak: bool
    via: str = ""  # the linked method or result that `why` comes from, if any
    cosine: float = 0.0  # the record's cosine (or its link's): comparable across queries of a model
    strength: str = "fair"  # "strong", "fair" or "weak": what the pages show instead of the score
    judged: float | None = None  # the score without back links (what the weak flag judges); None: `score`
    pick_strong: bool = False  # strong enough for the draft's picking (calibration.strong_to_pick)

    @property
    def evidence_score(self) -> float:
        """The score as evidence of its own: without the lift of a project it belongs to."""
        return self.score if self.judged is None else self.judged

    @property
    def strength_label(self) -> str:
        """The strength in Dutch: sterk, redelijk or zwak."""
        return STRENGTHS[self.strength]


def _keyword_scores(db: sqlite_utils.Database, snap: Snapshot, text: str) -> tuple[np.ndarray, dict[str, int]]:
    """BM25 per record, divided by the best one (0 everywhere when nothing matches), and the
    keyword table's row of each record that matched."""
    scores = np.zeros(len(snap.refs), dtype=np.float32)
    query = fts_query(text)
    if not query:
        return scores, {}
    rows = db.execute("SELECT ref, rowid, -bm25(search_terms, 0, 2.0, 1.0) FROM search_terms "
                      "WHERE search_terms MATCH ?", [query]).fetchall()
    for ref, _, score in rows:
        if ref in snap.position:
            scores[snap.position[ref]] = score
    top = scores.max()
    return (scores / top if top > 0 else scores), {ref: rowid for ref, rowid, _ in rows}


def _lift(own: np.ndarray, lifted_to: np.ndarray, lifted_by: np.ndarray, weight: float) -> np.ndarray:
    """Per record the weighted best `own` score among the records linked to it (-1 without links)."""
    lifted = np.full_like(own, -1.0)
    if len(lifted_to) and weight:
        np.maximum.at(lifted, lifted_to, own[lifted_by])
        return weight * lifted
    return lifted


def _record_scores(snap: Snapshot, chunk_scores: np.ndarray,
                   tuning: Tuning) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(own, judged, ranked): the cosine per record; with each project lifted by its methods and
    results (what the weak flag judges); and also each method or result lifted by its projects
    (what ranks). A back link brings a record up the list but does not make it a strong match:
    a volunteers' result of a carers' project is no evidence of its own for another goal."""
    sentence = np.where(snap.is_head, -1.0, chunk_scores)
    best_sentence = np.maximum.reduceat(sentence, snap.starts)
    own = tuning.head_weight * chunk_scores[snap.starts] + (1 - tuning.head_weight) * best_sentence
    own = _in_context(snap, own, tuning.result_context)
    judged = np.maximum(own, _lift(own, snap.link_from, snap.link_to, tuning.link_weight))
    back = _lift(own, snap.link_to, snap.link_from, tuning.back_link_weight)
    return own, judged, np.maximum(judged, back)


def _goal_cosine(snap: Snapshot, chunk_scores: np.ndarray, linked: np.ndarray, tuning: Tuning) -> float:
    """How close the knowledge base comes to this query at all (what the weak flag's cosine floor
    reads): the best record cosine with each result read on its own, as the floor was calibrated;
    a result on the goal read with its project on another topic still shows the goal is reached."""
    if not tuning.result_context:
        return float(linked.max())
    return float(_record_scores(snap, chunk_scores, replace(tuning, result_context=0.0))[2].max())


def _in_context(snap: Snapshot, own: np.ndarray, weight: float) -> np.ndarray:
    """Each result's cosine read together with its project's: a terse result ("MDT resultaat",
    "Even Weg in de Wolderdijkse dorpen") says what it measured, its project what the work was."""
    if not weight or not len(snap.link_to):
        return own
    if getattr(snap, "_result_links", None) is None:  # a result has one project: index pairs suffice
        results = snap.type_array[snap.link_to] == "result"
        snap._result_links = (snap.link_to[results], snap.link_from[results])
    result, project = snap._result_links
    read = own.copy()
    read[result] = (1 - weight) * own[result] + weight * own[project]
    return read


def _best_link(snap: Snapshot, scores: np.ndarray, methods: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(best, source): per project or result (or, `methods`, per method) the best score among the
    records linked to it either way (-inf without links) and that record's index (-1 without
    links; any one of a tie).

    A method's projects are scored apart: a project's words name its place, which is not the
    method's ("Zwolle" found the method of a Zwolle project), so `_rank` reads them without places."""
    best = np.full_like(scores, -np.inf)
    source = np.full(len(scores), -1, dtype=np.int64)
    ends, partners, starts = _link_groups(snap, methods)
    if len(ends):
        linked = scores[partners]
        group_best = np.maximum.reduceat(linked, starts)
        best[ends[starts]] = group_best
        top = linked == np.repeat(group_best, np.diff(np.append(starts, len(ends))))
        source[ends[top]] = partners[top]
    return best, source


def _link_groups(snap: Snapshot, methods: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The links of `_best_link` both ways, grouped by the lifted record: (ends, partners, group
    starts); of projects and results, or (`methods`) of methods and their projects."""
    cache = "_method_groups" if methods else "_link_groups"
    if getattr(snap, cache, None) is None:
        ends = np.concatenate([snap.link_from, snap.link_to])
        partners = np.concatenate([snap.link_to, snap.link_from])
        keep = (snap.type_array[ends] == "method") == methods
        order = np.argsort(ends[keep], kind="stable")
        ends, partners = ends[keep][order], partners[keep][order]
        starts = np.flatnonzero(np.diff(ends, prepend=-1)) if len(ends) else np.zeros(0, dtype=np.int64)
        setattr(snap, cache, (ends, partners, starts))
    return getattr(snap, cache)


def _standardised(scores: np.ndarray) -> np.ndarray:
    """Cosines as standard deviations from this query's mean: comparable in spread across models."""
    spread = float(scores.std())
    return (scores - scores.mean()) / spread if spread > 1e-9 else scores - scores.mean()


def _why(snap: Snapshot, index: int, chunk_scores: np.ndarray, own: np.ndarray,
         linked: np.ndarray, query: str, raised_by: int = -1) -> tuple[str, str]:
    """The best sentence of the record (or of the link that carried its score) and that link's ref."""
    source = index
    if raised_by >= 0:
        source = raised_by
    elif linked[index] > own[index]:
        partners = np.concatenate([snap.link_to[snap.link_from == index], snap.link_from[snap.link_to == index]])
        source = int(partners[np.argmax(own[partners])])
    start, stop = snap.starts[source], snap.stops[source]
    candidates = [i for i in range(start, stop) if not snap.is_head[i]] or [start]
    # A sentence that shares words with the query wins a near-tie: it is the one to highlight.
    best = _first_best(candidates, lambda i: chunk_scores[i] + 0.02 * len(matching_words(snap.texts[i], query)))
    return _best_sentence(snap.texts[best], query), snap.refs[source] if source != index else ""


def _best_sentence(window: str, query: str) -> str:
    """The sentence of a window that shares the most words with the query (the first on a tie)."""
    parts = sentences(window) or [window]
    return _first_best(parts, lambda part: len(matching_words(part, query)))


def _first_best(items: list, key):
    """`max(items, key=key)`, without reading the words of an only candidate."""
    return items[0] if len(items) == 1 else max(items, key=key)


def _weak(model: str, snap: Snapshot, index: int, score: float, goal_cosine: float, query: str) -> bool:
    """The calibrated weak flag; the record's words are read only when they can lift the cosine floor."""
    if not is_weak(model, score, goal_cosine):
        return False
    text = " ".join(snap.texts[snap.starts[index]:snap.stops[index]])
    return is_weak(model, score, goal_cosine, exact=names_every_term(text, query))


def _elsewhere(snap: Snapshot, place: str) -> np.ndarray:
    """Per record whether its municipality names places, none of them the goal's `place`; all False
    when no record names that place (a region the records do not name: nothing to tell apart)."""
    if getattr(snap, "_elsewhere", None) is None:  # per snapshot: a tender's goals share a place
        snap._elsewhere, snap._place_terms = {}, [set(terms(p)) for p in snap.places]
    if place not in snap._elsewhere:
        wanted, named = set(terms(place)), snap._place_terms
        here = np.array([bool(n & wanted) for n in named], dtype=bool)
        has_place = np.array([bool(n) for n in named], dtype=bool)
        snap._elsewhere[place] = has_place & ~here if here.any() else np.zeros(len(named), dtype=bool)
    return snap._elsewhere[place]


_SHARE = re.compile(r"%|\bprocent\b|\d\s+(?:op|van)\s+(?:de\s+)?\d|\bvan\s+\S+\s+naar\b", re.IGNORECASE)


def measures(value: str) -> str:
    """What a result's value (with its unit, where given) measures: "effect" for a share or a change ("68%",
    "71 %", "8 op 10", "van 8,1 naar 5,6"), "output" for a count ("312 gesprekken"); "" without a value."""
    return ("effect" if _SHARE.search(value) else "output") if value.strip() else ""


def _measures(snap: Snapshot) -> np.ndarray:
    """Per record what a result measures (`measures` of its value as written); "" for projects and methods."""
    if getattr(snap, "_measures", None) is None:
        snap._measures = np.array([measures(v) for v in snap.values])
    return snap._measures


def _without_places(snap: Snapshot, query: str) -> str:
    """`query` without the words of any record's municipality."""
    if getattr(snap, "_all_place_terms", None) is None:
        snap._all_place_terms = {t for p in set(snap.places) for t in terms(p)}
    return " ".join(w for w in query.split() if not set(terms(w)) & snap._all_place_terms)


def _through_links(db, snap: Snapshot, own: np.ndarray, keyword: np.ndarray, keyword_query: str,
                   fused: np.ndarray, tuning: Tuning) -> tuple[np.ndarray, np.ndarray]:
    """`fused` raised to each record's best linked record's score less a margin (`Tuning.link_drop`,
    `Tuning.method_link_drop`), and the index of the record that raised it (-1: none)."""
    raised_by = np.full(len(fused), -1, dtype=np.int64)
    dense = tuning.dense_weight * _standardised(own)
    lifts = []
    if tuning.link_drop is not None:
        lifts.append((dense + keyword, False, tuning.link_drop))
    if tuning.method_link_drop is not None:  # a method through its projects, their places left out
        placeless = _without_places(snap, keyword_query)
        words = keyword if placeless == keyword_query else \
            tuning.keyword_weight * _keyword_scores(db, snap, placeless)[0]
        lifts.append((dense + words, True, tuning.method_link_drop))
    for scores, methods, drop in lifts:
        best, source = _best_link(snap, scores, methods)
        raised = best - drop > fused
        fused, raised_by = np.where(raised, best - drop, fused), np.where(raised, source, raised_by)
    return fused, raised_by


def _rank(db, snap: Snapshot, embedder: Embedder, query: str, keyword_query: str, vector: np.ndarray,
          top: int, types: set[str] | None, tuning: Tuning, place: str = "", kind: str = "") -> list[Hit]:
    chunk_scores = snap.matrix @ vector
    own, judged, linked = _record_scores(snap, chunk_scores, tuning)
    relative, rowids = _keyword_scores(db, snap, keyword_query)
    keyword = tuning.keyword_weight * relative
    fused = tuning.dense_weight * _standardised(linked) + keyword
    fused, raised_by = _through_links(db, snap, own, keyword, keyword_query, fused, tuning)
    if tuning.place_penalty and place:
        fused = fused - tuning.place_penalty * _elsewhere(snap, place)
    if tuning.kind_penalty and kind in ("effect", "output"):
        fused = fused - tuning.kind_penalty * (_measures(snap) == ("output" if kind == "effect" else "effect"))
    fused_judged = tuning.dense_weight * _standardised(judged) + keyword
    order = _top_live(db, snap, fused, types, top)
    goal_cosine = _goal_cosine(snap, chunk_scores, linked, tuning)
    held = coverage(db, keyword_query, {snap.refs[i]: rowids[snap.refs[i]] for i in order
                                        if snap.refs[i] in rowids}, len(snap.refs))
    hits = []
    for i in order:
        why, via = _why(snap, i, chunk_scores, own, linked, query, int(raised_by[i]))
        score, cosine = round(float(fused[i]), 3), round(float(linked[i]), 4)
        judged_score = float(fused_judged[i])
        weak = _weak(embedder.name, snap, i, judged_score, goal_cosine, query)
        share = held.get(snap.refs[i], 0.0)
        evidence = _strength_evidence(judged_score, float(keyword[i]), share)
        hits.append(Hit(snap.refs[i], snap.types[i], snap.titles[i], score, why, weak, via, cosine,
                        strength(embedder.name, evidence, weak, goal_cosine, share), round(judged_score, 3),
                        strong_to_pick(embedder.name, judged_score, weak)))
    return hits


def _strength_evidence(judged: float, keyword: float, held: float) -> float:
    """The score the strength label reads: `judged` with its keyword part scaled by the square root
    of the share of the query the record holds (term_coverage.py), so a record sharing one word
    of a long goal is not "sterk" on it; ranking keeps the full keyword part. The square root
    (against the share itself: as many relevant hits "sterk", more of them graded not relevant) and
    the threshold (calibration.STRONG_SCORES) were chosen on the dev sets' top-10 hits."""
    return judged - keyword + keyword * held ** 0.5


def _best_first(snap: Snapshot, fused: np.ndarray, types: set[str] | None,
                few: int | None = None) -> np.ndarray:
    """Record indexes by fused score, best first (the first on a tie), of the wanted types only.

    With `few`, only the records scoring at least the `few`-th best score (ties included): the
    same first ones in the same order, without sorting them all.
    """
    wanted = np.flatnonzero(np.isin(snap.type_array, list(types))) if types else np.arange(len(fused))
    if few is not None and few < len(wanted):
        scores = fused[wanted]
        wanted = wanted[scores >= np.partition(scores, -few)[-few]]
    return wanted[np.argsort(-fused[wanted], kind="stable")]


def _top_live(db: sqlite_utils.Database, snap: Snapshot, fused: np.ndarray, types: set[str] | None,
              top: int) -> list[int]:
    """The `top` best live records: found among the best few, unless too many of those were binned."""
    few = _best_first(snap, fused, types, 2 * top)
    live = _live(db, snap, few, top)
    if len(live) == top:
        return live
    everything = _best_first(snap, fused, types)
    return live if len(everything) == len(few) else _live(db, snap, everything, top)


def _live(db: sqlite_utils.Database, snap: Snapshot, order: np.ndarray, top: int) -> list[int]:
    """The first `top` of `order` still live: a record binned during a long refresh stays out."""
    live: list[int] = []
    while len(order) and len(live) < top:
        batch, order = order[:top * 2].tolist(), order[top * 2:]
        refs = [snap.refs[i] for i in batch]
        found = {row[0] for row in db.execute(
            f"SELECT ref FROM records WHERE deleted_at IS NULL AND ref IN ({','.join('?' * len(refs))})",
            refs)}
        live += [i for i in batch if snap.refs[i] in found]
    return live[:top]


# (database file, model) → the commit mark at which a search last found the index up to date
_up_to_date: dict[tuple[str, str], tuple] = {}


def _prepare(db: sqlite_utils.Database, embedder: Embedder, refresh: bool = True) -> Snapshot:
    """Bring a slightly stale index up to date (unless a background refresh is doing that, `refresh`
    False: a changed record is then found by its words and its former vectors meanwhile), then
    return the loaded vectors."""
    key, mark = (database_file(db), embedder.name), commit_mark(db)  # the mark is read first
    if refresh and (mark is None or _up_to_date.get(key) != mark):
        report = refresh_index(db, embedder, wait=False, max_embed=INLINE_REFRESH, max_chars=INLINE_CHARS)
        # An empty report: the index was up to date (not busy, nothing deferred or changed).
        _up_to_date[key] = mark if report == RefreshReport() else None
    return load_snapshot(db, embedder.name, embedder.dimension)


def search(db: sqlite_utils.Database, text: str, embedder: Embedder, top: int = 10,
           types: list[str] | None = None, tuning: Tuning = DEFAULT_TUNING, refresh: bool = True) -> list[Hit]:
    """The `top` records that best match `text`, best first (optionally only some types)."""
    return match_goals(db, [text], embedder, top, types, tuning, refresh=refresh)[0]


def match_goals(db: sqlite_utils.Database, goals: list[str], embedder: Embedder, top: int = 10,
                types: list[str] | None = None, tuning: Tuning = DEFAULT_TUNING,
                contexts: list[GoalContext] | None = None, refresh: bool = True) -> list[list[Hit]]:
    """For each goal the `top` matching records, best first; the goals are embedded in one call.

    A goal's context (its target group and place, when the tender names them) is searched for
    too, unless the goal's own words already name it; the weak flag and the highlighted words
    stay with the goal's own words. `refresh` False leaves a stale index to a background refresh.
    """
    goals = [g.strip() for g in goals]
    contexts = contexts if contexts and tuning.use_context else [GoalContext()] * len(goals)
    snap = _prepare(db, embedder, refresh)
    if not snap.refs or not any(goals):
        return [[] for _ in goals]
    vectors = embedder.encode_queries([topic_text(expand(c.embedded(g))) or " " for g, c in zip(goals, contexts)])
    wanted = set(types) if types else None
    return [_rank(db, snap, embedder, goal, expand(context.keywords(goal)), vector, top, wanted, tuning,
                  context.place, context.kind) if goal else []
            for goal, context, vector in zip(goals, contexts, vectors)]
