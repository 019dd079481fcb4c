"""Qt bridge to the background sync worker.

Interface the kiosk window relies on:
- ``SyncBridge(ctx, parent)``: a QObject that owns the worker thread.
- ``bridge.start()`` / ``bridge.stop()``: start with the kiosk, stop (join) on exit.
- ``bridge.make_indicator(parent)`` / ``bridge.attach(indicator)``: the small, calm sync indicator for the
  welcome screen (all sent / N waiting / attention needed).
- ``bridge.sync_now()``: a slot the admin area calls.
- signal ``status_changed(SyncSnapshot)``: after every batch and every round.

When the platform reports network reachability (``QNetworkInformation``: NetworkManager,
glib, connman on Linux; the system's own on Windows, macOS, Android), the bridge wakes the
worker the moment the network comes back, so waiting signatures go out at once instead of
at the next retry. Without a backend the short connection-failure backoff
(sync/upstream/backoff.py) still sends them within a minute.

The worker (:class:`SyncWorker`) is a QObject living on one long-lived QThread with its own
database engine (a second :class:`~kiosk.store.SignatureStore` on the same file). Only
immutable values cross threads (paths, codes, frozen dataclasses); results arrive in
``@Slot`` methods; the worker never touches a widget. The screen never waits on it: every
call from the GUI thread is a queued signal or a thread-safe ``threading.Event``.
"""

from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QWidget

from kiosk.errors import KioskError
from kiosk.runtime import KioskContext
from kiosk.store import SignatureStore
from sync.client.config import resolve_config
from sync.client.engine import DrainReport, SyncEngine
from sync.client.retention import RetentionRule
from sync.client.status import sync_status
from sync.upstream.target import SyncConfig
from ui.settings_notifier import SettingsNotifier
from ui.sync_indicator import SyncIndicator, SyncSnapshot

log = logging.getLogger(__name__)

# Look for new signatures this often when no retry is scheduled sooner; a paired kiosk also
# hears the hub's totals (its welcome counter's figure) once per round.
POLL_MS = 10_000
# A paired kiosk's round comes at least this often, so an idle kiosk's welcome counter follows
# the hub's figure within 5 s (issue 26: it showed a number ten minutes old). The hub answers
# from counters, so asking costs it a few rows.
HUB_TOTALS_MS = 3_000
# Never wake more often than this (a retry due "now" after a failure still waits a moment).
MIN_WAKE_MS = 250
JOIN_TIMEOUT_MS = 15_000
# Opening sealed records is CPU work under the interpreter lock, and the lock is not handed
# fairly to a waiting thread: without short real sleeps the screen stalled for 100+ ms per
# 500-signature batch (measured); with them the longest stall stays around 20 ms.
COURTESY_S = 0.0003


class SyncWorker(QObject):
    """Drains the outbox on the sync thread; reports through :attr:`status_changed`."""

    status_changed = Signal(object)  # SyncSnapshot

    def __init__(self, data_dir: str, key_store: str, campaign_id: str, config: SyncConfig,
                 retention: RetentionRule, interrupt: threading.Event, poll_ms: int = POLL_MS) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._key_store = key_store
        self._campaign_id = campaign_id
        self._config = config
        self._retention = retention
        self._interrupt = interrupt
        self._poll_ms = poll_ms
        self._store: SignatureStore | None = None
        self._engine: SyncEngine | None = None
        self._timer: QTimer | None = None

    @Slot()
    def begin(self) -> None:
        """Open our own store and engine on this thread, then sync right away."""
        try:
            self._store = SignatureStore(Path(self._data_dir), self._key_store)
        except KioskError as exc:
            log.warning("sync worker could not open the database: %s", exc.code)
            return
        self._engine = self._make_engine()
        self._engine.on_batch = self._report_batch
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._round()

    def _make_engine(self) -> SyncEngine:
        assert self._store is not None
        # One sync thread only: a second (the prefetcher) would compete with the screen for
        # the interpreter lock and make the kiosk feel sticky while a big backlog drains.
        engine = SyncEngine(self._store, self._campaign_id, self._config, retention=self._retention,
                            interrupt=self._interrupt, prefetch=False)
        engine.courtesy_s = COURTESY_S
        return engine

    @Slot()
    def sync_now(self) -> None:
        """A person asked: lift any pause and try at once."""
        if self._engine is not None:
            self._engine.resume()
            self._round()

    @Slot()
    def network_returned(self) -> None:
        """The OS says the network is back: retry what waits out a connection failure now."""
        engine = self._engine
        if engine is None or self._interrupt.is_set():
            return
        try:
            made_due = engine.network_returned()
        except KioskError as exc:
            log.warning("sync worker could not reschedule: %s", exc.code)
            return
        if made_due:
            log.info("network is back: retrying %d signatures now", made_due)
        self._round()

    @Slot(object, object)
    def reconfigure(self, config: SyncConfig, retention: RetentionRule | None = None) -> None:
        """New settings from the admin area (a fresh engine, so a new URL or token takes effect)."""
        self._config = config
        if retention is not None:
            self._retention = retention
        if self._engine is not None and self._store is not None:
            self._engine.close()
            self._engine = self._make_engine()
            self._engine.on_batch = self._report_batch
            self._round()

    @Slot()
    def finish(self) -> None:
        """Release everything and end the thread's event loop (called on the sync thread)."""
        if self._timer is not None:
            self._timer.stop()
        if self._engine is not None:
            self._engine.close()
        if self._store is not None:
            self._store.close()
        self._engine = self._store = None
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._round()

    def _round(self) -> None:
        engine = self._engine
        if engine is None or self._interrupt.is_set():
            return
        try:
            report = engine.drain()
        except Exception as exc:  # the worker must survive anything; the next round retries
            # Only the type: exception text from a driver could echo values.
            log.warning("sync round failed: %s", getattr(exc, "code", type(exc).__name__))
            report = DrainReport()
        self._refresh_hub_totals()
        self._emit(report.confirmed)
        if self._timer is not None and not self._interrupt.is_set():
            wait = None if engine.paused else engine.seconds_until_due()
            longest = min(self._poll_ms, HUB_TOTALS_MS) if self._config.hub_device else self._poll_ms
            wait_ms = longest if wait is None else int(wait * 1000)
            self._timer.start(max(MIN_WAKE_MS, min(wait_ms, longest)))

    def _refresh_hub_totals(self) -> None:
        # A paired kiosk asks its hub for the campaign's combined count here, off the screen's
        # thread; the welcome counter reads the kept figure (sync/client/hub_link.py).
        if self._store is None or not self._config.hub_device:
            return
        try:
            from sync.client.pairing import refresh_hub_totals

            refresh_hub_totals(Path(self._data_dir), self._store, self._campaign_id)
        except Exception as exc:  # never let the counter stop the sync worker
            log.warning("hub totals: %s", type(exc).__name__)

    def _report_batch(self, report: DrainReport) -> None:
        self._emit(report.confirmed)

    def _emit(self, sent: int) -> None:
        store, engine = self._store, self._engine
        if store is None or engine is None:
            return
        counts = store.counts(self._campaign_id)
        status = sync_status(store)
        self.status_changed.emit(SyncSnapshot(
            configured=self._config.is_set_up, pending=counts.pending, rejected=counts.rejected,
            paused=engine.paused.value if engine.paused else "", last_error=status["last_error"] or "",
            last_success_at=status["last_success_at"] or "", sent_this_round=sent,
            hub_device=self._config.hub_device))


class SyncBridge(QObject):
    """Owns the sync thread and worker; the GUI's only way to talk to sync."""

    status_changed = Signal(object)  # SyncSnapshot
    _sync_requested = Signal()
    _finish_requested = Signal()
    _reconfigure_requested = Signal(object, object)
    _network_returned = Signal()

    def __init__(self, ctx: KioskContext, parent: QObject | None = None, poll_ms: int | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # Read at construction, not import: a test shortens the round (and so how often a
        # paired kiosk hears the hub's totals) by setting POLL_MS.
        self._poll_ms = POLL_MS if poll_ms is None else poll_ms
        self._interrupt = threading.Event()
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self.snapshot: SyncSnapshot | None = None
        self._applied: tuple[SyncConfig, RetentionRule] | None = None
        # A saved sync or retention setting reaches the running worker at once, not on "Sync now".
        self._settings = SettingsNotifier(ctx.settings, self)
        self._settings.settings_saved.connect(self._on_settings_saved)
        self._reachability: QNetworkInformation.Reachability | None = None

    def _config(self) -> SyncConfig:
        return resolve_config(self._ctx.campaign, self._ctx.settings, data_dir=self._ctx.data_dir)

    def start(self) -> None:
        """Start background syncing (idempotent)."""
        if self._thread is not None:
            return
        # The worker allocates many short-lived objects; each full garbage collection they
        # trigger walks every object in the process while holding the interpreter lock, a
        # pause the signer would feel (~100 ms measured). What exists now (Qt, modules, the
        # screens) lives as long as the kiosk, so move it out of the collector's way.
        gc.freeze()
        self._interrupt.clear()
        thread = QThread()
        thread.setObjectName("sync")
        self._applied = (self._config(), RetentionRule.from_settings(self._ctx.settings))
        worker = SyncWorker(str(self._ctx.data_dir), self._ctx.key_store, self._ctx.campaign.id, *self._applied,
                            self._interrupt, self._poll_ms)
        worker.moveToThread(thread)
        thread.started.connect(worker.begin)
        worker.status_changed.connect(self._on_worker_status_changed)
        self._sync_requested.connect(worker.sync_now)
        self._finish_requested.connect(worker.finish)
        self._reconfigure_requested.connect(worker.reconfigure)
        self._network_returned.connect(worker.network_returned)
        self._thread, self._worker = thread, worker
        thread.start()
        self._watch_network()

    def _watch_network(self) -> None:
        """Follow the OS's network reachability, where the platform has a backend for it."""
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadBackendByFeatures(
                QNetworkInformation.Feature.Reachability):
            log.info("no network reachability backend: sync retries on its own schedule")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self._on_network_reachability_changed)

    @Slot(QNetworkInformation.Reachability)
    def _on_network_reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        before, self._reachability = self._reachability, reachability
        if network_came_back(before, reachability):
            self._network_returned.emit()

    def stop(self) -> None:
        """Stop and join the worker thread (an in-flight batch is cut short, never half-recorded)."""
        thread = self._thread
        if thread is None:
            return
        self._interrupt.set()
        info = QNetworkInformation.instance()
        if info is not None and self._reachability is not None:
            info.reachabilityChanged.disconnect(self._on_network_reachability_changed)
            self._reachability = None
        self._finish_requested.emit()
        if not thread.wait(JOIN_TIMEOUT_MS):
            log.warning("sync thread did not stop in time")
            thread.quit()
            thread.wait(JOIN_TIMEOUT_MS)
        self._thread = None
        self._worker = None

    @Slot()
    def sync_now(self) -> None:
        """Ask for an immediate sync attempt (also lifts a pause, e.g. after a new token).

        Settings the admin area just saved (server, petition, retention) take effect first.
        """
        self.reload_settings()
        self._sync_requested.emit()

    def reload_settings(self) -> None:
        """Apply changed sync or retention settings without restarting the kiosk."""
        wanted = (self._config(), RetentionRule.from_settings(self._ctx.settings))
        if wanted != self._applied:
            self._applied = wanted
            self._reconfigure_requested.emit(*wanted)

    @Slot(object)
    def _on_settings_saved(self, _names: frozenset[str]) -> None:
        if self._thread is not None:
            self.reload_settings()

    def make_indicator(self, parent: QWidget | None = None) -> SyncIndicator:
        """A new sync indicator, kept up to date by this bridge."""
        indicator = SyncIndicator(parent)
        self.attach(indicator)
        return indicator

    def attach(self, indicator: SyncIndicator) -> None:
        """Keep ``indicator`` up to date from now on (it shows the latest state at once)."""
        self.status_changed.connect(indicator.show_snapshot)
        if self.snapshot is not None:
            indicator.show_snapshot(self.snapshot)

    @Slot(object)
    def _on_worker_status_changed(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        self.status_changed.emit(snapshot)


# At least this reachable counts as "a network": a hub at the venue is on the local network.
_REACHABLE = (QNetworkInformation.Reachability.Local, QNetworkInformation.Reachability.Site,
              QNetworkInformation.Reachability.Online)


def network_came_back(before: QNetworkInformation.Reachability | None,
                      now: QNetworkInformation.Reachability) -> bool:
    """Whether a reachability change means a server may be reachable again.

    Any gain counts (disconnected to local, local to online); an unknown state ("the
    backend cannot tell") never wakes sync, nor does a loss.
    """
    if now not in _REACHABLE:
        return False
    if before is None or before not in _REACHABLE:
        return True
    return _REACHABLE.index(now) > _REACHABLE.index(before)
