"""The README documents every command and setting, and CI runs its test command."""
import re
from pathlib import Path

from proposal_builder.cli import cli
from proposal_builder.config import ENV_PREFIX, SETTINGS

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()


def _commands(group, prefix=""):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}"


def test_readme_has_exactly_two_setup_commands():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"```sh\n(.+?)\n```", setup)) == 2


def test_ci_runs_the_readme_test_command():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    test_command = re.findall(r"```sh\n(.+?)\n```", setup)[1]
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text().splitlines()


def test_every_command_is_documented():
    missing = [c for c in _commands(cli) if f"proposal-builder {c}" not in README]
    assert missing == []


def test_every_setting_is_documented():
    missing = [name for name in SETTINGS if f"`{ENV_PREFIX}{name}`" not in README]
    assert missing == []
