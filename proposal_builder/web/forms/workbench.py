"""The matching workbench form: per goal the chosen evidence, an own paragraph and a search box."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import Form, HiddenField, SearchField, SelectMultipleField, SubmitField, TextAreaField
from wtforms.fields import FieldList, FormField
from wtforms.validators import AnyOf, Length

from knowledge_base.saved_tenders import REVIEW_STATES

OWN_TEXT_LIMIT = 5000


class GoalChoiceForm(Form):
    """One goal: which records go into the proposal, the director's own paragraph, a search."""

    goal_text = HiddenField()  # the goal the choices belong to, to apply them after a conflict
    # Choices differ per goal and records can be added by search: refs are checked against the
    # knowledge base when saving, not against a fixed list.
    evidence = SelectMultipleField("Bewijs in het voorstel", validate_choice=False)
    own_text = TextAreaField(
        "Eigen tekst bij dit doel",
        description="Komt in het concept direct onder het doel. Cijfers die u hier noemt, "
                    "moeten in de kennisbank staan; anders meldt de controle ze.",
        validators=[Length(max=OWN_TEXT_LIMIT,
                           message=f"De eigen tekst is te lang (maximaal {OWN_TEXT_LIMIT} tekens).")])
    query = SearchField("Zoek ander bewijs in de kennisbank")


class WorkbenchForm(FlaskForm):
    """All goals of one tender, saved together with the version the director started from."""

    version = HiddenField()
    goals = FieldList(FormField(GoalChoiceForm))
    save = SubmitField("Keuzes opslaan")

    @classmethod
    def from_tender(cls, tender: dict) -> WorkbenchForm:
        """The form filled with the tender's saved choices."""
        goals = [{"goal_text": g["text"], "evidence": g.get("evidence") or [],
                  "own_text": g.get("own_text") or "", "query": ""} for g in tender["goals"]]
        return cls(formdata=None, data={"version": str(tender["version"]), "goals": goals})

    def expected_version(self) -> int | None:
        """The tender version the page was loaded from, if the form carried one."""
        return int(self.version.data) if (self.version.data or "").isdigit() else None

    def choices(self) -> list[dict]:
        """Per goal in the form: its text, chosen refs (unique, in order) and own paragraph."""
        return [{"text": entry.goal_text.data or "",
                 "evidence": list(dict.fromkeys(entry.evidence.data or [])),
                 "own_text": (entry.own_text.data or "").strip()} for entry in self.goals]


class ReviewForm(FlaskForm):
    """Move a tender's proposal to another review state (concept, ter review, goedgekeurd)."""

    state = HiddenField(validators=[AnyOf(list(REVIEW_STATES), message="Onbekende reviewstatus.")])
