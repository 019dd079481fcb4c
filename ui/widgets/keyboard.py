"""An on-screen keyboard for kiosks with no physical one.

Types into whichever line edit is its target, with the Spanish letters (ñ, á, é, í, ó, ú,
ü) on the main layout rather than behind long-presses (a first-time tablet user will
not discover those), plus everything an email address needs (@ . - _ +). Keys never take
focus, so the field keeps its cursor. Every key has an object name ``key_<name>`` and an
accessible name, so tests and screen readers can find it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.widgets.fitting_button import FittingButton

KEY_HEIGHT_PX = 56
SPECIAL_KEYS = ("backspace", "shift", "space", "dotcom", "next")
# Wide screens: twelve keys a row, like a laptop.
ROWS: tuple[tuple[str, ...], ...] = (
    ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "backspace"),
    ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "á", "é"),
    ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ", "í", "ó"),
    ("shift", "z", "x", "c", "v", "b", "n", "m", "ú", "ü", "-", "'"),
    ("@", ".", "_", "+", "space", "dotcom", "next"),
)
# Grid columns each special key spans (others span one).
SPANS = {"backspace": 2, "space": 4, "dotcom": 2, "next": 2}
# Narrow screens (a tablet held upright): ten keys a row, like a phone, with the accents and
# symbols on a row of their own, so every key stays a finger wide.
NARROW_ROWS: tuple[tuple[str, ...], ...] = (
    ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
    ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"),
    ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"),
    ("shift", "z", "x", "c", "v", "b", "n", "m", "backspace"),
    ("á", "é", "í", "ó", "ú", "ü", "-", "'", "@", "."),
    ("_", "+", "space", "dotcom", "next"),
)
NARROW_SPANS = {"backspace": 2, "space": 3, "dotcom": 2, "next": 3}
NARROW_BELOW_PX = 900  # below this width twelve keys a row would be narrower than a fingertip
_SYMBOL_NAMES = {"@": "at", ".": "dot", "-": "hyphen", "_": "underscore", "+": "plus", "'": "apostrophe"}


def key_object_name(key: str) -> str:
    """``key_a``, ``key_ñ``, ``key_at``, ``key_backspace``: the object name of a key."""
    return f"key_{_SYMBOL_NAMES.get(key, key)}"


class OnScreenKeyboard(QWidget):
    """A touch keyboard bound to one :class:`QLineEdit` at a time."""

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self._target: QLineEdit | None = None
        self._shift = False
        self._buttons: dict[str, QPushButton] = {}
        self._narrow = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setSpacing(6)
        for key in (key for row in ROWS for key in row):
            # "Next ➜" gives way to "➜" when its key is too narrow for the word.
            button = FittingButton(self) if key == "next" else QPushButton(self)
            button.setObjectName(key_object_name(key))
            button.setProperty("class", "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAutoRepeat(key == "backspace")
            button.clicked.connect(lambda _checked=False, k=key: self._on_key(k))
            self._buttons[key] = button
        self.set_key_size(KEY_HEIGHT_PX)
        self._place_keys()
        self._buttons["shift"].setCheckable(True)
        self.retranslate()

    def _place_keys(self) -> None:
        rows, spans = (NARROW_ROWS, NARROW_SPANS) if self._narrow else (ROWS, SPANS)
        for button in self._buttons.values():
            self._grid.removeWidget(button)
        for row, keys in enumerate(rows):
            column = 0
            for key in keys:
                span = spans.get(key, 1)
                self._grid.addWidget(self._buttons[key], row, column, 1, span)
                column += span

    def set_key_size(self, px: int, width_px: int | None = None) -> None:
        """The smallest height (and width, the same unless given) of a key: 48 px on short screens."""
        for button in self._buttons.values():
            button.setMinimumSize(width_px if width_px is not None else px, px)

    def minimumSizeHint(self) -> QSize:
        # The narrow layout's width: a wide layout must never hold the window wider than a
        # rotated screen; below NARROW_BELOW_PX the keys re-arrange ten a row anyway.
        hint = super().minimumSizeHint()
        margins = self._grid.contentsMargins()
        columns = sum(NARROW_SPANS.get(key, 1) for key in NARROW_ROWS[0])
        key_px = self._buttons["q"].minimumWidth()
        narrow_width = columns * key_px + (columns - 1) * self._grid.horizontalSpacing() + margins.left() \
            + margins.right()
        return QSize(min(hint.width(), narrow_width), hint.height())

    @property
    def narrow(self) -> bool:
        """Whether the keys are laid out ten a row (narrow screens) instead of twelve."""
        return self._narrow

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BELOW_PX
        if narrow != self._narrow:
            self._narrow = narrow
            self._place_keys()

    # -- public API -------------------------------------------------------------------

    def key_button(self, key: str) -> QPushButton:
        """The button for ``key`` (a character as shown in lower case, or a special key name)."""
        return self._buttons[key]

    def set_target(self, target: QLineEdit | None) -> None:
        """Type into ``target`` from now on; names start with a capital letter."""
        self._target = target
        wants_capital = bool(target is not None and target.property("autoCapitalize") and not target.text())
        self._set_shift(wants_capital)

    @property
    def shifted(self) -> bool:
        """Whether the next letter will be a capital."""
        return self._shift

    def target(self) -> QLineEdit | None:
        """The field being typed into."""
        return self._target

    def retranslate(self) -> None:
        """Labels and accessible names in the current language."""
        labels = {
            "backspace": ("⌫", self.tr("Delete")),
            "shift": ("⇧", self.tr("Capital letter")),
            "space": (self.tr("space"), self.tr("Space")),
            "dotcom": (".com", ".com"),
            "next": (self.tr("Next ➜"), self.tr("Next field")),
        }
        for key, button in self._buttons.items():
            if isinstance(button, FittingButton):
                text, accessible = labels[key]
                button.set_labels((text, "➜"), accessible)
                continue
            if key in labels:
                text, accessible = labels[key]
            else:
                text = key.upper() if self._shift and key.isalpha() else key
                accessible = text
            button.setText(text)
            button.setAccessibleName(accessible)

    # -- typing -------------------------------------------------------------------------

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        self._buttons["shift"].setChecked(on)
        for key, button in self._buttons.items():
            if key not in SPECIAL_KEYS and key.isalpha():
                text = key.upper() if on else key
                button.setText(text)
                button.setAccessibleName(text)

    def _on_key(self, key: str) -> None:
        if key == "shift":
            self._set_shift(not self._shift)
            return
        if key == "next":
            self.next_requested.emit()
            return
        target = self._target
        if target is None:
            return
        if key == "backspace":
            target.backspace()
        elif key == "space":
            target.insert(" ")
        elif key == "dotcom":
            target.insert(".com")
        else:
            target.insert(key.upper() if self._shift and key.isalpha() else key)
            if self._shift:
                self._set_shift(False)  # one-shot, like a phone keyboard
        # After a space in a name field, the next word starts with a capital ("Ana María").
        if key == "space" and target.property("autoCapitalize"):
            self._set_shift(True)
