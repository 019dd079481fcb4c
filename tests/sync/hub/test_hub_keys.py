"""The hub's keys have one job each: the opening key, the contact key and the data key are
separate secrets, kept, restored and destroyed apart (sync/hub/hub_keys.py). In-process: a real
hub data dir, SQLite file and the test's keyring; no server needed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kiosk.hpke_seal import PublicSealer, derive_private_key
from kiosk.secrets import DataKeyStore, hub_key_store_kind
from sync.hub.context import open_hub
from sync.hub.hub_keys import (
    META_CONTACT_CHECK,
    META_OPENING_SHA256,
    META_SPLIT,
    contact_secret,
    destroy_record_keys,
    legacy_contact_key,
    stored_record_keys,
)
from sync.hub.models import Device, HubMeta, HubSignature
from sync.hub.recovery import key_account, open_key, restore_key, seal_key

RECORD = "6f1c2a4e-3c1d-4e5f-8a9b-1c2d3e4f5a6b"
NOON = datetime(2026, 5, 1, 12, tzinfo=UTC)
PASSPHRASE = "seven quiet herons at dawn"


def _store_row(engine: object, blob: bytes, email_hash: str | None) -> None:
    with Session(engine) as session, session.begin():  # type: ignore[call-overload]
        session.execute(insert(Device).values(id="tablet-1", label="Tablet 1", token_sha256="t" * 64,
                                              created_at=NOON, app_version="", waiting=0))
        session.execute(insert(HubSignature).values(
            uuid=RECORD, campaign_id="end-s-comm", device_id="tablet-1", kiosk_id="k", event="Rally", language="es",
            postal_code="90057", signed_at=NOON, received_at=NOON, consent_updates=True, consent_sha256="a" * 64,
            consent_sms=False, has_drawing=False, sealed=blob, email_hash=email_hash, phone_hash=None, counted=True))


def test_a_new_hub_keeps_three_unrelated_keys(tmp_path: Path) -> None:
    hub = open_hub(tmp_path / "hub")
    try:
        data_key = DataKeyStore(hub_key_store_kind(), hub.directory).load(key_account(hub.hub_id))
        opening, contact = stored_record_keys(hub.hub_id)
        assert data_key is not None and opening is not None and contact is not None
        # None of them follows from another: the data key no longer yields the opening or contact key.
        assert hub.sealer.public_b64 != derive_private_key(data_key).public_b64
        assert contact != legacy_contact_key(data_key) and contact != data_key
        assert len({data_key, opening, contact}) == 3
    finally:
        hub.close()


def test_a_hub_from_before_derives_its_keys_once_and_its_old_records_still_open(tmp_path: Path) -> None:
    hub = open_hub(tmp_path / "hub")
    hub_id, directory = hub.hub_id, hub.directory
    data_key = DataKeyStore(hub_key_store_kind(), directory).load(key_account(hub_id))
    assert data_key is not None
    # As an earlier release left it: the data key alone, a record sealed to the key derived from it,
    # and a contact hash under the contact key derived from it.
    destroy_record_keys(hub_id)
    with Session(hub.engine) as session, session.begin():
        session.execute(delete(HubMeta).where(HubMeta.key.in_([META_SPLIT, META_OPENING_SHA256, META_CONTACT_CHECK])))
    old_public = derive_private_key(data_key).public_b64
    old_hash = hub.sealer.__class__(data_key).contact_hash("email", "ana perez\x1fana@example.org")
    _store_row(hub.engine, PublicSealer(old_public).seal(RECORD, b'{"given_name": "Ana"}'), old_hash)
    hub.close()

    migrated = open_hub(directory)
    try:
        assert migrated.sealer.public_b64 == old_public  # the kiosks' pins still hold
        with Session(migrated.engine) as session:
            blob = session.scalar(select(HubSignature.sealed))
        assert blob is not None and b"Ana" in migrated.sealer.open(RECORD, blob)
        assert migrated.sealer.contact_hash("email", "ana perez\x1fana@example.org") == old_hash
        opening, contact = stored_record_keys(hub_id)  # now in slots of their own
        assert opening == derive_private_key(data_key).material() and contact == legacy_contact_key(data_key)
    finally:
        migrated.close()


def test_the_contact_key_is_destroyed_alone_and_its_hashes_go_with_it(tmp_path: Path) -> None:
    hub = open_hub(tmp_path / "hub")
    hub_id, directory = hub.hub_id, hub.directory
    public = hub.sealer.public_b64
    digest = hub.sealer.contact_hash("email", "ana perez\x1fana@example.org")
    _store_row(hub.engine, PublicSealer(public).seal(RECORD, b'{"given_name": "Ana"}'), digest)
    hub.close()
    contact_secret(hub_id).destroy()

    again = open_hub(directory)
    try:
        assert again.sealer.public_b64 == public  # the opening key was left alone: the record opens
        with Session(again.engine) as session:
            blob, kept_hash = session.execute(select(HubSignature.sealed, HubSignature.email_hash)).one()
        assert b"Ana" in again.sealer.open(RECORD, blob)
        assert kept_hash is None  # a hash under a destroyed key is dropped, not left as bait
        assert again.sealer.contact_hash("email", "ana perez\x1fana@example.org") != digest
    finally:
        again.close()


def test_the_recovery_kit_carries_every_key_and_puts_them_back(tmp_path: Path) -> None:
    hub = open_hub(tmp_path / "hub")
    hub_id, directory, public = hub.hub_id, hub.directory, hub.sealer.public_b64
    _store_row(hub.engine, PublicSealer(public).seal(RECORD, b'{"given_name": "Ana"}'), None)
    data_key = DataKeyStore(hub_key_store_kind(), directory).load(key_account(hub_id))
    opening, contact = stored_record_keys(hub_id)
    assert data_key is not None
    kit = seal_key(hub_id, data_key, PASSPHRASE, log2_n=12, opening=opening, contact=contact)
    assert open_key(kit, PASSPHRASE).opening == opening and open_key(kit, PASSPHRASE).contact == contact
    hub.close()

    destroy_record_keys(hub_id)  # the key store lost them (the data key alone does not bring them back)
    assert stored_record_keys(hub_id) == (None, None)
    restore_key(directory, hub_id, kit, PASSPHRASE)
    back = open_hub(directory)
    try:
        assert back.sealer.public_b64 == public
        with Session(back.engine) as session:
            blob = session.scalar(select(HubSignature.sealed))
        assert blob is not None and b"Ana" in back.sealer.open(RECORD, blob)
    finally:
        back.close()
