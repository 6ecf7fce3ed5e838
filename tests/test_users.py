"""Accounts and roles."""
import pytest

from knowledge_base.users import UserError, authenticate, create_user, role_at_least


def test_password_is_hashed_and_checked(db):
    user = create_user(db, "anna", "lang-genoeg-123", "medewerker")
    assert "lang-genoeg-123" not in user["password_hash"]
    assert authenticate(db, "ANNA", "lang-genoeg-123")["username"] == "anna"
    assert authenticate(db, "anna", "fout-wachtwoord") is None


@pytest.mark.parametrize("username, password, role, message", [
    ("", "lang-genoeg-123", "lezer", "gebruikersnaam"),
    ("bob", "kort", "lezer", "minstens 10"),
    ("bob", "lang-genoeg-123", "koning", "Onbekende rol"),
])
def test_bad_account_is_refused(db, username, password, role, message):
    with pytest.raises(UserError, match=message):
        create_user(db, username, password, role)


def test_duplicate_username_is_refused(db):
    create_user(db, "anna", "lang-genoeg-123", "lezer")
    with pytest.raises(UserError, match="bestaat al"):
        create_user(db, "Anna", "lang-genoeg-123", "lezer")


def test_roles_are_ordered():
    assert role_at_least("beheerder", "directeur")
    assert role_at_least("directeur", "medewerker")
    assert not role_at_least("medewerker", "directeur")
    assert not role_at_least("lezer", "medewerker")
