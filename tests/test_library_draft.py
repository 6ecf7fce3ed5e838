"""Drafts fill their standard chapters and requirement tables from the answer library (real .docx, real SQLite)."""
import io
from datetime import date

import docx
import pytest

from knowledge_base import save_record
from proposal_builder.drafting import DraftRequest, TenderInfo, build_outline
from proposal_builder.drafting.document import Table
from proposal_builder.drafting.models import Library
from proposal_builder.matching.library import choose_library
from proposal_builder.pipeline import draft_tender

from .fake_embedder import FakeEmbedder

LIBRARY = [
    {"ref": "ORG01", "type": "organisation", "title": "De Brug", "mission": "Iedereen doet mee.",
     "proposition": "Wij werken met vaste wijkteams en 340 getrainde vrijwilligers."},
    {"ref": "TM01", "type": "team_member", "title": "Sanne de Vries", "role": "consulent mantelzorg", "hours": "28",
     "expertise": "mantelzorgers ondersteunen en ontlasten, respijtzorg", "consent": True},
    {"ref": "TM02", "type": "team_member", "title": "Jan Geheim", "role": "consulent mantelzorg",
     "expertise": "mantelzorgers ondersteunen", "consent": False},
    {"ref": "TM03", "type": "team_member", "title": "Youssef Amrani", "role": "jongerenwerker",
     "expertise": "straathoekwerk met jongeren", "consent": True},
    {"ref": "PA01", "type": "partner", "title": "Mantelzorgsteunpunt", "partner_role": "respijtzorg voor mantelzorgers",
     "since": "2017"},
    {"ref": "BW01", "type": "proof", "title": "HKZ-certificaat", "proof_kind": "HKZ", "number": "HKZ-4411",
     "valid_until": "2027-03-31"},
    {"ref": "BW02", "type": "proof", "title": "Uittreksel KvK", "proof_kind": "KvK", "number": "41234567",
     "summary": "Wij staan ingeschreven in het Handelsregister."},
    {"ref": "ST01", "type": "standard_text", "title": "Kwaliteitszorg", "topic": "kwaliteit",
     "summary": "Ons kwaliteitssysteem is HKZ-gecertificeerd en wij houden jaarlijks interne audits.",
     "variants": [{"route": "aanbesteding", "length": "kort", "text": "Wij zijn HKZ-gecertificeerd (kort)."}]},
    {"ref": "ST02", "type": "standard_text", "title": "Privacy", "topic": "privacy",
     "summary": "Wij werken volgens de AVG met een functionaris gegevensbescherming."},
    {"ref": "ST03", "type": "standard_text", "title": "Risico's", "topic": "risico's",
     "summary": "Bij uitval van een professional neemt een collega uit het vaste team het werk over."},
    {"ref": "ST04", "type": "standard_text", "title": "Samenwerken", "topic": "samenwerking",
     "summary": "Met partners maken wij afspraken over doorverwijzing in beide richtingen."},
]
TENDER = {
    "title": "Mantelzorg Oostervaart", "municipality": "Oostervaart", "route": "aanbesteding",
    "criteria": [{"name": "Plan van aanpak", "goals": [1]}, {"name": "Samenwerking met partners"},
                 {"name": "Kwaliteit en veiligheid", "page_limit": 1}, {"name": "Personeel en deskundigheid"},
                 {"name": "Risico's en borging"}, {"name": "Presentatie"}],
    "requirements": [{"text": "De inschrijver beschikt over een HKZ-certificaat.", "kind": "minimum"},
                     {"text": "De inschrijver staat ingeschreven bij de Kamer van Koophandel.", "kind": "minimum"},
                     {"text": "De inschrijver levert drie referenties.", "kind": "minimum"}],
    "blocks": [{"text": "Mantelzorg Oostervaart. De opdrachtnemer werkt volgens de AVG (privacy)."}],
    "goals": [{"text": "Mantelzorgers voelen zich ondersteund en ontlast.", "evidence": []}],
}


@pytest.fixture
def library_db(db):
    for record in LIBRARY:
        save_record(db, record)
    return db


def _chapters(data: bytes) -> dict[str, str]:
    """Each level-1 heading with the text under it."""
    chapters, current = {}, ""
    for paragraph in docx.Document(io.BytesIO(data)).paragraphs:
        if paragraph.style.name == "Heading 1":
            current = paragraph.text
            chapters[current] = ""
        else:
            chapters[current] = chapters.get(current, "") + paragraph.text + "\n"
    return chapters


def _requirement_rows(data: bytes) -> list[list[str]]:
    table = next(t for t in docx.Document(io.BytesIO(data)).tables if t.rows[0].cells[0].text == "Eis")
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


@pytest.mark.parametrize("embedder", [FakeEmbedder(), None], ids=["by meaning", "by words"])
def test_standard_chapters_and_requirement_table_come_from_the_library(library_db, embedder):
    checked = draft_tender(library_db, TENDER, "De Brug", soffice="", embedder=embedder, today=date(2026, 6, 1))
    chapters = _chapters(checked.docx)
    assert "Waarom wij: Wij werken met vaste wijkteams" in chapters["Samenvatting"]
    assert "Mantelzorgsteunpunt: respijtzorg voor mantelzorgers, partner sinds 2017." in chapters["Samenwerking met partners"]
    assert "afspraken over doorverwijzing" in chapters["Samenwerking met partners"]
    assert "Sanne de Vries (consulent mantelzorg, 28 uur per week)" in chapters["Personeel en deskundigheid"]
    assert "Jan Geheim" not in str(chapters)  # no consent to be named
    assert "Youssef" not in str(chapters)  # his expertise does not fit the goal
    quality = chapters["Kwaliteit en veiligheid"]  # one page: the short variant for an aanbesteding
    assert "Wij zijn HKZ-gecertificeerd (kort)." in quality and "interne audits" not in quality
    assert "AVG" in quality  # the tender names privacy, and this criterion is about quality and safety
    assert "Kwaliteit, privacy en veiligheid" not in chapters  # so no chapter of our own for it
    assert "collega uit het vaste team" in chapters["Risico's en borging"]
    rows = _requirement_rows(checked.docx)
    assert rows[0][1] == "Zie hoofdstuk ‘Kwaliteit en veiligheid’."  # its text is there already, not twice
    assert rows[0][2] == "HKZ-certificaat, nr. HKZ-4411, geldig tot 31 maart 2027 (BW01)"
    assert rows[1][1:] == ["Wij staan ingeschreven in het Handelsregister.", "Uittreksel KvK, nr. 41234567 (BW02)"]
    assert rows[2][1:] == ["[hoe wij voldoen]", "[bewijsstuk]"]  # no proof for references: the director's
    interview = chapters["Bijlage: voorbereiding presentatie"]
    assert "Sanne de Vries, consulent mantelzorg" in interview and "deelnemers" not in interview
    assert not checked.report.untraced, checked.report.untraced
    assert not [w for w in checked.report.warnings if "twee keer" in w]  # "28", "2017", "340" trace to the library


def test_the_library_leaves_fewer_places_for_the_director(library_db, db_path):
    with_library = draft_tender(library_db, TENDER, "De Brug", soffice="", today=date(2026, 6, 1))
    for record in LIBRARY:
        from knowledge_base import delete_record
        delete_record(library_db, record["ref"])
    without = draft_tender(library_db, TENDER, "De Brug", soffice="", today=date(2026, 6, 1))
    assert with_library.report.placeholders < without.report.placeholders
    assert "kernboodschap" in "\n".join(_chapters(without.docx)["Samenvatting"].splitlines())
    assert "kernboodschap" not in _chapters(with_library.docx)["Samenvatting"]


def test_stale_library_content_in_the_draft_is_warned_about(library_db):
    fresh = draft_tender(library_db, TENDER, "De Brug", soffice="", today=date(2026, 6, 1))
    assert not [w for w in fresh.report.warnings if w.startswith("Verouderd")]
    late = draft_tender(library_db, TENDER, "De Brug", soffice="", today=date(2027, 4, 2))
    warnings = [w for w in late.report.warnings if w.startswith("Verouderd")]
    assert len(warnings) == 1 and "BW01" in warnings[0] and "verlopen" in warnings[0]


def test_variant_follows_route_and_room():
    text = {"ref": "ST01", "type": "standard_text", "title": "Kwaliteit", "summary": "Lange tekst over kwaliteit.",
            "extra": {"topic": "kwaliteit", "short": "Korte tekst.",
                      "variants": [{"route": "open house", "length": "kort", "text": "Open House-tekst."}]}}
    tender = TenderInfo("Uitvraag", "Oostervaart", "De Brug", criteria=[{"name": "Kwaliteit", "page_limit": 3}])
    library = Library(texts=[text])
    outline_text = lambda request: "\n".join(getattr(b, "text", "") for b in build_outline(request).blocks)  # noqa: E731
    assert "Lange tekst over kwaliteit." in outline_text(DraftRequest(tender, [], library=library))
    tender.criteria[0].page_limit = 1
    assert "Korte tekst." in outline_text(DraftRequest(tender, [], library=library))
    tender.route, tender.requirements = "open house", [{"text": "Een keurmerk zoals HKZ.", "kind": "admission"}]
    table = next(b for b in build_outline(DraftRequest(tender, [], library=library)).blocks if isinstance(b, Table))
    assert table.rows[0][1][0][0].text == "Open House-tekst."  # the variant for the route, in the admission table


def test_choose_library_names_only_consenting_fitting_members(library_db):
    chosen = choose_library(library_db, "Mantelzorg", ["Mantelzorgers voelen zich ondersteund en ontlast."],
                            FakeEmbedder())
    assert [m["ref"] for m in chosen["team"]] == ["TM01"]
    assert chosen["organisation"]["ref"] == "ORG01" and {p["ref"] for p in chosen["proofs"]} == {"BW01", "BW02"}
    assert chosen["asked"] == []  # the words say nothing of privacy, meldcode or complaints
    assert "privacy" in choose_library(library_db, "Werk volgens de AVG.", [], None)["asked"]
