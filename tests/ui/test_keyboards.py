"""On-screen keyboards per language, typed with taps on their keys like a signer would.

Korean composes jamo into syllables, Vietnamese composes tone and vowel marks with the
letter before them, Arabic has its letters (where Arabic keyboards have them, unmirrored), Tagalog and Haitian
Creole their Latin letters, Chinese names go in pinyin (the form says so in Chinese), and
a ZIP or phone field gets a number pad.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, tap
from ui.widgets.hangul import compose
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keyboard_layouts import (
    ACUTE,
    BREVE,
    CIRCUMFLEX,
    DOT_BELOW,
    GRAVE,
    HOOK,
    HORN,
    TILDE,
    mark_preview,
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def form_in(window: KioskWindow) -> Iterator:
    """Switch to a language with the welcome picker, open the form; English again afterwards."""

    def open_form(language: str) -> OnScreenKeyboard:
        driver = KioskDriver(window)
        driver.start(language)
        assert driver.step is Step.FORM
        return window.screens.form.keyboard

    yield open_form
    window.set_language("en")


def _type(keyboard: OnScreenKeyboard, *keys: str) -> None:
    for key in keys:
        tap(keyboard.key_button(key))


def test_hangul_jamo_compose_into_syllables(window: KioskWindow, form_in) -> None:
    keyboard = form_in("ko")
    name = window.screens.form.fields["given_name"]
    tap(name)
    _type(keyboard, "ㅎ", "ㅏ", "ㄴ")
    assert name.text() == "한"
    _type(keyboard, "ㄱ", "ㅡ", "ㄹ")
    assert name.text() == "한글"
    tap(keyboard.key_button("backspace"))  # one letter back, not the whole syllable
    assert name.text() == "한그"
    family = window.screens.form.fields["family_name"]
    tap(family)
    _type(keyboard, "ㄱ", "ㅣ", "ㅁ")
    assert family.text() == "김"
    assert not keyboard.key_button("shift").isEnabled()  # Hangul has no capitals


def test_a_korean_signer_can_switch_to_latin_letters_and_email_is_latin(window: KioskWindow, form_in) -> None:
    keyboard = form_in("ko")
    name = window.screens.form.fields["given_name"]
    tap(name)
    assert keyboard.key_button("switch").text() == "ABC"
    tap(keyboard.key_button("switch"))
    _type(keyboard, "k", "i", "m")
    assert name.text() == "Kim"
    assert keyboard.key_button("switch").text() == "한글"
    email = window.screens.form.fields["email"]
    tap(email)
    _type(keyboard, "m", "i", "n", "@", "dotcom")
    assert email.text() == "min@.com"


@pytest.mark.parametrize(("keys", "typed"), [
    (("n", "g", "u", "y", "e", CIRCUMFLEX, TILDE, "n"), "Nguyễn"),
    (("t", "h", "i", GRAVE), "Thì"),
    (("h", "u", HORN, "o", HORN, "n", "g"), "Hương"),
    (("đ", "a", "n", "g"), "Đang"),
])
def test_vietnamese_marks_compose_with_the_letter_before_them(window: KioskWindow, form_in, keys, typed) -> None:
    keyboard = form_in("vi")
    name = window.screens.form.fields["given_name"]
    tap(name)
    _type(keyboard, *keys)
    assert name.text() == typed
    assert len(name.text()) == len(typed)  # precomposed (NFC), not letters with loose marks
    # A mark key shows the letter it would make of the last one (Thì: í), or, after a
    # consonant, the mark alone on a dotted circle.
    assert keyboard.key_button(ACUTE).text() == (mark_preview(typed[-1], ACUTE) or "◌́")


def test_vietnamese_mark_keys_show_the_letters_they_make(window: KioskWindow, form_in) -> None:
    keyboard = form_in("vi")
    name = window.screens.form.fields["given_name"]
    tap(name)
    marks = (GRAVE, ACUTE, HOOK, TILDE, DOT_BELOW, CIRCUMFLEX, BREVE, HORN)

    def shown() -> list[str]:
        return [keyboard.key_button(mark).text() for mark in marks]

    assert shown() == [f"\u25cc{mark}" for mark in marks]  # nothing to mark yet: the marks alone
    _type(keyboard, "a")  # after the capital A of a name
    assert shown() == ["À", "Á", "Ả", "Ã", "Ạ", "Â", "Ă", f"\u25cc{HORN}"]  # a takes no horn
    assert keyboard.key_button(ACUTE).accessibleName() == "Á"
    _type(keyboard, CIRCUMFLEX)
    assert shown()[:5] == ["Ầ", "Ấ", "Ẩ", "Ẫ", "Ậ"]
    _type(keyboard, ACUTE, GRAVE)  # a second tone replaces the first, as on a Vietnamese phone
    assert name.text() == "Ầ"
    _type(keyboard, "n")
    assert shown() == [f"\u25cc{mark}" for mark in marks]  # a consonant takes no mark
    _type(keyboard, "space", "o")
    assert shown()[5:] == ["Ô", f"\u25cc{BREVE}", "Ơ"]  # a new word of a name: a capital


def test_arabic_letters_sit_where_every_arabic_keyboard_has_them(window: KioskWindow, form_in) -> None:
    keyboard = form_in("ar")
    name = window.screens.form.fields["given_name"]
    tap(name)
    _type(keyboard, "ف", "ا", "ط", "م", "ة")
    assert name.text() == "فاطمة"
    assert window.isRightToLeft() and not keyboard.isRightToLeft()  # the screen mirrors, the keys do not
    first, second = keyboard.key_button("ض"), keyboard.key_button("ص")
    assert first.mapTo(keyboard, first.rect().center()).x() < second.mapTo(keyboard, second.rect().center()).x()
    email = window.screens.form.fields["email"]
    tap(email)  # an email is written in Latin letters, left to right
    q, w = keyboard.key_button("q"), keyboard.key_button("w")
    assert q.mapTo(keyboard, q.rect().center()).x() < w.mapTo(keyboard, w.rect().center()).x()


def test_tagalog_and_haitian_creole_letters(window: KioskWindow, form_in) -> None:
    keyboard = form_in("tl")
    name = window.screens.form.fields["given_name"]
    tap(name)
    _type(keyboard, "n", "i", "ñ", "o", "space", "ng")
    assert name.text() == "Niño Ng"
    keyboard = form_in("ht")
    family = window.screens.form.fields["family_name"]
    tap(family)
    _type(keyboard, "k", "r", "e", "y", "ò", "l", "space", "b", "è", "l")
    assert family.text() == "Kreyòl Bèl"


def test_a_backspace_to_the_start_of_a_word_brings_the_capital_back(window: KioskWindow, form_in) -> None:
    keyboard = form_in("es")
    name = window.screens.form.fields["given_name"]
    tap(name)
    _type(keyboard, "r", "backspace", "r", "o", "s", "a")  # a slip on the very first letter
    assert name.text() == "Rosa"
    family = window.screens.form.fields["family_name"]
    tap(family)
    _type(keyboard, "p", "e", "backspace", "backspace", "p", "e", "ñ", "a")
    assert family.text() == "Peña"
    tap(name)
    _type(keyboard, "space", "m", "backspace", "m", "a", "r", "í", "a")  # a second given name
    assert name.text() == "Rosa María"
    _type(keyboard, "backspace")  # mid-word: the next letter stays small
    assert not keyboard.shifted
    _type(keyboard, "a")
    assert name.text() == "Rosa María"


@pytest.mark.parametrize(("language", "hint"), [("zh-Hans", "拼音"), ("zh-Hant", "拼音")])
def test_chinese_signers_are_told_to_type_their_name_in_pinyin(window: KioskWindow, form_in, language, hint) -> None:
    keyboard = form_in(language)
    labels = window.screens.form.labels
    assert hint in labels["given_name"].text() and hint in labels["family_name"].text()
    name = window.screens.form.fields["family_name"]
    tap(name)
    if language == "zh-Hans":  # letters there are pinyin for characters; "ABC" gives Latin letters
        tap(keyboard.key_button("switch"))
    _type(keyboard, "w", "a", "n", "g")
    assert name.text() == "Wang"


def test_zip_and_phone_get_a_number_pad(window: KioskWindow, form_in) -> None:
    keyboard = form_in("es")
    zip_field = window.screens.form.fields["postal_code"]
    tap(zip_field)
    assert keyboard.number_pad
    assert keyboard.key_button("5").isVisible() and not keyboard.key_button("q").isVisible()
    _type(keyboard, "9", "0", "0", "1", "1")
    assert zip_field.text() == "90011"
    tap(keyboard.key_button("backspace"))
    assert zip_field.text() == "9001"
    phone = window.screens.form.fields["phone"]
    tap(phone)
    assert keyboard.number_pad
    _type(keyboard, "2", "1", "3")
    assert phone.text() == "213"
    tap(window.screens.form.fields["given_name"])
    assert not keyboard.number_pad and keyboard.key_button("q").isVisible()


def test_hangul_composition_rules() -> None:
    assert compose(list("ㅎㅏㄴㅏ")) == "하나"  # a final consonant moves on when a vowel follows
    assert compose(list("ㅇㅏㄴㅈㅏ")) == "안자"  # a double final splits
    assert compose(list("ㄱㅗㅏㅇ")) == "광"  # vowels combine
    assert compose(list("ㅂㅏㄹㄱㅇㅡㄴ")) == "밝은"
    assert compose(["ㅎ"]) == "ㅎ"
