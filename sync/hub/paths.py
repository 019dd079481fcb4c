"""Where a hub keeps its files: the database (by default), its TLS key and certificate.

The hub's data dir is ``--data-dir`` when given, else a ``hub`` folder beside the kiosk's
data dir (so a coordinator's laptop that runs a kiosk too keeps the two apart).
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.paths import data_dir as kiosk_data_dir

HUB_DIR_NAME = "hub"
HUB_DATABASE_NAME = "hub.sqlite3"
TLS_DIR_NAME = "tls"


def hub_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve and create the hub's data dir (owner-only permissions)."""
    path = Path(explicit).expanduser().resolve() if explicit else kiosk_data_dir().parent / HUB_DIR_NAME
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_database_url(directory: Path) -> str:
    """The embedded default: a SQLite file in the hub's data dir."""
    return f"sqlite:///{directory / HUB_DATABASE_NAME}"


def tls_dir(directory: Path) -> Path:
    """The folder holding the hub's private key and certificate."""
    path = directory / TLS_DIR_NAME
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
