"""Forms of the record-proposal pages: upload a document, then decide on every candidate."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (Form, FieldList, FormField, HiddenField, RadioField, SelectChoice, SelectField, StringField,
                     SubmitField, TextAreaField)
from wtforms.validators import InputRequired

from knowledge_base import EVIDENCE_LEVELS


class UploadForm(FlaskForm):
    """Upload an annual report, project report or past proposal."""

    file = FileField("Document", validators=[FileRequired("Kies een document om te lezen.")],
                     description="Word (.docx), PDF met tekst of platte tekst (.txt).")
    submit = SubmitField("Lezen en records voorstellen")


def result_text(results: list[dict]) -> str:
    """Results as editable lines: `indicator | waarde | eenheid`."""
    return "\n".join(" | ".join([r.get("indicator", ""), r.get("value", ""), r.get("unit", "")]) for r in results)


def parse_results(text: str | None) -> list[dict]:
    """The results typed as `indicator | waarde | eenheid` lines."""
    results = []
    for line in (text or "").splitlines():
        parts = [part.strip() for part in line.split("|")] + ["", ""]
        if any(parts[:3]):
            results.append({"indicator": parts[0], "value": parts[1], "unit": parts[2], "story": ""})
    return results


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text or "") if part.strip()]


class CandidateForm(Form):
    """One candidate record: the decision and its editable fields (what it was read from stays hidden)."""

    decision = RadioField("Beslissing", choices=[SelectChoice("accept", "Accepteren"), SelectChoice("reject", "Afwijzen")],
                          validators=[InputRequired("Kies accepteren of afwijzen.")])
    ref = HiddenField()
    type = HiddenField()
    source = HiddenField()
    as_written = HiddenField()
    duplicate_ref = HiddenField()
    duplicate_title = HiddenField()
    evidence = HiddenField()
    title = StringField("Titel")
    summary = TextAreaField("Samenvatting")
    municipality = StringField("Gemeente")
    period = StringField("Periode")
    target_group = StringField("Doelgroep")
    partners = StringField("Partners", description="Gescheiden door komma's.")
    methods = StringField("Methodieken (referenties)", description="Gescheiden door komma's.")
    results = TextAreaField("Resultaten", description="Eén per regel: indicator | waarde | eenheid.")
    evidence_level = SelectField("Erkenning", choices=[SelectChoice(level, level or "niet erkend")
                                                            for level in EVIDENCE_LEVELS],
                                 validate_choice=False)  # a project's form has none; to_record checks the value
    databank = StringField("Databank")

    def validate_title(self, field):
        """An accepted record needs a title."""
        if self.decision.data == "accept" and not (field.data or "").strip():
            raise ValueError("Vul een titel in.")

    @classmethod
    def data_of(cls, candidate) -> dict:
        """Form data for a proposed candidate."""
        record = candidate.record
        twin = candidate.duplicate_of or {}
        return {"ref": record["id"], "type": record["type"], "source": candidate.source,
                "as_written": candidate.as_written, "duplicate_ref": twin.get("ref", ""),
                "duplicate_title": twin.get("title", ""), "evidence": "\n".join(candidate.evidence),
                "title": record["title"], "summary": record.get("summary", ""),
                "municipality": record.get("municipality", ""), "period": record.get("period", ""),
                "target_group": record.get("target_group", ""), "partners": ", ".join(record.get("partners", [])),
                "methods": ", ".join(record.get("methods", [])), "results": result_text(record.get("results", [])),
                "evidence_level": record.get("evidence_level", ""), "databank": record.get("databank", "")}

    def to_record(self) -> dict:
        """The record as the curator left it, in the import format."""
        record = {"id": self.ref.data, "type": self.type.data, "title": (self.title.data or "").strip(),
                  "summary": self.summary.data or "", "duplicate_ref": self.duplicate_ref.data or ""}
        if self.type.data == "method":
            level = self.evidence_level.data if self.evidence_level.data in EVIDENCE_LEVELS else ""
            record.update(evidence_level=level, databank=self.databank.data or "")
        else:
            record.update(municipality=self.municipality.data or "", period=self.period.data or "",
                          target_group=self.target_group.data or "", partners=_split(self.partners.data),
                          methods=_split(self.methods.data), results=parse_results(self.results.data))
        return record


class ReviewForm(FlaskForm):
    """Every candidate of one document, each accepted or rejected by the curator."""

    candidates = FieldList(FormField(CandidateForm))
    submit = SubmitField("Beslissingen verwerken")
