"""A tender assessed anonymously gets a draft that names no organisation, project or team member: the title,
cover, header and text say "onze organisatie" and "project A", numbers keep their source codes, and the checks
list any name the director typed back in."""
from __future__ import annotations

from dataclasses import replace

from proposal_builder.drafting import CriterionInfo, check_draft, draft_proposal
from proposal_builder.drafting.models import Library
from tests.drafting_samples import open_docx, sample_request

ORGANISATION = "Stichting Welzijn Zaanstreek"
MEMBER = {"ref": "T01", "type": "team", "title": "Fatima el Amrani",
          "extra": {"role": "Coördinator", "hours": "24", "expertise": "buurtnetwerken"}}


def _anonymous(request):
    tender = replace(request.tender, anonymous=True, criteria=["Plan van aanpak (60%)", "Personeel en team (40%)"],
                     route="aanbesteding")
    return replace(request, tender=tender, library=Library(team=[MEMBER]))


def _all_text(document) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    headers = [p.text for section in document.sections for p in section.header.paragraphs]
    return "\n".join([p.text for p in document.paragraphs] + cells + headers)


def test_an_anonymous_draft_names_no_organisation_project_or_person_and_keeps_its_sources():
    request = _anonymous(sample_request())
    draft = draft_proposal(request, soffice="")
    document = open_docx(draft.docx)
    text = _all_text(document)
    assert ORGANISATION not in text and "Samen Thuis" not in text and "Fatima" not in text
    assert document.paragraphs[1].text.startswith("Plan van aanpak — ")  # the title, not "Voorstel <naam>"
    assert "Aanbieder:" not in text and document.core_properties.author == ""
    assert "project A" in text and "(P01" in text  # the project still referred to, its number still traced
    assert "project project" not in text
    assert "Coördinator" in text  # the team member by role
    assert not any("geanonimiseerd" in finding for finding, _ in check_draft(draft, request, soffice="").findings)


def test_a_name_typed_back_into_an_anonymous_draft_is_found_by_the_checks():
    request = _anonymous(sample_request())
    request.goals[1].own_text = f"{ORGANISATION} werkt al tien jaar met mantelzorgers in Zaanstad."
    draft = draft_proposal(request, soffice="")
    findings = [finding for finding, _ in check_draft(draft, request, soffice="").findings]
    assert any(f"noemt ‘{ORGANISATION}’ (1 keer)" in finding for finding in findings)


def test_a_draft_for_a_tender_assessed_by_name_keeps_the_names():
    request = sample_request()
    text = _all_text(open_docx(draft_proposal(request, soffice="").docx))
    assert ORGANISATION in text and "Samen Thuis" in text


def test_an_anonymous_project_that_stands_for_our_approach_says_what_the_work_is():
    request = sample_request()
    request.records["P01"] = dict(request.records["P01"], target_group="ouderen die alleen wonen")
    request.goals[1].evidence = ["P01"]  # the project alone: it is the approach of this goal
    request.goals[0].evidence = ["M01", "R01"]
    text = _all_text(open_docx(draft_proposal(_anonymous(request), soffice="").docx))
    assert "bouwen wij voort op ons werk met Maatjes Dichtbij voor ouderen die alleen wonen (project A), dat wij" in text
    # the cooperation chapter names the partners by that work too
    request = _anonymous(request)
    request.tender.criteria = [CriterionInfo.of(c) for c in ("Plan van aanpak (60%)", "Samenwerking (40%)")]
    text = _all_text(open_docx(draft_proposal(request, soffice="").docx))
    assert "In ons werk met Maatjes Dichtbij voor ouderen die alleen wonen (project A; Zaanstad, 2022–2024) werkten wij " \
           "samen met" in text
    assert "Samen Thuis" not in text
