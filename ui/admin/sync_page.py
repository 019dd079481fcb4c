"""Sync settings in the admin area: where signatures go, the token, Sync now, the last result.

Changing where signatures go (the server kind or address) drops the saved token unless a new
one is typed with it: the kiosk never sends its token, or its signers, to an address someone
just typed with the PIN alone. A token given by the set-up (``PETITION_KIOSK_SYNC_TOKEN``)
cannot be dropped from here, so while it is in force the server kind and address are the
set-up's too and cannot be changed in the admin area.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.runtime import KioskContext
from kiosk.secrets import SYNC_CREDENTIAL_ENV, delete_sync_token, get_sync_token, set_sync_token
from kiosk.settings import SyncKind
from sync.client.config import resolve_config
from sync.client.status import sync_status
from sync.upstream.target import KIND_OSDI
from ui.admin.common import button, label
from ui.messages import hub_sync_code_texts, sync_code_text

SYNC_KINDS = tuple(SyncKind)


class SyncPage(QWidget):
    """Kind, server URL, petition id, the token (into the keyring), Sync now, last result."""

    def __init__(self, ctx: KioskContext, sync_bridge: QObject | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._bridge = sync_bridge
        layout = QVBoxLayout(self)
        self.heading = label(self, "heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        for kind in SYNC_KINDS:
            self.kind_combo.addItem("", kind)
        self.kind_combo.setCurrentIndex(max(0, SYNC_KINDS.index(ctx.settings.sync_kind)))
        self.url_edit = QLineEdit(ctx.settings.sync_url, self)
        self.petition_edit = QLineEdit(ctx.settings.sync_petition_id, self)
        self.token_edit = QLineEdit(self)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)  # never shown, never read back
        self._form_labels = [QLabel(self) for _ in range(4)]
        for row_label, field in zip(self._form_labels, (self.kind_combo, self.url_edit, self.petition_edit,
                                                        self.token_edit), strict=True):
            form.addRow(row_label, field)
        layout.addLayout(form)
        self.save_button = button(self, "primary")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout.addWidget(self.save_button)
        self.sync_now_button = button(self)
        self.sync_now_button.clicked.connect(self._on_sync_now_button_clicked)
        layout.addWidget(self.sync_now_button)
        self.token_state = label(self, "muted")
        # A token from the environment belongs to the set-up's server: the target stays the set-up's.
        self._token_from_setup = bool(os.environ.get(SYNC_CREDENTIAL_ENV))
        self.kind_combo.setEnabled(not self._token_from_setup)
        self.url_edit.setEnabled(not self._token_from_setup)
        self.last_result = label(self)
        self.last_result.setObjectName("sync_last_result")
        self.status = label(self, "muted")
        for widget in (self.token_state, self.last_result, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        if sync_bridge is not None and hasattr(sync_bridge, "status_changed"):
            sync_bridge.status_changed.connect(self._on_sync_bridge_status_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        campaign_kind = self._ctx.campaign.sync.kind
        names = {SyncKind.CAMPAIGN: self.tr("As the campaign says (%1)").replace("%1", campaign_kind),
                 SyncKind.OSDI: self.tr("Action Network"), SyncKind.JSON: self.tr("Our own server (JSON)"),
                 SyncKind.NONE: self.tr("Do not sync")}
        for index, kind in enumerate(SYNC_KINDS):
            self.kind_combo.setItemText(index, names[kind])
        self.heading.setText(self.tr("Sending signatures to the server"))
        for row_label, text in zip(self._form_labels, (self.tr("Server kind"), self.tr("Server address (URL)"),
                                                       self.tr("Petition id"), self.tr("New token")), strict=True):
            row_label.setText(text)
        self.url_edit.setPlaceholderText(self._ctx.campaign.sync.url)
        self.petition_edit.setPlaceholderText(self._ctx.campaign.sync.petition_id)
        self.token_edit.setPlaceholderText(self.tr("Leave empty to keep the saved token"))
        self.save_button.setText(self.tr("Save sync settings"))
        self.sync_now_button.setText(self.tr("Sync now"))
        self.refresh()

    def refresh(self) -> None:
        """Show whether a token is saved and how the last sync went."""
        if self._token_from_setup:
            self.token_state.setText(self.tr("The token comes from the set-up (PETITION_KIOSK_SYNC_TOKEN), "
                                             "so the server is changed there too."))
        else:
            self.token_state.setText(self.tr("A token is saved in the keyring.") if get_sync_token()
                                     else self.tr("No token is saved yet."))
        status = sync_status(self._ctx.store)
        lines = []
        # With the data dir, so a kiosk paired with a hub is seen as sending to it.
        config = resolve_config(self._ctx.campaign, self._ctx.settings, data_dir=self._ctx.data_dir)
        if not config.is_set_up:
            # Not a fault: say plainly where the signatures are and what would send them.
            lines.append(self.tr("Saved on this kiosk; sending is not set up."))
            lines.append(self.tr("To send them to Action Network, enter the petition id above.")
                         if config.enabled and config.kind == KIND_OSDI
                         else self.tr("To send them, choose a server kind and enter its address above."))
        if status.get("last_success_at"):
            lines.append(self.tr("Last successful sync: %1").replace("%1", str(status["last_success_at"])))
        paused = str(status.get("sync_paused") or "")
        refused_by_hub = config.hub_device and paused in hub_sync_code_texts()
        if refused_by_hub and config.is_set_up:
            # Revoked from the hub's dashboard: a new token cannot help, only pairing again.
            lines.append(self.tr("Sync is paused: the hub no longer accepts this kiosk. Pair it with the hub "
                                 "again under “Pair with a hub”; the waiting signatures stay on this kiosk."))
        elif paused and config.is_set_up:
            lines.append(self.tr("Sync is paused until the settings or token are fixed: %1").replace(
                "%1", self.describe(paused, config.hub_device)))
        if status.get("last_error") and config.is_set_up and not (refused_by_hub and status["last_error"] == paused):
            lines.append(self.tr("Last problem: %1").replace(
                "%1", self.describe(str(status["last_error"]), config.hub_device)))
        self.last_result.setText("\n".join(lines) if lines else self.tr("No sync has run yet."))

    def describe(self, code: str, hub_device: bool = False) -> str:
        """A sync error code in words (from the coordinator's message registry)."""
        return sync_code_text(code, hub_device)

    def _target(self) -> tuple[str, str]:
        """Where signatures go now: the resolved server kind and address."""
        config = resolve_config(self._ctx.campaign, self._ctx.settings)
        return config.kind, config.url.rstrip("/")

    def _on_save_button_clicked(self) -> None:
        settings = self._ctx.settings
        before = self._target()
        if not self._token_from_setup:
            settings.sync_kind = SyncKind(self.kind_combo.currentData())
            settings.sync_url = self.url_edit.text().strip()
        settings.sync_petition_id = self.petition_edit.text().strip()
        token = self.token_edit.text().strip()
        self.token_edit.clear()
        # The token is settled before the settings are saved: saving announces the new target and
        # the sync line uses it at once, so it must find the new server's token (not none, and
        # never the old server's).
        if self._target() != before and not token:
            with contextlib.suppress(KioskError):  # no keyring: there is no saved token to send either
                delete_sync_token()
            settings.save()
            self.status.setText(self.tr("The server changed, so the saved token was removed. "
                                        "Enter the token for the new server to send signatures there."))
            self.refresh()
            return
        if token:
            try:
                set_sync_token(token)
            except KioskError:
                settings.save()
                self.status.setText(self.tr("Settings saved, but there is no keyring to keep the token in. "
                                            "Set PETITION_KIOSK_SYNC_TOKEN instead."))
                self.refresh()
                return
        settings.save()
        self.status.setText(self.tr("Sync settings saved."))
        self.refresh()

    def _on_sync_now_button_clicked(self) -> None:
        if self._bridge is not None and hasattr(self._bridge, "sync_now"):
            self._bridge.sync_now()
            self.status.setText(self.tr("Syncing now…"))

    def _on_sync_bridge_status_changed(self, *_args: object) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
