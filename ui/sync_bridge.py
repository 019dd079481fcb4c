"""Qt bridge to the background sync worker (owned by the sync work; stub until it lands).

Interface the kiosk window relies on:
- ``SyncBridge(ctx, parent)``: a QObject that owns the worker thread.
- ``bridge.start()`` / ``bridge.stop()``: start with the kiosk, stop (join) on exit.
- ``bridge.make_indicator(parent) -> QWidget``: the small, calm sync indicator for the
  welcome screen (all sent / N waiting / attention needed).
- ``bridge.sync_now()``: a slot the admin area calls.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.runtime import KioskContext


class SyncBridge(QObject):
    """Placeholder until the sync worker lands: does nothing, shows nothing."""

    def __init__(self, ctx: KioskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def start(self) -> None:
        """Start background syncing."""

    def stop(self) -> None:
        """Stop and join the worker thread."""

    def sync_now(self) -> None:
        """Ask for an immediate sync attempt."""

    def make_indicator(self, parent: QWidget | None = None) -> QWidget:
        """The welcome screen's sync indicator."""
        return QLabel("", parent)
