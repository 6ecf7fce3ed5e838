"""What the tender says about money it pays rather than asks of the provider: a table of prices or tariffs ("Taalcafé,
per bijeenkomst | € 85") with what is said right below it, a list under a lead-in on payment, and a section on tariffs,
payment or indexation ("De tarieven worden elk jaar op 1 januari geïndexeerd", "Is het budget van een thema op, dan
..."). None holds requirements to answer (CONVENTIONS.md, "Requirements outside a requirements list": payment is a term
of the agreement), also where it stands in a chapter on conditions ("3 Voorwaarden > 3.2 Tarieven"); an obligation
listed under a heading that names requirements ("Verplichtingen na toelating: U declareert uitsluitend gerealiseerde
uren") stays one.
"""

import re

from ..reading.blocks import LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .criterion_tree import tables

# A cell holding an amount and little else: "€ 85", "€ 6,50 per deelnemer", "1.200 euro"
MONEY_CELL = re.compile(r"^\s*(?:(?:€|eur(?:o)?\b\.?)\s*\d[\d.]*(?:,(?:\d{1,2}|-{1,2}))?|\d[\d.]*(?:,\d{1,2})?\s*(?:euro|€))"
                        r"(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
MONEY_SHARE = 2 / 3  # of a column's filled cells, for it to be a column of amounts
# A heading on what is paid and how: tariffs, funding, payment, declaring, indexation
PAYMENT_HEADING = re.compile(r"\btarie(?:f|ven)\b|bekostiging|vergoeding|betaling|declar(?:atie|eren)|indexer|"
                             r"financi(?:ering|ële\s+voorwaarden)", re.IGNORECASE)
# A heading naming requirements: below it an obligation stays one, whatever it is about
REQUIREMENTS_HEADING = re.compile(r"eis(?:en)?\b|wens|voorwaarde|toelat|toetred|verplicht", re.IGNORECASE)


def payment_blocks(blocks: list[Block]) -> set[int]:
    """The positions of the rows of every table with a column of amounts and of the paragraphs right below it, of the
    items under a lead-in on payment, and of the blocks in a section on payment."""
    priced = {row.position for rows in tables(blocks) if _priced(rows) for row in rows}
    return priced | _told_apart(blocks, priced) | {block.position for block in blocks if _on_payment(block.section)}


def _told_apart(blocks: list[Block], priced: set[int]) -> set[int]:
    """The paragraphs right below a table of prices in its section, which say what the prices are and how they change
    ("De tarieven worden elk jaar op 1 januari geïndexeerd"), and a lead-in on payment with the items and rows below it
    ("De gemeente betaalt per bijeenkomst een vast tarief:", "Voor de bekostiging gelden de volgende afspraken:")."""
    found: set[int] = set()
    previous, lead = None, False
    for block in blocks:
        if block.kind == PARAGRAPH:
            lead = block.text.rstrip().endswith(":") and _on_payment([block.text])
            below_prices = previous is not None and previous.kind in (TABLE_ROW, PARAGRAPH) and \
                (previous.position in priced or previous.position in found) and previous.section == block.section
            found |= {block.position} if lead or below_prices else set()
        elif block.kind in (LIST_ITEM, TABLE_ROW):
            found |= {block.position} if lead else set()
        else:
            lead = False
        previous = block
    return found


def _priced(rows: list[Block]) -> bool:
    """A table of two or more rows with a column whose filled cells are mostly amounts."""
    if len(rows) < 2:
        return False
    width = max(len(row.cells) for row in rows)
    for column in range(width):
        cells = [row.cells[column].strip() for row in rows if column < len(row.cells) and row.cells[column].strip()]
        if len(cells) >= 2 and sum(bool(MONEY_CELL.match(cell)) for cell in cells) >= MONEY_SHARE * len(cells):
            return True
    return False


def _on_payment(section: list[str]) -> bool:
    """Whether the innermost heading on money or requirements above a block is one on money ("3.2 Tarieven",
    "Financiële voorwaarden"), not one naming requirements ("Verplichtingen na toelating", "Eisen aan de declaratie")."""
    for heading in reversed(section):
        if PAYMENT_HEADING.search(heading) and not re.search(r"eis(?:en)?\b|wens", heading, re.IGNORECASE):
            return True
        if REQUIREMENTS_HEADING.search(heading):
            return False
    return False
