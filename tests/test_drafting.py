"""The Word draft: structure, house style, custom templates, citations, consent and placeholders."""
import io

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from proposal_builder.tender import Goal
from proposal_builder.drafting import (DEFAULT_TEMPLATE, TemplateError, draft_proposal,
                                       make_house_style)
from proposal_builder.drafting.goal_section import goal_heading
from proposal_builder.drafting.outline import APPENDIX_TITLE, OVERVIEW_HEADER, OVERVIEW_TITLE
from tests.drafting_samples import (GOAL_TEXTS, METHOD, RESULT_CONSENT, RESULT_NO_CONSENT, body_texts,
                                    open_docx, sample_request)

DIRECTOR_TOPICS = ["planning", "begroting", "personeel", "risico's en borging", "meerwaarde"]


@pytest.fixture(scope="module")
def draft():
    return draft_proposal(sample_request())


@pytest.fixture(scope="module")
def document(draft):
    return open_docx(draft.docx)


def paragraphs_in(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_title_page_names_organisation_tender_municipality_and_date(document):
    first_page = body_texts(document)[:8]
    assert "Sociale basis Zaanstad 2026-2029" in paragraphs_in(document, "Title")
    assert any("Stichting Welzijn Zaanstreek" in t for t in first_page)
    assert any("Zaanstad" in t for t in first_page) and "Datum: 14 november 2025" in first_page


def test_every_goal_has_a_heading_followed_by_the_goal_quoted(document):
    headings = paragraphs_in(document, "Heading 2")
    assert headings == [goal_heading(Goal(t)) for t in GOAL_TEXTS]
    texts = body_texts(document)
    for heading, goal in zip(headings, GOAL_TEXTS):
        after = texts[texts.index(heading) + 1]
        assert after == f"“{goal}”"
        assert document.paragraphs[texts.index(heading) + 1].style.name == "Quote"


def test_summary_names_the_goals_literally(document):
    texts = body_texts(document)
    summary = texts[texts.index("Samenvatting"):texts.index(OVERVIEW_TITLE)]
    assert all(goal in summary for goal in GOAL_TEXTS)


def test_overview_table_has_header_row_and_one_row_per_goal(document):
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == OVERVIEW_HEADER
    assert [row.cells[0].text for row in table.rows[1:]] == GOAL_TEXTS
    assert table.style.name == "Proposal Table"
    assert "Goed onderbouwd" in table.rows[1].cells[2].text
    assert "[IN TE VULLEN DOOR DIRECTIE]" in table.rows[3].cells[1].text


def test_appendix_lists_every_used_record_with_ref_type_and_title(document):
    assert APPENDIX_TITLE in paragraphs_in(document, "Heading 1")
    rows = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert rows[0] == ["Bron", "Soort", "Titel"]
    assert ["M01", "Methodiek", "Maatjes Dichtbij"] in rows
    assert ["R02", "Resultaat", "Ontlaste mantelzorgers"] in rows
    assert sorted(r[0] for r in rows[1:]) == ["M01", "M02", "P01", "R01", "R02"]


def test_draft_uses_the_house_style(document):
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Quote", "Placeholder",
            "List Bullet", "Normal"} <= used
    characters = {r.style.name for p in document.paragraphs for r in p.runs}
    assert {"Source Reference", "Placeholder Char"} <= characters


def test_header_and_footer_filled_with_organisation_and_page_field(draft):
    section = open_docx(draft.docx).sections[0]
    header = section.header.paragraphs[0].text
    assert header == "Stichting Welzijn Zaanstreek\tSociale basis Zaanstad 2026-2029"
    footer = section.footer._element.xml
    assert "Zaanstad" in section.footer.paragraphs[0].text and " PAGE " in footer


def test_method_cited_with_level_databank_and_date(document):
    cited = next(t for t in body_texts(document) if t.startswith("Maatjes Dichtbij"))
    assert cited.startswith("Maatjes Dichtbij — erkend als Goed onderbouwd (Databank Effectieve "
                            "sociale interventies, Movisie, 14 maart 2022)")
    assert cited.endswith("(bron: M01)")
    assert any(t.startswith("Buurtkamer — niet erkend in een databank") for t in body_texts(document))


# Per stored level, the wordings of higher levels that must never appear in its citation.
HIGHER_LEVELS = {
    "goed beschreven": ["Goed onderbouwd", "Effectief"],
    "goed onderbouwd": ["Effectief"],
    "effectief": [],
    "effectief - eerste aanwijzingen": ["goede aanwijzingen", "sterke aanwijzingen"],
    "effectief - goede aanwijzingen": ["sterke aanwijzingen"],
    "effectief - sterke aanwijzingen": [],
}


@pytest.mark.parametrize("level", list(HIGHER_LEVELS))
def test_evidence_level_is_never_raised(level):
    request = sample_request()
    request.goals[0].evidence = [METHOD["ref"]]
    request.records[METHOD["ref"]] = dict(METHOD, evidence_level=level)
    document = open_docx(draft_proposal(request).docx)
    cited = next(t for t in body_texts(document) if t.startswith("Maatjes Dichtbij —"))
    in_table = document.tables[0].rows[1].cells[2].text
    stated = cited.split("erkend als ", 1)[1].split(" (", 1)[0]
    assert stated == level[0].upper() + level[1:]
    assert not any(higher in cited or higher in in_table for higher in HIGHER_LEVELS[level])


def test_results_copied_exactly_with_period_and_source(document):
    texts = body_texts(document)
    line = "deelnemers die zich minder eenzaam voelen: 72% (Zaanstad; 2023; project Samen Thuis)"
    assert any(t.startswith(line) and t.endswith("(bron: R01)") for t in texts)
    assert any("gemiddelde uren respijt per week: 3,5 uur (2021-2022)" in t for t in texts)
    assert any("bezochte ouderen: 180 ouderen (Zaanstad; 2022-2024)" in t for t in texts)


def test_story_with_consent_printed_and_without_consent_left_out_with_notice(draft, document):
    text = "\n".join(body_texts(document))
    assert RESULT_CONSENT["story"] in text
    assert RESULT_NO_CONSENT["story"] not in text
    assert "Mevrouw K. gaat weer naar de markt." not in text  # inline project story: no consent flag
    assert any("R02" in n and "geen toestemming" in n for n in draft.notices)
    assert any("P01" in n and "geen toestemming" in n for n in draft.notices)


def test_placeholders_for_what_only_the_director_writes(document):
    placeholders = paragraphs_in(document, "Placeholder")
    for topic in DIRECTOR_TOPICS:
        assert any(p.startswith(f"[IN TE VULLEN DOOR DIRECTIE: {topic}") for p in placeholders), topic


def test_goal_without_evidence_gets_placeholder_and_notice(draft, document):
    texts = body_texts(document)
    start = texts.index(goal_heading(Goal(GOAL_TEXTS[2])))
    assert texts[start + 3].startswith("[IN TE VULLEN DOOR DIRECTIE: bewijs voor dit doel")
    assert any("geen bewijs gekozen" in n and "Jongeren" in n for n in draft.notices)


def test_cooperation_lists_partners_of_chosen_projects(document):
    texts = body_texts(document)
    assert any(t.startswith("Samen Thuis: Huisartsen Zaandam-Oost, Wijkverpleging") and "(bron: P01)" in t
               for t in texts)


def test_own_paragraph_of_the_director_is_printed(tmp_path):
    request = sample_request()
    request.goals[1].own_text = "Wij werken samen met het Steunpunt Mantelzorg."
    assert "Wij werken samen met het Steunpunt Mantelzorg." in body_texts(
        open_docx(draft_proposal(request).docx))


def custom_template(path, drop_styles: tuple[str, ...] = ()) -> None:
    """A user's own template: its own header and footer text, no Placeholder style."""
    document = docx.Document()
    for name in drop_styles:
        element = document.styles[name].element
        element.getparent().remove(element)
    document.sections[0].header.paragraphs[0].text = "Huisstijl Buurtwerk Noord — vertrouwelijk"
    document.sections[0].footer.paragraphs[0].text = "Buurtwerk Noord, Postbus 1"
    document.add_paragraph("Deze tekst uit het sjabloon verdwijnt.")
    document.save(str(path))


def test_custom_template_keeps_its_header_footer_and_falls_back_for_missing_styles(tmp_path):
    template = tmp_path / "eigen.docx"
    custom_template(template)
    draft = draft_proposal(sample_request(), template)
    document = open_docx(draft.docx)
    assert document.sections[0].header.paragraphs[0].text == "Huisstijl Buurtwerk Noord — vertrouwelijk"
    assert document.sections[0].footer.paragraphs[0].text == "Buurtwerk Noord, Postbus 1"
    assert "Deze tekst uit het sjabloon verdwijnt." not in body_texts(document)
    assert any("‘Placeholder’" in n for n in draft.notices)
    marker = next(p for p in document.paragraphs
                  if p.text.startswith("[IN TE VULLEN DOOR DIRECTIE: planning"))
    assert marker.runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW
    assert paragraphs_in(document, "Heading 2") == [goal_heading(Goal(t)) for t in GOAL_TEXTS]


def test_template_without_quote_and_heading_3_falls_back_to_direct_formatting(tmp_path):
    template = tmp_path / "kaal.docx"
    custom_template(template, drop_styles=("Quote", "Intense Quote", "Heading 3"))
    draft = draft_proposal(sample_request(), template)
    document = open_docx(draft.docx)
    quote = next(p for p in document.paragraphs if p.text == f"“{GOAL_TEXTS[0]}”")
    assert quote.style.name == "Normal" and quote.runs[0].italic
    approach = next(p for p in document.paragraphs if p.text == "Onze aanpak")
    assert approach.runs[0].bold
    assert any("‘Quote’" in n and "directe opmaak" in n for n in draft.notices)
    assert any("‘Heading 3’" in n for n in draft.notices)


def test_template_given_as_bytes():
    buffer = io.BytesIO()
    make_house_style().save(buffer)
    assert draft_proposal(sample_request(), buffer.getvalue()).docx[:2] == b"PK"


@pytest.mark.parametrize("template, message", [
    ("ontbreekt.docx", "bestaat niet"), (b"geen word-bestand", "geen Word-document")])
def test_unusable_template_gives_dutch_error(tmp_path, template, message):
    if isinstance(template, str):
        template = tmp_path / template
    with pytest.raises(TemplateError, match=message):
        draft_proposal(sample_request(), template)


def test_committed_house_style_has_our_styles_tokens_and_page_field():
    document = docx.Document(str(DEFAULT_TEMPLATE))
    names = {s.name for s in document.styles}
    assert {"Placeholder", "Placeholder Char", "Source Reference", "Proposal Table", "Quote"} <= names
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "{organisatie}\t{aanbesteding}"
    assert " PAGE " in section.footer._element.xml and " NUMPAGES " in section.footer._element.xml
    assert round(section.page_width.cm, 1) == 21.0 and not document.paragraphs

