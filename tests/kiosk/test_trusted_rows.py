"""What the tablet trusts cannot be changed from the disk (issue 22, point 5): the PIN record,
and a campaign file's sealing key.

Each test edits the real SQLite file (or the campaign file) with another process's tools, as
someone holding the tablet for a few minutes would, then asks the kiosk what a coordinator or a
signer would: does this PIN open, must a first PIN be chosen, may this signer be sealed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import keyring
import pytest

from kiosk.hpke_seal import SealedForHub, generate_private_key
from kiosk.pin import META_DURESS_HASH, META_PIN_HASH, PinCheck, PinGuard, hash_pin
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.trust import PIN_KEY_SLOT, PinRecordChanged, PinRecordKey, SealingKeyChanged, check_trusted
from tests.support import COORDINATOR_PIN, choose_coordinator_pin, valid_signer

ROOT = Path(__file__).resolve().parents[2]
ATTACKER_PIN = "802461"


def _row(ctx: KioskContext, key: str) -> str | None:
    with sqlite3.connect(ctx.store.path) as db:
        found = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return found[0] if found else None


def _write_row(ctx: KioskContext, key: str, value: str | None) -> None:
    with sqlite3.connect(ctx.store.path) as db:
        db.execute("DELETE FROM meta WHERE key = ?", (key,))
        if value is not None:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


@pytest.fixture
def pinned_kiosk(data_dir: Path) -> KioskContext:
    """A kiosk whose coordinator chose :data:`COORDINATOR_PIN` on the pad (the record is authenticated)."""
    ctx = open_kiosk(data_dir)
    PinGuard(ctx).change_pin(COORDINATOR_PIN)
    return ctx


def test_the_pin_record_carries_a_mac_whose_key_is_in_the_key_store_not_the_database(
        pinned_kiosk: KioskContext) -> None:
    ctx = pinned_kiosk
    try:
        assert PinGuard(ctx).try_pin(COORDINATOR_PIN) is True
        key = keyring.get_password("petition-kiosk", f"{PIN_KEY_SLOT}:{ctx.store.kiosk_id}")
        assert key
        assert key.encode() not in b"".join(p.read_bytes() for p in ctx.data_dir.rglob("*") if p.is_file())
    finally:
        ctx.close()


def test_a_pin_row_rewritten_on_the_disk_opens_nothing(pinned_kiosk: KioskContext) -> None:
    ctx = pinned_kiosk
    ctx.close()
    planted = hash_pin(ATTACKER_PIN)  # the attacker's own PIN, as the row held it before this release
    _write_row(ctx, META_PIN_HASH, planted)
    reopened = open_kiosk(ctx.data_dir)
    try:
        guard = PinGuard(reopened)
        for pin in (ATTACKER_PIN, COORDINATOR_PIN):
            with pytest.raises(PinRecordChanged) as refused:
                guard.check(pin)
            assert refused.value.detail == "changed"
        with pytest.raises(PinRecordChanged):
            check_trusted(reopened)  # at start: the start-failure screen, not the welcome screen
        assert _row(reopened, META_PIN_HASH) == planted  # refused, not "repaired" into a trusted row
    finally:
        reopened.close()


def test_a_pin_row_with_a_mac_copied_from_another_row_opens_nothing(pinned_kiosk: KioskContext) -> None:
    ctx = pinned_kiosk
    stored = _row(ctx, META_PIN_HASH)
    assert stored is not None and "|" in stored
    mac = stored.rpartition("|")[2]
    _write_row(ctx, META_PIN_HASH, f"{hash_pin(ATTACKER_PIN)}|{mac}")
    try:
        with pytest.raises(PinRecordChanged):
            PinGuard(ctx).check(ATTACKER_PIN)
    finally:
        ctx.close()


def test_an_older_pin_row_put_back_is_refused(pinned_kiosk: KioskContext) -> None:
    # Someone copied the row while the old PIN was in force, learned that PIN, and puts the row back
    # after the coordinator changed it.
    ctx = pinned_kiosk
    old_row = _row(ctx, META_PIN_HASH)
    PinGuard(ctx).change_pin("864209")
    _write_row(ctx, META_PIN_HASH, old_row)
    try:
        with pytest.raises(PinRecordChanged):
            PinGuard(ctx).check(COORDINATOR_PIN)
    finally:
        ctx.close()


def test_a_deleted_pin_row_does_not_ask_for_a_first_pin(pinned_kiosk: KioskContext) -> None:
    ctx = pinned_kiosk
    _write_row(ctx, META_PIN_HASH, None)
    ctx.settings.set("pin_hash", hash_pin(ATTACKER_PIN))  # nor moves a planted older setting in
    ctx.settings.save()
    try:
        guard = PinGuard(ctx)
        with pytest.raises(PinRecordChanged) as refused:
            guard.needs_new_pin()
        assert refused.value.detail == "removed"
        with pytest.raises(PinRecordChanged):
            guard.check(ATTACKER_PIN)
        assert _row(ctx, META_PIN_HASH) is None  # nothing was written in its place
    finally:
        ctx.close()


def test_the_duress_pin_row_is_covered_too(pinned_kiosk: KioskContext) -> None:
    ctx = pinned_kiosk
    guard = PinGuard(ctx)
    guard.set_duress_pin("975310")
    assert guard.check("975310") is PinCheck.DURESS
    ctx.store.set_meta("pin_failures", "0")
    ctx.store.set_meta("pin_locked_until", "0")
    # Deleting the duress row would silently disarm the wipe; rewriting it would arm another PIN.
    for value in (None, hash_pin(COORDINATOR_PIN)):
        duress_row = _row(ctx, META_DURESS_HASH)
        _write_row(ctx, META_DURESS_HASH, value)
        with pytest.raises(PinRecordChanged):
            PinGuard(ctx).check(COORDINATOR_PIN)
        _write_row(ctx, META_DURESS_HASH, duress_row)
    assert PinGuard(ctx).check(COORDINATOR_PIN) is PinCheck.OPEN
    ctx.close()


def test_a_pin_from_before_the_record_was_authenticated_still_opens_and_is_authenticated_then(
        data_dir: Path) -> None:
    ctx = open_kiosk(data_dir)
    choose_coordinator_pin(ctx)  # the row as an older release wrote it: the hash alone
    assert "|" not in (_row(ctx, META_PIN_HASH) or "")
    try:
        assert PinGuard(ctx).try_pin(COORDINATOR_PIN) is True
        assert "|" in (_row(ctx, META_PIN_HASH) or "")  # authenticated from now on
        _write_row(ctx, META_PIN_HASH, hash_pin(ATTACKER_PIN))
        with pytest.raises(PinRecordChanged):
            PinGuard(ctx).check(ATTACKER_PIN)
    finally:
        ctx.close()


def test_a_campaign_files_sealing_key_is_pinned_at_first_use_and_a_later_change_is_refused(
        data_dir: Path, tmp_path: Path) -> None:
    campaign_key, attacker = generate_private_key(), generate_private_key()
    bundled = (ROOT / "resources" / "campaigns" / "end-s-comm.toml").read_text("utf-8")
    path = tmp_path / "sealed-campaign.toml"
    path.write_text(bundled + f'\n[sealing]\npublic_key = "{campaign_key.public_b64}"\n', "utf-8")
    ctx = open_kiosk(data_dir, campaign=str(path))
    try:
        first = ctx.store.record(valid_signer(ctx.campaign, 1), ctx.campaign, "es", consent_updates=True)
    finally:
        ctx.close()
    for planted in (f'\n[sealing]\npublic_key = "{attacker.public_b64}"\n', "\n"):  # swapped, then removed
        path.write_text(bundled + planted, "utf-8")
        ctx = open_kiosk(data_dir, campaign=str(path))
        try:
            with pytest.raises(SealingKeyChanged):
                check_trusted(ctx)
            with pytest.raises(SealingKeyChanged):
                ctx.store.record(valid_signer(ctx.campaign, 2), ctx.campaign, "es", consent_updates=True)
            with sqlite3.connect(ctx.store.path) as db:
                blobs = list(db.execute("SELECT uuid, sealed FROM signatures"))
        finally:
            ctx.close()
        assert [uuid for uuid, _ in blobs] == [first]
        for uuid, blob in blobs:
            with pytest.raises(SealedForHub):
                attacker.open(uuid, bytes(blob))
            assert json.loads(campaign_key.open(uuid, bytes(blob)))["given_name"]


def test_a_power_cut_between_the_new_key_and_the_new_row_leaves_a_pin_that_opens(
        pinned_kiosk: KioskContext) -> None:
    # Changing the PIN keeps a new key first, then writes the row: the cut comes in between.
    ctx = pinned_kiosk
    slot = f"{PIN_KEY_SLOT}:{ctx.store.kiosk_id}"
    try:
        PinRecordKey(ctx.key_store, ctx.data_dir, ctx.store.kiosk_id).new_key()
        assert len((keyring.get_password("petition-kiosk", slot) or "").split()) == 2
        assert PinGuard(ctx).try_pin(COORDINATOR_PIN) is True  # the row written before the cut
        assert len((keyring.get_password("petition-kiosk", slot) or "").split()) == 1  # settled again
        PinGuard(ctx).change_pin("864209")  # a change that completes still retires the old row
        assert PinGuard(ctx).try_pin("864209") is True
    finally:
        ctx.close()
