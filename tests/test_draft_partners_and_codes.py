"""A plan for one municipality names no municipality as its partner, nor another town's organisations in what we
do there, and its criterion chapters carry the tender's own codes by one rule: all of them when the tender codes its
quality criteria, none otherwise (real .docx, the real tender reading)."""
from __future__ import annotations

import re

from proposal_builder import pipeline
from proposal_builder.drafting import draft_proposal
from proposal_builder.drafting.models import CriterionInfo
from proposal_builder.drafting.plan import criterion_titles
from proposal_builder.drafting.wording import partners_here, plan_partners
from tests.drafting_samples import PROJECT, body_texts, open_docx
from tests.test_drafting_routes import headings, request_for

TWO_TOWNS = {**PROJECT, "title": "Dorpsgericht werken", "municipality": "Mepperdam en Aldewold", "period": "2019-2026",
             "partners": ["Gemeente Mepperdam", "Gemeente Aldewold", "Vereniging Dorpsraden Aldewold",
                          "Bibliotheek Lintveld", "Gemeente Mepperdam, team Wmo", "Protestantse gemeente Aldewold"]}


def _mepperdam_plan():
    request = request_for("subsidie", municipality="Mepperdam", municipalities=["Mepperdam"], budget="€ 194.000")
    request.records["P01"] = TWO_TOWNS
    return request, open_docx(draft_proposal(request).docx)


def test_a_municipality_is_no_partner_in_the_plan_and_another_towns_organisation_none_in_what_we_do_here():
    request, document = _mepperdam_plan()
    texts = body_texts(document)
    with_partners = [t for t in texts if "samen met" in t]
    assert with_partners, "the plan names the project's partners"
    assert not [t for t in texts if "Gemeente Aldewold" in t]  # another municipality: never a partner
    # the municipality the plan is for is no partner of it; its own team (a department) is
    assert not [t for t in with_partners if re.search(r"Gemeente Mepperdam(?!, team)", t)]
    assert any("Gemeente Mepperdam, team Wmo" in t for t in with_partners)
    # what we do in Mepperdam names no organisation of Aldewold; where the partnership proved itself, it may
    section = texts[texts.index("Wat wij doen in Mepperdam"):texts.index("Waarom het werkt")]
    assert any("Bibliotheek Lintveld" in t for t in section)
    assert not [t for t in section if "Aldewold" in t and "samen met" in t]
    cooperation = [t for t in texts if t.startswith("In Dorpsgericht werken")]
    assert cooperation and "Vereniging Dorpsraden Aldewold" in cooperation[0]
    assert "Protestantse gemeente Aldewold" in cooperation[0]  # a church, no municipality


def test_partners_named_here_leave_out_municipalities_but_keep_the_addressed_ones_departments():
    assert plan_partners(TWO_TOWNS, ["Mepperdam"]) == ["Vereniging Dorpsraden Aldewold", "Bibliotheek Lintveld",
                                                        "Gemeente Mepperdam, team Wmo", "Protestantse gemeente Aldewold"]
    assert partners_here(TWO_TOWNS, ["Mepperdam"]) == ["Bibliotheek Lintveld", "Gemeente Mepperdam, team Wmo"]
    # a plan for both towns keeps both towns' organisations, still no municipality as a partner
    assert "Vereniging Dorpsraden Aldewold" in partners_here(TWO_TOWNS, ["Mepperdam", "Aldewold"])
    department = {**TWO_TOWNS, "partners": ["Gemeente Aldewold (schuldhulpverlening)"]}
    assert plan_partners(department, ["Mepperdam"]) == []
    assert plan_partners(department, ["Aldewold"]) == ["Gemeente Aldewold (schuldhulpverlening)"]


def test_criterion_chapters_carry_the_tenders_codes_all_or_none():
    coded = [CriterionInfo("K1 Mantelzorg en respijt"), CriterionInfo("K2 Vrijwillige inzet"),
             CriterionInfo("Ouderenadvisering en cliëntondersteuning"), CriterionInfo("K4 Samenwerking"),
             CriterionInfo("Prijs")]
    # a code the reading lost between coded neighbours is the series' own; the price after them gets none
    assert criterion_titles(coded) == ["K1 Mantelzorg en respijt", "K2 Vrijwillige inzet",
                                       "K3 Ouderenadvisering en cliëntondersteuning", "K4 Samenwerking", "Prijs"]
    # a code standing apart in the tender's table heads the chapter too; a section number ("6.1") does not
    apart = [CriterionInfo("Plan van aanpak", code="Q1"), CriterionInfo("Implementatie", code="Q2"),
             CriterionInfo("Prijs", code="P")]
    assert criterion_titles(apart) == ["Q1 Plan van aanpak", "Q2 Implementatie", "Prijs"]
    assert criterion_titles([CriterionInfo("Bereik", code="6.1"), CriterionInfo("Samenwerking", code="6.2")]) == \
        ["Bereik", "Samenwerking"]
    # sub-criteria coded "K1a", "K1b" keep their codes; no gap is guessed in such a series
    assert criterion_titles([CriterionInfo("K1a Aanpak van de doelen"), CriterionInfo("K1b Bereik"),
                             CriterionInfo("K2 Samenwerking")]) == ["K1a Aanpak van de doelen", "K1b Bereik", "K2 Samenwerking"]
    # one quality criterion without a code the series can give: no chapter carries one
    assert criterion_titles([CriterionInfo("K1 Aanpak"), CriterionInfo("Samenwerking")]) == ["Aanpak", "Samenwerking"]
    # a weight read off after a dash leaves no dash behind; a tender's plain numbering is the chapter's own number
    assert criterion_titles([CriterionInfo("K1 Aanpak en aansluiting bij de doelen —"), CriterionInfo("K2 Wijk —")]) \
        == ["K1 Aanpak en aansluiting bij de doelen", "K2 Wijk"]
    assert criterion_titles([CriterionInfo("1 Bijdrage aan de doelen"), CriterionInfo("2 Bereik en aanpak")]) == \
        ["Bijdrage aan de doelen", "Bereik en aanpak"]


TENDER = """Aanbestedingsleidraad Welzijn Rivierstad 2027

1. Doelen
Doel 1: Mantelzorgers in Rivierstad voelen zich ondersteund.
Doel 2: Inwoners doen vrijwilligerswerk in hun eigen buurt.

2. Gunningscriteria
| Nr. | Criterium | Weging |
| K1 | Plan van aanpak mantelzorg | 40% |
| K2 | Vrijwillige inzet | 30% |
| P | Prijs | 30% |
"""


def test_a_code_standing_apart_in_the_tenders_table_heads_its_chapter():
    tender = pipeline.tender_from_analysis(pipeline.analyse(pipeline.read_text(TENDER)), title="Welzijn Rivierstad")
    assert [c.get("code") for c in tender["criteria"]] == ["K1", "K2", "P"]
    request = request_for("aanbesteding", tender["criteria"])
    chapters = headings(open_docx(draft_proposal(request).docx), 1)
    assert "K1 Plan van aanpak mantelzorg" in chapters and "K2 Vrijwillige inzet" in chapters
    assert "Prijs" not in chapters and "P Prijs" not in chapters
