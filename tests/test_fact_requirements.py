"""Requirements marked "(eis)"/"(wens)" at the end, obligations after admission, lead-ins asking "van jullie",
a lead-in under a titled kind, and requirements written as prose (a normative sentence after a lead sentence,
obligations as sentences of one paragraph, who may apply in a sentence, an organisation's years of experience)."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes


def _kinds(analysis) -> list[tuple[str, str]]:
    return [(r.kind, r.text[:30]) for r in analysis.requirements]


def test_items_closed_by_a_kind_marker_are_requirements_even_in_a_programma_van_eisen():
    analysis = analyse_text(
        "# Beschrijvend document\n\nDe regio besteedt de opdracht aan; de inschrijver met de beste offerte wordt gegund.\n\n"
        "## 4 Programma van eisen\n\n"
        "1. De opdrachtnemer voert binnen drie werkdagen een eerste gesprek. (eis)\n"
        "2. De opdrachtnemer biedt bij voorkeur ook spreekuren in de avond. (wens)\n")
    assert _kinds(analysis) == [("minimum", "De opdrachtnemer voert binnen "),
                                ("wish", "De opdrachtnemer biedt bij voo")]
    assert not analysis.requirements[0].text.endswith("(eis)")


def test_obligations_after_admission_stay_minimum_in_an_open_house():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Open House Maatjes"),
        ("para", "Iedere aanbieder die aan de eisen voldoet, wordt toegelaten tot het Open House."),
        ("h2", "Toelatingseisen"),
        ("para", "Om te worden toegelaten voldoet u aan de volgende eisen:"),
        ("bullet", "De aanbieder staat ingeschreven in het Handelsregister van de Kamer van Koophandel."),
        ("h2", "Verplichtingen na toelating"),
        ("para", "Na toelating gelden voor u de volgende verplichtingen:"),
        ("bullet", "U neemt ten minste twee keer per jaar deel aan de contracttafel van het perceel."),
    ]), "openhouse.docx")
    assert _kinds(analysis) == [("admission", "De aanbieder staat ingeschreve"), ("minimum", "U neemt ten minste twee keer p")]
    assert "after_admission" not in analysis.requirements[1].to_dict()


def test_a_lead_in_asking_something_of_the_reader_announces_minimum_requirements():
    analysis = analyse_text(
        "Beste allemaal,\n\nWe vragen jullie een offerte voor het maatjesproject; de opdracht wordt gegund aan de beste offerte.\n\n"
        "Wat we in elk geval van jullie vragen:\n\n"
        "- Alle medewerkers en vrijwilligers die met deelnemers werken, hebben een VOG.\n"
        "- De coördinator is minimaal 16 uur per week beschikbaar en werkt vanuit de wijk.\n")
    assert [r.kind for r in analysis.requirements] == ["minimum", "minimum"]


def test_a_lead_in_saying_only_eisen_keeps_the_kind_of_the_bold_title_above_it():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Aanbestedingsleidraad"),
        ("para", "De gemeente besteedt de opdracht aan; de inschrijver met de beste prijs-kwaliteitverhouding wordt gegund."),
        ("h1", "5 Geschiktheidseisen en minimumeisen"),
        ("bold", "Geschiktheidseisen"),
        ("para", "Inschrijver toont aan dat hij geschikt is voor de opdracht. Hij voldoet daarvoor aan de volgende eisen:"),
        ("bullet", "Inschrijver beschikt over een geldig HKZ-certificaat of een gelijkwaardig kwaliteitskeurmerk."),
    ]), "leidraad.docx")
    assert _kinds(analysis) == [("suitability", "Inschrijver beschikt over een ")]


def test_items_under_a_who_may_apply_heading_are_conditions_and_a_preference_is_a_wish():
    analysis = analyse_text(
        "# Subsidietender Ontmoeting\n\nDe gemeente verdeelt het subsidieplafond over de aanvragen met de meeste punten.\n\n"
        "## Wie kan aanvragen\n\n"
        "1. De aanvrager is een rechtspersoon zonder winstoogmerk die in de gemeente actief is.\n"
        "2. De activiteiten vinden plaats in de gemeente en zijn vrij toegankelijk voor de doelgroep.\n\n"
        "Aanvragen waarin meerdere organisaties samenwerken, genieten de voorkeur. Werkt u samen met andere organisaties? "
        "Dan dient één organisatie de aanvraag in als penvoerder.\n")
    assert _kinds(analysis) == [("minimum", "De aanvrager is een rechtspers"), ("minimum", "De activiteiten vinden plaats "),
                                ("wish", "Aanvragen waarin meerdere orga")]


def test_obligations_next_to_the_admission_requirements_after_admission_are_minimum():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Open House Jongerenwerk"),
        ("para", "Iedere aanbieder die aan de eisen voldoet, wordt toegelaten tot het Open House."),
        ("h1", "7 Verplichtingen na toelating"),
        ("para", "Een toegelaten aanbieder sluit een overeenkomst. Naast de toelatingseisen gelden dan de volgende verplichtingen:"),
        ("bullet", "U declareert uitsluitend gerealiseerde uren, tegen de tarieven uit hoofdstuk 4."),
        ("para", "Wij vinden het wenselijk dat u ook jongeren zelf inzet. Dit is geen toelatingseis."),
    ]), "openhouse.docx")
    assert _kinds(analysis) == [("minimum", "U declareert uitsluitend gerea"), ("wish", "Wij vinden het wenselijk dat u")]


def test_the_sentences_after_one_announcing_requirements_are_requirements():
    analysis = analyse_text(
        "# Offerteaanvraag\n\nDe opdracht wordt gegund aan de inschrijver met de beste offerte.\n\n## 5 Eisen\n\n"
        "| Geschiktheidseis 1 | U heeft in de afgelopen drie jaar buurtbemiddeling met vrijwilligers uitgevoerd. |\n\n"
        "Verder stellen wij de volgende eisen aan de uitvoering. Bemiddelaars volgen een basistraining van ten minste 16 uur. "
        "Een aanmelding wordt binnen tien werkdagen opgepakt met een eerste gesprek.\n\n"
        "Ook waarderen wij het als u inwoners met ervaring betrekt.\n")
    assert [kind for kind, _ in _kinds(analysis)][-3:] == ["minimum", "minimum", "wish"]
    assert analysis.requirements[-3].text.startswith("Bemiddelaars volgen")


def test_who_may_submit_an_application_lists_conditions_and_a_wishing_item_among_them_is_a_wish():
    analysis = analyse_text(
        "# Subsidietender\n\nDe gemeente verdeelt het plafond over de aanvragen met de meeste punten.\n\n"
        "## Wie kan een aanvraag indienen?\n\n"
        "- U bent een rechtspersoon zonder winstoogmerk die in de gemeente gevestigd is.\n"
        "- Wij zien graag dat u aansluit bij het Alzheimer Café in de dorpshuizen.\n")
    assert [kind for kind, _ in _kinds(analysis)] == ["minimum", "wish"]


def test_prose_admission_requirements_skip_the_lead_sentence_the_relaxation_and_the_sentences_about_requirements():
    analysis = analyse_text(
        "# Toelatingsdocument Open House Dagbesteding\n\n"
        "Wij kiezen voor een Open House-procedure: iedere aanbieder die aan de eisen voldoet, wordt toegelaten.\n\n"
        "## 5 Toelatingseisen\n\n"
        "Een aanbieder wordt toegelaten als hij aan alle eisen in dit hoofdstuk voldoet. U toont dat aan met de Eigen "
        "Verklaring.\n\n"
        "Kwaliteit moet geborgd zijn. Uw organisatie beschikt over een kwaliteitskeurmerk zoals HKZ. Een startende "
        "aanbieder heeft twaalf maanden na toelating om het keurmerk te behalen.\n\n"
        "Cliënten moeten veilig zijn. Alle medewerkers en vrijwilligers hebben een Verklaring Omtrent het Gedrag.\n\n"
        "## 6 Verplichtingen na toelating\n\n"
        "Met de toelating gaat u een aantal verplichtingen aan. De aanbieder start de ondersteuning binnen tien "
        "werkdagen. Calamiteiten meldt de aanbieder binnen drie werkdagen bij de toezichthouder. Houdt een aanbieder "
        "zich niet aan deze verplichtingen, dan kan de gemeente de overeenkomst opzeggen.\n")
    assert _kinds(analysis) == [("admission", "Uw organisatie beschikt over e"), ("admission", "Alle medewerkers en vrijwillig"),
                                ("minimum", "De aanbieder start de onderste"), ("minimum", "Calamiteiten meldt de aanbiede")]


def test_who_may_apply_in_a_sentence_and_the_conditions_listed_after_de_volgende_voorwaarden_are_minimum():
    analysis = analyse_tender(docx_bytes([
        ("title", "Subsidieoproep Armoede"), ("para", "Deze oproep is een subsidietender."),
        ("h1", "5 Wie kan een aanvraag indienen"),
        ("para", "Een aanvraag kan worden ingediend door een rechtspersoon zonder winstoogmerk. Samenwerkingsverbanden "
                 "zijn welkom; één organisatie dient dan de aanvraag in als penvoerder."),
        ("para", "Wij stellen de volgende voorwaarden:"),
        ("bullet", "De aanvrager is gevestigd in de gemeente of heeft er een vaste locatie."),
        ("bullet", "De activiteiten zijn gratis toegankelijk voor inwoners."),
    ]), "oproep.docx")
    assert _kinds(analysis) == [("minimum", "Een aanvraag kan worden ingedi"), ("minimum", "De aanvrager is gevestigd in d"),
                                ("minimum", "De activiteiten zijn gratis to")]


def test_an_organisations_years_of_experience_select_it_but_a_staff_diploma_is_minimum():
    analysis = analyse_tender(docx_bytes([
        ("title", "Uitnodiging offerte jongerenwerk"), ("para", "Wij doen dit in een meervoudig onderhandse procedure."),
        ("h1", "Eisen"), ("para", "Wij stellen de volgende eisen aan u en aan de uitvoering:"),
        ("bullet", "U heeft ten minste drie jaar ervaring met jongerenwerk in een gemeente."),
        ("bullet", "De jongerenwerkers die u inzet, hebben een afgeronde opleiding op mbo-niveau 4."),
    ]), "brief.docx")
    assert _kinds(analysis) == [("suitability", "U heeft ten minste drie jaar e"), ("minimum", "De jongerenwerkers die u inzet")]


def test_items_after_an_eligibility_lead_in_a_first_row_read_as_header_and_a_demand_in_running_text_are_requirements():
    regulation = analyse_text(
        "# Subsidieregeling sociale basis\n\nHet college verdeelt het subsidieplafond door middel van een tender.\n\n"
        "## Artikel 5 Aanvragers\n\nSubsidie kan uitsluitend worden aangevraagd door een rechtspersoon zonder winstoogmerk die:\n"
        "a. statutair is gevestigd in de gemeente;\nb. beschikt over een vrijwilligersbeleid.\n\n## Algemeen\n\n"
        "Het college waardeert het als aanvragers in een wijk samenwerken; dit is geen voorwaarde voor subsidie.\n")
    assert _kinds(regulation) == [("minimum", "statutair is gevestigd in de g"), ("minimum", "beschikt over een vrijwilliger"),
                                  ("wish", "Het college waardeert het als ")]
    assert regulation.requirements[2].text == "Het college waardeert het als aanvragers in een wijk samenwerken"
    offer = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag buurtbemiddeling"), ("para", "Wij gunnen aan de beste prijs-kwaliteitverhouding."),
        ("h1", "3 Wat wij willen bereiken"),
        ("para", "Hoe u de doelen bereikt, laten wij aan u. Wel eisen wij dat u werkt met erkende methoden."),
        ("h1", "5 Eisen"), ("h2", "Geschiktheid"),
        ("table", [["Geschiktheidseis 1", "U heeft in de afgelopen drie jaar buurtbemiddeling met vrijwilligers uitgevoerd."],
                   ["Geschiktheidseis 2", "U heeft in de afgelopen drie jaar een project voor thuisadministratie uitgevoerd."]]),
    ]), "offerte.docx")
    assert _kinds(offer) == [("minimum", "Wel eisen wij dat u werkt met "), ("suitability", "U heeft in de afgelopen drie j"),
                             ("suitability", "U heeft in de afgelopen drie j")]


def test_a_paragraph_after_the_conditions_adds_the_one_with_the_provider_as_subject():
    analysis = analyse_tender(docx_bytes([
        ("title", "Subsidieoproep Samen in de wijk"), ("para", "Dit is een subsidietender."),
        ("h1", "Wie kan een aanvraag doen?"),
        ("para", "Een aanvraag kan worden gedaan door organisaties die aan de volgende voorwaarden voldoen:"),
        ("bullet", "U bent een stichting of vereniging zonder winstoogmerk."),
        ("para", "Verder vragen wij dat u deelneemt aan het wijknetwerk. U bent aangesloten bij het wijknetwerk van uw "
                 "wijk. U hoeft niet aan alle doelen bij te dragen."),
    ]), "oproep.docx")
    assert _kinds(analysis) == [("minimum", "U bent een stichting of vereni"), ("minimum", "U bent aangesloten bij het wij")]


def test_the_contents_a_plan_must_describe_are_no_requirements_even_under_what_we_ask():
    def texts(lead_in: str) -> list[str]:
        analysis = analyse_text(
            f"# Uitvraag mantelzorg Kleiwijk\n\nWAT VRAGEN WE VAN U\n\n{lead_in}\n"
            "- de aanvrager werkt samen met het steunpunt mantelzorg;\n"
            "- de aanvrager heeft een aansprakelijkheidsverzekering.\n")
        return [r.text for r in analysis.requirements]
    assert texts("U dient een plan in. In het plan beschrijft u:") == []
    assert len(texts("U voldoet aan de volgende eisen:")) == 2  # the same items as requirements


def test_a_wish_written_in_a_paragraph_under_a_requirements_heading_is_a_wish():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Open House Meedoen"),
        ("para", "Iedere aanbieder die aan de eisen voldoet, wordt toegelaten tot het Open House."),
        ("h2", "Toelatingseisen"),
        ("bullet", "De aanbieder is ingeschreven in het Handelsregister van de Kamer van Koophandel."),
        ("bullet", "De aanbieder werkt volgens de Meldcode huiselijk geweld en kindermishandeling."),
        ("para", "Het heeft de voorkeur dat de aanbieder een vaste werkplek in de gemeente heeft."),
        ("h2", "Voorwaarden"),
        ("para", "De aanvrager heeft een VOG-beleid. Aanvragen waarin de aanvrager samenwerkt met een basisschool, "
                 "hebben de voorkeur."),
    ]), "openhouse.docx")
    assert _kinds(analysis) == [("admission", "De aanbieder is ingeschreven i"), ("admission", "De aanbieder werkt volgens de "),
                                ("wish", "Het heeft de voorkeur dat de a"), ("admission", "De aanvrager heeft een VOG-bel"),
                                ("wish", "Aanvragen waarin de aanvrager ")]


def test_wishes_are_told_by_their_words_not_by_one_fixed_phrase():
    for sentence in ("De gemeente stelt het op prijs als aanbieders samenwerken met het Steunpunt Mantelzorg.",
                     "Het verdient aanbeveling dat de inschrijver ervaringsdeskundigen inzet bij de uitvoering.",
                     "Wij moedigen samenwerking met ervaringsdeskundigen aan, bijvoorbeeld inwoners die zelf schulden hadden."):
        analysis = analyse_text(f"# Subsidietender\n\n## Eisen\n\nDe aanvrager is ingeschreven bij de Kamer van Koophandel. {sentence}\n")
        assert _kinds(analysis) == [("minimum", "De aanvrager is ingeschreven b"), ("wish", sentence[:30])]


def test_a_preference_inside_a_requirement_leaves_it_a_requirement():
    analysis = analyse_text("# Programma van eisen\n\n## Eisen aan de dienstverlening\n\n"
                            "- De opdrachtnemer biedt iedere mantelzorger binnen tien werkdagen een eerste gesprek aan, "
                            "bij voorkeur bij de mantelzorger thuis.\n")
    assert _kinds(analysis) == [("minimum", "De opdrachtnemer biedt iedere ")]


def test_toetredingseisen_are_admission_requirements_like_toelatingseisen():
    analysis = analyse_text("OPEN HOUSE MEEDOEN EN RONDKOMEN\n\nAanbieders die aan de eisen voldoen, kunnen toetreden tot het "
                            "Open House.\n\nTOETREDINGSEISEN\n"
                            "1. U bent ingeschreven in het Handelsregister van de Kamer van Koophandel.\n"
                            "2. U werkt volgens de Meldcode huiselijk geweld en kindermishandeling.\n")
    assert _kinds(analysis) == [("admission", "U bent ingeschreven in het Han"), ("admission", "U werkt volgens de Meldcode hu")]


def test_what_alone_subsidy_is_granted_for_is_a_condition_also_as_a_numbered_article_part():
    analysis = analyse_text("# Subsidieregeling Sociale basis\n\n## Artikel 3 Subsidiabele activiteiten\n\n"
                            "1. Subsidie wordt verstrekt voor de gehele subsidieperiode.\n"
                            "2. Subsidie wordt alleen verstrekt voor activiteiten die vrij toegankelijk zijn voor inwoners.\n")
    assert _kinds(analysis) == [("minimum", "Subsidie wordt alleen verstrek")]


def test_a_pre_is_a_wish_and_a_sentence_announcing_the_wishes_below_is_none():
    analysis = analyse_tender(docx_bytes([
        ("title", "Offerteaanvraag sociaal werk"), ("h1", "6 Eisen en wensen"),
        ("h2", "6.1 Geschiktheidseisen"),
        ("table", [["Nr.", "Eis"], ["G1", "De inschrijver beschikt over een geldig HKZ-certificaat."],
                   ["G2", "De inschrijver heeft een bedrijfsaansprakelijkheidsverzekering."]]),
        ("para", "Een pré is het als de inschrijver een vaste werkplek heeft in de wijk."),
        ("h2", "6.2 Wensen"),
        ("para", "De gemeente waardeert het als de opdrachtnemer ook aan de volgende wensen tegemoetkomt."),
        ("bullet", "De opdrachtnemer biedt een avondspreekuur aan."),
        ("h2", "6.3 Wens"),
        ("para", "Wij vinden het een pré als u ervaringsdeskundigen inzet als maatje."),
    ]), "offerte.docx")
    kinds = {r.text: r.kind for r in analysis.requirements}
    assert kinds["Een pré is het als de inschrijver een vaste werkplek heeft in de wijk."] == "wish"
    assert kinds["Wij vinden het een pré als u ervaringsdeskundigen inzet als maatje."] == "wish"
    assert kinds["De opdrachtnemer biedt een avondspreekuur aan."] == "wish"
    assert not [text for text in kinds if "volgende wensen" in text]


def test_sentences_telling_the_applicant_what_to_write_are_no_requirements():
    analysis = analyse_tender(docx_bytes([
        ("title", "Subsidietender Grip op geld"), ("h1", "Wat vragen wij van u"),
        ("para", "Dien een aanvraag in met een activiteitenplan en een begroting. Beschrijf in het activiteitenplan per doel "
                 "welke activiteiten u uitvoert, voor wie, waar en hoe vaak, en met welke partners. Beschrijf ook hoe u de "
                 "resultaten meet."),
        ("para", "Het activiteitenplan telt maximaal 3.000 woorden, exclusief de begroting en de bijlagen."),
        ("para", "De begroting maakt u op in het format van bijlage 2. Geef daarin per thema de personeelskosten, de kosten "
                 "voor vrijwilligers en de overige kosten, en de eigen bijdrage of cofinanciering."),
        ("h1", "Voorwaarden"),
        ("bullet", "De aanvrager is een rechtspersoon zonder winstoogmerk."),
        ("bullet", "Vrijwilligers die inwoners thuis helpen, hebben een VOG."),
    ]), "tender.docx")
    assert [r.text for r in analysis.requirements] == [
        "De aanvrager is een rechtspersoon zonder winstoogmerk.", "Vrijwilligers die inwoners thuis helpen, hebben een VOG."]
