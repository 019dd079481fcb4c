"""Opening a kiosk: data dir, settings, campaign and store, resolved the same way everywhere.

The command line, the Qt kiosk, the sync worker and the tests all start from
:func:`open_kiosk`, so ``--data-dir``, ``PETITION_KIOSK_DATA_DIR`` and the settings mean the
same thing to each of them.

The store can be opened later than the rest (``open_kiosk(..., open_store=False)``): opening
it loads SQLAlchemy, the cipher and the keyring, which together cost more than everything the
welcome screen needs, so the kiosk paints its welcome screen first and opens the store right
after. Nothing here imports those modules until the store is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.campaign import DEFAULT_CAMPAIGN_ID, Campaign, load_campaign
from kiosk.errors import ConfigError
from kiosk.paths import data_dir as resolve_data_dir
from kiosk.settings import KeyStoreKind, Settings, load_settings

if TYPE_CHECKING:
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
    warnings: list[ConfigError] = field(default_factory=list)
    _store: SignatureStore | None = field(default=None, repr=False)

    @property
    def store(self) -> SignatureStore:
        """The signature store, opened (created, migrated) on first use.

        Raises :class:`~kiosk.errors.StorageError` when the database cannot be opened.
        """
        if self._store is None:
            from kiosk.store import SignatureStore  # SQLAlchemy loads here, not at import

            self._store = SignatureStore(self.data_dir, self.key_store)
        return self._store

    @property
    def store_is_open(self) -> bool:
        """Whether :attr:`store` has been opened yet."""
        return self._store is not None

    @property
    def key_store(self) -> str:
        """``keyring`` or ``file``, as in force for this run."""
        from kiosk.secrets import key_store_kind  # importing it loads the keyring package

        return key_store_kind(self.settings.key_store)

    def needs_key_store_choice(self) -> bool:
        """Whether this kiosk's first start must ask where the data key lives (opens the store).

        A machine without a keyring where nobody chose yet (:func:`kiosk.secrets.key_store_choice_needed`),
        and a database that never had a key: one whose key lived in a keyring that is gone
        gets the refusal instead, since a new key could not open its records.
        """
        from kiosk.secrets import key_store_choice_needed
        from kiosk.store_keys import META_KEY_CHECK

        return key_store_choice_needed(self.settings.key_store) and self.store.get_meta(META_KEY_CHECK) is None

    def use_key_store(self, kind: KeyStoreKind) -> None:
        """Keep the data key in ``kind`` from now on: saved, and the store reopened with it."""
        from kiosk.secrets import remember_key_store

        remember_key_store(self.settings, kind)
        if self._store is not None:  # it holds the key store it was opened with
            self._store.close()
            self._store = None

    def current_event_id(self) -> int | None:
        """The event new signatures belong to, if one is set and still exists."""
        event_id = self.settings.current_event_id
        if not event_id:
            return None
        return event_id if self.store.event_exists(event_id) else None

    def close(self) -> None:
        """Release the database (if it was opened)."""
        if self._store is not None:
            self._store.close()


def open_kiosk(data_dir: str | Path | None = None, campaign: str | None = None,
               open_store: bool = True) -> KioskContext:
    """Resolve the data dir, load settings and the campaign, and (unless told not to) open the store."""
    directory = resolve_data_dir(data_dir)
    from kiosk.export_ledger import open_export_ledger

    open_export_ledger(directory)  # a killed export's .part file goes now
    settings, warning = load_settings(directory)
    loaded = load_campaign(campaign or DEFAULT_CAMPAIGN_ID)
    ctx = KioskContext(directory, settings, loaded, [warning] if warning else [])
    if open_store:
        _ = ctx.store
    return ctx


def configure_logging(directory: Path, verbose: bool = False) -> None:
    """Rotating log in the data dir. Callers log codes and counts, never signer data."""
    import logging.handlers  # with socket and pickle behind it: not worth loading before the first frame

    logs = directory / "logs"
    logs.mkdir(exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        logs / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
