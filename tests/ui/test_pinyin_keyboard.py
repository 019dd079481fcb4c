"""A Chinese signer writes a name in characters through pinyin and the candidate bar.

Typed with taps on the real keyboard of the real form in Simplified Chinese: the letters build
pinyin shown above the keys, the bar offers characters (common surnames first in the family
name), a tap writes one, delete edits the pinyin first, and "ABC" gives Latin letters back. The
candidates come from pypinyin's own tables, inverted, not from a list written here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from pypinyin.phrases_dict import phrases_dict
from pypinyin.pinyin_dict import pinyin_dict
from PySide6.QtWidgets import QLabel, QPushButton

from ui.kiosk_window import KioskWindow, Step
from ui.screenshots import settle
from ui.selftest import KioskDriver, draw_on_pad, tap
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.pinyin import PinyinIndex, pinyin_index, read_surnames, toneless

FIRST_FEW = 3  # "among the first candidates": what shows without paging on the narrowest screen


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def chinese_form(window: KioskWindow) -> Iterator[OnScreenKeyboard]:
    """The form in Simplified Chinese, by the welcome screen's picker; English again afterwards."""
    KioskDriver(window).start("zh-Hans")
    assert window.current_step() is Step.FORM
    yield window.screens.form.keyboard
    window.set_language("en")


def _type(keyboard: OnScreenKeyboard, letters: str) -> None:
    for letter in letters:
        tap(keyboard.key_button(letter))


def _candidate(keyboard: OnScreenKeyboard, text: str) -> QPushButton:
    """The bar's button showing ``text`` on the page shown now."""
    bar = keyboard.candidate_bar
    index = bar.candidates_shown().index(text)
    return bar.buttons[index]


def test_wang_offers_the_surname_first_and_a_tap_writes_it(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    family = window.screens.form.fields["family_name"]
    tap(family)
    assert keyboard.writes_pinyin
    assert keyboard.key_button("1").isVisible()  # nothing typed yet: the digits' row as ever
    _type(keyboard, "wang")
    assert family.text() == ""  # the pinyin is not the name
    bar = keyboard.candidate_bar
    assert bar.isVisible() and bar.buffer_label.text() == "wang"
    assert not keyboard.key_button("1").isVisible()  # the bar took the digits' place
    assert "王" in bar.candidates_shown()[:FIRST_FEW]
    tap(_candidate(keyboard, "王"))
    assert family.text() == "王"
    assert keyboard.pinyin == "" and not bar.isVisible() and keyboard.key_button("1").isVisible()


def test_xiaoming_is_written_a_syllable_at_a_time(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    given = window.screens.form.fields["given_name"]
    tap(given)
    _type(keyboard, "xiaoming")
    bar = keyboard.candidate_bar
    assert bar.buffer_label.text() == "xiao ming"  # its syllables apart
    shown = bar.candidates_shown()
    assert "小明" in shown[:FIRST_FEW] or "小" in shown[:FIRST_FEW], shown
    if "小明" in shown:
        tap(_candidate(keyboard, "小明"))
    else:
        tap(_candidate(keyboard, "小"))
        assert given.text() == "小" and keyboard.pinyin == "ming"  # the syllable used up is gone
        assert "明" in bar.candidates_shown()[:FIRST_FEW]
        tap(_candidate(keyboard, "明"))
    assert given.text() == "小明" and keyboard.pinyin == ""


def test_delete_edits_the_pinyin_before_the_name(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    family = window.screens.form.fields["family_name"]
    tap(family)
    _type(keyboard, "wang")
    tap(_candidate(keyboard, "王"))
    _type(keyboard, "lix")
    tap(keyboard.key_button("backspace"))
    assert keyboard.pinyin == "li" and family.text() == "王"
    assert keyboard.candidate_bar.buffer_label.text() == "li"
    tap(keyboard.key_button("backspace"))
    tap(keyboard.key_button("backspace"))
    assert keyboard.pinyin == "" and family.text() == "王"
    tap(keyboard.key_button("backspace"))  # nothing left to compose: the name's last character
    assert family.text() == ""


def test_pinyin_left_unchosen_goes_with_the_field_and_the_signer(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    form = window.screens.form
    tap(form.fields["family_name"])
    _type(keyboard, "zhang")
    tap(form.fields["given_name"])  # the field left shows exactly what was chosen: nothing
    assert form.fields["family_name"].text() == "" and keyboard.pinyin == ""
    bar = keyboard.candidate_bar
    assert not bar.isVisible() and keyboard.key_button("1").isVisible()
    _type(keyboard, "mei")
    tap(keyboard.key_button("next"))
    assert form.fields["given_name"].text() == "" and keyboard.pinyin == "" and not bar.isVisible()
    tap(form.fields["given_name"])
    _type(keyboard, "mei")
    form.clear()  # the next signer
    assert keyboard.pinyin == "" and bar.buffer_label.text() == ""
    assert all(button.text() == "" for button in bar.buttons)  # no letter of the name kept in a label


def test_the_apostrophe_parts_syllables_and_the_u_umlaut_key_types_v(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    form = window.screens.form
    tap(form.fields["family_name"])
    _type(keyboard, "lü")
    assert keyboard.pinyin == "lv" and keyboard.candidate_bar.candidates_shown()[0] == "吕"
    tap(_candidate(keyboard, "吕"))
    tap(form.fields["given_name"])
    _type(keyboard, "xi'an")
    assert keyboard.candidate_bar.buffer_label.text() == "xi an"
    tap(_candidate(keyboard, "西"))
    assert keyboard.pinyin == "an" and form.fields["given_name"].text() == "西"


def test_space_writes_the_first_candidate_and_the_arrows_page(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    given = window.screens.form.fields["given_name"]
    tap(given)
    _type(keyboard, "yi")  # hundreds of characters are read yi
    bar = keyboard.candidate_bar
    first_page = bar.candidates_shown()
    assert not bar.previous_button.isEnabled() and bar.more_button.isEnabled()
    tap(bar.more_button)
    assert bar.page == 1 and bar.candidates_shown() and not set(bar.candidates_shown()) & set(first_page)
    tap(bar.previous_button)
    assert bar.candidates_shown() == first_page
    tap(keyboard.key_button("space"))
    assert given.text() == first_page[0] and keyboard.pinyin == ""


def test_abc_gives_latin_letters_and_back(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    family = window.screens.form.fields["family_name"]
    tap(family)
    switch = keyboard.key_button("switch")
    assert switch.text() == "ABC"
    _type(keyboard, "wa")
    tap(switch)  # the pinyin not chosen is dropped, not typed as letters
    assert keyboard.pinyin == "" and not keyboard.writes_pinyin
    assert switch.text() == "拼音"  # the way back, in Chinese
    _type(keyboard, "wang")
    assert family.text() == "Wang" and not keyboard.candidate_bar.isVisible()
    tap(switch)
    assert keyboard.writes_pinyin and switch.text() == "ABC"
    email = window.screens.form.fields["email"]
    tap(email)  # not a name: Latin letters, no pinyin
    assert not keyboard.writes_pinyin
    _type(keyboard, "wang")
    assert email.text() == "wang"


def test_the_review_shows_the_name_in_characters(window: KioskWindow, chinese_form) -> None:
    keyboard = chinese_form
    form = window.screens.form
    tap(form.fields["given_name"])
    _type(keyboard, "xiaoming")
    word = "小明" if "小明" in keyboard.candidate_bar.candidates_shown() else "小"
    tap(_candidate(keyboard, word))
    if keyboard.pinyin:
        tap(_candidate(keyboard, "明"))
    tap(form.fields["family_name"])
    _type(keyboard, "wang")
    tap(_candidate(keyboard, "王"))
    tap(form.fields["email"])
    _type(keyboard, "xm")
    tap(keyboard.key_button("@"))
    _type(keyboard, "example")
    tap(keyboard.key_button("dotcom"))
    for name in ("postal_code", "phone"):
        if name in form.fields:
            tap(form.fields[name])
            _type(keyboard, "90011" if name == "postal_code" else "2135550147")
    assert form.values()["given_name"] == "小明" and form.values()["family_name"] == "王"
    tap(form.continue_button)
    assert window.current_step() is Step.SIGNATURE, form.errors()
    draw_on_pad(window.screens.signature.pad)
    tap(window.screens.signature.continue_button)
    assert window.current_step() is Step.REVIEW
    shown = {label.text() for label in window.screens.review.findChildren(QLabel)}
    assert "王小明" in shown  # family name first, as Chinese writes it


def test_traditional_chinese_keeps_latin_letters(window: KioskWindow) -> None:
    KioskDriver(window).start("zh-Hant")
    keyboard = window.screens.form.keyboard
    tap(window.screens.form.fields["family_name"])
    assert not keyboard.writes_pinyin
    _type(keyboard, "wang")
    assert window.screens.form.fields["family_name"].text() == "Wang"
    window.set_language("en")


# -- the index itself ---------------------------------------------------------------------


def test_every_character_pypinyin_reads_is_offered_for_each_of_its_readings() -> None:
    index = pinyin_index()
    bmp = sorted(code for code in pinyin_dict if code <= 0xFFFF)
    for code in bmp[::97]:  # a spread of some 280, the rarest among them
        for reading in pinyin_dict[code].split(","):
            assert chr(code) in index.characters(toneless(reading)), (chr(code), reading)
    # A character in no phrase (so last of its syllable) is still there for its reading.
    rare = next(chr(code) for code in bmp if 0x3400 <= code <= 0x4DBF and "," not in pinyin_dict[code])
    assert rare in [c.text for c in index.candidates(toneless(pinyin_dict[ord(rare)]))]


def test_words_come_from_pypinyins_phrases_and_rank_by_them() -> None:
    index = pinyin_index()
    assert index.candidates("zhongguo")[0].text == "中国"
    word, readings = next((w, r) for w, r in phrases_dict.items() if len(w) == 3 and max(w) <= "\uffff")
    typed = "".join(toneless(r[0]) for r in readings)
    assert word in [c.text for c in index.candidates(typed)]
    # Built from the tables it is given, not from a list of its own.
    tiny = PinyinIndex({ord("甲"): "jiǎ", ord("乙"): "yǐ"}, {"甲乙": [["jiǎ"], ["yǐ"]]}, ())
    assert [c.text for c in tiny.candidates("jiayi")] == ["甲乙", "甲"]


@pytest.mark.parametrize(("typed", "parts"), [
    ("xian", ["xian"]), ("xi'an", ["xi", "an"]), ("xiaoming", ["xiao", "ming"]), ("zhangs", ["zhang", "s"]),
    ("lv", ["lv"]),
])
def test_typed_letters_split_into_syllables(typed: str, parts: list[str]) -> None:
    assert pinyin_index().split(typed) == parts


def test_surnames_come_first_in_the_family_name_only() -> None:
    index = pinyin_index()
    surnames = read_surnames()
    assert surnames[:5] == ("王", "李", "张", "刘", "陈") and len(set(surnames)) == len(surnames)
    assert all(unicodedata.name(ch).startswith("CJK") for name in surnames for ch in name)
    assert index.candidates("lv", surnames_first=True)[0].text == "吕"  # ü typed as v
    assert index.candidates("zhang", surnames_first=True)[0].text == "张"
    assert index.candidates("zhang")[0].text != "张"  # 长 and 章 are commoner words
    assert index.candidates("ouyang", surnames_first=True)[0].text == "欧阳"
    assert index.candidates("ding", surnames_first=True)[0].text == "丁"
    assert index.candidates("zh", surnames_first=True)[0].text == "张"  # 丁 is read zhēng too, not as a name


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (600, 1024)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_candidates_fit_whole(window: KioskWindow, size: tuple[int, int]) -> None:
    """The bar's keys are as high as the keys below, and nothing on the form is cut off (the
    check tests/ui/test_layout_sizes.py makes of every screen), on a netbook, a laptop and a
    tablet held upright."""
    from tests.ui.test_layout_sizes import keyboard_problems, problems_on_screen

    window.resize(*size)
    settle()
    KioskDriver(window).start("zh-Hans")
    keyboard = window.screens.form.keyboard
    tap(window.screens.form.fields["family_name"])
    _type(keyboard, "ouyang")
    settle()
    bar = keyboard.candidate_bar
    assert bar.candidates_shown()[0] == "欧阳"
    key_height = keyboard.key_button("q").height()
    assert all(button.height() >= key_height for button in bar.buttons if button.isVisible())
    assert bar.height() >= key_height
    assert problems_on_screen(window, f"pinyin@{size}") == []
    assert keyboard_problems(window) == []
    tap(window.top_bar.larger_text_button)  # "A+" while composing: the characters grow, still whole
    settle()
    assert bar.candidates_shown()[0] == "欧阳"
    assert problems_on_screen(window, f"pinyin-larger@{size}") == []
    assert keyboard_problems(window) == []
    tap(window.top_bar.larger_text_button)
    window.set_language("en")
