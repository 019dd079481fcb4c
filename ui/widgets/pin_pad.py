"""A numeric PIN pad for the coordinator: big digits, masked entry, lockout countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.pin import MAX_PIN_LENGTH

LOCK_TICK_MS = 1000
DISPLAY_PX = 64
COMPACT_DISPLAY_PX = 48
KEY_SPACING_PX = 10
COMPACT_KEY_SPACING_PX = 6


class PinPad(QWidget):
    """Enter a PIN with taps; emits :attr:`pin_entered` on OK and :attr:`cancelled` on Cancel."""

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self._digits = ""
        self._locked_s = 0
        self._prompt_text = ""
        self._tick = QTimer(self)
        self._tick.setInterval(LOCK_TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)

        outer = QVBoxLayout(self)
        self._outer = outer
        # Centred with stretches, not by aligning the whole block: a centred block follows the
        # width of its widest line (the prompt), which moved the keys between PIN steps.
        outer.addStretch(1)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("heading")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel(self)
        self.display.setObjectName("title")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(DISPLAY_PX)
        self.status = QLabel(self)
        self.status.setObjectName("screenError")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        outer.addWidget(self.prompt)
        outer.addWidget(self.display)
        outer.addWidget(self.status)

        # The keys sit on a widget of their own that is never mirrored (phone pads run 1 2 3
        # left to right in every script, Arabic too) and keeps its own size, so a longer prompt
        # on one step does not stretch the keys and move them under the coordinator's finger.
        self.keys_area = QWidget(self)
        self.keys_area.setObjectName("pinKeys")
        self.keys_area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.keys_area.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self.keys_area)
        grid.setContentsMargins(0, 0, 0, 0)
        self._grid = grid
        grid.setSpacing(KEY_SPACING_PX)
        self._keys: dict[str, QPushButton] = {}
        layout = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), ("clear", "0", "backspace"))
        for row, keys in enumerate(layout):
            for column, key in enumerate(keys):
                button = QPushButton(self.keys_area)
                button.setObjectName(f"pin_{key}")
                button.setProperty("class", "pinKey")  # sizes come from the style (larger text too)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _checked=False, k=key: self._on_key(k))
                grid.addWidget(button, row, column)
                self._keys[key] = button
        outer.addWidget(self.keys_area, 0, Qt.AlignmentFlag.AlignHCenter)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("pin_cancel")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self._on_ok_clicked)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.ok_button)
        actions.addStretch(1)
        outer.addLayout(actions)
        outer.addStretch(1)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """Tighter spacing on a short screen (the keys' size comes from the style)."""
        self.display.setMinimumHeight(COMPACT_DISPLAY_PX if compact else DISPLAY_PX)
        self._grid.setSpacing(COMPACT_KEY_SPACING_PX if compact else KEY_SPACING_PX)
        self._outer.setSpacing(4 if compact else -1)
        self._outer.setContentsMargins(*((8, 4, 8, 4) if compact else (11, 11, 11, 11)))

    def key_button(self, key: str) -> QPushButton:
        """The button for a digit, ``clear`` or ``backspace``."""
        return self._keys[key]

    def set_prompt(self, text: str) -> None:
        """The line above the dots (e.g. "Enter the new PIN")."""
        self._prompt_text = text
        self.prompt.setText(text)

    def reset(self) -> None:
        """Forget what was entered."""
        self._digits = ""
        self.status.clear()
        self._refresh()

    def show_error(self, text: str) -> None:
        """A message under the dots."""
        self.status.setText(text)

    def lock_for(self, seconds: int) -> None:
        """Disable the digits for ``seconds``, with a visible countdown."""
        self._locked_s = seconds
        self._digits = ""
        self._refresh()
        if seconds > 0:
            self._tick.start()
        else:
            self._tick.stop()

    @property
    def locked(self) -> bool:
        """Whether the pad refuses input right now."""
        return self._locked_s > 0

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.prompt.setText(self._prompt_text or self.tr("Coordinator PIN"))
        for key, button in self._keys.items():
            if key == "clear":
                button.setText(self.tr("Clear"))
                button.setAccessibleName(self.tr("Clear the PIN"))
            elif key == "backspace":
                button.setText("⌫")
                button.setAccessibleName(self.tr("Delete last digit"))
            else:
                button.setText(key)
                button.setAccessibleName(key)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Confirm the PIN"))
        self._refresh()

    def _refresh(self) -> None:
        self.display.setText("●" * len(self._digits) if self._digits else "–")
        self.display.setAccessibleName(self.tr("%n digit(s) entered", "", len(self._digits)))
        for button in self._keys.values():
            button.setEnabled(not self.locked)
        self.ok_button.setEnabled(not self.locked)
        if self.locked:
            self.status.setText(self.tr("Too many wrong PINs. Try again in %n second(s).", "", self._locked_s))

    def _on_tick_timeout(self) -> None:
        self._locked_s = max(self._locked_s - 1, 0)
        if not self.locked:
            self._tick.stop()
            self.status.clear()
        self._refresh()

    def _on_key(self, key: str) -> None:
        if self.locked:
            return
        if key == "clear":
            self._digits = ""
        elif key == "backspace":
            self._digits = self._digits[:-1]
        elif len(self._digits) < MAX_PIN_LENGTH:
            self._digits += key
        self._refresh()

    def _on_ok_clicked(self) -> None:
        if self.locked or not self._digits:
            return
        digits, self._digits = self._digits, ""
        self._refresh()
        self.pin_entered.emit(digits)

    def _on_cancel_clicked(self) -> None:
        self._digits = ""
        self._refresh()
        self.cancelled.emit()
