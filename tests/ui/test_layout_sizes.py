"""Every screen fits and nothing is cut off, from a 1024x600 netbook to a tablet held upright.

For each screen size × language the real window is shown at that size offscreen and walked
through every screen (welcome, petition, form, form with errors, signature, review, thanks,
already signed, the still-there overlay, the PIN pad and the admin tabs). What a signer
would notice is asserted: the window is no bigger than the screen, no button or one-line
label shows cut-off text, nothing sticks out past the window's edge, the updates consent
can be reached on the form, and every key and button is a finger-sized target.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow, Step
from ui.screenshots import EXAMPLE_SIGNER, SCREEN_SIZE, fill_fields, parse_sizes, screen_poses, settle
from ui.selftest import KioskDriver
from ui.widgets.speaker_button import SpeakerButton

MIN_TARGET_PX = 48
MAX_MINIMUM_PX = 600  # the window must be able to shrink to a 600 px wide or high screen
SIZES = ((1024, 600), (1280, 800), (1366, 768), (1920, 1080), (800, 1280), (600, 1024))
LONG_COUNTDOWN_S = 20  # two digits: the widest countdown
LONG_COUNT = 1_234_567  # the widest count the thank-you screens are likely to show
# Qt's own size hint measures a label with a slightly different rounding than
# horizontalAdvance; a pixel or two running into the padding is not a cut-off letter.
TEXT_SLACK_PX = 3
PIN_KEY_MARGIN_PX = 8  # the least room each side of a PIN key's word


def button_text_room(button: QAbstractButton) -> int:
    """Pixels available for a button's text: its contents rect less the style's border and padding."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    if isinstance(button, QPushButton):
        button.initStyleOption(option)  # type: ignore[attr-defined]  # protected in C++, public in PySide6
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()


def button_text_width(button: QAbstractButton) -> int:
    """How wide the button's text is drawn (the widest line)."""
    metrics = button.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in button.text().split("\n")), default=0)


def speaker_over_text(button: QAbstractButton, name: str) -> list[str]:
    """A speaker inside a button must leave its words readable: their drawn box (centred in
    the button) and the speaker's may not overlap. "Done" ran under the speaker once."""
    width = button_text_width(button)
    text_box = QRect(0, 0, width, button.fontMetrics().height())
    text_box.moveCenter(button.rect().center())
    return [f"{name} speaker at {speaker.geometry()} covers its text {button.text()!r} at {text_box}"
            for speaker in button.findChildren(SpeakerButton)
            if speaker.isVisible() and button.text() and speaker.geometry().intersects(text_box)]


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractScrollArea, QTabBar)):
            return True  # scrolled content and tab strips may legitimately extend past the view
        parent = parent.parentWidget()
    return False


def _visible(window: QWidget, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible() and w.isVisibleTo(window)]


def problems_on_screen(window: KioskWindow, screen: str) -> list[str]:
    """Everything cut off, too small or out of the window on the screen showing now."""
    found: list[str] = []
    frame = window.rect()
    min_hint = window.minimumSizeHint()
    if min_hint.width() > frame.width() or min_hint.height() > frame.height():
        found.append(f"{screen}: window needs at least {min_hint.width()}x{min_hint.height()}")
    for button in _visible(window, QAbstractButton):
        name = f"{screen}:{button.objectName() or type(button).__name__}"
        if isinstance(button, QCheckBox):
            continue  # its text is the separate consent label
        room, needed = button_text_room(button), button_text_width(button)
        if needed > room + TEXT_SLACK_PX:
            found.append(f"{name} text {button.text()!r} needs {needed}px, has {room}px")
        if button.width() < MIN_TARGET_PX or button.height() < MIN_TARGET_PX:
            found.append(f"{name} is {button.width()}x{button.height()}")
        found += speaker_over_text(button, name)
    for label in _visible(window, QLabel):
        name = f"{screen}:label {label.objectName() or label.text()[:30]!r}"
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        if not label.wordWrap() and label.text() and "\n" not in label.text():
            needed = label.fontMetrics().horizontalAdvance(label.text())
            if needed > room:
                found.append(f"{name} needs {needed}px, has {room}px")
        elif label.wordWrap() and label.text() and label.heightForWidth(label.width()) > label.height() + 1:
            found.append(f"{name} needs {label.heightForWidth(label.width())}px high, has {label.height()}px")
    for widget in _visible(window, QWidget):
        if widget is window or window.screens.overlay.isAncestorOf(widget) or _inside_scroll_area(widget, window):
            continue
        where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not frame.contains(where):
            found.append(f"{screen}:{widget.objectName() or type(widget).__name__} sticks out at {where}")
    return found


def pin_key_problems(window: KioskWindow) -> list[str]:
    """Every PIN key's word has a margin inside the key: "모두 지우기" running from frame to frame
    reads as cut off even when no letter is missing."""
    pad = window.screens.pin_pad
    found = []
    for key in ("clear", "0", "backspace"):
        button = pad.key_button(key)
        spare = button.contentsRect().width() - button_text_width(button)
        if spare < 2 * PIN_KEY_MARGIN_PX:
            found.append(f"pin:{button.objectName()} text {button.text()!r} leaves {spare}px in a "
                         f"{button.width()}px key")
    return found


def consent_problems(window: KioskWindow) -> list[str]:
    """Both consent boxes and their words can be brought fully into view by scrolling the form
    (the posed signer gives a phone, so the text-message box is shown)."""
    form = window.screens.form
    viewport = form.scroll_area.viewport()
    found = []
    for widget in (form.consent, form.consent_text, form.sms_consent, form.sms_consent_text):
        form.scroll_area.ensureWidgetVisible(widget, 0, 0)
        settle()
        where = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
        if not widget.isVisible() or not viewport.rect().contains(where) or where.height() < MIN_TARGET_PX // 2:
            found.append(f"form:{widget.objectName() or 'consent text'} not fully reachable at {where} "
                         f"in a {viewport.width()}x{viewport.height()} view")
    return found


def cut_message_problems(window: KioskWindow) -> list[str]:
    """On the form with errors, the first wrong field and its message show whole, and no message
    is cut by the view's edge where it could show whole beside that field (the ZIP message
    under the last row once showed half a line)."""
    form = window.screens.form
    viewport = form.scroll_area.viewport()
    view = viewport.rect()
    found = []
    first = next(name for name in form.fields if name in form.errors())
    field_top = form.fields[first].mapTo(viewport, QPoint(0, 0)).y()
    for widget in (form.fields[first], form.error_labels[first]):
        where = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
        if not view.contains(where):
            found.append(f"form-errors:{widget.objectName() or first + ' message'} not whole at {where} "
                         f"in a {view.width()}x{view.height()} view")
    for message in (*form.error_labels.values(), form.contact_error):
        if not message.isVisible():
            continue
        where = QRect(message.mapTo(viewport, message.rect().topLeft()), message.size())
        fits_beside_field = where.bottom() + 1 - field_top <= view.height()
        if view.intersects(where) and not view.contains(where) and fits_beside_field:
            found.append(f"form-errors:message {message.text()[:30]!r} cut at {where} "
                         f"in a {view.width()}x{view.height()} view")
    return found


def rows_above_keyboard(window: KioskWindow) -> int:
    """How many rows of fields show whole above the keyboard with the first field focused.

    A row is told by where its titles sit on the form, not its fields: the focused field's
    thicker frame puts it a pixel above its neighbour, which once counted the first row twice.
    """
    form = window.screens.form
    form.focus_first()
    settle()
    viewport = form.scroll_area.viewport()
    rows: dict[int, bool] = {}
    for name, edit in form.fields.items():
        title = form.labels[name]
        top = title.mapTo(viewport, title.rect().topLeft()).y()
        bottom = edit.mapTo(viewport, edit.rect().bottomLeft()).y()
        row = title.mapTo(form.scroll_area.widget(), title.rect().topLeft()).y()
        rows[row] = rows.get(row, True) and top >= 0 and bottom < viewport.height()
    whole = 0
    for row in sorted(rows):
        if not rows[row]:
            break
        whole += 1
    return whole


def keyboard_problems(window: KioskWindow) -> list[str]:
    """Every on-screen key is a finger-sized target."""
    keys = window.screens.form.keyboard.findChildren(QPushButton)
    return [f"key {key.objectName()} is {key.width()}x{key.height()}" for key in keys
            if key.isVisible() and (key.width() < MIN_TARGET_PX or key.height() < MIN_TARGET_PX)]


def walk_every_screen(window: KioskWindow, size: tuple[int, int]) -> list[str]:
    """Show the window at ``size``, pose every screen and collect what does not fit."""
    window.resize(*size)
    settle()
    found: list[str] = []
    minimum = window.minimumSize()
    if minimum.width() > MAX_MINIMUM_PX or minimum.height() > MAX_MINIMUM_PX:
        found.append(f"window minimum size {minimum.width()}x{minimum.height()}")
    for screen, pose in screen_poses(window, signed=LONG_COUNT, countdown_s=LONG_COUNTDOWN_S).items():
        pose()
        settle()
        if (window.width(), window.height()) != size:
            found.append(f"{screen}: window is {window.width()}x{window.height()}, screen is {size[0]}x{size[1]}")
        found += problems_on_screen(window, screen)
        if screen == "pin":
            found += pin_key_problems(window)
        if screen == "form-errors":
            found += cut_message_problems(window)
        if screen == "form":
            found += keyboard_problems(window)
            found += consent_problems(window)
        window.screens.overlay.stop()
    window.open_admin()
    admin = window.admin_panel
    assert admin is not None
    for index in range(admin.tabs.count()):  # type: ignore[attr-defined]
        admin.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        settle()
        found += problems_on_screen(window, f"admin-tab-{index}")
    return found


@pytest.fixture
def sized_window(qtbot, kiosk: KioskContext) -> Iterator[KioskWindow]:
    """The kiosk window, windowed; the test resizes it to the screen under test."""
    w = KioskWindow(kiosk, windowed=True)
    w.show_kiosk()
    qtbot.waitExposed(w)
    w.clock.stop()  # nothing may time out while the screens are posed
    yield w
    w.release()
    # Really gone before the next test: every live widget is re-styled on each size change,
    # so windows left for a later deleteLater would make each test slower than the last.
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("language", ["en", "es", "ar", "zh-Hant", "vi", "ko", "ht", "tl", "zh-Hans"])
def test_every_screen_fits_without_clipping(sized_window: KioskWindow, size: tuple[int, int], language: str) -> None:
    sized_window.default_language = language  # start_over() returns to it between screens
    sized_window.set_language(language)
    problems = walk_every_screen(sized_window, size)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_larger_text_fits_too(sized_window: KioskWindow, size: tuple[int, int]) -> None:
    sized_window.ctx.settings.set("larger_text", True)  # start_over() restores the setting
    sized_window.default_language = "es"  # the longer language
    sized_window.start_over()
    assert sized_window.top_bar.larger_text_button.isChecked()
    problems = walk_every_screen(sized_window, size)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["es", "en", "ar", "vi"])
def test_larger_text_keeps_rows_of_fields_above_the_keyboard(sized_window: KioskWindow, language: str) -> None:
    """With "A+" at 1280x800 at least three rows of fields show whole above the keyboard (all
    of English's two): the fields fit their larger text, and the keyboard and the form's margins
    give up the height (Spanish, Arabic and Vietnamese, two columns wide, showed two before)."""
    sized_window.ctx.settings.set("larger_text", True)
    sized_window.default_language = language
    sized_window.start_over()
    sized_window.resize(1280, 800)
    KioskDriver(sized_window).start()
    settle()
    form = sized_window.screens.form
    rows = -(-len(form.fields) // form.columns)
    shown = rows_above_keyboard(sized_window)
    assert shown >= min(3, rows), (shown, form.columns, rows, form.scroll_area.viewport().height())
    assert form.keyboard.isVisible()


def test_a_rotated_tablet_relays_the_form_and_keyboard(sized_window: KioskWindow) -> None:
    """Landscape to portrait and back in one session: the same window adapts both ways."""
    driver = KioskDriver(sized_window)
    driver.start()
    fill_fields(sized_window, EXAMPLE_SIGNER)
    form = sized_window.screens.form
    layouts = {}
    for size in ((1280, 800), (800, 1280), (600, 1024), (1024, 600)):
        sized_window.resize(*size)
        settle()
        assert driver.step is Step.FORM  # the rotation keeps the signer where they were
        assert (sized_window.width(), sized_window.height()) == size
        assert problems_on_screen(sized_window, f"form@{size}") == []
        assert keyboard_problems(sized_window) == []
        layouts[size] = (form.columns, form.keyboard.narrow, sized_window.look.compact)
    assert layouts == {(1280, 800): (3, False, False), (800, 1280): (2, True, False),
                       (600, 1024): (2, True, True), (1024, 600): (3, False, True)}  # English titles are short
    assert sized_window.screens.form.values()["given_name"] == "Ana María"  # what was typed survives a rotation


def test_the_clipping_check_can_fail(sized_window: KioskWindow) -> None:
    KioskDriver(sized_window).start()
    settle()
    button = sized_window.screens.form.continue_button
    button.setText("Siguiente " * 30)
    button.setFixedWidth(200)
    assert any("continue" in p or "primary" in p for p in problems_on_screen(sized_window, "form"))


def test_screenshot_sizes_are_read_from_the_command_line() -> None:
    assert parse_sizes(None) == [SCREEN_SIZE]
    assert parse_sizes(["1024x600,800X1280", " 600x1024 "]) == [(1024, 600), (800, 1280), (600, 1024)]
    for bad in ("1024", "x600", "0x600", "1024x600x2", "wide"):
        with pytest.raises(ValueError):
            parse_sizes([bad])


def test_screenshots_at_several_sizes_are_each_the_right_size_and_language(qapp, tmp_path) -> None:
    import argparse

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from ui.cli.screens import screenshots_command

    args = argparse.Namespace(out=str(tmp_path), size=["1024x600,600x1024"])
    assert screenshots_command(None, args) == 0
    for width, height in ((1024, 600), (600, 1024)):
        image = QImage(str(tmp_path / f"{width}x{height}" / "form_en.png"))
        assert (image.width(), image.height()) == (width, height)
    # The first size's window ended in Spanish; none of its translators may outlive it, or the
    # next size's "English" screens (and any later window) would come out in Spanish.
    assert QCoreApplication.translate("KioskWindow", "Start over") == "Start over"
