"""Log-in, headers and error pages of the real app."""


def test_pages_need_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


def test_login_with_wrong_password_shows_dutch_message(client):
    response = client.post("/inloggen", data={"username": "directeur", "password": "fout-fout-fout"})
    assert response.status_code == 200
    assert "onjuist wachtwoord" in response.get_data(as_text=True)


def test_login_then_start_page(client, auth):
    assert auth.login("lezer").status_code == 302
    assert "Welkom" in client.get("/").get_data(as_text=True)


def test_login_refuses_offsite_next(client):
    response = client.post("/inloggen?next=https://evil.example/", data={
        "username": "lezer", "password": "test-wachtwoord-123"})
    assert response.headers["Location"] == "/"


def test_security_headers_on_every_response(client):
    headers = client.get("/inloggen").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_page_shows_dutch_404(client, auth):
    auth.login()
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert "Niet gevonden" in response.get_data(as_text=True)


def test_post_without_csrf_token_is_refused(csrf_app):
    client = csrf_app.test_client()
    response = client.post("/inloggen", data={"username": "lezer", "password": "test-wachtwoord-123"})
    assert response.status_code == 400
    assert "Ongeldig verzoek" in response.get_data(as_text=True)
