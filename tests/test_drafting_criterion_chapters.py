"""Criterion chapters that hold no goals (reach, volunteers and expertise) written from the chosen records in
sentences of our own, with their references; the place to fill asks only what the records cannot say."""
from __future__ import annotations

import pytest

from proposal_builder.drafting import CriterionInfo, draft_proposal
from proposal_builder.drafting.document import PLACEHOLDER_TEXT
from proposal_builder.drafting.models import Library
from proposal_builder.drafting.requirement_answers import level_rank
from proposal_builder.drafting.activity_words import outreach
from tests.drafting_samples import PROJECT, body_texts, open_docx, sample_request

CRITERIA = ("Plan van aanpak (60%)", "Bereik van de doelgroep (20%)", "Inzet van vrijwilligers (20%)")
OUTREACHING = dict(PROJECT, summary="Maatjes voor ouderen in twee wijken. Een consulent legt eerst een huisbezoek af; "
                                    "daarna is er elke week een inloop in het buurthuis.")


def chapter(texts: list[str], title: str) -> list[str]:
    """The paragraphs of the chapter with this title, up to the next chapter's weight line."""
    start = texts.index(title) + 1
    end = next((i for i in range(start + 1, len(texts)) if texts[i].startswith("Beoordelingscriterium")), len(texts))
    return texts[start:end]


def test_outreach_words_read_as_our_own_phrases_in_a_fixed_order():
    assert outreach("Wij doen een huisbezoek en houden spreekuur in het wijkcentrum.") == [
        "met huisbezoeken", "met spreekuren", "op laagdrempelige plekken in de wijk"]
    assert outreach("Maatjes voor ouderen in twee wijken.") == []


def test_a_reach_chapter_says_how_we_seek_people_out_with_the_records_that_say_so():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    request.records["P01"] = OUTREACHING
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Bereik van de doelgroep")
    # the Buurtkamer method names its place, the project its home visits and walk-in: each record cited once
    assert "Wij zoeken de doelgroepen ook zelf op: op laagdrempelige plekken in de wijk, met huisbezoeken en met een " \
           "vrije inloop. (M02, P01)" in texts
    assert not any(OUTREACHING["summary"].split(";")[0] in t for t in texts)  # no record sentence copied
    holes = [t for t in texts if t.startswith(PLACEHOLDER_TEXT)]
    assert holes == [f"{PLACEHOLDER_TEXT}: hoe wij de doelgroepen bereiken — afspraken met de gemeente en partners "
                     "over toeleiding in deze opdracht]"]


def test_without_a_way_named_the_reach_chapter_asks_the_whole_question():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    request.goals[0].evidence.remove("M02")  # the Buurtkamer names a place in the neighbourhood
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Bereik van de doelgroep")
    assert not any(t.startswith("Wij zoeken de doelgroepen") for t in texts)
    assert any(t.startswith(PLACEHOLDER_TEXT) and "vindplaatsen, toeleiding door partners" in t for t in texts)


def test_a_volunteer_chapter_names_the_recognised_methods_and_asks_only_the_fte():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Inzet van vrijwilligers")
    assert "Onze medewerkers en vrijwilligers werken met erkende methoden: Maatjes Dichtbij (‘Goed onderbouwd’). " \
           "(M01)" in texts
    assert not any("Buurtkamer" in t for t in texts)  # not recognised: not named as one


@pytest.mark.parametrize("level, rank", [
    ("Erkend als goed onderbouwd", 2), ("Erkend: goed onderbouwd", 2), ("goed beschreven", 1),
    ("eerste aanwijzingen voor effectiviteit", 3), ("Effectief: goede aanwijzingen", 3),
    ("niet erkend", 0), ("in beoordeling", 0), ("", 0),
])
def test_a_recognition_level_is_read_wherever_the_stored_level_says_it(level, rank):
    assert level_rank(level) == rank


def test_a_method_stored_as_erkend_als_goed_onderbouwd_is_named_in_the_volunteer_chapter():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    request.records["M01"] = dict(request.records["M01"], evidence_level="Erkend als goed onderbouwd")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Inzet van vrijwilligers")
    assert "Onze medewerkers en vrijwilligers werken met erkende methoden: Maatjes Dichtbij " \
           "(‘Erkend als goed onderbouwd’). (M01)" in texts


def test_a_cooperation_chapter_with_partners_of_ours_asks_only_the_agreements_for_this_work():
    request = sample_request(criteria=("Plan van aanpak (60%)", "Samenwerking (40%)"), route="subsidie")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Samenwerking")
    assert "In Samen Thuis (Zaanstad, 2022–2024) werkten wij samen met Huisartsen Zaandam-Oost en Wijkverpleging." \
           in texts
    assert [t for t in texts if t.startswith(PLACEHOLDER_TEXT)] == [
        f"{PLACEHOLDER_TEXT}: samenwerking — afspraken met de gemeente en deze partners over doorverwijzing en overleg "
        "in deze opdracht]"]


def test_a_cooperation_chapter_whose_title_also_asks_reach_says_how_we_reach_people():
    request = sample_request(criteria=("Plan van aanpak (60%)", "Bereik en samenwerking in de wijk (40%)"),
                             route="subsidie")
    request.records["P01"] = OUTREACHING
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Bereik en samenwerking in de wijk")
    assert "Wij zoeken de doelgroepen ook zelf op: op laagdrempelige plekken in de wijk, met huisbezoeken en met een " \
           "vrije inloop. (M02, P01)" in texts
    request.tender.criteria[1] = CriterionInfo.of("Samenwerking in de wijk (40%)")  # cooperation alone: no reach
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Samenwerking in de wijk")
    assert not any(t.startswith("Wij zoeken de doelgroepen") for t in texts)


def test_a_volunteer_chapter_names_the_work_volunteers_carry_and_which_of_it_trains_them():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    request.records["M02"] = dict(request.records["M02"], summary="Een huiskamer in de wijk. Getrainde vrijwilligers "
                                                                  "houden haar open.")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Inzet van vrijwilligers")
    # Samen Thuis is left out: its method Maatjes Dichtbij is named
    assert "Bij ons werken vrijwilligers in Maatjes Dichtbij en Buurtkamer; in Buurtkamer zijn dat getrainde " \
           "vrijwilligers. (M01, M02)" in texts
    assert f"{PLACEHOLDER_TEXT}: inzet van vrijwilligers — inzet in fte en het aantal vrijwilligers voor deze " \
           "opdracht, en hoe u hen begeleidt]" in texts
    request.records["P01"] = dict(PROJECT, summary="Sinds 2022 werken 31 vrijwilligers bij ouderen thuis.")
    request.goals[0].evidence = ["P01"]  # the team line counts its volunteers: not named twice
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Inzet van vrijwilligers")
    assert "In Samen Thuis (Zaanstad, 2022–2024) werkten 31 vrijwilligers. (P01)" in texts
    assert not any(t.startswith("Bij ons werken") for t in texts)


def test_a_criterion_named_in_lower_case_gets_a_capital_heading_and_its_place_name_keeps_its_capital():
    criteria = ("aansluiting bij de doelen (60 punten)", "inzet van vrijwilligers uit Oostervaart (40 punten)")
    texts = body_texts(open_docx(draft_proposal(sample_request(criteria=criteria, route="subsidie")).docx))
    assert "Aansluiting bij de doelen" in texts and "aansluiting bij de doelen" not in texts
    volunteers = chapter(texts, "Inzet van vrijwilligers uit Oostervaart")
    holes = [t for t in volunteers if t.startswith(PLACEHOLDER_TEXT)]
    assert holes and all("inzet van vrijwilligers uit Oostervaart" in t for t in holes)


@pytest.mark.parametrize("staff, verb", [("1 begeleider", "_one"), ("een coördinator (0,8 fte)", "_one"),
                                         ("2 begeleiders", ""), ("een coördinator en 1 begeleider", "")])
def test_one_person_at_work_takes_a_singular_verb_also_written_as_a_digit(staff, verb):
    from proposal_builder.drafting.wording import one
    assert one(staff) == verb


def test_a_criterion_naming_partners_says_which_we_already_work_with_and_asks_only_for_the_others():
    request = sample_request(criteria=("Plan van aanpak (60%)", "Samenwerking met huisartsen en het wijkteam (40%)"),
                             route="subsidie")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Samenwerking met huisartsen en het wijkteam")
    assert texts[1] == "Van de partners die dit criterium noemt, werken wij al samen met Huisartsen Zaandam-Oost. (P01)"
    holes = [t for t in texts if t.startswith(PLACEHOLDER_TEXT)]
    assert len(holes) == 1 and "afspraken met het wijkteam, die wij nog niet als partner in ons werk hebben" in holes[0]
    # partners in general name no one: neither known nor asked for
    request.tender.criteria[1].name = "Samenwerking met huisartsen en partners"
    texts = body_texts(open_docx(draft_proposal(request).docx))
    assert not any("nog niet als partner" in t for t in texts)


def test_a_volunteer_chapter_lists_the_work_of_volunteers_not_paid_staff():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    request.records["P01"] = dict(PROJECT, summary="Twee consulenten (1,2 fte) doen de huisbezoeken.")
    request.records["P02"] = dict(PROJECT, ref="P02", title="Buurtkamer Oost", summary="Sinds 2022 werken 31 vrijwilligers "
                                                                                        "bij ouderen thuis.")
    request.goals[0].evidence = ["P01", "P02"]
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Inzet van vrijwilligers")
    assert any("31 vrijwilligers" in t and "(P02)" in t for t in texts)
    assert not any("consulenten" in t for t in texts)
    # a criterion on staff and volunteers names both
    request.tender.criteria[2] = CriterionInfo.of("Inzet van medewerkers en vrijwilligers (20%)")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Inzet van medewerkers en vrijwilligers")
    assert any("twee consulenten (1,2 fte)" in t for t in texts) and any("31 vrijwilligers" in t for t in texts)


def test_two_cooperation_chapters_list_our_partners_once_and_the_second_refers_back():
    request = sample_request(criteria=("Plan van aanpak (50%)", "Samenwerking met de dorpsraden (25%)",
                                       "Samenwerking met huisartsen (25%)"), route="subsidie")
    texts = body_texts(open_docx(draft_proposal(request).docx))
    line = "In Samen Thuis (Zaanstad, 2022–2024) werkten wij samen met Huisartsen Zaandam-Oost en Wijkverpleging."
    assert texts.count(line) == 1 and line in chapter(texts, "Samenwerking met de dorpsraden")
    second = chapter(texts, "Samenwerking met huisartsen")
    assert "Met welke partners wij in ons huidige werk samenwerken, staat in hoofdstuk 2." in second
    assert second[1] == "Van de partners die dit criterium noemt, werken wij al samen met Huisartsen Zaandam-Oost. (P01)"


def test_the_libraries_partners_stand_once_too_when_two_criteria_ask_for_cooperation():
    request = sample_request(criteria=("Plan van aanpak (50%)", "Samenwerking met de dorpsraden (25%)",
                                       "Samenwerking met huisartsen (25%)"), route="subsidie")
    request.library = Library(partners=[{"ref": "PA01", "type": "partner", "title": "Voedselbank Zaanstad",
                                         "extra": {"partner_role": "signalering bij geldzorgen", "since": "2017"}}])
    texts = body_texts(open_docx(draft_proposal(request).docx))
    line = "Voedselbank Zaanstad: signalering bij geldzorgen, partner sinds 2017."
    assert texts.count(line) == 1 and line in chapter(texts, "Samenwerking met de dorpsraden")
    assert "Met welke partners wij in ons huidige werk samenwerken, staat in hoofdstuk 2." in \
        chapter(texts, "Samenwerking met huisartsen")


def test_a_volunteer_chapter_counts_the_volunteers_of_the_chosen_work_and_the_projects_behind_its_results():
    request = sample_request(criteria=CRITERIA, route="subsidie")
    request.goals[0].evidence = ["R01"]  # a result only: the project behind it (not chosen) is the work it names
    request.records["R01"] = dict(request.records["R01"], summary="In 2023 zorgden 62 vrijwilligers voor de koffie.",
                                  municipality="Zaanstad")
    request.records["P01"] = dict(PROJECT, summary="Maatjes voor ouderen in twee wijken; vrijwilligers bezoeken hen.")
    document = open_docx(draft_proposal(request).docx)
    texts = chapter(body_texts(document), "Inzet van vrijwilligers")
    assert "In Samen Thuis (Zaanstad, 2023) zetten 62 vrijwilligers zich in. (R01)" in texts
    assert "Bij ons werken vrijwilligers in Samen Thuis. (P01)" in texts
    appendix = next(t for t in document.tables if t.rows[0].cells[0].text == "Bron")
    assert "P01" in [row.cells[0].text for row in appendix.rows]  # cited, so listed


@pytest.mark.parametrize("text, capital", [("één begeleider", "Eén begeleider"), ("een coördinator", "Een coördinator"),
                                           ("", "")])
def test_a_capital_opening_follows_dutch_spelling(text, capital):
    from proposal_builder.drafting.wording import capitalised
    assert capitalised(text) == capital


def test_a_criterion_on_the_grounding_of_the_approach_names_the_recognised_methods_and_those_our_results_ground():
    """"Onderbouwing van de aanpak" asks on what the approach rests: the chosen methods recognised in a databank with
    level and databank, and the others as grounded in our own results; the place to fill asks only the working
    elements (it asked the whole criterion before)."""
    request = sample_request(criteria=("Plan van aanpak (60%)", "Onderbouwing van de aanpak (40%)"), route="subsidie")
    texts = chapter(body_texts(open_docx(draft_proposal(request).docx)), "Onderbouwing van de aanpak")
    assert texts[1].startswith("Onze aanpak rust op erkende methoden: Maatjes Dichtbij (‘Goed onderbouwd’, Databank "
                               "Effectieve sociale interventies, Movisie).")
    assert texts[2].startswith("Buurtkamer is (nog) niet erkend in een databank; de werking onderbouwen wij met onze "
                               "eigen resultaten")
    assert texts[3].startswith(PLACEHOLDER_TEXT) and "werkzame elementen" in texts[3]
