"""What a section is for (section_roles.py) keeps what surrounds the goals out of them: a table of contents, obligations
after admission, explanatory notes and the explanation under theme headings, each read from a real .docx or .pdf."""

from proposal_builder.tender import analyse_tender, analyse_text, read_pasted
from proposal_builder.tender.extraction.section_roles import CONDITIONS, CONTENTS, NOTES, section_roles
from proposal_builder.tender.extraction.sections import SectionClassifier

from .tender_samples import docx_bytes, pdf_bytes

GOALS = ["Inwoners weten dat zij recht hebben op gratis cliëntondersteuning.",
         "Ouderen met beginnende kwetsbaarheid worden eerder bereikt.",
         "Mantelzorgers weten bij wie zij terechtkunnen met hun vragen."]


def _goals(data: bytes, name: str) -> list[str]:
    return [goal.text for goal in analyse_tender(data, name).goals]


def test_a_contents_list_under_the_title_names_no_goals():
    contents = ["Inleiding", "Aanleiding en ambitie", "Doelen en resultaten", "Budget en looptijd",
                "Uitsluitingsgronden en geschiktheidseisen"]
    data = docx_bytes([
        ("h1", "Aanbestedingsleidraad cliëntondersteuning Rietmonde"), ("p", "Kenmerk: RO-SD-2027-004"),
        ("bold", "Inhoudsopgave"), *[("number", entry) for entry in contents],
        ("h1", "1 Inleiding"), ("p", "De gemeente Rietmonde koopt cliëntondersteuning in voor haar inwoners."),
        ("h1", "2 Aanleiding en ambitie"), ("p", "Steeds meer ouderen wonen alleen."),
        ("h1", "3 Doelen en resultaten"), ("p", "De gemeente heeft de volgende doelen vastgesteld:"),
        *[("number", goal) for goal in GOALS],
        ("h1", "4 Budget en looptijd"), ("p", "Het budget bedraagt € 640.000 per jaar."),
        ("h1", "5 Uitsluitingsgronden en geschiktheidseisen"), ("p", "De inschrijver voldoet aan de eisen van de Aanbestedingswet."),
    ])
    assert _goals(data, "leidraad.docx") == GOALS


def test_a_contents_table_with_page_numbers_is_a_contents_list():
    blocks = read_pasted("# Leidraad welzijn\n| Hoofdstuk | Pagina |\n| 1 Inleiding | 3 |\n| 2 Wat willen we bereiken | 4 |\n"
                         "| 3 Hoe beoordelen wij | 7 |\n| 4 Planning | 9 |\n## Wat willen we bereiken\n- Inwoners kennen hun buren.\n")
    roles = section_roles(blocks, SectionClassifier(blocks))
    rows = [block for block in blocks if block.kind == "table_row"]
    assert rows and all(roles[block.position] == CONTENTS for block in rows)
    assert roles[blocks[-1].position] != CONTENTS


def test_obligations_after_admission_are_no_goals():
    data = pdf_bytes([
        ("h1", "Open House Geldzaken Heukelveen"),
        ("h1", "Wat moet de dienstverlening opleveren?"), ("p", "De gemeenten willen de volgende resultaten bereiken:"),
        ("bullet", "Huishoudens met een betalingsachterstand worden geholpen voordat de schulden zich opstapelen."),
        ("bullet", "Inwoners die hun post niet meer openmaken, krijgen weer grip op hun geldzaken."),
        ("h1", "Wat vragen wij van u?"), ("h2", "Na de toelating"), ("p", "Een toegelaten aanbieder verplicht zich:"),
        ("bullet", "elk kwartaal de gegevens over de resultaten aan te leveren in het format van de gemeenten;"),
        ("bullet", "een melding binnen vijf werkdagen op te pakken;"),
        ("bullet", "een wijziging in de organisatie die de toelating raakt, binnen twee weken te melden."),
    ])
    assert _goals(data, "openhouse.pdf") == [
        "Huishoudens met een betalingsachterstand worden geholpen voordat de schulden zich opstapelen.",
        "Inwoners die hun post niet meer openmaken, krijgen weer grip op hun geldzaken."]


def test_an_explanatory_sentence_under_a_theme_heading_is_no_goal_where_the_tender_lists_its_goals():
    goals = ["Inwoners van de kleine kernen bepalen samen met de dorpsraad wat er in hun dorp moet gebeuren.",
             "Inwoners die niet goed met de computer overweg kunnen, regelen zelf hun zaken met de overheid.",
             "Huisartsen in Mepperdam worden minder belast met vragen die niet medisch zijn."]
    data = docx_bytes([
        ("h1", "Subsidieoproep Dorpen aan Zet Mepperdam"),
        ("h1", "Wat willen we bereiken?"), ("p", "Het college stelt voor 2028 en 2029 de volgende doelen:"),
        *[("number", goal) for goal in goals],
        ("h1", "Wat verwachten wij per opgave?"),
        ("h2", "Digitaal meedoen"),
        ("p", "Volgens de bibliotheek hebben ruim 2.000 inwoners moeite met digitale zaken. Zij vragen vaak hun kinderen "
              "om hulp. Wij willen dat inwoners in hun eigen dorp iemand kunnen vinden die naast hen komt zitten."),
        ("h2", "Huisartsen en welzijn"),
        ("p", "De huisartsen zien veel patiënten met klachten die samenhangen met eenzaamheid of geldzorgen. Wij vragen een "
              "welzijnscoach die ook spreekuur houdt in het gezondheidscentrum en die de weg kent naar de activiteiten."),
        ("h1", "Hoeveel subsidie is er?"), ("p", "Het subsidieplafond bedraagt € 194.000."),
    ])
    assert _goals(data, "oproep.docx") == goals


def test_the_explanatory_notes_of_a_regulation_set_no_goals():
    text = ("# Subsidieregeling Opvoedondersteuning\n## Artikel 2 Doel van de regeling\nMet deze regeling wil het college "
            "dat ouders met opvoedvragen snel en dichtbij terechtkunnen bij een laagdrempelig aanbod.\n"
            "## Artikel 3 Activiteiten\nSubsidie kan worden verstrekt voor opvoedcursussen.\n"
            "## Artikel 4 Subsidieplafond\nHet subsidieplafond bedraagt € 212.000.\n"
            "# Algemeen\nDeze regeling volgt op een pilot.\n## Artikel 3\nEen cursus bestaat uit ten minste vier bijeenkomsten. "
            "Het college vindt het belangrijk dat cursussen ook in de avond of op zaterdag worden gegeven.\n")
    blocks = read_pasted(text)
    roles = section_roles(blocks, SectionClassifier(blocks))
    assert [roles[b.position] for b in blocks if b.text.startswith("Een cursus")] == [NOTES]
    assert [goal.text for goal in analyse_text(text).goals] == [
        "Met deze regeling wil het college dat ouders met opvoedvragen snel en dichtbij terechtkunnen bij een laagdrempelig aanbod."]


def test_the_heading_role_of_obligations_after_admission():
    blocks = read_pasted("# Open House\n## Wat vragen wij van u?\n### Na de toelating\n- een melding binnen vijf werkdagen op te pakken;\n")
    assert section_roles(blocks, SectionClassifier(blocks))[blocks[-1].position] == CONDITIONS
