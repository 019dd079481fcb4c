"""Pair with a hub, from the admin area: the hub's address and code typed with the on-screen
keyboard; pairing runs on a short-lived thread so the screen never waits on the network."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.runtime import KioskContext
from sync.client.hub_link import META_HUB_DELIVERED, META_HUB_ON_HUB, load_pairing
from ui.admin.common import button, label


class _PairingRelay(QObject):
    """Carries the pairing thread's outcome (a code, or '' for success) to the screen's thread."""

    finished = Signal(str)


class PairPage(QWidget):
    """The hub's address and pairing code, a Pair button, and where this kiosk syncs now."""

    paired = Signal()

    def __init__(self, ctx: KioskContext, sync_bridge: QObject | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._bridge = sync_bridge
        self._relay = _PairingRelay(self)
        self._relay.finished.connect(self._on_relay_finished)
        layout = QVBoxLayout(self)
        self.heading = label(self, "heading")
        layout.addWidget(self.heading)
        self.explanation = label(self, "muted")
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("hub_url")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("hub_code")
        self._form_labels = [QLabel(self), QLabel(self)]
        form.addRow(self._form_labels[0], self.url_edit)
        form.addRow(self._form_labels[1], self.code_edit)
        layout.addLayout(form)
        self.pair_button = button(self, "primary")
        self.pair_button.clicked.connect(self._on_pair_button_clicked)
        layout.addWidget(self.pair_button)
        self.status = label(self)
        self.status.setObjectName("pair_status")
        self.current = label(self, "muted")
        self.current.setObjectName("pair_current")
        layout.addWidget(self.status)
        layout.addWidget(self.current)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Pair with a hub"))
        self.explanation.setText(self.tr(
            "A hub collects the signatures of every kiosk at an event and sends them on, so this tablet needs no "
            "Action Network key. Type the address and the code the hub shows."))
        self._form_labels[0].setText(self.tr("Hub address"))
        self._form_labels[1].setText(self.tr("Pairing code"))
        self.url_edit.setPlaceholderText("https://192.168.1.20:8443")
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.pair_button.setText(self.tr("Pair"))
        self.refresh()

    def refresh(self) -> None:
        """Say whether, and with which hub, this kiosk is paired."""
        pairing = load_pairing(self._ctx.data_dir)
        if pairing is None:
            self.current.setText(self.tr("This kiosk is not paired with a hub."))
            return
        store = self._ctx.store
        lines = [self.tr("Paired with the hub at %1. Signatures go there.").replace("%1", pairing.url)]
        on_hub, delivered = store.get_meta(META_HUB_ON_HUB), store.get_meta(META_HUB_DELIVERED)
        if on_hub is not None:
            lines.append(self.tr("On the hub: %1 · delivered upstream: %2").replace("%1", on_hub)
                         .replace("%2", delivered or "0"))
        self.current.setText("\n".join(lines))

    def describe(self, code: str) -> str:
        """A pairing outcome in words."""
        texts = {
            "": self.tr("Paired. This kiosk now sends its signatures to the hub."),
            "pairing_code_malformed": self.tr("That is not a pairing code: it has 24 letters and digits."),
            "pairing_code_invalid": self.tr("The hub refused this code. Ask the hub for a new one."),
            "pairing_code_expired": self.tr("This code has expired (codes last 15 minutes). Ask the hub for a "
                                            "new one."),
            "hub_certificate_mismatch": self.tr("The server at this address is not the hub that made this code. "
                                                "Check the address."),
            "hub_unreachable": self.tr("The hub could not be reached at this address."),
            "hub_url_insecure": self.tr("The address must start with https://"),
            "hub_bad_answer": self.tr("The hub's answer was not understood."),
            "hub_busy": self.tr("The hub is turning pairing tries away for a moment. Wait a minute and try "
                                "again."),
            "key_store_unavailable": self.tr("There is no safe place on this device to keep the hub's token."),
        }
        return texts.get(code, texts["hub_bad_answer"])

    def _on_pair_button_clicked(self) -> None:
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        self.pair_button.setEnabled(False)
        self.status.setText(self.tr("Pairing…"))
        data_dir, key_store = self._ctx.data_dir, self._ctx.key_store
        kiosk_id, label_text = self._ctx.store.kiosk_id, str(self._ctx.settings["kiosk_label"])
        store = self._ctx.store
        relay = self._relay

        def work() -> None:
            from sync.client.pairing import PairingError, pair

            try:
                pair(data_dir, url, code, label_text, key_store, kiosk_id, sealing=store)
                outcome = ""
            except PairingError as exc:
                outcome = exc.code
            except Exception:  # a pairing attempt must never take the kiosk down
                outcome = "hub_bad_answer"
            relay.finished.emit(outcome)

        threading.Thread(target=work, name="hub-pairing", daemon=True).start()

    @Slot(str)
    def _on_relay_finished(self, outcome: str) -> None:
        self.pair_button.setEnabled(True)
        self.status.setText(self.describe(outcome))
        if not outcome:
            self.code_edit.clear()
            if self._bridge is not None and hasattr(self._bridge, "reload_settings"):
                self._bridge.reload_settings()  # the sync target is now the hub
            self.paired.emit()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
