"""Opening a kiosk: data dir, settings, campaign and store, resolved the same way everywhere.

The command line, the Qt kiosk, the sync worker and the tests all start from
:func:`open_kiosk`, so ``--data-dir``, ``PETITION_KIOSK_DATA_DIR`` and the settings mean the
same thing to each of them.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.campaign import DEFAULT_CAMPAIGN_ID, Campaign, load_campaign
from kiosk.errors import ConfigError
from kiosk.paths import data_dir as resolve_data_dir
from kiosk.secrets import key_store_kind
from kiosk.settings import Settings, load_settings
from kiosk.store import SignatureStore

LOG_NAME = "kiosk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


@dataclass
class KioskContext:
    """Everything a front end needs to work with one kiosk's data."""

    data_dir: Path
    settings: Settings
    campaign: Campaign
    store: SignatureStore
    warnings: list[ConfigError] = field(default_factory=list)

    @property
    def key_store(self) -> str:
        """``keyring`` or ``file``, as in force for this run."""
        return key_store_kind(self.settings["key_store"])

    def current_event_id(self) -> int | None:
        """The event new signatures belong to, if one is set and still exists."""
        event_id = int(self.settings["current_event_id"])
        if not event_id:
            return None
        return event_id if self.store.event_exists(event_id) else None

    def close(self) -> None:
        """Release the database."""
        self.store.close()


def open_kiosk(data_dir: str | Path | None = None, campaign: str | None = None) -> KioskContext:
    """Resolve the data dir, load settings and the campaign, and open the store."""
    directory = resolve_data_dir(data_dir)
    settings, warning = load_settings(directory)
    loaded = load_campaign(campaign or DEFAULT_CAMPAIGN_ID)
    store = SignatureStore(directory, key_store_kind(settings["key_store"]))
    return KioskContext(directory, settings, loaded, store, [warning] if warning else [])


def configure_logging(directory: Path, verbose: bool = False) -> None:
    """Rotating log in the data dir. Callers log codes and counts, never signer data."""
    logs = directory / "logs"
    logs.mkdir(exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        logs / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
