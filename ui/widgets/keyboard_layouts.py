"""The on-screen keyboard's layouts: which key sits where in each language, and the marks.

Data and pure functions only (the widget is ui/widgets/keyboard.py), so that adding a language
means reading and editing this file alone:
- Latin (English, Spanish, Tagalog, Haitian Creole; Chinese names in pinyin): QWERTY with
  the language's accented letters (ñ á é …, Tagalog's ng, Creole's è ò) in nine slots;
- Vietnamese: QWERTY with đ, the vowel marks (ă â ê ô ơ ư) and the five tone marks, each
  composing with the letter before it (e ◌̂ ◌́ → ế, via NFC);
- Korean: the two-set Hangul layout (the jamo are composed by ui/widgets/hangul.py);
- Arabic: the standard Arabic layout (ض where Q is; the keys never mirror);
- a number pad for the fields that take digits only (ZIP, phone).
"""

from __future__ import annotations

import unicodedata

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
