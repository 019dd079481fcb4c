"""Fixtures for the sync tests: loopback servers backed by SQLite files in the test's tmp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import PETITION, TOKEN
from tests.sync.servers.base import RunningServer
from tests.sync.servers.json_server import start_json_server
from tests.sync.servers.osdi_server import start_osdi_server


@pytest.fixture
def json_server(tmp_path: Path) -> Iterator[RunningServer]:
    with start_json_server(tmp_path / "json-server.sqlite3", TOKEN) as server:
        yield server


@pytest.fixture
def osdi_server(tmp_path: Path) -> Iterator[RunningServer]:
    with start_osdi_server(tmp_path / "osdi-server.sqlite3", TOKEN, PETITION) as server:
        yield server
