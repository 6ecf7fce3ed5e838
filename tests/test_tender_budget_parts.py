"""How the budget is split: parts in one sentence, in a table without header, per municipality, in lettered items."""
from __future__ import annotations

from proposal_builder.tender import analyse_tender, analyse_text

from .tender_samples import docx_bytes


def _parts(analysis) -> list[tuple[str, float]]:
    return [(part["name"], part["amount"]) for part in analysis.budget_parts]


def test_amounts_for_named_things_in_one_sentence_are_parts_when_they_add_up_to_the_budget():
    text = ("# Open House maatjes\n\n## Budget\n\nVoor het Open House is jaarlijks een budgetplafond van € 310.000 "
            "beschikbaar, waarvan € 230.000 voor maatjestrajecten en € 80.000 voor groepsbegeleiding.\n")
    assert _parts(analyse_text(text)) == [("Maatjestrajecten", 230000), ("Groepsbegeleiding", 80000)]
    places = text.replace("waarvan € 230.000 voor maatjestrajecten en € 80.000 voor groepsbegeleiding",
                          "€ 200.000 in Haverdam en € 110.000 in Loonsbroek")
    assert _parts(analyse_text(places)) == [("Haverdam", 200000), ("Loonsbroek", 110000)]


def test_amounts_that_do_not_add_up_to_the_budget_are_no_parts():
    text = ("# Uitvraag\n\n## Budget\n\nHet budget is € 310.000 per jaar. Wij betalen € 1.150 voor een traject "
            "en € 42 voor een groepsbijeenkomst.\n")
    assert analyse_text(text).budget_parts == []


def test_amounts_respectively_follow_the_shares_of_the_places_named_before_them():
    text = ("# Leidraad\n\n## Budget\n\nHet beschikbare budget bedraagt € 1.320.000 per jaar exclusief btw. De gemeenten "
            "verdelen dit bedrag volgens de verdeelsleutel 65% Hemmerden en 35% Stokwoude, dat is € 858.000 "
            "respectievelijk € 462.000 per jaar.\n")
    assert _parts(analyse_text(text)) == [("Hemmerden", 858000), ("Stokwoude", 462000)]


def test_a_table_without_header_whose_first_row_holds_an_amount_gives_parts_per_municipality():
    elements = [("h1", "3 Opdracht en budget"),
                ("para", "Voor de opdracht is jaarlijks € 152.000 beschikbaar, namens de gemeenten Aarlo en Wemmerdal. "
                         "Dit bedrag is als volgt over de gemeenten verdeeld:"),
                ("table", [["Aarlo", "€ 96.000 per jaar"], ["Wemmerdal", "€ 56.000 per jaar"]])]
    assert _parts(analyse_tender(docx_bytes(elements))) == [("Aarlo", 96000), ("Wemmerdal", 56000)]
    pasted = ("# Offerteaanvraag\n\n## Budget\n\nVoor de opdracht is jaarlijks € 152.000 beschikbaar. Dit bedrag is "
              "als volgt verdeeld:\n\n| Aarlo | € 96.000 per jaar |\n| Wemmerdal | € 56.000 per jaar |\n")
    assert _parts(analyse_text(pasted)) == [("Aarlo", 96000), ("Wemmerdal", 56000)]


def test_a_budget_table_per_municipality_is_split_but_a_contribution_table_is_not():
    table = ("# Leidraad\n\nDe gemeenten Aarle en Beek besteden samen aan.\n\n## Budget\n\nHet maximale budget is € 500.000."
             "\n\n| Gemeente | Budget 2028-2031 |\n| Aarle | € 300.000 |\n| Beek | € 200.000 |\n")
    assert _parts(analyse_text(table)) == [("Aarle", 300000), ("Beek", 200000)]
    assert analyse_text(table.replace("Budget 2028-2031", "Bijdrage")).budget_parts == []


def test_a_lettered_part_keeps_its_name_without_a_long_legal_reference():
    text = ("# Subsidieregeling\n\n## Artikel 5 Subsidieplafond\n\nHet subsidieplafond bedraagt in totaal € 1.680.000.\n"
            "Het subsidieplafond wordt als volgt verdeeld:\n\n"
            "a. ontmoeting en eenzaamheid (artikel 3, eerste lid, onder a, en tweede lid, onder a): € 1.040.000;\n"
            "b. informatie, advies en vroegsignalering (artikel 3, eerste lid, onder b tot en met d): € 640.000.\n")
    assert _parts(analyse_text(text)) == [("Ontmoeting en eenzaamheid", 1040000),
                                          ("Informatie, advies en vroegsignalering", 640000)]


def test_the_most_one_application_may_ask_is_no_part():
    text = ("# Beleidsregel\n\n## Subsidieplafond\n\nHet subsidieplafond bedraagt € 215.000. Het plafond is als volgt "
            "verdeeld:\n\n- Vrijwilligersondersteuning: € 120.000\n- Mantelzorgondersteuning: € 95.000\n"
            "- Per aanvraag wordt ten hoogste € 60.000 verleend.\n")
    assert _parts(analyse_text(text)) == [("Vrijwilligersondersteuning", 120000), ("Mantelzorgondersteuning", 95000)]


def test_a_parts_table_headed_maximum_per_year_holds_parts_and_no_rates():
    text = ("# Aanbestedingsleidraad\n\n## Budget\n\nDe gemeenten stellen ten hoogste € 840.000 per jaar beschikbaar. Dit "
            "budget is als volgt verdeeld over de onderdelen van de opdracht:\n\n| Onderdeel | Maximaal per jaar |\n"
            "| Schoolmaatschappelijk werk primair onderwijs | € 360.000 |\n| Schoolmaatschappelijk werk voortgezet onderwijs "
            "| € 330.000 |\n| Preventieve groepstrainingen | € 150.000 |\n| Totaal | € 840.000 |\n")
    expected = [("Schoolmaatschappelijk werk primair onderwijs", 360000),
                ("Schoolmaatschappelijk werk voortgezet onderwijs", 330000), ("Preventieve groepstrainingen", 150000)]
    assert _parts(analyse_text(text)) == expected


def test_a_docx_budget_table_with_years_over_its_columns_gives_the_parts_of_its_total_column():
    analysis = analyse_tender(docx_bytes([
        ("h1", "Hoeveel geld is er beschikbaar?"),
        ("para", "Het subsidieplafond bedraagt € 570.000 voor 2028 en 2029 samen, als volgt verdeeld over de thema's:"),
        ("table", [["Thema", "2028", "2029", "Totaal"],
                   ["Bewegen voor iedereen", "€ 120.000", "€ 130.000", "€ 250.000"],
                   ["Gezond opgroeien", "€ 90.000", "€ 100.000", "€ 190.000"],
                   ["Welzijn op recept", "€ 60.000", "€ 70.000", "€ 130.000"],
                   ["Totaal", "€ 270.000", "€ 300.000", "€ 570.000"]]),
    ]), "uitvraag.docx")
    assert [block.header for block in analysis.blocks if block.cells][0] == ["Thema", "2028", "2029", "Totaal"]
    assert _parts(analysis) == [("Bewegen voor iedereen", 250000), ("Gezond opgroeien", 190000), ("Welzijn op recept", 130000)]


def test_parts_named_by_a_lots_bare_label_take_the_lots_full_name():
    analysis = analyse_text(
        "# Open House Geldzorgen\n\n## 3 Percelen en doelen\n\n### Perceel 1 Vroegsignalering van betalingsachterstanden\n\n"
        "Bij dit perceel gaat het om gezinnen met een betalingsachterstand.\n\n### 3.2 Perceel 2 Gezinsgeldcoaching\n\n"
        "Bij dit perceel gaat het om begeleiding aan huis.\n\n## 6 Budget\n\nHet budget is ten hoogste € 1.600.000 voor de "
        "hele looptijd. Het is als volgt over de percelen verdeeld: perceel 1 € 560.000 en perceel 2 € 1.040.000.\n")
    assert _parts(analysis) == [("Perceel 1 Vroegsignalering van betalingsachterstanden", 560000),
                                ("Perceel 2 Gezinsgeldcoaching", 1040000)]


def test_themes_whose_names_hold_en_are_parts_and_a_tariff_table_is_none():
    elements = [("h1", "5 Budget en tarieven"),
                ("para", "Voor deze Open House is jaarlijks ten hoogste € 1.150.000 beschikbaar. Daarvan is € 520.000 "
                         "bestemd voor het Thema Taal en basisvaardigheden en € 630.000 voor het Thema Ontmoeting en "
                         "eenzaamheid."),
                ("para", "De gemeente betaalt de volgende tarieven:"),
                ("table", [["traject taalvrijwilliger, per deelnemer per jaar", "€ 640"],
                           ["taalcafé, per bijeenkomst", "€ 210"], ["ontmoetingsplek, per ochtend", "€ 165"],
                           ["coördinatie vrijwilligers, per vrijwilliger per jaar", "€ 120"]])]
    assert _parts(analyse_tender(docx_bytes(elements))) == [("Thema Taal en basisvaardigheden", 520000),
                                                            ("Thema Ontmoeting en eenzaamheid", 630000)]
