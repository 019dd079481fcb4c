"""What this kiosk's mode protects, said plainly in the admin area (issue 13, item 3).

Solo mode (no hub paired): the signers' data is sealed under a key kept on this device. That
protects a copied database, not a device taken together with its key store; the statement
says so and recommends a hub. Sealed mode (a paired hub): each new record is sealed to the
hub's public key, so the tablet holds no key that opens it. The README's privacy section
states the same guarantees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.runtime import KioskContext
from ui.admin.common import label


def sealed_to_hub(ctx: KioskContext) -> bool:
    """Whether new records are sealed to a key this tablet does not hold (sealed mode): a paired
    hub's, or the campaign's. Asked of the store, which seals them, not of the pairing file."""
    return ctx.store.sealed_mode(ctx.campaign)


class ProtectionStatement(QWidget):
    """A heading and a paragraph: what the current mode protects, and what it does not."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label(self, "heading")
        self.text = label(self)
        self.text.setObjectName("protection_statement")
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (and for the mode in force now)."""
        self.heading.setText(self.tr("How this kiosk protects signers"))
        self.refresh()

    def refresh(self) -> None:
        """Say what the mode in force now protects (pairing changes it)."""
        if sealed_to_hub(self._ctx):
            self.text.setText(self.tr(
                "Sealed mode: this kiosk is paired with a hub. Each new signature's personal data is sealed to "
                "the hub's key, and this device holds no key that opens it. What stays readable here is what "
                "the counts need: ZIP code, event, time, language and consent answers. Signatures taken before "
                "the pairing stay under this device's own key until they are erased."))
        else:
            self.text.setText(self.tr(
                "Solo mode: no hub is paired. Signers' data is sealed under a key kept on this device. That "
                "protects a copied database, but not this device taken together with its key store (its "
                "keyring or key file): whoever has both can open every record not yet erased. Pair with a hub "
                "(Sync tab) so that records are sealed to the hub and this device keeps no key that opens them."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
