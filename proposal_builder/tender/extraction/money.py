"""How the budget is split: amounts per theme, lot (perceel) or part, from tables, lists and sentences."""

import re
from dataclasses import replace

from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .facts import AMOUNT_RE, parse_amount
from .sentences import split_sentences

BUDGET_PLACE = re.compile(r"budget|plafond|bedrag|percel|perceel|kavel|financi|middelen|verdeling|subsidie", re.IGNORECASE)
# Rows and lines that are no part: totals, years, tariffs, thresholds.
NOT_A_PART = re.compile(
    r"^\s*(totaal|total|subtotaal|som)\b|^\s*(19|20)\d\d\b|\bjaar\s*\d|\btarie|"
    r"\bper\s+(?!jaar\b|kalenderjaar\b|perceel\b|kavel\b|thema\b|onderdeel\b)[a-zé]{3,}\b|"  # a price per unit: "per bijeenkomst"
    r"\b(onder|boven|lager\s+dan|hoger\s+dan|minder\s+dan|meer\s+dan)\s*(€|eur)|\bomzet|"
    r"\bdrempel(?:waarde|bedrag)?\b",  # a threshold, not barriers ("Opgave A. Meedoen zonder drempels")
    re.IGNORECASE,
)
# A table column that holds no part's amount: a rate, or the most one application may ask ("Maximaal per jaar"
# is the part's own ceiling per year, no rate).
RATE_HEADER = re.compile(r"\btarie|\bper\s+(?:aanvraag|aanvrager|traject|deelnemer|uur|cliënt|client|activiteit|project)\b|"
                         r"\b(?:maximaal|max\.?|hoogste)\s+(?:bedrag\s+)?per\b(?!\s+jaar)|\bbijdrage\s+per\b", re.IGNORECASE)
# A lead-in that introduces prices per unit ("De gemeente betaalt per geleverde eenheid tegen de volgende vaste tarieven:")
RATE_LEAD = re.compile(r"\btarie|\bprijzen\b|\bper\s+(?:geleverde\s+)?eenheid\b", re.IGNORECASE)
BUDGET_HEADER = re.compile(r"budget|plafond|bedrag|beschikbaar|totaal", re.IGNORECASE)
# Words that end a part's name in a sentence: "perceel A Jeugd is jaarlijks € 120.000".
NAME_END = re.compile(r"\s+(?:is|zijn|krijgt|krijgen|bedraagt|ontvangt|jaarlijks|per\s+jaar|beschikbaar|maximaal|"
                      r"totaal|ongeveer|circa)\b.*$", re.IGNORECASE)
# In a sentence: "€ 250.000 (is bestemd) voor thema Gezond opgroeien" or "perceel 2 Noord: € 300.000".
AMOUNT = r"(?:€|eur(?:o)?\b\.?)\s*\d[\d.\s]*\d(?:,\d{1,2}|,-{1,2})?(?:\s*(?:miljoen|mln\.?))?"
LABEL = r"(?:het\s+|de\s+)?((?:thema|perceel|kavel|deelplafond|onderdeel|programma|lijn)\s+[^,;:€()]{1,60}?)"
SENTENCE_PARTS = (
    re.compile(rf"({AMOUNT})\s+(?:\w+\s+){{0,3}}?(?:voor|aan)\s+{LABEL}(?=\s*(?:[,;.]|\ben\s+(?:{AMOUNT}|{LABEL})|$))",
               re.IGNORECASE),
    re.compile(rf"{LABEL}\s*(?::|bedraagt|is|krijgt|ontvangt)?\s*(?:maximaal\s+)?({AMOUNT})", re.IGNORECASE),
)
# Without a label word, amounts "voor" or "in" something are parts only when they add up to the budget:
# "waarvan € 230.000 voor maatjestrajecten en € 80.000 voor groepsbegeleiding", "€ 640.000 in Haverdam, ...".
UNLABELLED_PARTS = re.compile(rf"({AMOUNT})(?:\s+per\s+jaar)?(?:\s+(?:is\s+)?bestemd)?\s+(?:voor|in|aan)\s+(?:het\s+|de\s+)?"
                              rf"([^,;:€()]{{1,60}}?)(?=\s*(?:\([^)]*\))?\s*(?:[,;.]|\ben\b|$))", re.IGNORECASE)
# The same with names that hold commas, running on to the next amount: "€ 172.000 per jaar bestemd voor
# informatie, advies en ondersteuning van mantelzorgers en € 58.000 per jaar voor respijtzorg (inclusief logeeropvang)."
LONG_NAMED_PARTS = re.compile(rf"({AMOUNT})(?:\s+per\s+jaar)?(?:\s+(?:is\s+)?bestemd)?\s+(?:voor|in|aan)\s+(?:het\s+|de\s+)?"
                              rf"([^;:€()]{{1,90}}?)(?=\s*(?:\([^)]*\))?(?:,?\s+en\s+(?:€|eur)|,\s*(?:€|eur)|\s*[;.]?\s*$))",
                              re.IGNORECASE)
# "volgens de verdeelsleutel 65% Hemmerden en 35% Stokwoude, dat is € 858.000 respectievelijk € 462.000"
SHARE_NAME = re.compile(r"\d{1,3}(?:,\d+)?\s*%\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
RESPECTIVELY = re.compile(rf"({AMOUNT})(?:\s*,\s*({AMOUNT}))*\s+respectievelijk\s+({AMOUNT})", re.IGNORECASE)
FLAT_ROW = re.compile(rf"^\s*(?P<name>[^\W\d][^€]{{1,60}}?)\s+(?P<amount>{AMOUNT})(?:\s+{AMOUNT})*\s*$", re.IGNORECASE)
# What a municipality contributes ("Gemeente | Bijdrage") funds the budget; it is no part of it.
CONTRIBUTION = re.compile(r"\bbijdrage|\bbetaal|\bbetalen\b|\bfinancier|\b(draagt|dragen)\b[^.]{0,40}\bbij\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.:;!?]\s*$")
LABELLED_NAME = re.compile(r"(?:thema|perceel|kavel|onderdeel|opgave|deelplafond|programma|lijn)\s+[\dA-Z]{1,2}\b", re.IGNORECASE)
ONLY_AMOUNT = re.compile(rf"\s*{AMOUNT}\s*[.;,]?\s*$", re.IGNORECASE)


def extract_budget_parts(blocks: list[Block], payers: list[str] = (), budget: float | None = None) -> list[dict]:
    """The budget's parts as [{name, amount}]; [] unless at least two parts are named together.

    What each municipality contributes (`payers`, in a place that speaks of contributions) is how the budget is
    funded, not a part of it. Of a table's amount columns the one that adds up to the `budget` holds the parts.
    """
    blocks = _mended(blocks)
    for reader in (lambda b: _table_parts(b, budget), _list_parts, lambda b: _sentence_parts(b, budget),
                   lambda b: _line_parts(b, budget)):
        parts, context = reader(blocks)
        funders = payers if CONTRIBUTION.search(context) else ()
        # a "part" as large as the whole ("1. Het subsidieplafond bedraagt twee miljoen euro.") is the budget itself,
        # where the other parts make it up (else the budget was read from one part's sentence)
        parts = [part for part in parts if not _payer(part["name"], funders)]
        parts = [part for part in parts if not (budget and part["amount"] == budget and
                                                round(sum(p["amount"] for p in parts) - budget) == round(budget))]
        if len(parts) >= 2:
            return parts
    return []


def _mended(blocks: list[Block]) -> list[Block]:
    """The blocks with a share-out a reader broke mended: a paragraph that stops mid sentence with an amount in it
    ("Daarvan is € 190.000 voor Onderdeel 1") goes on in the list items after it ("Kinderen en ouders in de kernen,
    € 70.000 voor Onderdeel 2"), as a PDF line wrapped to open on "–" reads as a bullet; an item's amount wrapped
    onto a line of its own ("€ 80.000.") belongs to the item."""
    mended: list[Block] = []
    for block in blocks:
        last = mended[-1] if mended else None
        if block.kind == LIST_ITEM and last and last.kind == PARAGRAPH and last.section == block.section and \
                not SENTENCE_END.search(last.text) and AMOUNT_RE.search(split_sentences(last.text)[-1]):
            mended[-1] = replace(last, text=f"{last.text} – {block.text}")
        elif block.kind == PARAGRAPH and last and last.kind == LIST_ITEM and last.text.rstrip().endswith(":") and \
                ONLY_AMOUNT.match(block.text):  # "d. ondersteuning van professionals ...:" with its amount wrapped off
            mended[-1] = replace(last, text=f"{last.text} {block.text}")
        else:
            mended.append(block)
    return mended


def _payer(name: str, payers: list[str]) -> bool:
    name = re.sub(r"^gemeente\s+", "", name, flags=re.IGNORECASE).strip().lower()
    return name in {payer.lower() for payer in payers}


def _adds_up(parts: list[dict], budget: float | None) -> bool:
    return bool(budget) and len(parts) >= 2 and round(sum(part["amount"] for part in parts)) == round(budget)


def _part(name: str, amount_text: str) -> dict | None:
    match = AMOUNT_RE.search(amount_text)
    name = NAME_END.split(" ".join(name.strip(" :-–.").split()))[0]
    # a lot or theme opening on its label may have a longer name ("Perceel 2 Meedoen van kinderen in gezinnen met
    # een laag inkomen") than a plain one, which past ten words is a sentence
    most = 14 if LABELLED_NAME.match(name) else 10
    if len(name.split()) > most:  # "ontmoeting (artikel 3, eerste lid, onder a, en tweede lid, onder a)"
        name = re.sub(r"\s*\([^)]*\)", "", name).strip(" :-–.")
    if not match or not name or NOT_A_PART.search(name) or len(name.split()) > most:
        return None
    return {"name": name[:1].upper() + name[1:], "amount": parse_amount(match)}


def _table_parts(blocks: list[Block], budget: float | None = None) -> tuple[list[dict], str]:
    """Rows of a budget table: a label cell and the amount of its part column; the first table that has two,
    with its header and lead-in."""
    tables: dict[tuple, list[Block]] = {}
    lead = ""
    for block in blocks:
        if block.kind == TABLE_ROW and _budget_place(block, " ".join(block.header) + " " + lead):
            tables.setdefault((tuple(block.header), tuple(block.section), lead), []).append(block)
        elif block.kind != TABLE_ROW:
            lead = block.text
    for (header, _, lead), rows in tables.items():
        # "Product | Eenheid | Tarief 2028", or a table without a header under "... tegen de volgende vaste tarieven:":
        # prices per unit, no parts
        if _rates_only(rows) or (not header and RATE_LEAD.search(lead)):
            continue
        column = _part_column(rows, budget)
        parts = [part for row in rows if (part := _row_part(row, column))]
        if len(parts) >= 2:
            return parts, " ".join(header) + " " + lead
    return [], ""


def _row_part(row: Block, column: int | None) -> dict | None:
    label = _row_label(row)
    cells = [row.cells[column]] if column is not None and column < len(row.cells) else row.cells
    amount = next((c for c in cells if AMOUNT_RE.search(c)), "")
    return _part(label, amount) if amount and not NOT_A_PART.search(" ".join(row.cells)) else None


def _row_label(row: Block) -> str:
    """The row's first text cell; a bare number or letter under "Perceel" is named with its header and the next
    text cell: "Perceel 1 Maatschappelijk werk"."""
    texts = [(i, c) for i, c in enumerate(row.cells) if c and not AMOUNT_RE.search(c)]
    if not texts:
        return ""
    index, label = texts[0]
    if re.fullmatch(r"[A-Z]?\d{0,2}[.)]?", label.strip()) and index < len(row.header):
        label = " ".join([row.header[index]] + [label.strip(" .)")] + [c for _, c in texts[1:2]])
    return label


def _rates_only(rows: list[Block]) -> bool:
    """True when every column holding amounts is headed as a rate."""
    header = rows[0].header
    holding = {i for row in rows for i, cell in enumerate(row.cells) if AMOUNT_RE.search(cell)}
    return bool(header) and bool(holding) and all(i < len(header) and RATE_HEADER.search(header[i]) for i in holding)


def _part_column(rows: list[Block], budget: float | None) -> int | None:
    """The column of the parts' amounts, by its header: not a rate or a maximum per application; of several,
    the one whose amounts add up to the budget, else one headed as budget or ceiling; None without a header."""
    width = max(len(row.cells) for row in rows)
    header = rows[0].header
    columns = [i for i in range(width) if i < len(header) and not RATE_HEADER.search(header[i])
               and any(i < len(row.cells) and AMOUNT_RE.search(row.cells[i]) for row in rows)]
    if not header or not columns:
        return None
    for index in columns:
        amounts = [_amount(row.cells[index]) for row in rows if index < len(row.cells)]
        parts = [a for row, a in zip(rows, amounts) if a and not NOT_A_PART.search(" ".join(row.cells))]
        if budget and (round(sum(parts)) == round(budget) or budget in amounts and len(parts) >= 2):
            return index
    return next((i for i in columns if BUDGET_HEADER.search(header[i])), columns[0])


def _amount(cell: str) -> float:
    match = AMOUNT_RE.search(cell)
    return parse_amount(match) if match else 0.0


def _list_parts(blocks: list[Block]) -> tuple[list[dict], str]:
    """List items such as "Perceel 1 Noord: € 300.000" under a budget heading or lead-in, with that lead-in."""
    parts, lead = [], ""
    for block in blocks:
        if block.kind != LIST_ITEM:
            if len(parts) >= 2:
                return parts, lead
            lead, parts = block.text, []
            continue
        match = AMOUNT_RE.search(block.text)
        if match and _budget_place(block, lead) and not NOT_A_PART.search(block.text + " " + lead):  # "een tarief per traject:"
            # "€ 800.000 voor Schulden en vroegsignalering;": the name after the amount, without "voor" and the ";"
            after = re.sub(r"^\s*(?:per\s+jaar\s+)?(?:voor|aan)\s+(?:het\s+|de\s+)?", "", block.text[match.end():]).rstrip(" .;,")
            part = _part(block.text[: match.start()].rstrip(" :(") or after, block.text[match.start():])
            parts += [part] if part else []
    return parts, lead


def _line_parts(blocks: list[Block], budget: float | None) -> tuple[list[dict], str]:
    """A budget table flattened into lines ("A – Eenzaamheid € 420.000 € 420.000", one amount per year): a run of
    lines of a name and amounts whose first amounts add up to the budget."""
    runs: list[list[dict]] = [[]]
    for block in blocks:
        line = FLAT_ROW.match(block.text) if block.kind != TABLE_ROW else None  # a short line may read as a heading
        if line:
            part = _part(line.group("name"), line.group("amount"))
            runs[-1] += [part] if part else []
        elif runs[-1]:
            runs.append([])
    run = next((run for run in runs if _adds_up(run, budget)), [])
    return run, " ".join(part["name"] for part in run)


def _sentence_parts(blocks: list[Block], budget: float | None = None) -> tuple[list[dict], str]:
    """Parts named in one sentence with two or more amounts, with that sentence; else in one paragraph, a sentence
    each ("Het budget voor perceel 1 Jeugd bedraagt € 300.000. Het budget voor perceel 2 Ouderen bedraagt ...")."""
    for block in blocks:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if len(AMOUNT_RE.findall(sentence)) < 2 or NOT_A_PART.search(sentence):
                continue
            for found in _labelled_parts(sentence) + _unlabelled_parts(sentence, budget):
                if len(found) >= 2:
                    return found, sentence
    for block in blocks:
        sentences = [s for s in split_sentences(block.text) if len(AMOUNT_RE.findall(s)) == 1 and not NOT_A_PART.search(s)] \
            if block.kind != HEADING and len(AMOUNT_RE.findall(block.text)) >= 2 else []
        found = [part for s in sentences for part in _one_labelled_part(s)]
        if len(found) >= 2 and len({part["name"].lower() for part in found}) == len(found):
            return found, block.text
    return [], ""


def _one_labelled_part(sentence: str) -> list[dict]:
    """The one part a sentence names by its label ("Het budget voor perceel 1 Jeugd bedraagt € 300.000"), or none."""
    return next((parts for parts in _labelled_parts(sentence) if len(parts) == 1), [])


def _labelled_parts(sentence: str) -> list[list[dict]]:
    found = ([_sentence_part(match) for match in pattern.finditer(sentence)] for pattern in SENTENCE_PARTS)
    return [[part for part in parts if part] for parts in found]


def _unlabelled_parts(sentence: str, budget: float | None) -> list[list[dict]]:
    """Amounts for named things, or amounts "respectievelijk" after shares of named places, adding up to the budget."""
    found = [[part for match in pattern.finditer(sentence) if (part := _part(match.group(2), match.group(1)))]
             for pattern in (LONG_NAMED_PARTS, UNLABELLED_PARTS)]
    respectively = RESPECTIVELY.search(sentence)
    if respectively:
        amounts = [m.group(0) for m in AMOUNT_RE.finditer(respectively.group(0))]
        names = SHARE_NAME.findall(sentence[: respectively.start()])
        if len(names) == len(amounts):
            found.append([part for name, amount in zip(names, amounts) if (part := _part(name, amount))])
    return [parts for parts in found if _adds_up(parts, budget)]


def _sentence_part(match: re.Match) -> dict | None:
    first, second = match.group(1), match.group(2)
    return _part(second, first) if AMOUNT_RE.match(first) else _part(first, second)


def _budget_place(block: Block, extra: str) -> bool:
    return bool(BUDGET_PLACE.search(" ".join(block.section[-2:]) + " " + extra))
