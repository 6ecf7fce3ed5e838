"""From an analysed tender to the saved shape: title, municipality, budget text, goals with their source."""
import pytest

from proposal_builder.tender import Block, Budget, analyse_text
from proposal_builder.tender.goal_edits import MAX_GOALS
from proposal_builder.tender.intake import (FALLBACK_TITLE, base_name, format_budget, guess_municipality,
                                            guess_title, tender_record)

from .test_views_tenders import PASTED as TENDER



def _blocks(*texts, kind="paragraph"):
    return [Block(text, kind, [], position) for position, text in enumerate(texts)]


@pytest.mark.parametrize("blocks, filename, title", [
    (_blocks("Subsidieregeling Mantelzorg 2027", "Tekst."), "", "Subsidieregeling Mantelzorg 2027"),
    (_blocks("Dit is een lange eerste zin die eindigt met een punt.", "x"), "uitvraag_jeugd-2027.docx", "uitvraag jeugd 2027"),
    ([Block("Lange alinea zonder kop.", "paragraph", [], 0), Block("1. Inleiding", "heading", ["1. Inleiding"], 1),
      Block("Programma van Eisen Jongerenwerk", "heading", ["Programma van Eisen Jongerenwerk"], 2)], "", "Programma van Eisen Jongerenwerk"),
    ([], "", FALLBACK_TITLE),
    (_blocks("Lange zin die met een punt eindigt."), r"C:\Users\anna\Offerteaanvraag Welzijn.pdf", "Offerteaanvraag Welzijn"),
    (_blocks("Van: Marieke Doornbos <m.doornbos@welzijn.nl>\nVerzonden: dinsdag 22 september 2026\n"
             "Onderwerp: FW: RE: Uitvraag Mantelzorg 2027 - gemeente Kleiburg", "Hoi Sanne,"), "",
     "Uitvraag Mantelzorg 2027 - gemeente Kleiburg"),
    (_blocks("Van: Marieke", "Aan: Sanne", "Onderwerp: FW:", "Subsidieregeling Jeugd 2027", "Tekst."), "",
     "Subsidieregeling Jeugd 2027"),
    ([Block("Het college van burgemeester en wethouders van de gemeente Meerhove;", "paragraph", [], 0),
      Block("Hoofdstuk 1 Algemene bepalingen", "heading", [], 1), Block("Artikel 1 Begripsbepalingen", "heading", [], 2)],
     "beleidsregel_meerhove.pdf", "beleidsregel meerhove"),
    # A web page pasted whole: its breadcrumb trail is navigation; the page's own heading is the title.
    (_blocks("Home > Inwoners > Subsidies > Subsidieregeling Sociaal Dichtbij 2028–2029",
             "Subsidie Sociaal Dichtbij Gravelinge 2028–2029", "Laatst gewijzigd: 28 juli 2027"), "",
     "Subsidie Sociaal Dichtbij Gravelinge 2028–2029"),
    (_blocks("Home › Subsidies › Jeugd", "Subsidieregeling Jeugd 2027", "Tekst."), "", "Subsidieregeling Jeugd 2027"),
    # One arrow in a title is no trail.
    (_blocks("Van wijk > stad: jongerenwerk 2027", "Tekst."), "", "Van wijk > stad: jongerenwerk 2027"),
])
def test_title_comes_from_the_document_then_the_file_name(blocks, filename, title):
    assert guess_title(blocks, filename) == title


def test_a_very_long_title_is_clipped():
    assert len(guess_title(_blocks("Woord " * 14 + "x" * 300))) == 200


@pytest.mark.parametrize("texts, name", [
    (["De gemeente Zaanstad zoekt een aanbieder.", "Gemeente Zaanstad, afdeling Welzijn", "de gemeente Purmerend"], "Zaanstad"),
    (["Gemeente Den Haag wil dat inwoners meedoen."], "Den Haag"),
    (["Uitvraag gemeente Alphen aan den Rijn 2027"], "Alphen aan den Rijn"),
    (["De gemeente Oude IJsselstreek vraagt"], "Oude IJsselstreek"),
    (["De gemeente wil dat ouderen meedoen."], ""),
])
def test_municipality_is_the_name_most_often_after_gemeente(texts, name):
    assert guess_municipality(_blocks(*texts)) == name


@pytest.mark.parametrize("budget, text", [
    (Budget(450000.0, True), "€ 450.000 per jaar"), (Budget(1350000.5), "€ 1.350.000,50"), (None, "")])
def test_budget_is_written_the_dutch_way(budget, text):
    assert format_budget(budget) == text


def test_base_name_drops_folders_of_any_system():
    assert base_name(r"C:\a\b.docx") == "b.docx" and base_name("/tmp/x/c.pdf") == "c.pdf"


def test_tender_record_holds_facts_blocks_and_goals_with_their_source():
    record = tender_record(analyse_text(TENDER), source_name="/home/anna/uitvraag.txt")
    assert record["title"] == "Uitvraag Welzijn Ouderen Zaanstad 2027"
    assert record["municipality"] == "Zaanstad" and record["source_name"] == "uitvraag.txt"
    assert (record["deadline"], record["budget"]) == ("2027-03-01T12:00", "€ 450.000 per jaar")
    table_goal = record["goals"][-1]
    assert (table_goal["indicator"], table_goal["target"]) == ("aandeel eenzame ouderen", "20% minder in 2028")
    for goal in record["goals"]:
        assert record["blocks"][goal["block"]]["text"].startswith(goal["text"].rstrip("."))
        assert goal["evidence"] == [] and goal["own_text"] == ""


def test_typed_title_and_municipality_win_over_the_guess():
    record = tender_record(analyse_text(TENDER), title=" Mijn titel ", municipality="Wormerland")
    assert (record["title"], record["municipality"]) == ("Mijn titel", "Wormerland")


def many_goals_text(count: int) -> str:
    """A pasted tender whose goal list has `count` different goals."""
    parts = ["Noord", "Zuid", "Oost", "West", "Centrum", "Haven", "Dorp", "Veld", "Park", "Meer", "Bos", "Hoek",
             "Dijk", "Kade", "Plein", "Molen", "Brug", "Wei", "Akker", "Berg"]
    places = [a + b.lower() for a in parts for b in parts][:count]
    return ("Uitvraag Welzijn Ouderen 2027\n\n2. Doelen\nDe gemeente wil het volgende bereiken:\n"
            + "".join(f"- Minder ouderen in {place} voelen zich eenzaam.\n" for place in places))


def test_a_tender_keeps_its_first_goals_up_to_the_cap_and_says_how_many_it_read():
    analysis = analyse_text(many_goals_text(MAX_GOALS + 50))
    record = tender_record(analysis)
    assert len(record["goals"]) == MAX_GOALS
    assert record["goals"][0]["text"] == analysis.goals[0].text and record["goals"][-1]["text"] == analysis.goals[MAX_GOALS - 1].text
    assert record["notices"] == [f"De uitvraag leest als 250 doelen; alleen de eerste {MAX_GOALS} zijn overgenomen "
                                 "(meer doelen per aanbesteding kan niet). Controleer of de tekst echt een uitvraag "
                                 "is, en voeg doelen samen die bij elkaar horen."]


def test_a_tender_at_the_cap_keeps_every_goal_without_a_notice():
    record = tender_record(analyse_text(many_goals_text(MAX_GOALS)))
    assert len(record["goals"]) == MAX_GOALS and record["notices"] == []
