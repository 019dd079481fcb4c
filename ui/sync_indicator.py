"""The welcome screen's sync line and the snapshot it shows.

Kept apart from :mod:`ui.sync_bridge` because the welcome screen is painted before the sync
machinery (and SQLAlchemy, and requests) is loaded: the line starts empty and fills in when
the bridge reports for the first time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QLabel, QWidget


@dataclass(frozen=True)
class SyncSnapshot:
    """What the indicator and the admin area show (counts, codes and times only)."""

    configured: bool  # sending is set up (a target, and what it needs): SyncConfig.is_set_up
    pending: int
    rejected: int
    paused: str  # a SyncCode value, or "" when sync is not waiting for a person
    last_error: str
    last_success_at: str
    sent_this_round: int = 0
    hub_device: bool = False  # paired with a hub: a refused token means "pair again"

    @property
    def needs_attention(self) -> bool:
        """A person must act (token, petition id, URL) before anything more is sent."""
        return bool(self.paused)


# Pause codes (SyncCode values) that, on a kiosk paired with a hub, mean the hub refused
# this device: the sync package is not imported here (see the module docstring).
_HUB_REFUSALS = frozenset({"auth_failed", "no_token"})


class SyncIndicator(QLabel):
    """The welcome screen's small, calm sync line: all sent / N waiting / attention needed.

    Where sending is not set up it only counts what is saved here (nothing before the first
    signature): the signers are told nothing alarming; the admin area says what is missing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self._snapshot: SyncSnapshot | None = None
        self._render()

    @Slot(object)
    def show_snapshot(self, snapshot: SyncSnapshot) -> None:
        """Show the latest state."""
        self._snapshot = snapshot
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            self.setText("")
            self.setToolTip("")
            return
        if snapshot.needs_attention and snapshot.configured and snapshot.hub_device \
                and snapshot.paused in _HUB_REFUSALS:
            text = self.tr("The hub no longer accepts this kiosk: pair it again")
        elif snapshot.needs_attention and snapshot.configured:
            text = self.tr("Sync needs attention")
        elif not snapshot.configured:
            # Sending is not set up (a choice, or the demo): a calm count of what is kept here,
            # and before the first signature nothing at all, never "all sent".
            text = self.tr("%n signature(s) saved on this device", "", snapshot.pending + snapshot.rejected) \
                if snapshot.pending + snapshot.rejected else ""
        elif snapshot.pending:
            text = self.tr("%n signature(s) waiting to send", "", snapshot.pending)
        else:
            text = self.tr("All signatures sent")
        self.setText(text)
        self.setProperty("attention", snapshot.needs_attention and snapshot.configured)
        self.setToolTip(self.tr("Last sent: %1").replace("%1", snapshot.last_success_at)
                        if snapshot.last_success_at else "")
