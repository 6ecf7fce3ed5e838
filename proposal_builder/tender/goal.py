"""The one goal type, from extraction through editing, storage and the workbench to the draft."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

EFFECT, OUTPUT = "effect", "output"
# The kind vocabulary: a short label for lists and forms, a description for the draft.
KIND_LABELS = {EFFECT: "Effect", OUTPUT: "Prestatie"}
KIND_DESCRIPTIONS = {EFFECT: "beoogd maatschappelijk effect", OUTPUT: "beoogde prestatie (output)"}
SECTION_SEPARATOR = " > "
# Why a sentence extraction kept as a goal is probably none (Goal.doubt): the goal veto's chance is below its doubt
# line (extraction/goal_veto.py), or the tender also asks it of the provider as a requirement (an obligation). The
# draft gives such a goal evidence only at a stricter bar, and the checks before download ask the director to look.
LOW_CHANCE, OBLIGATION = "low_chance", "obligation"
DOUBT_REASONS = (LOW_CHANCE, OBLIGATION)
# Table columns that hold a goal's indicator or target, as municipalities name them.
# Column headers, also asked as questions ("Hoe meten we dat?", "Hoe we het volgen", "Wanneer zijn we tevreden?",
# "Streven 2029")
INDICATOR_COLUMNS = ("indicator", "hoe meten", "meten we", "we meten", "volgen")
TARGET_COLUMNS = ("streefwaarde", "doelwaarde", "norm", "target", "tevreden", "naartoe", "resultaat eind", "streven")
# A cell or phrase that gives no value: "geen streefwaarde", "n.v.t.", "n.t.b." (nader te bepalen), a lone dash, or a value
# still to be set ("wordt in 2028 samen met de opdrachtnemer vastgesteld", "nog niet bekend"; CONVENTIONS, target rule 5)
NO_VALUE = re.compile(r"^\s*\(?(?:geen\b|n\.?v\.?t\.?|nvt\b|n\.?\s?t\.?\s?b\.?|ntb\b|nader\s+te\s+bepalen|[-–—]\s*$|"
                      r"nog\s+niet\s+bekend|onbekend\b|volgt\s+later|(?:de\s+streefwaarde\s+)?wordt\b[^.;]{0,80}?"
                      r"\b(?:vastgesteld|bepaald|ontwikkeld|afgesproken)\b)", re.IGNORECASE)


@dataclass
class Goal:
    """A goal of the municipality, where it was found, and what the director chose for it."""

    text: str
    kind: str = EFFECT  # EFFECT: a desired state of people; OUTPUT: delivered activities or counts
    section: list[str] = field(default_factory=list)  # the heading path above it
    block: int | None = None  # position of the source block in the tender; None when typed in
    found_as: str = ""  # "list", "table" or "prose"; "" when typed in
    indicator: str = ""
    target: str = ""  # the streefwaarde, as written in the tender
    attributes: dict[str, str] = field(default_factory=dict)  # the other cells of a goal table's row
    own_text: str = ""  # the director's own paragraph for the draft
    evidence: list[str] = field(default_factory=list)  # refs of the knowledge-base records chosen
    # why extraction doubts the sentence is a goal at all (DOUBT_REASONS); "" when it reads as one or was typed in
    doubt: str = ""

    def __post_init__(self):
        if self.kind not in KIND_LABELS:
            self.kind = EFFECT
        if not self.indicator:
            indicator = column_value(self.attributes, INDICATOR_COLUMNS)
            self.indicator = "" if NO_VALUE.match(indicator) else indicator
        if not self.target:
            target = column_value(self.attributes, TARGET_COLUMNS)
            # "zie monitor" and "n.t.b.; nulmeting in 2028" are no target
            self.target = target if any(ch.isdigit() for ch in target) and not NO_VALUE.match(target) else ""

    @property
    def section_text(self) -> str:
        """The heading path as one line, e.g. "2 Doelen > 2.1 Meedoen"."""
        return SECTION_SEPARATOR.join(self.section)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    def to_record(self) -> dict:
        """The goal as stored with a saved tender (plain JSON values)."""
        data = asdict(self)
        data["section"] = self.section_text
        return data

    @classmethod
    def from_record(cls, data: dict) -> "Goal":
        """A goal from its stored shape; older tenders stored the block position as `source`."""
        section = data.get("section") or []
        if isinstance(section, str):
            section = [part for part in section.split(SECTION_SEPARATOR) if part]
        block = data.get("block", data.get("source") if isinstance(data.get("source"), int) else None)
        return cls(
            text=str(data.get("text") or "").strip(), kind=str(data.get("kind") or EFFECT),
            section=list(section), block=block if isinstance(block, int) else None,
            found_as=str(data.get("found_as") or ""), indicator=str(data.get("indicator") or "").strip(),
            target=str(data.get("target") or "").strip(), attributes=dict(data.get("attributes") or {}),
            own_text=str(data.get("own_text") or "").strip(),
            evidence=list(dict.fromkeys(str(ref) for ref in data.get("evidence") or [])),
            doubt=data["doubt"] if data.get("doubt") in DOUBT_REASONS else "")


def column_value(attributes: dict[str, str], words: tuple[str, ...]) -> str:
    """The first attribute whose column name contains one of `words`, or ""."""
    return next((value for key, value in attributes.items() if any(w in key.lower() for w in words)), "")


def goals_from_records(records: list[dict]) -> list[Goal]:
    """Stored goals as Goal values."""
    return [Goal.from_record(record) for record in records]


def goals_to_records(goals: list[Goal]) -> list[dict]:
    """Goal values in their stored shape."""
    return [goal.to_record() for goal in goals]
