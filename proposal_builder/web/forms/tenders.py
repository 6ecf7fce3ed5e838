"""Forms for tender intake: upload or paste a tender, edit its facts, edit its goal list."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import Form, HiddenField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.fields import FieldList, FormField
from wtforms.validators import Length, ValidationError

from ... import dutch
from ...tender import KIND_LABELS, Goal

ROUTES = {"": "onbekend", "aanbesteding": "Aanbesteding", "subsidie": "Subsidie", "open house": "Open House"}
# Characters; a 100-page tender is about 300,000. Werkzeug refuses a form field above 500 kB (413).
PASTE_LIMIT = 400_000
OWN_TEXT_LIMIT = 5000
# Buttons post `action` as "verb" or "verb:index"; the index is a goal's (or a block's) position.
ACTION_RE = re.compile(r"^(save|add|merge|split|delete|up|down|block)(?::(\d{1,5}))?$")
GOAL_VERBS = {"merge", "split", "delete", "up", "down"}


def _text(field) -> str:
    return (field.data or "").strip()


def _max(label: str, limit: int) -> Length:
    return Length(max=limit, message=f"{label} is te lang (maximaal {limit} tekens).")


def _kind_field(label: str = "Soort") -> SelectField:
    return SelectField(label, choices=[SelectChoice(k, v) for k, v in KIND_LABELS.items()], default="effect",
                       invalid_choice_message="Kies Effect of Prestatie.")


def _number(field) -> int | None:
    return int(_text(field)) if _text(field).isdigit() else None


def _check_number(field, unit: str, maximum: int) -> None:
    text = _text(field)
    if text and not (text.isdigit() and 1 <= int(text) <= maximum):
        raise ValidationError(f"Vul het aantal {unit} in als heel getal van 1 tot {dutch.number(maximum)}, "
                              "of laat het veld leeg.")


# Shared with the tender facts form (forms/tender_facts.py).
text_of, number_or_none, check_number = _text, _number, _check_number


class VersionedForm(FlaskForm):
    """A form that saves over a tender, carrying the version the page was loaded from."""

    version = HiddenField()

    def validate_version(self, field):
        """The hidden version is a number."""
        if field.data and not str(field.data).isdigit():
            raise ValidationError("Ongeldig versienummer; open de aanbesteding opnieuw.")

    def expected_version(self) -> int | None:
        """The tender version the page was loaded from."""
        return int(self.version.data) if (self.version.data or "").isdigit() else None


class IntakeForm(FlaskForm):
    """Upload a tender file or paste its text, with an optional title and municipality."""

    title = StringField("Titel", validators=[_max("De titel", 200)],
                        description="Leeg laten: de titel wordt uit het document gehaald.")
    municipality = StringField("Gemeente", validators=[_max("De gemeente", 100)],
                               description="Leeg laten: de gemeente wordt uit de tekst gehaald als die herkenbaar is.")
    file = FileField("Bestand", description="Word (.docx), PDF met tekst of platte tekst (.txt). "
                                            "Het bestand zelf wordt niet bewaard.")
    text = TextAreaField("Of plak de tekst", validators=[_max("De geplakte tekst", PASTE_LIMIT)])

    def validate_text(self, field):
        """Exactly one source: a file or pasted text."""
        has_file = bool(self.file.data and getattr(self.file.data, "filename", ""))
        if has_file and _text(field):
            raise ValidationError("Kies een bestand óf plak de tekst, niet allebei.")
        if not has_file and not _text(field):
            raise ValidationError("Kies een bestand of plak de tekst van de uitvraag.")


class GoalForm(Form):
    """One goal as the director edits it; evidence and own text ride along unchanged."""

    text = TextAreaField("Doel", validators=[_max("De tekst van het doel", 1000)])
    kind = _kind_field()
    section = StringField("Paragraaf", validators=[_max("De paragraaf", 300)])
    indicator = StringField("Indicator", validators=[_max("De indicator", 300)])
    target = StringField("Streefwaarde", validators=[_max("De streefwaarde", 200)])
    block = HiddenField()  # the position of the source block the goal was taken from
    evidence = HiddenField()  # the workbench's chosen refs, comma-separated
    own_text = HiddenField(validators=[_max("De eigen tekst", OWN_TEXT_LIMIT)])

    def goal(self) -> Goal:
        """The goal as edited."""
        block = (self.block.data or "").strip()
        return Goal.from_record({
            "text": _text(self.text), "kind": self.kind.data, "section": _text(self.section),
            "indicator": _text(self.indicator), "target": _text(self.target),
            "block": int(block) if block.isdigit() else None, "own_text": _text(self.own_text),
            "evidence": [ref.strip() for ref in (self.evidence.data or "").split(",") if ref.strip()]})


class GoalListForm(VersionedForm):
    """The whole goal list, posted by every button on the tender page, plus a new goal."""

    action = StringField(default="save")
    goals = FieldList(FormField(GoalForm))
    new_text = TextAreaField("Nieuw doel", validators=[_max("De tekst van het nieuwe doel", 1000)])
    new_kind = _kind_field()
    new_section = StringField("Paragraaf", validators=[_max("De paragraaf", 300)])

    @classmethod
    def from_tender(cls, tender: dict, goals: list[Goal] | None = None) -> "GoalListForm":
        """The form showing a goal list (the tender's own unless given) at the tender's version."""
        goals = [Goal.from_record(g) for g in tender["goals"]] if goals is None else goals
        rows = [{**goal.to_record(), "evidence": ",".join(goal.evidence),
                 "block": "" if goal.block is None else str(goal.block)} for goal in goals]
        return cls(formdata=None, data={"version": str(tender["version"]), "goals": rows, "action": "save"})

    def verb(self) -> tuple[str, int | None]:
        """The button pressed, e.g. ("merge", 2); ("save", None) when none was."""
        match = ACTION_RE.match((self.action.data or "save").strip())
        if not match:
            return "", None
        return match.group(1), int(match.group(2)) if match.group(2) else None

    def validate_action(self, field):
        """A known button, with a goal number for the buttons that act on one goal."""
        verb, index = self.verb()
        if not verb or (verb in GOAL_VERBS | {"block"}) != (index is not None):
            raise ValidationError("Onbekende handeling; laad de pagina opnieuw.")
        if verb in GOAL_VERBS and index >= len(self.goals.entries):
            raise ValidationError("Dit doel bestaat niet (meer); laad de pagina opnieuw.")

    def validate_goals(self, field):
        """Every goal keeps a text, except the one being deleted."""
        verb, index = self.verb()
        for number, entry in enumerate(field.entries):
            if not _text(entry.text) and not (verb == "delete" and index == number):
                entry.text.errors.append("Vul de tekst van het doel in, of kies Verwijderen.")
                raise ValidationError("Een doel zonder tekst kan niet worden opgeslagen.")

    def validate_new_text(self, field):
        """Adding a goal needs its text."""
        if self.verb()[0] == "add" and not _text(field):
            raise ValidationError("Vul de tekst van het nieuwe doel in.")

    def goal_list(self) -> list[Goal]:
        """The posted goals in their order."""
        return [entry.form.goal() for entry in self.goals.entries]
