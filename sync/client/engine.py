"""The drain loop: take due records from the outbox, send them, record what the server said.

Pure Python (no Qt): the Qt worker, ``petition-kiosk sync`` and the tests all drive this.
Rules it keeps:
- only UUIDs the adapter lists as confirmed become ``synced`` (with the receipt);
- the UUID is the record's primary key, so every retry sends the same one;
- sending, retrying, the gate and the pause are the delivery loop's (sync/upstream/delivery.py), the
  same as the hub's forwarder: a failed record retries on its own schedule (capped, fully
  jittered exponential backoff, ``Retry-After`` honoured) while the rest of the batch goes
  on; the gate closes for the whole engine when the target's recent failure rate says so,
  or at once when nothing answered, a rate limit or a ``Retry-After``; when nothing answered
  at all (refused, unreachable, DNS, a dead network) the cap is short (sync/upstream/backoff.py), so
  signatures go out within a minute of the connection coming back, and
  :meth:`SyncEngine.network_returned` retries at once when the OS says it is back;
- 401/403, a wrong petition or a missing token pause sync until a person acts; the queue
  is left as it was (nothing rejected, no attempts burned);
- results are written per part the loop sends, each in one short transaction;
- after each drain, personal fields of confirmed records are purged per the retention rule.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine

from kiosk.clock import utcnow
from kiosk.errors import KioskError
from kiosk.hpke_seal import is_hub_sealed
from kiosk.outbox import DueRow, Retry, due_batch, next_due_at, pending_count
from kiosk.secrets import get_device_token, get_sync_token
from kiosk.store import SignatureStore
from sync.client.retention import RetentionRule, apply_retention
from sync.client.status import (
    META_LAST_ATTEMPT,
    META_LAST_ERROR,
    META_LAST_ERROR_AT,
    META_LAST_ERROR_TARGET,
    META_LAST_SUCCESS,
    META_PAUSED,
    cleared_error,
    target_label,
)
from sync.protocol import Outgoing
from sync.upstream.adapters import Adapter, SendResult, make_adapter
from sync.upstream.backoff import CONNECTION_CODES, RetryPolicy
from sync.upstream.delivery import DeliveryLoop
from sync.upstream.errors import SyncCode, SyncConfigError
from sync.upstream.rate_limit import RateLimiter
from sync.upstream.target import SyncConfig

log = logging.getLogger(__name__)

# Records opened between two courtesy pauses (see SyncEngine.courtesy_s).
COURTESY_EVERY = 10
# When nothing can be computed to wait for, poll this often instead of spinning.
IDLE_POLL_S = 0.05
DEFAULT_ONCE_BUDGET_S = 120.0


@dataclass(frozen=True)
class DrainReport:
    """What one drain (or run) did, in counts and codes only."""

    confirmed: int = 0
    rejected: int = 0
    failed: int = 0
    requests: int = 0
    purged: int = 0
    halt: SyncCode | None = None
    paused: SyncCode | None = None
    pending: int = 0
    not_sent: int = 0  # kept on the kiosk: the target cannot take them (no contact details)

    def plus(self, other: DrainReport) -> DrainReport:
        """Totals of two reports; the later one's halt, pause and pending count win."""
        return DrainReport(self.confirmed + other.confirmed, self.rejected + other.rejected,
                           self.failed + other.failed, self.requests + other.requests,
                           self.purged + other.purged, other.halt, other.paused, other.pending,
                           self.not_sent + other.not_sent)


_Prepared = tuple[list[DueRow], list[Outgoing], list[str]]


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class SyncEngine:
    """Drains one campaign's outbox to one sync target."""

    def __init__(
        self,
        store: SignatureStore,
        campaign_id: str,
        config: SyncConfig,
        token_source: Callable[[], str | None] | None = None,
        retention: RetentionRule | None = None,
        interrupt: threading.Event | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], datetime] = utcnow,
        prefetch: bool = True,
    ) -> None:
        self.store = store
        self.campaign_id = campaign_id
        self.config = config
        self.retention = retention or RetentionRule()
        self.interrupt = interrupt or threading.Event()
        self.retry = RetryPolicy.make(config.backoff_base_s, config.backoff_cap_s, config.connection_cap_s, rng)
        #: The gate, the failure window and the pause (shared rules with the hub's forwarder).
        self.loop = DeliveryLoop(self.retry)
        # One limiter for the engine's life: a new token (a new adapter) keeps the same pace.
        self._limiter = RateLimiter(config.rate_per_s)
        # A paired hub's device token, else the sync token (env override, then keyring).
        self._token_source = token_source or (
            (lambda: get_device_token(store.kiosk_id)) if config.hub_device else get_sync_token)
        self._clock = clock
        self._adapter: Adapter | None = None
        self._adapter_token: str | None = None
        self._paused_token: str | None = None
        #: Whether to read the next page on a second thread while a batch is in flight.
        #: Faster for the command line; the kiosk turns it off so that only one sync thread
        #: competes with the screen for the interpreter.
        self.prefetch = prefetch
        #: Seconds to sleep every few records and between steps, handing the interpreter
        #: lock to a waiting screen thread (0 on the command line, set by the Qt worker).
        self.courtesy_s = 0.0
        self._executor: ThreadPoolExecutor | None = None
        #: Called after each batch is recorded (the Qt worker reports progress through it).
        self.on_batch: Callable[[DrainReport], None] | None = None

    # -- pause and resume ------------------------------------------------------------------

    @property
    def paused(self) -> SyncCode | None:
        """Why sync waits for a person, or None."""
        return self.loop.paused

    def resume(self) -> None:
        """A person acted ("Sync now", a new token): try again right away."""
        self.loop.resume()
        self._paused_token = None
        if self.store.get_meta(META_PAUSED):
            self.store.set_meta(META_PAUSED, "")

    def network_returned(self) -> int:
        """The OS says the network is back: what waits out a connection failure is due now.

        Server answers (5xx, 429, Retry-After) keep their delay: the server asked for it.
        Returns how many records were made due.
        """
        if not self.loop.network_returned():
            return 0
        return self.store.retry_now(self.campaign_id, sorted(CONNECTION_CODES), self._clock())

    def _target(self) -> str:
        return target_label(self.config.kind, self.config.url)

    def _pause(self, code: SyncCode, token: str | None) -> None:
        if self.loop.paused != code:
            log.warning("sync paused: %s", code.value)
        self.loop.pause(code)
        self._paused_token = token
        now = _iso(self._clock())
        for key, value in ((META_PAUSED, code.value), (META_LAST_ERROR, code.value), (META_LAST_ERROR_AT, now),
                           (META_LAST_ERROR_TARGET, self._target())):
            self.store.set_meta(key, value)

    def _ready_adapter(self) -> Adapter | None:
        token = self._token_source() or None
        if self.loop.paused is not None:
            if token is not None and token != self._paused_token and self.loop.paused in (
                    SyncCode.AUTH_FAILED, SyncCode.NO_TOKEN):
                self.resume()  # a new token was set: worth one more try
            else:
                return None
        if not self.config.enabled:
            self._pause(SyncCode.NOT_CONFIGURED, token)
            return None
        if token is None:
            self._pause(SyncCode.NO_TOKEN, token)
            return None
        if self._adapter is None or token != self._adapter_token:
            self.close()
            try:
                self._adapter = make_adapter(self.config, token, self._limiter)
            except SyncConfigError as exc:
                self._pause(exc.sync_code, token)
                return None
            self._adapter.interrupt = self.interrupt
            self._adapter_token = token
        return self._adapter

    def close(self) -> None:
        """Release the adapter's connections."""
        if self._adapter is not None:
            self._adapter.close()
            self._adapter = None
            self._adapter_token = None
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    # -- draining ------------------------------------------------------------------------

    def pending(self) -> int:
        """Records of this campaign still waiting for the server."""
        return pending_count(self.store.engine, self.campaign_id)

    def seconds_until_due(self) -> float | None:
        """How long until something could be sent (None: nothing pending)."""
        due = next_due_at(self.store.engine, self.campaign_id)
        if due is None:
            return None
        by_record = (due - self._clock()).total_seconds()
        return max(0.0, by_record, self.loop.seconds_to_gate())

    def outgoing(self, rows: Sequence[DueRow]) -> tuple[list[Outgoing], list[str]]:
        """What this engine sends for ``rows`` (each opened into the wire's shape), and the uuids it cannot open."""
        return self._open(rows)

    def drain(self) -> DrainReport:
        """Send everything due now, batch by batch, until done, halted, paused or interrupted."""
        report = DrainReport()
        upcoming: Future[_Prepared] | None = None
        try:
            while not self.interrupt.is_set() and self.loop.seconds_to_gate() == 0.0:
                if upcoming is None and next_due_at(self.store.engine, self.campaign_id) is None:
                    break  # nothing to send: no token or target needed, nothing to complain about
                adapter = self._ready_adapter()
                if adapter is None:
                    break
                rows, outgoing, unreadable = (upcoming.result() if upcoming is not None
                                              else self._prepare(adapter.max_batch, ()))
                upcoming = None
                if not rows:
                    break
                if self.prefetch:
                    # Read and open the next page while this one is on the wire: the server's
                    # time and ours overlap instead of adding up.
                    upcoming = self._prefetcher().submit(self._prepare, adapter.max_batch,
                                                         [row.uuid for row in rows])
                result, stopped = self._deliver(adapter, rows, outgoing, unreadable)
                report = report.plus(DrainReport(
                    len(result.confirmed), len(result.rejected), len(result.failed) + len(unreadable),
                    result.requests, halt=result.halt.code if result.halt else None, paused=self.paused,
                    not_sent=len(result.not_sent)))
                if self.on_batch is not None:
                    self.on_batch(report)
                if stopped:
                    break
        finally:
            # The prefetched rows stay pending, untouched; the next drain reads them again.
            if upcoming is not None and not upcoming.cancel():
                upcoming.exception()  # wait for it: no read may outlive the drain
        purged = self._retain()
        return report.plus(DrainReport(purged=purged, halt=report.halt, paused=self.paused,
                                       pending=self.pending()))

    def run_until_idle(self, budget_s: float = DEFAULT_ONCE_BUDGET_S) -> DrainReport:
        """Drain, waiting out backoff and ``Retry-After`` while the budget allows.

        Returns when nothing is pending, sync is paused, the next retry would fall after
        the budget, or the engine is interrupted.
        """
        deadline = time.monotonic() + budget_s
        total = DrainReport()
        while True:
            report = self.drain()
            total = total.plus(report)
            if self.paused is not None or self.interrupt.is_set():
                return total
            wait = self.seconds_until_due()
            if wait is None:
                return total
            if report.requests == 0:
                wait = max(wait, IDLE_POLL_S)
            if time.monotonic() + wait > deadline:
                return total
            if self.interrupt.wait(wait):
                return total

    def _reader(self) -> Engine:
        return self.store.read_engine

    def _prefetcher(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prepare")
        return self._executor

    def _prepare(self, limit: int, in_flight: Sequence[str]) -> _Prepared:
        rows = due_batch(self._reader(), self.campaign_id, self._clock(), limit, in_flight)
        outgoing, unreadable = self._open(rows)
        return rows, outgoing, unreadable

    def _open(self, rows: Sequence[DueRow]) -> tuple[list[Outgoing], list[str]]:
        outgoing: list[Outgoing] = []
        unreadable: list[str] = []
        for index, row in enumerate(rows):
            if self.courtesy_s and index % COURTESY_EVERY == 0:
                time.sleep(self.courtesy_s)
            if row.repeat:
                continue  # never sent: settled with its batch (sync/upstream/riders.py)
            if row.sealed is None:
                unreadable.append(row.uuid)
                continue
            if is_hub_sealed(row.sealed):
                # Sealed to the hub: this tablet cannot open it and sends it as it is.
                outgoing.append(Outgoing.of(row.columns, row.consent, sealed=row.sealed))
                continue
            try:
                opened = self.store.open_sealed(row.uuid, row.sealed)
                # The SVG was drawn when the signature was recorded (kiosk/signature.py): only
                # the first release's records have their strokes drawn here.
                outgoing.append(Outgoing.of(row.columns, row.consent, opened))
            except KioskError:
                # Kept pending (never rejected, never dropped): the data may yet be recovered.
                unreadable.append(row.uuid)
        return outgoing, unreadable

    def _deliver(self, adapter: Adapter, rows: Sequence[DueRow], outgoing: Sequence[Outgoing],
                 unreadable: Sequence[str]) -> tuple[SendResult, bool]:
        """One page through the delivery loop; its outcome, and whether the loop stopped early."""
        attempts = {row.uuid: row.attempts for row in rows}
        unwritten = list(unreadable)  # written with the first part

        def write(result: SendResult, delays: Mapping[str, float]) -> None:
            self._record(result, delays, unwritten)
            unwritten.clear()

        # Repeat signers' rows are not sent; they take the first part's fate (sync/upstream/riders.py).
        delivery = self.loop.deliver(adapter, outgoing, attempts, write,
                                     riders=[row.uuid for row in rows if row.repeat])
        stopped = delivery.stopped_by
        if stopped is not None and stopped.pauses:
            self._pause(stopped.code, self._adapter_token)
        elif stopped is not None:
            log.info("sync: %s, retrying in %.1f s", stopped.code.value, self.loop.seconds_to_gate())
        interrupted = self.interrupt.is_set()
        return delivery.result, stopped is not None or interrupted

    def _record(self, result: SendResult, delays: Mapping[str, float], unreadable: Sequence[str]) -> None:
        now = self._clock()
        halt = result.halt
        retries = {uuid: Retry(code.value, now + timedelta(seconds=delays[uuid]))
                   for uuid, code in result.failed.items()}
        for uuid in unreadable:
            retries[uuid] = Retry(SyncCode.SEAL_UNREADABLE.value, now + timedelta(seconds=self.retry.server.cap_s))
        meta = {META_LAST_ATTEMPT: _iso(now)}
        if result.confirmed:
            meta[META_LAST_SUCCESS] = _iso(now)
            meta[META_PAUSED] = ""  # the server takes our signatures again
        if halt is not None:
            meta[META_LAST_ERROR] = halt.code.value
            meta[META_LAST_ERROR_AT] = _iso(now)
            meta[META_LAST_ERROR_TARGET] = self._target()
        elif result.confirmed or result.rejected:
            meta.update(cleared_error())  # the server answered: the error is behind us
        self.store.record_sync_results(now, result.confirmed, result.rejected, retries, meta, result.not_sent)
        if result.confirmed or result.rejected:
            log.info("sync: %d confirmed, %d rejected in %d requests",
                     len(result.confirmed), len(result.rejected), result.requests)

    def _retain(self) -> int:
        try:
            purged = apply_retention(self.store, self.retention, self._clock())
        except KioskError:
            return 0
        if purged:
            log.info("retention: purged personal fields of %d synced records", purged)
        return purged

