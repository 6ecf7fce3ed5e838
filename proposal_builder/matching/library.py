"""Choosing from the answer library for one tender: the profile, the team members and partners whose work
fits the goals, the proofs, and the standard texts ranked by meaning against the tender's words.

With an embedder the ranking is by cosine (the goals and the tender as queries, the records as passages);
without one by shared word stems. Nothing here writes text: drafting picks variants and words. The choice
is a plain dict with the fields of `drafting.models.Library` (the pipeline builds that from it).
"""
from __future__ import annotations

import re

import numpy as np
import sqlite_utils

from knowledge_base.embeddings import Embedder
from knowledge_base.keywords import matching_words
from knowledge_base.records import list_records

TEAM_SIZE = 4  # team members named at most
FIT_MARGIN = 0.04  # a team member or partner within this cosine of the best fitting one is named too
PARTNERS = 4
SUBJECT_CHARS = 600  # the start of the tender (its title and first paragraphs) is embedded as one query
# Standard-text topics and the words by which a tender asks for them (its procedure, requirements, criteria).
TOPIC_CUES = {
    "kwaliteit": r"kwaliteitssysteem|kwaliteitszorg|kwaliteitskeurmerk|\bhkz\b|\biso\b|certific",
    "privacy": r"privacy|\bavg\b|persoonsgegevens|gegevensbescherming",
    "meldcode": r"meldcode|huiselijk geweld|kindermishandeling",
    "klachten": r"klacht",
    "VOG": r"\bvog\b|verklaring omtrent( het)? gedrag",
    "social return": r"social return|\bsroi\b",
    "risico's": r"risico",
    "continuïteit": r"continuïteit|borging",
}


def _passage(record: dict) -> str:
    extra = record.get("extra") or {}
    parts = [record.get("title", ""), extra.get("role", ""), extra.get("expertise", ""), extra.get("partner_role", ""),
             extra.get("topic", ""), record.get("summary", ""), " ".join(record.get("themes") or [])]
    return ". ".join(str(p) for p in parts if p)


_VECTORS: dict[tuple[str, str], np.ndarray] = {}  # (model, content hash) -> passage vector, per process
_CACHE_SIZE = 2000


def _passage_vectors(records: list[dict], embedder: Embedder) -> np.ndarray:
    """The records' passage vectors; a record unchanged since an earlier draft is not embedded again."""
    keys = [(embedder.name, r.get("content_hash") or _passage(r)) for r in records]
    missing = [i for i, key in enumerate(keys) if key not in _VECTORS]
    if missing:
        if len(_VECTORS) > _CACHE_SIZE:
            _VECTORS.clear()
        for i, vector in zip(missing, embedder.encode_passages([_passage(records[i]) for i in missing])):
            _VECTORS[keys[i]] = vector
    return np.stack([_VECTORS[key] for key in keys])


def _scores(records: list[dict], queries: list[str], vectors: np.ndarray | None, embedder: Embedder | None) -> np.ndarray:
    """Per record its best score over the queries (cosine, or shared word stems without an embedder)."""
    if not records or not queries:
        return np.zeros(len(records), dtype=np.float32)
    if embedder is None or vectors is None:
        return np.array([max(len(matching_words(_passage(r), q)) for q in queries) for r in records],
                        dtype=np.float32)
    return (_passage_vectors(records, embedder) @ vectors.T).max(axis=1)


def _ranked(records: list[dict], scores: np.ndarray) -> list[dict]:
    order = sorted(range(len(records)), key=lambda i: (-float(scores[i]), records[i]["ref"]))
    return [records[i] for i in order]


def _fitting(records: list[dict], goals: list[str], vectors: np.ndarray | None, embedder: Embedder | None,
             limit: int) -> list[dict]:
    """The records whose work fits the goals, best first: within a margin of the best one (with an
    embedder) or sharing a word with a goal (without one)."""
    scores = _scores(records, goals, vectors, embedder)
    if not records:
        return []
    floor = float(scores.max()) - FIT_MARGIN if embedder is not None and vectors is not None else 1.0
    keep = [i for i, score in enumerate(scores) if score >= floor]
    return _ranked([records[i] for i in keep], scores[keep])[:limit]


def _goal_rows(vectors: np.ndarray | None) -> np.ndarray | None:
    return None if vectors is None else vectors[1:]


def choose_library(db: sqlite_utils.Database, tender_text: str, goals: list[str],
                   embedder: Embedder | None = None) -> dict:
    """The answer library's records for a tender whose words are `tender_text` and goals `goals`."""
    by_type: dict[str, list[dict]] = {}
    for record in list_records(db):
        by_type.setdefault(record["type"], []).append(record)
    texts, partners = by_type.get("standard_text", []), by_type.get("partner", [])
    goals = [g for g in goals if g.strip()]
    subject = tender_text[:SUBJECT_CHARS]
    vectors = embedder.encode_queries([subject, *goals]) if embedder is not None and goals else None
    text_scores = _scores(texts, [subject, *goals], vectors, embedder)
    return {"organisation": (by_type.get("organisation") or [None])[0],
            # team members only with consent to be named
            "team": _fitting([m for m in by_type.get("team_member", []) if m.get("consent")], goals,
                             _goal_rows(vectors), embedder, TEAM_SIZE),
            "partners": _fitting(partners, goals, _goal_rows(vectors), embedder, PARTNERS),
            "proofs": by_type.get("proof", []),
            "texts": _ranked(texts, text_scores),  # best fit to the tender's words first
            "asked": [topic for topic, cue in TOPIC_CUES.items() if re.search(cue, tender_text, re.IGNORECASE)]}
