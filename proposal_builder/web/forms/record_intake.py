"""Forms of the import preview and of erasing personal data from a record's history."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length

from knowledge_base.erasure import MAX_CHARS, MIN_CHARS
from knowledge_base.import_plan import CONFLICT_CHOICES

CONFLICT_LABELS = {"update": "Bijwerken met het bestand", "keep": "Huidige record behouden",
                   "new": "Als nieuw record (nieuwe referentie)"}


ALL_CONFLICTS = "alle-conflicten"  # the field that applies one choice to every conflict


class ConfirmImportForm(FlaskForm):
    """Confirm a previewed import; the choice per conflict comes as `keuze-<ref>` fields."""

    submit = SubmitField("Importeren")

    def choices(self, formdata, refs: list[str]) -> dict[str, str]:
        """The valid choice per conflicting ref (a missing or forged one falls back to the default); a choice
        for all conflicts (`alle-conflicten`) overrides the one per record."""
        everything = formdata.get(ALL_CONFLICTS, "")
        chosen = {ref: everything if everything in CONFLICT_CHOICES else formdata.get(f"keuze-{ref}", "")
                  for ref in refs}
        return {ref: choice for ref, choice in chosen.items() if choice in CONFLICT_CHOICES}


class EraseForm(FlaskForm):
    """The text to erase from a record and every version of its history."""

    text = StringField("Te verwijderen tekst", validators=[
        DataRequired("Vul de tekst in die uit de geschiedenis moet verdwijnen."),
        Length(min=MIN_CHARS, max=MAX_CHARS,
               message=f"Geef tussen {MIN_CHARS} en {MAX_CHARS} tekens op.")],
        description="Bijvoorbeeld een naam, adres of telefoonnummer. Overal in dit record en in elke "
                    "oude versie wordt deze tekst vervangen door [verwijderd]; dat is niet terug te draaien.")
    submit = SubmitField("Uit alle versies verwijderen")
