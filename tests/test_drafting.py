"""The Word draft as a plan: title, goal sections composed from the records, house style, templates, consent."""
import datetime as dt
import io

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from proposal_builder.drafting import DEFAULT_TEMPLATE, TemplateError, draft_proposal, make_house_style
from proposal_builder.drafting.chapters import APPENDIX_HEADER, APPENDIX_TITLE
from proposal_builder.drafting.document import PLACEHOLDER_TEXT, Heading
from proposal_builder.drafting.docx_writer import HEADER_CHARACTERS, header_subject
from proposal_builder.drafting.goal_section import Detail, goal_heading
from proposal_builder.drafting.models import TenderInfo
from proposal_builder.drafting.outline import OVERVIEW_HEADER, build_outline
from proposal_builder.tender import Goal
from tests.drafting_samples import (GOAL_TEXTS, METHOD, PROJECT, RESULT_CONSENT, RESULT_NO_CONSENT, body_texts,
                                    open_docx, sample_request)

DIRECTOR_TOPICS = ["samenwerking", "meerwaarde en innovatie", "uitvoering en planning",
                   "personeel en deskundigheid", "risico's en borging", "monitoring"]


@pytest.fixture(scope="module")
def draft():
    return draft_proposal(sample_request())


@pytest.fixture(scope="module")
def document(draft):
    return open_docx(draft.docx)


@pytest.fixture(scope="module")
def text(document):
    return "\n".join(body_texts(document))


def paragraphs_in(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_title_is_the_organisations_proposal_for_the_subject_to_the_municipality(document):
    assert paragraphs_in(document, "Title") == ["Voorstel Stichting Welzijn Zaanstreek — Sociale basis Zaanstad 2026–2029"]
    first_page = body_texts(document)[:8]
    assert "Aan de gemeente Zaanstad" in first_page and "Datum: 14 november 2025" in first_page
    assert "Uitvraag: Sociale basis Zaanstad 2026-2029" in first_page


def test_every_goal_has_a_whole_heading_and_its_text_once(document, text):
    assert paragraphs_in(document, "Heading 2") == [goal_heading(Goal(t)) for t in GOAL_TEXTS]
    assert goal_heading(Goal(GOAL_TEXTS[0])) == "Minder inwoners voelen zich eenzaam"  # its first clause, not cut
    assert not any("…" in h for h in paragraphs_in(document, "Heading 2"))
    for goal in GOAL_TEXTS:
        assert text.count(goal.rstrip(".")) == 1, goal


def test_summary_does_not_repeat_the_goals(document):
    texts = body_texts(document)
    summary = texts[texts.index("Samenvatting"):texts.index("Aansluiting bij de doelen van de gemeente")]
    assert not any(goal in " ".join(summary) for goal in GOAL_TEXTS)


def test_overview_table_has_one_row_per_goal_by_its_heading(document):
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == OVERVIEW_HEADER and table.style.name == "Proposal Table"
    assert [row.cells[0].text for row in table.rows[1:]] == [goal_heading(Goal(t)) for t in GOAL_TEXTS]
    assert "72%" in table.rows[1].cells[2].text


def test_appendix_lists_every_used_record_with_ref_type_title_place_and_period(document):
    assert APPENDIX_TITLE in paragraphs_in(document, "Heading 1")
    rows = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert rows[0] == APPENDIX_HEADER
    assert ["P01", "Project", "Samen Thuis", "Zaanstad, 2022–2024"] in rows
    assert sorted(r[0] for r in rows[1:]) == ["M01", "M02", "P01", "R01", "R02"]


def test_what_we_do_is_a_plan_for_this_municipality_not_a_pasted_summary(text):
    assert "In Zaanstad zetten wij Maatjes Dichtbij in." in text
    assert "Wij bouwen daarbij voort op Samen Thuis, dat wij in 2022–2024 in Zaanstad uitvoerden." in text
    assert "Wij werken hierin samen met Huisartsen Zaandam-Oost en Wijkverpleging." in text
    assert PROJECT["summary"] not in text


def test_method_recognition_as_stored_with_databank_and_date(text):
    assert ("Maatjes Dichtbij is erkend als ‘Goed onderbouwd’ (Databank Effectieve sociale interventies, Movisie, "
            "14 maart 2022). (M01)") in text
    assert "Buurtkamer is (nog) niet erkend in een databank" in text


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
    request.records[METHOD["ref"]] = dict(METHOD, evidence_level=level)
    cited = next(t for t in body_texts(open_docx(draft_proposal(request).docx)) if t.startswith("Maatjes Dichtbij is erkend"))
    assert cited.split("‘")[1].split("’")[0] == level[0].upper() + level[1:]
    assert not any(higher in cited for higher in HIGHER_LEVELS[level])


def test_results_in_dutch_style_with_place_period_and_one_compact_source(text):
    # a sentence with the period first, the work and the place, the figure the Dutch way; sources once at the end
    assert "In 2023 was bij Samen Thuis in Zaanstad de uitkomst voor ‘deelnemers die zich minder eenzaam voelen’: 72%. " \
           "In 2022–2024 bereikten wij met Samen Thuis in Zaanstad 180 ouderen. (R01, P01)" in text
    assert "In 2021–2022 was de uitkomst voor ‘gemiddelde uren respijt per week’: 3,5 uur. (R02)" in text
    assert "(bron:" not in text


def test_story_with_consent_printed_and_without_consent_left_out_with_notice(draft, text):
    assert RESULT_CONSENT["story"] in text
    assert RESULT_NO_CONSENT["story"] not in text
    assert "Mevrouw K. gaat weer naar de markt." not in text  # inline project story: no consent flag
    assert any("R02" in n and "geen toestemming" in n for n in draft.notices)


def test_a_story_is_quoted_once_and_one_that_quotes_someone_keeps_its_own_marks(text):
    assert f"“{RESULT_CONSENT['story']}”" in text
    request = sample_request()
    request.records["R01"] = dict(RESULT_CONSENT, story='"Ik wandel nu elke dinsdag." (meneer J., 81)')
    quoted = "\n".join(body_texts(open_docx(draft_proposal(request).docx)))
    assert "“Ik wandel nu elke dinsdag.” (meneer J., 81)" in quoted
    assert '"' not in quoted and "“”" not in quoted and "““" not in quoted


def test_without_a_given_structure_standard_chapters_hold_placeholders_for_the_director():
    document = open_docx(draft_proposal(sample_request(criteria=())).docx)
    placeholders = paragraphs_in(document, "Placeholder")
    for topic in DIRECTOR_TOPICS:
        assert any(p.startswith(f"[IN TE VULLEN DOOR DIRECTIE: {topic}") for p in placeholders), topic
    budget = next(t for t in document.tables if t.rows[0].cells[0].text == "Kostenpost")
    assert [c.text for c in budget.rows[1].cells] == ["Beroepskrachten", "—", "[bedrag]"]  # no plan, no cost per fte


def test_the_municipalitys_indicator_and_target_come_first_in_what_we_measure(text):
    assert "Aandeel ernstig eenzamen — streefwaarde: 8% in 2027 (indicator van de gemeente)" in text
    assert "De gemeente meet dit met" not in text  # the indicator is given once, under what we measure


def test_goal_without_evidence_gets_placeholder_and_notice(draft, document):
    texts = body_texts(document)
    start = texts.index(goal_heading(Goal(GOAL_TEXTS[2])))
    assert texts[start + 1].startswith("[IN TE VULLEN DOOR DIRECTIE: aanpak en indicatoren voor dit doel")
    assert any("geen passend bewijs" in n and "Jongeren" in n for n in draft.notices)


def test_cooperation_lists_partners_of_chosen_projects():
    text = "\n".join(body_texts(open_docx(draft_proposal(sample_request(criteria=())).docx)))
    # one line per project, saying where and when: these partners proved themselves there, not here
    assert "In Samen Thuis (Zaanstad, 2022–2024) werkten wij samen met Huisartsen Zaandam-Oost en Wijkverpleging." in text


def test_own_paragraph_of_the_director_is_printed():
    request = sample_request()
    request.goals[1].own_text = "Wij werken samen met het Steunpunt Mantelzorg."
    assert "Wij werken samen met het Steunpunt Mantelzorg." in body_texts(open_docx(draft_proposal(request).docx))


def test_draft_uses_the_house_style(document):
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Placeholder", "List Bullet", "Normal"} <= used
    characters = {r.style.name for p in document.paragraphs for r in p.runs}
    assert {"Source Reference", "Placeholder Char"} <= characters


def test_header_and_footer_hold_organisation_subject_and_municipality_apart(draft):
    section = open_docx(draft.docx).sections[0]
    assert section.header.paragraphs[0].text == "Stichting Welzijn Zaanstreek\tSociale basis Zaanstad 2026–2029"
    assert section.footer.paragraphs[0].text.startswith("Gemeente Zaanstad\tPagina")
    assert " PAGE " in section.footer._element.xml


@pytest.mark.parametrize("title, municipalities, subject", [
    ("Aanbestedingsleidraad Sociaal werk in de kernen 2027–2030", ["Heidervelde", "Marveen", "Wisseloord"],
     "Sociaal werk in de kernen 2027–2030"),  # the footer names the three; no "… Marveen en" cut off
    ("Uitvraag Welzijn en ontmoeting voor ouderen, mantelzorgers en vrijwilligers in de wijken 2027", ["Zaanstad"],
     "Welzijn en ontmoeting voor ouderen, mantelzorgers"),  # cut after a whole word, not after "en"
])
def test_a_long_subject_in_the_header_is_shortened_without_a_phrase_left_hanging(title, municipalities, subject):
    tender = TenderInfo(title=title, municipality=municipalities[0], organisation="De Brug",
                        date=dt.date(2026, 12, 6), municipalities=municipalities)
    assert header_subject(tender) == subject and len(subject) <= HEADER_CHARACTERS


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
    marker = next(p for p in document.paragraphs if p.text.startswith("[IN TE VULLEN DOOR DIRECTIE: aanpak en indicatoren"))
    assert marker.runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW
    assert paragraphs_in(document, "Heading 2") == [goal_heading(Goal(t)) for t in GOAL_TEXTS]


def test_template_without_heading_3_falls_back_to_direct_formatting(tmp_path):
    template = tmp_path / "kaal.docx"
    custom_template(template, drop_styles=("Heading 3",))
    draft = draft_proposal(sample_request(), template)
    approach = next(p for p in open_docx(draft.docx).paragraphs if p.text == "Waarom het werkt")
    assert approach.style.name == "Normal" and approach.runs[0].bold
    assert any("‘Heading 3’" in n and "directe opmaak" in n for n in draft.notices)


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
    assert section.footer.paragraphs[0].text.startswith("{gemeenten}\tPagina")
    assert " PAGE " in section.footer._element.xml and " NUMPAGES " in section.footer._element.xml
    assert round(section.page_width.cm, 1) == 21.0 and not document.paragraphs


def _section_texts(request, goal_number: int) -> list[str]:
    """The texts of one goal's section in the outline, up to the next goal's heading."""
    outline = build_outline(request, Detail(), False)
    headings = {goal_heading(goal): i for i, goal in enumerate(request.goals, start=1)}
    texts, current = [], None
    for block in outline.blocks:
        if isinstance(block, Heading) and block.level <= 2:
            current = headings.get(block.text, None if block.level == 1 else current)
        elif current == goal_number:
            texts.append(block.text if hasattr(block, "runs") else getattr(block, "text", ""))
    return texts


def test_a_goal_with_only_results_carries_on_their_project_and_points_back_with_sources():
    request = sample_request()
    request.goals[1].evidence = [RESULT_CONSENT["ref"]]  # described under goal 1 already, with its project P01
    texts = _section_texts(request, 2)
    assert any("de aanpak van Samen Thuis voort" in text for text in texts)
    assert any(text.startswith("De resultaten staan in paragraaf") and "(R01)" in text for text in texts)
    assert not any(text.rstrip().endswith("geldt:") for text in texts)


def test_a_third_goal_on_the_same_method_names_itself_once_without_a_double_ook():
    request = sample_request()
    request.goals[1].evidence = request.goals[2].evidence = [METHOD["ref"]]  # described under goal 1 already
    second, third = _section_texts(request, 2), _section_texts(request, 3)
    assert any(text.startswith("Ook hier zetten wij") for text in second)
    opening = f"Ook voor ‘{goal_heading(request.goals[2])}’ zetten wij"
    assert any(text.startswith(opening) for text in third), third
    assert not any("geldt: Ook" in text for text in second + third)


def test_a_goal_with_only_a_result_of_unknown_project_gets_a_placeholder_for_its_approach():
    texts = _section_texts(sample_request(), 2)
    assert any(text.startswith(PLACEHOLDER_TEXT) and "aanpak" in text for text in texts)


@pytest.mark.parametrize("title, names, subject", [
    ("Uitvraag Informele zorg 2026-2029", ["Rijnstede"], "Informele zorg Rijnstede 2026–2029"),
    ("Open House Ontmoeting en dagstructuur Regio Groene Delta 2027-2031", ["Zandwijk", "Polderveen", "Ravensloot"],
     "Ontmoeting en dagstructuur Regio Groene Delta 2027–2031"),  # the region already says where
    ("Open House Meedoen en rondkomen 2027-2030 - uitnodiging tot toetreding", ["Brakelsveen", "Tervoorde"],
     "Meedoen en rondkomen Brakelsveen en Tervoorde 2027–2030"),  # what the e-mail is, not what it is about
    ("Subsidietender Samen opgroeien in Kanaalzijde en Hoeverwaard 2027–2028 | versie 1.2, 3 juni 2027",
     ["Brakelsveen"], "Samen opgroeien in Kanaalzijde en Hoeverwaard 2027–2028"),  # its own places, no version
])
def test_the_subject_names_the_place_once(title, names, subject):
    from proposal_builder.drafting.wording import subject as subject_of
    assert subject_of(title, names) == subject


def _section(texts: list[str], heading: str, next_heading: str) -> list[str]:
    return texts[texts.index(heading) + 1: texts.index(next_heading)]


def test_a_goal_with_a_project_but_no_result_shows_that_projects_result_used_elsewhere():
    request = sample_request(criteria=())
    request.goals[0].evidence, request.goals[1].evidence, request.goals[2].evidence = ["M01"], ["P01"], ["R01"]
    texts = body_texts(open_docx(draft_proposal(request, soffice="").docx))
    section = _section(texts, goal_heading(request.goals[1]), goal_heading(request.goals[2]))
    assert any("‘deelnemers die zich minder eenzaam voelen’: 72%" in t and "R01" in t for t in section)
    assert not any(t.startswith(PLACEHOLDER_TEXT + ": onderbouwing") for t in section)
    # a result of another project is not followed
    request.records["R01"] = dict(request.records["R01"], project="P09")
    texts = body_texts(open_docx(draft_proposal(request, soffice="").docx))
    section = _section(texts, goal_heading(request.goals[1]), goal_heading(request.goals[2]))
    assert not any("(R01)" in t for t in section)


def test_a_goal_with_a_method_and_a_project_gets_no_result_of_that_project_from_elsewhere():
    request = sample_request(criteria=())
    request.goals[0].evidence, request.goals[1].evidence, request.goals[2].evidence = ["M02"], ["M01", "P01"], ["R01"]
    texts = body_texts(open_docx(draft_proposal(request, soffice="").docx))
    section = _section(texts, goal_heading(request.goals[1]), goal_heading(request.goals[2]))
    assert not any("(R01)" in t for t in section)


def test_a_goal_whose_method_is_not_recognised_shows_its_projects_result_used_elsewhere():
    request = sample_request(criteria=())
    request.goals[0].evidence, request.goals[1].evidence, request.goals[2].evidence = ["M01"], ["M02", "P01"], ["R01"]
    texts = body_texts(open_docx(draft_proposal(request, soffice="").docx))
    section = _section(texts, goal_heading(request.goals[1]), goal_heading(request.goals[2]))
    assert any("Buurtkamer is (nog) niet erkend" in t for t in section)
    assert any("(R01)" in t for t in section)  # the own result that sentence promises


def test_a_method_not_recognised_without_results_of_ours_promises_none_and_asks_for_them():
    request = sample_request(criteria=())
    request.goals[0].evidence, request.goals[1].evidence = ["M01", "R01"], ["M02"]
    texts = body_texts(open_docx(draft_proposal(request, soffice="").docx))
    section = _section(texts, goal_heading(request.goals[1]), goal_heading(request.goals[2]))
    assert any(t.startswith("Buurtkamer is (nog) niet erkend in een databank. (M02)") for t in section)
    assert not any("onderbouwen wij met onze eigen resultaten" in t for t in section)
    assert any(t.startswith(PLACEHOLDER_TEXT + ": onderbouwing — een eigen resultaat") and "Buurtkamer" in t
               for t in section)
