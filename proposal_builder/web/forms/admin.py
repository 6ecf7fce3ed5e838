"""Forms for account management by the beheerder and for one's own password."""
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Regexp, ValidationError

from knowledge_base.users import MIN_PASSWORD_LENGTH, ROLES, get_user

from ..request_db import get_db

ROLE_CHOICES = [SelectChoice(role, label) for role, label in ROLES.items()]


def _new_password(label: str = "Nieuw wachtwoord") -> PasswordField:
    return PasswordField(label, description=f"Minstens {MIN_PASSWORD_LENGTH} tekens.", validators=[
        DataRequired("Vul een wachtwoord in."),
        Length(min=MIN_PASSWORD_LENGTH, max=200,
               message=f"Het wachtwoord moet {MIN_PASSWORD_LENGTH} tot 200 tekens hebben."),
    ])


def _repeat() -> PasswordField:
    return PasswordField("Herhaal het wachtwoord", validators=[
        EqualTo("password", "De twee wachtwoorden zijn niet gelijk.")])


class CreateUserForm(FlaskForm):
    """Create an account with a role and a first password."""

    username = StringField("Gebruikersnaam", validators=[
        DataRequired("Vul een gebruikersnaam in."),
        Length(max=100, message="De gebruikersnaam is te lang (maximaal 100 tekens)."),
        Regexp(r"^[\w.@-]+$", message="Gebruik letters, cijfers, punt, @, streepje of liggend streepje."),
    ])
    role = SelectField("Rol", choices=ROLE_CHOICES, default="lezer")
    password = _new_password("Wachtwoord")
    confirm = _repeat()
    submit = SubmitField("Account aanmaken")

    def validate_username(self, field):
        """Refuse a username that is already taken (names are case-insensitive)."""
        if get_user(get_db(), field.data):
            raise ValidationError(f"De gebruikersnaam '{field.data}' bestaat al.")


class RoleForm(FlaskForm):
    """Give an account another role."""

    role = SelectField("Rol", choices=ROLE_CHOICES)
    submit = SubmitField("Wijzigen")


class PasswordResetForm(FlaskForm):
    """Set a new password for someone else's account."""

    password = _new_password()
    confirm = _repeat()
    submit = SubmitField("Wachtwoord instellen")


class OwnPasswordForm(FlaskForm):
    """Change one's own password, confirming the current one."""

    current = PasswordField("Huidig wachtwoord", validators=[
        DataRequired("Vul uw huidige wachtwoord in."), Length(max=200)])
    password = _new_password()
    confirm = _repeat()
    submit = SubmitField("Wachtwoord wijzigen")


class ConfirmForm(FlaskForm):
    """A button-only form (block, unblock, unlock) that still carries the CSRF token."""

    submit = SubmitField("Bevestigen")
