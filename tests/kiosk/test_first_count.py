"""The welcome counter's first figure (read before the store opens) agrees with the store."""

from __future__ import annotations

from pathlib import Path

from kiosk.first_count import stored_signature_count
from kiosk.paths import database_path
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate


def test_agrees_with_the_store_for_this_campaign_only(kiosk: KioskContext) -> None:
    assert stored_signature_count(kiosk.data_dir, kiosk.campaign.id) == 0
    simulate(kiosk.store, kiosk.campaign, 25)
    assert stored_signature_count(kiosk.data_dir, kiosk.campaign.id) == kiosk.store.counts(kiosk.campaign.id).total
    assert stored_signature_count(kiosk.data_dir, kiosk.campaign.id) == 25
    assert stored_signature_count(kiosk.data_dir, "another-campaign") == 0


def test_a_device_that_never_started_counts_zero_and_gets_no_file(tmp_path: Path) -> None:
    assert stored_signature_count(tmp_path, "end-s-comm") == 0
    assert not database_path(tmp_path).exists()


def test_an_unreadable_database_gives_no_figure_instead_of_a_wrong_one(tmp_path: Path) -> None:
    database_path(tmp_path).write_bytes(b"this is not a database" * 100)
    assert stored_signature_count(tmp_path, "end-s-comm") is None


def test_a_paired_kiosk_starts_on_the_hubs_figure_plus_what_was_stored_since(kiosk: KioskContext) -> None:
    from kiosk.first_count import META_HUB_COMBINED, META_HUB_LOCAL_BASE, PAIRING_FILE, stored_hub_figure

    simulate(kiosk.store, kiosk.campaign, 5)
    assert stored_hub_figure(kiosk.data_dir, kiosk.campaign.id) is None  # not paired: the stored count
    (kiosk.data_dir / PAIRING_FILE).write_text("{}", encoding="utf-8")
    assert stored_hub_figure(kiosk.data_dir, kiosk.campaign.id) is None  # nothing heard from the hub yet
    # The hub said 1,700 signatures when 3 of this kiosk's 5 had reached it; 2 were waiting.
    kiosk.store.set_meta(META_HUB_COMBINED, "1700")
    kiosk.store.set_meta(META_HUB_LOCAL_BASE, "3")
    assert stored_hub_figure(kiosk.data_dir, kiosk.campaign.id) == 1702
    simulate(kiosk.store, kiosk.campaign, 1, seed=9)
    assert stored_hub_figure(kiosk.data_dir, kiosk.campaign.id) == 1703  # one more "thank you": one more
