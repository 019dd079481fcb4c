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
from sync.hub import aggregates
from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.target_figures import TargetFigures


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
    targets: list[TargetFigures] = field(default_factory=list)

    @property
    def combined(self) -> int:
        """People toward the goal (the coordinator's): those gathered elsewhere plus the hub's."""
        return self.starting_count + self.total

    @property
    def signed(self) -> int:
        """The public number toward the goal: signatures gathered elsewhere plus every one received."""
        return self.starting_count + self.signatures


def summarize(engine: Engine, campaign: Campaign, detail: bool = False) -> HubSummary:
    """The counts; with ``detail`` also per kiosk, per event and per hour (UTC).

    Read from the counters of :mod:`sync.hub.aggregates` (a few dozen rows at any size),
    never by counting the signatures.
    """
    with Session(engine) as session:
        by_counted = {bool(c): int(n) for c, n in session.execute(
            select(aggregates.totals.c.counted, aggregates.totals.c.n).where(
                aggregates.totals.c.campaign_id == campaign.id))}
        total = by_counted.get(True, 0)
        signatures = total + by_counted.get(False, 0)
        kiosks = int(session.scalar(select(func.count()).select_from(Device).where(Device.revoked_at.is_(None))) or 0)
        targets = _targets(session)
        per_kiosk: list[dict[str, Any]] = []
        per_event: list[dict[str, Any]] = []
        per_hour: list[dict[str, Any]] = []
        if detail:
            k, e, h = aggregates.kiosks.c, aggregates.events.c, aggregates.hours.c
            per_kiosk = [{"device": d, "label": label or "", "count": int(n)} for d, label, n in session.execute(
                select(k.device_id, Device.label, k.n).outerjoin(Device, Device.id == k.device_id)
                .where(k.campaign_id == campaign.id, k.n > 0).order_by(Device.label, k.device_id))]
            per_event = [{"event": ev, "count": int(n)} for ev, n in session.execute(
                select(e.event, e.n).where(e.campaign_id == campaign.id, e.n > 0).order_by(e.event))]
            per_hour = [{"hour": hour, "count": int(n)} for hour, n in session.execute(
                select(h.hour, h.n).where(h.campaign_id == campaign.id, h.n > 0).order_by(h.hour))]
    last_error = next((t.last_error for t in targets if t.last_error), None)
    return HubSummary(campaign.id, campaign.goal, campaign.starting_count, total, kiosks,
                      sum(t.pending for t in targets), sum(t.synced for t in targets),
                      sum(t.rejected for t in targets), last_error, per_kiosk, per_event, per_hour, signatures,
                      targets)


def _targets(session: Session) -> list[TargetFigures]:
    u, err = aggregates.upstream.c, aggregates.upstream_errors.c
    states: dict[str, dict[str, int]] = {}
    for target, state, n in session.execute(select(u.target, u.state, u.n)):
        states.setdefault(target, {})[state] = int(n)
    errors: dict[str, str | None] = {t: e for t, e in session.execute(select(err.target, err.last_error))}
    return [TargetFigures(name, figures.get("pending", 0), figures.get("synced", 0), figures.get("rejected", 0),
                          errors.get(name)) for name, figures in sorted(states.items())]


def _hour_key(engine: Engine) -> Any:
    if engine.dialect.name == "postgresql":
        return func.to_char(func.date_trunc("hour", HubSignature.signed_at), "YYYY-MM-DD\"T\"HH24:00")
    return func.strftime("%Y-%m-%dT%H:00", HubSignature.signed_at)


def recount(engine: Engine, campaign: Campaign) -> dict[str, Any]:
    """The same figures counted from every row (a full scan): what the counters must agree with."""
    counted = (HubSignature.campaign_id == campaign.id, HubSignature.counted.is_(True))
    with Session(engine) as session:
        by_counted = {bool(c): int(n) for c, n in session.execute(select(HubSignature.counted, func.count()).where(
            HubSignature.campaign_id == campaign.id).group_by(HubSignature.counted))}
        per_kiosk = {d: int(n) for d, n in session.execute(
            select(HubSignature.device_id, func.count()).where(*counted).group_by(HubSignature.device_id))}
        per_event = {e: int(n) for e, n in session.execute(
            select(HubSignature.event, func.count()).where(*counted).group_by(HubSignature.event))}
        hour = _hour_key(engine)
        per_hour = {h: int(n) for h, n in session.execute(select(hour, func.count()).where(*counted).group_by(hour))}
        upstream = {(t, st): int(n) for t, st, n in session.execute(
            select(UpstreamItem.target, UpstreamItem.state, func.count()).join(
                HubSignature, HubSignature.uuid == UpstreamItem.uuid).where(HubSignature.counted.is_(True))
            .group_by(UpstreamItem.target, UpstreamItem.state))}
    return {"people": by_counted.get(True, 0), "signatures": sum(by_counted.values()), "per_kiosk": per_kiosk,
            "per_event": per_event, "per_hour": per_hour, "upstream": upstream}


def counters(engine: Engine, campaign: Campaign) -> dict[str, Any]:
    """The counters in :func:`recount`'s shape (zero rows left out, as a recount has none)."""
    summary = summarize(engine, campaign, detail=True)
    upstream = {(t.name, state): n for t in summary.targets
                for state, n in (("pending", t.pending), ("synced", t.synced), ("rejected", t.rejected)) if n}
    return {"people": summary.total, "signatures": summary.signatures,
            "per_kiosk": {r["device"]: r["count"] for r in summary.per_kiosk},
            "per_event": {r["event"]: r["count"] for r in summary.per_event},
            "per_hour": {r["hour"]: r["count"] for r in summary.per_hour}, "upstream": upstream}
