"""How evidence is cited: sources, evidence levels of methods, results copied from records."""
from __future__ import annotations

from .. import dutch
from .document import Run

# Known databanks, recognised by a word in the stored name, cited by their full name.
DATABANKS = (
    (("movisie", "sociale interventies"), "Databank Effectieve sociale interventies, Movisie"),
    (("nji", "jeugdinterventies"), "Databank Effectieve jeugdinterventies, NJi"),
)
NO_RECOGNITION = "niet erkend in een databank"


def source(*refs: str) -> Run:
    """The bracketed source reference that follows every claim, e.g. "(bron: R05)"."""
    return Run(f"(bron: {', '.join(r for r in refs if r)})", "source")


def level_label(level: str) -> str:
    """The stored evidence level with a capital, never changed otherwise (a level is never raised)."""
    level = (level or "").strip()
    return level[:1].upper() + level[1:]


def databank_label(databank: str) -> str:
    """The full citation name of a databank, or the stored name when it is not a known one."""
    lowered = (databank or "").lower()
    for words, label in DATABANKS:
        if any(word in lowered for word in words):
            return label
    return (databank or "").strip()


def evidence_runs(method: dict) -> list[Run]:
    """The recognition of a method, e.g. "erkend als *Goed onderbouwd* (Databank…, Movisie, datum)"."""
    level = level_label(method.get("evidence_level", ""))
    if not level:
        return [Run(NO_RECOGNITION)]
    details = [d for d in (databank_label(method.get("databank", "")),
                           dutch.date(method.get("recognised_on", "") or "")) if d]
    runs = [Run("erkend als "), Run(level, "italic")]
    if details:
        runs.append(Run(f" ({', '.join(details)})"))
    return runs


def method_citation(method: dict) -> list[Run]:
    """"<interventie> — <recognition>" for one method record."""
    return [Run(method.get("title", ""), "bold"), Run(" — "), *evidence_runs(method)]


