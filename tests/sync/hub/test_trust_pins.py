"""What the tablet trusts cannot be changed from the disk (issue 22, point 5): the sealing key.

A kiosk paired with a real hub process on 127.0.0.1 keeps the hub's HPKE key in its SQLite
file and its pin (the key's digest, the pinned certificate) in the key store. Then the disk is
edited as someone holding the tablet for a few minutes would: the key row is rewritten to an
attacker's key, or deleted, with ``sqlite3`` on the real database file. Collection stops
before anything is sealed, and the attacker's private key is tried on every blob stored. The
pairing file edited to name another server sends that server nothing.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import keyring
import pytest

from kiosk.hpke_seal import SealedForHub, generate_private_key, is_hub_sealed
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.store_keys import META_SEALING_KEY
from kiosk.trust import (
    SEALING_SLOT,
    SealingKeyChanged,
    SealingKeyNotPinned,
    check_trusted,
    key_digest,
    verify_binding,
)
from sync.client.hub_link import pairing_path
from sync.hub.key_binding import sealing_key_binding
from sync.upstream.errors import SyncCode
from tests.support import valid_signer
from tests.sync.hub.support import HubProcess, hub_engine, hub_uuids, paired

SIGNERS_TRIED = 3  # the attack sealed the next 3 of 3 signers to the attacker


def _sign(ctx: KioskContext, n: int) -> str:
    signer = valid_signer(ctx.campaign, n, given_name=f"Canario{n}", email=f"canario{n}@example.org")
    return ctx.store.record(signer, ctx.campaign, "es", consent_updates=True)


def _blobs(ctx: KioskContext) -> dict[str, bytes]:
    with sqlite3.connect(ctx.store.path) as db:
        return {u: bytes(b) for u, b in db.execute("SELECT uuid, sealed FROM signatures WHERE sealed IS NOT NULL")}


def _edit_row(ctx: KioskContext, value: str | None) -> None:
    """What a disk edit does: the sealing key row rewritten (or deleted) in the real database file."""
    with sqlite3.connect(ctx.store.path) as db:
        if value is None:
            db.execute("DELETE FROM meta WHERE key = ?", (META_SEALING_KEY,))
        else:
            db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, META_SEALING_KEY))


def _disk_bytes(ctx: KioskContext) -> bytes:
    return b"".join(p.read_bytes() for p in ctx.data_dir.rglob("*") if p.is_file())


def test_pairing_pins_the_sealing_key_in_the_key_store_and_not_in_the_database(
        kiosk: KioskContext, hub: HubProcess) -> None:
    paired(kiosk, hub)
    record_id = _sign(kiosk, 1)
    blob = _blobs(kiosk)[record_id]
    assert is_hub_sealed(blob)
    assert json.loads(hub.context.sealer.hpke.open(record_id, blob))["email"] == "canario1@example.org"
    hub_key = hub.context.sealer.hpke.public_b64
    assert kiosk.store.get_meta(META_SEALING_KEY) == hub_key  # the key itself is public: it stays a row

    pin = json.loads(keyring.get_password("petition-kiosk", f"{SEALING_SLOT}:{kiosk.store.kiosk_id}") or "{}")
    assert pin["key_sha256"] == key_digest(hub_key)
    assert pin["hub_certificate_sha256"] == hub.context.certificate.sha256  # what the pairing code pinned
    assert pin["signer_certificate_sha256"] == hub.context.certificate.sha256  # no TLS proxy in between
    on_disk = _disk_bytes(kiosk)  # the database, its WAL, the pairing file: none holds the pin
    for secret in (pin["key_sha256"], bytes.fromhex(pin["key_sha256"]).hex().upper()):
        assert secret.encode() not in on_disk
    assert bytes.fromhex(pin["key_sha256"]) not in on_disk


@pytest.mark.parametrize("edit", ["swapped", "deleted"])
def test_a_sealing_key_edited_on_the_disk_stops_collection_and_nobody_is_sealed_to_it(
        kiosk: KioskContext, hub: HubProcess, edit: str) -> None:
    paired(kiosk, hub)
    before = _sign(kiosk, 0)
    attacker = generate_private_key()
    _edit_row(kiosk, attacker.public_b64 if edit == "swapped" else None)
    assert kiosk.store.sealed_mode(kiosk.campaign) == (edit == "swapped")  # what the row says ...

    for n in range(1, SIGNERS_TRIED + 1):  # ... but no signer is taken
        with pytest.raises(SealingKeyChanged) as stopped:
            _sign(kiosk, n)
        assert stopped.value.detail == ("changed" if edit == "swapped" else "removed")
    blobs = _blobs(kiosk)
    assert list(blobs) == [before]  # nothing stored for the refused signers
    opened_by_attacker = 0
    for record_id, blob in blobs.items():
        try:
            attacker.open(record_id, blob)
            opened_by_attacker += 1
        except SealedForHub:
            pass
    assert opened_by_attacker == 0
    assert json.loads(hub.context.sealer.hpke.open(before, blobs[before]))["given_name"] == "Canario0"

    # After a restart the kiosk refuses at once (the start-failure screen words it).
    kiosk.close()
    reopened = open_kiosk(kiosk.data_dir)
    try:
        with pytest.raises(SealingKeyChanged):
            check_trusted(reopened)
        # Pairing again (a fresh code from the hub) pins the hub's key again, and signing resumes.
        paired(reopened, hub)
        check_trusted(reopened)
        again = _sign(reopened, 9)
        assert json.loads(hub.context.sealer.hpke.open(again, _blobs(reopened)[again]))["given_name"] == "Canario9"
    finally:
        reopened.close()


def test_a_kiosk_paired_before_keys_were_pinned_pairs_again_before_it_collects(
        kiosk: KioskContext, hub: HubProcess) -> None:
    # An upgraded kiosk: its database holds the hub's key, its key store no pin (as a key
    # written into a solo kiosk's database would look too).
    hub_key = hub.context.sealer.hpke.public_b64
    kiosk.store.set_meta(META_SEALING_KEY, hub_key)
    with pytest.raises(SealingKeyNotPinned):
        check_trusted(kiosk)
    with pytest.raises(SealingKeyNotPinned):
        _sign(kiosk, 1)
    assert _blobs(kiosk) == {}
    paired(kiosk, hub)
    record_id = _sign(kiosk, 2)
    assert json.loads(hub.context.sealer.hpke.open(record_id, _blobs(kiosk)[record_id]))["given_name"] == "Canario2"


def test_the_hub_signs_its_sealing_key_with_its_certificates_key_and_nothing_else_verifies(
        hub: HubProcess) -> None:
    context = hub.context
    hub_key = context.sealer.hpke.public_b64
    binding = sealing_key_binding(context.certificate, hub_key)
    certificate = base64.b64decode(binding["certificate"])
    signature = base64.b64decode(binding["signature"])
    assert verify_binding(certificate, hub_key, signature) == context.certificate.sha256
    # Another key under the same signature, or the signature with another hub's certificate: refused.
    assert verify_binding(certificate, generate_private_key().public_b64, signature) is None
    other = HubProcess(Path(str(hub.data_dir) + "-other")).context
    try:
        other_certificate = base64.b64decode(sealing_key_binding(other.certificate, hub_key)["certificate"])
        assert verify_binding(other_certificate, hub_key, signature) is None
    finally:
        other.close()


def test_a_pairing_file_edited_to_name_another_server_sends_it_nothing(
        kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> None:
    paired(kiosk, hub)
    waiting = [_sign(kiosk, n) for n in range(3)]
    impostor = HubProcess(tmp_path / "impostor").start()
    try:
        # The disk edit: the pairing file now names the impostor and pins the impostor's certificate.
        pairing = pairing_path(kiosk.data_dir)
        document = json.loads(pairing.read_text("utf-8"))
        document.update(url=impostor.url, fingerprint=impostor.context.certificate.sha256)
        pairing.write_text(json.dumps(document), "utf-8")

        report = hub_engine(kiosk).drain()

        assert report.halt == SyncCode.TLS and report.pending == len(waiting)  # kept, waiting for the hub
        assert hub_uuids(impostor) == []
    finally:
        impostor.stop()
