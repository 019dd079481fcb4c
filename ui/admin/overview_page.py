"""The admin area's first page: how many signatures, how many wait to sync, what was rejected,
and what this kiosk's mode (solo, or sealed to a hub) protects."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kiosk.reports.dashboard import Dashboard, dashboard
from kiosk.runtime import KioskContext
from sync.client.config import resolve_config
from sync.protocol.reasons import Reason
from ui.admin.common import label
from ui.admin.protection_statement import ProtectionStatement
from ui.i18n import DRAFT, current_language, isolate, translation_status
from ui.messages import reject_reason_text


class OverviewPage(QWidget):
    """Counts: today, this event, all time, waiting to sync, rejected with reasons."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.numbers = Dashboard()
        layout = QVBoxLayout(self)
        self.heading = label(self, "heading")
        layout.addWidget(self.heading)
        # A drafted language says so where coordinators look, so nobody takes it as reviewed.
        self.translation_status = label(self, "muted")
        self.translation_status.setObjectName("translation_status")
        layout.addWidget(self.translation_status)
        form = QFormLayout()
        self.row_labels: dict[str, QLabel] = {}  # each row's name, beside its figure in values
        self.values: dict[str, QLabel] = {}
        for key in ("today", "this_event", "total", "people", "waiting", "synced", "rejected", "not_sent"):
            name, value = QLabel(self), QLabel("0", self)
            value.setObjectName(f"count_{key}")
            self.row_labels[key] = name
            self.values[key] = value
            form.addRow(name, value)
        layout.addLayout(form)
        self.sending_state = label(self)
        self.sending_state.setObjectName("sending_state")
        layout.addWidget(self.sending_state)
        self.event_name = label(self, "muted")
        layout.addWidget(self.event_name)
        self.reasons_heading = label(self, "heading")
        self.reasons = label(self)
        self.reasons.setObjectName("rejection_reasons")
        layout.addWidget(self.reasons_heading)
        layout.addWidget(self.reasons)
        self.protection = ProtectionStatement(ctx, self)
        layout.addWidget(self.protection)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Signatures on this kiosk"))
        draft = translation_status(current_language()) == DRAFT
        self.translation_status.setText(self.tr("Translation: draft, awaiting review by a native speaker")
                                        if draft else "")
        self.translation_status.setVisible(draft)
        texts = {
            "today": self.tr("Today"),
            "this_event": self.tr("This event"),
            "total": self.tr("All time"),
            # Behind the PIN, for the coordinator: the signatures above count a repeat signer's too.
            "people": self.tr("People (a repeat signer counted once)"),
            "waiting": self.tr("Waiting to sync"),
            "synced": self.tr("Synced"),
            "rejected": self.tr("Rejected by the server"),
            # Signature-only signers kept here: Action Network needs an email or a phone.
            "not_sent": self.tr("Not sent upstream (no contact)"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.reasons_heading.setText(self.tr("Why signatures were rejected"))
        self._show()

    def refresh(self) -> None:
        """Re-read the counts from the database."""
        self.numbers = dashboard(self._ctx.store, self._ctx.campaign.id, self._ctx.current_event_id())
        self.protection.refresh()
        self._show()

    def _show(self) -> None:
        numbers = self.numbers
        for key in self.values:
            self.values[key].setText(f"{getattr(numbers, key):,}")
        set_up = resolve_config(self._ctx.campaign, self._ctx.settings).is_set_up
        self.sending_state.setText("" if set_up else self.tr("Saved on this kiosk; sending is not set up."))
        self.sending_state.setVisible(not set_up)
        event_id = self._ctx.current_event_id()
        names = {e.id: e.name for e in self._ctx.store.events()} if event_id else {}
        self.event_name.setText(self.tr("Current event: %1").replace("%1", isolate(names[event_id])) if event_id
                                else self.tr("No event is set: new signatures belong to no event."))
        if numbers.rejection_reasons:
            # The server's reason code (sync/protocol/reasons.py) in words, never the bare code.
            self.reasons.setText("\n".join(f"{reject_reason_text(reason or Reason.REJECTED)}: {n:,}"
                                           for reason, n in numbers.rejection_reasons))
        else:
            self.reasons.setText(self.tr("None."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
