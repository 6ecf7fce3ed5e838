"""Goals found by the structure around a line: measurement lines under a goal, a paragraph summing up the list below
it, a sentence disowned by the next, label cells, a lead-in asked as a question, part headings, forecasts."""
from __future__ import annotations

from fpdf import FPDF

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes, pdf_bytes


def _texts(analysis) -> list[str]:
    return [goal.text for goal in analysis.goals]


def test_labelled_measurement_lines_under_a_goal_are_no_goals_but_stay_blocks():
    data = docx_bytes([("h1", "Inleiding"), ("para", "De drie gemeenten kopen sociaal werk in."),
                       ("h1", "Wat willen de gemeenten bereiken"),
                       ("number", "Inwoners voelen zich minder eenzaam en hebben een netwerk."),
                       ("bullet2", "Indicator: aandeel inwoners dat zich ernstig eenzaam voelt (Gezondheidsmonitor)."),
                       ("bullet2", "Nulmeting 2024: 12%. Streefwaarde: 10% in 2030."),
                       ("number", "Mantelzorgers houden het vol."),
                       ("bullet2", "Streefwaarde: ten hoogste 14% in 2030."),
                       ("h1", "Procedure"), ("para", "Inschrijven kan tot 1 mei 2027.")])
    analysis = analyse_tender(data, "leidraad.docx")
    assert _texts(analysis) == ["Inwoners voelen zich minder eenzaam en hebben een netwerk.", "Mantelzorgers houden het vol."]
    assert any(block.text.startswith("Nulmeting 2024") for block in analysis.blocks)


def test_a_paragraph_right_before_a_goal_list_sums_it_up_and_is_no_goal():
    goals = _texts(analyse_text(
        "## 3 Ambitie en doelen\n\nDe vier gemeenten willen dat geldzorgen eerder op tafel komen en dat inwoners daarna "
        "op eigen benen verder kunnen.\n\nWat we willen\n\n- Doel 1 – Inwoners met betalingsachterstanden worden eerder "
        "bereikt.\n- Doel 2 – Meer inwoners met geldzorgen melden zich zelf.\n"))
    assert goals == ["Inwoners met betalingsachterstanden worden eerder bereikt.",
                     "Meer inwoners met geldzorgen melden zich zelf."]


def test_a_sentence_the_next_one_disowns_is_no_goal():
    goals = _texts(analyse_text(
        "## Doelen\n\nInwoners met geldzorgen voelen zich gesteund.\n\nHet Rijk wil dat het aantal huishoudens met "
        "problematische schulden in 2030 is gehalveerd. De regio neemt die ambitie niet als eigen doel over.\n"))
    assert goals == ["Inwoners met geldzorgen voelen zich gesteund."]


def test_short_label_cells_of_a_goal_column_are_no_goals():
    data = docx_bytes([("h1", "Doelen"), ("table", [
        ["Doel", "Indicator", "Streefwaarde 2030"],
        ["Eerder bereiken", "aandeel meldingen met contact binnen vijf werkdagen", "95%"],
        ["Inwoners met schulden zijn sneller stabiel.", "aandeel huishoudens stabiel binnen drie maanden", "70%"]])])
    assert _texts(analyse_tender(data, "doelen.docx")) == ["Inwoners met schulden zijn sneller stabiel."]


def test_a_list_after_the_question_what_we_want_to_reach_holds_goals():
    goals = _texts(analyse_text(
        "Beste allemaal,\n\nDe gemeente wil het maatjesproject uitbreiden.\n\nWat willen we bereiken? Drie dingen:\n"
        "1) Ouderen in de wijk zijn minder alleen en weten elkaar te vinden.\n"
        "2) Vrijwilligers voelen zich gewaardeerd en haken minder snel af.\n\nGroet, Marloes\n"))
    assert goals == ["Ouderen in de wijk zijn minder alleen en weten elkaar te vinden.",
                     "Vrijwilligers voelen zich gewaardeerd en haken minder snel af."]


def test_items_under_part_headings_announced_as_goals_are_goals():
    goals = _texts(analyse_text(
        "Waar het om gaat\nAanbieders kiezen een of meer thema's. Per thema geeft de gemeente aan wat zij wil bereiken.\n"
        "Thema 1: Geldzaken\n• Inwoners met financiële problemen weten de weg naar hulp te vinden en schamen zich minder "
        "om die hulp te vragen\nThema 2: Mantelzorg\n• Inwoners die langdurig voor een ander zorgen, worden tijdig "
        "ontlast zodat zij hun zorg kunnen volhouden\n\nToelatingseisen\nDe aanbieder is ingeschreven bij de KvK.\n"))
    assert goals == ["Inwoners met financiële problemen weten de weg naar hulp te vinden en schamen zich minder om die "
                     "hulp te vragen", "Inwoners die langdurig voor een ander zorgen, worden tijdig ontlast zodat zij "
                     "hun zorg kunnen volhouden"]


def test_a_forecast_is_no_goal():
    data = pdf_bytes([("h1", "Waarom deze uitvraag"),
                      ("para", "Aldermonde vergrijst. In 2025 was 9% van de inwoners 75 jaar of ouder; in 2035 is dat "
                               "naar verwachting 13%."),
                      ("h1", "Doelen"), ("bullet", "Ouderen voelen zich minder eenzaam.")])
    assert _texts(analyse_tender(data, "uitvraag.pdf")) == ["Ouderen voelen zich minder eenzaam."]


def test_a_paragraph_disowned_by_the_next_one_gives_no_goal():
    goals = _texts(analyse_text(
        "## Doelen\n\nInwoners met geldzorgen voelen zich gesteund.\n\nHet Rijk wil dat het aantal huishoudens met "
        "problematische schulden in 2030 is gehalveerd.\n\nDe regio onderschrijft die ambitie, maar neemt haar niet als "
        "eigen doel over.\n"))
    assert goals == ["Inwoners met geldzorgen voelen zich gesteund."]


def test_a_later_sentence_setting_the_norm_for_the_goal_before_it_is_no_goal():
    goals = _texts(analyse_text(
        "## Doelen\n\nMinder inwoners voelen zich eenzaam. Het aandeel volwassenen dat zich ernstig eenzaam voelt, moet "
        "dalen van 13 procent in 2024 naar 10 procent in 2029.\n\nKinderen groeien gezond op. Wij meten dit aan het "
        "aandeel kinderen met overgewicht; dat moet dalen van 19 procent naar 15 procent in 2029.\n"))
    assert goals == ["Minder inwoners voelen zich eenzaam.", "Kinderen groeien gezond op."]


def _same_size_headings_pdf(elements: list[tuple[str, str]]) -> bytes:
    """A PDF whose headings, numbered or not, are all set in one bold size just above the body text."""
    pdf = FPDF()
    pdf.add_page()
    for kind, text in elements:
        pdf.set_font("Helvetica", "B" if kind == "h" else "", 10 if kind == "h" else 9)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def test_a_part_heading_set_like_the_numbered_chapters_is_a_part_of_the_chapter_above():
    data = _same_size_headings_pdf([
        ("h", "1. Waarom deze uitvraag?"), ("p", "Heerderveen wil een gemeente zijn waar inwoners gezond leven."),
        ("h", "2. Wat willen wij bereiken?"), ("p", "De uitvraag kent twee thema's."),
        ("h", "Thema A - Eenzaamheid"), ("p", "Minder inwoners van Heerderveen voelen zich eenzaam."),
        ("h", "Thema B - Mantelzorg"), ("p", "Mantelzorgers zijn minder vaak overbelast."),
        ("h", "3. Hoeveel subsidie is er?"), ("p", "Het subsidieplafond bedraagt 1.000.000 euro per jaar.")])
    goals = analyse_tender(data, "uitvraag.pdf").goals
    assert [goal.text for goal in goals] == ["Minder inwoners van Heerderveen voelen zich eenzaam.",
                                             "Mantelzorgers zijn minder vaak overbelast."]
    assert goals[0].section == ["2. Wat willen wij bereiken?", "Thema A - Eenzaamheid"]


def test_a_goal_item_is_the_text_before_the_bracket_saying_how_it_is_measured():
    data = pdf_bytes([("h1", "Doelen en resultaten"),
                      ("number", ("1.", "Mantelzorgers die respijtzorg gebruiken, voelen zich minder belast (indicator: "
                                        "aandeel gebruikers dat zich minder belast voelt; streefwaarde: ten minste 70%).")),
                      ("number", ("2.", "Per jaar starten ten minste 150 inwoners met een taaltraject."))])
    goal = analyse_tender(data, "openhouse.pdf").goals[0]
    assert goal.text == "Mantelzorgers die respijtzorg gebruiken, voelen zich minder belast"
    assert goal.indicator.startswith("aandeel gebruikers dat zich minder belast voelt")


def test_the_list_under_a_part_heading_of_the_assignment_holds_its_goals():
    data = pdf_bytes([("h1", "1 Inleiding"), ("para", "De gemeente nodigt u uit een offerte uit te brengen voor buurtsport."),
                      ("h1", "2 Opdracht"), ("para", "De opdracht bestaat uit twee percelen."),
                      ("h2", "Perceel A Jeugd"), ("bullet", "Kinderen van 4 tot 12 jaar bewegen minimaal vijf uur per week."),
                      ("h2", "Perceel B Volwassenen"),
                      ("bullet", "Inwoners van 55 jaar en ouder blijven fit en doen mee aan beweegactiviteiten."),
                      ("h1", "3 Planning"), ("para", "Vragen kunt u tot 10 mei 2027 stellen.")])
    assert _texts(analyse_tender(data, "offerte.pdf")) == [
        "Kinderen van 4 tot 12 jaar bewegen minimaal vijf uur per week.",
        "Inwoners van 55 jaar en ouder blijven fit en doen mee aan beweegactiviteiten."]


def test_a_label_line_over_what_is_asked_of_the_provider_announces_duties_not_goals():
    data = docx_bytes([("h1", "Inleiding"), ("para", "De gemeente koopt cliëntondersteuning in."),
                       ("h1", "Resultaatgebieden"), ("h2", "Resultaatgebied 1 Onafhankelijke cliëntondersteuning"),
                       ("para", "Beoogd resultaat voor de inwoner"),
                       ("bullet", "De inwoner voelt zich gehoord en serieus genomen."),
                       ("para", "Wat verwachten we van de aanbieder"),
                       ("bullet", "De aanbieder evalueert iedere koppeling na drie maanden met de inwoner en het maatje."),
                       ("h1", "Procedure"), ("para", "Aanmelden kan tot 1 mei 2027.")])
    assert _texts(analyse_tender(data, "openhouse.docx")) == ["De inwoner voelt zich gehoord en serieus genomen."]


def test_a_sentence_naming_what_is_to_be_reached_without_stating_it_is_no_goal():
    goals = _texts(analyse_text(
        "## Doelen\n\nDe gemeenteraad heeft per thema vastgesteld wat de gemeente wil bereiken. Binnen dit thema willen "
        "wij twee dingen bereiken.\n\n| Thema | Doel |\n| Meedoen | Inwoners voelen zich gezien en doen mee in hun buurt. |\n"))
    assert goals == ["Inwoners voelen zich gezien en doen mee in hun buurt."]


def test_a_lead_in_asking_something_of_the_provider_announces_duties():
    goals = _texts(analyse_text(
        "Beste allemaal,\n\nWat willen we bereiken? Twee dingen:\n"
        "1) Ouderen in de wijk zijn minder alleen.\n2) Vrijwilligers voelen zich gewaardeerd.\n\n"
        "Wat we in elk geval van jullie vragen:\n"
        "- De coördinator is minimaal 16 uur per week beschikbaar en werkt vanuit de wijk.\n\nGroet, Marloes\n"))
    assert goals == ["Ouderen in de wijk zijn minder alleen.", "Vrijwilligers voelen zich gewaardeerd."]


def test_the_first_sentence_under_a_heading_naming_one_goal_is_that_goal():
    data = docx_bytes([("h1", "Inleiding"), ("para", "De regio koopt mantelzorgondersteuning in."),
                       ("h1", "Doelen"), ("h2", "Doel 1"),
                       ("para", "Mantelzorgers krijgen in hun eigen gemeente ondersteuning die past bij hun situatie."),
                       ("para", "Indicator: aandeel mantelzorgers dat tevreden is over de ondersteuning."),
                       ("h2", "Doel 2"), ("para", "Er is één regionale vacaturebank voor vrijwilligerswerk."),
                       ("h1", "Procedure"), ("para", "Inschrijven kan tot 1 mei 2027.")])
    assert _texts(analyse_tender(data, "document.docx")) == [
        "Mantelzorgers krijgen in hun eigen gemeente ondersteuning die past bij hun situatie.",
        "Er is één regionale vacaturebank voor vrijwilligerswerk."]


def test_a_later_sentence_giving_only_the_figure_of_the_goal_before_it_is_no_goal():
    goals = _texts(analyse_text(
        "## Doelen\n\nJongeren voelen zich welkom in het jongerencentrum. Wij streven naar 30 procent in 2030.\n\n"
        "Meer jongeren doen mee aan activiteiten in de wijk. In 2029 willen wij dat het er 400 per jaar zijn.\n"))
    assert goals == ["Jongeren voelen zich welkom in het jongerencentrum.", "Meer jongeren doen mee aan activiteiten in de wijk."]


def test_a_sentence_naming_a_goal_and_how_it_is_measured_is_no_goal():
    data = docx_bytes([("h1", "Wat wij willen bereiken"), ("para", "De gemeenten willen het volgende bereiken:"),
                       ("bullet", "Inwoners met een ondersteuningsvraag kunnen zelfstandig thuis blijven wonen."),
                       ("bullet", "Cliënten en hun naasten zijn tevreden over de ondersteuning."),
                       ("para", "Wij volgen deze resultaten met een jaarlijks onderzoek. Voor het eerste resultaat kijken wij "
                                "naar het aandeel cliënten dat thuis blijft wonen; dat moet ten minste 80% zijn. Voor het "
                                "tweede resultaat is de indicator het aandeel cliënten dat een 7 of hoger geeft, met een "
                                "streefwaarde van ten minste 85%."),
                       ("h1", "Procedure"), ("para", "Aanmelden kan tot 1 mei 2027.")])
    assert _texts(analyse_tender(data, "toelating.docx")) == [
        "Inwoners met een ondersteuningsvraag kunnen zelfstandig thuis blijven wonen.",
        "Cliënten en hun naasten zijn tevreden over de ondersteuning."]


def test_a_sentence_giving_a_named_goal_its_measure_or_none_is_no_goal():
    goals = _texts(analyse_text(
        "## Wat wij willen bereiken\n\nMeer jongeren doen mee aan activiteiten die zij zelf bedenken.\n\n"
        "Jongeren met zorgen over thuis worden eerder gezien en op tijd doorverwezen.\n\n"
        "Voor de overlast volgen wij het aantal meldingen. Voor Meedoen hanteren wij als maat het aantal zelf "
        "georganiseerde activiteiten per jaar, met als streefwaarde ten minste 40. Voor Op tijd hulp hebben wij bewust "
        "geen cijfer opgenomen: wij willen niet dat het jongerenwerk gaat sturen op aantallen doorverwijzingen.\n"))
    assert goals == ["Meer jongeren doen mee aan activiteiten die zij zelf bedenken.",
                     "Jongeren met zorgen over thuis worden eerder gezien en op tijd doorverwezen."]


def test_people_reached_sooner_is_the_goal_and_the_target_after_it_its_figure():
    goals = _texts(analyse_text(
        "## 3 Wat wij willen bereiken\n\nInwoners met betalingsachterstanden worden eerder bereikt. Het aandeel "
        "vroegsignaleringen waarbij binnen drie weken contact is gelegd, stijgt naar ten minste 70% in 2029. Nu is dat "
        "ongeveer 45%.\n\n## 4 Procedure\n\nAanvragen kan tot 1 mei 2027.\n"))
    assert goals == ["Inwoners met betalingsachterstanden worden eerder bereikt."]


def test_a_list_item_that_only_names_a_part_is_no_goal():
    data = docx_bytes([("h1", "Artikel 2 Doel en onderdelen"),
                       ("number", "De regeling kent twee onderdelen:"),
                       ("bullet2", "onderdeel A Welzijn en ontmoeting;"),
                       ("bullet2", "onderdeel B Mantelzorg en vrijwillige inzet."),
                       ("h1", "Artikel 3 Doelen"), ("para", "De activiteiten dragen bij aan deze doelen:"),
                       ("bullet", "Inwoners hebben een plek in de buurt waar zij anderen ontmoeten."),
                       ("bullet", "Mantelzorgers ervaren minder overbelasting.")])
    assert _texts(analyse_tender(data, "regeling.docx")) == [
        "Inwoners hebben een plek in de buurt waar zij anderen ontmoeten.", "Mantelzorgers ervaren minder overbelasting."]


def test_the_terms_on_which_a_subsidy_is_granted_are_no_goals():
    goals = _texts(analyse_text(
        "Artikel 3 Subsidiabele activiteiten\n\n1. Het college kan subsidie verstrekken voor activiteiten die bijdragen aan "
        "een of meer doelen van een onderdeel.\n2. Subsidie wordt alleen verstrekt voor activiteiten die vrij toegankelijk "
        "zijn voor inwoners.\n3. Er is in elke wijk een wekelijks inloopspreekuur voor mantelzorgers.\n"))
    assert goals == ["Er is in elke wijk een wekelijks inloopspreekuur voor mantelzorgers."]


def test_a_sentence_the_next_one_measures_is_a_goal():
    data = pdf_bytes([("h1", "3 Wat willen we bereiken?"),
                      ("para", "Met de voorziening willen de gemeenten het volgende bereiken."),
                      ("para", "Inwoners met een beperking hebben een zinvolle daginvulling dicht bij huis. We meten dit met "
                               "de vraag 'Ik heb een zinvolle dag' in het jaarlijkse onderzoek."),
                      ("h1", "4 Procedure"), ("para", "Aanmelden kan tot 1 mei 2027.")])
    assert _texts(analyse_tender(data, "openhouse.pdf")) == [
        "Inwoners met een beperking hebben een zinvolle daginvulling dicht bij huis."]


def test_of_two_goal_columns_the_cell_naming_a_measure_is_not_the_goal():
    data = docx_bytes([("h1", "2.2 Beoogde maatschappelijke effecten"),
                       ("table", [["Maatschappelijk effect", "Resultaat eind 2031"],
                                  ["Inwoners kunnen na afsluiting van de hulp hun situatie zelf weer aan.",
                                   "Aandeel cliënten dat binnen een jaar na afsluiting niet terugkomt met dezelfde vraag: 80%"]])])
    assert _texts(analyse_tender(data, "leidraad.docx")) == ["Inwoners kunnen na afsluiting van de hulp hun situatie zelf weer aan."]


def test_a_claim_spelled_out_as_what_people_do_is_a_goal_and_reporting_is_not():
    goals = _texts(analyse_text(
        "## 2. Wat willen we bereiken?\n\nRespijtzorg is bekend en bereikbaar: ten minste 90 mantelzorgers per jaar maken "
        "gebruik van een vorm van respijt.\n\nDe aanbieders rapporteren elk kwartaal over het aantal aanmeldingen en de "
        "wachttijd tot het eerste huisbezoek.\n\n## 3. Procedure\n\nAanmelden kan tot 1 mei 2027.\n"))
    assert goals == ["Respijtzorg is bekend en bereikbaar: ten minste 90 mantelzorgers per jaar maken gebruik van een vorm "
                     "van respijt."]


def test_the_introductions_purpose_is_the_goal_only_where_no_section_states_goals():
    intro = [("h1", "1 Inleiding"), ("para", "De gemeente wil dat inwoners met lichte klachten sneller steun in hun buurt "
                                             "vinden.")]
    goals = [("h1", "3 Wat willen we bereiken?"), ("para", "De gemeente wil het volgende bereiken:"),
             ("bullet", "Inwoners met lichte klachten vinden binnen twee weken steun in hun eigen buurt."),
             ("bullet", "Minder inwoners hebben specialistische hulp nodig.")]
    rest = [("h1", "4 Procedure"), ("para", "Inschrijven kan tot 1 mei 2027.")]
    assert _texts(analyse_tender(docx_bytes(intro + goals + rest), "offerte.docx")) == [
        "Inwoners met lichte klachten vinden binnen twee weken steun in hun eigen buurt.",
        "Minder inwoners hebben specialistische hulp nodig."]
    assert _texts(analyse_tender(docx_bytes(intro + rest), "offerte.docx")) == [
        "De gemeente wil dat inwoners met lichte klachten sneller steun in hun buurt vinden."]


def test_wanting_a_thing_that_is_so_is_no_goal_phrase():
    goals = _texts(analyse_text(
        "## Waarom deze opdracht\n\nDe gemeente wil daarom een jongerenwerk dat zichtbaar is in de wijken.\n\n"
        "De gemeente wil dat jongeren zich veilig voelen in hun wijk.\n"))
    assert goals == ["De gemeente wil dat jongeren zich veilig voelen in hun wijk."]


def _pdf_of_lines(paragraphs: list[list[str]]) -> bytes:
    """A PDF with one line per string and a gap between paragraphs, as typeset (a heading is a one-line paragraph)."""
    pdf = FPDF()
    pdf.add_page()
    for lines in paragraphs:
        pdf.set_font("Helvetica", "B" if len(lines) == 1 and not lines[0].endswith(".") else "", 10)
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def test_where_paragraphs_are_set_apart_by_gaps_a_full_line_ending_a_sentence_ends_no_paragraph():
    context = [["In de gemeente wonen ongeveer 41.000 mensen en bijna 1.900 huishoudens leven van", "een laag inkomen."]] * 5
    data = _pdf_of_lines([["1 Waarom deze oproep"], *context, ["3 Wat wij willen bereiken"],
                          ["Inwoners met betalingsachterstanden worden eerder bereikt door de gemeente.",
                           "Het aandeel vroegsignaleringen waarbij binnen drie weken contact is gelegd, stijgt",
                           "naar ten minste 70% in 2029."],
                          ["4 Procedure"], ["Aanvragen kan tot 1 mei 2027 bij het college van de gemeente."]])
    assert _texts(analyse_tender(data, "oproep.pdf")) == [
        "Inwoners met betalingsachterstanden worden eerder bereikt door de gemeente."]


def test_a_training_people_gain_is_a_goal_and_a_finished_one_staff_need_a_requirement():
    goals = _texts(analyse_text(
        "## Doelen\n\n- Jongeren die thuiszitten zonder school of werk, hebben weer een zinvolle daginvulling, een "
        "opleiding of een baan.\n- De jongerenwerkers hebben een afgeronde opleiding Sociaal Werk.\n"))
    assert goals == ["Jongeren die thuiszitten zonder school of werk, hebben weer een zinvolle daginvulling, een opleiding "
                     "of een baan."]
