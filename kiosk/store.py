"""The signature store: one kiosk database and the parts that keep its signatures.

:class:`SignatureStore` opens the database and composes the store's parts, each in a module
of its own; callers may use the part they need, or the store's methods of the same names:

- :mod:`kiosk.store_database`: the engines, the kiosk id, the meta table and WAL checkpoints;
- :mod:`kiosk.store_keys`: the data key, the contact keys and the hub's sealing key;
- :mod:`kiosk.ledger`: seal, the durable commit and the repeat check inside it (the one
  place that writes signatures; a repeat signer is told nothing different, see there);
- :mod:`kiosk.outbox`: the rows waiting for the server, read and answered;
- :mod:`kiosk.purge`: retention and the panic wipe, with their record of destruction;
- :mod:`kiosk.events`: where and when the kiosk collects.

What stays here is what every screen reads: the counts, one record's personal fields, the UUIDs.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.campaign import Campaign
from kiosk.crypto import Sealer
from kiosk.events import EventInfo, Events
from kiosk.ledger import Ledger, SealedSignature
from kiosk.models import SignatureRecord, SyncState
from kiosk.outbox import Retry, record_sync_results, retry_now
from kiosk.purge import Purger
from kiosk.settings import RetentionMode
from kiosk.signature import PersonalData
from kiosk.store_database import StoreDatabase
from kiosk.store_keys import StoreKeys
from kiosk.validation import CleanSigner

__all__ = ["Counts", "EventInfo", "SealedSignature", "SignatureStore"]


@dataclass(frozen=True)
class Counts:
    """How many signatures there are, by sync state."""

    total: int = 0  # signatures: one for every "thank you", repeats included
    pending: int = 0
    synced: int = 0
    rejected: int = 0
    not_sent: int = 0  # kept here, never sent upstream (no contact details for the target)
    # People (a repeat signer once): for the coordinator's eyes only (admin area, reports).
    # In sealed mode the tablet cannot tell repeats (the hub does), so it equals ``total``.
    people: int = 0


class SignatureStore:
    """Open a kiosk database (migrated, its durability checked) with its keys, ledger, outbox, purger and events."""

    def __init__(self, data_dir: Path, key_store_kind: str = "keyring") -> None:
        self.database = StoreDatabase(data_dir)
        self.data_dir = data_dir
        self.path = self.database.path
        # Writes (signing, sync results) go through ``engine``; reads that may be long
        # (counts, exports) through ``read_engine`` so they never block a signer.
        self.engine = self.database.engine
        self.read_engine = self.database.read_engine
        self.kiosk_id = self.database.kiosk_id
        self.keys = StoreKeys(self.database, key_store_kind)
        self.ledger = Ledger(self.database, self.keys)
        self.purger = Purger(self.database, self.keys)
        self.event_book = Events(self.database)

    # -- the database ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A metadata value, or None."""
        return self.database.get_meta(key)

    def set_meta(self, key: str, value: str) -> None:
        """Durably set a metadata value."""
        self.database.set_meta(key, value)

    def checkpoint(self) -> None:
        """Copy the WAL back into the database once it is big, outside any signer's commit."""
        self.database.checkpoint()

    def close(self) -> None:
        """Release the database (checkpointing the WAL is SQLite's job on last close)."""
        self.database.close()

    # -- keys ------------------------------------------------------------------------------

    @property
    def sealer(self) -> Sealer:
        """The sealer for this database's key, loaded (or created once) on first use."""
        return self.keys.sealer

    def ensure_key(self) -> None:
        """Load the data key and contact keys now: raises if collection cannot safely start."""
        self.keys.ensure_key()

    def sealing_key(self, campaign: Campaign | None = None) -> str:
        """The public key new records are sealed to ("" in solo mode): the paired hub's, else the campaign's."""
        return self.keys.sealing_key(campaign)

    def sealed_mode(self, campaign: Campaign | None = None) -> bool:
        """Whether new records are sealed to a key this tablet does not hold."""
        return bool(self.keys.sealing_key(campaign))

    def set_sealing_key(self, public_b64: str, hub_certificate_sha256: str = "",
                        signer_certificate_sha256: str = "") -> None:
        """Keep (pinned first) the hub's HPKE public key: from now on new records are sealed to it."""
        self.keys.set_sealing_key(public_b64, hub_certificate_sha256, signer_certificate_sha256)

    def check_sealing_key(self, campaign: Campaign) -> None:
        """Raise (kiosk/trust.py) unless the key new records would be sealed to is the pinned one."""
        self.keys.public_sealer(campaign)

    def retire_contact_keys(self) -> int:
        """Destroy every contact key no stored hash was made with; how many were destroyed."""
        return self.keys.retire_contact_keys()

    # -- the ledger ------------------------------------------------------------------------

    def seal(self, signer: CleanSigner, campaign: Campaign, language: str, consent_updates: bool,
             record_id: str | None = None, consent_sms: bool = False) -> SealedSignature:
        """Seal a signature before the tap (:meth:`kiosk.ledger.Ledger.seal`)."""
        return self.ledger.seal(signer, campaign, language, consent_updates, record_id, consent_sms)

    def commit(self, sealed: SealedSignature, event_id: int | None = None, kiosk_label: str = "",
               signed_at: datetime | None = None) -> str:
        """Durably store a sealed signature; its UUID once committed (:meth:`kiosk.ledger.Ledger.commit`)."""
        return self.ledger.commit(sealed, event_id, kiosk_label, signed_at)

    def commit_batch(self, items: Sequence[tuple[SealedSignature, int | None, str, datetime]]) -> int:
        """Store many sealed signatures in one transaction, skipping repeats; how many were added."""
        return self.ledger.commit_batch(items)

    def record(self, signer: CleanSigner, campaign: Campaign, language: str, consent_updates: bool,
               event_id: int | None = None, kiosk_label: str = "", signed_at: datetime | None = None,
               record_id: str | None = None, consent_sms: bool = False) -> str:
        """:meth:`seal`, :meth:`commit` and :meth:`checkpoint` in one call (tools, tests, imports)."""
        sealed = self.ledger.seal(signer, campaign, language, consent_updates, record_id, consent_sms)
        record_id = self.ledger.commit(sealed, event_id, kiosk_label, signed_at)
        self.database.checkpoint()
        return record_id

    def is_repeat_signer(self, signer: CleanSigner, campaign_id: str) -> bool:
        """Whether this person is stored (audits and tests only; never asked on the way to "thank you")."""
        return self.ledger.is_repeat_signer(signer, campaign_id)

    # -- the outbox's writes (the sync worker's side of the one door) ---------------------

    def record_sync_results(self, now: datetime, confirmed: Mapping[str, str], rejected: Mapping[str, str],
                            retries: Mapping[str, Retry], meta: Mapping[str, str],
                            not_sent: Mapping[str, str] | None = None) -> None:
        """Write one sync batch's outcome in a single short transaction (:func:`kiosk.outbox.record_sync_results`)."""
        record_sync_results(self.database, now, confirmed, rejected, retries, meta, not_sent)

    def retry_now(self, campaign_id: str, codes: Collection[str], now: datetime) -> int:
        """Make pending records that last failed with one of ``codes`` due at ``now``; how many."""
        return retry_now(self.engine, campaign_id, codes, now)

    # -- retention and wipe ----------------------------------------------------------------

    def purge_synced(self, now: datetime, synced_before: datetime | None = None,
                     rule: RetentionMode = RetentionMode.MANUAL, days: int | None = None) -> int:
        """Purge the personal data of answered records (:meth:`kiosk.purge.Purger.purge_synced`); how many."""
        return self.purger.purge_synced(now, synced_before, rule, days)

    def panic_wipe(self, now: datetime) -> int:
        """Erase every record's personal data and the keys, now (:meth:`kiosk.purge.Purger.panic_wipe`)."""
        return self.purger.panic_wipe(now)

    # -- events ----------------------------------------------------------------------------

    def create_event(self, name: str, place: str = "", date: str = "", canvasser: str = "") -> int:
        """Add an event and return its id."""
        return self.event_book.create(name, place, date, canvasser)

    def find_or_create_event(self, name: str, place: str = "", date: str = "", canvasser: str = "") -> int:
        """The id of the event with this name (and date), creating it if needed."""
        return self.event_book.find_or_create(name, place, date, canvasser)

    def event_exists(self, event_id: int) -> bool:
        """Whether an event with this id exists (cheap: checked on every signature)."""
        return self.event_book.exists(event_id)

    def events(self, campaign_id: str | None = None) -> list[EventInfo]:
        """Every event with its signature count, oldest first."""
        return self.event_book.listed(campaign_id)

    # -- reading ------------------------------------------------------------------------------

    def personal(self, record_id: str) -> PersonalData | None:
        """Open one record's personal fields (None once purged; :class:`SealedForHub` if sealed to the hub)."""
        with Session(self.read_engine) as session:
            sealed = session.scalar(select(SignatureRecord.sealed).where(SignatureRecord.uuid == record_id))
        if sealed is None:
            return None
        return self.keys.open_sealed(record_id, sealed)

    def open_sealed(self, record_id: str, sealed: bytes) -> PersonalData:
        """Open a sealed blob read by other code (exports, sync) with this store's key.

        A record sealed to the hub raises :class:`SealedForHub`: this tablet cannot open it.
        """
        return self.keys.open_sealed(record_id, sealed)

    def counts(self, campaign_id: str | None = None) -> Counts:
        """Signatures by sync state, and people (all campaigns when ``campaign_id`` is None)."""
        query = (select(SignatureRecord.state, SignatureRecord.repeat, func.count())
                 .group_by(SignatureRecord.state, SignatureRecord.repeat))
        if campaign_id is not None:
            query = query.where(SignatureRecord.campaign_id == campaign_id)
        by_state: dict[str, int] = {}
        repeats = 0
        with Session(self.read_engine) as session:
            for state, repeat, n in session.execute(query):
                by_state[state] = by_state.get(state, 0) + n
                repeats += n if repeat else 0
        return Counts(
            people=sum(by_state.values()) - repeats,
            total=sum(by_state.values()),
            pending=by_state.get(SyncState.PENDING, 0),
            synced=by_state.get(SyncState.SYNCED, 0),
            rejected=by_state.get(SyncState.REJECTED, 0),
            not_sent=by_state.get(SyncState.NOT_SENT, 0),
        )

    def all_uuids(self) -> Iterator[str]:
        """Every stored UUID (tests and audits)."""
        with Session(self.read_engine) as session:
            yield from session.scalars(select(SignatureRecord.uuid))
