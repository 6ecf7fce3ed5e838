"""Forms for curating the knowledge base: one per record type, plus import and the list filters."""
from __future__ import annotations

import re
from datetime import date

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (BooleanField, HiddenField, SearchField, SelectChoice, SelectField,
                     SelectMultipleField, StringField, SubmitField, TextAreaField)
from wtforms.validators import DataRequired, Length, Regexp, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from knowledge_base import EVIDENCE_LEVELS, RECORD_TYPES
from knowledge_base.library_types import field_labels
from knowledge_base.records import REF_PATTERN, RESERVED_REFS
from knowledge_base.result_lines import parse_result_lines, result_lines

# Dutch names of every record field, shared by the forms, the record page and the history.
LABELS = {
    "ref": "Referentie", "title": "Titel", "summary": "Samenvatting", "target_group": "Doelgroep",
    "themes": "Thema's", "municipality": "Gemeente", "period": "Periode", "partners": "Partners",
    "methods": "Methodieken", "results": "Resultaten in het project",
    "evidence_level": "Erkenningsniveau", "databank": "Databank", "recognised_on": "Erkend op",
    "project": "Project", "indicator": "Indicator", "value": "Waarde", "unit": "Eenheid",
    "story": "Verhaal", "consent": "Toestemming vastgelegd", "pseudonymised": "Gepseudonimiseerd",
    "owner": "Eigenaar", "review_on": "Herzien op",
}
LABELS.update(field_labels())  # the answer library's own fields, owner and review date
RESULT_LINE_HELP = ("Eén resultaat per regel: indicator | waarde | eenheid | verhaal; zet er "
                    "| toestemming en | gepseudonimiseerd achter als dat voor het verhaal geldt.")


def _short(name: str, limit: int) -> Length:
    return Length(max=limit, message=f"{LABELS[name]} is te lang (maximaal {limit} tekens).")


def _text(field) -> str:
    return (field.data or "").strip()


def _date_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def _choices(pairs) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


def _list_text(values: list[str]) -> str:
    return ", ".join(values)


def _split_list(text: str | None) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text or "") if part.strip()]


class RecordForm(FlaskForm):
    """The fields every record type shares; subclasses add their own."""

    kind = ""
    link_field = ""  # the field whose choices are other records
    ref = StringField(LABELS["ref"], validators=[
        DataRequired("Vul een referentie in (bijvoorbeeld P01)."),
        Regexp(REF_PATTERN, message="Een referentie bestaat uit letters, cijfers, punt, streepje "
                                    "of liggend streepje (max. 40 tekens), zonder spaties.")],
        description="Een korte, vaste code, bijvoorbeeld P12; die verandert later niet meer.")
    title = StringField(LABELS["title"], validators=[DataRequired("Vul een titel in."),
                                                     _short("title", 300)])
    summary = TextAreaField(LABELS["summary"], validators=[_short("summary", 20000)])
    target_group = StringField(LABELS["target_group"], validators=[_short("target_group", 300)])
    themes = StringField(LABELS["themes"], validators=[_short("themes", 1000)],
                         description="Gescheiden door komma's, bijvoorbeeld: eenzaamheid, mantelzorg.")
    municipality = StringField(LABELS["municipality"], validators=[_short("municipality", 200)])
    period = StringField(LABELS["period"], validators=[_short("period", 100)],
                         description="Bijvoorbeeld 2022-2024 of 2023.")
    owner = StringField(LABELS["owner"], validators=[_short("owner", 200)],
                        description="Wie de inhoud bijhoudt, bijvoorbeeld de kwaliteitsfunctionaris.")
    review_on = StringField(LABELS["review_on"], render_kw={"type": "date"},
                            description="Wanneer de inhoud opnieuw bekeken moet worden (JJJJ-MM-DD); daarna "
                                        "staat hij als verouderd op de startpagina en in de lijst.")
    version = HiddenField()
    submit = SubmitField("Opslaan")

    def __init__(self, *args, taken_refs=(), link_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.taken_refs = set(taken_refs)
        self.conflict: dict | None = None  # set by the view when someone else saved first
        if self.link_field:
            getattr(self, self.link_field).choices = _choices(link_choices)

    def validate_ref(self, field):
        """Refuse refs the URLs use and refs already taken (the bin counts too)."""
        if _text(field).lower() in RESERVED_REFS:
            raise ValidationError(f"'{_text(field)}' is gereserveerd; kies een andere referentie.")
        if _text(field) in self.taken_refs:
            raise ValidationError(f"De referentie {_text(field)} is al in gebruik "
                                  "(ook records in de prullenbak tellen mee).")

    def validate_period(self, field):
        """A period names at least one year, and does not end before it starts."""
        if not _text(field):
            return
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", field.data)]
        if not years:
            raise ValidationError("Schrijf de periode met jaartallen, bijvoorbeeld 2022-2024.")
        if years[0] > years[-1]:
            raise ValidationError("Het beginjaar ligt na het eindjaar.")

    def validate_review_on(self, field):
        """A review date is a real date (it may lie in the past: then the record shows as stale)."""
        if _text(field) and _date_or_none(_text(field)) is None:
            raise ValidationError("Schrijf de herzieningsdatum als JJJJ-MM-DD, bijvoorbeeld 2027-01-31.")

    def validate_version(self, field):
        """The hidden version is a number (it comes back from the edit page)."""
        if field.data and not str(field.data).isdigit():
            raise ValidationError("Ongeldig versienummer; open het record opnieuw.")

    def expected_version(self) -> int:
        """The version the user opened; 0 for a new record, so an existing one is never overwritten."""
        return int(self.version.data) if self.version.data else 0

    @classmethod
    def record_data(cls, record: dict) -> dict:
        """A stored record as form data (lists as text)."""
        data = {name: record.get(name, "") for name in
                ("ref", "title", "summary", "target_group", "municipality", "period", "owner", "review_on")}
        data["themes"] = _list_text(record.get("themes", []))
        data["version"] = str(record.get("version", "") or "")
        return data

    def to_record(self) -> dict:
        """The submitted values as record fields."""
        record = {"type": self.kind, "themes": _split_list(self.themes.data)}
        for name in ("ref", "title", "summary", "target_group", "municipality", "period", "owner", "review_on"):
            record[name] = _text(getattr(self, name))
        return record

    def add_errors(self, errors: dict[str, str]) -> None:
        """Show errors from the knowledge base at their fields (unknown ones at the title)."""
        for name, message in errors.items():
            target = getattr(self, name, None)
            target = target if target is not None and hasattr(target, "errors") else self.title
            target.errors = [*target.errors, message]


class MultiCheckboxField(SelectMultipleField):
    """Several choices as a list of checkboxes (works without JavaScript)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ProjectForm(RecordForm):
    """Add or edit a project, its linked methods and its inline results."""

    kind = "project"
    link_field = "methods"
    partners = StringField(LABELS["partners"], validators=[_short("partners", 1000)],
                           description="Gescheiden door komma's.")
    methods = MultiCheckboxField(
        LABELS["methods"], invalid_choice_message="Kies alleen methodieken uit de lijst.",
        description="Vink de methodieken aan die in dit project zijn gebruikt.")
    results = TextAreaField(LABELS["results"], description=RESULT_LINE_HELP + " Bijvoorbeeld: "
                            "deelnemers | 120 | personen | Mevrouw A. (81) gaat weer naar de markt.")

    def validate_results(self, field):
        """Every line names an indicator and a value."""
        for number, item in enumerate(parse_result_lines(field.data), start=1):
            if not item["indicator"] or not item["value"]:
                raise ValidationError(f"Resultaatregel {number} is onvolledig: schrijf minstens "
                                      "indicator | waarde, bijvoorbeeld 'deelnemers | 120 | personen'.")

    @classmethod
    def record_data(cls, record: dict) -> dict:
        """A stored project as form data."""
        return {**super().record_data(record), "partners": _list_text(record.get("partners", [])),
                "methods": list(record.get("methods", [])),
                "results": result_lines(record.get("results", []))}

    def to_record(self) -> dict:
        """The submitted project."""
        return {**super().to_record(), "partners": _split_list(self.partners.data),
                "methods": list(self.methods.data or []),
                "results": parse_result_lines(self.results.data)}


class MethodForm(RecordForm):
    """Add or edit a method and its recognition in a databank."""

    kind = "method"
    evidence_level = SelectField(
        LABELS["evidence_level"],
        choices=_choices((level, level or "geen erkenning") for level in EVIDENCE_LEVELS),
        default="", invalid_choice_message="Kies een erkenningsniveau uit de lijst.")
    databank = StringField(LABELS["databank"], validators=[_short("databank", 300)], description=(
        "Bijvoorbeeld Databank Effectieve sociale interventies (Movisie) of NJi."))
    recognised_on = StringField(LABELS["recognised_on"], render_kw={"type": "date"},
                                description="De datum van de erkenning (JJJJ-MM-DD).")

    def validate_databank(self, field):
        """A recognition level needs the databank that granted it."""
        if self.evidence_level.data and not _text(field):
            raise ValidationError("Noem de databank waarin de methodiek erkend is.")

    def validate_recognised_on(self, field):
        """A real date, not in the future, and only with a recognition level."""
        text = _text(field)
        if not text:
            return
        try:
            when = date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
        except ValueError:
            when = None
        if when is None:
            raise ValidationError("Schrijf de erkenningsdatum als JJJJ-MM-DD, bijvoorbeeld 2021-05-01.")
        if when > date.today():
            raise ValidationError("De erkenningsdatum ligt in de toekomst.")
        if not self.evidence_level.data:
            raise ValidationError("Een erkenningsdatum hoort bij een erkenningsniveau; kies eerst het niveau.")

    @classmethod
    def record_data(cls, record: dict) -> dict:
        """A stored method as form data."""
        return {**super().record_data(record),
                **{k: record.get(k, "") for k in ("evidence_level", "databank", "recognised_on")}}

    def to_record(self) -> dict:
        """The submitted method."""
        return {**super().to_record(), "evidence_level": self.evidence_level.data or "",
                "databank": _text(self.databank), "recognised_on": _text(self.recognised_on)}


class ResultForm(RecordForm):
    """Add or edit a result: a figure, the story behind it and its privacy flags."""

    kind = "result"
    link_field = "project"
    project = SelectField(LABELS["project"], default="",
                          invalid_choice_message="Kies een project uit de lijst.")
    indicator = StringField(LABELS["indicator"], validators=[_short("indicator", 300)],
                            description="Wat is gemeten, bijvoorbeeld 'deelnemers dat zich minder eenzaam voelt'.")
    value = StringField(LABELS["value"], validators=[_short("value", 50)],
                        description="Precies zoals gemeten, bijvoorbeeld 68 of 3,5.")
    unit = StringField(LABELS["unit"], validators=[_short("unit", 50)],
                       description="Bijvoorbeeld %, deelnemers, huishoudens.")
    story = TextAreaField(LABELS["story"], validators=[_short("story", 5000)],
                          description="Een kort verhaal achter het cijfer, zonder namen, adressen, "
                                      "telefoonnummers of geboortedata.")
    consent = BooleanField(LABELS["consent"], description="De betrokkene heeft aantoonbaar "
                           "toestemming gegeven; zonder toestemming komt het verhaal niet in voorstellen.")
    pseudonymised = BooleanField(LABELS["pseudonymised"],
                                 description="Namen en herkenbare details zijn vervangen of weggelaten.")

    def __init__(self, *args, link_choices=(), **kwargs):
        super().__init__(*args, link_choices=[("", "— geen project —"), *link_choices], **kwargs)

    def validate_value(self, field):
        """A value is a figure and belongs to an indicator."""
        text = _text(field)
        if text and not _text(self.indicator):
            raise ValidationError("Een waarde hoort bij een indicator: vul de indicator in.")
        if text and not re.search(r"\d", text):
            raise ValidationError("Vul bij de waarde een getal in, bijvoorbeeld 68 of 3,5.")

    @classmethod
    def record_data(cls, record: dict) -> dict:
        """A stored result as form data."""
        data = super().record_data(record)
        data.update({k: record.get(k, "") for k in ("project", "indicator", "value", "unit", "story")})
        data.update(consent=bool(record.get("consent")), pseudonymised=bool(record.get("pseudonymised")))
        return data

    def to_record(self) -> dict:
        """The submitted result."""
        record = super().to_record()
        for name in ("project", "indicator", "value", "unit", "story"):
            record[name] = _text(getattr(self, name))
        return {**record, "consent": self.consent.data, "pseudonymised": self.pseudonymised.data}


RECORD_FORMS = {"project": ProjectForm, "method": MethodForm, "result": ResultForm}


class ImportForm(FlaskForm):
    """Upload a JSON file to import into the knowledge base."""

    file = FileField("JSON-bestand", validators=[FileRequired("Kies een JSON-bestand om te importeren.")],
                     description="Een export van Proposal Builder (JSON of Excel), een Excel-werkmap (.xlsx) of een CSV-bestand in het formaat uit de handleiding.")
    submit = SubmitField("Importeren")


class FilterForm(FlaskForm):
    """Keyword search and filters above the list (a GET form, so no CSRF token)."""

    class Meta:
        csrf = False

    q = SearchField("Zoeken", validators=[Length(max=200, message="Gebruik hooguit 200 tekens.")])
    type = SelectField("Type", default="", invalid_choice_message="Onbekend type.",
                       choices=_choices([("", "alle typen"), *RECORD_TYPES.items()]))
    theme = SelectField("Thema", default="", invalid_choice_message="Onbekend thema.")
    municipality = SelectField("Gemeente", default="", invalid_choice_message="Onbekende gemeente.")
    year = SelectField("Jaar", default="", invalid_choice_message="Onbekend jaar.")

    def __init__(self, formdata, facets: dict, **kwargs):
        super().__init__(formdata, **kwargs)
        self.theme.choices = _choices([("", "alle thema's"), *((t, t) for t in facets["themes"])])
        self.municipality.choices = _choices([("", "alle gemeenten"),
                                              *((m, m) for m in facets["municipalities"])])
        self.year.choices = _choices([("", "alle jaren"), *((str(y), str(y)) for y in facets["years"])])

    def filters(self) -> dict:
        """Keyword arguments for `list_records`, leaving out fields with errors."""
        fields = [getattr(self, name) for name in ("q", "type", "theme", "municipality", "year")]
        chosen = {field.name: _text(field) for field in fields if not field.errors}
        filters = {name: value for name, value in chosen.items() if value}
        if "year" in filters:
            filters["year"] = int(filters["year"])
        return filters
