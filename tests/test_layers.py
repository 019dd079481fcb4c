"""The layers hold: kiosk/ imports neither Qt nor HTTP, sync/ no Qt and its parts apart, keyring via kiosk/secrets."""

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


def cli_imports(path: Path, package_modules: set[str]) -> set[str]:
    """The ``ui.cli`` modules a file imports, lazily too (what ``if TYPE_CHECKING:`` names is not imported)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    return found & package_modules


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (module -> modules it imports), or [] when there is none."""
    done: set[str] = set()

    def walk(module: str, path: list[str]) -> list[str]:
        if module in path:
            return [*path[path.index(module):], module]
        if module in done:
            return []
        for target in sorted(graph.get(module, ())):
            cycle = walk(target, [*path, module])
            if cycle:
                return cycle
        done.add(module)
        return []

    for module in sorted(graph):
        cycle = walk(module, [])
        if cycle:
            return cycle
    return []


def test_the_command_line_modules_import_each_other_in_one_direction() -> None:
    # ui/cli.py and ui/hub_command.py once imported each other; the package keeps an order.
    files = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
             for p in python_files("ui/cli")}
    assert {"ui.cli", "ui.cli.main", "ui.cli.hub", "ui.cli.exit_codes"} <= set(files)
    graph = {name: cli_imports(path, set(files)) - {name} for name, path in files.items()}
    assert find_cycle(graph) == []
    assert find_cycle({"ui.cli.main": {"ui.cli.hub"}, "ui.cli.hub": {"ui.cli.main"}}) != []  # the guard can fail


# sync/'s parts: the client, the hub and what they share. The shared parts serve both ends, so
# they reach into neither; the client never needs the server. (A relay hub pairs with its
# campaign hub as a kiosk does, so sync.hub may use sync.client.pairing.)
SYNC_PARTS = {"client", "hub", "protocol", "upstream"}
SYNC_PART_MUST_NOT_IMPORT = {
    "protocol": {"sync.client", "sync.hub", "sync.upstream"},
    "upstream": {"sync.client", "sync.hub"},
    "client": {"sync.hub"},
}


def loose_modules(package_dir: Path) -> list[str]:
    """The .py files directly in ``package_dir`` other than its ``__init__.py``."""
    return sorted(path.name for path in package_dir.glob("*.py") if path.name != "__init__.py")


def test_sync_holds_only_its_parts() -> None:
    # A module dropped loose at the top of sync/ hides whose it is: the client's, the hub's or shared.
    assert loose_modules(ROOT / "sync") == []
    packages = {path.name for path in (ROOT / "sync").iterdir() if (path / "__init__.py").is_file()}
    assert packages == SYNC_PARTS


def test_loose_module_check_can_fail(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "engine.py").write_text("")
    assert loose_modules(tmp_path) == ["engine.py"]


def dotted_imports(source: str) -> set[str]:
    """Full dotted names of every module a source file imports (anywhere in it)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("part", sorted(SYNC_PART_MUST_NOT_IMPORT))
def test_sync_parts_import_in_one_direction(part: str) -> None:
    banned = SYNC_PART_MUST_NOT_IMPORT[part]
    offenders = {
        str(path.relative_to(ROOT)): sorted(name for name in dotted_imports(path.read_text("utf-8"))
                                            if any(name == b or name.startswith(b + ".") for b in banned))
        for path in python_files(f"sync/{part}")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
