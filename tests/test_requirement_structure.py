"""Requirements read from a document's structure: coded lines, lead-ins above lists, and the columns of a table."""
from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes

PROGRAMME = [
    ("title", "Programma van Eisen"),
    ("para", "Ondersteuning mantelzorgers gemeente Testdorp 2028–2030"),
    ("h1", "4 Ondersteuning van mantelzorgers"),
    ("h2", "4.1 Eisen"),
    ("para", "E4.1 – De opdrachtnemer biedt iedere mantelzorger binnen tien werkdagen een eerste gesprek aan."),
    ("para", "E4.2 – De opdrachtnemer is op werkdagen van 9.00 tot 17.00 uur telefonisch bereikbaar."),
    ("h2", "4.2 Wensen"),
    ("para", "W4.1 – De opdrachtnemer biedt ook een avondspreekuur aan voor werkende mantelzorgers."),
    ("h1", "6 Organisatie en rapportage"),
    ("para", "E6.1 – De mantelzorgconsulenten hebben een afgeronde hbo-opleiding in het sociaal domein."),
    ("para", "W6.1 – De opdrachtnemer betrekt ervaringsdeskundige mantelzorgers bij de evaluatie."),
    ("h1", "8 Gunningscriteria"),
    ("para", "K1 Ondersteuning van mantelzorgers: hoe u de resultaten behaalt en de wensen invult."),
]

LETTER = """Offerteaanvraag Taalpunt Testdorp

4. Eisen en wensen

Uw offerte moet aan de volgende eisen voldoen. Voldoet u aan een eis niet, dan nemen wij uw offerte niet in behandeling.

- De uitvoering vindt plaats op ten minste twee vaste locaties in de gemeente.
- U werkt met de methode Taal voor het Leven of een gelijkwaardige methode.

Daarnaast hebben wij twee wensen. Aan een wens hoeft u niet te voldoen.

- Het Taalpunt is ook op zaterdagochtend open.
- U betrekt taalambassadeurs bij de werving van deelnemers.

5. Planning

Dit is een meervoudig onderhandse procedure. Wij toetsen elke offerte aan de eisen.

- 7 september 2027: verzending van de offerteaanvraag
- 1 oktober 2027, 12.00 uur: sluiting
"""

ADMISSION_TABLE = [
    ("title", "Open House Welzijn op Recept Testdorp"),
    ("h1", "5 Toelatingseisen"),
    ("para", "U wordt toegelaten als u aan alle onderstaande eisen voldoet."),
    ("table", [["Nr.", "Toelatingseis", "Hoe toont u dit aan?"],
               ["T1", "De aanbieder is ingeschreven bij de Kamer van Koophandel.", "Uittreksel KvK"],
               ["Nr.", "Toelatingseis", "Hoe toont u dit aan?"],
               ["T2", "De welzijnscoaches hebben een afgeronde opleiding op ten minste mbo-4-niveau.", "Kopie van diploma's"],
               ["T3", "De aanbieder ondertekent de Eigen Verklaring Open House (bijlage 2).", "Ondertekende Eigen Verklaring"]]),
]

REGULATION = """Nadere regels subsidietender Meedoen Testdorp

Artikel 4. Aanvrager
Subsidie op grond van deze nadere regels kan alleen worden verstrekt aan een stichting of vereniging met volledige rechtsbevoegdheid.

Artikel 5. Voorwaarden
De aanvrager:
a. heeft ten minste drie jaar ervaring met het ondersteunen van huishoudens met geldzorgen;
b. voert de activiteiten uit in ten minste twee wijken.

Artikel 12. Verplichtingen
De subsidieontvanger:
a. neemt deel aan het Netwerk Geldzaken Testdorp;
b. registreert het bereik per wijk en levert deze gegevens elk kwartaal aan de gemeente.

Artikel 13. Verplichtingen en verantwoording
De subsidieontvanger dient uiterlijk op 1 april 2030 een aanvraag tot vaststelling in.
"""


def _found(analysis) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in analysis.requirements]


def test_coded_lines_of_a_programme_of_requirements_take_the_kind_their_letter_stands_for_in_the_document():
    found = _found(analyse_tender(docx_bytes(PROGRAMME), "pve.docx"))
    assert found == [
        ("minimum", "De opdrachtnemer biedt iedere mantelzorger binnen tien werkdagen een eerste gesprek aan."),
        ("minimum", "De opdrachtnemer is op werkdagen van 9.00 tot 17.00 uur telefonisch bereikbaar."),
        ("wish", "De opdrachtnemer biedt ook een avondspreekuur aan voor werkende mantelzorgers."),
        ("minimum", "De mantelzorgconsulenten hebben een afgeronde hbo-opleiding in het sociaal domein."),
        ("wish", "De opdrachtnemer betrekt ervaringsdeskundige mantelzorgers bij de evaluatie.")]


def test_a_paragraph_announcing_the_list_below_gives_its_kind_under_a_heading_naming_both_kinds():
    found = _found(analyse_text(LETTER))
    assert found == [
        ("minimum", "De uitvoering vindt plaats op ten minste twee vaste locaties in de gemeente."),
        ("minimum", "U werkt met de methode Taal voor het Leven of een gelijkwaardige methode."),
        ("wish", "Het Taalpunt is ook op zaterdagochtend open."),
        ("wish", "U betrekt taalambassadeurs bij de werving van deelnemers.")]  # the planning list is none


def test_a_table_of_admission_requirements_skips_its_repeated_header_and_the_eigen_verklaring_row():
    found = _found(analyse_tender(docx_bytes(ADMISSION_TABLE), "openhouse.docx"))
    assert found == [
        ("admission", "De aanbieder is ingeschreven bij de Kamer van Koophandel."),
        ("admission", "De welzijnscoaches hebben een afgeronde opleiding op ten minste mbo-4-niveau.")]


def test_a_regulation_names_who_may_receive_the_grant_its_conditions_and_its_obligations():
    found = _found(analyse_text(REGULATION))
    assert found[0] == ("minimum", "Subsidie op grond van deze nadere regels kan alleen worden verstrekt aan een stichting of "
                                   "vereniging met volledige rechtsbevoegdheid.")
    # a subsidy has no suitability stage: experience asked of who applies is a condition (CONVENTIONS.md)
    assert ("minimum", "heeft ten minste drie jaar ervaring met het ondersteunen van huishoudens met geldzorgen;") in found
    assert ("minimum", "neemt deel aan het Netwerk Geldzaken Testdorp;") in found
    assert not any("vaststelling" in text for _, text in found)  # accounting for the grant is no requirement
    assert len(found) == 5


RUNNING_TEXT = """Uitvraag jongerenwerk Testdorp

Jongeren van 12 tot 18 jaar
Jongeren hebben een zinvolle vrijetijdsbesteding en voelen zich gehoord in hun dorp.
De opdrachtnemer moet werken met de Verwijsindex en met de meldcode huiselijk geweld. De opdrachtnemer moet de aanvraag digitaal indienen.
"""


def test_the_provider_obliged_in_running_text_is_a_requirement_but_how_to_apply_is_not():
    found = _found(analyse_text(RUNNING_TEXT))
    assert ("minimum", "De opdrachtnemer moet werken met de Verwijsindex en met de meldcode huiselijk geweld.") in found
    assert not any("indienen" in text for _, text in found)


INLINE = """Subsidieoproep Opvoeden Testdorp

Wie kan subsidie aanvragen?
U kunt subsidie aanvragen als: u een stichting of vereniging bent zonder winstoogmerk; uw activiteiten in Testdorp plaatsvinden; medewerkers die met kinderen werken een Verklaring Omtrent het Gedrag hebben.
"""


def test_a_list_run_into_one_paragraph_after_its_lead_in_gives_one_requirement_per_item():
    assert _found(analyse_text(INLINE)) == [
        ("minimum", "u een stichting of vereniging bent zonder winstoogmerk"),
        ("minimum", "uw activiteiten in Testdorp plaatsvinden"),
        ("minimum", "medewerkers die met kinderen werken een Verklaring Omtrent het Gedrag hebben")]
