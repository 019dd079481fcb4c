"""The kiosk's sync target as in force for one run: campaign defaults, settings, a paired hub, then CLI flags."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kiosk.campaign import Campaign
from kiosk.settings import Settings
from sync.upstream.target import KIND_JSON, SyncConfig


def resolve_config(campaign: Campaign, settings: Settings, kind: str | None = None, url: str | None = None,
                   petition_id: str | None = None, data_dir: Path | None = None) -> SyncConfig:
    """Campaign target, overridden by the kiosk's settings, overridden by a paired hub (when
    ``data_dir`` holds a pairing), overridden by explicit arguments."""
    target = campaign.sync
    config = SyncConfig(kind=target.kind, url=target.url, petition_id=target.petition_id,
                        tags=tuple(target.tags), country=campaign.country,
                        language=campaign.default_language)
    config = config.with_overrides(
        kind=settings.sync_kind, url=settings.sync_url, petition_id=settings.sync_petition_id,
        ca_bundle=settings.sync_ca_bundle)
    if data_dir is not None and not (kind or url):
        from kiosk.secrets import key_store_kind
        from sync.client.pairing import load_pairing, pinned_fingerprint

        pairing = load_pairing(data_dir)
        if pairing is not None:
            # The fingerprint the key store pinned, not the pairing file's (kiosk/trust.py).
            pinned = pinned_fingerprint(data_dir, pairing, key_store_kind(settings.key_store))
            config = replace(config, kind=KIND_JSON, url=pairing.url, ca_bundle="",
                             pinned_sha256=pinned, hub_device=True)
    return config.with_overrides(kind=kind, url=url, petition_id=petition_id)
