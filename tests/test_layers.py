"""The layers hold: kiosk/ imports neither Qt nor HTTP, sync/ no Qt, keyring only via kiosk/secrets.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# package -> top-level modules it must never import
FORBIDDEN = {
    "kiosk": {"PySide6", "shiboken6", "requests", "urllib3", "ui", "sync"},
    "sync": {"PySide6", "shiboken6", "ui"},
}
KEYRING_DOOR = ROOT / "kiosk" / "secrets.py"


def imported_modules(source: str) -> set[str]:
    """Top-level names of every module a source file imports (anywhere in it)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_its_layer(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path.read_text("utf-8")) & FORBIDDEN[package])
        for path in python_files(package)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_secrets_module_touches_keyring() -> None:
    users = [
        str(path.relative_to(ROOT))
        for package in ("kiosk", "sync", "ui")
        for path in python_files(package)
        if "keyring" in imported_modules(path.read_text("utf-8")) and path != KEYRING_DOOR
    ]
    assert users == []


def test_only_sync_imports_requests() -> None:
    users = [
        str(p.relative_to(ROOT)) for p in python_files("ui") if "requests" in imported_modules(p.read_text("utf-8"))
    ]
    assert users == []


def test_checker_catches_a_qt_import_in_the_core() -> None:
    # The guard itself must be able to fail: a core module importing PySide6 is found.
    planted = "import os\nfrom PySide6.QtWidgets import QWidget\n"
    assert imported_modules(planted) & FORBIDDEN["kiosk"] == {"PySide6"}
    lazy = "def f():\n    import PySide6.QtCore\n"
    assert "PySide6" in imported_modules(lazy)
