"""`pip install .` gives a working app, command line and draft, from any folder, without the checkout."""
from __future__ import annotations

import os
import shutil
import site
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
TENDER = """Uitvraag Sociale Basis Rijnstede 2027

## Doelen
1. Minder inwoners voelen zich eenzaam.
2. Mantelzorgers voelen zich gesteund en ontlast.

## Procedure
Het plan telt maximaal 6 pagina's.
"""


def test_packages_list_every_package_folder():
    listed = set(tomllib.loads((CHECKOUT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(path.parent.relative_to(CHECKOUT).parts)
             for root in ("knowledge_base", "proposal_builder") for path in (CHECKOUT / root).rglob("__init__.py")}
    assert found <= listed and listed - found == {"proposal_builder.templates"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel built from a copy of the checkout; its dependencies come from this Python."""
    work = tmp_path_factory.mktemp("wheel")
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=CHECKOUT,
                           capture_output=True, text=True, check=True).stdout.split("\n")
    source = work / "source"
    for name in filter(None, files):
        if (CHECKOUT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(CHECKOUT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(work / "dist"), str(source)], check=True)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # The dependencies are this Python's; a plain path entry runs none of its .pth files, so the
    # checkout's own editable install stays out of the new venv.
    venv_site = next((venv / "lib").glob("python*/site-packages"))
    (venv_site / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    wheel = next((work / "dist").glob("proposal_builder-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                    "--no-deps", str(wheel)], check=True)
    return venv


def _env(folder: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PROPOSAL_BUILDER_")}
    return {**env, "PROPOSAL_BUILDER_DB": str(folder / "kb.sqlite")}


def test_the_installed_package_is_not_the_checkout(installed, tmp_path):
    code = "import proposal_builder, proposal_builder.config as c; print(proposal_builder.__file__); print(c.templates_dir())"
    out = subprocess.run([str(installed / "bin" / "python"), "-c", code], cwd=tmp_path, env=_env(tmp_path),
                         capture_output=True, text=True, check=True).stdout.split("\n")
    assert str(installed) in out[0] and str(CHECKOUT) not in out[0]
    assert out[1].startswith(str(installed)) and (Path(out[1]) / "docx" / "huisstijl.docx").is_file()


def test_installed_command_drafts_a_tender_from_another_folder(installed, tmp_path):
    (tmp_path / "uitvraag.txt").write_text(TENDER, encoding="utf-8")
    result = subprocess.run([str(installed / "bin" / "proposal-builder"), "draft", "uitvraag.txt", "--out",
                             "voorstel.docx"], cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Concept geschreven naar voorstel.docx" in result.stdout
    assert (tmp_path / "voorstel.docx").read_bytes()[:2] == b"PK"


def test_installed_app_serves_the_login_page(installed, tmp_path):
    port = _free_port()
    server = subprocess.Popen([str(installed / "bin" / "proposal-builder"), "run", "--port", str(port)],
                              cwd=tmp_path, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/inloggen", timeout=5) as response:
                    page = response.read().decode()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stdout.read().decode()
                time.sleep(0.5)
        assert response.status == 200 and "Inloggen" in page and "/static/style.css" in page
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/style.css", timeout=5) as css:
            assert css.status == 200
    finally:
        server.terminate()
        server.wait(timeout=20)
        server.stdout.close()
