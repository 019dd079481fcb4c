"""Repeat signers' signatures in an outbox: never sent, delivered when a new one would be.

A repeat signer's signature is stored and counted among the signatures like anyone's (issue
22), but the person is already on their way upstream, so it is never sent a second time. Left
out of the queue, though, it would be "delivered" at once, even with the server out of reach,
while a new person's signature waits: a receipt, a "waiting" figure or a device token's totals
would say who had signed before. So it travels in the queue like any signature, in the same
order and batches ("a rider"), and takes its batch's fate: when the batch's exchange with the
server succeeded it is confirmed with the batch, in the same transaction; when the exchange
failed it fails with the same code and backs off alike; when sync is paused it waits alike.
A batch of riders only sends nothing, so the adapter asks the server once
(:meth:`~sync.upstream.adapters.base.Adapter.probe`: an authenticated request that stores nothing); a
rate-limited adapter (Action Network, one request per signature) also spends one request slot
per rider, so a batch of repeats takes as long as a batch of new signers. The kiosk's engine
(sync/client/engine.py) and the hub's forwarder (sync/hub/forwarder.py) both settle riders here.
"""

from __future__ import annotations

from collections.abc import Sequence

from sync.upstream.adapters.base import Adapter, SendResult

#: What a rider's receipt says (kept in the outbox for the coordinator; no device sees it).
RIDER_RECEIPT = "repeat"


def settle_riders(adapter: Adapter, result: SendResult, riders: Sequence[str]) -> None:
    """Give ``riders`` (UUIDs leased with this batch but not sent) the batch's outcome in ``result``."""
    if not riders:
        return
    slots = len(riders)
    if result.requests == 0 and result.halt is None:
        # Nothing of the batch went to the server: ask it, as a new signature would have.
        result.halt = adapter.probe()
        result.requests += 1
        slots -= 1
    halt = result.halt
    if halt is not None:
        if not halt.pauses:  # a pause leaves every record as it was, riders too
            for uuid in riders:
                result.failed[uuid] = halt.code
        return
    limiter = getattr(adapter, "limiter", None)
    for _ in range(slots if limiter is not None else 0):
        if not limiter.wait(adapter.interrupt):  # type: ignore[union-attr]
            return  # closing: the riders stay pending, untouched, like signatures not yet sent
    for uuid in riders:
        result.confirmed[uuid] = RIDER_RECEIPT
