"""Forwarding upstream: each target's outbox drained through the delivery loop, with the kiosk's adapters.

Rows of ``hub_upstream`` are taken under short leases renewed while this process works on
them (sync/hub/leases.py), so several hub processes on one database never send a row at the
same time, and a process that dies gives its rows back within one lease (20 s). Sending,
retrying, the gate and the pause are the delivery loop's (sync/upstream/delivery.py), the same rules
as a kiosk's: only a confirmed UUID is marked synced, a failed signature retries on its own
schedule while the rest of the batch goes on, a target's gate follows its recent failure
rate, ``Retry-After`` is honoured, and 401/403/404 pause the target (nothing rejected) until
a recheck. Action Network gets one signature per part, its outcome written before the next
request, so a crash can leave at most the request in flight unknown, and that one is marked
"in doubt" before it goes out and asked about upstream before it is sent again
(sync/hub/in_doubt.py); and it sees at most 4 requests per second from all hub processes
together: the adapter's limiter is the kiosk's own, given slots from the database
(sync/hub/request_slots.py).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import timedelta

from sqlalchemy import Engine, and_, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.secrets import get_upstream_token, set_upstream_token
from sync.hub.context import HubContext, set_meta
from sync.hub.held_counters import lock_devices
from sync.hub.in_doubt import LeaseLost, in_doubt, mark_attempt, still_in_doubt
from sync.hub.leases import LeaseKeeper, lease_batch, lease_length
from sync.hub.models import HubSignature, UpstreamItem
from sync.hub.opening import records_with_kiosk_names, stored_clear_columns, stored_outgoing
from sync.hub.request_slots import shared_limiter
from sync.hub.retention import purge_delivered
from sync.hub.upstream import UpstreamTarget, load_targets, report_missing_tags
from sync.protocol import Outgoing
from sync.upstream import sanitize
from sync.upstream.adapters import Adapter, make_adapter
from sync.upstream.adapters.base import SendResult
from sync.upstream.backoff import RetryPolicy
from sync.upstream.delivery import DeliveryLoop
from sync.upstream.errors import SyncCode, SyncConfigError
from sync.upstream.target import KIND_OSDI, SyncConfig

log = logging.getLogger(__name__)

IDLE_POLL_S = 1.0
PAUSE_RECHECK_S = 30.0
JSON_BATCH = 200
RETENTION_SWEEP_S = 300.0  # a full retention pass (signatures kept N days come due with time)


def set_target_token(hub_id: str, target: str, token: str) -> None:
    """Keep the upstream key of ``target`` in this hub's keyring."""
    set_upstream_token(hub_id, target, token)


def target_config(target: UpstreamTarget) -> SyncConfig:
    """The adapter configuration for ``target``."""
    return SyncConfig(kind=target.kind, url=target.url, petition_id=target.petition_id, tags=target.tags,
                      ca_bundle=target.ca_bundle, pinned_sha256=target.pinned_sha256,
                      connect_timeout_s=target.connect_timeout_s,
                      read_timeout_s=target.read_timeout_s, batch_size=JSON_BATCH, rate_per_s=target.rate_per_s,
                      backoff_base_s=target.backoff_base_s, backoff_cap_s=target.backoff_cap_s,
                      country=target.country, language=target.language)


def _repeats(engine: Engine, uuids: Sequence[str]) -> set[str]:
    """Those of ``uuids`` that are a repeat signer's (not counted): queued, never sent."""
    with Session(engine) as session:
        return set(session.scalars(select(HubSignature.uuid).where(
            HubSignature.uuid.in_(list(uuids)), HubSignature.counted.is_(False))))


def _open(hub: HubContext, uuids: Sequence[str]) -> dict[str, Outgoing | None]:
    with Session(hub.engine) as session:
        records = records_with_kiosk_names(session, uuids)
    return {record.uuid: stored_outgoing(hub.sealer, *stored_clear_columns(record, kiosk_name), record.sealed)
            for record, kiosk_name in records}


class Forwarder:
    """Drains every target's outbox in one background thread of a hub process."""

    def __init__(self, hub: HubContext, owner: str, rng: random.Random | None = None) -> None:
        self.hub = hub
        self.owner = owner
        self.stop = threading.Event()
        self._rng = rng or random.Random()
        self._adapters: dict[str, tuple[UpstreamTarget, str, Adapter]] = {}
        self._loops: dict[str, tuple[UpstreamTarget, DeliveryLoop]] = {}
        self.lease: timedelta = lease_length()
        self._thread: threading.Thread | None = None
        self._confirmed: list[str] = []  # UUIDs confirmed by some target since the last retention pass
        self._next_sweep = 0.0  # time.monotonic() of the next full retention pass

    def start(self) -> None:
        """Run in a daemon thread until :meth:`close`."""
        self._thread = threading.Thread(target=self.run, name="hub-forwarder", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop and release connections."""
        self.stop.set()
        if self._thread is not None:
            self._thread.join(10)
        for _, _, adapter in self._adapters.values():
            adapter.close()

    def run(self) -> None:
        """Forward until stopped; never raises (a database outage is waited out)."""
        while not self.stop.is_set():
            try:
                sent = self.forward_once()
            except Exception as exc:  # keep forwarding after any hiccup; log the type only
                log.warning("forwarding: %s", type(exc).__name__)
                sent = 0
            self.retain()
            if not sent:
                self.stop.wait(IDLE_POLL_S)

    def retain(self) -> int:
        """Purge what retention says is due: the signatures just confirmed (an event hub's
        default is at once), and everything now and then; how many were purged. Never raises."""
        confirmed, self._confirmed = self._confirmed, []
        try:
            if time.monotonic() >= self._next_sweep:
                self._next_sweep = time.monotonic() + RETENTION_SWEEP_S
                return purge_delivered(self.hub.engine)
            return purge_delivered(self.hub.engine, among=confirmed) if confirmed else 0
        except Exception as exc:  # the next pass tries again; log the type only
            log.warning("retention: %s", type(exc).__name__)
            self._confirmed = confirmed + self._confirmed
            return 0

    def _adapter(self, target: UpstreamTarget) -> Adapter | None:
        token = get_upstream_token(self.hub.hub_id, target.name)
        if not token:
            return None
        known = self._adapters.get(target.name)
        if known is not None and known[0] == target and known[1] == token:
            return known[2]
        if known is not None:
            known[2].close()
        # Action Network's limit is per account, across every hub process: slots from the database.
        limiter = shared_limiter(self.hub.engine, target.name, target.rate_per_s) if target.kind == KIND_OSDI else None
        try:
            adapter = make_adapter(target_config(target), token, limiter)
        except SyncConfigError:
            return None
        adapter.interrupt = self.stop
        if target.kind == KIND_OSDI:
            report_missing_tags(self.hub.engine, target.name, adapter)
        self._adapters[target.name] = (target, token, adapter)
        return adapter

    def loop(self, target: UpstreamTarget) -> DeliveryLoop:
        """The delivery loop (gate, failure window, pause) of ``target`` in this process."""
        known = self._loops.get(target.name)
        if known is None or known[0] != target:
            retry = RetryPolicy.make(target.backoff_base_s, target.backoff_cap_s, rng=self._rng)
            known = (target, DeliveryLoop(retry))
            self._loops[target.name] = known
        return known[1]

    def forward_once(self) -> int:
        """One batch for each target that is due; how many rows were attempted."""
        attempted = 0
        for target in load_targets(self.hub.engine):
            loop = self.loop(target)
            if self.stop.is_set() or not loop.ready():
                continue
            adapter = self._adapter(target)
            if adapter is None:
                self._note_error(target.name, SyncCode.NO_TOKEN)
                loop.pause(SyncCode.NO_TOKEN, recheck_s=PAUSE_RECHECK_S)
                continue
            leased = lease_batch(self.hub.engine, target.name, self.owner, adapter.max_batch, self.lease)
            if not leased:
                continue
            attempted += len(leased)
            with LeaseKeeper(self.hub.engine, target.name, self.owner, [u for u, _ in leased], self.lease):
                self._send(target, loop, adapter, dict(leased))
        return attempted

    def _send(self, target: UpstreamTarget, loop: DeliveryLoop, adapter: Adapter, attempts: dict[str, int]) -> None:
        riders = _repeats(self.hub.engine, list(attempts))
        sent = [u for u in attempts if u not in riders]
        opened = _open(self.hub, sent)
        outgoing = [item for u in sent if (item := opened.get(u)) is not None]
        self._unreadable(target, [u for u in sent if opened.get(u) is None])
        delivered = self._settle_in_doubt(target, adapter, outgoing)
        outgoing = [item for item in outgoing if item.uuid not in delivered]
        # Action Network takes one signature per request: each outcome is written before the
        # next request, so a crash leaves at most the one in flight unknown.
        part_size = 1 if target.kind == KIND_OSDI else None

        in_flight: list[str] = []

        def mark(uuids: Sequence[str]) -> None:
            # Durably "in doubt" before the request goes out: a kill from here on leaves the
            # mark, and whoever leases the row next asks the upstream before sending again.
            mark_attempt(self.hub.engine, target.name, self.owner, uuids, self.lease)
            in_flight[:] = uuids

        def write(result: SendResult, delays: Mapping[str, float]) -> None:
            self._record(target, result, delays, answered=in_flight)

        # A repeat signer's entry is never sent: it takes the first part's fate (sync/upstream/riders.py).
        try:
            stopped = loop.deliver(adapter, outgoing, attempts, write, part_size, sorted(riders),
                                   before_send=mark).stopped_by
        except LeaseLost:
            # Another process may hold these rows now: nothing more of this batch is sent.
            log.warning("forwarding to %s: a lease ran out before its request went out", target.name)
            return
        if stopped is not None and stopped.pauses:
            log.warning("forwarding to %s paused: %s", target.name, stopped.code.value)
            loop.pause(stopped.code, recheck_s=PAUSE_RECHECK_S)

    def _settle_in_doubt(self, target: UpstreamTarget, adapter: Adapter, outgoing: Sequence[Outgoing]) -> set[str]:
        """Ask the upstream about rows whose last request went unanswered; those it already has
        are marked delivered with its receipt (and not sent again). Their UUIDs."""
        doubtful = in_doubt(self.hub.engine, target.name, self.owner, [item.uuid for item in outgoing])
        if not doubtful:
            return set()
        found = adapter.recorded(sorted(doubtful), min(doubtful.values()))
        found = sanitize.without_echoes({u: r for u, r in found.items() if u in doubtful}, outgoing)
        log.info("forwarding to %s: %d in doubt, %d found upstream", target.name, len(doubtful), len(found))
        if found:
            self._record(target, SendResult(confirmed=found), {}, answered=list(found))
        return set(found)

    def _note_error(self, target: str, code: SyncCode) -> None:
        set_meta(self.hub.engine, f"upstream.{target}.last_error", code.value)

    def _unreadable(self, target: UpstreamTarget, uuids: Sequence[str]) -> None:
        if not uuids:
            return
        now = utcnow()
        with Session(self.hub.engine) as session, session.begin():
            session.execute(update(UpstreamItem).where(
                UpstreamItem.target == target.name, UpstreamItem.state == "pending",
                UpstreamItem.lease_owner == self.owner, UpstreamItem.uuid.in_(list(uuids))).values(
                last_error=SyncCode.SEAL_UNREADABLE.value, lease_until=None,
                next_attempt_at=now + timedelta(seconds=target.backoff_cap_s)))

    def _record(self, target: UpstreamTarget, result: SendResult, delays: Mapping[str, float],
                answered: Sequence[str] = ()) -> None:
        """Write one part's outcome (each settled row's lease ends with it). ``answered``: the
        part's UUIDs, whose "in doubt" mark goes unless their failure leaves them in doubt."""
        now = utcnow()
        mine = and_(UpstreamItem.target == target.name, UpstreamItem.state == "pending",
                    UpstreamItem.lease_owner == self.owner)
        settled = [u for u in answered if not (u in result.failed and still_in_doubt(result.failed[u]))]
        with Session(self.hub.engine) as session, session.begin():
            # The confirmed rows move their devices' counters (sync/hub/held_counters.py): those
            # are locked first, in key order, as an upload locks its own before the outbox's.
            lock_devices(session.connection(), sorted(result.confirmed))
            if settled:
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid.in_(settled)).values(
                    attempt_started_at=None))
            for uuid, receipt in sorted(result.confirmed.items()):
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    state="synced", receipt=receipt, delivered_at=now, lease_until=None, last_error=None,
                    attempts=UpstreamItem.attempts + 1))
            for uuid, reason in result.rejected.items():
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    state="rejected", last_error=reason[:64], lease_until=None, attempts=UpstreamItem.attempts + 1))
            for uuid, code in result.failed.items():
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    last_error=code.value, next_attempt_at=now + timedelta(seconds=delays[uuid]), lease_until=None,
                    attempts=UpstreamItem.attempts + 1))
        self._confirmed.extend(result.confirmed)
        if result.halt is not None:
            self._note_error(target.name, result.halt.code)


__all__ = ["Forwarder", "set_target_token", "target_config"]
