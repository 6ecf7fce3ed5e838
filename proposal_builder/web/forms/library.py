"""Forms for the answer library (profile, team member, partner, proof, standard text), built from its field table."""
from __future__ import annotations

from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from knowledge_base.library_types import LIBRARY_FIELDS, LIBRARY_TYPES, SUMMARY_LABELS, TITLE_LABELS, Field

from . import records as evidence_forms
from .records import RecordForm, _choices, _text

CONSENT_LABEL = "Toestemming om genoemd te worden"
# Every field label, the evidence types' and the library's (for the record pages and history).
LABELS = evidence_forms.LABELS


def variant_lines(variants: list[dict]) -> str:
    """A standard text's variants as editable text, one `route | lengte | tekst` per line."""
    return "\n".join(" | ".join([str(v.get("route", "")), str(v.get("length", "")),
                                 str(v.get("text", "")).replace("\n", " ")]) for v in variants or [])


def parse_variant_lines(text: str | None) -> list[dict]:
    """The variants written in `text`; an empty route means every route."""
    variants = []
    for line in (text or "").splitlines():
        if line.strip():
            route, length, words = ([p.strip() for p in line.split("|", 2)] + ["", "", ""])[:3]
            route = "" if route.lower() in ("", "alle", "alle routes") else route.lower()
            variants.append({"route": route, "length": length.lower(), "text": words})
    return variants


def _form_field(spec: Field):
    """The WTForms field for one library field."""
    limit = Length(max=spec.limit, message=f"{spec.label} is te lang (maximaal {spec.limit} tekens).")
    if spec.kind in ("long", "variants"):
        return TextAreaField(spec.label, validators=[] if spec.kind == "variants" else [limit],
                             description=spec.help)
    if spec.kind == "choice":
        return SelectField(spec.label, choices=_choices([("", "— kies —"), *((c, c) for c in spec.choices)]),
                           default="", description=spec.help, invalid_choice_message="Kies uit de lijst.")
    render = {"type": "date"} if spec.kind == "date" else {}
    return StringField(spec.label, validators=[limit], description=spec.help, render_kw=render)


class LibraryForm(RecordForm):
    """A library record: the shared fields (owner and review date too) and the type's own, in `extra`."""

    @classmethod
    def record_data(cls, record: dict) -> dict:
        """A stored library record as form data."""
        data = super().record_data(record)
        extra = record.get("extra") or {}
        for spec in LIBRARY_FIELDS[cls.kind]:
            value = extra.get(spec.name, "")
            data[spec.name] = variant_lines(value) if spec.kind == "variants" else str(value or "")
        if cls.kind == "team_member":
            data["consent"] = bool(record.get("consent"))
        return data

    def to_record(self) -> dict:
        """The submitted record; its own fields go to `extra` when the knowledge base normalises it."""
        record = super().to_record()
        for spec in LIBRARY_FIELDS[self.kind]:
            field = getattr(self, spec.name)
            record[spec.name] = parse_variant_lines(field.data) if spec.kind == "variants" else _text(field)
        if self.kind == "team_member":
            record["consent"] = bool(self.consent.data)
        return record


def _library_form(kind: str) -> type[LibraryForm]:
    """The form class of one library type, from its field table."""
    attrs = {"kind": kind, "__doc__": f"Add or edit a {kind.replace('_', ' ')} of the answer library.",
             "title": StringField(TITLE_LABELS[kind], validators=[
                 DataRequired(f"Vul {TITLE_LABELS[kind].lower()} in."),
                 Length(max=300, message="De titel is te lang (maximaal 300 tekens).")]),
             "summary": TextAreaField(SUMMARY_LABELS[kind], validators=[Length(max=20000)])}
    attrs.update({spec.name: _form_field(spec) for spec in LIBRARY_FIELDS[kind]})
    if kind == "team_member":
        attrs["consent"] = BooleanField(CONSENT_LABEL, description="Alleen teamleden met toestemming worden met "
                                        "naam in voorstellen genoemd.")
    return type(f"{kind.title().replace('_', '')}Form", (LibraryForm,), attrs)


LIBRARY_FORMS = {kind: _library_form(kind) for kind in LIBRARY_TYPES}
RECORD_FORMS = {**evidence_forms.RECORD_FORMS, **LIBRARY_FORMS}

