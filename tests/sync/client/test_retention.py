"""Retention: personal fields and contact hashes purged after upload (or rejection), counts intact."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from kiosk.clock import utcnow
from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.secrets import ContactKeyStore
from kiosk.simulate import simulate
from sync.client.retention import RetentionMode, RetentionRule, apply_retention
from tests.support import valid_signer
from tests.sync.helpers import json_config, make_engine, rows
from tests.sync.servers.base import RunningServer


def test_immediate_purges_synced_and_rejected_rows_never_pending_and_keeps_counts(
        kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 10)
    json_server.app.reject_uuids.add(sorted(kiosk.store.all_uuids())[0])  # type: ignore[attr-defined]
    engine = make_engine(kiosk, json_config(json_server.url),
                         retention=RetentionRule(RetentionMode.IMMEDIATE))
    report = engine.run_until_idle(10)
    # The rejected row is final (the server will never take it): purged like the synced ones.
    assert report.purged == 10
    # Recorded after the drain: still pending, so never purged.
    late = kiosk.store.record(valid_signer(kiosk.campaign, 99), kiosk.campaign, "en", True)
    apply_retention(kiosk.store, RetentionRule(RetentionMode.IMMEDIATE), utcnow())
    for row in rows(kiosk):
        if row.state in (SyncState.SYNCED, SyncState.REJECTED):
            assert row.sealed is None and row.purged_at is not None
            assert row.email_hash is None and row.phone_hash is None
            assert kiosk.store.personal(row.uuid) is None
        else:
            assert row.sealed is not None and row.purged_at is None and row.email_hash is not None
    assert kiosk.store.personal(late) is not None
    counts = kiosk.store.counts()
    assert (counts.total, counts.synced, counts.rejected, counts.pending) == (11, 9, 1, 1)
    assert sum(e.count for e in kiosk.store.events()) == 10  # the late one has no event


def test_a_purged_signer_leaves_no_hash_and_no_contact_key(kiosk: KioskContext, json_server: RunningServer,
                                                           data_dir: Path) -> None:
    # Issue 13: a hash kept after the purge let anyone with the key confirm who signed (61 of
    # 61 phones recovered). Repeats are now caught while the record is on the kiosk; after
    # the purge the server's own deduplication (same UUID, same person) is what remains.
    signer = valid_signer(kiosk.campaign, 1, phone="(213) 555-0199")
    kiosk.store.record(signer, kiosk.campaign, "es", False)
    kiosk.store.record(signer, kiosk.campaign, "es", False)  # still on the kiosk: recognised, counted once
    # Issue 22: the repeat is a signature of its own (marked, without hashes); one person.
    counts = kiosk.store.counts()
    assert (counts.total, counts.people) == (2, 1)
    contact_keys = ContactKeyStore(kiosk.key_store, data_dir)
    assert len(contact_keys.load(kiosk.store.kiosk_id)) == 1
    make_engine(kiosk, json_config(json_server.url), retention=RetentionRule(RetentionMode.IMMEDIATE)).run_until_idle(5)
    assert len(json_server.app.stored_uuids()) == 1  # the server heard of the person once
    for row in rows(kiosk):  # both purged: the first once sent, the repeat once settled with it
        assert row.sealed is None and row.email_hash is None and row.phone_hash is None
    assert contact_keys.load(kiosk.store.kiosk_id) == []  # the key that hashed it is destroyed
    assert not kiosk.store.is_repeat_signer(signer, kiosk.campaign.id)
    kiosk.store.record(signer, kiosk.campaign, "es", False)  # a new window, a new key
    counts = kiosk.store.counts()
    assert len(contact_keys.load(kiosk.store.kiosk_id)) == 1 and (counts.total, counts.people) == (3, 2)


def test_days_wait_and_manual_waits_for_the_coordinator(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 4)
    make_engine(kiosk, json_config(json_server.url), retention=RetentionRule(RetentionMode.MANUAL)).run_until_idle(5)
    now = utcnow()
    rule = RetentionRule()  # the default: 14 days
    assert rule == RetentionRule(RetentionMode.DAYS, 14)
    assert apply_retention(kiosk.store, rule, now + timedelta(days=13)) == 0
    assert apply_retention(kiosk.store, RetentionRule(RetentionMode.MANUAL), now + timedelta(days=400)) == 0
    assert all(r.sealed is not None for r in rows(kiosk))
    assert apply_retention(kiosk.store, rule, now + timedelta(days=14, seconds=1)) == 4
    assert all(r.sealed is None for r in rows(kiosk))


def test_manual_purge_now_and_settings(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 3)
    make_engine(kiosk, json_config(json_server.url), retention=RetentionRule(RetentionMode.MANUAL)).run_until_idle(5)
    assert kiosk.store.purge_synced(utcnow()) == 3
    assert kiosk.store.purge_synced(utcnow()) == 0
    kiosk.settings.set("retention", "immediate")
    assert RetentionRule.from_settings(kiosk.settings).mode is RetentionMode.IMMEDIATE
    kiosk.settings.set("retention", "days")
    kiosk.settings.set("retention_days", 3)
    assert RetentionRule.from_settings(kiosk.settings) == RetentionRule(RetentionMode.DAYS, 3)
