"""A sync target: the server kind, its address and the tunables of sending to it.

The kiosk's client builds one from its campaign, settings and pairing
(:func:`sync.client.config.resolve_config`); the hub's forwarder builds one per upstream target
(sync/hub/forwarder.py); the adapters read it. Tunables (timeouts, backoff, rate, batch size)
have sane defaults and are plain fields so tests can make them tiny without monkeypatching.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kiosk.settings import SyncKind

KIND_OSDI = SyncKind.OSDI
KIND_JSON = SyncKind.JSON
KIND_NONE = SyncKind.NONE

DEFAULT_CONNECT_TIMEOUT_S = 10.0
DEFAULT_READ_TIMEOUT_S = 30.0
JSON_MAX_BATCH = 500  # the protocol's limit
OSDI_MAX_RATE_PER_S = 4.0  # Action Network's documented limit
# Leave a little room under the limit: the server measures arrival times, which jitter.
OSDI_RATE_MARGIN = 0.97


@dataclass(frozen=True)
class SyncConfig:
    """Everything the engine and adapters need besides the token."""

    kind: str
    url: str
    petition_id: str = ""
    tags: tuple[str, ...] = ()
    ca_bundle: str = ""
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S
    read_timeout_s: float = DEFAULT_READ_TIMEOUT_S
    batch_size: int = JSON_MAX_BATCH
    rate_per_s: float = OSDI_MAX_RATE_PER_S * OSDI_RATE_MARGIN
    backoff_base_s: float = 2.0
    backoff_cap_s: float = 300.0
    #: The cap while nothing answers at all (refused, unreachable, DNS, a dead network).
    connection_cap_s: float = 15.0
    country: str = "US"
    #: The campaign's default language (a signer's own language goes with each signature).
    language: str = "en"
    #: A paired hub's certificate SHA-256: trust that certificate alone (see sync/client/pairing.py).
    pinned_sha256: str = ""
    #: Whether the token is the hub device token (from pairing) rather than the sync token.
    hub_device: bool = False

    @property
    def enabled(self) -> bool:
        """Whether a sync target is configured at all."""
        return self.kind in (KIND_OSDI, KIND_JSON) and bool(self.url)

    @property
    def is_set_up(self) -> bool:
        """Whether sending can work at all: a target, and for Action Network its petition id.

        The demo campaign names Action Network without a petition id: its kiosk keeps every
        signature and sends none, which is a choice to tell the coordinator about, not a
        fault to show the signers.
        """
        return self.enabled and (self.kind != KIND_OSDI or bool(self.petition_id))

    def with_overrides(self, **changes: Any) -> SyncConfig:
        """A copy with the given fields replaced (ignores None and empty strings)."""
        kept = {k: v for k, v in changes.items() if v not in (None, "")}
        return replace(self, **kept)

