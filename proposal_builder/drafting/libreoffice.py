"""Render a .docx to PDF with LibreOffice (headless), to count the pages Word would show."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..priority import in_background

TIMEOUT_SECONDS = 120


class RenderError(RuntimeError):
    """LibreOffice could not render the document."""


def find_soffice() -> str | None:
    """The path of LibreOffice's `soffice`, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_bytes: bytes, soffice: str | None = None, workdir: str | Path | None = None) -> bytes:
    """The PDF LibreOffice makes of the document; raises RenderError when that fails.

    Everything the render writes (the document, a LibreOffice profile, LibreOffice's own temporary
    files) goes into one folder inside `workdir` (default: the system's temporary folder), removed
    afterwards: a draft may hold client stories.
    """
    soffice = soffice or find_soffice()
    if not soffice:
        raise RenderError("LibreOffice is niet geïnstalleerd.")
    with tempfile.TemporaryDirectory(prefix="pb-render-", dir=workdir) as tmp:
        folder = Path(tmp)
        (folder / "concept.docx").write_bytes(docx_bytes)
        # A private profile per run, so parallel runs and an open LibreOffice do not collide.
        command = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                   "--norestore", "--convert-to", "pdf", "--outdir", str(folder),
                   str(folder / "concept.docx")]
        environment = {**os.environ, **dict.fromkeys(("TMPDIR", "TMP", "TEMP"), tmp)}
        try:  # below the pages' priority: the render is background work
            in_background(lambda: subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS,
                                                 check=False, env=environment))
        except (OSError, subprocess.TimeoutExpired) as error:
            raise RenderError(f"LibreOffice kon het concept niet omzetten: {error}") from error
        pdf = folder / "concept.pdf"
        if not pdf.exists():
            raise RenderError("LibreOffice kon het concept niet omzetten naar PDF.")
        return pdf.read_bytes()
