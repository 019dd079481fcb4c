"""What a paired kiosk knows about its hub, readable without loading any HTTP code.

The pairing file (address, pinned fingerprint, device and campaign facts; nothing secret)
and the hub's last known totals, which the sync worker keeps in the kiosk's ``meta`` table.
The welcome counter reads them from here on the screen's thread: no network, no waiting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

PAIRING_FILE = "hub-pairing.json"
META_HUB_COMBINED = "hub.combined"  # the campaign's combined count at the hub, last heard
META_HUB_AT = "hub.totals_at"
META_HUB_ON_HUB = "hub.mine_on_hub"  # this kiosk's signatures the hub holds
META_HUB_DELIVERED = "hub.mine_delivered"  # … of which delivered upstream


@dataclass(frozen=True)
class Pairing:
    """What a paired kiosk knows about its hub (nothing secret)."""

    url: str
    fingerprint: str
    device_id: str
    hub_id: str
    campaign_id: str
    goal: int
    starting_count: int
    paired_at: str
    kiosk_id: str  # whose device token this pairing uses (kiosk/secrets.py keeps one per kiosk)


def pairing_path(data_dir: Path) -> Path:
    """The pairing file in the kiosk's data dir."""
    return data_dir / PAIRING_FILE


def load_pairing(data_dir: Path) -> Pairing | None:
    """The kiosk's pairing, or None (not paired, or the file is unreadable)."""
    try:
        raw = json.loads(pairing_path(data_dir).read_text("utf-8"))
        return Pairing(**raw)
    except (OSError, ValueError, TypeError):
        return None


class CountingStore(Protocol):
    """What :func:`combined_count` needs from the kiosk's store."""

    def get_meta(self, key: str) -> str | None: ...

    def counts(self, campaign_id: str | None = None) -> object: ...


def combined_count(data_dir: Path, store: CountingStore, campaign_id: str) -> int | None:
    """The campaign's count for the welcome screen when paired, else None.

    The hub's last known combined count plus this kiosk's signatures still waiting to reach
    it: those are not in the hub's figure yet, and those already sent are (once). So the
    number is right whether or not the hub is in reach right now.
    """
    pairing = load_pairing(data_dir)
    if pairing is None or pairing.campaign_id != campaign_id:
        return None
    heard = store.get_meta(META_HUB_COMBINED)
    if not heard or not heard.isdigit():
        return None
    pending = int(getattr(store.counts(campaign_id), "pending", 0))
    return int(heard) + pending
