"""Exports off the GUI thread: a worker QObject on one long-lived QThread.

Only immutable values cross threads: an :class:`ExportRequest` goes in (queued signal),
progress counts and a result or an error code come out (signals into ``@Slot`` methods of
the panel). The worker opens its own :class:`~kiosk.store.SignatureStore` per export, so no
database object is shared with the signing screen. Cancelling sets a ``threading.Event``
that the export checks after every row.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.campaign import Campaign
from kiosk.errors import KioskError
from kiosk.reports import EXPORTS, ExportError, ReportFilters
from kiosk.settings import ExportKind
from kiosk.store import SignatureStore

PROGRESS_STEPS = 200  # at most this many progress signals per export, however many rows


@dataclass(frozen=True)
class ExportRequest:
    """One export to run (every field immutable, so it may cross into the worker thread)."""

    kind: str
    out_path: str
    event: str | None
    since: date | None
    until: date | None
    language: str
    data_dir: str
    key_store: str
    campaign: Campaign


@dataclass(frozen=True)
class ExportOutcome:
    """What the worker reports back."""

    path: str = ""
    signatures: int = 0
    pages: int = 0
    purged: int = 0
    error_code: str = ""
    error_detail: str = ""


class ExportWorker(QObject):
    """Runs exports in its thread; never touches widgets."""

    progressed = Signal(int, int)
    finished = Signal(object)  # ExportOutcome

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._last_step = -1

    def request_cancel(self) -> None:
        """Ask the running export to stop (thread-safe: only sets an Event)."""
        self._cancel.set()

    def reset_cancel(self) -> None:
        """Clear a previous cancel before a new export is queued."""
        self._cancel.clear()

    def _progress(self, done: int, total: int) -> None:
        step = done * PROGRESS_STEPS // max(total, 1)
        if step != self._last_step:
            self._last_step = step
            self.progressed.emit(done, total)

    @Slot(object)
    def run(self, request: ExportRequest) -> None:
        """Run one export and report its outcome."""
        self._last_step = -1
        store: SignatureStore | None = None
        try:
            filters = ReportFilters(request.event, request.since, request.until)
            store = SignatureStore(Path(request.data_dir), request.key_store)
            result = EXPORTS[ExportKind(request.kind)](store, request.campaign, Path(request.out_path), filters,
                                           request.language, progress=self._progress, cancel=self._cancel.is_set)
            outcome = ExportOutcome(str(result.path), result.signatures, result.pages, result.purged)
        except ExportError as exc:
            outcome = ExportOutcome(error_code=exc.code, error_detail=exc.detail)
        except KioskError as exc:
            outcome = ExportOutcome(error_code=exc.code)
        except Exception as exc:  # never let a worker die silently; no values in the code
            outcome = ExportOutcome(error_code="unexpected", error_detail=type(exc).__name__)
        finally:
            if store is not None:
                store.close()
        self.finished.emit(outcome)


class ExportRunner(QObject):
    """Owns the worker thread; the panel talks to this from the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    _requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = ExportWorker()
        self._requested.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        # The thread starts with the first export, so an admin area that never exports
        # never has a thread to join.
        self._thread: QThread | None = None
        self.running = False

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = QThread()
            self._thread.setObjectName("export-worker")
            self._worker.moveToThread(self._thread)
            self._thread.start()

    def start(self, request: ExportRequest) -> bool:
        """Queue an export; False if one is already running."""
        if self.running:
            return False
        self._ensure_thread()
        self.running = True
        self._worker.reset_cancel()
        self._requested.emit(request)
        return True

    def cancel(self) -> None:
        """Stop the running export (its temp file is removed; no file appears)."""
        self._worker.request_cancel()

    def shutdown(self) -> None:
        """Cancel anything running and join the thread (call before the app quits)."""
        self._worker.request_cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_worker_finished(self, outcome: ExportOutcome) -> None:
        self.running = False
        self.finished.emit(outcome)
