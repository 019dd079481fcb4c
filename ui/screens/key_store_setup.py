"""The first-start screen of a machine with no keyring: where the key that locks signers' data lives.

Without it, the README's one start command ended on "This kiosk cannot take signatures right
now" until someone set an environment variable. This screen comes instead, before the
coordinator chooses the PIN, when that is the only problem (see
:meth:`kiosk.runtime.KioskContext.needs_key_store_choice`). It says in plain words what each
choice means and offers two big targets:

- keep the key in a protected file on this computer, with the warning that whoever takes the
  computer with its files can open the records and that a hub is safer;
- pair with a hub, which seals the records so the tablet keeps no key that opens them; its
  device token (upload only, revocable) goes in the protected file store. The pairing page
  follows the PIN.

Both choices keep the kiosk's secrets in the protected file store (there is no keyring to
keep them in); the window saves the choice (:meth:`~kiosk.runtime.KioskContext.use_key_store`)
so the next start goes straight to the welcome screen. Every text is in the kiosk's language
and follows the top bar's language buttons.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.common import finger_scrolling, label, set_button_text

MARGINS = (48, 24, 48, 24)
COMPACT_MARGINS = (16, 8, 16, 8)
SPACING, COMPACT_SPACING = 20, 10
CARD_MARGINS = (24, 20, 24, 20)
COMPACT_CARD_MARGINS = (12, 10, 12, 10)
# The two choices sit side by side when each card gets at least this much width; a tablet
# held upright shows them one above the other.
SIDE_BY_SIDE_CARD_PX = 480
MAX_CONTENT_PX = 1400  # on a very wide screen the lines stay short enough to read


class KeyStoreChoice(StrEnum):
    """What the coordinator chose on the screen."""

    FILE = "file"
    HUB = "hub"


class _OptionCard(QFrame):
    """One choice: its name, what it means, and the big button that takes it."""

    def __init__(self, note_style: str, button_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(*CARD_MARGINS)
        self.title = label(self, "heading")
        self.note = label(self, note_style)
        self.button = QPushButton(self)
        self.button.setObjectName(button_name)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.button)

    def set_compact(self, compact: bool) -> None:
        self.layout_.setContentsMargins(*(COMPACT_CARD_MARGINS if compact else CARD_MARGINS))


class KeyStoreSetupScreen(QWidget):
    """Choose: a protected key file on this computer, or a hub (the safer one)."""

    chosen = Signal(str)  # a KeyStoreChoice value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyStoreSetupScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Larger text on a landscape screen is taller than the screen: it scrolls, by finger.
        self.scroll_area = QScrollArea(self)
        finger_scrolling(self.scroll_area)
        outer.addWidget(self.scroll_area)
        content = QWidget(self.scroll_area)
        content.setMaximumWidth(MAX_CONTENT_PX)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(*MARGINS)
        self._layout.setSpacing(SPACING)
        self.heading = label(content, "title")
        self.message = label(content)
        self._cards_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards_row.setSpacing(SPACING)
        self.file_card = _OptionCard("screenError", "keyStoreFileButton", content)
        self.hub_card = _OptionCard("muted", "primary", content)  # the safer choice stands out
        self.file_button, self.hub_button = self.file_card.button, self.hub_card.button
        self._cards_row.addWidget(self.file_card, 1)
        self._cards_row.addWidget(self.hub_card, 1)
        self.later = label(content, "muted")
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.message)
        self._layout.addLayout(self._cards_row)
        self._layout.addWidget(self.later)
        self._layout.addStretch(1)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.hub_button.clicked.connect(self._on_hub_button_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (also on the top bar's language switch)."""
        self.heading.setText(self.tr("Where should this kiosk keep its key?"))
        self.message.setText(self.tr(
            "This computer has no keyring, the safe place where the kiosk usually keeps the key that locks "
            "the signers' data. Choose one of these before the first signer; you choose the coordinator PIN "
            "next."))
        self.file_card.title.setText(self.tr("Keep the key in a protected file on this computer"))
        self.file_card.note.setText(self.tr(
            "Warning: anyone who takes this computer and its files can open the signers' records. Pairing "
            "with a hub is safer."))
        set_button_text(self.file_button, self.tr("Use a protected file"))
        self.hub_card.title.setText(self.tr("Pair with a hub"))
        self.hub_card.note.setText(self.tr(
            "The hub seals each record, so this tablet holds no key that opens them. The tablet keeps its hub "
            "token in a protected file: the token can only upload, and the hub can revoke it. You type the "
            "hub's address and code after choosing the PIN."))
        set_button_text(self.hub_button, self.tr("Pair with a hub"))
        self.later.setText(self.tr("The kiosk remembers this choice and does not ask again."))

    def set_compact(self, compact: bool) -> None:
        """Less air on a short screen."""
        self._layout.setContentsMargins(*(COMPACT_MARGINS if compact else MARGINS))
        self._layout.setSpacing(COMPACT_SPACING if compact else SPACING)
        self._cards_row.setSpacing(COMPACT_SPACING if compact else SPACING)
        for card in (self.file_card, self.hub_card):
            card.set_compact(compact)

    def _arrange(self, width: int) -> None:
        margins = self._layout.contentsMargins()
        room = min(width, MAX_CONTENT_PX) - margins.left() - margins.right() - self._cards_row.spacing()
        side_by_side = room // 2 >= SIDE_BY_SIDE_CARD_PX
        self._cards_row.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                     else QBoxLayout.Direction.TopToBottom)

    def _on_file_button_clicked(self) -> None:
        self.chosen.emit(KeyStoreChoice.FILE.value)

    def _on_hub_button_clicked(self) -> None:
        self.chosen.emit(KeyStoreChoice.HUB.value)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
