"""How much of a query a record's words hold, each query word weighted by how rare it is.

The keyword score that ranks is relative: BM25 divided by the query's best, so the best keyword
hit brings the full keyword weight however little of the query it shares. That suits ranking,
which compares records within one query. But the strength label ("sterk") says how good the
evidence is, and there the lone shared word lifted records that do not fit. Measured on the dev
sets (dev, unseen, blind 2-8): unrelated goals (a provincial road, a swimming pool, sewers) had
30 "sterk" hits whose keyword evidence was a place name or a general word ("Veenmarke",
"aantal", "krijgt"), and "Jonge mantelzorgers" was "sterk" for "Mannen op middelbare en oudere
leeftijd ..." on "middelbare" (scholen) and "leeftijd*" (leeftijdgenoten), 2 of the goal's 11 words.

`coverage` is the share of the query's words a record holds, each word weighted by its inverse
document frequency in the index (as BM25 weighs it), long stems also as prefix and a phrase of a
synonym group also through the group's other phrases, as the keyword search matches them.
"""
from __future__ import annotations

import math

import sqlite_utils

from .keywords import named_groups, own_query_terms, term_expression


def _rows_matching(db: sqlite_utils.Database, expression: str, refs: dict[int, str]) -> list[str]:
    marks = ",".join("?" * len(refs))
    return [refs[rowid] for (rowid,) in db.execute(
        f"SELECT rowid FROM search_terms WHERE search_terms MATCH ? AND rowid IN ({marks})", [expression, *refs])]


def _phrases(group: list[tuple[str, ...]]) -> str:
    """A synonym group as one MATCH expression: any of its phrases with all of its stems."""
    return " OR ".join("(" + " AND ".join(map(term_expression, phrase)) + ")" for phrase in group if phrase)


def coverage(db: sqlite_utils.Database, query: str, rowids: dict[str, int], records: int) -> dict[str, float]:
    """Per ref of `rowids` (its row in the keyword table) the IDF-weighted share of the query's
    words its record holds (0 to 1); `records` is the number of indexed records."""
    wanted = list(dict.fromkeys(own_query_terms(query)))
    if not wanted or not rowids:
        return dict.fromkeys(rowids, 0.0)
    refs = {rowid: ref for ref, rowid in rowids.items()}
    held: dict[str, set[str]] = {ref: set() for ref in rowids}
    weights = {}
    for term in wanted:
        expression = term_expression(term)
        frequency = min(records, db.execute("SELECT count(*) FROM search_terms WHERE search_terms MATCH ?",
                                            [expression]).fetchone()[0])  # rows of records binned meanwhile
        weights[term] = math.log(1 + (records - frequency + 0.5) / (frequency + 0.5))
        for ref in _rows_matching(db, expression, refs):
            held[ref].add(term)
    for group in named_groups(set(wanted)):
        named = {term for phrase in group if set(phrase) <= set(wanted) for term in phrase}
        for ref in _rows_matching(db, _phrases(group), refs):
            held[ref] |= named
    total = sum(weights.values())  # each weight is above 0: at most `records` records hold a word
    return {ref: sum(weights[term] for term in terms) / total for ref, terms in held.items()}
