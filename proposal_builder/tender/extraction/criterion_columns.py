"""What each column of a criteria table holds, read from its cells rather than its header: every author heads the
columns differently ("Onderdeel | Code | Subcriterium | Weging | Maximale omvang", "Criterium | Gewicht | Max. A4"),
but the cells show the role:
- a weight column holds numbers with % or punten (or bare numbers adding up to a whole, 100 or 1000);
- a limit column holds pages, A4's or words ("4 pagina's", "max. 2 A4");
- a goals column holds goal numbers ("1, 2 en 3", "doel 1 t/m 3", "doelstelling 2");
- a code column holds short codes ("K1", "1a", "A.2", "P");
- a grouping column holds a name merged down or repeated over the rows below it ("Kwaliteit | ^ | ^ | Prijs"),
  with a column of names of its own to its right;
- a name column holds a short text that differs per row; a description column a long one.
The header counts as one feature among the cells (a header word breaks a tie, never overrules what the cells hold).
"""

import re

NAME, CODE, GROUPING, WEIGHT, LIMIT, GOALS, DESCRIPTION, OTHER = (
    "name", "code", "grouping", "weight", "page_limit", "goals", "description", "other")
WHOLES = (100.0, 1000.0)

WEIGHT_VALUE = re.compile(r"^\s*(?:max(?:imaal|\.)?\s+)?(\d{1,4}(?:[.,]\d+)?)\s*(%|procent|punten|punt|pnt\.?)?"
                          r"(?:\s+(?:van|uit|op)\s+(?:de\s+)?\d{1,4}(?:\s*punten)?)?\s*$", re.IGNORECASE)
LIMIT_VALUE = re.compile(r"\b(?:pagina|pag\.|blz|kantje|a4|woorden|woord|zijde)", re.IGNORECASE)
GOAL_VALUE = re.compile(r"^\s*(?:(?:doel(?:stelling)?(?:en)?|resultaat|resultaten|effect(?:en)?)\s*)?"
                        r"(?:\d{1,2}|[A-H])(?:\s*(?:,|\ben\b|t/m|tot\s+en\s+met|[-–])\s*(?:\d{1,2}|[A-H]))*\s*$", re.IGNORECASE)
CODE_VALUE = re.compile(r"^\s*(?:[A-Z]{1,3}[.-]?\d{0,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2})*[a-h]?|[a-h])[.)]?\s*$")
MERGED = re.compile(r"^[\W_]*$")  # "", "^", "〃": a cell merged with the one above
TOTAL = re.compile(r"^\s*(?:sub)?tota(?:al|l)\b", re.IGNORECASE)
HEADER_WORDS = {
    WEIGHT: re.compile(r"weging|gewicht|punten|score|percentage|%", re.IGNORECASE),
    LIMIT: re.compile(r"pagina|omvang|a4|woorden|lengte|kantje", re.IGNORECASE),
    GOALS: re.compile(r"\bdoel|resulta(?:at|ten)|effect", re.IGNORECASE),
    CODE: re.compile(r"^\s*(?:nr\.?|no\.?|nummer|code|#)\s*$", re.IGNORECASE),
    GROUPING: re.compile(r"^\s*(?:hoofd|gunnings)?criteri(?:um|a)\b|^\s*onderdeel\b|^\s*categorie", re.IGNORECASE),
    NAME: re.compile(r"(?:sub|deel)\s*-?\s*criteri|criteri(?:um|a)|aspect|onderde", re.IGNORECASE),
    DESCRIPTION: re.compile(r"toelichting|omschrijving|beschrijving|vraag|wat\s+wij", re.IGNORECASE),
}


def column_roles(header: list[str], rows: list[list[str]]) -> list[str]:
    """The role of each column of a table (header and the cells of its rows), by what its cells hold."""
    width = min((len(r) for r in rows), default=0)
    body = [r for r in rows if not any(TOTAL.match(c) for c in r[:width])]  # "Totaal | 100%" closes a table
    columns = [[r[i].strip() for r in body] for i in range(width)]
    header = [""] * (width - len(header)) + list(header)  # a header short of cells lost its empty first ones (PDF)
    roles = [_value_role(cells, header[i]) for i, cells in enumerate(columns)]
    texts = [i for i, role in enumerate(roles) if role is None]
    for i in texts:
        roles[i] = DESCRIPTION if _mean_words(columns[i]) > 12 else NAME
    names = [i for i in texts if roles[i] == NAME]
    for i in names:
        right = [j for j in names if j > i]
        if right and _groups(columns[i], columns[right[0]]):
            roles[i] = GROUPING
    return [role or OTHER for role in roles]


def _value_role(cells: list[str], header: str) -> str | None:
    """The role of a column whose cells hold values (weights, limits, goals, codes); None for a text column."""
    filled = [c for c in cells if not MERGED.match(c)]
    if not filled:
        return OTHER
    def share(pattern) -> float:
        return sum(bool(pattern.search(c)) for c in filled) / len(filled)
    limits, goals, codes = share(LIMIT_VALUE), share(GOAL_VALUE), share(CODE_VALUE)
    weights = [WEIGHT_VALUE.match(c) for c in filled]
    unit = sum(bool(m and m.group(2)) for m in weights) / len(filled)
    bare = [float(m.group(1).replace(",", ".")) for m in weights if m and not m.group(2)]
    headed = {role: bool(pattern.search(header)) for role, pattern in HEADER_WORDS.items()}
    if limits >= 0.5 and limits >= unit:
        return LIMIT
    if unit >= 0.5:
        return WEIGHT
    if bare and len(bare) >= 0.5 * len(filled) and len(bare) >= 2:
        if headed[LIMIT] and not headed[WEIGHT]:
            return LIMIT
        if headed[GOALS] or (goals >= 0.5 and not headed[WEIGHT] and sum(bare) not in WHOLES and max(bare) <= 12):
            return GOALS
        return WEIGHT
    if goals >= 0.5 and (headed[GOALS] or any(re.search(r"[,–-]|\ben\b|t/m|doel", c, re.IGNORECASE) for c in filled)):
        return GOALS
    if codes >= 0.6:
        return CODE
    if headed[GOALS] and goals >= 0.3:
        return GOALS
    return None


def _groups(texts: list[str], names: list[str]) -> bool:
    """Whether a text column groups the rows of the name column right of it: it names the first row (or, where a PDF
    centred a merged cell's text, a row with as many empty cells below it as above), and another row leaves it empty
    (merged) or repeats it while naming a criterion of its own, so it holds fewer names."""
    first = next((i for i, text in enumerate(texts) if not MERGED.match(text)), None)
    if first is None or (first and _merged_run(texts[first + 1:]) < first):
        return False
    held = [i for i in range(len(texts)) if i != first and names[i] and
            (MERGED.match(texts[i]) or (i and texts[i] == texts[i - 1]))]
    distinct = {t for t in texts if not MERGED.match(t)}
    return bool(held) and len(distinct) < len({n for n in names if not MERGED.match(n)})


def _merged_run(texts: list[str]) -> int:
    """How many cells from the first are empty (merged with a cell above)."""
    return next((i for i, text in enumerate(texts) if not MERGED.match(text)), len(texts))


def _mean_words(cells: list[str]) -> float:
    filled = [c for c in cells if c]
    return sum(len(c.split()) for c in filled) / len(filled) if filled else 0.0


def role_column(roles: list[str], role: str) -> int | None:
    """The first column of a role, or None."""
    return next((i for i, r in enumerate(roles) if r == role), None)
