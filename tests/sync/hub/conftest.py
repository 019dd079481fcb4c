"""Fixtures for the hub tests: a real hub process on 127.0.0.1 with its own data dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the hub extra is not installed (pip install -e '.[hub]')")

from tests.sync.hub.postgres import postgres_cluster
from tests.sync.hub.support import HubProcess, enroll_over_http

__all__ = ["postgres_cluster"]  # a fixture, imported for the tests here


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def module_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """One hub for a whole test module (its tests must not depend on each other's traces)."""
    home = tmp_path_factory.mktemp("module-hub")
    with pytest.MonkeyPatch.context() as env:
        # Its own keyring for the hub's key, read by the hub process and by this one alike (the
        # per-test environment of tests/conftest.py is not set yet for a module's fixture).
        env.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
        env.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
        env.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
        env.delenv("PETITION_KIOSK_KEY_STORE", raising=False)
        process = HubProcess(home / "hub").start()
        _ = process.context  # opened under that keyring, kept for the module
    yield process
    process.stop()


@pytest.fixture(scope="module")
def module_device_token(module_hub: HubProcess) -> str:
    """A device token of ``module_hub``, enrolled over HTTP from 127.0.0.9."""
    return enroll_over_http(module_hub, "127.0.0.9")


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_database(request: pytest.FixtureRequest) -> str | None:
    """None (the embedded SQLite default) or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return None
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()  # type: ignore[attr-defined, no-any-return]
