"""An on-screen keyboard for kiosks with no physical one, in the signer's language.

Types into whichever line edit is its target, with each language's letters on the main
layout rather than behind long-presses (a first-time tablet user will not discover those):
- Latin (English, Spanish, Tagalog, Haitian Creole; Chinese names in pinyin): QWERTY with
  the language's accented letters (ñ á é …, Tagalog's ng, Creole's è ò) in nine slots;
- Vietnamese: QWERTY with đ, the vowel marks (ă â ê ô ơ ư) and the five tone marks, each
  composing with the letter before it (e ◌̂ ◌́ → ế, via NFC);
- Korean: the two-set Hangul layout, jamo composed into syllables as typed (ㅎ ㅏ ㄴ → 한);
- Arabic: the standard Arabic layout (ض where Q is; the keys never mirror);
- Chinese (Simplified) names: pinyin, as Chinese input methods take it (toneless, ü as v, '
  between syllables that could run together): the letters typed build a pinyin buffer, and
  the candidate bar (ui/widgets/keyboard_candidates.py) takes the digits' row to offer the
  characters and words it can be written as (ui/widgets/pinyin.py, from pypinyin's
  dictionaries; common surnames first in the family-name field). A tap puts one in the field.
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
from ui.widgets.pinyin import SEPARATOR, Candidate, pinyin_index, warm_up

KEY_HEIGHT_PX = 56
KEY_GAP_PX = 6  # between keys side by side: a finger aimed at one key misses its neighbour
# Between rows, and round the keys: a little tighter, since every pixel of the keyboard's
# height is taken from the form's rows above it (three of them must show with larger text).
KEY_ROW_GAP_PX = 4
KEYBOARD_MARGIN_PX = 2
SPECIAL_KEYS = ("backspace", "shift", "space", "dotcom", "switch", "next")
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

# The positions of ROWS whose key depends on the language (Spanish's letters by default).
SLOTS = ("á", "é", "ñ", "í", "ó", "ú", "ü", "-", "'")
LETTERS = "qwertyuiopasdfghjklzxcvbnm"
GRAVE, ACUTE, HOOK, TILDE, DOT_BELOW = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
COMBINING_KEYS = (BREVE, CIRCUMFLEX, HORN, GRAVE, ACUTE, HOOK, TILDE, DOT_BELOW)
TONES = (GRAVE, ACUTE, HOOK, TILDE, DOT_BELOW)
# Which bare vowels take which Vietnamese vowel mark (ă; â ê ô; ơ ư); every vowel takes a tone.
VOWEL_MARKS = {BREVE: "a", CIRCUMFLEX: "aeo", HORN: "ou"}
VIETNAMESE_VOWELS = "aeiouy"
LATIN_SLOTS: dict[str, tuple[str, ...]] = {
    "tl": ("á", "é", "ñ", "í", "ó", "ú", "ng", "-", "'"),  # ng: Tagalog's most written pair
    "ht": ("è", "é", "ò", "à", "ê", "ô", "ç", "-", "'"),  # Creole's è ò, and French names' accents
    "vi": ("đ", BREVE, CIRCUMFLEX, HORN, GRAVE, ACUTE, HOOK, TILDE, DOT_BELOW),
}
# Scripts with a layout of their own: every letter position gets that script's letter.
KOREAN = dict(zip(LETTERS + "".join(SLOTS),
                  "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ" "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ" "ㅋㅌㅊㅍㅠㅜㅡ" "ㄲㄸㅃㅆㅉㅒㅖ-'", strict=True))
ARABIC = dict(zip("qwertyuiopáé" "asdfghjklñíó" "zxcvbnmúü-'",
                  "ضصثقفغعهخحجد" "شسيبلاتنمكطذ" "ئءؤرىةوزظأإ", strict=True))
SCRIPT_LAYOUTS = {"ko": (KOREAN, "한글"), "ar": (ARABIC, "عربي")}  # letters, label of the switch key
LATIN_LABEL = "ABC"
# Pinyin mode: for Simplified Chinese (pypinyin's ranks are Simplified's; a Traditional reader
# gets Latin letters, as before), in the fields whose edit carries NAME_PART_PROPERTY.
PINYIN_LANGUAGES = frozenset({"zh-Hans"})
NAME_PART_PROPERTY = "namePart"  # "given" or "family" on a name field (the form sets it)
FAMILY_NAME = "family"
PINYIN_MOST_LETTERS = 30  # a name's pinyin is far shorter; the buffer stops growing here
PINYIN_KEYS = frozenset(LETTERS) | {SEPARATOR}
NUMBER_ROWS = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), ("backspace", "0", "next"))


def key_object_name(key: str) -> str:
    """``key_a``, ``key_ñ``, ``key_at``, ``key_backspace``, ``key_combining_acute_accent``."""
    if len(key) == 1 and unicodedata.combining(key):
        return "key_" + unicodedata.name(key).lower().replace(" ", "_")
    return f"key_{_SYMBOL_NAMES.get(key, key)}"


def key_label(key: str) -> str:
    """What a key shows: a combining mark on a dotted circle, so it can be seen alone."""
    return f"\u25cc{key}" if len(key) == 1 and unicodedata.combining(key) else key


def with_mark(letter: str, mark: str) -> str:
    """``letter`` with a Vietnamese mark, as one precomposed letter where it makes one: a tone
    replaces the letter's tone (á then ◌̀ gives à, as Vietnamese keyboards do), a vowel mark
    its vowel mark, and the tone stays on top (á then ◌̂ gives ấ)."""
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[:1], parts[1:]
    tones = [m for m in marks if m in TONES]
    shapes = [m for m in marks if m not in TONES]
    if mark in TONES:
        tones = [mark]
    else:
        shapes = [mark]
    return unicodedata.normalize("NFC", base + "".join(shapes) + "".join(tones))


def mark_preview(letter: str, mark: str) -> str | None:
    """The Vietnamese letter ``mark`` would make of ``letter``, or None where it makes none."""
    base = unicodedata.normalize("NFD", letter)[:1].lower()
    if base not in VIETNAMESE_VOWELS or (mark in VOWEL_MARKS and base not in VOWEL_MARKS[mark]):
        return None
    made = with_mark(letter, mark)
    return made if len(made) == 1 else None


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
        self._pinyin = ""  # pinyin typed and not yet written as characters (never in the field)
        self.candidate_bar = CandidateBar(self)
        self.candidate_bar.hide()
        self.candidate_bar.candidate_chosen.connect(self._on_candidate_bar_candidate_chosen)
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
        if self._pinyin:
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
        self._drop_pinyin()
        self._target = target
        self._relayout()
        wants_capital = bool(target is not None and target.property("autoCapitalize") and not target.text())
        self._set_shift(wants_capital and self._positions["shift"].isEnabled())
        self._show_mark_previews()

    def forget(self) -> None:
        """Drop what is being composed (a Korean syllable is part of a name) and the shift key;
        the next signer starts afresh."""
        self._commit_composition()
        self._drop_pinyin()
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
            self._drop_pinyin()
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
        return self._pinyin

    def _type_pinyin(self, key: str) -> bool:
        """A key in pinyin mode: letters (ü as v) build the pinyin, delete takes its last letter,
        space writes the first candidate, as Chinese input methods do. False: not pinyin's key."""
        letter = "v" if key == "ü" else key
        if letter in PINYIN_KEYS:
            if letter == SEPARATOR and (not self._pinyin or self._pinyin.endswith(SEPARATOR)):
                return True  # a separator separates letters, or is nothing
            if len(self._pinyin) < PINYIN_MOST_LETTERS:
                self._set_pinyin(self._pinyin + letter)
            return True
        if key == "backspace" and self._pinyin:
            self._set_pinyin(self._pinyin[:-1])
            return True
        if key == "space" and self._pinyin:
            first = self._candidates()[:1]
            if first:
                self._choose(first[0])
            return True
        return False

    def _drop_pinyin(self) -> None:
        """Forget the pinyin not yet written (the keys are re-placed by whoever called this)."""
        self._pinyin = ""
        self.candidate_bar.clear()

    def _candidates(self) -> list[Candidate]:
        family = self._target is not None and self._target.property(NAME_PART_PROPERTY) == FAMILY_NAME
        return pinyin_index().candidates(self._pinyin, surnames_first=family)

    def _set_pinyin(self, pinyin: str) -> None:
        was_composing = bool(self._pinyin)
        self._pinyin = pinyin
        if bool(pinyin) != was_composing:
            self._place_keys()
            self._grid.activate()  # the bar is where the digits were before the next tap
        if pinyin:
            shown = " ".join(pinyin_index().split(pinyin))
            self.candidate_bar.show_candidates(shown, self._candidates())
        else:
            self.candidate_bar.clear()

    def _choose(self, candidate: Candidate) -> None:
        """``candidate`` goes in the field; the pinyin it stood for is used up."""
        if self._target is None:
            return
        self._target.insert(candidate.text)
        self._set_pinyin(self._pinyin[candidate.consumed:])

    def _on_candidate_bar_candidate_chosen(self, candidate: Candidate) -> None:
        self._choose(candidate)

    def _on_key(self, key: str) -> None:
        if key == "shift":
            self._set_shift(not self._shift)
            return
        if key == "next":
            self._commit_composition()
            if self._pinyin:
                self._set_pinyin("")  # as when the field is left by a tap: only what was chosen stays
            self.next_requested.emit()
            return
        if key == "switch":
            self._latin = not self._latin
            self._drop_pinyin()
            self._relayout()
            target = self._target
            if target is not None and target.property("autoCapitalize") and not target.text():
                self._set_shift(self._positions["shift"].isEnabled())
            return
        target = self._target
        if target is None:
            return
        if self._pinyin_mode() and self._type_pinyin(key):
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
