"""The PyInstaller spec collects what the frozen app needs at run time.

The spec is executed here for real (its helpers, PyInstaller's hook utilities and the
translation compiler all run) with PyInstaller's build steps replaced by recorders, so the
test sees exactly the data files, hidden imports and exclusions a build would get, in
seconds. The actual build and the frozen self-test run in packaging/ci-bundle-test.sh.
"""

from __future__ import annotations

import ast
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PyInstaller", reason="the 'package' extra is not installed")

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "petition-kiosk.spec"


class Recorder:
    """Stands in for one of PyInstaller's build steps and keeps what it was given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("pyinstaller-work")
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent), "workpath": str(work), "DISTPATH": str(work / "dist"),
        "Analysis": Recorder, "PYZ": Recorder, "EXE": Recorder, "COLLECT": Recorder, "BUNDLE": Recorder,
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # as PyInstaller runs it
    namespace["work"] = work
    return namespace


def _data_targets(built: dict[str, Any]) -> set[str]:
    """Every bundled data file as ``<destination dir>/<file name>`` (forward slashes)."""
    return {f"{Path(dest).as_posix()}/{Path(src).name}" for src, dest in built["a"].kwargs["datas"]}


def test_migrations_ship_as_files_alembic_can_load(built: dict[str, Any]) -> None:
    targets = _data_targets(built)
    revisions = sorted(p.name for p in (REPO / "kiosk" / "migrations" / "versions").glob("*.py"))
    assert "0001_initial.py" in revisions
    for name in revisions:
        assert f"kiosk/migrations/versions/{name}" in targets
    assert {"kiosk/migrations/env.py", "kiosk/migrations/script.py.mako"} <= targets


def test_resources_ship_with_compiled_translations_not_sources(built: dict[str, Any]) -> None:
    targets = _data_targets(built)
    assert "resources/campaigns/end-s-comm.toml" in targets
    assert "resources/styles/kiosk.qss" in targets
    assert "resources/fonts/DejaVuSans.ttf" in targets
    for ts in (REPO / "resources" / "translations").glob("*.ts"):
        assert f"resources/translations/{ts.stem}.qm" in targets
        assert f"resources/translations/{ts.name}" not in targets
    spanish = built["work"] / "translations" / "kiosk_es.qm"
    assert spanish.stat().st_size > 1000  # lrelease really compiled the Spanish UI


def test_keyring_backends_and_metadata_are_bundled(built: dict[str, Any]) -> None:
    datas = built["a"].kwargs["datas"]
    # (an editable install's metadata is an .egg-info, an installed one a .dist-info)
    metadata_dirs = {Path(dest).as_posix() for _src, dest in datas if dest.endswith(("dist-info", "egg-info"))}
    assert any(d.startswith("keyring-") for d in metadata_dirs), "no keyring metadata: no backend at run time"
    assert any(d.startswith("petition_kiosk") for d in metadata_dirs), "--version would say 0.0.0+source"
    hidden = set(built["a"].kwargs["hiddenimports"])
    assert {"keyring.backends.SecretService", "keyring.backends.fail", "keyring.backends.chainer"} <= hidden


def test_the_pinyin_dictionaries_and_surnames_ship(built: dict[str, Any]) -> None:
    """pypinyin reads its readings from JSON files beside its modules: without them the Chinese
    keyboard's candidate bar would have nothing to offer in the frozen kiosk."""
    targets = _data_targets(built)
    assert {"pypinyin/pinyin_dict.json", "pypinyin/phrases_dict.json"} <= targets
    assert "resources/pinyin/surnames_zh.txt" in targets


def test_lazily_loaded_commands_are_hidden_imports(built: dict[str, Any]) -> None:
    hidden = set(built["a"].kwargs["hiddenimports"])
    source = (REPO / "ui" / "cli" / "main.py").read_text(encoding="utf-8")
    lazy = set(re.findall(r'"((?:ui|sync)\.[\w.]+):\w+"', source))
    assert lazy, "ui/cli/main.py no longer names its lazy handlers the way this test reads them"
    present = {name for name in lazy if (REPO / Path(*name.split("."))).with_suffix(".py").exists()}
    assert present <= hidden
    assert "resources" in hidden


def test_only_the_qt_modules_the_ui_imports_are_kept(built: dict[str, Any]) -> None:
    excluded = set(built["a"].kwargs["excludes"])
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql"} <= excluded
    # QtNetwork is used now (ui/sync_bridge.py follows the network's reachability): kept.
    assert "PySide6.QtNetwork" not in excluded
    used = set()
    for source in (REPO / "ui").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not {f"PySide6.{m}" for m in used} & excluded
    assert "phonenumbers.geodata" in excluded  # 40 MB of tables nothing looks up


def test_version_comes_from_the_package_and_debug_from_the_environment(built: dict[str, Any],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert built["VERSION"] == version("petition-kiosk")
    assert built["exe"].kwargs["name"] == "petition-kiosk"
    assert built["coll"].kwargs["name"] == "petition-kiosk"
    assert built["DEBUG"] is False and built["exe"].kwargs["debug"] is False
    source = SPEC.read_text(encoding="utf-8")
    assert 'os.environ.get("PETITION_KIOSK_DEBUG_BUILD"' in source


def test_windows_builds_carry_the_version_in_their_resource(built: dict[str, Any]) -> None:
    pytest.importorskip("pefile", reason="PyInstaller's version resource needs pefile (installed on Windows)")
    windows_version = Path(built["windows_version_file"]()).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{version('petition-kiosk')}')" in windows_version


def test_every_executable_scrubs_freed_python_memory(built: dict[str, Any]) -> None:
    """A frozen interpreter ignores PYTHONMALLOC: each executable runs in development mode, whose
    debug allocator overwrites freed blocks (tests/ui/test_nothing_left_in_memory.py runs a kiosk so)."""
    for exe in built["executables"]:
        assert ("X dev", None, "OPTION") in exe.args[2], exe.kwargs["name"]


def test_the_spec_assumes_no_platform_paths() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    strings = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    for value in strings:
        assert not re.match(r"^(/usr|/opt|/home|/tmp|/etc|[A-Za-z]:\\)", value), value
        # A path spelled with separators (rather than joined with pathlib) is one platform's path.
        assert "/" not in value or " " in value, value
