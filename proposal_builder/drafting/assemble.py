"""From a tender to a checked draft: match its goals, pick evidence, fetch records, build the request.

No Flask: the workbench pages and `proposal-builder draft` call these same functions. A tender
here is a dict in the shape `knowledge_base.tenders` saves (title, municipality, page_limit,
criteria, goals with their chosen `evidence` refs and `own_text`).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import sqlite_utils

from knowledge_base.embeddings import Embedder
from knowledge_base.records import get_record
from knowledge_base.search import Hit, match_goals

from ..tender import analyse_tender
from ..tender_intake import tender_record
from .checks import CheckReport, check_draft
from .draft import draft_proposal
from .models import Draft, DraftRequest, GoalDraft, TenderInfo

TOP_HITS = 8  # evidence suggested per goal
PICK_ORDER = ("method", "project", "result")  # one of each, in this order
# Unattended picks stay within this much of the goal's best score (about one standard deviation
# of the query's cosines). Measured with benchmarks/draft_quality.py --held-out --devsets: on the
# demo tenders 78% of picked records relevant instead of 71%, one goal of 68 fewer with relevant
# evidence; on the dev sets of the demo and the unseen KB 79% instead of 73% and 77%.
PICK_MARGIN = 1.0


def has_number(record: dict) -> bool:
    """Whether a record carries a figure: a result with a value, or a project with an inline one."""
    if record.get("type") == "result":
        return bool(str(record.get("value") or "").strip())
    if record.get("type") == "project":
        return any(str(item.get("value") or "").strip() for item in record.get("results") or [])
    return False


def fetch_records(db: sqlite_utils.Database, refs) -> dict[str, dict]:
    """The live records with these refs, by ref; refs no longer in the knowledge base are left out."""
    found = {}
    for ref in dict.fromkeys(refs):
        record = get_record(db, ref)
        if record is not None:
            found[ref] = record
    return found


def match_tender_goals(db: sqlite_utils.Database, goals: list[dict], embedder: Embedder,
                       top: int = TOP_HITS) -> list[list[Hit]]:
    """Ranked evidence per goal (methods, projects and results), searched with the goal's own words."""
    return match_goals(db, [goal.get("text", "") for goal in goals], embedder, top=top)


def pick_evidence(hits: list[Hit], records: dict[str, dict]) -> list[str]:
    """The strongest evidence for one goal: the best method, project and result with a figure.

    Weak matches are skipped, so a goal the knowledge base does not cover gets nothing (and the
    draft a placeholder) rather than evidence that does not fit; so are matches more than
    `PICK_MARGIN` below the goal's best, so a type with only a distant match stays empty.
    """
    best: dict[str, str] = {}
    floor = max((hit.score for hit in hits), default=0.0) - PICK_MARGIN
    for hit in hits:
        record = records.get(hit.ref)
        if hit.weak or hit.score < floor or record is None or hit.type in best:
            continue
        if hit.type == "result" and not has_number(record):
            continue
        best[hit.type] = hit.ref
    return [best[kind] for kind in PICK_ORDER if kind in best]


def auto_choose(db: sqlite_utils.Database, goals: list[dict], embedder: Embedder,
                top: int = TOP_HITS) -> list[dict]:
    """The goals with evidence picked by `pick_evidence` (the unattended chain)."""
    hits = match_tender_goals(db, goals, embedder, top)
    records = fetch_records(db, (hit.ref for goal_hits in hits for hit in goal_hits))
    return [{**goal, "evidence": pick_evidence(goal_hits, records)}
            for goal, goal_hits in zip(goals, hits)]


def tender_from_analysis(analysis, filename: str = "") -> dict:
    """A tender dict in the saved shape from a fresh analysis; title and municipality guessed as on intake."""
    return tender_record(analysis, source_name=filename)


def criterion_text(criterion) -> str:
    """An award criterion as one line, e.g. "Impact en kwaliteit (60 punten)"."""
    if isinstance(criterion, str):
        return criterion.strip()
    name = str(criterion.get("name") or "").strip()
    weight = str(criterion.get("weight") or "").strip()
    return f"{name} ({weight})" if name and weight else name


def tender_info(tender: dict, organisation: str, date: dt.date | None = None) -> TenderInfo:
    """The tender facts the draft needs; the draft is dated today unless told otherwise."""
    criteria = [text for text in map(criterion_text, tender.get("criteria") or []) if text]
    return TenderInfo(title=tender.get("title") or "", municipality=tender.get("municipality") or "",
                      organisation=organisation, date=date or dt.date.today(),
                      page_limit=tender.get("page_limit") or None, criteria=criteria)


def build_request(tender: dict, records: dict[str, dict], organisation: str,
                  date: dt.date | None = None) -> tuple[DraftRequest, list[str]]:
    """The draft request for the tender's goals and chosen records, and notices for refs now missing."""
    goals, notices = [], []
    for goal in tender.get("goals") or []:
        refs = goal.get("evidence") or []
        missing = [ref for ref in refs if ref not in records]
        if missing:
            notices.append(f"Bij het doel ‘{goal.get('text', '')[:80]}’ is gekozen bewijs niet meer in de "
                           f"kennisbank en weggelaten: {', '.join(missing)}.")
        goals.append(GoalDraft(
            text=goal.get("text", ""), section=goal.get("section", ""), kind=goal.get("kind", "effect"),
            indicator=goal.get("indicator", ""), target=goal.get("target", ""),
            own_text=goal.get("own_text", ""), evidence=[records[r] for r in refs if r in records]))
    return DraftRequest(tender_info(tender, organisation, date), goals), notices


@dataclass
class CheckedDraft:
    """A draft with the checks run on it and every notice for the director."""

    draft: Draft
    report: CheckReport | None
    request: DraftRequest
    notices: list[str]

    @property
    def docx(self) -> bytes:
        return self.draft.docx


def draft_tender(db: sqlite_utils.Database, tender: dict, organisation: str, template=None,
                 check: bool = True, soffice: str | None = None, workdir=None) -> CheckedDraft:
    """Draft the proposal for a tender with its chosen evidence and, unless told not to, check it.

    The page count renders the draft with LibreOffice in `workdir` (default: the system's temporary folder).
    """
    records = fetch_records(db, (ref for goal in tender.get("goals") or []
                                 for ref in goal.get("evidence") or []))
    request, notices = build_request(tender, records, organisation)
    draft = draft_proposal(request, template)
    report = check_draft(draft.docx, request, soffice=soffice, workdir=workdir) if check else None
    return CheckedDraft(draft, report, request, notices + draft.notices)


def unattended_draft(db: sqlite_utils.Database, data: bytes, filename: str, embedder: Embedder,
                     organisation: str, template=None, top: int = TOP_HITS,
                     soffice: str | None = None, workdir=None) -> tuple[dict, CheckedDraft]:
    """The whole chain without a person: read, extract goals, match, pick evidence, draft, check.

    Raises the tender reader's TenderReadError (a Dutch message) when the file cannot be read.
    """
    tender = tender_from_analysis(analyse_tender(data, filename), filename)
    tender["goals"] = auto_choose(db, tender["goals"], embedder, top)
    return tender, draft_tender(db, tender, organisation, template, soffice=soffice, workdir=workdir)


def draft_filename(title: str) -> str:
    """A safe download name for the draft, e.g. "voorstel-sociale-basis-zaanstad.docx"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-")
    return f"voorstel-{slug or 'concept'}.docx"
