"""Arabic mirrors the whole kiosk through Qt's own layout direction; the signature pad never mirrors.

The Arabic translation carries QT_LAYOUT_DIRECTION = RTL, so installing it turns the
application right to left and removing it (any other language) turns it back.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from ui.admin.panel import AdminPanel
from ui.i18n import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, draw_on_pad, tap

# A Latin name in an Arabic session: typed after the keyboard's "ABC" key, as a signer would.
LATIN_NAME_SIGNER = {"given_name": "Ana María", "family_name": "Núñez", "email": "ana@example.org",
                     "postal_code": "90011"}


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def arabic(window: KioskWindow) -> Iterator[KioskWindow]:
    """The window switched to Arabic with a tap on the picker; back to English afterwards."""
    tap(window.welcome.language_buttons["ar"])
    yield window
    window.set_language("en")


def _centre_x(widget, window: KioskWindow) -> int:
    return widget.mapTo(window, widget.rect().center()).x()


def test_arabic_mirrors_the_layout_and_english_turns_it_back(window: KioskWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    driver = KioskDriver(window)
    driver.start()
    assert _centre_x(window.top_bar.back_button, window) < window.width() / 2  # English: Back on the left
    driver.start_over()
    driver.start("ar")
    assert driver.step is Step.FORM
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    qtbot.waitUntil(lambda: _centre_x(window.top_bar.back_button, window) > window.width() / 2)  # Back on the right
    assert window.top_bar.back_button.text().startswith("→")  # and it points the way Arabic reads back
    title = window.screens.form.labels["given_name"]
    assert title.text() == "الاسم الأول"
    # Text in a mirrored layout aligns to the reading edge: the title starts at the right.
    assert title.mapTo(window, title.rect().topRight()).x() > window.width() / 2
    tap(window.top_bar.language_buttons["es"])
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: _centre_x(window.top_bar.back_button, window) < window.width() / 2)


def test_the_signature_pad_is_never_mirrored(arabic: KioskWindow, qtbot: QtBot) -> None:
    window = arabic
    window.resize(1280, 800)
    driver = KioskDriver(window)
    driver.to_signature(LATIN_NAME_SIGNER)
    assert driver.step is Step.SIGNATURE
    pad = window.screens.signature.pad
    qtbot.waitUntil(lambda: pad.width() > 300)
    assert window.isRightToLeft() and not pad.isRightToLeft()
    # A stroke drawn on the left quarter is stored and shown on the left quarter.
    draw_on_pad(pad, [[(0.05, 0.5), (0.1, 0.3), (0.15, 0.7), (0.2, 0.4)]])
    signature = pad.signature()
    assert signature is not None
    assert max(point.x for stroke in signature.strokes for point in stroke) < 0.3
    image = pad.grab().toImage()
    area = pad.drawing_area()

    def ink(x_from: float, x_to: float) -> int:
        left, width = area.left(), area.width()
        return sum(1 for x in range(round(left + x_from * width), round(left + x_to * width))
                   for y in range(round(area.top()), round(area.bottom()), 3)
                   if QColor(image.pixel(QPoint(x, y))).lightness() < 90)

    assert ink(0.0, 0.3) > 20 and ink(0.7, 1.0) == 0


def test_a_latin_name_in_arabic_thanks_keeps_its_order(arabic: KioskWindow, kiosk: KioskContext) -> None:
    window = arabic
    driver = KioskDriver(window)
    driver.to_review(LATIN_NAME_SIGNER)
    driver.submit()
    assert driver.step is Step.THANK_YOU
    heading = window.screens.thank_you.heading.text()
    assert f"{FIRST_STRONG_ISOLATE}Ana María{POP_DIRECTIONAL_ISOLATE}" in heading
    assert heading.startswith("شكرًا")
    count = f"{kiosk.campaign.starting_count + 1:,}"  # this signer is counted
    assert "," in count  # the grouped figure, as "1,234" was
    assert f"{FIRST_STRONG_ISOLATE}{count}{POP_DIRECTIONAL_ISOLATE}" in window.screens.thank_you.counter.text()
    window.screens.thank_you.stop()


def test_the_admin_area_says_a_drafted_language_awaits_review(arabic: KioskWindow, kiosk: KioskContext,
                                                             qtbot: QtBot) -> None:
    panel = AdminPanel(kiosk, None)
    qtbot.addWidget(panel)
    try:
        panel.show()
        line = panel.overview.translation_status
        assert line.isVisible()
        assert line.text() == "الترجمة: مسودة بانتظار مراجعة متحدث أصلي"
        arabic.set_language("es")  # Spanish is reviewed: no such line
        panel.retranslate()
        panel.overview.retranslate()
        assert not line.isVisible()
    finally:
        panel.shutdown()


def _x(widget, window: KioskWindow) -> int:
    return widget.mapTo(window, widget.rect().center()).x()


def test_number_pads_run_one_two_three_left_to_right_in_arabic(arabic: KioskWindow, qtbot: QtBot) -> None:
    window = arabic
    window.resize(1280, 800)
    assert window.isRightToLeft()
    # The coordinator's PIN pad, opened with the corner gesture.
    window.open_pin_pad()
    assert window.current_step() is Step.PIN
    pad = window.screens.pin_pad
    qtbot.waitUntil(lambda: pad.key_button("3").width() > 0 and pad.isVisible())
    assert _x(pad.key_button("1"), window) < _x(pad.key_button("2"), window) < _x(pad.key_button("3"), window)
    assert _x(pad.key_button("clear"), window) < _x(pad.key_button("backspace"), window)
    tap(pad.cancel_button)
    # The ZIP field's number pad on the form.
    driver = KioskDriver(window)
    driver.start()
    assert driver.step is Step.FORM
    tap(window.screens.form.fields["postal_code"])
    keyboard = window.screens.form.keyboard
    assert keyboard.number_pad
    qtbot.waitUntil(lambda: keyboard.key_button("3").isVisible())
    assert _x(keyboard.key_button("1"), window) < _x(keyboard.key_button("3"), window)


def test_the_short_larger_text_label_reads_a_plus_in_arabic(arabic: KioskWindow) -> None:
    button = arabic.top_bar.larger_text_button
    long_label, short_label = button.labels()[:2]
    # Both the full label and the narrow screen's short one keep "A+" in its own (Latin) order.
    for label in (long_label, short_label):
        assert f"{FIRST_STRONG_ISOLATE}A+{POP_DIRECTIONAL_ISOLATE}" in label, repr(label)


def _rightmost_ink_x(widget, window: KioskWindow) -> int:  # type: ignore[no-untyped-def]
    """Where the widget's drawn words end on screen (its rightmost dark pixel)."""
    image = widget.grab().toImage()
    columns = [x for x in range(image.width()) for y in range(0, image.height(), 2)
               if QColor(image.pixel(x, y)).lightness() < 100]
    return widget.mapTo(window, QPoint(max(columns), 0)).x()


def test_on_the_arabic_review_each_value_sits_beside_its_label(arabic: KioskWindow) -> None:
    from PySide6.QtWidgets import QFormLayout

    window = arabic
    window.resize(1280, 800)
    driver = KioskDriver(window)
    driver.to_review(LATIN_NAME_SIGNER)
    assert driver.step is Step.REVIEW
    details = window.screens.review.details
    rows = [(details.itemAt(row, QFormLayout.ItemRole.LabelRole), details.itemAt(row, QFormLayout.ItemRole.FieldRole))
            for row in range(details.rowCount())]
    rows = [(title.widget(), value.widget()) for title, value in rows
            if title is not None and value is not None and value.widget().isVisible()]
    assert len(rows) >= 4  # name, email, ZIP and the consents
    # The titles' column (right-aligned, as Arabic reads) starts where its widest title does;
    # every value's words end just left of it, as English values start just right of theirs.
    titles_left = min(title.mapTo(window, QPoint(0, 0)).x() for title, _ in rows)
    gaps = {value.text(): titles_left - _rightmost_ink_x(value, window) for _, value in rows}
    assert all(gap <= details.horizontalSpacing() + 16 for gap in gaps.values()), gaps


def _leftmost_ink_x(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return min(x for x in range(image.width()) for y in range(0, image.height(), 2)
               if QColor(image.pixel(x, y)).lightness() < 100)


def test_the_arabic_petition_text_keeps_clear_of_the_scrollbar(arabic: KioskWindow) -> None:
    window = arabic
    window.resize(1280, 800)
    tap(window.welcome.start_button)
    assert window.current_step() is Step.PETITION
    screen = window.screens.petition
    viewport = screen.scroll_area.viewport()
    bar = screen.scroll_area.verticalScrollBar()
    assert bar.isVisible() and bar.mapTo(window, QPoint(0, 0)).x() < viewport.mapTo(window, QPoint(0, 0)).x()
    for text in (screen.petition, screen.summary):
        # The words' left end (where Arabic lines end) has the same room as English gives
        # the scrollbar side, and no letter is cut at the label's edge.
        room = text.mapTo(viewport, QPoint(0, 0)).x() + _leftmost_ink_x(text)
        assert room >= 16, f"{text.text()[:20]!r}: {room}px from the scrollbar"


def test_on_the_arabic_review_a_phone_number_keeps_its_plus_in_front(arabic: KioskWindow) -> None:
    from PySide6.QtWidgets import QFormLayout

    window = arabic
    driver = KioskDriver(window)
    driver.to_review({**LATIN_NAME_SIGNER, "phone": "2135550147"})
    details = window.screens.review.details
    values = [details.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text() for row in range(details.rowCount())]
    phone = next(value for value in values if "2135550147" in value)
    # Isolated, the number reads "+12135550147" in the Arabic line, not "12135550147+".
    assert phone == f"{FIRST_STRONG_ISOLATE}+12135550147{POP_DIRECTIONAL_ISOLATE}"
    assert f"{FIRST_STRONG_ISOLATE}ana@example.org{POP_DIRECTIONAL_ISOLATE}" in values


@pytest.mark.parametrize(("count", "words"), [(1600, "توقيع"), (1623, "توقيعًا"), (1605, "تواقيع")])
def test_the_arabic_welcome_count_takes_the_plural_form_of_its_number(arabic: KioskWindow, count: int,
                                                                     words: str) -> None:
    welcome = arabic.welcome
    welcome.set_counts(count, 5000)
    assert welcome.counter.text() == f"{FIRST_STRONG_ISOLATE}{count:,}{POP_DIRECTIONAL_ISOLATE} {words}"
