"""Receipts flowing back to a kiosk: per signature, "on the hub" or "delivered upstream".

A device learns only about signatures it uploaded itself (and only their state, never their
contents).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.hub.models import HubSignature, UpstreamItem
from sync.hub.upstream import configured_targets

ON_HUB = "on_hub"
DELIVERED = "delivered_upstream"


def receipts_for(engine: Engine, device_id: str, uuids: Sequence[str]) -> dict[str, str]:
    """``{uuid: on_hub | delivered_upstream}`` for those of ``uuids`` this device uploaded.

    A signature counts as delivered when every upstream target confirmed it. A repeat signer's
    is queued like anyone's and confirmed with the batch it rides in (sync/upstream/riders.py), never
    earlier, so its receipt says nothing a new signer's would not; with no upstream target
    configured (or none queued yet) it stays "on the hub".
    """
    wanted = [u.lower() for u in uuids]
    if not wanted:
        return {}
    with Session(engine) as session:
        mine = list(session.scalars(select(HubSignature.uuid).where(
            HubSignature.device_id == device_id, HubSignature.uuid.in_(wanted))))
        states: dict[str, list[str]] = {}
        if mine:
            for uuid, state in session.execute(select(UpstreamItem.uuid, UpstreamItem.state).where(
                    UpstreamItem.uuid.in_(list(mine)))):
                states.setdefault(uuid, []).append(state)
    return {uuid: DELIVERED if uuid in states and all(state == "synced" for state in states[uuid]) else ON_HUB
            for uuid in mine}



def device_counts(engine: Engine, device_id: str) -> dict[str, int]:
    """How many of a device's signatures the hub holds, and how many went upstream."""
    from sqlalchemy import func

    with Session(engine) as session:
        on_hub = int(session.scalar(select(func.count()).select_from(HubSignature).where(
            HubSignature.device_id == device_id)) or 0)
        undelivered = int(session.scalar(select(func.count(func.distinct(UpstreamItem.uuid))).join(
            HubSignature, HubSignature.uuid == UpstreamItem.uuid).where(
            HubSignature.device_id == device_id, UpstreamItem.state != "synced")) or 0)
    delivered = (on_hub - undelivered) if configured_targets(engine) else 0
    return {"on_hub": on_hub, "delivered_upstream": max(0, delivered)}
