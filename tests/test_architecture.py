"""The rooms keep their promises: the libraries load no web framework, and arrows point one way."""
import subprocess
import sys

import pytest

LIBRARIES = ["knowledge_base", "proposal_builder.tender", "proposal_builder.matching",
             "proposal_builder.drafting", "proposal_builder.pipeline", "proposal_builder.cli",
             "proposal_builder.record_proposals"]


def _modules_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


@pytest.mark.parametrize("module", LIBRARIES)
def test_library_imports_no_flask(module):
    loaded = _modules_after_import(module)
    assert not {name for name in loaded if name.split(".")[0] in ("flask", "flask_wtf", "flask_login", "wtforms")}


@pytest.mark.parametrize("room, forbidden", [
    ("knowledge_base", "proposal_builder"),
    ("proposal_builder.tender", "proposal_builder.matching"),
    ("proposal_builder.tender", "proposal_builder.drafting"),
    ("proposal_builder.matching", "proposal_builder.drafting"),
    ("proposal_builder.drafting", "proposal_builder.pipeline"),
    ("proposal_builder.pipeline", "proposal_builder.web"),
    ("proposal_builder.record_proposals", "proposal_builder.matching"),
    ("proposal_builder.record_proposals", "proposal_builder.drafting"),
    ("proposal_builder.record_proposals", "proposal_builder.web"),
])
def test_rooms_do_not_reach_back_up_the_flow(room, forbidden):
    loaded = _modules_after_import(room)
    assert not {name for name in loaded if name == forbidden or name.startswith(forbidden + ".")}
