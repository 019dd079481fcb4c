"""The live numbers of the admin area: today, this event, all time, waiting, rejected and why.

Read from a snapshot (no write lock), so refreshing them every few seconds never makes a
signer wait.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select

from kiosk.models import SignatureRecord, SyncState
from kiosk.reports.snapshot import read_snapshot
from kiosk.reports.state_figures import state_figures
from kiosk.store import SignatureStore

MAX_REASONS = 8


@dataclass(frozen=True)
class Dashboard:
    """Counts for one campaign on this kiosk."""

    today: int = 0
    this_event: int = 0
    total: int = 0  # signatures, a repeat signer's too
    people: int = 0  # a repeat signer once (the coordinator's figure; in sealed mode only the hub can tell)
    waiting: int = 0
    synced: int = 0
    rejected: int = 0
    not_sent: int = 0  # kept here, never sent upstream: the target needs contact details
    rejection_reasons: tuple[tuple[str, int], ...] = ()


def dashboard(store: SignatureStore, campaign_id: str, event_id: int | None, today: date | None = None) -> Dashboard:
    """The admin area's counts; ``today`` is the local day (default: now)."""
    day = today or datetime.now().astimezone().date()
    midnight = datetime.combine(day, time()).astimezone()
    sig = SignatureRecord
    with read_snapshot(store) as conn:
        by_state = {state: n for state, n in conn.execute(
            select(sig.state, func.count()).where(sig.campaign_id == campaign_id).group_by(sig.state))}
        repeats = conn.execute(select(func.count()).where(
            sig.campaign_id == campaign_id, sig.repeat.is_(True))).scalar_one()
        todays = conn.execute(select(func.count()).where(
            sig.campaign_id == campaign_id, sig.signed_at >= midnight)).scalar_one()
        this_event = 0
        if event_id is not None:
            this_event = conn.execute(select(func.count()).where(
                sig.campaign_id == campaign_id, sig.event_id == event_id)).scalar_one()
        reason = func.coalesce(sig.last_error, "")
        reasons = conn.execute(
            select(reason, func.count()).where(sig.campaign_id == campaign_id, sig.state == SyncState.REJECTED)
            .group_by(reason).order_by(func.count().desc(), reason).limit(MAX_REASONS)).all()
    return Dashboard(
        today=todays,
        this_event=this_event,
        **state_figures(by_state, repeats),
        rejection_reasons=tuple((r, n) for r, n in reasons),
    )
