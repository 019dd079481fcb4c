"""Progress reporting and cancelling shared by the exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.reports.errors import ExportCancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Ticker:
    """Counts work done, reports it, and stops the export when a cancel was asked for."""

    def __init__(self, total: int, progress: ProgressCallback | None, cancel: CancelCheck | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the coordinator cancelled."""
        if self._cancel is not None and self._cancel():
            raise ExportCancelled()

    def advance(self, steps: int = 1) -> None:
        """Record ``steps`` more units of work done."""
        self.check()
        self.done = min(self.total, self.done + steps)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        """Report completion."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, how many signatures it covers, pages, purged rows."""

    path: Path
    signatures: int
    pages: int = 0
    purged: int = 0
