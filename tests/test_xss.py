"""Script payloads stored in every text field of every record type are shown escaped on every page.

The pages are read from the app's URL map, so pages added later (search, tenders) are covered too.
"""
import pytest

from knowledge_base import open_db, save_record

from .routes import routes, urls

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
PAYLOAD = f"{SCRIPT} {ATTRIBUTE}"
RAW_MARKERS = [SCRIPT, "<img src=x onerror"]
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
REFS = ("XM1", "XP1", "XR1")
COMMON = {"title": PAYLOAD, "summary": PAYLOAD, "target_group": PAYLOAD, "municipality": PAYLOAD,
          "period": f"2023 {PAYLOAD}", "themes": [PAYLOAD], "extra": {"notitie": PAYLOAD}}
RECORDS = [
    {"ref": "XM1", "type": "method", **COMMON, "databank": PAYLOAD},
    {"ref": "XP1", "type": "project", **COMMON, "partners": [PAYLOAD], "methods": ["XM1"],
     "results": [{"indicator": PAYLOAD, "value": PAYLOAD, "unit": PAYLOAD, "story": PAYLOAD}]},
    {"ref": "XR1", "type": "result", **COMMON, "project": "XP1", "indicator": PAYLOAD,
     "value": PAYLOAD, "unit": PAYLOAD, "story": PAYLOAD, "consent": True},
]


@pytest.fixture
def hostile_app(app):
    """The app with one record of each type carrying the payloads in every text field."""
    db = open_db(app.config["DATABASE"])
    for record in RECORDS:
        save_record(db, record, user=PAYLOAD)
    db.conn.close()
    return app


def _html_pages(app, client):
    """(url, body) of every GET page that answers with HTML, for each payload record and query."""
    for route in routes(app):
        if route.method != "GET" or route.endpoint == "admin.backup":
            continue
        for url in urls(app, route, strings=REFS):
            for query in ({}, {"q": PAYLOAD, "theme": PAYLOAD, "municipality": PAYLOAD}):
                response = client.get(url, query_string=query)
                if response.mimetype == "text/html":
                    yield url + ("?q=…" if query else ""), response.get_data(as_text=True)


def test_payloads_in_records_are_escaped_on_every_page(hostile_app, auth):
    auth.login("beheerder")
    shown_escaped, raw = [], []
    for url, body in _html_pages(hostile_app, auth.client):
        raw += [f"{url}: {marker}" for marker in RAW_MARKERS if marker in body]
        if ESCAPED in body:
            shown_escaped.append(url)
    assert raw == []
    for ref in REFS:
        assert any(ref in url for url in shown_escaped), f"no page showed record {ref}"


def test_search_results_for_the_payload_show_it_escaped(hostile_app, auth):
    auth.login("beheerder")
    searchable = [r for r in routes(hostile_app) if r.method == "GET" and not r.arguments
                  and r.endpoint in {"records.index", "search.index", "search.search"}]
    assert searchable, "no search page found"
    for route in searchable:
        response = auth.client.get(urls(hostile_app, route)[0], query_string={"q": PAYLOAD})
        body = response.get_data(as_text=True)
        assert ESCAPED in body and not [m for m in RAW_MARKERS if m in body], route
