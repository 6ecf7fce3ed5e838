"""Small knowledge-base records and a draft request shared by the drafting tests."""
from __future__ import annotations

import io

import docx

from knowledge_base.records import normalise
from proposal_builder.drafting import DraftRequest, TenderInfo
from proposal_builder.tender import Goal

METHOD = normalise({
    "ref": "M01", "type": "method", "title": "Maatjes Dichtbij",
    "summary": "Een vrijwilliger en een inwoner ondernemen wekelijks iets samen.",
    "evidence_level": "goed onderbouwd",
    "databank": "Databank Effectieve sociale interventies (Movisie)", "recognised_on": "2022-03-14"})
UNRECOGNISED = normalise({"ref": "M02", "type": "method", "title": "Buurtkamer",
                          "summary": "Een huiskamer in de wijk."})
PROJECT = normalise({
    "ref": "P01", "type": "project", "title": "Samen Thuis", "municipality": "Zaanstad",
    "period": "2022-2024", "summary": "Maatjes voor ouderen in twee wijken.",
    "partners": ["Huisartsen Zaandam-Oost", "Wijkverpleging"], "methods": ["M01"],
    "results": [{"indicator": "bezochte ouderen", "value": "180", "unit": "ouderen",
                 "story": "Mevrouw K. gaat weer naar de markt."}]})
RESULT_CONSENT = normalise({
    "ref": "R01", "type": "result", "title": "Minder eenzaamheid", "project": "P01",
    "indicator": "deelnemers die zich minder eenzaam voelen", "value": "72", "unit": "%",
    "period": "2023", "story": "Meneer J. wandelt nu elke dinsdag met zijn maatje.",
    "consent": True, "pseudonymised": True})
RESULT_NO_CONSENT = normalise({
    "ref": "R02", "type": "result", "title": "Ontlaste mantelzorgers",
    "indicator": "gemiddelde uren respijt per week", "value": "3,5", "unit": "uur",
    "period": "2021-2022", "story": "Mevrouw V. sliep eindelijk weer een nacht door.",
    "consent": False})

GOAL_TEXTS = [
    "Minder inwoners voelen zich eenzaam; in 2027 is het aandeel ernstig eenzamen gedaald naar 8%.",
    "Mantelzorgers voelen zich gesteund en ontlast.",
    "Jongeren hebben een zinvolle vrijetijdsbesteding.",
]


def sample_request(page_limit: int | None = None, criteria=("Impact en kwaliteit (60 punten)",),
                   route: str = "") -> DraftRequest:
    """Three goals: one well evidenced, one with a result only, one without evidence."""
    chosen = [METHOD, UNRECOGNISED, PROJECT, RESULT_CONSENT, RESULT_NO_CONSENT]
    goals = [
        Goal(GOAL_TEXTS[0], section=["Thema 1 Meedoen"], indicator="Aandeel ernstig eenzamen",
             target="8% in 2027", evidence=[METHOD["ref"], UNRECOGNISED["ref"], PROJECT["ref"], RESULT_CONSENT["ref"]]),
        Goal(GOAL_TEXTS[1], section=["Thema 2 Mantelzorg"], evidence=[RESULT_NO_CONSENT["ref"]]),
        Goal(GOAL_TEXTS[2], kind="output"),
    ]
    tender = TenderInfo("Sociale basis Zaanstad 2026-2029", "Zaanstad", "Stichting Welzijn Zaanstreek",
                        "2025-11-14", page_limit, list(criteria), route)
    return DraftRequest(tender, goals, {record["ref"]: record for record in chosen})


def open_docx(data: bytes):
    """Open generated .docx bytes again with python-docx."""
    return docx.Document(io.BytesIO(data))


def body_texts(document) -> list[str]:
    """The text of every body paragraph outside tables."""
    return [p.text for p in document.paragraphs]
