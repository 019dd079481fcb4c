"""The hub's numbers: the combined total, per kiosk / event / hour, the upstream backlog.

Counts only, never a name: the dashboard, the public big-number page, ``hub status`` and the
kiosks' welcome counters all read from here.

Two figures, for two audiences (issue 22). *Signatures* (every signature received, a repeat
signer's too) are what anyone may see: a device token's totals, the public big-number page and
the kiosks' welcome counters; this number moves by one for every "thank you" and never goes
down, so it says nothing about who signed before. *People* (a repeat signer once: the
``counted`` rows) are for the logged-in coordinator and the coordinator's documents only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from kiosk.campaign import Campaign
from sync.hub.models import Device, HubSignature, UpstreamItem


@dataclass(frozen=True)
class HubSummary:
    """Counts for one campaign at one moment."""

    campaign: str
    goal: int
    starting_count: int
    total: int  # people: counted signatures received (repeat signers once); the coordinator's figure
    kiosks: int
    upstream_pending: int
    upstream_synced: int
    upstream_rejected: int = 0
    upstream_last_error: str | None = None
    per_kiosk: list[dict[str, Any]] = field(default_factory=list)
    per_event: list[dict[str, Any]] = field(default_factory=list)
    per_hour: list[dict[str, Any]] = field(default_factory=list)
    signatures: int = 0  # every signature received, repeats included: the figure anyone may see

    @property
    def combined(self) -> int:
        """People toward the goal (the coordinator's): those gathered elsewhere plus the hub's."""
        return self.starting_count + self.total

    @property
    def signed(self) -> int:
        """The public number toward the goal: signatures gathered elsewhere plus every one received."""
        return self.starting_count + self.signatures


def _hour_key(engine: Engine) -> Any:
    if engine.dialect.name == "postgresql":
        return func.to_char(func.date_trunc("hour", HubSignature.signed_at), "YYYY-MM-DD\"T\"HH24:00")
    return func.strftime("%Y-%m-%dT%H:00", HubSignature.signed_at)


def summarize(engine: Engine, campaign: Campaign, detail: bool = False) -> HubSummary:
    """The counts; with ``detail`` also per kiosk, per event and per hour (UTC)."""
    counted = (HubSignature.campaign_id == campaign.id, HubSignature.counted.is_(True))
    with Session(engine) as session:
        by_counted = dict(session.execute(select(HubSignature.counted, func.count()).where(
            HubSignature.campaign_id == campaign.id).group_by(HubSignature.counted)).all())
        total = int(by_counted.get(True, 0))
        signatures = total + int(by_counted.get(False, 0))
        kiosks = int(session.scalar(select(func.count()).select_from(Device).where(Device.revoked_at.is_(None))) or 0)
        # The backlog of people sent upstream: a repeat's queue entry (sync/riders.py) is never sent.
        states = dict(session.execute(select(UpstreamItem.state, func.count()).join(
            HubSignature, HubSignature.uuid == UpstreamItem.uuid).where(HubSignature.counted.is_(True))
            .group_by(UpstreamItem.state)).all())
        last_error = session.scalar(select(UpstreamItem.last_error).where(
            UpstreamItem.state == "pending", UpstreamItem.last_error.is_not(None)).limit(1))
        per_kiosk: list[dict[str, Any]] = []
        per_event: list[dict[str, Any]] = []
        per_hour: list[dict[str, Any]] = []
        if detail:
            per_kiosk = [{"device": d, "label": label or "", "count": int(n)} for d, label, n in session.execute(
                select(HubSignature.device_id, Device.label, func.count()).join(Device)
                .where(*counted).group_by(HubSignature.device_id, Device.label).order_by(Device.label))]
            per_event = [{"event": e, "count": int(n)} for e, n in session.execute(
                select(HubSignature.event, func.count()).where(*counted)
                .group_by(HubSignature.event).order_by(HubSignature.event))]
            hour = _hour_key(engine)
            per_hour = [{"hour": h, "count": int(n)} for h, n in session.execute(
                select(hour, func.count()).where(*counted).group_by(hour).order_by(hour))]
    return HubSummary(campaign.id, campaign.goal, campaign.starting_count, total, kiosks,
                      int(states.get("pending", 0)), int(states.get("synced", 0)), int(states.get("rejected", 0)),
                      last_error, per_kiosk, per_event, per_hour, signatures)
