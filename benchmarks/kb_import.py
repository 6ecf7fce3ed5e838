"""Import files written in people's own wording, scored against blind gold (issue 12: "imports whole").

Run: python benchmarks/kb_import.py [--set benchmarks/kb_intake/blind_import1]
Each file of the set is imported into an empty knowledge base (a real SQLite file), and then the
files in order into one knowledge base, the way two organisations' files meet. Printed per file:
records stored of those the gold says can be stored, refused records refused, recognition levels,
consent flags, result values and project–method links as gold has them, warnings on the refs gold
expects; for the later files, the refs reported as updated (conflicts) and unchanged against gold.
A .csv or .xlsx file is read with knowledge_base.spreadsheets when that module is there.
Prints, never asserts.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from knowledge_base import transfer  # noqa: E402
from knowledge_base.database import open_db  # noqa: E402
from knowledge_base.records import get_record  # noqa: E402


def items_of(path: Path) -> list[dict]:
    """The file's records in the import format; a spreadsheet needs knowledge_base.spreadsheets."""
    if path.suffix.lower() == ".json":
        return transfer.parse_import(path.read_bytes())
    try:
        from knowledge_base.spreadsheets import read_table_file
    except ImportError:
        return []
    return read_table_file(path.name, path.read_bytes())


def import_into(db, path: Path):
    """(report, error): the import report, or the file-level error message."""
    try:
        return transfer.import_records(db, items_of(path), user="benchmark"), ""
    except (transfer.ImportFormatError, ValueError) as exc:
        return None, str(exc)


def warned(report) -> set[str]:
    """The refs whose report line carries a warning (whatever the report calls them)."""
    return {line.ref for line in report.lines if getattr(line, "warnings", None)} if report else set()


def fraction(hits: int, total: int) -> str:
    return f"{hits}/{total}" if total else "-"


def score_alone(db, gold: dict, report) -> dict:
    """The figures of one file imported into an empty knowledge base."""
    stored = {ref: get_record(db, ref) for ref in gold["stored_refs"]}
    found = {ref: r for ref, r in stored.items() if r is not None}
    refused = [line for line in (report.lines if report else []) if line.outcome == "rejected"]
    levels = gold.get("evidence_levels") or {}
    unknown = gold.get("unknown_levels") or {}
    level_ok = sum(ref in found and (found[ref]["evidence_level"] == level or unknown.get(ref) in
                                     (found[ref]["evidence_level"], *(found[ref].get("extra") or {}).values()))
                   for ref, level in levels.items())
    consent = gold.get("consent") or {}
    values = gold.get("result_values") or {}
    links = gold.get("project_methods") or {}
    warnings = gold.get("warnings") or {}
    return {
        "stored": fraction(len(found), len(gold["stored_refs"])),
        "refused": fraction(min(len(refused), len(gold.get("refused") or [])), len(gold.get("refused") or [])),
        "levels": fraction(level_ok, len(levels)),
        "consent": fraction(sum(ref in found and found[ref]["consent"] == flag for ref, flag in consent.items()),
                            len(consent)),
        "values": fraction(sum(ref in found and found[ref]["value"] == value for ref, value in values.items()),
                           len(values)),
        "links": fraction(sum(ref in found and sorted(found[ref]["methods"]) == sorted(methods)
                              for ref, methods in links.items()), len(links)),
        "warnings": fraction(len(set(warnings) & warned(report)), len(warnings)),
    }


def score_after(gold: dict, report) -> dict:
    """Conflicts and unchanged refs of a file imported after the earlier ones."""
    against = gold.get("against_stichting_a") or {}
    outcomes = {line.ref: line.outcome for line in (report.lines if report else [])}
    conflicts, unchanged = against.get("conflicts") or [], against.get("unchanged") or []
    return {"conflicts": fraction(sum(outcomes.get(r) == "updated" for r in conflicts), len(conflicts)),
            "unchanged": fraction(sum(outcomes.get(r) == "unchanged" for r in unchanged), len(unchanged))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=HERE / "kb_intake" / "blind_import1")
    args = parser.parse_args()
    gold = json.loads((args.set / "gold.json").read_text(encoding="utf-8"))["files"]
    with tempfile.TemporaryDirectory() as tmp:
        shared = open_db(Path(tmp) / "shared.db")
        for number, (name, spec) in enumerate(gold.items()):
            db = open_db(Path(tmp) / f"alone{number}.db")
            report, error = import_into(db, args.set / name)
            row = score_alone(db, spec, report)
            later, error_later = import_into(shared, args.set / name)
            if number:
                row.update(score_after(spec, later))
            print(f"{name:20} " + "  ".join(f"{k} {v}" for k, v in row.items())
                  + (f"  ERROR {error[:80]}" if error else ""))


if __name__ == "__main__":
    main()
