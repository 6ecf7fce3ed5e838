"""Time drafting and checking a 10-goal proposal built on the demo knowledge base.

Run: python benchmarks/draft_speed.py [--out concept.docx]
Prints the time to draft (outline + Word), to check numbers and sections, and to count pages
with LibreOffice, plus what the checks found. The evidence per goal is picked by hand here;
matching is not part of this measurement.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge_base.records import normalise  # noqa: E402
from proposal_builder.tender import Goal  # noqa: E402
from proposal_builder.drafting import (DraftRequest, TenderInfo, check_draft,  # noqa: E402
                                       check_goal_sections, check_numbers, draft_proposal)

DEMO = Path(__file__).resolve().parents[1] / "knowledge_base" / "demo" / "demo_kb.json"
GOALS = [  # (goal text, section, kind, evidence refs)
    ("Minder inwoners voelen zich eenzaam; in 2028 is het aandeel ernstig eenzamen gedaald.",
     "Meedoen en ontmoeten", "effect", ["M05", "P01", "R01", "R02"]),
    ("Mantelzorgers voelen zich gesteund en ontlast.", "Mantelzorg", "effect", ["M08", "P04", "R06", "R07"]),
    ("Inwoners met geldzorgen krijgen vroeg hulp en houden grip op hun financiën.",
     "Bestaanszekerheid", "effect", ["M03", "P03", "R04", "R05"]),
    ("Burenruzies worden vroeg en zonder politie opgelost.", "Leefbaarheid", "effect", ["M01", "P02", "R03"]),
    ("Jongeren hebben een zinvolle vrijetijdsbesteding en er is minder overlast.", "Jeugd", "effect",
     ["M11", "P05", "R09"]),
    ("Huisartsen verwijzen inwoners met psychosociale klachten naar welzijn.", "Gezondheid", "output",
     ["M02", "P06", "R10", "R11"]),
    ("Laaggeletterde inwoners verbeteren hun taalvaardigheid.", "Basisvaardigheden", "effect",
     ["M09", "P07", "R12"]),
    ("Ouderen wonen langer zelfstandig thuis.", "Ouderen", "effect", ["M07", "P08", "R13", "R14"]),
    ("Inwoners doen digitaal mee en regelen zelf hun zaken met de overheid.", "Digitale inclusie",
     "effect", ["M10", "P10", "R16"]),
    ("Kinderen uit gezinnen met een laag inkomen doen mee aan sport en cultuur.", "Armoede", "effect",
     ["P14", "R20"]),
]


def demo_request() -> DraftRequest:
    """The 10-goal request over the demo records."""
    records = {r["ref"]: r for r in (normalise(item) for item in json.loads(DEMO.read_text()))}
    goals = [Goal(text, kind, [section], evidence=list(refs)) for text, section, kind, refs in GOALS]
    tender = TenderInfo("Sociale basis Zaanstad 2026-2029", "Zaanstad", "Stichting Welzijn Zaanstreek",
                        "2025-11-14", 20, ["Impact en kwaliteit (600 punten)", "Implementatie (400 punten)"])
    return DraftRequest(tender, goals, records)


def timed(function, repeat: int) -> tuple[float, object]:
    """Median seconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="save the draft here")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    request = demo_request()
    draft_s, draft = timed(lambda: draft_proposal(request), args.repeat)
    numbers_s, untraced = timed(lambda: check_numbers(draft.docx, request), args.repeat)
    sections_s, missing = timed(lambda: check_goal_sections(draft.docx, request), args.repeat)
    full_s, report = timed(lambda: check_draft(draft.docx, request), 1)
    print(f"goals: {len(request.goals)}, records used: {len(draft.outline.used_records)}, "
          f"docx: {len(draft.docx) / 1024:.0f} KiB")
    print(f"draft (outline + Word), median of {args.repeat}: {draft_s * 1000:.0f} ms")
    print(f"number check: {numbers_s * 1000:.0f} ms; section check: {sections_s * 1000:.0f} ms")
    print(f"all checks incl. LibreOffice page count: {full_s:.2f} s "
          f"({report.pages} pages{', estimated' if report.pages_estimated else ''})")
    print(f"untraced numbers: {len(untraced)}; goals without section: {len(missing)}; "
          f"notices: {len(draft.notices)}; warnings: {len(report.warnings)}")
    if args.out:
        args.out.write_bytes(draft.docx)
        print(f"saved: {args.out}")


if __name__ == "__main__":
    main()
