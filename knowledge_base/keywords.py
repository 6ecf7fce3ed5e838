"""Dutch keyword terms: tokenising, stemming, synonyms, and the FTS5 query scored with BM25."""
from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from .abbreviations import expand

# Snowball's current Dutch stemmer. It strips "ge-" hard (gezinnen → "zin"), but the same way
# on both sides, and it scored higher than "dutch_porter" on the dev set (keywords only).
_STEMMER = snowballstemmer.stemmer("dutch")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Snowball's Dutch stop list in full (it had lost "onder", "ben" and "doch", so "eenzaamheid
# onder werknemers" matched "... onder ouderen" on "onder"), plus a few more function words.
STOPWORDS = frozenset("""
aan af al alle alles als altijd ander andere ben bij binnen daar dan dat de der deze die dit doch
doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog
nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren
was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou
""".split())
# Conjunctions and relative words that join a goal's clauses ("..., zodat zij ...", "waarbij",
# "zoals"): they say nothing of the topic, so they are never shown as the words a record shares
# with a goal. Kept out of highlighting only: as stop words they cost nDCG@10 0.001-0.002 on the
# unseen and blind3 dev sets (a chance signal), so scoring is left as measured.
JOINING_WORDS = frozenset("""
zodat waardoor doordat terwijl wanneer indien hoewel opdat mits tenzij zowel ofwel namelijk daarom
daardoor waarbij waarin waarmee waarvoor waarop welke zoals
""".split())
# Words that only say which way a goal wants things to go ("minder eenzaamheid", "het aantal
# ... daalt"): goals are full of them, so they find records phrased alike rather than on topic.
# Left out of queries only, so the stored index is unchanged ("meer" is a stop word already).
DIRECTION_WORDS = frozenset("minder neemt nemen toe daalt dalen stijgt stijgen verbetert".split())
# The same for embedding, as phrases: "toe" alone also means other things ("af en toe").
_DIRECTION = re.compile(
    r"\b(?:minder|(?:neemt|nemen) (?:af|toe)|daalt|dalen|stijgt|stijgen|verbetert)\b\s*", re.IGNORECASE)
# How much, not what: "minimaal 250", "ten minste 70 procent van de", "per jaar". A goal's quantities pull
# its embedding away from records that do the same work in other numbers.
_QUANTITY = re.compile(
    r"(?:\b(?:van|naar|in|tot|vanaf|met|op)\s+)?"
    r"\b(?:(?:minimaal|minstens|ten minste|maximaal|tenminste|ruim|circa|ongeveer)\s+)?\d[\d.,]*(?![\d.,+-]|\w)\s*"
    r"(?:%|procent(?: van de)?)?|\b(?:minimaal|minstens|ten minste|jaarlijks|per (?:jaar|week|maand))\b\s*",
    re.IGNORECASE)
PREFIX_MIN = 6  # stems at least this long also match longer words (compounds: mantelzorg*)

# Exactly the groups of DOMAIN.md ("words that mean the same"), nothing tuned to the dev set:
# a query naming one phrase of a group also looks for the others.
SYNONYMS = [
    ["eenzaamheid", "sociaal isolement", "vereenzaming", "contacten hebben"],
    ["mantelzorg", "informele zorg", "naastenzorg", "zorgende naasten"],
    ["respijtzorg", "ontlasten"],
    ["vrijwilligerswerk", "vrijwillige inzet", "maatjes", "informele inzet"],
    ["zelfredzaamheid", "eigen kracht", "samenredzaamheid"],
    ["participatie", "meedoen"],
    ["armoede", "bestaanszekerheid", "minima"],
    ["schulden", "geldzorgen", "schuldhulpverlening", "thuisadministratie"],
    ["jongerenwerk", "jeugdwerk", "straathoekwerk"],
    ["pedagogische basis", "opvoeden en opgroeien"],
    ["preventie", "vroegsignalering", "naar de voorkant"],
    ["sociale basis", "voorliggend veld", "algemene voorzieningen"],
    ["wijkgericht", "gebiedsgericht", "buurtgericht"],
    ["wijkteam", "sociaal team", "buurtteam"],
    ["sociale cohesie", "leefbaarheid"],
    ["bewonersinitiatief", "burgerinitiatief"],
    ["digitale inclusie", "digitale vaardigheden", "digitaal meedoen"],
    ["basisvaardigheden", "laaggeletterdheid", "taal"],
    ["buurtbemiddeling", "burenruzies", "onenigheid tussen omwonenden"],
    ["gezonde leefstijl", "vitaliteit", "bewegen"],
    ["welzijn op recept", "doorverwijzen vanuit de huisarts"],
    ["maatschappelijk effect", "outcome", "impact"],
    ["resultaat", "output", "prestatie"],
    ["methodiek", "interventie", "werkwijze", "aanpak"],
]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Dutch stem of one lower-case word."""
    return _STEMMER.stemWord(word)


def words(text: str) -> list[str]:
    """The lower-case words of `text` that carry meaning (no stop words, no single letters)."""
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS]


def terms(text: str) -> list[str]:
    """The stems of `text`'s meaningful words, in order, repeats kept (for term frequency)."""
    return [stem(w) for w in words(text)]


def terms_text(text: str) -> str:
    """`terms` joined by spaces: what the FTS5 table stores."""
    return " ".join(terms(text))


@lru_cache(maxsize=1)
def _synonym_terms() -> list[list[tuple[str, ...]]]:
    return [[tuple(terms(phrase)) for phrase in group] for group in SYNONYMS]


def topic_text(query: str) -> str:
    """The query without direction words and quantities, to embed ("Minder schooluitval" → "schooluitval",
    "Minimaal 250 mantelzorgers per jaar ontvangen respijtzorg" → "mantelzorgers ontvangen respijtzorg")."""
    return " ".join(_QUANTITY.sub("", _DIRECTION.sub("", query)).split()) or query


def own_query_terms(query: str) -> list[str]:
    """The stems of the query's meaningful words, direction words such as "minder" left out."""
    return [stem(w) for w in words(query) if w not in DIRECTION_WORDS]


def named_groups(stems: set[str]) -> list[list[tuple[str, ...]]]:
    """The synonym groups (each phrase as its stems) one of whose phrases `stems` holds in full."""
    return [group for group in _synonym_terms() if any(phrase and stems.issuperset(phrase) for phrase in group)]


def query_terms(query: str) -> list[str]:
    """The query's stems followed by those of every synonym group one of its phrases names."""
    found = own_query_terms(query)
    for group in named_groups(set(found)):
        found += [t for phrase in group for t in phrase]
    return list(dict.fromkeys(found))


def term_expression(term: str) -> str:
    """One stem as an FTS5 MATCH expression: quoted, a long stem also as prefix."""
    return '"' + term.replace('"', "") + '"' + ("*" if len(term) >= PREFIX_MIN else "")


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: any of the query's terms, long stems also as prefix."""
    return " OR ".join(term_expression(term) for term in query_terms(query))


def names_every_term(text: str, query: str) -> bool:
    """Whether `text` holds every meaningful word of `query` (by stem; long stems also as prefix)."""
    wanted = set(own_query_terms(query))
    have = set(terms(text))
    return bool(wanted) and all(
        t in have or (len(t) >= PREFIX_MIN and any(h.startswith(t) for h in have)) for t in wanted)


def without_words(text: str, other: str) -> str:
    """`text` without the words whose stem is one of `other`'s ("Jongeren in Leek" less "Leek" → "Jongeren in")."""
    drop = set(terms(other))
    return " ".join(w for w in text.split() if not (set(terms(w)) & drop))


def matching_words(text: str, query: str) -> set[str]:
    """The words of `text` (lower-case, as written) whose stem, or that of what an abbreviation
    stands for ("mz": mantelzorger), matches one of the query's terms."""
    wanted = set(query_terms(expand(query)))
    longs = tuple(t for t in wanted if len(t) >= PREFIX_MIN)
    matches = lambda term: term in wanted or (longs and term.startswith(longs))  # noqa: E731
    return {word for word in words(text) if word not in JOINING_WORDS and any(map(matches, _word_terms(word)))}


@lru_cache(maxsize=200_000)
def _word_terms(word: str) -> tuple[str, ...]:
    """The stem of one word and, for an abbreviation, the stems of what it stands for."""
    return (stem(word), *terms(expand(word)))
