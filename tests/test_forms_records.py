"""The knowledge-base forms, validated directly (Dutch messages, cross-field checks)."""
import io

import pytest
from werkzeug.datastructures import FileStorage, MultiDict

from proposal_builder.web import create_app
from proposal_builder.web.forms.records import (FilterForm, ImportForm, MethodForm, ProjectForm,
                                            ResultForm, parse_result_lines, result_lines)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app without accounts: forms need a request context, not a login."""
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret", "WTF_CSRF_ENABLED": False,
                       "DATABASE": str(tmp_path_factory.mktemp("forms") / "kb.sqlite")})


METHODS = [("M01", "M01 — Maatjesproject"), ("M02", "M02 — Buurtbemiddeling")]
PROJECTS = [("P01", "P01 — Samen in de Wijk")]
GOOD = {
    "project": {"ref": "P02", "title": "Samen sterk", "period": "2022-2024", "themes": "eenzaamheid, taal",
                "methods": ["M01"], "results": "deelnemers | 120 | personen | Mevrouw A. doet mee"},
    "method": {"ref": "M03", "title": "Maatjes", "evidence_level": "goed onderbouwd",
               "databank": "Movisie", "recognised_on": "2021-05-01"},
    "result": {"ref": "R01", "title": "Minder eenzaam", "project": "P01", "indicator": "minder eenzaam",
               "value": "68", "unit": "%", "story": "Meneer B. komt weer buiten.", "consent": "y"},
}
FORMS = {"project": ProjectForm, "method": MethodForm, "result": ResultForm}
CHOICES = {"project": METHODS, "method": [], "result": PROJECTS}


def _form(app, kind, changes=(), taken_refs=()):
    data = {**GOOD[kind], **dict(changes)}
    formdata = MultiDict([(k, v) for k, vs in data.items() for v in (vs if isinstance(vs, list) else [vs])
                          if v is not None])
    with app.test_request_context(method="POST"):
        form = FORMS[kind](formdata=formdata, taken_refs=taken_refs, link_choices=CHOICES[kind])
        form.validate()
    return form


@pytest.mark.parametrize("kind", ["project", "method", "result"])
def test_good_input_validates(app, kind):
    assert _form(app, kind).errors == {}


@pytest.mark.parametrize("kind, changes, field, message", [
    ("project", {"ref": ""}, "ref", "Vul een referentie in"),
    ("project", {"ref": "P 02"}, "ref", "zonder spaties"),
    ("project", {"ref": "import"}, "ref", "gereserveerd"),
    ("project", {"title": ""}, "title", "Vul een titel in"),
    ("project", {"title": "x" * 301}, "title", "maximaal 300 tekens"),
    ("project", {"period": "vorig jaar"}, "period", "jaartallen"),
    ("project", {"period": "2024-2021"}, "period", "beginjaar ligt na het eindjaar"),
    ("project", {"methods": ["M99"]}, "methods", "uit de lijst"),
    ("project", {"results": "deelnemers"}, "results", "Resultaatregel 1 is onvolledig"),
    ("project", {"results": "a | 1\n | 5 | %"}, "results", "Resultaatregel 2"),
    ("project", {"version": "abc"}, "version", "versienummer"),
    ("method", {"evidence_level": "super"}, "evidence_level", "erkenningsniveau uit de lijst"),
    ("method", {"databank": ""}, "databank", "Noem de databank"),
    ("method", {"recognised_on": "01-05-2021"}, "recognised_on", "JJJJ-MM-DD"),
    ("method", {"recognised_on": "2021-02-30"}, "recognised_on", "JJJJ-MM-DD"),
    ("method", {"recognised_on": "2999-01-01"}, "recognised_on", "in de toekomst"),
    ("method", {"evidence_level": "", "databank": ""}, "recognised_on", "kies eerst het niveau"),
    ("result", {"project": "P99"}, "project", "Kies een project uit de lijst"),
    ("result", {"indicator": ""}, "value", "vul de indicator in"),
    ("result", {"value": "veel"}, "value", "een getal"),
    ("result", {"story": "x" * 5001}, "story", "maximaal 5000 tekens"),
])
def test_bad_input_gives_dutch_message(app, kind, changes, field, message):
    form = _form(app, kind, changes)
    assert field in form.errors
    assert any(message in error for error in form.errors[field]), form.errors[field]


def test_ref_already_taken_is_refused(app):
    form = _form(app, "method", taken_refs={"M03"})
    assert "al in gebruik" in form.errors["ref"][0]


def test_project_form_turns_input_into_record(app):
    record = _form(app, "project").to_record()
    assert record["type"] == "project"
    assert record["themes"] == ["eenzaamheid", "taal"]
    assert record["methods"] == ["M01"]
    assert record["results"] == [{"indicator": "deelnemers", "value": "120", "unit": "personen",
                                  "story": "Mevrouw A. doet mee"}]


def test_result_form_reads_flags(app):
    record = _form(app, "result", {"pseudonymised": None}).to_record()
    assert record["consent"] is True and record["pseudonymised"] is False
    assert record["value"] == "68"


def test_record_data_round_trips_through_the_form(app):
    stored = {"ref": "P02", "title": "Samen sterk", "themes": ["a", "b"], "partners": ["Bieb"],
              "methods": ["M01"], "version": 3,
              "results": [{"indicator": "x", "value": "3,5", "unit": "", "story": ""},
                          {"indicator": "y", "value": "1", "unit": "%", "story": "kort | verhaal"}]}
    data = ProjectForm.record_data(stored)
    assert data["version"] == "3" and data["themes"] == "a, b"
    assert parse_result_lines(result_lines(stored["results"])) == stored["results"]


def test_knowledge_base_errors_land_at_their_field(app):
    form = _form(app, "project")
    form.add_errors({"methods": "Onbekende methodiek: M01.", "something": "Anders."})
    assert form.methods.errors == ["Onbekende methodiek: M01."]
    assert form.title.errors == ["Anders."]


def _import_form(app, content):
    files = MultiDict()
    if content is not None:
        files["file"] = FileStorage(io.BytesIO(content), filename="kb.json")
    with app.test_request_context(method="POST", data=files, content_type="multipart/form-data"):
        form = ImportForm()
        form.validate()
    return form


def test_import_form_needs_a_file(app):
    assert "Kies een JSON-bestand" in _import_form(app, None).errors["file"][0]
    assert _import_form(app, b"[]").errors == {}


FACETS = {"themes": ["eenzaamheid", "taal"], "municipalities": ["Zaanstad"], "years": [2021, 2022]}


@pytest.mark.parametrize("args, expected", [
    ({}, {}),
    ({"q": " maatjes ", "type": "project"}, {"q": "maatjes", "type": "project"}),
    ({"theme": "taal", "municipality": "Zaanstad", "year": "2022"},
     {"theme": "taal", "municipality": "Zaanstad", "year": 2022}),
    ({"type": "boek", "q": "x"}, {"q": "x"}),
    ({"theme": "onbekend", "year": "1800"}, {}),
])
def test_filter_form_gives_valid_filters_only(app, args, expected):
    with app.test_request_context():
        form = FilterForm(MultiDict(args), facets=FACETS)
        form.validate()
        assert form.filters() == expected


def test_filter_form_rejects_overlong_query(app):
    with app.test_request_context():
        form = FilterForm(MultiDict({"q": "x" * 201}), facets=FACETS)
        assert not form.validate()
        assert "200 tekens" in form.errors["q"][0]
        assert "q" not in form.filters()
