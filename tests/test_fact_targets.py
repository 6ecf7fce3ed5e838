"""Targets under a goal item as nested labelled lines or in its bracket, as written; target columns whose name a
PDF broke; monitoring rows keyed by a short name that only their indicator ties to a goal; a later paragraph that
points at a goal by its place ("Voor het tweede resultaat") or its label ("Voor de overlast", "Voor Meedoen")."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes
from .test_fact_criteria import LABELLED_GOALS


def _values(analysis) -> dict[str, tuple[str, str]]:
    return {goal.text[:20]: (goal.indicator, goal.target) for goal in analysis.goals}


def test_nested_labelled_lines_under_a_goal_item_give_its_target_as_written_and_one_still_to_be_set_is_none():
    analysis = analyse_tender(docx_bytes([
        ("h1", "3 Doelen"),
        ("para", "De gemeenten willen met deze opdracht de volgende doelen bereiken:"),
        ("number", "Inwoners voelen zich minder eenzaam en hebben een netwerk waarop zij kunnen terugvallen."),
        ("bullet2", "Indicator: aandeel inwoners dat zich ernstig eenzaam voelt."),
        ("bullet2", "Nulmeting 2024: 12%. Streefwaarde: 10% in 2030."),
        ("number", "Mantelzorgers houden het vol en weten waar zij ondersteuning kunnen krijgen."),
        ("number", "Vrijwilligers worden goed begeleid en blijven langer actief."),
        ("bullet2", "Indicator: aandeel vrijwilligers dat na een jaar nog actief is."),
        ("bullet2", "Streefwaarde: wordt in 2028 samen met de opdrachtnemer bepaald."),
    ]), "leidraad.docx")
    values = _values(analysis)
    assert values["Inwoners voelen zich"][1] == "10% in 2030"
    assert values["Mantelzorgers houden"] == ("", "")
    assert values["Vrijwilligers worden"][1] == ""  # to be set later: no target (CONVENTIONS, target rule 5)


def test_a_target_in_the_goal_items_bracket_is_kept_as_written():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Percelen en resultaten"),
        ("para", "Per perceel beschrijft de gemeente de resultaten die zij wil bereiken."),
        ("number", "Mantelzorgers kunnen hun zorgtaak tijdelijk overdragen, ook in de avond (indicator: aantal mantelzorgers "
                   "dat gebruikmaakt van respijtzorg; streefwaarde: wordt na het eerste jaar vastgesteld)."),
        ("number", "Deelnemers ervaren na een jaar meer contact met anderen (indicator: aandeel deelnemers dat meer contact "
                   "ervaart; streefwaarde: 70%)."),
    ]), "openhouse.docx")
    targets = [goal.target for goal in analysis.goals]
    assert targets == ["", "70%"]


def test_a_target_column_whose_name_a_pdf_broke_inside_a_word_still_counts():
    analysis = analyse_tender(docx_bytes([
        ("h1", "3. Doelen en resultaten"),
        ("table", [["Thema", "Doel", "Indicator", "Streefwaard e 2031", "Nulmeting 2025"],
                   ["Meedoen", "Inwoners die weinig meedoen, doen mee aan een activiteit in hun buurt.",
                    "aantal inwoners dat deelneemt aan een activiteit", "150 per jaar", "90"]]),
    ]), "offerte.docx")
    assert [goal.target for goal in analysis.goals] == ["150 per jaar"]


def test_monitoring_rows_keyed_by_short_names_match_goals_by_their_indicator_too():
    analysis = analyse_tender(docx_bytes([
        ("h1", "3 Ambitie en doelen"),
        ("para", "De regio wil het volgende bereiken:"),
        ("number", "Doel 1 – Inwoners met betalingsachterstanden worden eerder bereikt, voordat hun schulden problematisch worden."),
        ("number", "Doel 2 – Inwoners die schuldhulp krijgen, hebben binnen drie maanden een stabiele financiële situatie."),
        ("number", "Doel 3 – Jongeren tot 27 jaar met schulden krijgen een aanpak die past bij hun leeftijd."),
        ("para", "De regio volgt de voortgang op de doelen met de volgende indicatoren."),
        ("table", [["Doel", "Indicator", "Streefwaarde 2030"],
                   ["Eerder bereiken", "aandeel vroegsignaleringsmeldingen waarop binnen vijf werkdagen contact is gezocht",
                    "ten minste 95%"],
                   ["Stabilisatie", "aandeel huishoudens met een stabiele situatie binnen drie maanden na aanmelding", "70%"]]),
    ]), "document.docx")
    assert [goal.target for goal in analysis.goals] == ["ten minste 95%", "70%", ""]


def test_sentences_after_a_paragraph_goal_give_its_indicator_and_target_up_to_the_next_goal():
    analysis = analyse_tender(docx_bytes([
        ("h1", "2. Wat willen wij bereiken?"),
        ("h2", "Thema A – Eenzaamheid"),
        ("para", "Minder inwoners voelen zich eenzaam. Het aandeel volwassenen dat zich ernstig eenzaam voelt, moet dalen "
                 "van 13 procent in 2024 naar 10 procent in 2029."),
        ("h2", "Thema B – Gezonde leefstijl"),
        ("para", "Kinderen in Noord groeien gezond op. Wij meten dit aan het aandeel kinderen in groep 7 met overgewicht "
                 "(JGZ-monitor); dat moet dalen van 19 procent naar 15 procent in 2029."),
    ]), "uitvraag.docx")
    values = _values(analysis)
    assert values["Minder inwoners voel"] == ("aandeel volwassenen dat zich ernstig eenzaam voelt",
                                              "10 procent in 2029")
    assert values["Kinderen in Noord gr"] == ("aandeel kinderen in groep 7 met overgewicht",
                                              "15 procent in 2029")


def test_a_sentence_pointing_at_a_listed_goal_by_number_gives_its_indicator_and_target():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Doelen"),
        ("para", "Wat willen we bereiken? Drie dingen:"),
        ("number", "Ouderen in Oost zijn minder alleen en weten elkaar te vinden."),
        ("number", "De twee buurtkamers zijn open en worden door bewoners zelf mee gerund."),
        ("number", "Vrijwilligers voelen zich gewaardeerd en haken minder snel af."),
        ("para", "Bij 1 kijken we naar de Burgerpeiling: het aandeel 75-plussers in Oost dat zich vaak eenzaam voelt, is nu "
                 "21% en moet in 2029 lager zijn, ten hoogste 18%. Voor 3 hebben we nog geen cijfer."),
    ]), "mail.docx")
    values = _values(analysis)
    assert values["Ouderen in Oost zijn"] == ("aandeel 75-plussers in Oost dat zich vaak eenzaam voelt", "ten hoogste 18% in 2029")
    assert values["Vrijwilligers voelen"] == ("", "")


def test_a_paragraph_pointing_at_goals_by_their_place_in_the_list_gives_each_its_indicator_and_target():
    analysis = analyse_text(
        "# Toelatingsdocument Open House Ondersteuning thuis\n\n## 3 Wat wij willen bereiken\n\n"
        "Met de ondersteuning willen de gemeenten het volgende bereiken:\n"
        "* Inwoners met een ondersteuningsvraag kunnen zo lang mogelijk zelfstandig thuis blijven wonen.\n"
        "* Inwoners die dagbesteding bezoeken, hebben een zinvolle daginvulling.\n"
        "* Cliënten en hun naasten zijn tevreden over de ondersteuning.\n\n"
        "Wij volgen deze resultaten met het jaarlijkse onderzoek. Voor het eerste resultaat kijken wij naar het aandeel "
        "cliënten dat zelfstandig woont; dat moet ten minste 80% zijn. Voor het tweede resultaat kijken wij naar het "
        "aandeel bezoekers dat de dag zinvol vindt; de streefwaarde wordt na de eerste meting in 2028 vastgesteld.\n")
    values = _values(analysis)
    assert values["Inwoners met een ond"] == ("aandeel cliënten dat zelfstandig woont", "ten minste 80%")
    assert values["Inwoners die dagbest"] == ("aandeel bezoekers dat de dag zinvol vindt", "")
    assert values["Cliënten en hun naas"] == ("", "")


def test_a_paragraph_pointing_at_labelled_goals_by_the_label_gives_the_figures_of_its_next_sentences_too():
    analysis = analyse_tender(docx_bytes([
        *LABELLED_GOALS,
        ("para", "Voor de overlast volgen wij het aantal meldingen van jeugdoverlast bij de politie. In 2026 waren dat "
                 "er 412; in 2029 willen wij onder de 300 uitkomen. Voor Meedoen hanteren wij als maat het aantal "
                 "activiteiten door jongeren per jaar, met als streefwaarde ten minste 40. Voor Op tijd hulp en Meedoen "
                 "samen tellen wij 25 gesprekken per jaar."),
        ("h1", "Uw offerte: de vragen"), ("para", "Wij vragen u de onderstaande vragen te beantwoorden."),
        ("number", "Aanpak jongerenwerk (weging 70%). Beschrijf uw aanpak."),
        ("number", "Prijs (weging 30%). Vul het prijsformulier in."),
        ("para", "Bij vraag 1 kijken wij naar alle drie de doelen."),
    ]), "brief.docx")
    values = _values(analysis)
    assert values["De overlast door gro"] == ("aantal meldingen van jeugdoverlast bij de politie", "onder de 300")
    assert values["Meer jongeren doen m"] == ("aantal activiteiten door jongeren per jaar", "ten minste 40")
    assert values["Jongeren met zorgen "] == ("", "")


def test_a_target_saying_when_it_is_set_is_none_and_so_is_an_indicator_said_to_be_missing():
    analysis = analyse_tender(docx_bytes([
        ("title", "Programma van eisen buurtteams"), ("para", "Dit is bijlage 1 bij de aanbestedingsleidraad."),
        ("h1", "3 Beoogde maatschappelijke effecten"),
        ("table", [["Nr", "Effect", "Indicator", "Streefwaarde 2030"],
                   ["E1", "Inwoners weten waar zij met hun vragen terechtkunnen.", "aandeel inwoners dat weet waar het terecht kan", "ten minste 80%"],
                   ["E2", "Gezinnen krijgen eerder en lichter hulp bij opvoeden.", "aantal nieuwe jeugdhulptrajecten per 1.000 jeugdigen", "n.t.b. na nulmeting in 2028"],
                   ["E3", "Minder inwoners voelen zich ernstig eenzaam.", "aandeel volwassenen dat zich eenzaam voelt", "n.t.b. (nulmeting in 2028)"]]),
    ]), "pve.docx")
    values = _values(analysis)
    assert values["Gezinnen krijgen eer"][1] == ""
    assert values["Inwoners weten waar "][1] == "ten minste 80%"
    assert values["Minder inwoners voel"][1] == ""
    call = analyse_text(
        "# Subsidieoproep Armoede en schulden\n\nDeze oproep is een subsidietender.\n\n## 3 Wat wij willen bereiken\n\n"
        "Huishoudens die schuldhulp hebben gehad, vallen minder vaak terug in problematische schulden. Wij meten dit aan "
        "het aandeel huishoudens dat opnieuw wordt aangemeld. Ons doel: ten hoogste 15% in 2029.\n\n"
        "Kinderen die opgroeien in een gezin met een laag inkomen, doen mee aan sport en cultuur. Een goede indicator "
        "hiervoor hebben wij nog niet; die willen wij in 2028 ontwikkelen.\n\n## 6 Beoordeling\n\n"
        "De commissie let op de bijdrage aan de doelen (60 punten) en de samenwerking (40 punten).\n")
    assert _values(call)["Kinderen die opgroei"] == ("", "")


def test_a_measure_cell_pointing_at_the_numbered_goals_of_its_row_gives_each_goal_its_own_part():
    analysis = analyse_tender(docx_bytes([
        ("title", "Programma van eisen buurtwerk"), ("para", "Dit programma hoort bij de Europese openbare procedure."),
        ("h1", "4 Doelen en resultaten"),
        ("para", "In de tabel staan per onderdeel de resultaten die wij verwachten, met de indicatoren."),
        ("table", [["Onderdeel", "Beoogde resultaten", "Indicatoren en streefwaarden"],
                   ["Buurtwerk", "1. Bewoners kennen hun buren en helpen elkaar bij kleine dingen. 2. Bewonersinitiatieven "
                    "die ondersteuning krijgen, gaan na een jaar zelfstandig verder.",
                    "Bij 1: aandeel inwoners dat de buren wel eens helpt (Wijkpeiling); streefwaarde 45% in 2031. "
                    "Nulmeting 2026: 38%. Bij 2: wordt in het eerste contractjaar bepaald."],
                   ["Mantelzorg", "3. Mantelzorgers zijn bekend bij het steunpunt en weten waar zij terechtkunnen.",
                    "Bij 3: aantal ingeschreven mantelzorgers; streefwaarde 1.400 in 2031."]]),
    ]), "pve.docx")
    values = _values(analysis)
    assert values["Bewoners kennen hun "] == ("aandeel inwoners dat de buren wel eens helpt", "45% in 2031")
    assert values["Bewonersinitiatieven"] == ("", "")


def test_a_pointer_ending_its_paragraph_goes_on_below_and_a_goal_is_pointed_at_by_a_word_of_its_text():
    analysis = analyse_text(
        "# Subsidieoproep Samen in de wijk\n\nDit is een subsidietender.\n\n## Wat willen we bereiken?\n\n"
        "Met het programma willen wij het volgende bereiken:\n"
        "1. Inwoners die zich eenzaam voelen, hebben weer contact met anderen.\n"
        "2. Inwoners met geldzorgen vragen eerder om hulp.\n\n"
        "Naast deze doelen hebben wij één doel voor alle aanvragers. Vrijwilligers voelen zich gewaardeerd en blijven "
        "langer actief.\n\n## Hoe weten we of het lukt?\n\n"
        "Wij volgen een beperkt aantal cijfers. Voor het eerste doel kijken we naar de Gezondheidsmonitor.\n\n"
        "Het aandeel inwoners dat zich ernstig eenzaam voelt, daalt van 14 naar 10 procent in 2029.\n\n"
        "Voor het tweede doel tellen wij het aantal inwoners dat zich bij het Geldpunt meldt. In 2029 willen wij dat "
        "het er 400 per jaar zijn.\n\n"
        "Voor het doel over vrijwilligers kijken wij naar het aandeel vrijwilligers dat na een jaar nog actief is. Dat "
        "aandeel moet in 2029 ten minste 70 procent zijn.\n\n"
        "## Beoordeling\n\nDe commissie let op de bijdrage aan de doelen (60 punten) en de samenwerking (40 punten).\n")
    values = _values(analysis)
    assert values["Inwoners die zich ee"] == ("aandeel inwoners dat zich ernstig eenzaam voelt",
                                             "10 procent in 2029")
    assert values["Inwoners met geldzor"] == ("aantal inwoners dat zich bij het Geldpunt meldt", "400 per jaar")
    assert values["Vrijwilligers voelen"] == ("aandeel vrijwilligers dat na een jaar nog actief is", "ten minste 70 procent in 2029")


def test_a_norm_after_a_result_is_its_target_rather_than_a_time_limit_in_the_result_itself():
    analysis = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag begeleiding statushouders"), ("h1", "2 Wat willen wij bereiken?"),
        ("para", "Wij hebben de volgende resultaten vastgesteld. Bij ieder resultaat staat de norm die wij hanteren."),
        ("number", "Statushouders hebben binnen zes weken na de sleuteloverdracht hun zorgverzekering en toeslagen geregeld. "
                   "Norm: 95% van de huishoudens."),
        ("number", "Inburgeringsplichtigen ronden het participatieverklaringstraject af binnen twaalf maanden na de start "
                   "van hun inburgering. Norm: ten minste 90%."),
    ]), "offerte.docx")
    assert [goal.target for goal in analysis.goals] == ["95% van de huishoudens", "ten minste 90%"]


def test_a_column_named_in_other_words_gives_the_measure_and_target_its_sentences_state():
    analysis = analyse_text(
        "# Oproep subsidietender Jong en Geldwijs\n\n## 2. Doelen\n\nWij hebben de volgende doelen vastgesteld.\n\n"
        "| Nr. | Doel | Waaraan zien we dat? |\n"
        "| 1 | Jongeren met vragen over geld weten het jongerenwerk te vinden. | Het aantal jongeren dat zich met een "
        "geldvraag meldt bij het jongerenwerk, stijgt naar 250 per jaar in 2029. |\n"
        "| 2 | Jongeren volgen een training over omgaan met geld. | Ten minste 600 deelnemers per jaar, van wie ten minste "
        "150 jongeren die niet naar school gaan. |\n"
        "| 3 | Jongeren die dat willen, krijgen een vrijwillig geldmaatje. | Het aantal koppelingen met een geldmaatje. De "
        "streefwaarde bepalen wij in 2028. |\n")
    assert [(goal.indicator, goal.target) for goal in analysis.goals] == [
        ("aantal jongeren dat zich met een geldvraag meldt bij het jongerenwerk", "stijgt naar 250 per jaar in 2029"),
        ("", "Ten minste 600 deelnemers per jaar"),
        ("aantal koppelingen met een geldmaatje", "")]


def test_a_sentence_with_a_goal_by_number_as_its_subject_gives_that_goal_its_measure_not_the_goal_pointed_at_before():
    analysis = analyse_tender(docx_bytes([
        ("title", "Subsidietender Grip op geld"), ("h1", "Thema 1 Grip op geld"),
        ("para", "Met de subsidie voor thema 1 wil de gemeente de volgende doelen bereiken:"),
        ("number", "Inwoners met geldzorgen krijgen hun administratie op orde."),
        ("number", "Inwoners kunnen zonder afspraak terecht voor hulp bij brieven en formulieren."),
        ("number", "Inwoners met een laag inkomen maken gebruik van de toeslagen waar zij recht op hebben."),
        ("para", "Bij doel 1 kijkt de gemeente naar het aandeel deelnemers zonder nieuwe betalingsachterstanden; de "
                 "streefwaarde is 70%. Doel 3 volgt de gemeente met het aantal toegekende verzoeken om kwijtschelding van "
                 "gemeentelijke belastingen, in 2026 waren dat er 1.140; de streefwaarde is 1.400 per jaar. Doel 2 volgen wij door "
                 "jaarlijks de openingstijden op te vragen; daar hoort geen aparte indicator bij."),
    ]), "tender.docx")
    assert [(goal.indicator, goal.target) for goal in analysis.goals] == [
        ("aandeel deelnemers zonder nieuwe betalingsachterstanden", "70%"), ("", ""),
        ("aantal toegekende verzoeken om kwijtschelding van gemeentelijke belastingen", "1.400 per jaar")]


def test_the_goal_sentences_own_amount_is_its_bounded_count_and_a_shares_figure():
    analysis = analyse_text(
        "# Aanbestedingsleidraad\n\n## 3 Doelen\n\nDe gemeente wil het volgende bereiken:\n"
        "* Op ten minste drie speelplekken in Vlasakker is er na schooltijd vier middagen per week begeleid spel.\n"
        "* 80% van de leerlingen die ondersteuning kregen, zegt na afloop dat het beter met hen gaat.\n"
        "* Deelnemers houden hun administratie zelf bij; streefwaarde 80% van de afgeronde trajecten.\n")
    assert [goal.target for goal in analysis.goals] == ["ten minste drie speelplekken", "80%",
                                                        "80% van de afgeronde trajecten"]


def test_a_streefwaarde_stated_with_its_bound_keeps_the_bound_and_year():
    from proposal_builder.tender.extraction.targets import target_in
    assert target_in("Dat aandeel was 34% in 2025; de streefwaarde is ten minste 50% in 2029.") == "ten minste 50% in 2029"


def test_een_paar_counts_nothing_so_it_is_no_target():
    from proposal_builder.tender.extraction.targets import target_in
    assert target_in("Mantelzorgers die intensief zorgen, kunnen de zorg een paar uur per week overdragen.") == ""
    assert target_in("Er is ten minste één avond per week een inloop.") == "ten minste één avond per week"
