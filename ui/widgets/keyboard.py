"""An on-screen keyboard for kiosks with no physical one, in the signer's language.

Types into whichever line edit is its target, with each language's letters on the main
layout rather than behind long-presses (a first-time tablet user will not discover those);
the layouts are in ui/widgets/keyboard_layouts.py. Chinese (Simplified) names are typed in
pinyin, as Chinese input methods take it (toneless, ü as v, ' between syllables that could run
together): the letters build a pinyin buffer, and the candidate bar
(ui/widgets/keyboard_candidates.py) takes the digits' row to offer the characters and words it
can be written as (ui/widgets/pinyin.py; common surnames first in the family-name field).
Names get the language's layout (with a key to switch to Latin letters where the script is
not Latin, and from pinyin to Latin letters), an email field always the Latin one with
@ . - _ + and .com, and a field that takes digits only (ZIP, phone) a number pad. Keys never
take focus, so the field keeps its cursor. Every key has an object name ``key_<name>`` and an
accessible name, so tests and screen readers can find it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.i18n import current_language
from ui.widgets.fitting_button import FittingButton
from ui.widgets.hangul import compose, is_jamo
from ui.widgets.keyboard_candidates import CandidateBar
from ui.widgets.keyboard_layouts import (
    COMBINING_KEYS,
    LATIN_LABEL,
    LATIN_SLOTS,
    NARROW_BELOW_PX,
    NARROW_ROWS,
    NARROW_SPANS,
    NUMBER_ROWS,
    ROWS,
    SCRIPT_LAYOUTS,
    SLOTS,
    SPANS,
    SPECIAL_KEYS,
    key_label,
    key_object_name,
    mark_preview,
    with_mark,
)
from ui.widgets.keyboard_pinyin import NAME_PART_PROPERTY, PINYIN_LANGUAGES, PinyinComposer
from ui.widgets.pinyin import warm_up

KEY_HEIGHT_PX = 56
KEY_GAP_PX = 6  # between keys side by side: a finger aimed at one key misses its neighbour
# Between rows, and round the keys: a little tighter, since every pixel of the keyboard's
# height is taken from the form's rows above it (three of them must show with larger text).
KEY_ROW_GAP_PX = 4
KEYBOARD_MARGIN_PX = 2

def _at_word_start(target: QLineEdit) -> bool:
    """Whether the cursor is where a word begins: the field's start or just after a space."""
    cursor = target.cursorPosition()
    return cursor == 0 or target.text()[cursor - 1].isspace()


class OnScreenKeyboard(QWidget):
    """A touch keyboard bound to one :class:`QLineEdit` at a time."""

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self._target: QLineEdit | None = None
        self._shift = False
        self._narrow = False
        self._language = ""
        self._latin = False  # the signer switched a non-Latin layout to Latin letters
        self._number_pad = False
        self._jamo: list[str] = []  # Korean letters of the syllables being composed
        self._composed = ""  # what those letters put in the field, just before the cursor
        self.candidate_bar = CandidateBar(self)
        self.candidate_bar.hide()
        self._pinyin = PinyinComposer(self.candidate_bar, self.target, self._on_composing_changed)
        self._positions: dict[str, QPushButton] = {}  # ROWS' key names -> the buttons there
        self._keys: dict[str, str] = {}  # position -> the key it types now
        self._buttons: dict[str, QPushButton] = {}  # key -> its button, for the current layout
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(*(KEYBOARD_MARGIN_PX,) * 4)
        self._grid.setHorizontalSpacing(KEY_GAP_PX)
        self._grid.setVerticalSpacing(KEY_ROW_GAP_PX)
        for position in (key for row in ROWS for key in row):
            # "Next ➜" gives way to "➜" when its key is too narrow for the word.
            button = FittingButton(self) if position == "next" else QPushButton(self)
            button.setProperty("class", "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAutoRepeat(position == "backspace")
            button.clicked.connect(lambda _checked=False, p=position: self._on_key(self._keys[p]))
            self._positions[position] = button
        self._positions["shift"].setCheckable(True)
        self._assign_keys()
        self.set_key_size(KEY_HEIGHT_PX)
        self._place_keys()
        self.retranslate()

    # -- layouts ------------------------------------------------------------------------

    def _script_layout(self) -> tuple[dict[str, str], str] | None:
        """The letters of the language's own script, unless Latin ones are wanted here."""
        layout = SCRIPT_LAYOUTS.get(self._language)
        if layout is None or self._latin or self._wants_latin():
            return None
        return layout

    def _pinyin_field(self) -> bool:
        """Whether the field is a name that may be written in Chinese characters here."""
        return bool(self._language in PINYIN_LANGUAGES and self._target is not None
                    and self._target.property(NAME_PART_PROPERTY) and not self._wants_latin())

    def _pinyin_mode(self) -> bool:
        """Whether letters typed now are pinyin for the candidate bar (not the signer's Latin)."""
        return self._pinyin_field() and not self._latin

    def _wants_latin(self) -> bool:
        latin = (Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhUrlCharactersOnly
                 | Qt.InputMethodHint.ImhLatinOnly)
        return bool(self._target is not None and self._target.inputMethodHints() & latin)

    def _assign_keys(self) -> None:
        script = self._script_layout()
        slots = LATIN_SLOTS.get(self._language, SLOTS)
        for position in self._positions:
            key = position
            if position in SLOTS:
                key = slots[SLOTS.index(position)]
            if script is not None and position in script[0]:
                key = script[0][position]
            if position == "dotcom" and ((self._language in SCRIPT_LAYOUTS and not self._wants_latin())
                                         or self._pinyin_field()):
                key = "switch"  # a name in the signer's script or in Latin letters: their choice
            self._keys[position] = key
        self._buttons = {key: self._positions[position] for position, key in self._keys.items()}
        for key, button in self._buttons.items():
            button.setObjectName(key_object_name(key))
        # Hangul and Arabic have no capitals, and pinyin for characters is typed in small letters.
        self._positions["shift"].setEnabled(script is None and not self._pinyin_mode())
        # Never mirrored, in Arabic either: every Arabic keyboard, physical or on a phone,
        # has ض top left where Q is, and the digits run 1 to 0 left to right.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _place_keys(self) -> None:
        for button in self._positions.values():
            self._grid.removeWidget(button)
        self._grid.removeWidget(self.candidate_bar)
        self.candidate_bar.hide()
        if self._number_pad:
            shown = {key for row in NUMBER_ROWS for key in row}
            for row, keys in enumerate(NUMBER_ROWS):
                for column, key in enumerate(keys):
                    self._grid.addWidget(self._buttons[key], row, column)
            for key, button in self._buttons.items():
                button.setVisible(key in shown)
            return
        rows, spans = (NARROW_ROWS, NARROW_SPANS) if self._narrow else (ROWS, SPANS)
        for row, positions in enumerate(rows):
            column = 0
            for position in positions:
                span = spans.get(position, 1)
                self._grid.addWidget(self._positions[position], row, column, 1, span)
                self._positions[position].show()
                column += span
        if self._pinyin.pinyin:
            # The candidates take the digits' place (a name needs no digits), so no key moves;
            # on a wide screen delete stays at the row's end, where the finger expects it.
            for digit in rows[0]:
                if digit.isdigit():
                    self._positions[digit].hide()
            columns = sum(key.isdigit() for key in rows[0])
            self._grid.addWidget(self.candidate_bar, 0, 0, 1, columns)
            self.candidate_bar.set_columns(columns, KEY_GAP_PX)
            self.candidate_bar.show()

    def _relayout(self) -> None:
        number_pad = bool(self._target is not None
                          and self._target.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly)
        self._commit_composition()
        self._number_pad = number_pad
        self._assign_keys()
        self._place_keys()
        self.retranslate()
        self._grid.activate()  # the keys are where they belong before the next tap

    def set_key_size(self, px: int, width_px: int | None = None) -> None:
        """The smallest height (and width, the same unless given) of a key: 48 px on short screens."""
        for button in self._positions.values():
            button.setMinimumSize(width_px if width_px is not None else px, px)
        self.candidate_bar.set_key_size(px)

    def minimumSizeHint(self) -> QSize:
        # The narrow layout's width: a wide layout must never hold the window wider than a
        # rotated screen; below NARROW_BELOW_PX the keys re-arrange ten a row anyway.
        hint = super().minimumSizeHint()
        margins = self._grid.contentsMargins()
        columns = sum(NARROW_SPANS.get(key, 1) for key in NARROW_ROWS[0])
        key_px = self._positions["q"].minimumWidth()
        narrow_width = columns * key_px + (columns - 1) * self._grid.horizontalSpacing() + margins.left() \
            + margins.right()
        return QSize(min(hint.width(), narrow_width), hint.height())

    @property
    def narrow(self) -> bool:
        """Whether the keys are laid out ten a row (narrow screens) instead of twelve."""
        return self._narrow

    @property
    def number_pad(self) -> bool:
        """Whether the keys are a number pad (the field takes digits only: ZIP, phone)."""
        return self._number_pad

    @property
    def language(self) -> str:
        """The language whose letters the keys show."""
        return self._language

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
        """Type into ``target`` from now on; names start with a capital letter. Pinyin not yet
        written as characters is dropped: the field left shows exactly what was chosen."""
        self._commit_composition()
        self._pinyin.drop()
        self._target = target
        self._relayout()
        wants_capital = bool(target is not None and target.property("autoCapitalize") and not target.text())
        self._set_shift(wants_capital and self._positions["shift"].isEnabled())
        self._show_mark_previews()

    def forget(self) -> None:
        """Drop what is being composed (a Korean syllable is part of a name) and the shift key;
        the next signer starts afresh."""
        self._commit_composition()
        self._pinyin.drop()
        self._latin = False
        self._relayout()
        self._set_shift(False)

    @property
    def shifted(self) -> bool:
        """Whether the next letter will be a capital."""
        return self._shift

    def target(self) -> QLineEdit | None:
        """The field being typed into."""
        return self._target

    def retranslate(self) -> None:
        """Labels and accessible names in the current language (and its letters on the keys)."""
        language = current_language()
        if language != self._language:
            self._language = language
            self._latin = False
            self._pinyin.drop()
            if language in PINYIN_LANGUAGES:
                warm_up()  # the dictionary is ready by the time the signer reaches the form
            self._relayout()
            return
        script = SCRIPT_LAYOUTS.get(self._language)
        switch_label = (LATIN_LABEL if self._script_layout() is not None else script[1]) if script else ""
        if self._pinyin_field():
            switch_label = LATIN_LABEL if self._pinyin_mode() else self.tr("Pinyin")
        labels = {
            "backspace": ("⌫", self.tr("Delete")),
            "shift": ("⇧", self.tr("Capital letter")),
            "space": (self.tr("space"), self.tr("Space")),
            "dotcom": (".com", ".com"),
            "switch": (switch_label, self.tr("Switch letters")),
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
                text = key_label(key[:1].upper() + key[1:] if self._shift and key.isalpha() else key)
                accessible = text
            button.setText(text)
            button.setAccessibleName(accessible)
        self.candidate_bar.set_accessible_names(self.tr("Previous characters"), self.tr("More characters"))
        self._show_mark_previews()

    def _show_mark_previews(self) -> None:
        """Each Vietnamese mark key shows the letter it would make of the letter before the
        cursor (a: à á ả ã ạ â ă), in the shipped font; before anything it can mark, the mark
        alone on a dotted circle."""
        target = self._target
        letter = ""
        if target is not None and target.cursorPosition() > 0:
            letter = target.text()[target.cursorPosition() - 1]
        for mark in COMBINING_KEYS:
            button = self._buttons.get(mark)
            if button is None:
                continue
            made = mark_preview(letter, mark) if letter else None
            button.setText(made or key_label(mark))
            button.setAccessibleName(made or unicodedata.name(mark).lower())

    # -- typing -------------------------------------------------------------------------

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        self._positions["shift"].setChecked(on)
        for key, button in self._buttons.items():
            if key not in SPECIAL_KEYS and key.isalpha() and not is_jamo(key):
                text = key[:1].upper() + key[1:] if on else key
                button.setText(text)
                button.setAccessibleName(text)

    def _commit_composition(self) -> None:
        self._jamo = []
        self._composed = ""

    def _compose_jamo(self, target: QLineEdit) -> None:
        for _ in self._composed:
            target.backspace()
        self._composed = compose(self._jamo)
        target.insert(self._composed)

    def _add_mark(self, target: QLineEdit, mark: str) -> None:
        """A Vietnamese vowel or tone mark joins the letter before the cursor (NFC)."""
        text, cursor = target.text(), target.cursorPosition()
        if cursor == 0 or not text[cursor - 1].isalpha():
            return  # a mark on nothing would be an invisible stray character
        before = unicodedata.normalize("NFC", text[:cursor])
        before = before[:-1] + with_mark(before[-1], mark)
        target.setText(before + text[cursor:])
        target.setCursorPosition(len(before))

    # -- pinyin -------------------------------------------------------------------------

    @property
    def writes_pinyin(self) -> bool:
        """Whether letters typed now are pinyin for the candidate bar (not Latin letters)."""
        return self._pinyin_mode()

    @property
    def pinyin(self) -> str:
        """The pinyin typed and not yet written as characters."""
        return self._pinyin.pinyin

    def _on_composing_changed(self) -> None:
        self._place_keys()
        self._grid.activate()  # the bar is where the digits were before the next tap

    def _on_key(self, key: str) -> None:
        if key == "shift":
            self._set_shift(not self._shift)
            return
        if key == "next":
            self._commit_composition()
            if self._pinyin.pinyin:
                self._pinyin.set("")  # as when the field is left by a tap: only what was chosen stays
            self.next_requested.emit()
            return
        if key == "switch":
            self._latin = not self._latin
            self._pinyin.drop()
            self._relayout()
            target = self._target
            if target is not None and target.property("autoCapitalize") and not target.text():
                self._set_shift(self._positions["shift"].isEnabled())
            return
        target = self._target
        if target is None:
            return
        if self._pinyin_mode() and self._pinyin.type_key(key):
            return
        if is_jamo(key):
            self._jamo.append(key)
            self._compose_jamo(target)
            return
        if key == "backspace" and self._jamo:
            self._jamo.pop()  # 한 -> 하: one letter back, as a Korean phone keyboard does
            self._compose_jamo(target)
            return
        self._commit_composition()
        if key == "backspace":
            target.backspace()
        elif key == "space":
            target.insert(" ")
        elif key == "dotcom":
            target.insert(".com")
        elif key in COMBINING_KEYS:
            self._add_mark(target, key)
        else:
            target.insert(key[:1].upper() + key[1:] if self._shift and key.isalpha() else key)  # "Ng", not "NG"
            if self._shift:
                self._set_shift(False)  # one-shot, like a phone keyboard
        # In a name field every word starts with a capital ("Ana María"), as on a phone: after a
        # space, and after a backspace that goes back to the start of a word (or of the field),
        # so correcting "Rosa P" to "Rosa " and typing again still gives "Rosa Peña".
        if key in ("space", "backspace") and target.property("autoCapitalize"):
            self._set_shift(self._positions["shift"].isEnabled() and _at_word_start(target))
        self._show_mark_previews()
