"""Fixtures for the hub tests: a real hub process on 127.0.0.1 with its own data dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the hub extra is not installed (pip install -e '.[hub]')")

from tests.hub.support import HubProcess


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.stop()
