"""Tests act through the project's public seams: no test imports or reaches a private name of kiosk/, sync/ or ui/.

A test that reaches ``engine._open`` breaks the day the engine is reshaped, and says nothing
about what a caller can rely on. The check reads every file under tests/ (AST, nothing runs):

- ``from kiosk.x import _name`` or ``import kiosk._x``: a private name of the project imported;
- ``thing._name`` where ``_name`` (not a dunder) is defined in kiosk/, sync/ or ui/ (a function,
  a class, a method or an attribute set there) and not by the tests themselves: a private part of
  a project object reached. ``self._name`` and ``cls._name`` are a test helper's own state;
- ``getattr(thing, "_name")``, ``setattr(...)``, ``monkeypatch.setattr(thing, "_name", ...)`` and
  a dotted string such as ``"sync.client.engine._open"``: the same reach, spelled as text.

Pragmatic, not airtight: a name the tests define as well (a helper class's ``_run``) is theirs.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ("kiosk", "sync", "ui")
TESTS = ROOT / "tests"
PRIVATE_PATH = re.compile(r"^(?:kiosk|sync|ui)(?:\.\w+)*\._[A-Za-z0-9]\w*$")
REACHING_CALLS = {"getattr", "setattr", "hasattr", "delattr"}
# Known reaches left for another change (each with why); the list may only shrink.
KNOWN: set[str] = set()


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def names_defined(files: list[Path]) -> set[str]:
    """Every private name the files define: functions, classes, methods, assigned names and attributes."""
    defined: set[str] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                defined.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                defined.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                defined.add(node.id)
    return {name for name in defined if is_private(name)}


def project_files() -> list[Path]:
    return sorted(path for package in PROJECT for path in (ROOT / package).rglob("*.py"))


def files_of_tests() -> list[Path]:
    return sorted(TESTS.rglob("*.py"))


def reaches(source: str, private_to_project: set[str]) -> Iterator[tuple[int, str]]:
    """(line, what) for each private name of the project the source imports or reaches."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in PROJECT:
                if any(is_private(part) for part in node.module.split(".")):
                    yield node.lineno, f"import {node.module}"
                yield from ((node.lineno, f"import {node.module}.{alias.name}")
                            for alias in node.names if is_private(alias.name))
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, f"import {alias.name}") for alias in node.names
                        if alias.name.split(".")[0] in PROJECT and any(map(is_private, alias.name.split("."))))
        elif isinstance(node, ast.Attribute) and node.attr in private_to_project:
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                yield node.lineno, f".{node.attr}"
        elif isinstance(node, ast.Call) and len(node.args) >= 2:
            func = node.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            name = node.args[1]
            if (called in REACHING_CALLS and isinstance(name, ast.Constant) and isinstance(name.value, str)
                    and name.value in private_to_project):
                yield node.lineno, f'{called}(…, "{name.value}")'
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and PRIVATE_PATH.match(node.value):
            yield node.lineno, f'"{node.value}"'


def test_no_test_imports_or_reaches_a_private_name_of_the_project() -> None:
    tests = files_of_tests()
    private_to_project = names_defined(project_files()) - names_defined(tests)
    found = {f"{path.relative_to(ROOT)}: {what}": line
             for path in tests if path != Path(__file__).resolve()
             for line, what in reaches(path.read_text("utf-8"), private_to_project)}
    assert sorted(f"{reach} (line {line})" for reach, line in found.items() if reach not in KNOWN) == []
    assert sorted(KNOWN - set(found)) == [], "this reach is gone: take it off KNOWN"


def test_the_check_finds_each_kind_of_reach() -> None:
    planted = (
        "from sync.client.engine import SyncEngine, _iso\n"
        "import ui._hidden\n"
        "engine._open(rows)\n"
        "self._open(rows)\n"
        "getattr(writer, '_jobs')\n"
        "monkeypatch.setattr('sync.client.engine._open', None)\n"
        "x.__class__\n"
    )
    found = sorted(what for _, what in reaches(planted, {"_open", "_jobs", "_iso"}))
    assert found == sorted(["import sync.client.engine._iso", "import ui._hidden", "._open", 'getattr(…, "_jobs")',
                            '"sync.client.engine._open"'])
