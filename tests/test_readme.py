"""The README's first two commands stay true: CI runs the test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_blocks() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    return [block.strip() for block in blocks]


def readme_commands() -> list[str]:
    return readme_blocks()[:2]


def test_readme_opens_with_start_and_test_commands() -> None:
    start, test = readme_commands()
    assert start.startswith("python3 -m venv .venv") and "petition-kiosk" in start
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    _, test = readme_commands()
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()]
    assert test in ci_lines


def test_console_script_points_at_the_cli() -> None:
    assert 'petition-kiosk = "ui.cli:main"' in (ROOT / "pyproject.toml").read_text("utf-8")


def test_readme_third_command_starts_a_hub_on_its_embedded_default() -> None:
    hub = readme_blocks()[2]
    assert hub.startswith("python3 -m venv .venv") and '.[hub]' in hub
    assert hub.endswith("petition-kiosk hub serve")  # no --database: the embedded SQLite default
    assert "hub = [" in (ROOT / "pyproject.toml").read_text("utf-8")
