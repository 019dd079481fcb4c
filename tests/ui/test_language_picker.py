"""The welcome screen's picker: all nine languages, each named in its own script, finger-sized."""

from __future__ import annotations

import unicodedata

import pytest

from ui.kiosk_window import KioskWindow, Step
from ui.screenshots import settle
from ui.selftest import KioskDriver, tap

# What a speaker of each language looks for, and a letter of the script it must be written in.
OWN_NAMES = {
    "en": ("English", "LATIN"), "es": ("Español", "LATIN"), "vi": ("Tiếng Việt", "LATIN"),
    "zh-Hans": ("简体中文", "CJK"), "zh-Hant": ("繁體中文", "CJK"), "ko": ("한국어", "HANGUL"),
    "tl": ("Tagalog", "LATIN"), "ht": ("Kreyòl ayisyen", "LATIN"), "ar": ("العربية", "ARABIC"),
}
MIN_TARGET_PX = 48


@pytest.mark.parametrize("size", [(1024, 600), (600, 1024), (1280, 800)], ids=["1024x600", "600x1024", "1280x800"])
def test_every_language_is_offered_by_its_own_name_as_a_finger_sized_target(
        window: KioskWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    settle()
    assert KioskDriver(window).step is Step.WELCOME  # where a new session starts
    buttons = window.welcome.language_buttons
    assert list(buttons) == ["en", "es", "vi", "zh-Hans", "zh-Hant", "ko", "tl", "ht", "ar"]
    for code, button in buttons.items():
        name, script = OWN_NAMES[code]
        assert button.text() == name
        assert all(script in unicodedata.name(ch) for ch in name if ch.isalpha()), code
        assert button.width() >= MIN_TARGET_PX and button.height() >= MIN_TARGET_PX, (code, button.size())
        assert button.fontMetrics().horizontalAdvance(name) <= button.width(), code  # the name is not cut off
        # On the screen, whole: inside the window, never under the top bar or the start button.
        top_left = button.mapTo(window, button.rect().topLeft())
        assert top_left.x() >= 0 and top_left.x() + button.width() <= window.width(), (code, top_left)
        assert top_left.y() >= window.top_bar.height(), (code, top_left)
        start = window.welcome.start_button
        assert top_left.y() + button.height() <= start.mapTo(window, start.rect().topLeft()).y(), code
    rects = [b.geometry() for b in buttons.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])  # no overlaps


def test_tapping_a_language_shows_the_campaign_and_screens_in_it(window: KioskWindow) -> None:
    for code, start in (("ko", "눌러서 서명하기"), ("zh-Hant", "點一下簽名"), ("vi", "Chạm để ký"),
                        ("ht", "Peze pou siyen"), ("tl", "Pindutin para pumirma"), ("zh-Hans", "点击签名")):
        tap(window.welcome.language_buttons[code])
        assert window.language == code
        assert window.welcome.start_button.text() == start
        assert window.welcome.title.text() == window.ctx.campaign.text(code).title
        assert window.welcome.language_buttons[code].isChecked()
    window.set_language("en")
