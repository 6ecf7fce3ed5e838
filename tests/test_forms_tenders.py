"""The tender forms, validated directly: intake, facts and the goal list (Dutch messages)."""
import io

import pytest
from werkzeug.datastructures import FileStorage, MultiDict

from proposal_builder.web import create_app
from proposal_builder.web.forms.tender_facts import FactsForm
from proposal_builder.web.forms.tenders import PASTE_LIMIT, GoalListForm, IntakeForm


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app without accounts: forms need a request context, not a login."""
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret", "WTF_CSRF_ENABLED": False,
                       "DATABASE": str(tmp_path_factory.mktemp("forms") / "kb.sqlite")})


def _validate(app, form_class, data: dict, files: dict | None = None):
    formdata = MultiDict([(k, v) for k, v in data.items() if v is not None])
    for name, storage in (files or {}).items():
        formdata.add(name, storage)
    with app.test_request_context(method="POST"):
        form = form_class(formdata=formdata)
        form.validate()
    return form


def _upload(name="uitvraag.docx", content=b"tekst"):
    return FileStorage(io.BytesIO(content), filename=name)


GOAL = {"goals-0-text": "Minder inwoners voelen zich eenzaam", "goals-0-kind": "effect",
        "goals-0-section": "2 Doelen", "goals-0-indicator": "", "goals-0-target": "",
        "goals-0-block": "4", "goals-0-evidence": "P01,R02", "goals-0-own_text": "Eigen tekst",
        "goals-1-text": "Mantelzorgers zijn ontlast", "goals-1-kind": "output", "goals-1-block": "",
        "version": "3", "action": "save"}


@pytest.mark.parametrize("data, files", [
    ({"text": "Doelen\n- Minder inwoners voelen zich eenzaam."}, None),
    ({"title": "Welzijn 2027", "municipality": "Zaanstad", "text": ""}, {"file": _upload()}),
])
def test_intake_takes_a_file_or_pasted_text(app, data, files):
    assert _validate(app, IntakeForm, data, files).errors == {}


@pytest.mark.parametrize("data, files, field, message", [
    ({"text": "  "}, None, "text", "Kies een bestand of plak de tekst"),
    ({"text": "Doelen"}, {"file": _upload()}, "text", "niet allebei"),
    ({"text": "x", "title": "t" * 201}, None, "title", "De titel is te lang (maximaal 200 tekens)"),
    ({"text": "x", "municipality": "g" * 101}, None, "municipality", "De gemeente is te lang"),
    ({"text": "x" * (PASTE_LIMIT + 1)}, None, "text", "De geplakte tekst is te lang"),
    ({"text": ""}, {"file": _upload(name="")}, "text", "Kies een bestand of plak de tekst"),
])
def test_intake_refuses_bad_input_in_dutch(app, data, files, field, message):
    errors = _validate(app, IntakeForm, data, files).errors
    assert message in " ".join(errors[field])


def test_facts_form_gives_numbers_or_none(app):
    form = _validate(app, FactsForm, {"facts-title": " Welzijn ", "facts-route": "subsidie",
                                      "facts-page_limit": "12", "facts-word_limit": "", "facts-version": "2"})
    assert form.errors == {}
    facts = form.facts()
    assert {key: facts[key] for key in ("title", "municipality", "route", "page_limit", "word_limit")} == {
        "title": "Welzijn", "municipality": "", "route": "subsidie", "page_limit": 12, "word_limit": None}
    assert (facts["criteria"], facts["requirements"], facts["budget_parts"], facts["deadline"]) == ([], [], [], "")


def test_facts_form_reads_rows_and_drops_removed_and_empty_ones(app):
    form = _validate(app, FactsForm, {
        "facts-title": "W", "facts-route": "", "facts-municipality": "Kempenhorst, Ellestein en Gansveld",
        "facts-deadline": "15 maart 2027 12.00 uur", "facts-budget": "€ 1.800.000", "facts-budget_per_year": "nee",
        "facts-excluding_appendices": "ja",
        "facts-criteria-0-name": "K1 Aanpak", "facts-criteria-0-weight": "40%", "facts-criteria-0-goals": "1, 2 en 3",
        "facts-criteria-0-kind": "quality", "facts-criteria-0-page_limit": "4", "facts-criteria-0-position": "7",
        "facts-criteria-1-name": "Weg", "facts-criteria-1-remove": "y", "facts-criteria-2-name": "",
        "facts-requirements-0-text": "Een VOG", "facts-requirements-0-kind": "wish",
        "facts-budget_parts-0-name": "Perceel 1", "facts-budget_parts-0-amount": "€ 600.000"})
    assert form.errors == {}
    facts = form.facts()
    assert facts["municipalities"] == ["Kempenhorst", "Ellestein", "Gansveld"]
    assert (facts["deadline"], facts["budget"], facts["budget_per_year"]) == ("2027-03-15T12:00", "€ 1.800.000", False)
    assert facts["excluding_appendices"] is True
    assert facts["criteria"] == [{"name": "K1 Aanpak", "weight": "40%", "page_limit": 4, "goals": [1, 2, 3],
                                  "kind": "quality", "position": 7}]
    assert facts["requirements"] == [{"text": "Een VOG", "kind": "wish", "block": None, "proof": ""}]
    assert facts["budget_parts"] == [{"name": "Perceel 1", "amount": 600000}]


@pytest.mark.parametrize("changes, field, message", [
    ({"facts-title": " "}, "title", "Geef de aanbesteding een titel"),
    ({"facts-page_limit": "tien"}, "page_limit", "heel getal van 1 tot 500"),
    ({"facts-page_limit": "0"}, "page_limit", "heel getal van 1 tot 500"),
    ({"facts-word_limit": "200000"}, "word_limit", "van 1 tot 100.000"),
    ({"facts-route": "veiling"}, "route", "Kies een route uit de lijst"),
    ({"facts-deadline": "binnenkort"}, "deadline", "Vul een datum in"),
    ({"facts-budget": "veel geld"}, "budget", "Vul het budget in euro's in"),
    ({"facts-version": "x"}, "version", "Ongeldig versienummer"),
])
def test_facts_form_refuses_bad_input_in_dutch(app, changes, field, message):
    data = {"facts-title": "Welzijn", "facts-route": "", **changes}
    assert message in " ".join(_validate(app, FactsForm, data).errors[field])


def test_goal_list_form_reads_every_goal_with_its_choices(app):
    form = _validate(app, GoalListForm, GOAL)
    assert form.errors == {}
    assert form.expected_version() == 3 and form.verb() == ("save", None)
    first, second = form.goal_list()
    assert first.block == 4 and first.evidence == ["P01", "R02"] and first.own_text == "Eigen tekst"
    assert second.block is None and second.kind == "output" and second.evidence == []


@pytest.mark.parametrize("action, verb", [("merge:0", ("merge", 0)), ("down:1", ("down", 1)),
                                          ("block:17", ("block", 17)), ("", ("save", None))])
def test_goal_list_form_reads_the_pressed_button(app, action, verb):
    form = _validate(app, GoalListForm, {**GOAL, "action": action})
    assert form.errors == {} and form.verb() == verb


@pytest.mark.parametrize("changes, field, message", [
    ({"action": "explode:1"}, "action", "Onbekende handeling"),
    ({"action": "merge"}, "action", "Onbekende handeling"),
    ({"action": "save:1"}, "action", "Onbekende handeling"),
    ({"action": "delete:5"}, "action", "bestaat niet"),
    ({"goals-1-text": " "}, "goals", "zonder tekst"),
    ({"goals-0-text": "x" * 1001}, "goals", "De tekst van het doel is te lang"),
    ({"goals-0-kind": "wens"}, "goals", "Kies Effect of Prestatie"),
    ({"goals-0-target": "x" * 201}, "goals", "De streefwaarde is te lang"),
    ({"action": "add", "new_text": " "}, "new_text", "Vul de tekst van het nieuwe doel in"),
    ({"version": "drie"}, "version", "Ongeldig versienummer"),
])
def test_goal_list_form_refuses_bad_input_in_dutch(app, changes, field, message):
    errors = _validate(app, GoalListForm, {**GOAL, **changes}).errors
    assert message in str(errors[field])


def test_an_empty_goal_may_be_deleted(app):
    form = _validate(app, GoalListForm, {**GOAL, "goals-1-text": "", "action": "delete:1"})
    assert form.errors == {}


def test_from_tender_shows_the_goals_at_the_tender_version(app):
    tender = {"version": 7, "goals": [{"text": "A", "kind": "effect", "source": 0, "evidence": ["P01", "M02"]}]}
    with app.test_request_context():
        form = GoalListForm.from_tender(tender)
        assert form.version.data == "7" and form.goals[0].evidence.data == "P01,M02"
        assert form.goal_list()[0].block == 0
