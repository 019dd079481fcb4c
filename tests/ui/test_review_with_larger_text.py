"""The review screen with larger text on short screens: what will be sent can always be read
in full (scrolling if it must), the signature shrinks before anything scrolls, and "Sign the
petition" stays on screen without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from ui.kiosk_window import KioskWindow
from ui.screens.review import MIN_PAD_HEIGHT_PX, REVIEW_PAD_HEIGHT_PX
from ui.screenshots import screen_poses, settle

SIGN_LABEL = "Firmar la petición"


def _in_window(window: KioskWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (600, 1024)], ids=["1024x600", "1366x768", "600x1024"])
def test_every_detail_is_readable_and_the_sign_button_never_scrolls_away(
        window: KioskWindow, size: tuple[int, int]) -> None:
    window.clock.stop()
    window.ctx.settings.set("larger_text", True)
    window.default_language = "es"
    window.start_over()
    window.resize(*size)
    settle()
    screen_poses(window)["review"]()
    settle()
    review = window.screens.review
    sign = review.submit_button
    assert sign.text() == SIGN_LABEL
    assert sign.isVisible() and window.rect().contains(_in_window(window, sign))
    assert sign.height() >= 48 and review.edit_button.height() >= 48
    assert not review.body_area.isAncestorOf(sign), "the Sign button is never scrolled out of view"
    # Every detail and both consent answers are in the scrolled body, each shown at the
    # height its words need: scrolling brings all of it into view, nothing is cut off.
    texts = [lab.text() for lab in review.body_area.widget().findChildren(QLabel) if lab.isVisible()]
    assert {"Ana María Muñoz", "Noticias por correo", "Mensajes de texto"} <= set(texts)
    for lab in review.body_area.widget().findChildren(QLabel):
        if lab.isVisible() and lab.wordWrap():
            assert lab.heightForWidth(lab.width()) <= lab.height() + 1, lab.text()
    # The signature shrinks (never below a readable preview) before the details need scrolling.
    assert MIN_PAD_HEIGHT_PX <= review.pad.height() <= REVIEW_PAD_HEIGHT_PX
    scrolls = review.body_area.verticalScrollBar().maximum() > 0
    if scrolls:
        assert review.pad.height() == MIN_PAD_HEIGHT_PX
