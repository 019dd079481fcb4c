"""Where the kiosk keeps its files.

The data dir holds the database and settings. It is chosen by ``--data-dir``, else
``PETITION_KIOSK_DATA_DIR``, else the platform's per-user data dir (platformdirs). The
file key store deliberately lives elsewhere (the config dir) so that copying or seizing the
data dir alone never carries the key with it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kiosk.hygiene import private_dir

APP_NAME = "petition-kiosk"
DATA_DIR_ENV = "PETITION_KIOSK_DATA_DIR"
DATABASE_NAME = "signatures.sqlite3"
SETTINGS_NAME = "settings.json"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve and create the data dir, owner-only even if it already existed with looser modes."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME)
    return private_dir(Path(chosen).expanduser().resolve())


def config_dir() -> Path:
    """Per-user config dir, outside the data dir; home of the opt-in file key store."""
    return private_dir(Path(platformdirs.user_config_dir(APP_NAME)))


def database_path(directory: Path) -> Path:
    """The SQLite file inside ``directory``."""
    return directory / DATABASE_NAME


def settings_path(directory: Path) -> Path:
    """The settings file inside ``directory``."""
    return directory / SETTINGS_NAME
