"""Budget parts from lots: each lot's amount wherever the tender states it, kept when the lots' amounts make up the
budget.

A tender with lots (percelen, thema's) often states each lot's money apart from the budget: in a sentence under the
lot's own heading ("3.3 Budget perceel 1 — Voor perceel 1 is maximaal € 340.000 per jaar beschikbaar") or in a
sentence anywhere that names one lot ("Voor thema 2 is € 80.000 beschikbaar"). Each lot takes the one amount such a
sentence gives; the amounts are the budget's parts when every lot has one and, where the budget is known, they add
up to it (a lot sentence about a tariff or an earlier budget then cannot pass for a part).
"""

import re

from ..reading.blocks import HEADING, TABLE_ROW, Block
from .facts import AMOUNT_RE, ESTIMATE, PER_YEAR, Budget, parse_amount
from .lots import Lot, marker, names_lot
from .money import NOT_A_PART
from .sentences import split_sentences

# A sentence that states money available for something, not a price, a threshold or a maximum per application
AVAILABLE = re.compile(r"\bbeschikbaar\b|\bbudget\b|\bplafond\b|\bbedraagt\b|\bmaximaal\s+(?:€|eur)|\bgereserveerd\b|\bbestemd\b",
                       re.IGNORECASE)
TOTAL = re.compile(r"\b(?:in\s+)?totaal\b|\btotale\b", re.IGNORECASE)
PER_APPLICATION = re.compile(r"\bper\s+(?:aanvraag|aanvrager|inschrijver|organisatie|activiteit)\b|\bminimaal\s+(?:€|eur)",
                             re.IGNORECASE)


def lot_parts(blocks: list[Block], lots: list[Lot], budget: Budget | None) -> tuple[list[dict], Budget | None]:
    """[{name, amount}] per lot, or [] unless every lot (two or more) has an amount and they add up to the budget;
    with the budget, which is the lots' sum where the tender states it and the budget read was one lot's own."""
    amounts = [_lot_amount(blocks, lot, lots) for lot in lots] if len(lots) >= 2 else [None]
    if None in amounts:
        return [], budget
    parts = [{"name": lot.title, "amount": amount} for lot, amount in zip(lots, amounts)]
    whole = whole_of(blocks, parts, budget)
    return (parts, whole) if not budget or round(whole.amount) == round(sum(amounts)) else ([], budget)


def whole_of(blocks: list[Block], parts: list[dict], budget: Budget | None) -> Budget | None:
    """The budget, or where it was read from one part's sentence ("Voor perceel 1 is maximaal € 340.000 beschikbaar") or
    from a sentence that is no budget ("maximaal € 2.500 per initiatief") and the tender states the parts' sum as
    money available, that sentence as the budget."""
    whole = round(sum(part["amount"] for part in parts))
    if not parts or (budget is not None and round(budget.amount) == whole):
        return budget
    # a budget over the whole term the parts per year make up ("€ 570.000 voor twee jaar"), or one of another kind;
    # not the value with its extensions ("De geraamde waarde, inclusief beide verlengingen, is € 2.500.000")
    estimate = budget is not None and bool(ESTIMATE.search(budget.text))
    if budget is not None and not estimate and budget.amount not in [part["amount"] for part in parts] and \
            round(budget.amount) % whole == 0:
        return budget
    return _stated(blocks, whole) or (_of_parts(blocks, parts) if estimate else budget)


def _of_parts(blocks: list[Block], parts: list[dict]) -> Budget | None:
    """The parts' sum as the budget, per year where the sentence stating the first part's amount says so ("Voor
    perceel 1 is maximaal € 310.000 per jaar beschikbaar en voor perceel 2 maximaal € 190.000 per jaar")."""
    for block in blocks:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if AVAILABLE.search(sentence) and \
                    any(parse_amount(found) == parts[0]["amount"] for found in AMOUNT_RE.finditer(sentence)):
                return Budget(float(round(sum(part["amount"] for part in parts))), bool(PER_YEAR.search(sentence)), sentence)
    return None


def _stated(blocks: list[Block], amount: float) -> Budget | None:
    """The first sentence stating this amount ("Het totale budget voor beide percelen samen is € 550.000 per jaar"), as
    the budget."""
    for block in blocks:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if (AVAILABLE.search(sentence) or TOTAL.search(sentence)) and \
                    any(round(parse_amount(found)) == amount for found in AMOUNT_RE.finditer(sentence)):
                return Budget(float(amount), bool(PER_YEAR.search(sentence)), sentence)
    return None


def _lot_amount(blocks: list[Block], lot: Lot, lots: list[Lot]) -> float | None:
    """The one amount a budget sentence gives for this lot: under its own heading, or naming it alone."""
    for block in blocks:
        if block.kind in (HEADING, TABLE_ROW):
            continue
        own_place = any((found := marker(heading, HEADING)) is not None and found.title == lot.title for heading in block.section)
        for sentence in split_sentences(block.text):
            if len(AMOUNT_RE.findall(sentence)) != 1 or not AVAILABLE.search(sentence) or PER_APPLICATION.search(sentence) or \
                    NOT_A_PART.search(sentence):
                continue
            named = [other for other in lots if names_lot(sentence, other)]
            if named == [lot] or (own_place and not named):
                return parse_amount(AMOUNT_RE.search(sentence))
    return None


def with_lot_budgets(blocks: list[Block], lots: list[Lot], budget: Budget | None) -> tuple[list[dict], Budget | None]:
    """The budget parts from the lots' own amounts (lot_parts), each lot given its budget, and the budget."""
    parts, budget = lot_parts(blocks, lots, budget)
    for lot, part in zip(lots, parts):
        lot.budget = part["amount"]
    return parts, budget
