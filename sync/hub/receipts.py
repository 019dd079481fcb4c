"""Receipts flowing back to a kiosk: per signature, "on the hub" or "delivered upstream".

A device learns only about signatures it uploaded itself (and only their state, never their
contents).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.hub.database import reader_engine
from sync.hub.held_counters import device_figures
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
    """How many of a device's signatures the hub holds, and how many went upstream.

    From the device's counters (sync/hub/held_counters.py), kept by triggers in the writing
    transaction: an idle kiosk asks every 3 s, and counting its rows was a scan each time.
    Signatures, repeats included, never people: a repeat moves both figures as a new signer does.
    """
    with reader_engine(engine).connect() as connection:
        on_hub, undelivered = device_figures(connection, device_id)
    delivered = (on_hub - undelivered) if configured_targets(engine) else 0
    return {"on_hub": on_hub, "delivered_upstream": max(0, delivered)}
