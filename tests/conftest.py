"""Shared test setup: every test gets its own data dir, config dir and test keyring.

Qt runs offscreen. Tests under tests/ui are marked ``gui`` and tests under tests/bench
``bench`` automatically, so ``pytest -m "not gui"`` runs the core anywhere; benchmarks run
only when ``-m`` names ``bench``, whatever else ``-m`` says.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from kiosk.runtime import KioskContext, open_kiosk
from tests.support import choose_coordinator_pin

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if TESTS_DIR / "ui" in path.parents:
            item.add_marker(pytest.mark.gui)
        if TESTS_DIR / "bench" in path.parents:
            item.add_marker(pytest.mark.bench)
    deselect_benchmarks_unless_asked(config, items)


def deselect_benchmarks_unless_asked(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Benchmarks run only when ``-m`` names ``bench`` (``-m bench``, ``-m "bench and not gui"``).

    A ``-m`` on the command line replaces the one in ``addopts``, so ``pytest -m "not gui"``
    (the no-Qt lane) used to run every benchmark too.
    """
    if "bench" in (config.getoption("markexpr", "") or ""):
        return
    kept = [item for item in items if item.get_closest_marker("bench") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item.get_closest_marker("bench")])
        items[:] = kept


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A private data dir, config dir and file-backed test keyring for each test.

    The same variables reach child processes, so a subprocess under test sees the same
    keyring and data dir as the test itself.
    """
    home = tmp_path / "home"
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "PETITION_KIOSK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in ("PETITION_KIOSK_SYNC_TOKEN", "PETITION_KIOSK_KEY_STORE", "PETITION_KIOSK_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())  # re-reads XDG_DATA_HOME
    yield env
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The test's data dir (the same one PETITION_KIOSK_DATA_DIR points at)."""
    path = tmp_path / "data"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def kiosk(data_dir: Path) -> Iterator[KioskContext]:
    """An opened kiosk on the demo campaign in the test's data dir, its coordinator PIN chosen."""
    ctx = open_kiosk(data_dir)
    choose_coordinator_pin(ctx)
    yield ctx
    ctx.close()
