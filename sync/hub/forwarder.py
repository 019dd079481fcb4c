"""Forwarding upstream: each target's outbox drained with the kiosk's own adapters.

Rows of ``hub_upstream`` are taken under a lease (``lease_until`` in the future, written in
the same transaction that chose the rows; ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, the
write lock on SQLite), so several hub processes on one database never send a row at the
same time; a process that dies mid-send leaves its lease to expire and another takes the rows
up again, with the same UUID (which both Action Network and a json server deduplicate).
The rules are the kiosk's: only a confirmed UUID is marked synced, backoff with full jitter
honouring Retry-After, 401/403/404 pause the target (nothing rejected), and Action Network
sees at most 4 requests per second from all hub processes together (a shared slot clock).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.secrets import get_upstream_token, set_upstream_token
from sync.adapters import Adapter, make_adapter
from sync.adapters.base import SendResult
from sync.backoff import Backoff
from sync.config import KIND_OSDI, SyncConfig
from sync.errors import SyncCode, SyncConfigError
from sync.hub.context import HubContext, ensure_meta, set_meta
from sync.hub.database import is_postgresql
from sync.hub.models import HubMeta, HubSignature, UpstreamItem
from sync.hub.opening import records_with_kiosk_names, stored_clear_columns, stored_outgoing
from sync.hub.retention import purge_delivered
from sync.hub.upstream import UpstreamTarget, load_targets, report_missing_tags
from sync.protocol import Outgoing
from sync.riders import settle_riders

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=120)
IDLE_POLL_S = 1.0
PAUSE_RECHECK_S = 30.0
JSON_BATCH = 200
OSDI_RATE_PER_S = 4.0 * 0.97  # the kiosk's margin under Action Network's 4/s
LATE_WAKE_S = 0.01  # a request that starts this much after its slot pushes the next slots back
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


class SharedRateLimiter:
    """The osdi adapter's limiter, with its clock in the database: every hub process draws its
    request slots from one ``hub_meta`` row, so together they stay under the rate."""

    def __init__(self, engine: Engine, target: str, rate_per_s: float) -> None:
        self._engine = engine
        self._key = f"rate.{target}"
        self.interval = 1.0 / rate_per_s
        ensure_meta(engine, self._key, "0")

    def _reserve(self, earliest: float, spacing: float) -> float:
        """The next free slot at or after ``earliest``; the slot after it is ``spacing`` later."""
        with Session(self._engine) as session, session.begin():
            query = select(HubMeta.value).where(HubMeta.key == self._key)
            if is_postgresql(self._engine):
                query = query.with_for_update()
            stored = float(session.scalar(query) or 0)
            slot = max(stored, earliest)
            session.execute(update(HubMeta).where(HubMeta.key == self._key).values(value=repr(slot + spacing)))
        return slot

    def wait(self, interrupt: threading.Event | None = None) -> bool:
        """Block until this process's next request may start; False if interrupted."""
        slot = self._reserve(time.time(), self.interval)
        delay = slot - time.time()
        if delay > 0:
            if interrupt is None:
                time.sleep(delay)
            elif interrupt.wait(delay):
                return False
        started = time.time()
        if started - slot > LATE_WAKE_S:
            # Woken late (a busy machine): the next slot counts from when this request really
            # starts, or it and the four after it could land inside one second upstream.
            self._reserve(started + self.interval, 0.0)
        return True

    def hold(self, seconds: float) -> None:
        """No request from any process before ``seconds`` from now (after a 429)."""
        self._reserve(time.time() + seconds, 0.0)


def lease_batch(engine: Engine, target: str, owner: str, limit: int,
                now: datetime | None = None) -> list[tuple[str, int]]:
    """Take up to ``limit`` due rows of ``target`` under a lease; (uuid, attempts) each."""
    now = now or utcnow()
    due = and_(UpstreamItem.target == target, UpstreamItem.state == "pending",
               or_(UpstreamItem.next_attempt_at.is_(None), UpstreamItem.next_attempt_at <= now),
               or_(UpstreamItem.lease_until.is_(None), UpstreamItem.lease_until < now))
    query = select(UpstreamItem.uuid, UpstreamItem.attempts).where(due).order_by(
        UpstreamItem.next_attempt_at, UpstreamItem.uuid).limit(limit)
    if is_postgresql(engine):
        query = query.with_for_update(skip_locked=True)
    with Session(engine) as session, session.begin():
        rows = [(u, int(a)) for u, a in session.execute(query)]
        if rows:
            session.execute(update(UpstreamItem).where(
                UpstreamItem.target == target, UpstreamItem.uuid.in_([u for u, _ in rows]))
                .values(lease_until=now + LEASE, lease_owner=owner))
    return rows


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
        self._gates: dict[str, float] = {}  # target -> time.monotonic() before which nothing is sent
        self._failures: dict[str, int] = {}
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
        try:
            adapter = make_adapter(target_config(target), token)
        except SyncConfigError:
            return None
        adapter.interrupt = self.stop
        if target.kind == KIND_OSDI:
            adapter.limiter = SharedRateLimiter(self.hub.engine, target.name, target.rate_per_s)  # type: ignore[attr-defined]
            report_missing_tags(self.hub.engine, target.name, adapter)
        self._adapters[target.name] = (target, token, adapter)
        return adapter

    def forward_once(self) -> int:
        """One batch for each target that is due; how many rows were attempted."""
        attempted = 0
        for target in load_targets(self.hub.engine):
            if self.stop.is_set() or time.monotonic() < self._gates.get(target.name, 0.0):
                continue
            adapter = self._adapter(target)
            if adapter is None:
                self._note_error(target.name, SyncCode.NO_TOKEN)
                self._gates[target.name] = time.monotonic() + PAUSE_RECHECK_S
                continue
            leased = lease_batch(self.hub.engine, target.name, self.owner, adapter.max_batch)
            if not leased:
                continue
            attempted += len(leased)
            riders = _repeats(self.hub.engine, [u for u, _ in leased])
            sent = [u for u, _ in leased if u not in riders]
            opened = _open(self.hub, sent)
            outgoing = [item for u in sent if (item := opened.get(u)) is not None]
            result = adapter.send(outgoing) if outgoing else SendResult()
            # A repeat signer's entry is never sent: it takes this batch's fate (sync/riders.py).
            settle_riders(adapter, result, sorted(riders))
            self._record(target, dict(leased), result, [u for u in sent if opened.get(u) is None])
        return attempted

    def _note_error(self, target: str, code: SyncCode) -> None:
        set_meta(self.hub.engine, f"upstream.{target}.last_error", code.value)

    def _record(self, target: UpstreamTarget, attempts: dict[str, int], result: SendResult,
                unreadable: list[str]) -> None:
        now = utcnow()
        backoff = Backoff(target.backoff_base_s, target.backoff_cap_s, self._rng)
        halt = result.halt
        retry_after = halt.retry_after_s if halt is not None else None
        mine = and_(UpstreamItem.target == target.name, UpstreamItem.state == "pending",
                    UpstreamItem.lease_owner == self.owner)
        with Session(self.hub.engine) as session, session.begin():
            for uuid, receipt in result.confirmed.items():
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    state="synced", receipt=receipt, delivered_at=now, lease_until=None, last_error=None,
                    attempts=UpstreamItem.attempts + 1))
            for uuid, reason in result.rejected.items():
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    state="rejected", last_error=reason[:64], lease_until=None, attempts=UpstreamItem.attempts + 1))
            for uuid, code in result.failed.items():
                delay = backoff.delay(attempts.get(uuid, 0))
                if retry_after is not None:
                    delay = max(delay, retry_after)
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    last_error=code.value, next_attempt_at=now + timedelta(seconds=delay), lease_until=None,
                    attempts=UpstreamItem.attempts + 1))
            for uuid in unreadable:
                session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid == uuid).values(
                    last_error=SyncCode.SEAL_UNREADABLE.value, lease_until=None,
                    next_attempt_at=now + timedelta(seconds=target.backoff_cap_s)))
            # Rows not attempted (the adapter halted first) are released untouched, due at once.
            session.execute(update(UpstreamItem).where(mine, UpstreamItem.uuid.in_(list(attempts)),
                                                       UpstreamItem.lease_until.is_not(None))
                            .values(lease_until=None))
        self._confirmed.extend(result.confirmed)
        if halt is None:
            self._failures[target.name] = 0
            return
        self._note_error(target.name, halt.code)
        if halt.pauses:
            log.warning("forwarding to %s paused: %s", target.name, halt.code.value)
            self._gates[target.name] = time.monotonic() + PAUSE_RECHECK_S
            return
        failures = self._failures.get(target.name, 0)
        delay = backoff.delay(failures)
        self._failures[target.name] = failures + 1
        if retry_after is not None:
            delay = max(delay, retry_after)
        self._gates[target.name] = time.monotonic() + delay


__all__ = ["Forwarder", "SharedRateLimiter", "lease_batch", "set_target_token"]
