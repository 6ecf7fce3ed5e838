"""Award criteria read where the tender states them, each way of writing them apart: tables, lists, headings, sentences
with weights (criterion_merge.py merges the readings into one list)."""

import re
from dataclasses import asdict, dataclass, field

from ..reading import markers
from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .criterion_columns import CODE, WEIGHT, role_column
from .criterion_tree import TableColumns, extends, table_columns, without_group
from .limits import column_limit, page_limit_in, word_limit_in
from .sentences import split_sentences

CRITERIA_HEADING = re.compile(r"gunning|beoordel|toetsing|criteri|weging|puntentoekenning|scoring", re.IGNORECASE)
# A sentence outside a criteria section that still names the award ("We kiezen op kwaliteit (70%) en prijs (30%)").
AWARD_RE = re.compile(r"\b(kiez\w*|beoordee?l\w*|gun(t|nen)|gegund|selecteren|weegt|wegen|(?:ge)?rangschik\w*)\b|\bpunten\s+toe\b|"
                      r"\bvolgende\s+(?:gunnings|beoordelings)?criteria\b", re.IGNORECASE)
AWARD_LEAD_RE = re.compile(
    r"^.*?\b(?:kiez\w*|beoordee?l\w*|gun(?:t|nen)|gegund|selecteren|kent|kennen)(?:\s+\w+){0,3}?\s+(?:op|aan de hand van|op basis van)\s+",
    re.IGNORECASE
)
# "Aanvragen met minder dan 60 punten ..." is a pass mark, not a criterion; nor is the end of a scale ("kent de commissie
# een score toe van 0 tot en met 10", "een cijfer van 1-10"): the number that follows names no weight
THRESHOLD_RE = re.compile(r"\b(minder|meer)\s+dan$|\b(minimaal|ten minste|minstens|tenminste)$|\b(onder|boven)(\s+de)?$|"
                          r"\d\s*(?:tot(?:\s+en\s+met)?|t/m|[-–])$", re.IGNORECASE)
# "Aanpak jongerenwerk (weging 40%). Beschrijf ...": an item that names its own weighting is a criterion in any section
OWN_WEIGHTING = re.compile(r"\((?:weging|gewicht|wegingsfactor)\s*:?\s*\d{1,4}\s*(?:%|procent|punten)\)", re.IGNORECASE)
POINTS_RE = re.compile(r"(\d{1,4}(?:[.,]\d+)?)\s*(punten|punt|pnt\.?|points)\b", re.IGNORECASE)
PERCENT_RE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(%|procent)", re.IGNORECASE)
CODE_HEADER = re.compile(r"nr\.?|no\.?|nummer|code|#|criterium\s*nr\.?", re.IGNORECASE)
# Superscript or starred footnote markers after a name: "Visie op jongerenwerk¹", "Aanpak*"
FOOTNOTE_MARK = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})\s*$")
# "K1 Plan van aanpak", "SC1.2 Bereik", "K1a Aanpak van de doelen": a code standing apart before the name
CODED_NAME = re.compile(r"^([A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?[a-h]?)\.?\s+(?=[A-ZÀ-Ýa-zà-ÿ]{3})")
# "1 Bijdrage aan de doelen", "P Prijs" in a table's name cell: the row's number or letter, no part of the name
ROW_CODE = re.compile(r"^(\d{1,2}|[A-TV-Z])[.)]?\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
CODE_RE = re.compile(r"[A-Z]{0,2}\d{0,2}(?:\.\d{1,2})?\.?")  # "K1", "P", "5.4", "A"
# "Criterium 1: Visie (30 punten)": the label before the name is no part of it.
# ... nor "Kwaliteitscriterium 1 –", "Beoordelingsaspect A:", "Onderdeel 2:"
LABEL_WORD = r"(?:(?:sub|deel|gunnings|kwaliteits|beoordelings)*criterium|(?:beoordelings)?aspect|onderdeel)"
LABEL_RE = re.compile(rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?\s+)?{LABEL_WORD}\s+[\w.]{{1,5}}\s*[:.–-]\s*", re.IGNORECASE)
# "5.3 Prijs": the number of the heading is no part of the name; nor is a hand-typed letter or number ("a. de bijdrage ...",
# "B. Bereik", "1. Bijdrage aan de effecten – 30 punten" set as a bold line)
SECTION_NUMBER = re.compile(r"^(?:(?P<code>\d{1,2}(?:\.\d{1,2})+|\d{1,2}[a-h])[.)]?|[a-hA-H][.)]|\d{1,2}[.)])\s+(?=\w)")  # "1a. Bereik"
# "Criterium 1: Aanpak": the criterion's number, for the criteria below it ("1a", "1b")
LABEL_CODE = re.compile(rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?\s+)?{LABEL_WORD}\s+(\d{{1,2}}[a-h]?|[A-Z]\d{{0,2}})\b", re.IGNORECASE)
# "Bereik: hoe u de doelgroep vindt ... — maximaal 20 punten.", "Doelbereik — de mate waarin ...: maximaal 40 punten":
# a short name, a description, and the weight closing the line.
DESCRIBED_RE = re.compile(
    r"^(?P<name>[^\W\d](?:[^:;()—–]|\([^()]*\)){2,70}?)\s*(?::|\s[—–-]\s)\s*(?P<description>\S.*?)[\s,;:—–-]\s*\(?"
    r"(?:maximaal\s+|max\.?\s+|ten\s+hoogste\s+|weging\s*:?\s*)?(?P<weight>\d{1,4}\s*(?:%|procent|punten|punt))\)?\s*[.;]?$",
    re.IGNORECASE,
)
# "Samenwerking Met wie werkt u samen en wat voegt die samenwerking toe? 15 punten": name, question, weight
QUESTION_ROW = re.compile(r"^(?P<name>[A-ZÀ-Ý][^?.:;]{2,60}?)\s+(?P<question>[A-ZÀ-Ý][^?]{5,}\?)\s*"
                          r"(?P<weight>\d{1,4}\s*(?:punten|punt|%|procent))\s*\.?$")
LONE_WEIGHT = re.compile(r"\s*\d{1,4}\s*(?:punten|punt|%|procent)\s*\.?\s*", re.IGNORECASE)
NAME_WEIGHT_RE = re.compile(
    r"^(?P<name>(?:[^:;()]|\([^()]*\)){3,90}?)\s*(?::|[-–]|\(|\s)\s*(?:maximaal\s+|max\.?\s+|ten\s+hoogste\s+|weging\s+)?"
    r"(?P<weight>\d{1,4}(?:[.,]\d+)?\s*(?:%|procent|punten|punt)|\d{2,4}(?=\s*(?:[,;)]|$)))",
    re.IGNORECASE,
)


@dataclass
class Criterion:
    """An award criterion as the tender states it."""

    name: str
    weight: str = ""  # as written, e.g. "35%" or "40 punten"
    points: float | None = None
    percentage: float | None = None
    page_limit: int | None = None
    word_limit: int | None = None
    position: int = 0
    goals: list[int] = field(default_factory=list)  # 1-based goal numbers the tender says it covers
    kind: str = ""  # "quality", "price", "interview", or "" when unknown
    code: str = ""  # the tender's own code when it stands apart from the name ("K1 | Plan van aanpak")
    source: str = ""  # how it was written: "table", "list", "line", "prose" or "sentence"
    also: list[int] = field(default_factory=list)  # other blocks that state the same criterion (an annex, a sentence)
    # where it stands among the criteria when read apart from its main criterion: the blocks of that criterion (and of
    # the one above it) and its own
    place: tuple[int, ...] | None = None

    def to_dict(self) -> dict:
        """Return the criterion as a plain dict (without how it was read); its code only when it has one."""
        data = asdict(self)
        del data["source"], data["also"], data["place"]
        if not data["code"]:
            del data["code"]
        return data


def read_criteria(blocks: list[Block]) -> list[Criterion]:
    """Return the award criteria from tables, lists and prose in the criteria sections."""
    criteria: list[Criterion] = []
    groups: list[list[Criterion]] = []  # criteria found together in one paragraph
    lead_in = ""
    columns = table_columns(blocks)  # "Kwaliteit | K1 Plan van aanpak | 25%": the criterion is in a column right of it
    for index, block in enumerate(blocks):
        in_section = any(CRITERIA_HEADING.search(h) for h in block.section)
        asked = _question_row(block, blocks[index + 1] if index + 1 < len(blocks) else None) if in_section else None
        if asked:
            criteria.append(_tagged(asked, "line"))
            continue
        award_list = block.kind == LIST_ITEM and (award_lead_in(lead_in) or bool(OWN_WEIGHTING.search(block.text)))
        # a numbered lid may announce the lettered items below it ("2. ... aan de hand van de volgende criteria:")
        if block.kind not in (LIST_ITEM, TABLE_ROW) or (block.kind == LIST_ITEM and block.text.rstrip().endswith(":")):
            lead_in = "" if block.kind == HEADING else block.text
        if block.kind == HEADING:
            under_criteria = any(CRITERIA_HEADING.search(h) for h in block.section[:-1])
            criterion = _tagged(_from_text(block.text, block.position), "heading") if under_criteria else None
        elif block.kind == TABLE_ROW and (in_section or _weight_column(block.header) is not None):
            criterion = _tagged(_from_row(block, columns.get(block.position)), "table")
        elif (in_section or award_list) and block.kind == LIST_ITEM:
            # a numbered member of an article naming several criteria with their weights in one sentence ("1. Een
            # adviescommissie beoordeelt de aanvragen op de volgende criteria: aansluiting ... (35 punten), bereik ...")
            several = _from_prose(block) if in_section and markers.words(block.text) > 15 else []
            if len(several) >= 2:
                criteria += several
                groups.append(several)
                continue
            criterion = _tagged(_from_text(block.text, block.position) or
                                (_closing_weight(block) if award_lead_in(lead_in) else None), "list")
        elif in_section:
            found = _numbered_below(block, criteria) if _named_subsection(block, criteria) else \
                _under_subheading(block, criteria) or _from_prose(block)
            criteria += found
            groups.append(found)
            continue
        else:
            found = _from_prose(block, award_only=True)
            criteria += found
            groups.append(found)
            continue
        if criterion and criterion.weight:
            criteria.append(criterion)
    return _without_totals(_without_scales(_without_umbrellas(_without_summaries(criteria, groups), blocks), groups)) or \
        [_tagged(c, "table") for c in _flattened_table(blocks)]


def _tagged(criterion: Criterion | None, source: str) -> Criterion | None:
    """The criterion with how it was written, for merging it with the same criterion read elsewhere."""
    if criterion is not None:
        criterion.source = criterion.source or source
    return criterion


def _flattened_table(blocks: list[Block]) -> list[Criterion]:
    """A criteria table read as one cell per line: "Criterium", "Maximaal aantal punten", then name and weight lines
    ("Doelgerichtheid", "35", ...); kept when the weights add up to a whole."""
    lines = [b for b in blocks if b.kind != TABLE_ROW]
    for index in range(len(lines) - 3):
        if not (FLAT_NAME_HEADER.fullmatch(lines[index].text.strip()) and FLAT_WEIGHT_HEADER.search(lines[index + 1].text)
                and len(lines[index + 1].text.split()) <= 5):
            continue
        unit, found = _unit(lines[index + 1].text), []
        for name, weight in zip(lines[index + 2::2], lines[index + 3::2]):
            if not re.fullmatch(r"\d{1,4}", weight.text.strip()) or re.search(r"\d", name.text) or len(name.text.split()) > 10:
                break
            found.append(weighted(name.text.strip(), weight.text.strip() + unit, name.position))
        if len(found) >= 2 and sum(_value(c) for c in found) in WHOLES:
            return found
    return []


WHOLES = (100.0, 1000.0)  # the totals weights add up to
FLAT_NAME_HEADER = re.compile(r"(?:gunnings|beoordelings|sub)?criteri(?:um|a)|aspect(?:en)?|onderdeel", re.IGNORECASE)
FLAT_WEIGHT_HEADER = re.compile(r"punten|weging|gewicht|%|procent", re.IGNORECASE)


def _question_row(block: Block, following: Block | None) -> Criterion | None:
    """A table row flattened into a line, its question between name and weight ("Bereik Bereikt u de inwoners ...?
    25 punten"); the weight may have wrapped onto the next line ("... aannemelijk is dat?" then "40 punten")."""
    if block.kind != PARAGRAPH:
        return None
    text = block.text.strip()
    if text.endswith("?") and following is not None and following.kind in (PARAGRAPH, HEADING) and \
            LONE_WEIGHT.fullmatch(following.text):
        text += " " + following.text.strip()
    match = QUESTION_ROW.match(text)
    return weighted(match.group("name"), match.group("weight"), block.position) if match else None


def _without_umbrellas(criteria: list[Criterion], blocks: list[Block]) -> list[Criterion]:
    """Drop an umbrella share ("Kwaliteit | | 70") that the criteria right after it make up together ("Plan van aanpak |
    ... | 35", ... ), so that only without it do the weights add up to a whole (100 or 1000); it counts them twice."""
    at = {block.position: block for block in blocks}
    whole = sum(_value(c) for c in criteria)
    return [c for i, c in enumerate(criteria)
            if not (whole - _value(c) in WHOLES and whole not in WHOLES and _umbrella(c, criteria[i + 1:], at))]


def _umbrella(criterion: Criterion, after: list[Criterion], at: dict[int, Block]) -> bool:
    """A row with nothing but name and weight whose weight the rows right below make up; or in a sentence, a share
    the criteria named right after it make up ("De kwaliteit weegt voor 75 procent en bestaat uit ...")."""
    row = at.get(criterion.position)
    in_table = row is not None and row.kind == TABLE_ROW
    if row is None or (in_table and sum(bool(cell.strip()) for cell in row.cells) != 2) or not _value(criterion):
        return False
    total, position = 0.0, criterion.position
    for below in after:
        if below.position != position + in_table or (below.percentage is None) != (criterion.percentage is None):
            return False
        total, position = total + _value(below), below.position
        if total == _value(criterion):
            return below is not after[0]
    return False


def _without_scales(criteria: list[Criterion], groups: list[list[Criterion]]) -> list[Criterion]:
    """Drop percentages named together that add up to more than a whole: a scoring scale ("uitstekend (100%), goed
    (70%), voldoende (50%)"), not shares of the award."""
    kept = {id(c) for c in criteria}
    groups = [[c for c in group if id(c) in kept] for group in groups]  # an umbrella share dropped already
    scales = {id(c) for group in groups if len(group) >= 2 and all(c.percentage is not None for c in group)
              and sum(c.percentage for c in group) > 100 for c in group}
    return [c for c in criteria if id(c) not in scales]


def _without_totals(criteria: list[Criterion]) -> list[Criterion]:
    """Drop a weight that the other criteria make up together, in the same unit: the total to be had ("Er zijn
    1.000 punten te behalen"), not a criterion."""
    whole = sum(_value(c) for c in criteria)
    return [c for c in criteria
            if not (len(criteria) >= 3 and _value(c) in WHOLES and whole == 2 * _value(c)
                    and len({c.percentage is None for c in criteria}) == 1)]


def _value(criterion: Criterion) -> float:
    return criterion.percentage if criterion.percentage is not None else criterion.points or 0.0


def _without_summaries(criteria: list[Criterion], groups: list[list[Criterion]]) -> list[Criterion]:
    """Drop a sentence's split ("kwaliteit 70% en prijs 30%") that a fuller list restates ("... | Prijs | 30%")."""
    grouped = {id(c) for group in groups if len(group) >= 2 for c in group}  # one per line is a list, as a flattened table
    listed = {(c.name.lower(), c.weight) for c in criteria if id(c) not in grouped}
    summaries = {id(c) for group in groups if len(group) >= 2 and any((c.name.lower(), c.weight) in listed for c in group) for c in group}
    return [c for c in criteria if id(c) not in summaries]


def award_lead_in(text: str) -> bool:
    """A paragraph announcing the award criteria as a list ("We beoordelen de offertes op ...:"), in any section."""
    return text.rstrip().endswith(":") and bool(AWARD_RE.search(split_sentences(text)[-1]))


def _in_subsection(section: list[str]) -> bool:
    """True under a sub-heading of a criteria section, such as "Beoordeling > Visie en aanpak"."""
    return bool(section) and not CRITERIA_HEADING.search(section[-1]) and any(CRITERIA_HEADING.search(h) for h in section)


def _under_subheading(block: Block, found: list[Criterion]) -> list[Criterion]:
    """A sub-heading whose text states the weight is a criterion named after the heading."""
    if not _in_subsection(block.section) or any(bare_name(c.name) == bare_name(block.section[-1]) for c in found):
        return []
    criterion = _tagged(weighted(block.section[-1], block.text, block.position), "heading")
    return [criterion] if criterion.weight and not re.fullmatch(r"\d+", criterion.weight) else []


def _numbered_below(block: Block, found: list[Criterion]) -> list[Criterion]:
    """Under a sub-heading named after a criterion, a line numbered below its number ("6.1.1 Bereik (20 punten)" under
    "6.1 Aanpak (50 punten)") is a sub-criterion of it (criterion_tree.py weighs which of the two stays)."""
    parents = [c for c in found if bare_name(c.name) == bare_name(block.section[-1]) and c.code]
    return [c for c in _from_prose(block) if parents and extends(c.code, parents[-1].code)]


def _named_subsection(block: Block, found: list[Criterion]) -> bool:
    """Text under a sub-heading named after a criterion already found describes it; it adds none."""
    return _in_subsection(block.section) and any(bare_name(c.name) == bare_name(block.section[-1]) for c in found)


# "(30%)", "– 40 punten", "(weging 20%)" after a name: its weight, no part of it
TRAILING_WEIGHT = re.compile(r"\s*(?:\((?:weging\s*:?\s*|max(?:imaal|\.)?\s+)?\d{1,4}\s*(?:%|procent|punten)\)|"
                             r"[–-]\s*\d{1,4}\s*(?:%|procent|punten))\s*$", re.IGNORECASE)


def bare_name(name: str) -> str:
    """A criterion's name without its number, code or weight, lower case: "5.4 Prijs", "K1 Prijs" and "P Prijs (15%)"
    give "prijs", and so does "6.5 P Prijs"."""
    name = TRAILING_WEIGHT.sub("", name.strip())
    return re.sub(r"^(?:(?:[A-Z]{1,2}\d{0,2}[a-h]?|\d+(?:\.\d+)*)\.?\s+(?=\w))+", "", name).strip(" .:").lower()


def _weight_column(header: list[str]) -> int | None:
    for index, text in enumerate(header):
        if re.search(r"weging|gewicht|punten|score|percentage|%", text, re.IGNORECASE):
            return index
    return None


def _unit(header: str) -> str:
    """The unit a weight column's header gives its bare numbers: " punten", "%" or none."""
    if re.search(r"\bpunt(en)?\b", header, re.IGNORECASE):
        return " punten"
    return "%" if re.search(r"%|procent", header, re.IGNORECASE) else ""


def _from_row(block: Block, columns: TableColumns | None = None) -> Criterion | None:
    """A criterion from a table row: first text cell is the name (after the group cell, when the table groups its
    criteria), weight and limits from the others."""
    cells, code = [c for c in _without_group(block, columns) if c], ""
    if not cells:
        return None
    coded = bool(block.header) and CODE_HEADER.fullmatch(block.header[0].strip())  # "Nr. | Criterium | Weging"
    lead = block.cells[0].strip() if block.cells else ""  # "a | Bereik van ... | 30": a code column by its cells
    coded = coded or bool(columns and columns.roles[0] == CODE and columns.group != 0 and cells and lead == cells[0])
    # a group row merged across the table states its weight in its name cell ("A | Kwaliteit (700 punten)" over A.1 to
    # A.5): its code heads the codes below it, so that the rows it groups replace it (criterion_tree.without_parents)
    own_weight = len(cells) == 2 and TRAILING_WEIGHT.search(cells[1]) is not None
    if (len(cells) > 2 or own_weight) and (CODE_RE.fullmatch(cells[0]) or coded) and (coded or not re.search(r"\d", cells[1])):
        code, cells = cells[0].rstrip("."), cells[1:]  # "K1 | Plan van aanpak | 35%": the code column is no name
    if len(cells) == 1 and (own := TRAILING_WEIGHT.search(cells[0])):
        cells = [cells[0][:own.start()], own.group(0).strip()]
    if not code and (coded_name := CODED_NAME.match(cells[0]) or ROW_CODE.match(cells[0])):  # "K1 Vroegsignalering en bereik"
        code, cells[0] = coded_name.group(1), cells[0][coded_name.end():]  # the code stands apart
    cells[0] = FOOTNOTE_MARK.sub("", cells[0])  # "Visie op jongerenwerk¹": the limit is in the footnote
    # "10 | Uitstekend: ...": a row of a scoring scale, named by a number, is no criterion
    if len(cells) < 2 or re.search(r"^(totaal|total)\b", cells[0], re.IGNORECASE) or not re.search(r"[^\W\d_]", cells[0]):
        return None
    rest = " | ".join(cells[1:])
    criterion = weighted(cells[0], rest, block.position)
    if not criterion.weight and (own := TRAILING_WEIGHT.search(cells[0])):  # "Plan van aanpak (40%) | Beschrijf ..."
        criterion = weighted(cells[0][:own.start()], own.group(0) + " | " + rest, block.position)
    column = _weight_column(block.header or (columns.header if columns else []))
    if columns and (column is None or len(block.header or columns.header) != len(block.cells)):  # no weight header, or one out of line
        column = role_column(columns.roles, WEIGHT)  # the column whose cells hold the weights
    bare = column is not None and column < len(block.cells) and re.fullmatch(r"\d{1,4}([.,]\d+)?|\d\.\d{3}", block.cells[column])
    if bare and (not criterion.weight or criterion.weight == block.cells[column].strip()):  # a bare number: the header's unit
        criterion.weight, criterion.points = block.cells[column], _number(block.cells[column])  # "Wegingsfactor | 3"
        # "Punten | 30" is "30 punten"; a header out of line gives the unit of its weight header
        header = block.header or (columns.header if columns else [])
        unit = _unit(header[column] if len(header) == len(block.cells) else
                     next((h for h in header if _weight_column([h]) is not None), ""))
        criterion.weight += unit
        if unit == "%":
            criterion.points, criterion.percentage = None, _number(block.cells[column])
    criterion.page_limit = criterion.page_limit or column_limit(block, "pagina|blz|kantje")
    criterion.word_limit = criterion.word_limit or column_limit(block, "woord")
    criterion.code = code
    if criterion.weight or criterion.page_limit:
        return criterion
    return None


def _without_group(block: Block, columns: TableColumns | None) -> list[str]:
    """A row's cells without its group cell; a row whose group cell groups it alone is named by that cell, the cell
    right of it saying how it is scored ("Prijs | prijsblad (bijlage 3) | 250 punten"), unless that cell holds a code
    of its own ("Prijs (25%) | P Prijs | 25%")."""
    if columns is None or block.position not in columns.lone or CODE in columns.roles or \
            CODED_NAME.match(block.cells[columns.group + 1].strip()):
        return without_group(block.cells, columns.group if columns else None)
    group = TRAILING_WEIGHT.sub("", block.cells[columns.group].strip())
    return [*block.cells[:columns.group], group, *block.cells[columns.group + 2:]]


TRAILING_VERB = re.compile(r"\s+(?:weegt|telt|wegen|tellen)(?:\s+(?:mee|voor))*$", re.IGNORECASE)


def _from_text(text: str, position: int) -> Criterion | None:
    """A criterion from a line such as "Plan van aanpak: maximaal 40 punten (max. 3 pagina's)"."""
    criterion = _line_criterion(text, position)
    label = LABEL_CODE.match(text.strip())
    if criterion is not None and label and not criterion.code:
        criterion.code = label.group(1)
    return criterion


def _line_criterion(text: str, position: int) -> Criterion | None:
    text = OUT_OF.sub(r"\1 \2", LABEL_RE.sub("", text.strip()))
    described = DESCRIBED_RE.match(text)
    if described and len(described.group("name").split()) <= 8:
        criterion = weighted(described.group("name").strip(), described.group("weight"), position)
        criterion.page_limit, criterion.word_limit = page_limit_in(text), word_limit_in(text)
        return criterion
    match = NAME_WEIGHT_RE.match(text)
    if not match:
        return None
    name = TRAILING_VERB.sub("", match.group("name").strip(" .:-–"))  # "Het plan van aanpak weegt 35%"
    if len(name.split()) > 16 or THRESHOLD_RE.search(name):
        return None
    return weighted(name, match.string[match.start("weight"):], position)


def _closing_weight(block: Block) -> Criterion | None:
    """An item of a list the award lead-in announces that closes with its weight in brackets, however long its name:
    "de mate waarin de activiteiten bijdragen aan de resultaten uit artikel 3 ... (ten hoogste 40 punten);"."""
    match = CLOSING_WEIGHT.search(block.text)
    name = block.text[:match.start()].strip(" .;:") if match else ""
    return weighted(name, match.group(1), block.position) if name and not THRESHOLD_RE.search(name) else None


WEIGHT_IN_BRACKETS = re.compile(r"\((?:maximaal\s+|max\.?\s+|ten\s+hoogste\s+)?(\d{1,4}\s*(?:punten|procent|%))\)", re.IGNORECASE)
CLOSING_WEIGHT = re.compile(rf"\s*{WEIGHT_IN_BRACKETS.pattern}\s*[.;]?\s*$", re.IGNORECASE)
# "waarbij Visie en aanpak voor 35%, Samenwerking met huisartsen en sociaal team voor 25% ... meeweegt"
WEIGHT_AFTER_VOOR = re.compile(r"\s(?:weegt\s+|telt\s+)?voor\s+(\d{1,3}\s*(?:procent|%))", re.IGNORECASE)
PROSE_PATTERNS = (
    # "visie op jongerenwerk (30 punten), aanpak van overlast (25 punten)"
    re.compile(r"(?:^|[:,;]|\ben\b)\s*([A-Za-zÀ-ÿ][^,:;()]{2,80}?)\s*\((?:maximaal\s+|max\.?\s+|ten\s+hoogste\s+)?"
               r"(\d{1,4}\s*(?:punten|procent|%))\)", re.IGNORECASE),
    # "De kwaliteit weegt voor 70 procent en de prijs voor 30 procent"
    re.compile(r"(?:^|\ben\b|\bwaarbij\b|[:,;])\s*(?:de\s+|het\s+)?([A-Za-zÀ-ÿ][\w -]{1,40}?)\s+(?:weegt\s+)?voor\s+"
               r"(\d{1,3}\s*(?:procent|%))", re.IGNORECASE),
    # "voor de samenwerking in de wijk (zijn) maximaal 25 punten (te behalen)"
    re.compile(r"\bvoor\s+((?:de|het)\s+[^,;:()]{2,80}?)\s+(?:zijn\s+|is\s+|krijgt\s+u\s+)?(?:maximaal|max\.?|ten\s+hoogste)\s+"
               r"(\d{1,4}\s*(?:punten|procent|%))", re.IGNORECASE),
    # "Vraag 1 tot en met 4 samen levert maximaal 60 punten op, vraag 5 maximaal 25 punten"
    re.compile(r"\b((?:vraag|vragen|onderdeel|deelvraag)\s+\d{1,2}(?:\s*(?:tot\s+en\s+met|t/m|[-–])\s*\d{1,2})?)\b[^,;:.]{0,40}?"
               r"(\d{1,4}\s*punten)", re.IGNORECASE),
    # "Aansluiting bij de doelen 1 tot en met 4 weegt 40%, het bereik 25% en de begroting 15%": a name may hold numbers
    # ... "Het criterium Aanpak en bereik levert ten hoogste 35 punten op, het criterium Samenwerking ten hoogste 20 punten"
    re.compile(r"(?:^|[:,;]|\ben\b)\s*([A-Za-zÀ-ÿ][^,;:()%]{2,80}?)\s+(?:(?:weegt|telt|wegen|tellen)\s+(?:mee\s+)?(?:voor\s+)?)?"
               r"(\d{1,3}\s*(?:%|procent|punten))(?=\s*(?:[,;.]|$|\ben\b|\bmee\b|\bop\b))", re.IGNORECASE),
    # "Impact en kwaliteit 600, implementatie 400"
    re.compile(r"(?:^|[:,;]|\ben\b)\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ]{2,60}?)\s+(\d{2,4}(?:\s*(?:punten|%))?)(?=\s*(?:[,;.]|$|\ben\b))",
               re.IGNORECASE),
)


# A labelled criterion with its weight in brackets at the start of a paragraph, its description run on after it (a
# heading line that pasted or wrapped text joined with the paragraph below it)
LABELLED_HEAD = re.compile(rf"^\s*{LABEL_WORD}\s+[\w.]{{1,5}}\s*[:.–-]\s*[^()]{{3,90}}?\((?:maximaal\s+|max\.?\s+|weging\s*:?\s*)?"
                           r"\d{1,4}\s*(?:punten|procent|%)\)", re.IGNORECASE)
SCORE_RULE = re.compile(r"\b(?:krijgt|krijgen|ontvangt|ontvangen)\s*$", re.IGNORECASE)


def _from_prose(block: Block, award_only: bool = False) -> list[Criterion]:
    """Criteria in running text: at least two names with a weight in one sentence, or one short line.

    Outside a criteria section (award_only) only a sentence that speaks of choosing or scoring counts.
    """
    found, award_seen = [], False
    for sentence in split_sentences(block.text):
        award_seen = award_seen or bool(AWARD_RE.search(sentence))  # "De commissie beoordeelt de plannen. Vraag 1 ..."
        if award_only and not award_seen:
            continue
        for pairs in _prose_pairs(sentence):
            # "de laagste prijs krijgt 30 punten": how a score is given, no criterion
            pairs = [(name, weight) for name, weight in pairs if not THRESHOLD_RE.search(name) and not SCORE_RULE.search(name)]
            if len(pairs) >= 2:
                found += [_tagged(weighted(name, weight, block.position), "prose") for name, weight in _each(pairs)]
                break
    # a short line is a criterion, unless it announces a list ("Per aanvraag kunt u maximaal 100 punten krijgen:");
    # so is a short first sentence the rest explains ("Bereik – 25%. Bereikt u ook ouders die ...?")
    line = block.text if markers.words(block.text) <= 15 else split_sentences(block.text)[0]
    labelled = LABELLED_HEAD.match(block.text)  # "Criterium 3 – Samenwerking (15 punten) Beschrijf ...": a heading run on
    line = labelled.group(0) if labelled else line
    if not found and not award_only and markers.words(line) <= 15 and not block.text.rstrip().endswith(":"):
        single = _tagged(_from_text(line, block.position), "line")
        found = [single] if single and single.weight else []
    # "De commissie kijkt naar: Aansluiting bij de doelen – 40%. Dragen ...": a lead-in that pasted text joined with the
    # first line of its list; that line, read as a line of its own
    joined = LEAD_JOINED.search(block.text) if not found and not award_only else None
    if joined and markers.words(first := split_sentences(block.text[joined.end():])[0]) <= 15:
        single = _tagged(_from_text(first, block.position), "line")
        found = [single] if single and single.weight else []
    return found


LEAD_JOINED = re.compile(r"\b(?:naar|op|volgende\s+(?:criteria|punten|onderdelen))\s*:\s+(?=[A-ZÀ-Ý])")


# "voor het bereik en voor de samenwerking zijn elk ten hoogste 20 punten": two criteria that weigh the same
EACH_SPLIT = re.compile(r"\s+en\s+(?:voor\s+)?(?:de|het|een)\s+(?=[a-zà-ÿ])", re.IGNORECASE)
EACH_TAIL = re.compile(r"\s+(?:(?:zijn|is|krijgen|leveren)\s+)?(?:elk|ieder|beide)$", re.IGNORECASE)


def _each(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs with a name shared by several criteria ("X en voor Y elk") split, each name cleaned."""
    named = []
    for name, weight in pairs:
        name = _criterion_name(name)
        parts = EACH_SPLIT.split(EACH_TAIL.sub("", name)) if EACH_TAIL.search(name) else [name]
        named += [(_criterion_name(part), weight) for part in parts]
    return named


def _prose_pairs(sentence: str):
    """(name, weight) pairs by each way of writing them: between weights in brackets, then the patterns."""
    sentence = OUT_OF.sub(r"\1 \2", sentence)
    yield _between_weights(sentence)
    yield _between_weights(sentence, WEIGHT_AFTER_VOOR)
    for pattern in PROSE_PATTERNS:
        yield pattern.findall(sentence)


def _between_weights(sentence: str, weights: re.Pattern = WEIGHT_IN_BRACKETS) -> list[tuple[str, str]]:
    """Each name is the text since the previous weight (in brackets, or after "voor"), so a name may hold a comma
    or an "en"; the first name starts after the lead-in's last comma or colon when the weights follow "voor"."""
    pairs, start = [], 0
    for match in weights.finditer(sentence):
        name = re.sub(r"^\s*(?:mee\b\s*)?(?:[,;]\s*)?(?:\ben\b\s*)?", "", sentence[start:match.start()])  # "75% mee en prijs"
        if not pairs and weights is WEIGHT_AFTER_VOOR:
            name = re.split(r"[,:;]", name)[-1]
        pairs.append((name.strip(), match.group(1)))
        start = match.end()
    return pairs if len(pairs) >= 2 and all(2 < len(name) <= 120 for name, _ in pairs) else []


# "we kijken naar drie dingen, de aanpak": a clause of the writer's before the first name is no part of it
LEAD_CLAUSE = re.compile(r"^\s*(?:we|wij|ik|u|jullie|de\s+commissie)\s+[^,]+,\s*", re.IGNORECASE)


def _criterion_name(name: str) -> str:
    name = LEAD_CLAUSE.sub("", AWARD_LEAD_RE.sub("", name.strip().split(":")[-1]))
    name = re.split(r"\b(?:op\s+basis\s+van|aan\s+de\s+hand\s+van|op\s+grond\s+van|telt|tellen|weegt|wegen)\s+", name)[-1]
    name = re.sub(r"(?:\s+(?:levert|leveren|krijgt|krijgen|oplevert))?\s+(maximaal|max\.?|ten hoogste|weegt|telt|wegen|tellen)$", "",
                  name, flags=re.IGNORECASE)
    name = re.sub(r"^((en|de|het|voor|namelijk|zijn|is|op|waarbij)\s+)+", "", name.strip(), flags=re.IGNORECASE).strip()
    name = re.sub(r"^criterium\s+(?![A-Za-z]?\d)", "", name, flags=re.IGNORECASE)  # "het criterium Aanpak en bereik"
    return name[:1].upper() + name[1:]


# "maximaal 50 van de 100 punten": the criterion's share of the total
OUT_OF = re.compile(r"\b(\d{1,4})\s+(?:van\s+de|van|uit|op)\s+(?:de\s+)?(?:totaal\s+)?\d{1,4}\s+(punten|punt)\b", re.IGNORECASE)


def weighted(name: str, rest: str, position: int) -> Criterion:
    rest = OUT_OF.sub(r"\1 \2", rest)
    points, percent = POINTS_RE.search(rest), PERCENT_RE.search(rest)
    # the weight is the one stated first, next to the name: "Prijs (25%). De laagste prijs krijgt de volle 25 punten"
    # names the points of a price formula after it
    if points and percent:
        points, percent = (points, None) if points.start() < percent.start() else (None, percent)
    bare = re.match(r"\s*(\d{2,4})\s*(?:$|[,;|)])", rest)
    weight = points.group(0) if points else percent.group(0) if percent else bare.group(1) if bare else ""
    numbered = SECTION_NUMBER.match(LABEL_RE.sub("", name.strip()))
    name = SECTION_NUMBER.sub("", LABEL_RE.sub("", name.strip()))
    coded = CODED_NAME.match(name)  # "6.2 K1a Aanpak van de doelen": the tender's own code over the section's number
    return Criterion(
        code=coded.group(1) if coded else numbered.group("code") if numbered and numbered.group("code") else "",
        name=name[coded.end():] if coded else name,
        weight=weight.strip(),
        points=_number(points.group(1)) if points else _number(bare.group(1)) if bare and not percent else None,
        percentage=_number(percent.group(1)) if percent else None,
        page_limit=page_limit_in(rest),
        word_limit=word_limit_in(rest),
        position=position,
    )


def _number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # "1.000 punten": a thousands separator
        text = text.replace(".", "")
    return float(text.replace(",", "."))
