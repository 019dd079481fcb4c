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
