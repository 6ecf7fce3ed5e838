"""An admission application names the themes and places applied for, and requirement rows our own records answer
are filled with the record as proof; what neither the tender nor the knowledge base says stays to fill (real .docx)."""
from __future__ import annotations

import pytest

from knowledge_base.records import normalise
from proposal_builder.drafting import DraftRequest, TenderInfo, draft_proposal
from proposal_builder.drafting.checks import body_paragraphs, placeholders_left, repeated_paragraphs
from proposal_builder.drafting.document import PLACEHOLDER_TEXT
from proposal_builder.drafting.requirement_answers import evidence_answer
from proposal_builder.tender import Goal
from proposal_builder.tender.extraction.lots import area_places, extract_lots
from proposal_builder.tender.reading.blocks import Block
from tests.drafting_samples import METHOD, PROJECT, RESULT_CONSENT, body_texts, open_docx, sample_request

THEME_BLOCKS = [
    {"position": 0, "kind": "heading", "text": "Thema's en beoogde resultaten"},
    {"position": 1, "kind": "paragraph", "text": "Thema 1 Digitaal meedoen"},
    {"position": 2, "kind": "list_item", "text": "Minder ouderen voelen zich eenzaam."},
    {"position": 3, "kind": "heading", "text": "Thema 2 Grip op geld"},
    {"position": 4, "kind": "list_item", "text": "Huishoudens houden hun administratie op orde."},
    {"position": 5, "kind": "paragraph", "text": "Thema 1 en 2 worden in beide gemeenten uitgevoerd."},
    {"position": 6, "kind": "table_row", "text": "1 Digitaal meedoen | ja | ja", "header": ["Thema", "Zaanstad", "Wormer"],
     "cells": ["1 Digitaal meedoen", "ja", "ja"]},
    {"position": 7, "kind": "table_row", "text": "2 Grip op geld | ja | nee", "header": ["Thema", "Zaanstad", "Wormer"],
     "cells": ["2 Grip op geld", "ja", "nee"]},
]


def admission(blocks, goals, municipalities=("Zaanstad", "Wormer"), requirements=()) -> DraftRequest:
    """The request for an Open House whose lots and area are read from `blocks` as the tender intake reads them."""
    records = {r["ref"]: r for r in (METHOD, PROJECT, RESULT_CONSENT)}
    read = [Block(b["text"], b["kind"], [], b["position"], cells=b.get("cells", []), header=b.get("header", []))
            for b in blocks]
    lots = extract_lots(read, [g.block for g in goals], [g.text for g in goals])
    tender = TenderInfo("Open House Meedoen", municipalities[0], "Stichting Welzijn Zaanstreek", "2026-11-14",
                        route="open house", municipalities=list(municipalities), lots=lots,
                        area=area_places([b.text for b in read]), requirements=list(requirements))
    return DraftRequest(tender, goals, records)


def table(document, first: str):
    found = next(t for t in document.tables if t.rows[0].cells[0].text == first)
    return [[cell.text for cell in row.cells] for row in found.rows]


def test_the_themes_and_places_of_the_tenders_table_are_listed_with_where_our_contribution_stands():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", block=2, evidence=["M01", "P01"]),
             Goal("Huishoudens houden hun administratie op orde.", block=4)]
    rows = table(open_docx(draft_proposal(admission(THEME_BLOCKS, goals)).docx), "Thema")
    assert rows[0] == ["Thema", "Waar", "Onze bijdrage"]
    assert rows[1] == ["Thema 1 Digitaal meedoen", "Zaanstad en Wormer", "paragraaf 3.1"]  # each lot a chapter
    assert rows[2][:2] == ["Thema 2 Grip op geld", "Zaanstad"]  # "nee" for Wormer in the tender's table
    assert rows[2][2].startswith(f"{PLACEHOLDER_TEXT}: wel of niet aanmelden")  # no evidence: the director decides


def test_a_theme_for_one_municipality_says_what_we_do_there_only():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", block=2, evidence=["M01"]),
             Goal("Huishoudens houden hun administratie op orde.", block=4, evidence=["P01"])]
    texts = body_texts(open_docx(draft_proposal(admission(THEME_BLOCKS, goals)).docx))
    assert any(t.startswith("In Zaanstad en Wormer zetten wij Maatjes Dichtbij in") for t in texts)  # theme 1: both
    assert any(t.startswith("In Zaanstad bouwen wij voort op Samen Thuis") for t in texts)  # theme 2: Zaanstad only


def test_without_a_table_a_theme_is_carried_out_in_the_places_of_the_area_its_goals_name():
    blocks = [{"position": 0, "kind": "paragraph",
               "text": "De gemeente bestaat uit de kernen Wisseloord, Buinerzand en Lutjevenne."},
              {"position": 1, "kind": "heading", "text": "Thema 1 – Langer thuis"},
              {"position": 2, "kind": "list_item", "text": "Ouderen in Buinerzand blijven langer thuis wonen."},
              {"position": 3, "kind": "heading", "text": "Thema 2 – Leefbaarheid"},
              {"position": 4, "kind": "list_item", "text": "Bewoners nemen zelf initiatieven."}]
    goals = [Goal("Ouderen in Buinerzand blijven langer thuis wonen.", block=2, evidence=["M01"]),
             Goal("Bewoners nemen zelf initiatieven.", block=4, evidence=["P01"])]
    rows = table(open_docx(draft_proposal(admission(blocks, goals, ("Wisseloord",))).docx), "Thema")
    assert [row[:2] for row in rows[1:]] == [["Thema 1 Langer thuis", "Buinerzand"],
                                             ["Thema 2 Leefbaarheid", "Wisseloord, Buinerzand en Lutjevenne"]]


def test_without_themes_the_application_names_the_municipalities_the_knowledge_base_shows_us_working_in():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", evidence=["M01", "P01"])]
    texts = body_texts(open_docx(draft_proposal(admission([], goals)).docx))
    # P01 ran in Zaanstad, nothing in Wormer: the application is for Zaanstad
    assert "Wij melden ons aan voor deze opdracht in Zaanstad en dragen bij aan de doelen hieronder." in texts


def test_themes_come_from_the_goals_headings_when_the_tender_text_is_not_at_hand():
    request = sample_request(route="open house")
    rows = table(open_docx(draft_proposal(request).docx), "Thema")
    assert [row[0] for row in rows[1:]] == ["Thema 1 Meedoen", "Thema 2 Mantelzorg"]
    assert rows[1][1:] == ["Zaanstad", "paragraaf 2.1"]


def test_goals_of_several_lots_built_on_one_project_never_repeat_a_paragraph():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", block=2, evidence=["P01"]),
             Goal("Huishoudens houden hun administratie op orde.", block=4, evidence=["P01"]),
             Goal("Ouderen doen mee in de buurt.", block=4, evidence=["P01"])]
    paragraphs = body_paragraphs(draft_proposal(admission(THEME_BLOCKS, goals)).docx)
    assert sum("Samen Thuis" in text for text, _ in paragraphs) >= 3  # each goal still names what it builds on
    assert repeated_paragraphs(paragraphs) == []


def test_a_theme_goal_restates_the_target_of_the_municipalities_its_own_words_do_not_give():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", block=2, evidence=["M01"], indicator="aandeel eenzame ouderen",
                  target="28% in 2030"),  # from the tender's table column
             Goal("Huishoudens houden hun administratie op orde.", block=4, evidence=["P01"])]
    text = "\n".join(body_texts(open_docx(draft_proposal(admission(THEME_BLOCKS, goals)).docx)))
    assert ("Daarmee werken wij toe naar de streefwaarde van de gemeenten voor aandeel eenzame ouderen: 28% in 2030."
            in text)  # Zaanstad and Wormer: "de gemeenten"


REQUIREMENTS = [
    {"text": "De aanbieder werkt met een erkende interventie uit de Databank Effectieve sociale interventies.",
     "kind": "admission"},
    {"text": "De aanbieder werkt met een interventie die als goed onderbouwd is erkend door het NJi.", "kind": "admission"},
    {"text": "De aanbieder is aantoonbaar werkzaam in Zaanstad.", "kind": "admission"},
    {"text": "De aanbieder werkt samen met de huisartsen in de wijk.", "kind": "admission"},
    {"text": "De aanbieder werkt samen met de bibliotheek.", "kind": "admission"},
    {"text": "De aanbieder heeft minimaal één jaar aantoonbare ervaring met maatjes voor ouderen.", "kind": "admission"},
    {"text": "De aanbieder is een rechtspersoon zonder winstoogmerk die in Zaanstad werkzaam is.", "kind": "admission"},
    {"text": "Alle medewerkers beschikken over een VOG.", "kind": "admission"},
]


def test_requirement_rows_our_records_answer_carry_the_record_as_proof_and_the_rest_stays_to_fill():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", evidence=["M01", "P01", "R01"])]
    draft = draft_proposal(admission([], goals, ("Zaanstad",), REQUIREMENTS))
    rows = {row[0]: row[1:] for row in table(open_docx(draft.docx), "Eis")[1:]}
    recognised, nji, local, gps, library, experience, legal, vog = (rows[r["text"]] for r in REQUIREMENTS)
    assert recognised == ["Wij werken met Maatjes Dichtbij, erkend als ‘Goed onderbouwd’ (Databank Effectieve sociale "
                          "interventies, Movisie, 14 maart 2022).", "Methodiek ‘Maatjes Dichtbij’ (M01)"]
    assert local == ["Wij werken al in Zaanstad: Samen Thuis (Zaanstad, 2022–2024).", "Project ‘Samen Thuis’ (P01)"]
    assert gps == ["Wij werken al samen met Huisartsen Zaandam-Oost.", "Project ‘Samen Thuis’ (P01)"]
    assert experience == ["Vergelijkbaar werk dat wij uitvoerden: Samen Thuis (Zaanstad, 2022–2024).",
                          "Project ‘Samen Thuis’ (P01)"]
    for unanswered in (nji, library):  # another databank, a partner we lack
        assert unanswered == ["[hoe wij voldoen]", "[bewijsstuk]"]
    # a legal form and a document: the place names what the profile or the proofs lack
    assert legal == ["[hoe wij voldoen: rechtsvorm]", "[bewijsstuk]"]
    assert vog == ["[hoe wij voldoen: VOG-beleid]", "[bewijsstuk]"]


def test_places_left_to_fill_count_the_table_cells_too():
    goals = [Goal("Minder ouderen voelen zich eenzaam.", evidence=["M01", "P01"])]
    unanswered = [{"text": "Alle medewerkers beschikken over een VOG.", "kind": "admission"}]
    answered = [{"text": "De aanbieder is aantoonbaar werkzaam in Zaanstad.", "kind": "admission"}]
    left = placeholders_left(draft_proposal(admission([], goals, ("Zaanstad",), unanswered)))
    assert left - placeholders_left(draft_proposal(admission([], goals, ("Zaanstad",), answered))) == 2


def test_a_theme_whose_result_was_written_under_an_earlier_theme_points_there_with_its_source():
    request = sample_request(route="open house")
    request.goals[0].evidence = ["P01", "R01"]
    request.goals[1].evidence = ["M02", "R01"]  # R01 is written under theme 1 already
    texts = body_texts(open_docx(draft_proposal(request).docx))
    section = texts[texts.index("Mantelzorgers voelen zich gesteund en ontlast") + 1]
    assert section.startswith("In Zaanstad zetten wij Buurtkamer in.") and "De resultaten staan in paragraaf 2.1." in section
    assert section.endswith("(M02, R01)")


def test_several_recognised_methods_are_named_highest_level_first_and_an_open_houses_wishes_are_answered_too():
    effective = normalise({"ref": "M03", "type": "method", "title": "Grip op je Dip", "summary": "Een cursus.",
                           "evidence_level": "effectief - eerste aanwijzingen", "databank": "Loket Gezond Leven (RIVM)"})
    goals = [Goal("Minder ouderen voelen zich eenzaam.", evidence=["M01", "M03", "P01"])]
    wish = "Het heeft de voorkeur dat u samenwerkt met de huisartsen en met de bibliotheek."
    request = admission([], goals, ("Zaanstad",), [{"text": REQUIREMENTS[0]["text"].replace(" uit de Databank Effectieve "
                                                                                         "sociale interventies", ""),
                                                    "kind": "admission"}, {"text": wish, "kind": "wish"}])
    request.records["M03"] = effective
    rows = table(open_docx(draft_proposal(request).docx), "Eis")[1:]
    assert rows[0][1:] == ["Wij werken met Grip op je Dip, erkend als ‘Effectief - eerste aanwijzingen’ (Loket Gezond "
                           "Leven (RIVM)); Maatjes Dichtbij, erkend als ‘Goed onderbouwd’ (Databank Effectieve sociale "
                           "interventies, Movisie, 14 maart 2022).",
                           "Methodiek ‘Grip op je Dip’ (M03); Methodiek ‘Maatjes Dichtbij’ (M01)"]
    assert rows[1] == [wish, "Wij werken al samen met Huisartsen Zaandam-Oost.", "Project ‘Samen Thuis’ (P01)"]


@pytest.mark.parametrize("years, answered", [("twee", True), ("2", True), ("drie", False), ("4", False)])
def test_experience_asked_in_years_is_answered_only_by_a_project_that_long(years, answered):
    requirement = f"De aanbieder heeft minimaal {years} jaar ervaring met maatjes voor ouderen."
    project = {"ref": "P01", "type": "project", "title": "Samen Thuis", "municipality": "Zaanstad",
               "period": "2022-2024", "summary": "Maatjes voor ouderen in twee wijken.", "target_group": "ouderen"}
    assert (evidence_answer(requirement, [project], ["Zaanstad"]) is not None) == answered


def test_experience_with_any_of_several_named_services_is_answered_by_a_project_doing_one_of_them():
    """"ervaring met maatschappelijk werk, buurtbemiddeling of maatjeswerk": a project in staff shorthand ("amw") or
    naming a compound's first part ("maatjes") answers it, though only buurtbemiddeling is a topic the lexicon knows;
    a project on other work does not."""
    requirement = "u heeft ervaring met maatschappelijk werk, buurtbemiddeling of maatjeswerk;"
    amw = {"ref": "P02", "type": "project", "title": "amw gravelinge", "municipality": "Gravelinge", "period": "sinds '24",
           "summary": "sinds '24 ook amw voor gem. Gravelinge, spreekuur gemeentehuis, huisbezoek kan"}
    maatjes = {"ref": "P15", "type": "project", "title": "maatjes gravelinge", "municipality": "Gravelinge",
               "period": "sinds '22", "summary": "maatjesproject eenzaamheid Gravelinge, 1 coördinator 16 u"}
    forms = {"ref": "P04", "type": "project", "title": "formulierenhulp in de bieb", "municipality": "Gravelinge",
             "period": "sinds '21", "summary": "hulp bij formulieren en DigiD in de bibliotheek"}
    how, proof = evidence_answer(requirement, [amw, forms, maatjes], ["Gravelinge"])
    assert proof == "Project ‘amw gravelinge’ (P02); Project ‘maatjes gravelinge’ (P15)"
    assert evidence_answer(requirement, [forms], ["Gravelinge"]) is None
    # words every kind of support shares name no work of their own
    assert evidence_answer("De aanbieder heeft ervaring met het ondersteunen van inwoners bij schulden.", [forms],
                           ["Gravelinge"]) is None


@pytest.mark.parametrize("requirement", ["u doet mee aan het overleg Sociaal Dichtbij.",
                                         "werkt mee aan een jaarlijks gesprek met de contractmanager over de resultaten.",
                                         "Een inwoner die zich aanmeldt, heeft binnen vijf werkdagen een eerste gesprek.",
                                         "Een aanmelding wordt binnen tien werkdagen in behandeling genomen.",
                                         "De aanbieder voert de activiteiten uit in de kernen van de gemeente zelf.",
                                         "De aanbieder aanvaardt de tarieven uit hoofdstuk 4."])
def test_taking_part_or_a_response_time_is_accepted_as_a_commitment(requirement):
    from proposal_builder.drafting.requirement_answers import commitment_answer
    assert commitment_answer(requirement, "subsidie")[0] == "Akkoord: wij zeggen dit toe."
    assert commitment_answer("u doet mee aan het overleg en levert een VOG.", "subsidie") is None
    assert commitment_answer("U levert binnen twee weken na gunning een kopie van de polis.", "subsidie") is None
