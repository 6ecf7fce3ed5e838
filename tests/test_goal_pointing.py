"""Goals found whatever the format: a goal table flattened in text copied out of a PDF viewer, a labelled heading series
("Artikel 1", "Thema 1") whose layout does not rank it, and sentences about a goal stated before them (its measure, a
remark, a caveat) that add to that goal rather than make a goal of their own."""
from __future__ import annotations

import textwrap

from proposal_builder.tender import analyse_tender, analyse_text, read_pasted
from proposal_builder.tender.reading.blocks import HEADING

from .tender_samples import docx_bytes, pdf_bytes

WIDTH = 78


def _copied(*paragraphs: str) -> list[str]:
    """Lines as a PDF viewer copies them: each paragraph wrapped at WIDTH characters."""
    return [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, WIDTH)]


THEME_ROWS = [
    ("Inwoners met een hulpvraag worden snel en dichtbij geholpen, zonder van loket naar loket te gaan",
     "wachttijd tussen aanmelding en eerste gesprek", "ten hoogste tien werkdagen"),
    ("Het sociaal team houdt in beide kernen elke week spreekuur in het dorpshuis",
     "aantal weken per jaar met een spreekuur", "46 weken"),
    ("Ouders kunnen met een opvoedvraag zonder wachtlijst terecht bij een opvoedcoach die thuis langskomt",
     "aantal gezinnen met opvoedondersteuning aan huis", "40 gezinnen per jaar"),
]


def _copied_subsidy_call() -> str:
    """A subsidy call as copied out of a PDF viewer: hard-wrapped lines, headings as plain lines, "Artikel" and "Thema"
    series, and a goal table whose cells stand apart by two spaces ("Wat we willen bereiken | ...")."""
    lines = [
        "Uitvraag subsidie Samen Dorpen 2028", "Gemeente Dorpen – team Samenleving", "",
        "Artikel 1 Waar gaat deze uitvraag over?",
        *_copied("Met deze uitvraag zoekt het college één organisatie die in 2028 het sociaal team en de buurtbemiddeling "
                 "uitvoert. Het college wil dat iedere inwoner in zijn eigen dorp hulp kan vinden en mee kan doen."),
        "", "Artikel 2 Wat willen we bereiken?",
        *_copied("De uitvraag kent drie thema's. U dient één aanvraag in voor alle thema's samen."),
        "Thema 1 Nieuwkomers",
        *_copied("Wat we willen: Statushouders die in de dorpen komen wonen, vinden hun weg in het dorp en doen mee."),
        "Thema 2 Goede buren",
        *_copied("In kleine kernen kun je een conflict met je buren moeilijk ontlopen. Het doel voor dit thema is: Buren "
                 "kunnen bij een conflict een beroep doen op bemiddelaars uit hun eigen dorp. Wij meten dit aan het "
                 "aantal aanmeldingen voor buurtbemiddeling."),
        "Thema 3 Hulp dichtbij",
        *_copied("Het sociaal team is de plek waar inwoners terechtkunnen met vragen over geld, opvoeden en zorg. Voor dit "
                 "thema zijn de doelen en de manier waarop wij ze volgen:"),
        "Wat we willen bereiken  Hoe we het volgen  Streven 2029",
        *("  ".join(row) for row in THEME_ROWS),
        *_copied("Het spreekuur in de dorpshuizen is daarom voor ons belangrijk."),
        "", "Artikel 3 Hoeveel subsidie is er?",
        *_copied("Het subsidieplafond voor deze uitvraag bedraagt € 318.000 per jaar."),
        *_copied("Van het plafond komt naar verwachting € 74.000 per jaar uit de rijksvergoeding."),
        "", "Artikel 4 Wie kan subsidie aanvragen?",
        *_copied("Uw aanvraag wordt alleen in behandeling genomen als u aan alle volgende voorwaarden voldoet:"),
        "- u bent een stichting of vereniging zonder winstoogmerk;",
        "- u heeft ten minste drie jaar ervaring met sociaal werk;",
        "- iedere medewerker die bij inwoners thuis komt, heeft een Verklaring Omtrent het Gedrag.",
        "", "Artikel 5 Wanneer moet uw aanvraag binnen zijn?",
        *_copied("Uw aanvraag moet uiterlijk op 15 oktober 2027 om 12.00 uur binnen zijn."),
        *_copied("Het college besluit uiterlijk 30 november 2027."),
        "", "Pagina 1 van 1",
    ]
    return "\n".join(lines)


def test_copied_goal_table_with_cells_apart_by_spaces_gives_its_rows_as_goals_with_indicator_and_target():
    goals = analyse_text(_copied_subsidy_call()).goals
    rows = {goal.text: goal for goal in goals}
    for goal_text, indicator, target in THEME_ROWS:
        assert goal_text in rows, goal_text
        assert rows[goal_text].indicator == indicator and rows[goal_text].target == target


def test_copied_labelled_heading_series_keeps_one_level_and_its_parts_nest_under_the_article_that_holds_them():
    blocks = read_pasted(_copied_subsidy_call())
    headings = {b.text.split()[0] + " " + b.text.split()[1]: b for b in blocks if b.kind == HEADING
                and b.text.startswith(("Artikel", "Thema"))}
    (article_level,) = {headings[f"Artikel {n}"].level for n in (1, 2, 3)}
    assert {headings[f"Thema {n}"].level for n in (1, 2, 3)} == {article_level + 1}
    assert all(headings[f"Thema {n}"].section[-2] == "Artikel 2 Wat willen we bereiken?" for n in (1, 2, 3))


def test_copied_call_keeps_each_themes_goal_and_sets_the_introductions_ambition_apart():
    texts = [goal.text for goal in analyse_text(_copied_subsidy_call()).goals]
    assert any(text.startswith("Buren kunnen bij een conflict") for text in texts)  # the goal of Thema 2
    assert any(text.startswith("Statushouders die in de dorpen") for text in texts)
    assert not any(text.startswith("Het college wil dat iedere inwoner") for text in texts)  # Artikel 1: the ambition


def test_pdf_headings_of_one_style_nest_an_article_series_under_the_chapter_it_begins_in():
    data = pdf_bytes([
        ("h2", "Hoofdstuk 1 Algemeen"), ("para", "Deze regeling geldt voor het sociaal werk in de gemeente."),
        ("h2", "Artikel 1 Begrippen"), ("para", "In deze regeling wordt verstaan onder aanbieder: de organisatie die het "
                                                "werk uitvoert."),
        ("h2", "Artikel 2 Doel van de regeling"), ("para", "De subsidie is bedoeld voor activiteiten in de wijken."),
        ("h2", "Hoofdstuk 2 Aanvragen"), ("para", "Een aanvraag wordt ingediend met het aanvraagformulier."),
        ("h2", "Artikel 3 Termijn"), ("para", "De aanvraag moet uiterlijk 1 oktober 2027 binnen zijn."),
    ])
    headings = {b.text: b for b in analyse_tender(data, "regeling.pdf").blocks if b.kind == HEADING}
    assert headings["Hoofdstuk 1 Algemeen"].level == headings["Hoofdstuk 2 Aanvragen"].level
    assert headings["Artikel 1 Begrippen"].section[:-1] == ["Hoofdstuk 1 Algemeen"]
    assert headings["Artikel 2 Doel van de regeling"].section[:-1] == ["Hoofdstuk 1 Algemeen"]
    assert headings["Artikel 3 Termijn"].section[:-1] == ["Hoofdstuk 2 Aanvragen"]


def test_pdf_headings_of_one_style_nest_a_series_of_core_goals_under_the_numbered_chapter_that_holds_them():
    data = pdf_bytes([
        ("h2", "2 Achtergrond"), ("para", "De regio vergrijst en de vraag naar ondersteuning groeit."),
        ("para", "In 2024 was 22% van de inwoners 65 jaar of ouder."), ("para", "Veel mantelzorgers zijn overbelast."),
        ("h2", "3 Kerndoelen en subresultaten"), ("para", "De drie gemeenten sturen op twee kerndoelen."),
        ("h2", "Kerndoel 1: Meedoen en verbinden"),
        ("para", "Inwoners van Vaartland doen mee in hun dorp of wijk en hebben contact met anderen."),
        ("para", "Daaraan dragen de volgende subresultaten bij:"),
        ("bullet", "Elke kern met meer dan 500 inwoners heeft een ontmoetingsplek die drie dagdelen per week open is."),
        ("h2", "Kerndoel 2: Samen zorgen"),
        ("para", "Inwoners die zorgen voor een naaste, houden dat vol en voelen zich gewaardeerd."),
        ("h2", "4 Procedure"), ("para", "De inschrijving moet uiterlijk 1 oktober 2027 binnen zijn."),
        ("para", "Vragen stelt u via TenderNed tot 1 september 2027."), ("para", "De gunning volgt in november 2027."),
    ])
    analysis = analyse_tender(data, "inkoopdocument.pdf")
    headings = {b.text: b for b in analysis.blocks if b.kind == HEADING}
    for title in ("Kerndoel 1: Meedoen en verbinden", "Kerndoel 2: Samen zorgen"):
        assert headings[title].section[:-1] == ["3 Kerndoelen en subresultaten"]
    assert headings["4 Procedure"].section == ["4 Procedure"]
    texts = [goal.text[:20] for goal in analysis.goals]
    assert texts == ["Inwoners van Vaartla", "Elke kern met meer d", "Inwoners die zorgen "]


def test_docx_target_sentence_under_a_goal_heading_in_the_indicator_section_is_that_goals_target_not_a_goal():
    data = docx_bytes([
        ("h1", "2 Ambitie en doelen"), ("h2", "2.2 Doelen"), ("para", "De gemeenten hebben drie doelen:"),
        ("number", "Jongeren hebben in hun eigen kern een plek waar zij elkaar ontmoeten."),
        ("number", "Jongeren die dreigen vast te lopen, worden vroeg gezien."),
        ("number", "Minder jongeren voelen zich vaak eenzaam of somber."),
        ("h2", "2.3 Indicatoren en streefwaarden"),
        ("para", "De gemeenten volgen de doelen met een beperkt aantal indicatoren."),
        ("h3", "Doel 1"), ("para", "Voor doel 1 kijken wij naar het aantal kernen met een wekelijkse inloop voor jongeren."),
        ("h3", "Doel 3"), ("para", "Het percentage jongeren van 12 tot 18 jaar dat zich vaak eenzaam voelt, daalt van 21 "
                                   "naar 16 procent in 2030. Wij gebruiken hiervoor de Jeugdmonitor."),
        ("h1", "3 Procedure"), ("para", "De inschrijving moet uiterlijk 1 oktober 2027 binnen zijn."),
    ])
    goals = analyse_tender(data, "leidraad.docx").goals
    assert [goal.text[:22] for goal in goals] == ["Jongeren hebben in hun", "Jongeren die dreigen v", "Minder jongeren voelen"]
    assert goals[2].indicator == "percentage jongeren van 12 tot 18 jaar dat zich vaak eenzaam voelt"
    assert goals[2].target == "16 procent in 2030"


def test_pdf_caveat_and_monitoring_sentences_about_the_goals_above_are_no_goals_and_the_monitoring_one_measures_its_goal():
    data = pdf_bytes([
        ("h1", "Wat wij willen bereiken"), ("para", "Met deze subsidie willen wij de volgende resultaten bereiken:"),
        ("bullet", "Ten minste 150 volwassenen per jaar volgen een taal-, reken- of digitale cursus via het Taalhuis."),
        ("bullet", "Van de cursisten zegt 70% na afloop dat zij beter mee kunnen doen in het dagelijks leven."),
        ("bullet", "Werkgevers en huisartsen herkennen laaggeletterdheid en verwijzen inwoners door naar het Taalhuis."),
        ("para", "Wij volgen het derde resultaat aan het aantal doorverwijzingen naar het Taalhuis per jaar. De streefwaarde "
                 "is ten minste 60 doorverwijzingen in 2028."),
        ("para", "De gemeente beseft dat deze resultaten niet alleen van het Taalhuis afhangen. De indicatoren zijn "
                 "bedoeld om samen te leren."),
        ("h1", "Planning"), ("para", "De aanvraag moet uiterlijk 1 oktober 2027 binnen zijn."),
    ])
    goals = analyse_tender(data, "uitvraag.pdf").goals
    assert [goal.text[:20] for goal in goals] == ["Ten minste 150 volwa", "Van de cursisten zeg", "Werkgevers en huisar"]
    assert goals[2].indicator == "aantal doorverwijzingen naar het Taalhuis per jaar"
    assert goals[2].target == "ten minste 60 doorverwijzingen in 2028"


def test_copied_remarks_on_a_lots_goals_are_no_goals():
    lines = [
        "Deel B Percelen en beoogde resultaten",
        *_copied("Per perceel geven wij aan welke resultaten wij willen bereiken en hoe wij die volgen."),
        "Perceel 1 Jongerenwerk",
        "1. Jongeren voelen zich gezien en hebben buiten het gezin een volwassene bij wie ze terechtkunnen.",
        "2. Jongeren ontdekken waar ze goed in zijn en krijgen de kans dat te laten zien.",
        *_copied("Bij resultaat 2 denken wij aan muziek, dans, media en sport, maar ook aan jongeren die zelf activiteiten "
                 "organiseren."),
        "Perceel 2 Gezinscoaches",
        "3. Ten minste 60 gezinnen per jaar met krappe financiën krijgen een gezinscoach.",
        "  - Dit aantal geldt voor de twee gemeenten samen.",
        *_copied("Onder dit perceel vallen een laagdrempelig spreekuur op scholen en kortdurende ondersteuning thuis."),
        "", "Deel C Toelating", *_copied("U wordt toegelaten als u voldoet aan de eisen hieronder."),
    ]
    texts = [goal.text for goal in analyse_text("\n".join(lines)).goals]
    assert [text[:22] for text in texts] == ["Jongeren voelen zich g", "Jongeren ontdekken waa", "Ten minste 60 gezinnen"]
