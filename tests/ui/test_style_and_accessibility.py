"""Contrast of the default style, touch-target sizes, accessible names, keyboard use, larger text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QLineEdit, QWidget

from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, tap
from ui.style import MIN_CONTRAST, MIN_OUTLINE_CONTRAST, PALETTE, contrast_ratio, stylesheet, text_colour_pairs
from ui.widgets.signature_pad import INK, PAPER, PLACEHOLDER, SignaturePad

MIN_TARGET_PX = 48
SIGNER = {"given_name": "Rosa", "family_name": "Quispe", "email": "rosa@example.org", "postal_code": "90011"}
FLOW_STEPS = (Step.WELCOME, Step.PETITION, Step.FORM, Step.SIGNATURE, Step.REVIEW, Step.THANK_YOU, Step.PIN)


@pytest.mark.parametrize("larger", [False, True])
def test_every_text_colour_in_the_style_has_enough_contrast(larger: bool) -> None:
    pairs = text_colour_pairs(stylesheet(larger))
    selectors = {selector for selector, _, _ in pairs}
    # The parser really read the style: the rules that carry most text are among the pairs.
    assert {"QWidget", "QPushButton#primary", "QLabel#fieldError", 'QPushButton[class="key"]'} <= selectors
    failing = [(s, fg, bg, round(contrast_ratio(fg, bg), 2)) for s, fg, bg in pairs
               if contrast_ratio(fg, bg) < MIN_CONTRAST]
    assert failing == []


def test_every_check_box_outline_has_three_to_one_against_the_page() -> None:
    import re

    qss = stylesheet()
    rules = dict(re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", qss, flags=re.S)))
    indicators = {selector.strip(): body for selector, body in rules.items() if "QCheckBox::indicator" in selector}
    assert "QCheckBox::indicator" in indicators and "QCheckBox::indicator:checked" in indicators
    for selector, body in indicators.items():
        outline = re.search(r"border:\s*\d+px solid (#[0-9A-Fa-f]{6})", body)
        assert outline is not None, f"{selector} draws no outline of its own"
        assert contrast_ratio(outline.group(1), PALETTE["bg"]) >= MIN_OUTLINE_CONTRAST, selector
        assert contrast_ratio(outline.group(1), PALETTE["field_bg"]) >= MIN_OUTLINE_CONTRAST, selector


def test_the_contrast_check_can_fail() -> None:
    assert contrast_ratio("#777777", "#FFFFFF") < MIN_CONTRAST
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    bad = stylesheet().replace(PALETTE["error"], "#FF8080")
    assert any(contrast_ratio(fg, bg) < MIN_CONTRAST for _, fg, bg in text_colour_pairs(bad))


def test_the_signature_pad_colours_have_enough_contrast() -> None:
    assert contrast_ratio(INK.name(), PAPER.name()) >= MIN_CONTRAST
    assert contrast_ratio(PLACEHOLDER.name(), PAPER.name()) >= MIN_CONTRAST


def _controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QCheckBox, SignaturePad)
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_has_an_accessible_name_and_a_big_enough_target(window: KioskWindow, language: str) -> None:
    window.set_language(language)
    missing: list[str] = []
    small: list[str] = []
    walked = []
    for step in KioskDriver(window).walk_every_step(SIGNER):
        walked.append(step)
        QApplication.processEvents()
        for control in _controls(window) + ([window.screens.overlay.stay_button] if step is Step.FORM else []):
            name = f"{step.value}:{control.objectName() or type(control).__name__}"
            if not control.accessibleName().strip():
                missing.append(name)
            if isinstance(control, QAbstractButton) and not isinstance(control, QCheckBox) and (
                    control.height() < MIN_TARGET_PX or control.width() < MIN_TARGET_PX):
                small.append(f"{name} {control.width()}x{control.height()}")
    assert walked == list(FLOW_STEPS)
    assert missing == []
    assert small == []


def test_consent_checkbox_is_a_big_target_and_unchecked_by_default(window: KioskWindow) -> None:
    KioskDriver(window).start()
    QApplication.processEvents()
    assert not window.screens.form.consent.isChecked()
    assert window.screens.form.consent.height() >= MIN_TARGET_PX
    tap(window.screens.form.consent_text)  # the words toggle it too
    assert window.screens.form.consent.isChecked()


def test_spanish_screens_show_spanish(window: KioskWindow) -> None:
    tap(window.welcome.language_buttons["es"])
    assert window.welcome.start_button.text() == "Toque para firmar"
    assert window.welcome.title.text() == window.ctx.campaign.text("es").title
    tap(window.welcome.start_button)
    assert window.screens.petition.continue_button.text() == "Quiero firmar ➜"
    assert window.top_bar.back_button.text() == "← Atrás"
    assert window.top_bar.start_over_button.text() == "Empezar de nuevo"
    assert window.screens.form.keyboard.key_button("space").text() == "espacio"


def test_a_keyboard_user_can_go_through_the_flow(window: KioskWindow) -> None:
    window.welcome.start_button.setFocus()
    QTest.keyClick(window.welcome.start_button, Qt.Key.Key_Space)
    assert window.current_step() is Step.PETITION
    QTest.keyClick(window.screens.petition.continue_button, Qt.Key.Key_Space)
    assert window.current_step() is Step.FORM
    first = window.screens.form.fields["given_name"]
    assert first.hasFocus()
    QTest.keyClicks(first, "Zoe")
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert window.screens.form.fields["family_name"].hasFocus()
    QTest.keyClick(window.screens.form.fields["family_name"], Qt.Key.Key_Return)  # Enter moves on, like "Next"
    assert window.screens.form.fields["email"].hasFocus()
    assert first.text() == "Zoe"


def test_larger_text_toggle_makes_text_bigger(window: KioskWindow) -> None:
    label: QLabel = window.welcome.summary
    before = label.fontInfo().pixelSize()
    tap(window.top_bar.larger_text_button)
    QApplication.processEvents()
    after = label.fontInfo().pixelSize()
    assert after > before
    tap(window.top_bar.larger_text_button)
    QApplication.processEvents()
    assert label.fontInfo().pixelSize() == before


def test_on_screen_keyboard_types_spanish_letters_and_email_characters(window: KioskWindow) -> None:
    KioskDriver(window).start()
    field = window.screens.form.fields["email"]
    tap(field)
    keyboard = window.screens.form.keyboard
    for key in ("ñ", "á", "é", "í", "ó", "ú", "ü", "@", ".", "-", "_", "+", "dotcom"):
        tap(keyboard.key_button(key))
    assert field.text() == "ñáéíóúü@.-_+.com"
    tap(keyboard.key_button("backspace"))
    assert field.text() == "ñáéíóúü@.-_+.co"
    name = window.screens.form.fields["given_name"]
    tap(name)
    assert keyboard.shifted  # names start with a capital
    tap(keyboard.key_button("ñ"))
    assert name.text() == "Ñ"
    assert not keyboard.shifted
