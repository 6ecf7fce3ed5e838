"""Forms for logging in."""
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    """Log in with username and password."""

    username = StringField("Gebruikersnaam", validators=[DataRequired("Vul uw gebruikersnaam in."), Length(max=100)])
    password = PasswordField("Wachtwoord", validators=[DataRequired("Vul uw wachtwoord in."), Length(max=200)])
    submit = SubmitField("Inloggen")
