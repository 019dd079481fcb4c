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


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[object]:
    from tests.hub.postgres import PostgresCluster, find_pg_binary

    if not find_pg_binary("initdb") or not find_pg_binary("pg_ctl"):
        pytest.skip("PostgreSQL's initdb/pg_ctl are not installed (Debian's postgresql package)")
    import os

    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root without a 'postgres' user to own the test cluster")
    running = PostgresCluster().start()
    yield running
    running.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_database(request: pytest.FixtureRequest) -> str | None:
    """None (the embedded SQLite default) or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return None
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()  # type: ignore[attr-defined, no-any-return]
