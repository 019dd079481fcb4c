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

from kiosk.first_count import META_HUB_COMBINED, META_HUB_LOCAL_BASE, PAIRING_FILE, welcome_figure

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
    """The campaign's count of signatures for the welcome screen when paired, else None.

    The hub's last known count of signatures (every kiosk's, a repeat signer's too: issue 22)
    plus this kiosk's signatures stored since the hub's figure was heard, i.e. beyond those it
    already held (:data:`META_HUB_LOCAL_BASE`). A signature that reaches the hub between two
    hearings was counted here when it was stored and stays counted once, so the number moves by
    one for every "thank you", never dips on a sync, and is right in reach of the hub or not.
    """
    pairing = load_pairing(data_dir)
    if pairing is None or pairing.campaign_id != campaign_id:
        return None
    heard = store.get_meta(META_HUB_COMBINED)
    if not heard or not heard.isdigit():
        return None
    counts = store.counts(campaign_id)
    base = store.get_meta(META_HUB_LOCAL_BASE)
    if not base or not base.isdigit():  # heard by an older version: what waited was not in it
        return int(heard) + int(getattr(counts, "pending", 0))
    return welcome_figure(int(heard), int(base), int(getattr(counts, "total", 0)))
