"""A yearly total split in one sentence, parts whose names hold commas, the budget spent now as context, and a rolling
admission's first cut-off."""
from proposal_builder.tender import analyse_text

OPEN_HOUSE = """Open House Welzijn op Recept Testdorp

Budget
Voor deze Open House is jaarlijks in totaal € 275.000 beschikbaar: € 180.000 voor Welzijn op Recept en € 95.000 voor Gezond Meedoen. In de pilotfase was jaarlijks € 120.000 beschikbaar.

Aanmelden
De eerste aanmeldronde sluit op vrijdag 29 oktober 2027 om 12.00 uur. Na de eerste ronde kunt u zich doorlopend aanmelden, tot 1 juli 2031.
"""

ROLLING_ONLY = """Open House Maatjes Testdorp

Aanmelden
U kunt zich doorlopend aanmelden tijdens de looptijd van de overeenkomst, die loopt tot 31 december 2030.
"""

PROGRAMME = """Programma van Eisen Mantelzorg Testdorp

Budget en looptijd
Het beschikbare budget is maximaal € 230.000 per jaar, exclusief btw. Hiervan is € 172.000 per jaar bestemd voor informatie, advies en ondersteuning van mantelzorgers en € 58.000 per jaar voor respijtzorg (inclusief logeeropvang).
De geraamde opdrachtwaarde voor de looptijd van drie jaar bedraagt € 690.000 exclusief btw.
"""


def test_a_yearly_total_split_over_two_parts_in_one_sentence_is_the_budget_and_its_parts():
    analysis = analyse_text(OPEN_HOUSE)
    assert (analysis.budget.amount, analysis.budget.per_year) == (275000, True)
    assert analysis.budget_parts == [{"name": "Welzijn op Recept", "amount": 180000},
                                     {"name": "Gezond Meedoen", "amount": 95000}]


def test_the_first_cut_off_of_a_rolling_admission_is_the_deadline_and_rolling_alone_has_none():
    assert analyse_text(OPEN_HOUSE).deadline.iso() == "2027-10-29T12:00"
    assert analyse_text(ROLLING_ONLY).deadline is None


def test_parts_whose_names_hold_commas_run_on_to_the_next_amount():
    analysis = analyse_text(PROGRAMME)
    assert analysis.budget.amount == 230000
    assert analysis.budget_parts == [
        {"name": "Informatie, advies en ondersteuning van mantelzorgers", "amount": 172000},
        {"name": "Respijtzorg", "amount": 58000}]  # a remark in brackets is no part of the name


CONTEXT_FIRST = """Aanbestedingsleidraad Sociaal werk Testdorp

Inleiding
Het huidige subsidiebudget voor deze taken bedraagt € 1.090.000 per jaar.

Budget
Voor de opdracht is een vast budget beschikbaar van € 1.280.000 per jaar, exclusief btw.
"""


def test_the_budget_spent_now_is_context_and_the_budget_of_the_tender_is_the_budget():
    budget = analyse_text(CONTEXT_FIRST).budget
    assert (budget.amount, budget.per_year) == (1280000, True)
