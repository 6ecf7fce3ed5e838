"""The procedure a tender names ("openbare procedure", "Open House-procedure", "subsidietender") and its route."""

import re
from collections import Counter

from ..reading.blocks import Block
from .sentences import split_sentences

# Each procedure as a pattern, the name shown for it, and the route it belongs to.
PROCEDURES = (
    (r"niet[\s-]openbare\s+procedure", "niet-openbare procedure", "aanbesteding"),
    (r"(?<!niet-)(?<!niet )\bopenbare\s+(europese\s+|nationale\s+)?(aanbestedings)?procedure", "openbare procedure", "aanbesteding"),
    (r"meervoudig[\s-]+onderhands\w*(\s+(aanbestedings)?procedure|\s+aanbesteding)?", "meervoudig onderhandse procedure", "aanbesteding"),
    (r"enkelvoudig[\s-]+onderhands\w*(\s+(aanbestedings)?procedure|\s+aanbesteding|\s+gunnen)?", "enkelvoudig onderhandse procedure", "aanbesteding"),
    (r"concurrentiegerichte\s+dialoog", "concurrentiegerichte dialoog", "aanbesteding"),
    (r"mededingingsprocedure\s+met\s+onderhandeling", "mededingingsprocedure met onderhandeling", "aanbesteding"),
    (r"(?<!openbare )\bnationale\s+(aanbestedings)?procedure", "nationale procedure", "aanbesteding"),
    (r"(eigen|zelf\s+ontworpen|vereenvoudigde)\s+procedure", "eigen procedure", "aanbesteding"),
    (r"open[\s-]?house([\s-]?(procedure|regeling|constructie))?\b", "Open House-procedure", "open house"),
    (r"toelatingsprocedure", "toelatingsprocedure", "open house"),
    (r"subsidietender", "subsidietender", "subsidie"),
    (r"tendersysteem", "tendersysteem", "subsidie"),  # "Het college verdeelt het subsidieplafond volgens een tendersysteem"
)
# "een openbare procedure volgens het verlicht regime": the regime named with the procedure is noted with it
REGIME = re.compile(r"^\s*(?:volgens|onder|met\s+toepassing\s+van)\s+het\s+verlichte?\s+regime\b", re.IGNORECASE)
PATTERNS = [(re.compile(pattern, re.IGNORECASE), name, route) for pattern, name, route in PROCEDURES]
ROUTES = {name: route for _, name, route in PROCEDURES}
# "een eigen procedure die is ontleend aan de openbare procedure": the procedure after it is the model, not the one followed
# ("afgeleid van", "geënt op", "gemodelleerd naar", "volgens het model van" say the same)
TEMPLATE = re.compile(r"(?:ontleend\s+aan|gebaseerd\s+op|afgeleid\s+van|ge[eë]nt\s+op|gemodelleerd\s+naar|"
                      r"(?:naar|volgens)\s+(?:het\s+)?model\s+van)\s+(?:de\s+regels\s+voor\s+)?(?:de\s+|het\s+)?$",
                      re.IGNORECASE)
# "aanvragen worden gerangschikt naar het aantal punten", "maakt een ranglijst": a subsidy call that ranks applications
# is a subsidietender, also where it does not use the word
RANKED = re.compile(r"^(?=.*\b(?:aanvra\w*|subsidie\w*)\b)(?!.*\b(?:niet|geen)\s+(?:[\wÀ-ÿ]+\s+){0,3}(?:rangschik|ranglijst|tender))"
                    r".*\b(?:rangschik\w*|gerangschikt|ranglijst|via\s+een\s+tender)\b", re.IGNORECASE)
# A procedure named as a fallback or a contrast does not count: "mocht ..., dan ... enkelvoudig onderhands".
FALLBACK = re.compile(r"\b(mocht|mochten|indien|tenzij|in\s+plaats\s+van|geen|niet\s+via|anders\s+dan|zou)\b", re.IGNORECASE)


PROCEDURE_HEADING = re.compile(r"\bprocedure\b", re.IGNORECASE)
# "De gemeente volgt een eigen procedure", "hanteert de openbare procedure": the clause says which one is followed, and
# decides over the route's name used throughout an Open House ("Voor deze Open House ...")
FOLLOWED = re.compile(r"\b(?:volg(?:t|en)|hanteer(?:t)?|hanteren|doorloopt|doorlopen)\b[^.;:]{0,30}$", re.IGNORECASE)


def extract_procedure(blocks: list[Block]) -> str:
    """The procedure a clause says is followed, else the one named most often, outside fallback sentences and not as the
    model of another; a subsidy call that ranks applications without naming one is a subsidietender; "" when none is
    named."""
    counts, followed, first, regime = _named(blocks)
    if not counts:
        ranked = any(RANKED.search(sentence) for block in blocks for sentence in split_sentences(block.text))
        return "subsidietender" if ranked else ""
    chosen = +followed or counts
    name = max(chosen, key=lambda name: (chosen[name], counts[name], -first[name]))
    return f"{name} (verlicht regime)" if name in regime else name


# A procedure the contracting authority designs itself belongs to no route of its own: an Open House may follow one
OWN_DESIGN = "eigen procedure"


def procedure_route(blocks: list[Block], procedure: str) -> str:
    """The route of the procedure; for an "eigen procedure" the route of the other procedure the tender names most, and
    at least as often ("Daarom kiest de gemeente voor een Open House", "Voor deze Open House ..."), else an
    aanbesteding's; "" for none."""
    if procedure.removesuffix(" (verlicht regime)") != OWN_DESIGN:
        return route_of(procedure)
    counts = _named(blocks)[0]
    others = [name for name, count in counts.most_common() if name != OWN_DESIGN and count >= counts[OWN_DESIGN]]
    return route_of(others[0]) if others else route_of(procedure)


def _named(blocks: list[Block]) -> tuple[Counter, Counter, dict[str, int], set[str]]:
    """Per procedure named: how often (a fallback a tenth, under a procedure heading twice), how often in a clause saying
    it is followed, the first block naming it, and whether the regime stands with it."""
    counts: Counter = Counter()
    followed: Counter = Counter()
    first: dict[str, int] = {}
    regime: set[str] = set()
    for block in blocks:
        # named under the tender's own heading on its procedure, it is the one followed: an aanbesteding may say in its
        # introduction that another service "wordt stedelijk ingekocht via een Open House"
        own = 2 if any(PROCEDURE_HEADING.search(heading) for heading in block.section) else 1
        # per clause: "De gemeente volgt een eigen procedure ...: er is geen selectiefase" names no fallback
        for sentence in (c for s in split_sentences(block.text) for c in re.split(r"[:;]\s+", s) if c):
            weight = 0.1 if FALLBACK.search(sentence) else own
            for pattern, name, _ in PATTERNS:
                if (match := pattern.search(sentence)) and not TEMPLATE.search(sentence[:match.start()]):
                    counts[name] += weight
                    followed[name] += weight if weight >= 1 and FOLLOWED.search(sentence[:match.start()]) else 0
                    first.setdefault(name, block.position)
                    regime |= {name} if REGIME.match(sentence[match.end():]) else set()
    return counts, followed, first, regime


def route_of(procedure: str) -> str:
    """The route a procedure belongs to, or ""."""
    return ROUTES.get(procedure, ROUTES.get(procedure.removesuffix(" (verlicht regime)"), ""))
