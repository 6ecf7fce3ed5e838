"""The flow of Proposal Builder, one function per step, for the CLI, the web views and the benchmarks alike.

read → analyse → store tender → match → choose → outline → write .docx → check.
A tender between the steps is a dict in the shape `knowledge_base.saved_tenders` saves (title,
municipality, page_limit, criteria, blocks, goals as `Goal.to_record()` dicts); goals are
`Goal` values wherever they are worked on. This is the only module that strings the rooms together.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

import sqlite_utils

from knowledge_base.embeddings import Embedder
from knowledge_base.freshness import stale_records
from knowledge_base.search import Hit
from knowledge_base.saved_tenders import save_tender

from .config import result_max_age
from .drafting import CheckReport, Draft, DraftRequest, TenderInfo, check_draft, draft_proposal
from .drafting.models import Library
from .drafting.record_words import shown_records
from .matching import TOP_HITS, fetch_records, match_tender_goals, pick_evidence
from .matching.criteria import with_goals_by_meaning
from .matching.audience import tender_families
from .matching.fit import FIT_TOP, fits_from_hits, goal_fits
from .matching.library import choose_library
from .tender import DEFAULT_MAX_BYTES, Block, Goal, TenderAnalysis, analyse_blocks, read_pasted, read_tender
from .tender.goal import goals_from_records, goals_to_records
from .tender.intake import tender_record
from .tender.lot_choice import choose_lots, for_chosen_lots
from .tender.extraction.lots import area_places


def read(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> list[Block]:
    """Step 1: an uploaded tender's blocks; raises TenderReadError (a Dutch message) when unreadable."""
    return read_tender(data, filename, max_bytes)


def read_text(text: str) -> list[Block]:
    """Step 1, pasted: the blocks of pasted tender text."""
    return read_pasted(text)


def analyse(blocks: list[Block]) -> TenderAnalysis:
    """Step 2: the goals and facts of a tender."""
    return analyse_blocks(blocks)


def tender_from_analysis(analysis: TenderAnalysis, filename: str = "", title: str = "",
                         municipality: str = "") -> dict:
    """Step 3a: the tender in its saved shape; an empty title or municipality is guessed from the text."""
    return tender_record(analysis, title=title, municipality=municipality, source_name=filename)


def store(db: sqlite_utils.Database, tender: dict, user: str = "") -> dict:
    """Step 3b: save a new tender; returns it as stored, with its id and version."""
    return save_tender(db, tender, user=user)


def match(db: sqlite_utils.Database, goals: list[Goal], embedder: Embedder, top: int = TOP_HITS) -> list[list[Hit]]:
    """Step 4: ranked evidence per goal."""
    return match_tender_goals(db, goals, embedder, top)


def choose(db: sqlite_utils.Database, goals: list[Goal], embedder: Embedder, top: int = TOP_HITS) -> list[Goal]:
    """Step 5, unattended: the goals with the recommended evidence picked (the director picks in the workbench)."""
    return choose_and_fit(db, goals, embedder, top)[0]


def choose_and_fit(db: sqlite_utils.Database, goals: list[Goal], embedder: Embedder,
                   top: int = TOP_HITS) -> tuple[list[Goal], dict[int, set[str]]]:
    """The picks of `choose` and, from the same matches, the refs that fit each goal (one search per goal)."""
    hits = match(db, goals, embedder, max(top, FIT_TOP))
    records = fetch_records(db, (hit.ref for goal_hits in hits for hit in goal_hits))
    tender = tender_families(goals)
    chosen = [replace(goal, evidence=pick_evidence(goal_hits, records, goal, tender, top))
              for goal, goal_hits in zip(goals, hits)]
    return chosen, fits_from_hits(hits, records, goals)


def tender_info(tender: dict, organisation: str, date: dt.date | None = None) -> TenderInfo:
    """The tender facts the draft needs; the draft is dated today unless told otherwise."""
    criteria = [c for c in tender.get("criteria") or [] if (c.get("name") if isinstance(c, dict) else str(c).strip())]
    municipality = tender.get("municipality") or ""
    return TenderInfo(title=tender.get("title") or "", municipality=municipality, organisation=organisation,
                      date=date or dt.date.today(), page_limit=tender.get("page_limit") or None, criteria=criteria,
                      route=tender.get("route") or "", municipalities=list(tender.get("municipalities") or []),
                      requirements=list(tender.get("requirements") or []), budget=tender.get("budget") or "",
                      deadline=tender.get("deadline") or "", excluding_appendices=tender.get("excluding_appendices"),
                      page_limit_part=tender.get("page_limit_part") or "", lots=list(tender.get("lots") or []),
                      anonymous=bool(tender.get("anonymous")), ambition=tender.get("ambition") or "",
                      bid_lots=list(tender.get("bid_lots") or []),
                      area=area_places([str(b.get("text") or "") for b in tender.get("blocks") or [] if isinstance(b, dict)]))


def library_for(db: sqlite_utils.Database, tender: dict, goals: list[Goal], embedder: Embedder | None = None,
                today: dt.date | None = None) -> Library:
    """Step 5b: the answer library's records for this tender (chosen by meaning with an embedder, else by
    words), and why any record of the knowledge base is stale on `today`."""
    words = " ".join(str(b.get("text", "")) for b in tender.get("blocks") or [] if isinstance(b, dict))
    words = words or " ".join([tender.get("title") or "", *(str(r.get("text", "")) for r in tender.get("requirements") or [])])
    stale: dict[str, str] = {}
    for item in stale_records(db, today or dt.date.today(), result_max_age()):
        stale[item.ref] = f"{stale[item.ref]}; {item.reason}" if item.ref in stale else item.reason
    return Library(**choose_library(db, words, [goal.text for goal in goals], embedder), stale=stale)


def outline_request(tender: dict, records: dict[str, dict], organisation: str, date: dt.date | None = None,
                    fits: dict[int, set[str]] | None = None,
                    library: Library | None = None) -> tuple[DraftRequest, list[str]]:
    """Step 6: the draft request for the tender's goals and chosen records, and notices for refs now missing.

    `fits` holds per goal the refs that match that goal itself; chosen records outside it are left out.
    """
    goals = goals_from_records(tender.get("goals") or [])
    notices = []
    for goal in goals:
        missing = [ref for ref in goal.evidence if ref not in records]
        if missing:
            notices.append(f"Bij het doel ‘{goal.text[:80]}’ is gekozen bewijs niet meer in de "
                           f"kennisbank en weggelaten: {', '.join(missing)}.")
    info = tender_info(tender, organisation, date)
    records = shown_records(records, [info.municipality, *info.municipalities], info.area)
    return DraftRequest(info, goals, records, fits, library or Library()), notices


def write(request: DraftRequest, template=None, soffice: str | None = None, workdir=None) -> Draft:
    """Step 7: the Word draft in the house style (`template`: a .docx path or bytes; None: ours), fitted
    to the page limits by rendering it with LibreOffice in `workdir` (`soffice=""`: estimated)."""
    return draft_proposal(request, template, soffice, workdir)


def check(draft: Draft, request: DraftRequest, soffice: str | None = None, workdir=None) -> CheckReport:
    """Step 8: the checks before download."""
    return check_draft(draft, request, soffice=soffice, workdir=workdir)


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
                 check_it: bool = True, soffice: str | None = None, workdir=None,
                 embedder: Embedder | None = None, fits: dict[int, set[str]] | None = None,
                 today: dt.date | None = None) -> CheckedDraft:
    """Steps 6-8 for a tender with its chosen evidence: outline, write and (unless told not to) check.

    With an `embedder` (or the `fits` already measured), chosen records that do not match their goal
    itself are left out with a notice; with an `embedder`, goals the tender links to no criterion are
    placed under the approach criterion nearest in meaning (`matching.criteria`).
    """
    tender = for_chosen_lots(tender)  # only the lots the organisation bids for
    goals = goals_from_records(tender.get("goals") or [])
    records = fetch_records(db, (ref for goal in goals for ref in goal.evidence))
    # the project behind a chosen result, so the draft names the work that achieved it (never placed as evidence)
    records.update(fetch_records(db, [r["project"] for r in list(records.values()) if r.get("type") == "result"
                                      and r.get("project") and r["project"] not in records]))
    if fits is None and embedder is not None and goals:
        fits = goal_fits(db, goals, embedder)
    library = library_for(db, tender, goals, embedder, today)
    if embedder is not None and tender.get("criteria"):
        tender = {**tender, "criteria": with_goals_by_meaning(tender["criteria"], goals, embedder)}
    request, notices = outline_request(tender, records, organisation, today, fits=fits, library=library)
    draft = write(request, template, soffice, workdir)
    report = check(draft, request, soffice=soffice, workdir=workdir) if check_it else None
    return CheckedDraft(draft, report, request, notices + draft.notices)


def unattended_draft(db: sqlite_utils.Database, data: bytes, filename: str, embedder: Embedder,
                     organisation: str, template=None, top: int = TOP_HITS,
                     soffice: str | None = None, workdir=None, lots: list[str] = ()) -> tuple[dict, CheckedDraft]:
    """The whole chain without a person: read, analyse, match, choose, outline, write, check; with `lots` (as a
    person names them: "2", "perceel 2", a name) only for those lots.

    Raises the tender reader's TenderReadError (a Dutch message) when the file cannot be read, and LotChoiceError
    when a lot named is not in the tender.
    """
    tender = tender_from_analysis(analyse(read(data, filename)), filename)
    tender = for_chosen_lots(choose_lots(tender, lots)) if lots else tender
    chosen, fits = choose_and_fit(db, goals_from_records(tender["goals"]), embedder, top)
    tender["goals"] = goals_to_records(chosen)
    return tender, draft_tender(db, tender, organisation, template, soffice=soffice, workdir=workdir, fits=fits,
                                embedder=embedder)


def draft_filename(title: str) -> str:
    """A safe download name for the draft, e.g. "voorstel-sociale-basis-zaanstad.docx"."""
    # Signs without an ASCII form (an en dash in "2027–2030") part words, as a hyphen would.
    ascii_title = unicodedata.normalize("NFKD", re.sub(r"[^\w]+", " ", title)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-")
    return f"voorstel-{slug or 'concept'}.docx"
