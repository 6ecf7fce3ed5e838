"""Build the outline of a Dutch proposal from a tender, its goals and the chosen evidence."""
from __future__ import annotations

from knowledge_base.records import RECORD_TYPES

from .document import Element, Heading, Outline, PageBreak, Run, Table, para, placeholder
from .. import dutch
from .citations import NO_RECOGNITION, level_label, source, value_text
from .evidence import GoalEvidence, gather, used_records
from .goal_section import goal_blocks, measure_lines
from .models import DraftRequest, TenderInfo

OVERVIEW_TITLE = "Aansluiting bij de doelen van de gemeente"
APPROACH_TITLE = "Onze aanpak per doel"
APPENDIX_TITLE = "Bijlage: gebruikte bronnen uit de kennisbank"
OVERVIEW_HEADER = ["Doel van de gemeente", "Onze aanpak", "Bewijs", "Wat we meten"]
APPENDIX_HEADER = ["Bron", "Soort", "Titel"]
# Chapters only the director can write: (title, what to write).
DIRECTOR_CHAPTERS = (
    ("Meerwaarde en innovatie", "meerwaarde", "wat is nieuw, onderscheidend en aanvullend aan uw aanbod"),
    ("Uitvoering en planning", "planning", "fasering, mijlpalen en start van de uitvoering"),
    ("Personeel en deskundigheid", "personeel", "inzet in fte, opleiding en deskundigheid van het team"),
    ("Risico's en borging", "risico's en borging", "belangrijkste risico's, maatregelen en continuïteit"),
)


def _title_page(tender: TenderInfo) -> list[Element]:
    facts = [("Aanbieder", tender.organisation), ("Gemeente", tender.municipality),
             ("Datum", dutch.date(tender.date) if tender.date else "")]
    return [para(f"Voorstel aan de gemeente {tender.municipality}", role="subtitle"),
            para(tender.title, role="title"),
            para(f"Ingediend door {tender.organisation}", role="subtitle"),
            *(para(Run(f"{label}: ", "bold"), value) for label, value in facts if value),
            PageBreak()]


def _summary(request: DraftRequest) -> list[Element]:
    tender = request.tender
    blocks: list[Element] = [
        Heading("Samenvatting", 1, numbered=False),
        para(f"Met dit voorstel reageert {tender.organisation} op de uitvraag ‘{tender.title}’ van de "
             f"gemeente {tender.municipality}. Wij sluiten aan bij de ambitie van de gemeente en "
             "werken aan de doelen die de gemeente zelf heeft geformuleerd:"),
        *(para(goal.text.strip(), role="bullet") for goal in request.goals),
        para("Per doel beschrijven wij onze aanpak, de methodieken die wij inzetten, de resultaten die "
             "wij eerder aantoonbaar hebben behaald en wat wij gaan meten. Elk cijfer en elk voorbeeld "
             "is herleidbaar tot onze kennisbank; de bronnen staan in de bijlage."),
    ]
    if tender.criteria:
        blocks.append(para("De gemeente beoordeelt de voorstellen op de volgende gunningscriteria:"))
        blocks += [para(c.strip(), role="bullet") for c in tender.criteria if c.strip()]
    blocks.append(placeholder("kernboodschap", "waarom juist uw organisatie, in twee of drie zinnen"))
    return blocks


def _level_runs(method: dict) -> list[Run]:
    level = level_label(method.get("evidence_level", ""))
    return [Run(level, "italic")] if level else [Run(NO_RECOGNITION)]


def _evidence_lines(goal_evidence: GoalEvidence) -> list[list[Run]]:
    lines = [[Run(m.get("title", "") + ": "), *_level_runs(m), Run(" "), source(m.get("ref", ""))]
             for m in goal_evidence.methods]
    lines += [[Run(f"{r.indicator or r.title}: {value_text(r.value, r.unit)} "), source(r.ref)]
              for r in goal_evidence.results if r.value]
    return lines


def _overview(request: DraftRequest, evidence: list[GoalEvidence]) -> list[Element]:
    missing = [[Run("[IN TE VULLEN DOOR DIRECTIE]", "placeholder")]]
    rows = []
    for goal, goal_evidence in zip(request.goals, evidence):
        approach = [[Run(r.get("title", "") + " "), source(r.get("ref", ""))]
                    for r in goal_evidence.methods + goal_evidence.projects]
        rows.append([[[Run(goal.text.strip())]], approach or missing,
                     _evidence_lines(goal_evidence) or missing,
                     measure_lines(goal, goal_evidence) or missing])
    return [Heading(OVERVIEW_TITLE, 1),
            para("De tabel laat per doel van de gemeente zien hoe wij werken, welk bewijs daaronder "
                 "ligt en wat wij meten. De doelen staan er letterlijk zoals de gemeente ze formuleert."),
            Table(OVERVIEW_HEADER, rows, widths_cm=[3.7, 3.5, 4.6, 4.2])]


def _goals(request: DraftRequest, evidence: list[GoalEvidence], notices: list[str]) -> list[Element]:
    blocks: list[Element] = [Heading(APPROACH_TITLE, 1)]
    for goal, goal_evidence in zip(request.goals, evidence):
        blocks += goal_blocks(goal, goal_evidence, request.tender.municipality, notices)
    return blocks


def _cooperation(records: list[dict]) -> list[Element]:
    blocks: list[Element] = [Heading("Samenwerking en netwerk", 1)]
    projects = [r for r in records if r.get("type") == "project" and r.get("partners")]
    if projects:
        blocks.append(para("In de projecten waarop dit voorstel steunt, werkten wij samen met "
                           "deze partners:"))
        blocks += [para(Run(p.get("title", ""), "bold"), ": " + ", ".join(p["partners"]) + " ",
                        source(p.get("ref", "")), role="bullet") for p in projects]
    else:
        blocks.append(para("In de gekozen projecten zijn nog geen samenwerkingspartners vastgelegd."))
    blocks.append(placeholder("samenwerking", "rol van de partners in deze opdracht, afspraken over "
                              "doorverwijzing en overleg met de gemeente"))
    return blocks


def _director_chapters() -> list[Element]:
    blocks: list[Element] = []
    for title, topic, hint in DIRECTOR_CHAPTERS:
        blocks += [Heading(title, 1), placeholder(topic, hint)]
    blocks += [Heading("Monitoring en verantwoording", 1),
               para("Wij volgen de indicatoren die bij elk doel onder ‘Wat we meten’ staan en "
                    "rapporteren daarover aan de gemeente: tellen én vertellen, met cijfers en de "
                    "verhalen erachter."),
               placeholder("monitoring", "nulmeting, meetmomenten en rapportage aan de gemeente"),
               Heading("Begroting", 1),
               placeholder("begroting", "kosten per onderdeel, tarieven en dekking")]
    return blocks


def _appendix(records: list[dict]) -> list[Element]:
    rows = [[[[Run(r.get("ref", ""))]], [[Run(RECORD_TYPES.get(r.get("type", ""), r.get("type", "")))]],
             [[Run(r.get("title", ""))]]] for r in sorted(records, key=lambda r: r.get("ref", ""))]
    intro = ("Alle bronnen hieronder komen uit de kennisbank van de organisatie. De codes staan in "
             "de tekst tussen haakjes achter elke bewering.")
    return [PageBreak(), Heading(APPENDIX_TITLE, 1, numbered=False), para(intro),
            Table(APPENDIX_HEADER, rows, widths_cm=[2.0, 3.0, 11.0])]


def build_outline(request: DraftRequest) -> Outline:
    """The full outline: title page, summary, overview table, goal sections, chapters, appendix."""
    records = used_records(request)
    projects = {r.get("ref", ""): r for r in records if r.get("type") == "project"}
    evidence = [gather(request.evidence(goal), projects) for goal in request.goals]
    outline = Outline(used_records=records)
    outline.add(*_title_page(request.tender), *_summary(request), *_overview(request, evidence))
    outline.add(Heading("Analyse van de opgave en de doelgroep", 1),
                placeholder("analyse", "de opgave en de doelgroep in deze gemeente, met lokale cijfers"))
    outline.add(*_goals(request, evidence, outline.notices), *_cooperation(records))
    outline.add(*_director_chapters(), *_appendix(records))
    return outline
