"""The form on the tender page that corrects every fact: limits, budget and parts, criteria, requirements, lots.

Lists (criteria, requirements, budget parts, lots) are rows with a "verwijderen" box and one empty row to add
a new one, so they can be corrected without JavaScript.
"""
from __future__ import annotations

import re

from wtforms import BooleanField, Form, HiddenField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.fields import FieldList, FormField
from wtforms.validators import Length, ValidationError

from ... import dutch
from ...tender.extraction.deadline import find_dates, find_time
from ...tender.intake import split_names
from .tenders import ROUTES, VersionedForm, _max, check_number, number_or_none, text_of

REQUIREMENT_KINDS = {"minimum": "Minimumeis", "admission": "Toelatingseis", "suitability": "Geschiktheidseis",
                     "wish": "Wens"}
CRITERION_KINDS = {"": "onbekend", "quality": "Kwaliteit", "price": "Prijs", "interview": "Interview"}
YES_NO = {"": "onbekend", "ja": "ja", "nee": "nee"}


def _choices(options: dict) -> list:
    return [SelectChoice(key, label) for key, label in options.items()]


def _yes_no(value) -> str:
    return "" if value is None else ("ja" if value else "nee")


def _bool(text: str) -> bool | None:
    return {"ja": True, "nee": False}.get(text)


def parse_amount(text: str) -> float | None:
    """Euros in "€ 1.800.000", "1800000" or "1,5 miljoen"; None when it is no amount."""
    text = (text or "").lower().replace("€", "").replace("euro", "").strip()
    scale = 1_000_000 if "miljoen" in text or "mln" in text else 1
    digits = re.sub(r"miljoen|mln\.?|\s|\.(?=\d{3}\b)", "", text).replace(",", ".").rstrip(".-")
    return round(float(digits) * scale, 2) if re.fullmatch(r"\d+(\.\d+)?", digits) else None


def parse_deadline(text: str) -> str | None:
    """An ISO date (with time) from "2027-03-15 12:00", "15-03-2027" or "15 maart 2027 12.00 uur"; "" when empty."""
    text = (text or "").strip().replace("T", " ")
    if not text:
        return ""
    dates = find_dates(text)
    if not dates:
        return None
    time = find_time(text[dates[0][0] + 10:] if re.match(r"\d{4}-", text) else text)
    return dates[0][1] + (f"T{time}" if time else "")


class CriterionForm(Form):
    """One award criterion row."""

    name = StringField("Criterium", validators=[Length(max=300)])
    weight = StringField("Weging", validators=[Length(max=40)])
    page_limit = StringField("Max. pagina's")
    goals = StringField("Doelen", description="Nummers, bijv. 1, 2, 3")
    kind = SelectField("Soort", choices=_choices(CRITERION_KINDS), validate_choice=False)
    position = HiddenField()
    code = HiddenField()  # the tender's own code ("K1"), kept for the chapter heading
    remove = BooleanField("verwijderen")

    def validate_page_limit(self, field):
        check_number(field, "pagina's", 500)

    def validate_goals(self, field):
        if not re.fullmatch(r"[\d\s,;en]*", text_of(field)):
            raise ValidationError("Vul de doelnummers in als getallen, bijv. 1, 2, 3.")

    def row(self) -> dict | None:
        if self.remove.data or not text_of(self.name):
            return None
        position = text_of(self.position)
        return {"name": text_of(self.name), "weight": text_of(self.weight), "page_limit": number_or_none(self.page_limit),
                "goals": [int(n) for n in re.findall(r"\d+", text_of(self.goals))], "kind": self.kind.data or "",
                "position": int(position) if position.isdigit() else None,
                **({"code": text_of(self.code)[:12]} if text_of(self.code) else {})}


class RequirementForm(Form):
    """One requirement row."""

    text = TextAreaField("Eis of wens", validators=[Length(max=1000)])
    kind = SelectField("Soort", choices=_choices(REQUIREMENT_KINDS), validate_choice=False)
    proof = StringField("Bewijs", validators=[Length(max=300)])
    block = HiddenField()
    remove = BooleanField("verwijderen")

    def row(self) -> dict | None:
        if self.remove.data or not text_of(self.text):
            return None
        block = text_of(self.block)
        return {"text": " ".join(text_of(self.text).split()), "kind": self.kind.data or "minimum",
                "block": int(block) if block.isdigit() else None, "proof": text_of(self.proof)}


class PartForm(Form):
    """One part of the budget (theme or lot)."""

    name = StringField("Thema of perceel", validators=[Length(max=200)])
    amount = StringField("Bedrag")
    remove = BooleanField("verwijderen")

    def validate_amount(self, field):
        if text_of(field) and parse_amount(field.data) is None:
            raise ValidationError("Vul het bedrag in euro's in, bijv. € 250.000.")

    def row(self) -> dict | None:
        if self.remove.data or not text_of(self.name) or parse_amount(self.amount.data) is None:
            return None
        return {"name": text_of(self.name), "amount": parse_amount(self.amount.data)}


class LotForm(Form):
    """One lot or theme: its number and name, goals, budget, places and page limit."""

    label = StringField("Nummer", validators=[Length(max=40)], description="Bijv. Perceel 2")
    name = StringField("Perceel of thema", validators=[Length(max=200)])
    goals = StringField("Doelen", description="Nummers, bijv. 1, 2, 3")
    budget = StringField("Budget")
    places = StringField("Waar", validators=[Length(max=500)], description="Plaatsen, gescheiden door komma's")
    page_limit = StringField("Max. pagina's")
    block = HiddenField()
    remove = BooleanField("verwijderen")

    validate_goals = CriterionForm.validate_goals
    validate_budget = PartForm.validate_amount

    def validate_page_limit(self, field):
        check_number(field, "pagina's", 500)

    def row(self) -> dict | None:
        if self.remove.data or not (text_of(self.name) or text_of(self.label)):
            return None
        block = text_of(self.block)
        return {"name": text_of(self.name), "label": text_of(self.label),
                "goals": [int(n) for n in re.findall(r"\d+", text_of(self.goals))],
                "budget": parse_amount(self.budget.data) if text_of(self.budget) else None,
                "places": split_names(text_of(self.places)), "page_limit": number_or_none(self.page_limit),
                "block": int(block) if block.isdigit() else None}


def _rows(entries) -> list[dict]:
    return [row for row in (entry.form.row() for entry in entries) if row]


# What the page limit is for: the whole proposal, or the activity plan handed in beside a budget and appendices.
LIMIT_PARTS = {"": "het hele voorstel", "activiteitenplan": "het activiteitenplan (begroting en bijlagen apart)"}


class FactsForm(VersionedForm):
    """Every fact of the tender the director may correct."""

    title = StringField("Titel", validators=[_max("De titel", 200)])
    municipality = StringField("Gemeente(n)", validators=[_max("De gemeente", 300)],
                               description="Meerdere gemeenten: Kempenhorst, Ellestein en Gansveld")
    route = SelectField("Route", choices=_choices(ROUTES), invalid_choice_message="Kies een route uit de lijst.")
    procedure = StringField("Procedure", validators=[_max("De procedure", 200)])
    deadline = StringField("Indienen vóór", description="Bijv. 15 maart 2027 12.00 uur of 2027-03-15 12:00")
    budget = StringField("Budget", validators=[_max("Het budget", 100)], description="Bijv. € 1.800.000")
    budget_per_year = SelectField("Budget per jaar", choices=_choices({"": "onbekend", "ja": "per jaar",
                                                                         "nee": "voor de hele looptijd"}),
                                  validate_choice=False)
    page_limit = StringField("Maximaal aantal pagina's")
    word_limit = StringField("Maximaal aantal woorden")
    excluding_appendices = SelectField("Bijlagen", choices=_choices({"": "onbekend", "ja": "tellen niet mee",
                                                                     "nee": "tellen mee"}),
                                       validate_choice=False)
    page_limit_part = SelectField("Paginalimiet geldt voor", choices=_choices(LIMIT_PARTS), validate_choice=False)
    anonymous = SelectField("Beoordeling", choices=_choices({"": "onbekend", "ja": "geanonimiseerd (geen namen noemen)",
                                                             "nee": "op naam"}), validate_choice=False)
    ambition = TextAreaField("Ambitie van de gemeente", validators=[_max("De ambitie", 1000)],
                             description="De ambitie boven de doelen; het concept opent ermee")
    target_groups = StringField("Doelgroepen", validators=[_max("De doelgroepen", 1000)],
                                description="Gescheiden door komma's")
    criteria = FieldList(FormField(CriterionForm))
    requirements = FieldList(FormField(RequirementForm))
    budget_parts = FieldList(FormField(PartForm))
    lots = FieldList(FormField(LotForm))

    def __init__(self, *args, **kwargs):
        # Prefixed: this form shares the tender page with the goal list, whose ids must not clash.
        super().__init__(*args, prefix="facts", **kwargs)

    @classmethod
    def from_tender(cls, tender: dict) -> "FactsForm":
        """The form filled from a saved tender, with one empty row per list to add to it."""
        return cls(formdata=None, data=facts_data(tender))

    def validate_page_limit(self, field):
        """Empty, or a whole number of pages."""
        check_number(field, "pagina's", 500)

    def validate_word_limit(self, field):
        """Empty, or a whole number of words."""
        check_number(field, "woorden", 100_000)

    def validate_title(self, field):
        """A saved tender always has a title."""
        if not text_of(field):
            raise ValidationError("Geef de aanbesteding een titel.")

    def validate_deadline(self, field):
        """Empty, or a date the page can read."""
        if parse_deadline(field.data) is None:
            raise ValidationError("Vul een datum in, bijv. 15 maart 2027 of 2027-03-15, eventueel met tijd.")

    def validate_budget(self, field):
        """Empty, or an amount in euros."""
        if text_of(field) and parse_amount(re.sub(r"per\s+jaar", "", field.data)) is None:
            raise ValidationError("Vul het budget in euro's in, bijv. € 1.800.000.")

    def facts(self) -> dict:
        """The submitted facts in the saved tender's shape."""
        per_year, amount = _bool(self.budget_per_year.data), parse_amount(re.sub(r"per\s+jaar", "", self.budget.data or ""))
        return {
            "title": text_of(self.title), "municipality": text_of(self.municipality),
            "municipalities": split_names(text_of(self.municipality)), "route": self.route.data,
            "procedure": text_of(self.procedure), "deadline": parse_deadline(self.deadline.data) or "",
            "budget": dutch.money(amount) + (" per jaar" if per_year else "") if amount is not None else "",
            "budget_per_year": per_year if amount is not None else None,
            "page_limit": number_or_none(self.page_limit), "word_limit": number_or_none(self.word_limit),
            "excluding_appendices": _bool(self.excluding_appendices.data), "anonymous": _bool(self.anonymous.data),
            "ambition": text_of(self.ambition),
            "page_limit_part": self.page_limit_part.data if self.page_limit_part.data in LIMIT_PARTS else "",
            "target_groups": [g.strip() for g in (self.target_groups.data or "").split(",") if g.strip()],
            "criteria": _rows(self.criteria.entries), "requirements": _rows(self.requirements.entries),
            "budget_parts": _rows(self.budget_parts.entries), "lots": _rows(self.lots.entries)}


def lot_titles(form: FactsForm, before: list[dict]) -> dict[str, str]:
    """Each lot title the tender had before the form's corrections → its title after them ("" when removed): the
    rows stand in the lots' order, so the choice of lots follows a lot renamed."""
    titles = {}
    for saved, entry in zip(before, form.lots.entries):
        row = entry.form.row()
        old = f"{saved.get('label') or ''} {saved.get('name') or ''}".strip()
        titles[old] = f"{row['label']} {row['name']}".strip() if row else ""
    return titles


def facts_data(tender: dict) -> dict:
    """A saved tender's facts as the form's data, with an empty row at the end of each list."""
    deadline = (tender.get("deadline") or "").replace("T", " ")
    criteria = [{**c, "goals": ", ".join(map(str, c.get("goals") or [])), "page_limit": c.get("page_limit") or "",
                 "position": "" if c.get("position") is None else str(c["position"])} for c in tender["criteria"]]
    requirements = [{**r, "block": "" if r.get("block") is None else str(r["block"])} for r in tender["requirements"]]
    parts = [{"name": p["name"], "amount": dutch.money(p["amount"])} for p in tender["budget_parts"]]
    lots = [{"name": lot.get("name") or "", "label": lot.get("label") or "", "goals": ", ".join(map(str, lot.get("goals") or [])),
             "budget": dutch.money(lot["budget"]) if lot.get("budget") is not None else "",
             "places": ", ".join(lot.get("places") or []), "page_limit": lot.get("page_limit") or "",
             "block": "" if lot.get("block") is None else str(lot["block"])} for lot in tender.get("lots") or []]
    return {
        **{key: tender.get(key) or "" for key in ("title", "municipality", "route", "procedure", "page_limit", "word_limit")},
        "deadline": deadline, "budget": re.sub(r"\s*per jaar$", "", tender.get("budget") or ""),
        "budget_per_year": _yes_no(tender.get("budget_per_year")),
        "excluding_appendices": _yes_no(tender.get("excluding_appendices")),
        "anonymous": _yes_no(tender.get("anonymous")), "ambition": tender.get("ambition") or "",
        "page_limit_part": tender.get("page_limit_part") or "",
        "target_groups": ", ".join(tender.get("target_groups") or []), "version": str(tender["version"]),
        "criteria": [*criteria, {}], "requirements": [*requirements, {}], "budget_parts": [*parts, {}],
        "lots": [*lots, {}]}
