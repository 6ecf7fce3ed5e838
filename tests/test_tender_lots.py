"""Lots (percelen, thema's) as a tender fact: read from a real .docx and PDF with their goals, budget, places,
page limit and source block, and a limit per lot applied to each lot's chapter of the draft, not to the whole."""
from __future__ import annotations

import datetime as dt
import shutil

import docx
import pytest

from knowledge_base import open_db
from knowledge_base.saved_tenders import get_tender, save_tender
from proposal_builder import pipeline
from proposal_builder.cli import cli
from proposal_builder.drafting import DraftRequest
from proposal_builder.tender import analyse_tender
from proposal_builder.tender.intake import tender_record

from .lot_samples import LOTS_TENDER, pdf_elements
from .tender_samples import docx_bytes, pdf_bytes

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_each_lot_is_read_with_its_goals_budget_places_page_limit_and_source_block(fmt):
    data = docx_bytes(LOTS_TENDER) if fmt == "docx" else pdf_bytes(pdf_elements())
    analysis = analyse_tender(data, f"openhouse.{fmt}")
    lots = analysis.lots
    assert [lot.title for lot in lots] == ["Perceel 1 Mantelzorg", "Perceel 2 Geldzorgen"]
    assert [[analysis.goals[n - 1].text for n in lot.goals] for lot in lots] == [
        ["Mantelzorgers zijn minder zwaar belast.", "Mantelzorgers weten waar zij terechtkunnen voor respijt."],
        ["Inwoners met geldzorgen houden hun administratie op orde.",
         "Minder huishoudens krijgen een betalingsachterstand."]]
    assert [lot.budget for lot in lots] == [120_000, 80_000]
    assert [lot.page_limit for lot in lots] == [2, 2]  # "twee A4'tjes per perceel"
    assert [analysis.blocks[lot.block].text for lot in lots] == ["Perceel 1 Mantelzorg", "Perceel 2 Geldzorgen"]
    if fmt == "docx":  # the table of lots against places: "nee" for Wormer in lot 2
        assert [lot.places for lot in lots] == [["Zaanstad", "Wormer"], ["Zaanstad"]]


def test_a_line_naming_two_lots_at_once_starts_neither():
    elements = [*LOTS_TENDER[:4], ("h2", "Perceel 1 Mantelzorg en perceel 2 Geldzorgen"), *LOTS_TENDER[4:]]
    lots = analyse_tender(docx_bytes(elements), "openhouse.docx").lots
    assert [lot.title for lot in lots] == ["Perceel 1 Mantelzorg", "Perceel 2 Geldzorgen"]


def _request(elements, goals_kept=None, route: str = "") -> DraftRequest:
    tender = tender_record(analyse_tender(docx_bytes(elements), "openhouse.docx"))
    tender["route"] = route or tender["route"]
    if goals_kept is not None:
        tender["goals"] = [goal for n, goal in enumerate(tender["goals"], start=1) if n in goals_kept]
        for lot in tender["lots"]:  # as the director renumbers: the kept goals in order
            lot["goals"] = [goals_kept.index(n) + 1 for n in lot["goals"] if n in goals_kept]
    request, _ = pipeline.outline_request(tender, {}, "Stichting Welzijn De Brug", dt.date(2027, 1, 10))
    return request


def test_a_limit_per_lot_binds_each_lot_when_several_are_answered_and_the_whole_when_one_is():
    assert _request(LOTS_TENDER).tender.page_limit == 2  # as the tender's limit reads it
    assert _request(LOTS_TENDER).page_limit is None  # each lot's chapter carries its own two pages
    assert _request(LOTS_TENDER, goals_kept=[3, 4]).page_limit == 2  # one lot chosen: the whole
    total = [*LOTS_TENDER, ("para", "De aanmelding telt in totaal maximaal 10 pagina's.")]
    assert _request(total).tender.page_limit == 10 and _request(total).page_limit == 10
    # a subsidy answers its themes in one activity plan, without a chapter per lot: the limit stays the whole's
    assert _request(LOTS_TENDER, route="subsidie").page_limit == 2


def test_the_draft_gives_each_lot_its_own_chapter_with_the_lots_page_limit_as_its_budget():
    request = _request(LOTS_TENDER)
    outline = pipeline.write(request, soffice="").outline
    assert outline.budgets == {"Perceel 1 Mantelzorg": 2, "Perceel 2 Geldzorgen": 2}


def test_a_saved_tender_keeps_its_lots(db_path):
    db = open_db(db_path)
    tender = tender_record(analyse_tender(docx_bytes(LOTS_TENDER), "openhouse.docx"))
    saved = get_tender(db, save_tender(db, tender, user="directeur")["id"])
    assert [(lot["label"], lot["name"], lot["goals"], lot["page_limit"]) for lot in saved["lots"]] == [
        ("Perceel 1", "Mantelzorg", [1, 2], 2), ("Perceel 2", "Geldzorgen", [3, 4], 2)]


@needs_soffice
def test_unattended_draft_fits_each_lot_to_its_limit_and_reports_pages_per_lot(runner, demo_slice, tmp_path):
    source, out = tmp_path / "openhouse.docx", tmp_path / "concept.docx"
    source.write_bytes(docx_bytes(LOTS_TENDER))
    result = runner.invoke(cli, ["draft", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    chapters = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert "Perceel 1 Mantelzorg" in chapters and "Perceel 2 Geldzorgen" in chapters
    lines = {line.strip().split(":")[0]: line for line in result.output.splitlines()}
    for lot in ("Perceel 1 Mantelzorg", "Perceel 2 Geldzorgen"):
        pages = int(lines[lot].split(":")[1].split()[0])
        assert 1 <= pages <= 2 and "van maximaal 2 pagina's" in lines[lot]
    omvang = next(line for line in result.output.splitlines() if "omvang:" in line)
    assert "maximaal" not in omvang  # two pages are each lot's, not the whole application's
